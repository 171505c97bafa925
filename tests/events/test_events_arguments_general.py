"""Round 17: an event named by a noun inside a general or hypothetical argument is no event; one told as having
happened still is."""

from __future__ import annotations

import pytest

from .helpers import happened_types, only


@pytest.mark.parametrize(
    "sentence",
    [
        "وزیر گفت: «حمله به نیروگاه‌های این کشور باعث افزایش قیمت انرژی در منطقه می‌شود.»",
        "کارشناس نظامی گفت حمله به پایگاه‌های ترکیه به معنای آغاز جنگ در منطقه خواهد بود.",
        "وی افزود که ارتش لبنان نمی‌تواند در برابر حمله هوایی اسرائیل به جنوب این کشور مقاومت کند.",
        "وی گفت در صورتی که دولت سوریه به فکر حمله به مرزهای ترکیه بیفتد، پاسخ سختی دریافت می‌کند.",
    ],
)
def test_events_noun_in_argument_is_no_event(analyse, sentence):
    assert "ASSAULT" not in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "حمله هوایی اسرائیل به جنوب لبنان باعث کشته شدن ده نفر شد.",
        "تجاوز نیروهای اسرائیلی به این شهر وارد سومین روز خود می‌شود.",
        "پس از حمله نیروهای آمریکایی به این روستا، مردم به خیابان‌ها آمدند.",
    ],
)
def test_events_noun_told_as_done_is_event(analyse, sentence):
    assert "ASSAULT" in happened_types(analyse(sentence))


def test_events_demand_quoted_by_outlets_is_one(analyse):
    text = (
        "سخنگوی وزارت خارجه روز شنبه درباره کنفرانس صلح سخن گفت.\n"
        "خبرگزاری رویترز گزارش داد، وزیر خارجه ایران خواستار تحریم کنفرانس صلح شد.\n"
        "پایگاه خبری الجزیره نیز گزارش داد، وزیر خارجه ایران خواستار تحریم کنفرانس صلح در پاییز شد."
    )
    assert happened_types(analyse(text)).count("REQUEST") == 1


def test_events_same_demand_by_two_states_is_two(analyse):
    text = (
        "سخنگوی وزارت خارجه روز شنبه درباره کنفرانس صلح سخن گفت.\n"
        "وزیر خارجه ایران خواستار تحریم کنفرانس صلح شد.\n"
        "وزیر خارجه عراق نیز خواستار تحریم کنفرانس صلح شد."
    )
    assert happened_types(analyse(text)).count("REQUEST") == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "این در حالی است که دولت ترکیه این اتهامات را رد کرده بود.",
        "وزارت خارجه لبنان اتهامات مطرح شده از سوی اسرائیل درباره حمایت از شبه‌نظامیان را رد کرد.",
    ],
)
def test_events_denying_accusations_is_no_rejection(analyse, sentence):
    assert "REJECT" not in happened_types(analyse(sentence))


def test_events_refusing_a_request_is_still_rejection(analyse):
    assert "REJECT" in happened_types(analyse("دولت ترکیه درخواست اتحادیه اروپا را رد کرد."))


def test_events_report_denied_by_title_is_no_event(hand_analysis):
    from khabar.events.stage import find_events

    title = "جنبش طالبان شایعه مذاکره با دولت را تکذیب کرد"
    body = "رسانه‌های محلی روز شنبه اعلام کردند که رهبر طالبان هوادارانش را به آتش‌بس فراخوانده است."
    analysis = hand_analysis(f"{title}\n{body}")
    analysis.title, analysis.body_start = title, len(title) + 1
    assert "REQUEST" not in happened_types(find_events(analysis))
    analysis = hand_analysis(f"{title.replace('تکذیب', 'تأیید')}\n{body}")
    analysis.title, analysis.body_start = title.replace("تکذیب", "تأیید"), len(title) + 1
    assert "REQUEST" in happened_types(find_events(analysis))


def test_events_focus_particle_after_a_leading_phrase_is_no_part_of_the_subject(analyse):
    sentence = "این تغییرات نشان‌دهنده نظم جدیدی است که در آن نه تنها کشورهای مستقل حاضر به پذیرش نظام تک‌قطبی نیستند."
    refusal = only(analyse(sentence), "REJECT")
    assert [actor.text for actor in refusal.actors] == ["کشورهای مستقل"]


@pytest.mark.parametrize(
    "sentence",
    [
        "حزب اسلامی افغانستان شایعه پیوستن به دولت را تکذیب کرد.",
        "معاون رئیس جمهور عراق وتوی مجدد این قانون را تکذیب کرد.",
    ],
)
def test_events_denying_a_report_or_rumour_is_no_event(analyse, sentence):
    assert not happened_types(analyse(sentence))
