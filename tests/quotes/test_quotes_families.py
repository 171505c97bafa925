"""Constructions the first blind set found missing, each as a family: must-find and must-not-find sentences."""

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
