"""Rejecting someone's claim is disapproval of them; rejecting a proposition is an opinion, not an event; and
other predicates added with them: commitments reaffirmed, speeches at numbered meetings, help to a process."""

from __future__ import annotations

import pytest

from khabar.events.export import happened

from tests.events.helpers import happened_types


@pytest.mark.parametrize(
    "sentence",
    [
        "سخنگوی وزارت خارجه با رد این ادعاها تاکید کرد که کشورش نقشی در این حادثه نداشته است.",
        "سفیر روسیه ضمن رد این خبر گفت: این روزنامه سعی در تیره کردن روابط دو کشور دارد.",
        "وزیر خارجه با رد اتهامات آمریکا گفت که ایران به تعهدات خود پایبند است.",
    ],
)
def test_events_rejecting_a_claim_is_accuse(analyse, sentence):
    accuse = [e for e in analyse(sentence) if e.type == "ACCUSE" and happened(e)]
    assert accuse and accuse[0].mode == "disapprove"


def test_events_rejecting_a_request_is_not_accuse(analyse):
    events = analyse("وزیر خارجه با رد درخواست آمریکا گفت که مذاکره‌ای در کار نیست.")
    assert "ACCUSE" not in happened_types(events)


def test_events_rejecting_a_proposition_is_not_reject(analyse):
    events = analyse("نماینده حزب این موضوع را که تدوین قانون جدید زمان زیادی می‌طلبد، رد کرد.")
    assert "REJECT" not in happened_types(events)


def test_events_rejecting_a_plan_is_reject(analyse):
    events = analyse("پارلمان این طرح را که دولت ارائه کرده بود، رد کرد.")
    assert "REJECT" in happened_types(events)


def test_events_reaffirmed_commitment_is_agree(analyse):
    events = analyse("واشنگتن بر تعهد خود به حل مسالمت‌آمیز این مناقشه تاکید کرد.")
    assert "AGREE" in happened_types(events)


def test_events_commitment_denied_is_not_agree(analyse):
    events = analyse("واشنگتن بر تعهد خود به حل مسالمت‌آمیز این مناقشه تاکید نکرد.")
    assert "AGREE" not in happened_types(events)


def test_events_speech_at_a_numbered_meeting_is_consult(analyse):
    events = analyse("وزیر کشور که در هشتمین همایش خانه احزاب سخن می‌گفت، از دولت انتقاد کرد.")
    assert "CONSULT" in happened_types(events)


def test_events_talk_about_a_meeting_is_not_consult(analyse):
    events = analyse("وزیر کشور در مورد همایش خانه احزاب سخن می‌گفت.")
    assert "CONSULT" not in happened_types(events)


def test_events_aid_to_people_is_aid(analyse):
    events = analyse("ایران به مردم زلزله‌زده افغانستان کمک کرد.")
    assert "AID" in happened_types(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "این تصمیم به برآورده‌شدن خواسته‌های وزیران کمک کرد.",
        "این توافق به حل بحران سیاسی لبنان کمک کرد.",
    ],
)
def test_events_help_to_a_process_is_not_aid(analyse, sentence):
    assert "AID" not in happened_types(analyse(sentence))


def test_events_condemning_in_some_manner_is_accuse_not_a_sentence(analyse):
    events = analyse("کشورهای اروپایی این اقدام را به صورت لفظی محکوم کرده‌اند.")
    assert "ACCUSE" in happened_types(events) and "SANCTION" not in happened_types(events)


def test_events_sentencing_to_a_penalty_is_sanction(analyse):
    events = analyse("دادگاه این شرکت را به پرداخت جریمه سنگین محکوم کرد.")
    assert "SANCTION" in happened_types(events)


def test_events_sentencing_to_prison_is_coerce_arrest(analyse):
    # PLOVER: a conviction that imprisons is COERCE arrest; the guide codes imprisonment as COERCE.
    events = analyse("دادگاه این فعال سیاسی را به پنج سال زندان محکوم کرد.")
    coerce = [e for e in events if e.type == "COERCE" and happened(e)]
    assert coerce and coerce[0].mode == "arrest" and "SANCTION" not in happened_types(events)


def test_events_denying_this_matter_is_not_reject(analyse):
    events = analyse("با این حال اتحادیه اروپا رسما این موضوع را رد کرد.")
    assert "REJECT" not in happened_types(events)


def test_events_subject_stops_before_the_demand(analyse):
    events = analyse("ایمن‌الظواهری خواستار خروج نیروهای خارجی از منطقه شد.")
    request = [e for e in events if e.type == "REQUEST" and happened(e)]
    assert request and [p.text for p in request[0].actors] == ["ایمن‌الظواهری"]
