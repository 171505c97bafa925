"""Round 18: two parties reviewing something together and talks told as «به بحث و تبادل نظر پرداختند» (CONSULT),
pressure put on a party (REQUEST), terms one cannot accept (REJECT), a relief operation halted in a country
(SANCTION), building with a party's help (AID); a proposal told in the simple present and an agentless passive
«باید … شود» in a third party's statement are no events."""

from __future__ import annotations

import pytest

from .helpers import happened_events


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("وزیران خارجه ایران و ترکیه راه‌های گسترش همکاری‌های اقتصادی را مورد بررسی قرار دادند.", "CONSULT"),
        ("مقامات روسیه و چین درباره بحران سوریه به بحث و تبادل نظر پرداختند.", "CONSULT"),
        ("روسیه برای تصویب قطعنامه به شورای امنیت فشار می‌آورد.", "REQUEST"),
        ("رهبران حماس هرگز نمی‌توانند شروط اسرائیل را بپذیرند.", "REJECT"),
        ("فرانسه عملیات امدادی خود را در مالی متوقف کرد.", "SANCTION"),
        ("سازمان ملل عملیات کمک‌رسانی را در یمن، متوقف کرد.", "SANCTION"),
        ("این پل با کمک مهندسان چینی ساخته شده است.", "AID"),
    ],
)
def test_events_round18_family_is_coded(analyse, sentence, kind):
    assert kind in [e.type for e in happened_events(analyse(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "نمایندگان مجلس لایحه بودجه را مورد بررسی قرار دادند.",
        "این پل در سال گذشته ساخته شده است.",
        "ارتش عملیات خود را در شمال کشور آغاز کرد.",
        "در این گرمای تابستان، خستگی حسابی فشار می‌آورد.",
    ],
)
def test_events_round18_lookalike_is_not_coded(analyse, sentence):
    assert not {"CONSULT", "AID", "SANCTION", "REQUEST"} & {e.type for e in happened_events(analyse(sentence))}


def test_events_cannot_accept_a_pronoun_is_no_rejection(analyse):
    assert "REJECT" not in [e.type for e in happened_events(analyse("بسیاری از مردم نمی‌توانند آن را قبول کنند."))]


def test_events_proposal_in_the_present_is_not_agree(analyse):
    present = analyse("آمریکا امروز یک قطعنامه به شورای امنیت پیشنهاد می‌کند.")
    past = analyse("آمریکا یک قطعنامه به شورای امنیت پیشنهاد کرد.")
    assert "AGREE" not in [e.type for e in happened_events(present)]
    assert "AGREE" in [e.type for e in happened_events(past)]


def test_events_agentless_passive_demand_binds_no_one(analyse):
    sentence = (
        "تحلیلگر فرانسوی افزود: پارلمان ایتالیا به زودی منحل می‌شود، "
        "از این رو در ایتالیا باید انتخابات زودهنگام برگزار شود."
    )
    assert "REQUEST" not in [e.type for e in happened_events(analyse(sentence))]


def test_events_passive_demand_on_a_named_subject_is_request(analyse):
    sentence = "وزیر خارجه ایران گفت: آمریکا نباید به ابزار فشار بر همسایگان تبدیل شود."
    requests = [e for e in happened_events(analyse(sentence)) if e.type == "REQUEST"]
    assert requests and requests[0].recipients[0].country == "USA"
