"""Round 12's construction families: a decision not to act, a permit refused, going somewhere to meet someone,
a bomb planted, a fire set, blame «عنوان کرد», an investigation that «targets» people, denials of involvement,
and a headline's present tense."""

from __future__ import annotations

import pytest

from khabar.events.stage import find_events

from .helpers import happened_types


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("دولت ترکیه پیش از این تصمیم گرفته بود این اجلاس را میزبانی نکند.", "REJECT"),
        ("شورای شهر تصمیم گرفت که مجوز این راهپیمایی را صادر نکند.", "REJECT"),
        ("معاون استاندار گفت: تا پایان بررسی طرح، مجوز تجمع به هیچ حزبی نمی‌دهیم.", "REJECT"),
        ("وی افزود: اجازه هیچ تجمعی در این باره داده نخواهد شد.", "REJECT"),
        ("وی افزود: اجازه هیچ راهپیمایی در رابطه با این طرح برای هیچ حزبی صادر نشده است.", "REJECT"),
        ("وزیر خارجه روز شنبه برای دیدار و گفت‌وگو با همتای فرانسوی خود به پاریس رفت.", "CONSULT"),
        ("نخست وزیر برای ملاقات با رئیس جمهور مصر به قاهره سفر کرد.", "CONSULT"),
        ("افراد ناشناس در ساختمان یک مرکز فرهنگی بمب‌های دست‌ساز جاسازی کرده بودند.", "ASSAULT"),
        ("شورشیان در مسیر کاروان نظامی بمبی کار گذاشتند.", "ASSAULT"),
        ("مهاجمان خودروی امام جماعت را در مقابل مسجد آتش زدند.", "ASSAULT"),
        ("این روزنامه دولت را مقصر این وضع عنوان کرد.", "ACCUSE"),
        ("تحقیقات پلیس فدرال، دو مقام دیگر این سازمان را هدف قرار داده است.", "ACCUSE"),
    ],
)
def test_events_family_is_coded(analyse, sentence, expected):
    assert expected in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    ("sentence", "unexpected"),
    [
        # A decision to act, or that something not be done, is not a refusal.
        ("دولت ترکیه تصمیم گرفت این اجلاس را میزبانی کند.", "REJECT"),
        ("مقام‌های شورا تصمیم گرفتند که این کار انجام نشود.", "REJECT"),
        # «does not allow that …» is a figure of speech, and a permit issued is no refusal.
        ("هیچ عقلی اجازه نمی‌دهد که این کار تکرار شود.", "REJECT"),
        ("مجوز تجمع این حزب صادر شد.", "REJECT"),
        # A visit still ahead.
        ("وزیر خارجه هفته آینده برای دیدار با همتای فرانسوی خود به پاریس خواهد رفت.", "CONSULT"),
        # Burning oneself or a flag is a protest, not an attack.
        ("معترضان پرچم این کشور را آتش زدند.", "ASSAULT"),
        ("یک جوان در اعتراض به بیکاری خود را آتش زد.", "ASSAULT"),
        # An investigation is not an attack.
        ("تحقیقات پلیس فدرال، دو مقام دیگر این سازمان را هدف قرار داده است.", "ASSAULT"),
        # Denying one's own involvement is a denial of a report, not an event.
        ("این سازمان هرگونه دخالت عوامل خود را در این پرونده رد کرده است.", "REJECT"),
        ("سفارت اسرائیل نیز دخالت تل‌آویو را در این پرونده، تکذیب کرده است.", "ACCUSE"),
    ],
)
def test_events_family_is_not_coded(analyse, sentence, unexpected):
    assert unexpected not in happened_types(analyse(sentence))


def test_events_attack_that_targets_stays_assault(analyse):
    events = analyse("نیروهای ارتش مواضع شورشیان را هدف قرار دادند.")
    assert "ASSAULT" in happened_types(events)


def test_events_rejecting_a_plan_beside_a_denial_rule_is_reject(analyse):
    assert "REJECT" in happened_types(analyse("پارلمان درخواست دولت را رد کرد."))


def with_title(hand_analysis, title: str, body: str):
    """Return an Analysis whose first line is the title."""
    analysis = hand_analysis(f"{title}\n{body}")
    analysis.title = title
    analysis.body_start = len(title) + 1
    return analysis


def test_events_headline_present_tense_is_not_done(hand_analysis):
    analysis = with_title(hand_analysis, "پلیس فدرال، جاسوس اسرائیل را دستگیر می‌کند", "این خبر را روزنامه‌ها نوشتند.")
    assert "COERCE" not in happened_types(find_events(analysis))


def test_events_headline_past_tense_is_done(hand_analysis):
    analysis = with_title(hand_analysis, "پلیس فدرال، جاسوس اسرائیل را دستگیر کرد", "این خبر را روزنامه‌ها نوشتند.")
    assert "COERCE" in happened_types(find_events(analysis))


def test_events_body_present_tense_is_not_a_headline(hand_analysis):
    analysis = with_title(hand_analysis, "خبر تازه", "پلیس فدرال جاسوس اسرائیل را دستگیر می‌کند.")
    assert "COERCE" in happened_types(find_events(analysis))
