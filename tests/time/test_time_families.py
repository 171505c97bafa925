"""Forms the blind sets found missing or misread, each as a family: must-find and must-not-find sentences.

The publication date is Monday 31 July 2023 (9 Mordad 1402); expected values were worked out by hand.
"""

from __future__ import annotations

import datetime as dt

from khabar.text.segment import split_sentences
from khabar.time.find import find_times

PUBLISHED = dt.date(2023, 7, 31)


def times_of(text: str) -> list[tuple[str, str | None]]:
    """Return (text, value) of every expression in `text`, split into sentences as the text stage would."""
    return [(t.text, t.value) for t in find_times(text, split_sentences(text), PUBLISHED)]


def test_time_may_joined_to_the_next_word_is_still_may():
    # the text stage writes «می» before a word as the verb prefix: «ماه می‌دستگیر»
    assert times_of("او روز دوم ماه می‌دستگیر شد.") == [("روز دوم ماه می", "2023-05-02")]


def test_time_count_of_months_before_a_verb_is_not_may():
    assert times_of("حدود ۲ ماه می‌گذرد که او بازداشت است.") == []
    assert times_of("دوم ماه می‌شود که او بازداشت است.") == []


def test_time_day_and_month_in_a_name_are_not_a_date():
    assert times_of("فعالان جریان دوم خرداد در این نشست شرکت کردند.") == []
    assert times_of("خیابان ۱۵ خرداد برای تعمیر بسته شد.") == []


def test_time_day_and_month_after_an_ordinary_word_stay_a_date():
    assert times_of("مردم در ۱۵ خرداد جمع شدند.") == [("۱۵ خرداد", "2023-06-05")]


def test_time_range_across_two_months_is_one_expression():
    assert times_of("تظاهرات در روزهای ۳۰ شهریور تا ۵ مهر ۱۴۰۱ برگزار شد.") == [
        ("روزهای ۳۰ شهریور تا ۵ مهر ۱۴۰۱", "2022-09-21/2022-09-27")
    ]
    assert times_of("نمایشگاه از ۲۵ اسفند ۱۴۰۱ تا ۵ فروردین ۱۴۰۲ باز بود.") == [
        ("۲۵ اسفند ۱۴۰۱ تا ۵ فروردین ۱۴۰۲", "2023-03-16/2023-03-25")
    ]


def test_time_dates_more_than_a_year_apart_stay_two_expressions():
    assert times_of("این طرح از ۵ مهر ۱۳۹۹ تا ۱۰ آبان ۱۴۰۱ اجرا شد.") == [
        ("۵ مهر ۱۳۹۹", "2020-09-26"),
        ("۱۰ آبان ۱۴۰۱", "2022-11-01"),
    ]


def test_time_next_month_among_gregorian_months_is_gregorian():
    text = "نشست اول در اواسط مارس برگزار شد. رئیس هیئت گفت که گفت‌وگوها از ماه آینده آغاز خواهد شد."
    assert times_of(text)[-1] == ("ماه آینده", "2023-08")


def test_time_next_month_in_a_sentence_of_jalali_months_stays_jalali():
    text = "نشست اول در اواسط مارس برگزار شد. نمایشگاه ماه آینده از ۵ شهریور آغاز می‌شود."
    assert ("ماه آینده", "2023-08-23/2023-09-22") in times_of(text)


def test_time_next_month_far_from_gregorian_months_stays_jalali():
    filler = "کارشناسان درباره این طرح بحث کردند و نظرهای گوناگونی مطرح شد. " * 12
    text = "نشست اول در اواسط مارس برگزار شد. " + filler + "رئیس هیئت گفت که کار از ماه آینده آغاز خواهد شد."
    assert times_of(text)[-1] == ("ماه آینده", "2023-08-23/2023-09-22")


def test_time_weekday_naming_an_event_is_not_dated_by_a_later_future_verb():
    text = "رئیس مجلس تصمیم گرفت تا جلسه روز چهارشنبه را به ماه سپتامبر موکول کند."
    assert ("روز چهارشنبه", "2023-07-26") in times_of(text)


def test_time_weekday_as_an_adverb_keeps_the_future_of_its_verb():
    assert times_of("مجلس روز چهارشنبه جلسه علنی خواهد داشت.") == [("روز چهارشنبه", "2023-08-02")]


# --- Families from the second blind set (Ramadan 1444 ran from 23 March to 20 April 2023) -------------------


def test_time_quds_day_is_the_last_friday_of_ramadan():
    assert times_of("مردم در راهپیمایی روز جهانی قدس شرکت کردند.") == [("روز جهانی قدس", "2023-04-14")]
    assert times_of("راهپیمایی روز قدس با شکوه برگزار شد.") == [("روز قدس", "2023-04-14")]


def test_time_quds_the_city_is_not_a_day():
    assert times_of("نمازگزاران در مسجد الاقصی در قدس جمع شدند.") == []


def test_time_nth_weekday_of_a_month_is_one_day():
    assert times_of("نماز آخرین جمعه ماه مبارک رمضان در مسجد الاقصی برگزار شد.") == [
        ("آخرین جمعه ماه مبارک رمضان", "2023-04-14")
    ]
    assert times_of("انتخابات در اولین دوشنبه ماه اوت برگزار می‌شود.") == [("اولین دوشنبه ماه اوت", "2023-08-07")]
    assert times_of("انتخابات در نخستین سه شنبه نوامبر 2020 برگزار شد.") == [
        ("نخستین سه شنبه نوامبر 2020", "2020-11-03")
    ]


def test_time_day_written_as_a_cardinal_word_before_a_month():
    assert times_of("انقلاب در بیست و دو بهمن ۱۳۵۷ پیروز شد.") == [("بیست و دو بهمن ۱۳۵۷", "1979-02-11")]
    assert times_of("مراسم سی مرداد امسال برگزار می‌شود.") == [("سی مرداد امسال", "2023-08-21")]


def test_time_cardinal_word_before_an_everyday_month_word_is_not_a_date():
    assert times_of("ماموران سه تیر به سمت خودرو شلیک کردند.") == []
    assert times_of("نه اسفند و نه فروردین مناسب سفر نیست.") == []
    assert times_of("حدود دو ماه می‌گذرد که او بازداشت است.") == []


def test_time_named_day_in_a_prayer_name_is_not_a_date():
    assert times_of("نماز عید سعید فطر در مصلی برگزار شد.") == []


def test_time_named_day_after_its_travellers_is_not_a_date():
    assert times_of("طرح ویژه جابجایی مسافران نوروز به پایان رسید.") == []
    assert times_of("زائران عید فطر به شهر بازگشتند.") == []


def test_time_named_day_alone_stays_a_date():
    assert times_of("عید سعید فطر امسال با تعطیلات همراه بود.")[0] == ("عید سعید فطر", "2023-04-21")


def test_time_one_or_two_weeks_states_no_count():
    assert times_of("طی یکی دو هفته اخیر حملات شدت یافت.") == [("یکی دو هفته اخیر", None)]


def test_time_range_ending_in_a_cardinal_word_day_is_one_expression():
    assert times_of("طرح از 25 مهر تا چهار آبان اجرا شد.") == [("25 مهر تا چهار آبان", "2022-10-17/2022-10-26")]


def test_time_today_after_newspapers_is_the_day():
    assert times_of("مهم‌ترین عناوین روزنامه‌های امروز آمریکا به شرح زیر است:") == [("امروز", "2023-07-31")]


def test_time_today_in_the_present_without_a_dated_noun_is_nowadays():
    assert times_of("جوانان امروز به فناوری علاقه دارند.") == []
    assert times_of("امروز رسانه‌ها نقش مهمی دارند.") == []
    assert times_of("این قیام درسی برای حرکت امروز شیعیان است.") == []


def test_time_today_of_an_issue_is_the_day_whatever_the_tense():
    text = "روزنامه دیلی تلگراف در شماره امروز خود نوشته است که ساختمان‌ها تکمیل شده است."
    assert times_of(text) == [("امروز", "2023-07-31")]


def test_time_deadline_after_ta_is_not_pushed_into_the_past_by_the_verb():
    assert times_of("دستوری برای تکمیل ساختمان‌ها تا اوایل ژانویه صادر شده است.") == [
        ("اوایل ژانویه", "2024-01-01/2024-01-10")
    ]
    assert times_of("ساختمان‌ها در اوایل ژانویه تکمیل شده است.") == [("اوایل ژانویه", "2023-01-01/2023-01-10")]


def test_time_named_day_in_general_is_no_date():
    assert times_of("هرساله روز قدس با شکوه برگزار می‌شود.") == []
    assert times_of("روز قدس یادآور مبارزه مردم است.") == []
    assert times_of("امام با نام‌گذاری آخرین جمعه ماه مبارک رمضان به نام قدس راه را نشان داد.") == []


def test_time_named_day_of_this_year_stays_a_date():
    # the last Friday of Ramadan 1444 was 14 April 2023
    assert times_of("راهپیمایی روز قدس امسال با شکوه برگزار شد.")[0] == ("روز قدس", "2023-04-14")
    assert times_of("نماز آخرین جمعه ماه مبارک رمضان در مسجد برپا شد.") == [
        ("آخرین جمعه ماه مبارک رمضان", "2023-04-14")
    ]


def test_time_season_with_a_gregorian_year_is_the_jalali_season_inside_it():
    assert times_of("حزب‌الله در تابستان سال 2006 اسرائیل را شکست داد.") == [
        ("تابستان سال 2006", "2006-06-22/2006-09-22")
    ]
    assert times_of("در بهار سال 2020 کرونا شیوع یافت.") == [("بهار سال 2020", "2020-03-20/2020-06-20")]


def test_time_winter_with_a_gregorian_year_straddles_two_and_stays_null():
    assert times_of("در زمستان سال 2020 برف سنگینی بارید.") == [("زمستان سال 2020", None)]


# Blind set 6: a «we» nowadays, years naming a bill or a law, and a count of tens.
def test_time_today_with_a_we_in_the_present_or_subjunctive_is_nowadays():
    assert times_of("وی گفت: امروز در مرحله ایجاد دولت اسلامی هستیم.") == []
    assert times_of("وی گفت: باید امروز به گونه‌ای عمل کنیم که آیندگان ما را سرزنش نکنند.") == []
    assert times_of("وی گفت: ما امروز این طرح را افتتاح کردیم.") == [("امروز", "2023-07-31")]


def test_time_year_naming_a_bill_or_a_law_is_that_year_but_not_an_amount():
    assert times_of("در لایحه ۱۴۰۰ اعتبار این جاده افزایش یافت.") == [("۱۴۰۰", "2021-03-21/2022-03-20")]
    assert times_of("این قانون مصوب 1381 است.") == [("1381", "2002-03-21/2003-03-20")]
    assert times_of("بودجه 2000 میلیارد تومانی تصویب شد.") == []


def test_time_tens_of_years_ago_is_vague():
    assert times_of("از ده‌ها سال قبل این جاده ترانزیت بوده است.") == [("ده‌ها سال قبل", None)]
