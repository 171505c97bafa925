"""Constructions the blind sets found missing, each as a family: must-find and must-not-find sentences."""

from __future__ import annotations

import khabar
from khabar.analysis import Analysis
from khabar.pipeline import Pipeline
from khabar.quotes.stage import find_quotes
from khabar.text.segment import split_sentences


def quotes_of(body: str) -> list[tuple]:
    """Return (speaker, cue, text, kind) of every quote in a body analysed by hand (no entities)."""
    analysis = Analysis(raw=body, text=body, body_start=0, sentences=split_sentences(body))
    return [(q.speaker, q.cue, q.text, q.kind) for q in find_quotes(analysis)]


def speakers_of(body: str) -> list[str | None]:
    """Return the speaker of every quote found."""
    return [quote[0] for quote in quotes_of(body)]


def test_quotes_descriptor_before_a_quoted_name_gives_the_name():
    body = (
        'به گزارش فارس، روزنامه انگلیسی "گاردین" در گزارشی نوشت: دولت این کشور بودجه را کاهش داد.\n'
        "این روزنامه انگلیسی افزود: اعتراض‌ها ادامه دارد."
    )
    assert speakers_of(body) == ["گاردین", "گاردین"]


def test_quotes_long_phrase_before_a_quoted_title_is_not_a_descriptor():
    body = "مهدی احمدی امروز درحاشیه نخستین جشنواره «کتاب سال» گفت: بودجه فرهنگ کم است."
    assert "کتاب سال" not in speakers_of(body)


def test_quotes_title_after_a_newspaper_is_a_new_speaker():
    body = (
        'روزنامه "واشنگتن پست" نوشت: مذاکرات متوقف شده است.\n'
        "وزیر خارجه عمان گفت که گفت‌وگوها به زودی از سر گرفته می‌شود."
    )
    assert speakers_of(body) == ["واشنگتن پست", "وزیر خارجه عمان"]


def test_quotes_surname_spelt_one_letter_off_resolves_to_the_full_name():
    body = (
        "علی شریعتمداری نماینده مردم تبریز گفت: طرح باید دوباره بررسی شود.\n"
        "شریعتمدار افزود: کمیسیون هفته آینده تشکیل جلسه می‌دهد."
    )
    assert speakers_of(body) == ["علی شریعتمداری", "علی شریعتمداری"]


def test_quotes_surnames_one_letter_changed_or_short_stay_apart():
    body = (
        "علی احمدی نماینده مردم تبریز گفت: طرح باید دوباره بررسی شود.\n"
        "محمدی در واکنش گفت: طرح کامل است.\n"
        "حسن کریمی رئیس کمیسیون گفت: جلسه برگزار می‌شود.\n"
        "کریم در پاسخ گفت: جلسه لغو شده است."
    )
    assert speakers_of(body) == ["علی احمدی", "محمدی", "حسن کریمی", "کریم"]


def test_quotes_this_statement_belongs_to_the_issuer_of_the_statement_before():
    body = (
        "به نوشته پایگاه خبری الف، «احمد نادری» سخنگوی حزب ملی در بیانیه‌ای حمایت این حزب را اعلام کرد.\n"
        "در این بیانیه آمده است که این حزب در انتخابات شرکت می‌کند.\n"
        "در این بیانیه همچنین آمده است: ما از مردم سپاسگزاریم."
    )
    documents = [(q[0], q[2]) for q in quotes_of(body) if q[1] == "آمده است"]
    assert documents == [
        ("احمد نادری", "این حزب در انتخابات شرکت می‌کند"),
        ("احمد نادری", "ما از مردم سپاسگزاریم"),
    ]


def test_quotes_continuing_verb_keeps_the_speaker_under_a_second_title():
    body = (
        "حسن موسوی معاون ستاد انتخاباتی گفت: کار ستاد ادامه دارد.\n"
        "عضو شورای مرکزی حزب اعتدال افزود: نتایج به زودی اعلام می‌شود."
    )
    assert speakers_of(body) == ["حسن موسوی", "حسن موسوی"]


def test_quotes_new_verb_under_another_title_is_another_speaker():
    body = (
        "حسن موسوی معاون ستاد انتخاباتی گفت: کار ستاد ادامه دارد.\n"
        "عضو شورای مرکزی حزب اعتدال گفت: نتایج به زودی اعلام می‌شود."
    )
    assert speakers_of(body) == ["حسن موسوی", "عضو شورای مرکزی حزب اعتدال"]


def test_quotes_attribution_frames_name_their_source():
    body = (
        "بر اساس اعلام سازمان ملل، دست‌کم ۲۰ نفر در این حادثه کشته شدند.\n"
        "طبق گزارش روزنامه الوطن، نیروهای امدادی هنوز در منطقه هستند."
    )
    assert quotes_of(body) == [
        ("سازمان ملل", "بر اساس اعلام", "دست‌کم ۲۰ نفر در این حادثه کشته شدند", "indirect"),
        ("روزنامه الوطن", "طبق گزارش", "نیروهای امدادی هنوز در منطقه هستند", "indirect"),
    ]


def test_quotes_attribution_frames_without_a_source_are_not_quotes():
    body = (
        "بر اساس گزارش منتشره در روزنامه، قیمت‌ها بالا رفت.\n"
        "بر اساس گزارش خبرنگار فارس، جلسه تا عصر ادامه داشت.\n"
        "بر اساس اطلاعات موجود، پروژه متوقف شده است."
    )
    assert speakers_of(body)[:2] == []
    assert all(speaker != "موجود" for speaker in speakers_of(body))


def test_quotes_threat_with_a_clause_is_a_quote():
    body = "احزاب مخالف تهدید کرده بودند که اگر دولت استعفا ندهد، تظاهرات را ادامه می‌دهند."
    assert quotes_of(body) == [
        ("احزاب مخالف", "تهدید کرده بودند", "اگر دولت استعفا ندهد، تظاهرات را ادامه می‌دهند", "indirect")
    ]


def test_quotes_threat_without_a_clause_is_not_a_quote():
    body = "وزیر کشور معترضان را به بازداشت تهدید کرد.\nفرمانده پلیس تهدید کرد، اما کسی نترسید.\nاو به تحریم تهدید کرد."
    assert quotes_of(body) == []


def test_quotes_clause_ending_in_a_past_verb_is_not_the_subject():
    body = "احمدی که سال گذشته نامزد شده بود اما در این کار ناکام ماند، گفت: دوباره نامزد می‌شوم."
    assert speakers_of(body) == ["احمدی"]


# --- Families from the second blind set ---------------------------------------------------------------------


def test_quotes_relay_without_az_belongs_to_the_relayed_source():
    body = "خبرگزاری قطر به نقل وزیر خارجه عمان گزارش داد: مذاکرات ادامه دارد."
    assert speakers_of(body) == ["وزیر خارجه عمان"]


def test_quotes_relay_with_naql_qowl_az_belongs_to_the_relayed_source():
    body = "خبرگزاری قطر به نقل قول از وزیر خارجه عمان گزارش داد: مذاکرات ادامه دارد."
    assert speakers_of(body) == ["وزیر خارجه عمان"]


def test_quotes_attribution_frame_before_a_comma_is_not_the_subject():
    body = (
        "خبرگزاری قطر گزارش داد: نشست برگزار شد.\n"
        "بنابراین گزارش، وزیر خارجه عمان در جمع خبرنگاران اظهار داشت: مذاکرات ادامه دارد.\n"
        "طبق گزارش رویترز، سخنگوی ارتش لبنان گفت: مرزها آرام است."
    )
    assert speakers_of(body) == ["خبرگزاری قطر", "وزیر خارجه عمان", "سخنگوی ارتش لبنان"]


def test_quotes_noun_of_speech_before_a_title_is_no_name():
    body = (
        "اظهارات وزیر خارجه عمان در رسانه‌ها بازتاب گسترده‌ای داشت.\n"
        "خبرگزاری قطر به نقل از وزیر خارجه عمان گزارش داد، مذاکرات ادامه دارد."
    )
    assert all("اظهارات" not in (speaker or "") for speaker in speakers_of(body))
    assert speakers_of(body) == ["وزیر خارجه عمان"]


def test_quotes_passive_claim_in_a_report_belongs_to_its_issuer():
    body = "از گزارش وزارت خارجه آمریکا ادعا شده است: دولت این کشور تلاشی نکرده است."
    assert quotes_of(body) == [
        ("وزارت خارجه آمریکا", "ادعا شده است", "دولت این کشور تلاشی نکرده است", "direct")
    ]


def test_quotes_passive_claim_without_a_document_is_not_a_quote():
    assert quotes_of("ادعا شده است که او از کشور خارج شده است.") == []
    assert quotes_of("گفته می‌شود که او از کشور خارج شده است.") == []


def test_quotes_admission_with_a_clause_is_a_quote():
    body = "سرباز ارتش اقرار کرد که فرمانده به او دستور شلیک داده است."
    assert quotes_of(body) == [("سرباز ارتش", "اقرار کرد", "فرمانده به او دستور شلیک داده است", "indirect")]


def test_quotes_admission_of_a_noun_phrase_is_not_a_quote():
    assert quotes_of("متهم در دادگاه به جرم خود اقرار کرد.") == []
    assert quotes_of("متهم اقرار کرد، اما دادگاه نپذیرفت.") == []


def test_quotes_news_told_with_a_clause_is_a_quote_of_a_new_source():
    body = (
        "جنبش جهاد اسلامی با صدور پیامی گفت: مقاومت ادامه دارد.\n"
        "منابع فلسطینی امروز خبر دادند که دو جوان در نزدیکی جنین شهید شدند."
    )
    assert quotes_of(body)[1] == (
        "منابع فلسطینی", "خبر دادند", "دو جوان در نزدیکی جنین شهید شدند", "indirect"
    )


def test_quotes_news_told_of_a_noun_phrase_is_not_a_quote():
    assert quotes_of("وزیر کشور از افزایش بودجه خبر داد.") == []
    body = "منابع خبری از وقوع یک انفجار مهیب در بندر خبر دادند که طبق آمار ۱۳۵ تن کشته شدند."
    assert quotes_of(body) == []


def test_quotes_frame_on_statements_names_its_source():
    body = "بنا به اظهارات مقامات سابق عراق، ارتش این کشور هفت میلیون داوطلب داشت."
    assert quotes_of(body) == [
        ("مقامات سابق عراق", "بنا به اظهارات", "ارتش این کشور هفت میلیون داوطلب داشت", "indirect")
    ]


def test_quotes_frame_inside_a_relative_clause_ends_with_the_clause():
    body = "ارتش القدس که بنا به اظهارات مقامات سابق عراق، هفت میلیون داوطلب داشت، هرگز تهدیدی نبود."
    assert quotes_of(body) == [
        ("مقامات سابق عراق", "بنا به اظهارات", "هفت میلیون داوطلب داشت", "indirect")
    ]


def test_quotes_frame_on_a_request_is_not_a_quote():
    assert quotes_of("بنا به درخواست دولت، جلسه مجلس لغو شد.") == []


def test_quotes_described_person_after_a_paper_is_not_the_paper():
    body = (
        "خبرگزاری آلمان گزارش داد که سربازی به یک اسیر شلیک کرد.\n"
        "این سرباز صهیونیست پس از آنکه بازجویی شد، اقرار کرد که فرمانده به او دستور داده است."
    )
    assert speakers_of(body) == ["خبرگزاری آلمان", "سرباز صهیونیست"]


def test_quotes_described_person_after_a_named_speaker_is_that_speaker():
    body = "نبیل قاووق عضو حزب‌الله گفت: مقاومت پیروز است.\nاین شخصیت لبنانی افزود: دشمن شکست خورده است."
    assert speakers_of(body) == ["نبیل قاووق", "نبیل قاووق"]


def test_quotes_contrast_before_a_verb_that_reports_nothing_stays_in_the_statement():
    statement = "این سرباز دستور گرفته است، ولی این فرمانده به کار خود ادامه می‌دهد و برکنار نشده است"
    body = f"خبرگزاری آلمان تاکید کرد، {statement}."
    assert quotes_of(body)[0][2] == statement


def test_quotes_contrast_before_another_report_ends_the_statement():
    body = "روزنامه تایمز نوشته است که مذاکرات شکست خورد، اما وزیر خارجه اعلام کرد که گفت‌وگوها ادامه دارد."
    assert [quote[2] for quote in quotes_of(body)] == ["مذاکرات شکست خورد", "گفت‌وگوها ادامه دارد"]


def test_quotes_contrast_before_another_source_at_the_sentence_end_ends_the_statement():
    body = "پلیس اعلام کرد ده هزار نفر در تظاهرات شرکت داشتند اما برگزارکنندگان شمار معترضان را سی هزار نفر اعلام کرد."
    assert quotes_of(body)[0][2] == "ده هزار نفر در تظاهرات شرکت داشتند"


# The third blind set's families: a bare participle as a finite reporting verb, «قول داد / متهم کرد که»,
# an adjective after an attribution noun, a pronoun joined to a group, a partitive subject, a quoted name
# that opens with a title word.


def test_quotes_bare_participle_after_an_as_frame_reports():
    body = "آنطور که سخنگوی وزارت کشور گفته، انتخابات در موعد مقرر برگزار می‌شود."
    assert quotes_of(body) == [("سخنگوی وزارت کشور", "گفته", "انتخابات در موعد مقرر برگزار می‌شود", "indirect")]


def test_quotes_bare_participle_of_a_compound_verb_after_an_as_frame_reports():
    body = "همان‌طور که وزارت بهداشت اعلام کرده، واکسن رایگان است."
    assert quotes_of(body) == [("وزارت بهداشت", "اعلام کرده", "واکسن رایگان است", "indirect")]


def test_quotes_bare_participle_before_ke_reports():
    body = "روزنامه گاردین نوشته که دولت بودجه آموزش را کاهش داده است."
    assert quotes_of(body) == [("روزنامه گاردین", "نوشته", "دولت بودجه آموزش را کاهش داده است", "indirect")]


def test_quotes_bare_participle_that_is_no_report_is_not_a_quote():
    bodies = (
        "گفته شده که هزینه‌ها افزایش یافته است.",  # an impersonal passive
        "گفته می‌شود که او استعفا داده است.",
        "گفته‌های وزیر نشان می‌دهد که او نگران است.",  # a plural noun
        "نوشته‌ها: دولت باید پاسخ دهد.",
        "این گفته، نشان می‌دهد که او نگران است.",  # a noun closed by a comma
        "این گفته که دولت ورشکسته است درست نیست.",
        "سخنانی که وزیر گفته، بی‌پایه است.",  # a relative clause, no as-frame
        "مطلبی که روزنامه نوشته که ایران قوی است، درست نیست.",
    )
    for body in bodies:
        assert quotes_of(body) == [], body


def test_quotes_bare_participle_inside_a_source_frame_keeps_the_frame():
    body = "به گفته وزیر، طرح اجرا شد و گفته شده که هزینه زیاد است."
    assert quotes_of(body) == [("وزیر", "به گفته", "طرح اجرا شد و گفته شده که هزینه زیاد است", "indirect")]


def test_quotes_as_frame_before_a_comma_is_not_the_subject_of_the_next_verb():
    body = "علی رضایی با اشاره به مشکلات، همانطور که پیش از این قول داده‌اند، گفت، این اقدام گامی به جلو است."
    assert speakers_of(body) == ["علی رضایی"]


def test_quotes_promise_accusation_and_disclosure_with_a_clause_are_quotes():
    assert quotes_of("پادشاه عربستان قول داد که تولید نفت را افزایش دهد.") == [
        ("پادشاه عربستان", "قول داد", "تولید نفت را افزایش دهد", "indirect")
    ]
    assert quotes_of("دولت عراق، دمشق را متهم کرد که به شورشیان پناه داده است.") == [
        ("دولت عراق", "متهم کرد", "به شورشیان پناه داده است", "indirect")
    ]
    assert quotes_of("منابع آگاه فاش کرده‌اند که قرارداد لغو شده است.") == [
        ("منابع آگاه", "فاش کرده‌اند", "قرارداد لغو شده است", "indirect")
    ]


def test_quotes_promise_accusation_and_disclosure_without_a_clause_are_not_quotes():
    bodies = (
        "وزیر به مردم قول داد.",
        "دولت قول داد کمک‌ها را بفرستد.",
        "دادستان او را به فساد متهم کرد.",
        "مقامات عراقی دمشق را متهم کردند.",
        "روزنامه راز این معامله را فاش کرد.",
        "او فاش کرد اسناد کجاست.",
    )
    for body in bodies:
        assert quotes_of(body) == [], body


def test_quotes_adjective_after_an_attribution_noun_still_names_the_source():
    body = "نرخ بلیت بالا رفته بود و بر اساس اعلام قبلی سازمان راهداری در پایان طرح، نرخ‌ها باید باز می‌گشت."
    assert quotes_of(body) == [("سازمان راهداری", "بر اساس اعلام", "نرخ‌ها باید باز می‌گشت", "indirect")]


def test_quotes_adjective_alone_after_an_attribution_noun_names_no_source():
    for body in ("بر اساس گزارش اولیه، ده نفر کشته شدند.", "بر اساس اعلام جدید در سایت وزارتخانه، ثبت نام آغاز شد."):
        assert quotes_of(body) == [], body


def test_quotes_pronoun_joined_to_a_group_gives_the_group():
    body = "او و دو وزیر خارجه عضو «گروه مینسک» در بیانیه مشترکی از طرفین خواسته بودند که «طرفین آتش‌بس را بپذیرند»."
    assert speakers_of(body) == ["گروه مینسک"]


def test_quotes_pronoun_joined_to_one_person_is_not_that_person():
    body = "مریم احمدی نویسنده ایرانی گفت: کتاب تازه‌ام آماده است.\nاو و همسرش گفتند که به زودی سفر می‌کنند."
    assert speakers_of(body) == ["مریم احمدی", "مریم احمدی"]


def test_quotes_partitive_subject_keeps_the_group_it_names():
    body = "یکی از مقامات وزارت خارجه آمریکا به رویترز گفت، مذاکرات ادامه دارد."
    assert speakers_of(body) == ["یکی از مقامات وزارت خارجه آمریکا"]


def test_quotes_quoted_name_opening_with_a_title_word_is_a_name():
    body = "«ملک سلمان» پادشاه عربستان با واشنگتن تماس گرفت و قول داد که تولید را افزایش دهد."
    assert speakers_of(body) == ["ملک سلمان"]


def test_quotes_modal_inside_a_frame_does_not_stop_the_main_verb():
    body = "وزیر با بیان اینکه علم چیزی نیست که بتوان آن را پس گرفت، افزود: باید از نخبگان حمایت کنیم."
    assert quotes_of(body) == [
        ("وزیر", "با بیان اینکه", "علم چیزی نیست که بتوان آن را پس گرفت", "indirect"),
        ("وزیر", "افزود", "باید از نخبگان حمایت کنیم", "direct"),
    ]


def test_quotes_modal_in_the_verb_clause_still_makes_it_impersonal():
    assert quotes_of("با این حال می‌توان به سه مورد اشاره کرد که بودجه کم است.") == []


def test_quotes_present_request_with_ta_is_a_quote():
    body = "۲ _ «اتحادیه» از سازمان ملل می‌خواهد تا از زنان حمایت کند."
    assert quotes_of(body) == [("اتحادیه", "می\u200cخواهد", "از زنان حمایت کند", "indirect")]


def test_quotes_present_request_verb_meaning_wants_is_not_a_quote():
    assert quotes_of("او از این فرصت می‌خواهد استفاده کند.") == []
    assert quotes_of("دولت می‌خواهد تا پایان سال طرح را اجرا کند.") == []


def test_quotes_formal_announcement_in_the_present_is_a_quote():
    body = "اتحادیه اعلام می‌دارد: جهانی شدن فرصت است."
    assert quotes_of(body) == [("اتحادیه", "اعلام می\u200cدارد", "جهانی شدن فرصت است", "direct")]


def test_quotes_source_frame_without_a_comma_ends_before_an_adverbial():
    assert quotes_of("به گفته پلیس چین بعد از حمله دو نفر کشته شدند.") == [
        ("پلیس چین", "به گفته", "بعد از حمله دو نفر کشته شدند", "indirect")
    ]
    body = "به گزارش فارس، آتش‌سوزی ادامه دارد.\nبه گزارش رسانه‌های رژیم صهیونیستی ظرف ۲۴ ساعت اخیر ۱۵ آتش‌سوزی رخ داد."
    assert speakers_of(body) == ["رسانه\u200cهای رژیم صهیونیستی"]


def test_quotes_source_frame_without_a_comma_on_a_pronoun_gives_the_person():
    body = "علی رضایی گفت: بودجه کم است.\nبه گفته وی درآمد امسال افزایش یافته است."
    assert quotes_of(body)[1] == ("علی رضایی", "به گفته", "درآمد امسال افزایش یافته است", "indirect")


def test_quotes_source_frame_without_a_comma_and_no_clear_source_is_not_a_quote():
    assert quotes_of("به گفته پسندیده آمارها نشان می‌دهد که آلودگی زیاد است.") == []


def test_quotes_semicolon_closes_a_source_frame_like_a_comma():
    body = "به گفته رئیس منطقه ۲۷ دانشگاه آزاد؛ ۱۴ رشته افزوده شده است."
    assert quotes_of(body) == [("رئیس منطقه ۲۷ دانشگاه آزاد", "به گفته", "۱۴ رشته افزوده شده است", "indirect")]


def test_quotes_participle_after_a_report_frame_names_no_source():
    assert quotes_of("بر اساس گزارش ارائه‌شده، بودجه کم است.") == []


def test_quotes_adverb_after_a_leading_adverbial_is_skipped_before_the_subject():
    body = (
        "علی لاریجانی گفت: ایران قدرت دارد.\n"
        "پیش از این نیز سرتیپ «مسعود جزایری» سخنگوی سپاه تاکید کرده بود هر تهدیدی پاسخ دارد."
    )
    assert speakers_of(body)[1].split()[-1] == "جزایری"


def test_quotes_colon_inside_a_sentence_opens_a_new_subject():
    body = (
        "علی عظیمی گفت: بانک آماده است.\n"
        "این گزارش حاکی است: خانم دانیالی معاون سازمان میراث فرهنگی نیز در این مراسم گفت: دولت حمایت می‌کند.\n"
        "وی ادامه داد: تعاونی‌ها فعال هستند."
    )
    assert [speaker.split()[-1] for speaker in speakers_of(body)] == ["عظیمی", "دانیالی", "دانیالی"]


def test_quotes_outlet_anaphor_points_to_the_paper_named_as_a_subject():
    body = (
        "راس ویلسون سفیر آمریکا گفت: چنین طرحی نداریم.\n"
        "روزنامه «نزاویسمایا گازتا» روز گذشته از طرح حمله خبر داده بود.\n"
        "این روزنامه گزارش داده بود که پنتاگون طرحی دارد."
    )
    assert speakers_of(body) == ["راس ویلسون", "نزاویسمایا گازتا"]


def test_quotes_person_pronoun_after_an_agency_report_is_the_person():
    body = (
        "آیت‌الله خامنه‌ای گفت: صلح ممکن نیست.\n"
        "خبرگزاری قطر گزارش داد، این سخنان بازتاب داشت.\n"
        "خبرگزاری سوریه به نقل از ایشان گزارش داد، کنفرانس بی‌حاصل است."
    )
    assert speakers_of(body) == ["آیت\u200cالله خامنه\u200cای", "خبرگزاری قطر", "آیت\u200cالله خامنه\u200cای"]


def test_quotes_ordinal_before_a_title_is_no_name():
    body = "سعدی مهیمن گفت: او قهرمان است.\nنخستین مربی هادی ساعی ادامه داد: او همیشه پخته عمل کرده است."
    assert speakers_of(body) == ["سعدی مهیمن", "سعدی مهیمن"]


def test_quotes_source_frame_without_a_comma_stops_at_a_new_noun_phrase():
    assert quotes_of("به گفته رایگانی همه این پرونده‌ها با دریافت استعلام بوده است.") == []


def test_quotes_number_before_a_title_is_a_new_source_not_a_name():
    body = "علی رضایی گفت: طرح آماده است.\nدو منبع آگاه به روزنامه گفته‌اند که طرح لغو شده است."
    assert speakers_of(body) == ["علی رضایی", "دو منبع آگاه"]


def test_quotes_dateline_place_after_the_agency_is_not_the_subject():
    body = "به گزارش خبرگزاری فارس از کرمان سید محمدعلی محمدی دبیر کنفرانس در مصاحبه با خبرنگار فارس گفت: ۴۰۰ مقاله رسید."
    analysis = Pipeline(["text"])(khabar.new_analysis(body))
    assert [quote.speaker for quote in find_quotes(analysis)] == ["سید محمدعلی محمدی"]


def test_quotes_pronoun_that_opens_an_article_points_to_the_name_after_it():
    body = "وی با اشاره به انتخابات گفت: مردم حضور دارند.\nحبیبی افزود: قدرت واقعی در دست مردم است."
    assert speakers_of(body) == ["حبیبی", "حبیبی"]


def test_quotes_pronoun_after_a_named_speaker_keeps_that_speaker():
    body = "علی رضایی گفت: مردم حضور دارند.\nوی افزود: انتخابات سالم است.\nحبیبی در پاسخ گفت: چنین نیست."
    assert speakers_of(body) == ["علی رضایی", "علی رضایی", "حبیبی"]


def test_quotes_dateline_place_before_a_relay_or_a_comma_keeps_the_named_speaker():
    for body in (
        "به گزارش خبرگزاری فارس از استان سمنان به نقل از روابط عمومی جهاد کشاورزی، علی رضایی گفت: محصول زیاد است.",
        "به گزارش خبرگزاری فارس از شهرستان ساری، علی رضایی گفت: محصول زیاد است.",
        "به گزارش خبرنگار فارس از جنوب استان تهران، علی رضایی معاون اداره‌کل صبح امروز گفت: محصول زیاد است.",
    ):
        analysis = Pipeline(["text"])(khabar.new_analysis(body))
        assert [quote.speaker for quote in find_quotes(analysis)] == ["علی رضایی"], body


def test_quotes_wants_is_no_verb_that_ends_a_frame_or_a_statement():
    body = "مربی با بیان اینکه صدر اعظم آلمان می‌خواهد در همه بازی‌ها حضور داشته باشد، گفت: این کار مهم است."
    assert quotes_of(body)[0][2] == "صدر اعظم آلمان می‌خواهد در همه بازی‌ها حضور داشته باشد"
    body = "وزیر گفت که بودجه کم است، اما دولت می‌خواهد در این زمینه سرمایه‌گذاری کند."
    assert quotes_of(body)[0][2] == "بودجه کم است، اما دولت می‌خواهد در این زمینه سرمایه‌گذاری کند"


def test_quotes_outlet_anaphor_points_to_an_outlet_of_the_same_kind():
    body = (
        "علی رضایی گفت: سه بانک دفتر باز می‌کنند.\n"
        "خبرگزاری رویترز این خبر را منتشر کرد و پایگاه خبری بلومبرگ نیز آن را بازنشر کرد.\n"
        "این خبرگزاری ساعتی بعد نوشت که از صحت آن اطلاع ندارد."
    )
    assert speakers_of(body)[-1] == "خبرگزاری رویترز"


def test_quotes_noun_phrase_before_ra_is_no_subject():
    body = "تقوی در پاسخ به این سوال که کاپیتان ضعیف بود اما چرا او را تعویض نکردید گفت: این فلسفه من است."
    assert speakers_of(body) == ["تقوی"]


def test_quotes_this_report_with_nothing_cited_before_is_the_agency_own_report():
    body = (
        "به گزارش خبرگزاری فارس، نشست شورای زنان با وزیر برگزار شد.\n"
        "این گزارش می‌افزاید: حمایت از آثار زنان نویسنده در دستور کار است."
    )
    analysis = Pipeline(["text"])(khabar.new_analysis(body))
    assert find_quotes(analysis) == []


def test_quotes_this_report_after_a_paper_report_is_the_paper():
    body = "روزنامه گاردین در گزارشی نوشت: دولت بودجه را کاهش داد.\nاین گزارش می‌افزاید: اعتراض‌ها ادامه دارد."
    assert speakers_of(body) == ["روزنامه گاردین", "روزنامه گاردین"]


def test_quotes_bar_paye_frames_like_bar_asas():
    body = (
        "به گزارش خبرگزاری فارس، راهپیمایی برگزار شد.\n"
        "برپایه این گزارش، در این راهپیمایی دانشجوی بسیجی جوان به خبرنگار فارس گفت: قدرت‌های پوشالی رو به زوال‌اند."
    )
    analysis = Pipeline(["text"])(khabar.new_analysis(body))
    assert [quote.speaker for quote in find_quotes(analysis)] == ["دانشجوی بسیجی جوان"]
    assert quotes_of("بر پایه گزارش سازمان ملل، ده هزار نفر آواره شدند.") == [
        ("سازمان ملل", "بر پایه گزارش", "ده هزار نفر آواره شدند", "indirect")
    ]


def test_quotes_this_report_repeated_stays_the_agency_own_report():
    body = (
        "به گزارش خبرگزاری فارس، نشست شورای زنان با وزیر برگزار شد.\n"
        "این گزارش می‌افزاید: حمایت از آثار زنان نویسنده در دستور کار است.\n"
        "این گزارش ادامه می‌دهد: طرح عفاف اجرا می‌شود."
    )
    analysis = Pipeline(["text"])(khabar.new_analysis(body))
    assert find_quotes(analysis) == []


def test_quotes_half_space_after_the_opening_mark_is_still_direct_speech():
    body = "عوزی دیان گفت: نگرانم.\nوی مدعی شد: «\u200cدانشگاهیان ایرانی تصریح کرده‌اند که اسراییل عمق راهبردی ندارد.»"
    assert quotes_of(body)[1:] == [
        ("عوزی دیان", "مدعی شد", "دانشگاهیان ایرانی تصریح کرده‌اند که اسراییل عمق راهبردی ندارد", "direct")
    ]


def test_quotes_claim_frame_names_its_source():
    body = "احمد چلبی گفت: کودتا بعید نیست.\nبه ادعای چلبی، بخشی از مشکل در دست نخست وزیر است."
    assert quotes_of(body)[1] == ("احمد چلبی", "به ادعای", "بخشی از مشکل در دست نخست وزیر است", "indirect")
