"""Constructions the blind sets found missing, each as a family: must-find and must-not-find sentences."""

from __future__ import annotations

from khabar.analysis import Analysis
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
