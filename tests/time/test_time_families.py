"""Forms the first blind set found missing or misread, each as a family: must-find and must-not-find sentences.

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
