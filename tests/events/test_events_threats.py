"""Warnings of what will follow («تبعات سنگینی خواهد داشت»، «پاسخ قاطع خواهیم داد»): a threat made now, whose
future tense is its content; quoted, it is the speaker's threat against the party it is about."""

from __future__ import annotations

import pytest

from khabar.events.export import happened

from tests.events.helpers import countries, happened_types, only


def threats(events):
    """Return the THREATEN events reported as made."""
    return [e for e in events if e.type == "THREATEN" and happened(e)]


@pytest.mark.parametrize(
    "sentence",
    [
        "فرمانده سپاه گفت: ما به هر تجاوزی پاسخ قاطع خواهیم داد.",
        "دولت با عاملان این حمله برخورد شدیدی خواهد کرد.",
        "وزیر خارجه تأکید کرد: این اقدام تبعات سنگینی خواهد داشت.",
    ],
)
def test_events_warning_of_consequences_is_threaten(analyse, sentence):
    assert threats(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "وزیر خارجه تأکید کرد: این اقدام تبعاتی نخواهد داشت.",  # negated
        "اگر دشمن حمله کند، ارتش پاسخ قاطع خواهد داد.",  # a condition
        "این طرح پیامدهای اقتصادی مثبتی داشت.",  # past, and no warning
    ],
)
def test_events_no_threat_without_a_warning_made(analyse, sentence):
    assert not threats(analyse(sentence))


def test_events_quoted_warning_is_the_speakers_threat_against_its_subject(analyse):
    pytest.importorskip("khabar.resolve.countries")
    events = analyse("سخنگوی وزارت خارجه روسیه تأکید کرد: اینکه آمریکا به معارضان سلاح می‌دهد تبعات سنگینی خواهد داشت.")
    threat = threats(events)
    assert threat
    assert countries(threat[0].actors) == ["RUS"]
    assert countries(threat[0].recipients) == ["USA"]


def test_events_hedge_inside_a_closed_relative_clause_does_not_flag_the_predicate(analyse):
    events = analyse("دولت با عناصری که به احتمال قوی در این انفجار دست داشته‌اند برخورد شدیدی خواهد کرد.")
    assert threats(events)


def test_events_hedge_in_the_predicates_own_clause_flags_it(analyse):
    events = analyse("دولت احتمالا با عاملان این انفجار برخورد شدیدی خواهد کرد.")
    assert not threats(events)


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("حزب‌الله طی چند دقیقه به تجاوزات اسرائیل پاسخ می‌دهد", "ISR"),
        ("فرمانده نیروی هوایی گفت: ایران به هرگونه حمله آمریکا پاسخ کوبنده‌ای خواهد داد.", "USA"),
    ],
)
def test_events_standing_answer_to_aggression_is_threaten(analyse, sentence, recipient):
    found = threats(analyse(sentence))
    assert found and recipient in countries(found[0].recipients)


@pytest.mark.parametrize(
    "sentence",
    [
        # An answer given is no threat; nor an answer to a question.
        "ارتش سوریه به حملات اسرائیل پاسخ داد.",
        "وزیر خارجه به پرسش خبرنگاران درباره حمله اخیر پاسخ می‌دهد.",
    ],
)
def test_events_answer_given_or_to_a_question_is_no_threat(analyse, sentence):
    assert not threats(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "وزیر اقتصاد فرانسه افزود: اگر پیشنهاد اروپا مورد قبول ما نباشد از حق وتوی خود استفاده خواهیم کرد.",
        "معاون رئیس جمهور عراق اعلام کرد در صورتی که گروه‌های سیاسی به توافق نرسند آن را وتو خواهد کرد.",
        "هیات علمای مسلمین عراق: اگر کشتارها متوقف نشوند اعلام جهاد می‌کنیم.",
    ],
)
def test_events_veto_or_holy_war_announced_on_a_condition_is_threaten(analyse, sentence):
    assert threats(analyse(sentence))


def test_events_veto_cast_is_no_threat(analyse):
    events = analyse("آمریکا قطعنامه شورای امنیت را وتو کرد.")
    assert not threats(events) and [e.type for e in events if happened(e)] == ["REJECT"]


def test_events_writers_own_conditional_veto_stays_conditional(analyse):
    assert not threats(analyse("اگر قطعنامه تصویب شود، روسیه از حق وتوی خود استفاده خواهد کرد."))


def test_events_threat_told_in_an_adjunct_is_a_threat(analyse):
    sentence = "نتانیاهو چندی پیش با تهدید حماس به واکنشی سخت، خواستار توقف عملیات راکتی شد."
    threat = only(analyse(sentence), "THREATEN")
    assert [p.text for p in threat.actors] == ["نتانیاهو"] and [p.text for p in threat.recipients] == ["حماس"]


def test_events_threatening_to_resign_names_no_one_threatened(analyse):
    assert "THREATEN" not in happened_types(analyse("رئیس جمهور با تهدید به استعفا، خواستار حمایت مجلس شد."))
