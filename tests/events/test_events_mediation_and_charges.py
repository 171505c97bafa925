"""Rounds 20 and 21 (batches 19, 18 and 20's misses as families): a go-between is CONSULT third-party and no party to
the agreement it brokers; «تماس برقرار کرد» and «در دیدارش با» are consultations; a capital or a body's name opens a
subject before an object; the act an accusation charges a party with is not reported as done; an incident told again
is one event; spans of time, bullets and a part of a day closed by its comma open no participant; a welcome «با
تظاهرات» is a protest."""

from __future__ import annotations

import pytest

from .helpers import countries, happened_events, only


def test_events_broker_of_an_agreement_is_not_its_recipient(analyse):
    events = analyse("توافق آتش‌بس میان جمهوری آذربایجان و ارمنستان با میانجیگری مسکو حاصل شد.")
    agreement = only(events, "SUPPORT")
    assert countries(agreement.actors) == ["AZE", "ARM"] and agreement.recipients == []


@pytest.mark.parametrize(
    ("sentence", "broker", "sides"),
    [
        ("قطر میان طالبان و آمریکا میانجیگری کرد.", "QAT", ["AFG", "USA"]),
        ("مذاکرات با وساطت عمان میان ایران و آمریکا ادامه یافت.", "OMN", ["IRN", "USA"]),
    ],
)
def test_events_mediation_is_consult_third_party(analyse, sentence, broker, sides):
    mediation = [e for e in analyse(sentence) if e.type == "CONSULT" and e.mode == "third-party"]
    assert len(mediation) == 1 and countries(mediation[0].actors) == [broker]
    assert set(countries(mediation[0].recipients)) <= set(sides)


def test_events_getting_in_touch_is_a_phone_consultation(analyse):
    event = only(analyse("وزیر خارجه ترکیه با وزیر خارجه ایران تماس تلفنی برقرار کرد."), "CONSULT")
    assert (event.mode, countries(event.actors), countries(event.recipients)) == ("phone", ["TUR"], ["IRN"])


def test_events_calling_an_emergency_line_is_no_consultation(analyse):
    assert "CONSULT" not in [e.type for e in analyse("یک شهروند با مرکز فوریت‌های پلیسی ۱۱۰ تماس برقرار کرد.")]


def test_events_meeting_with_a_possessive_is_consult(analyse):
    event = only(analyse("وزیر خارجه عراق در دیدارش با وزیر خارجه ترکیه افزود: روابط دو کشور خوب است."), "CONSULT")
    assert countries(event.recipients) == ["TUR"]


def test_events_capital_before_an_object_is_the_subject(analyse):
    accusation = only(analyse("مسکو واشنگتن را به دخالت در انتخابات متهم کرد."), "ACCUSE")
    assert (countries(accusation.actors), countries(accusation.recipients)) == (["RUS"], ["USA"])


@pytest.mark.parametrize(
    "sentence",
    [
        "باکو ارمنستان را به حمله به قلمرو خود متهم کرد.",
        "وزارت دفاع آذربایجان با متهم کردن ارمنستان به حمله به قلمرو این کشور، بیانیه‌ای منتشر کرد.",
    ],
)
def test_events_charged_act_is_an_accusation_not_an_attack(analyse, sentence):
    events = happened_events(analyse(sentence))
    assert "ASSAULT" not in [e.type for e in events]
    assert countries(only(events, "ACCUSE").recipients) == ["ARM"]


def test_events_attack_after_ba_without_a_charge_is_still_an_attack(analyse):
    assert "ASSAULT" in [e.type for e in happened_events(analyse("ارتش آذربایجان به حمله به مواضع ارمنستان ادامه داد."))]


def test_events_part_of_a_day_closed_by_its_comma_opens_no_subject(analyse):
    sentence = "اواسط ظهر امروز، وزارت دفاع جمهوری آذربایجان در بیانیه‌ای از حمله به تجهیزات ارمنستان خبر داد."
    attack = only(analyse(sentence), "ASSAULT")
    assert (countries(attack.actors), countries(attack.recipients)) == (["AZE"], ["ARM"])


def test_events_incident_told_again_in_detail_is_one_event(analyse):
    text = (
        "ماه گذشته یک سرباز اسرائیلی یک اسیر فلسطینی را هدف شلیک گلوله خود قرار داد.\n"
        "این حادثه در ۷ ژوئن رخ داد که در آن یک سرباز اسرائیلی از فاصله‌ای کمتر از یک متر به اسیر فلسطینی شلیک کرد."
    )
    attacks = [e for e in happened_events(analyse(text)) if e.type == "ASSAULT"]
    assert len(attacks) == 1 and countries(attacks[0].recipients) == ["PSE"]


def test_events_incident_sentence_with_another_attacker_is_kept(analyse):
    text = (
        "ارتش اسرائیل به یک روستای فلسطینی حمله کرد.\n"
        "این حادثه در حالی رخ داد که نیروهای حماس نیز به یک پایگاه اسرائیلی حمله کردند."
    )
    assert len([e for e in happened_events(analyse(text)) if e.type == "ASSAULT"]) == 2


def test_events_this_regime_is_the_regime_named_last(analyse):
    text = "رژیم صهیونیستی به غزه حمله کرد.\nگروه‌های مقاومت فلسطین به این رژیم حمله کردند."
    second = [e for e in analyse(text) if e.type == "ASSAULT"][-1]
    assert (countries(second.actors), countries(second.recipients)) == (["PSE"], ["ISR"])


def test_events_span_of_time_opening_the_clause_holds_no_party(analyse):
    sentence = "ساعتی قبل از ورود بوش به سائوپائولو نیز عده‌ای از معترضین با سنگ به کنسولگری آمریکا حمله کردند."
    attack = only(analyse(sentence), "ASSAULT")
    assert attack.actors[0].text == "عده‌ای از معترضین" and countries(attack.recipients) == ["USA"]


@pytest.mark.parametrize(
    ("sentence", "kind", "actor", "recipient"),
    [
        ("اتحادیه اروپا ایران را تحریم کرد.", "SANCTION", "EUR", "IRN"),
        ("شورای امنیت سازمان ملل ایران را تحریم کرد.", "SANCTION", "UNO", "IRN"),
        ("اتحادیه اروپا ایران را به نقض حقوق بشر متهم کرد.", "ACCUSE", "EUR", "IRN"),
    ],
)
def test_events_body_name_then_state_before_ra_is_subject_then_object(analyse, sentence, kind, actor, recipient):
    event = only(analyse(sentence), kind)
    assert (countries(event.actors), countries(event.recipients)) == ([actor], [recipient])


def test_events_title_with_its_state_before_ra_stays_the_object(analyse):
    accusation = only(analyse("وزیر خارجه ایران را متهم کردند."), "ACCUSE")
    assert accusation.actors == [] and countries(accusation.recipients) == ["IRN"]


def test_events_welcome_with_protests_is_a_protest(analyse):
    events = analyse("مردم آمریکای لاتین با تظاهرات گسترده از بوش استقبال کردند.")
    protest = only(events, "PROTEST")
    assert "AGREE" not in [e.type for e in events] and countries(protest.recipients) == ["USA"]
    assert countries(protest.actors) == [None]  # the people of a region are of no single state


@pytest.mark.parametrize(
    "line",
    ["- اتحادیه اروپا از برقراری تماس میان هند و پاکستان حمایت کرد.", "۲ _ اتحادیه اروپا از برقراری تماس میان هند و پاکستان حمایت کرد."],
)
def test_events_bullet_or_number_of_a_list_is_not_part_of_the_actor(analyse, line):
    support = only(analyse(line), "SUPPORT")
    assert [p.text for p in support.actors] == ["اتحادیه اروپا"]
