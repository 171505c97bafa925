"""Clauses, objects and agents: «اینکه» clauses, objects with a prepositional phrase, warnings that demand,
agentless sanctions announced by an authority, armed groups with no home, withdrawals from a place, protests
and their targets, opening fire, meetings held, visits referred to, phrases after a participle."""

from __future__ import annotations

import pytest

from tests.events.helpers import countries, only

pytest.importorskip("khabar.resolve.actors")


def test_events_clause_after_inke_has_its_own_subject(analyse):
    events = analyse("وزیر خارجه ایران با اشاره به اینکه روسیه از دولت سوریه حمایت کرده است، گفت: این کار ادامه دارد.")
    assert countries(only(events, "SUPPORT").actors) == ["RUS"]


def test_events_report_without_ke_has_its_own_subject(analyse):
    events = analyse("آمریکا می‌گوید شاخه القاعده یمن به شبه‌نظامیان سومالی کمک کرده است.")
    assert countries(only(events, "AID").actors) != ["USA"]


def test_events_claim_without_ke_has_its_own_subject(analyse):
    events = analyse("آمریکا مدعی است ارتش روسیه به شهر حلب حمله کرده است.")
    assert countries(only(events, "ASSAULT").actors) == ["RUS"]


def test_events_warning_that_binds_a_state_is_a_demand_on_it(analyse):
    events = analyse("نماینده مجلس ایران هشدار داد: «ژاپن نباید به تحریم‌های آمریکا بپیوندد.»")
    event = only(events, "REQUEST")
    assert countries(event.recipients) == ["JPN"]
    assert not [e for e in events if e.type == "THREATEN"]


def test_events_warning_with_a_consequence_stays_a_threat(analyse):
    text = "وزیر دفاع آمریکا هشدار داد و گفت: «پیام من به ایران این است که این کار هزینه‌ای دارد که باید بپردازید.»"
    events = analyse(text)
    assert only(events, "THREATEN")
    assert not [e for e in events if e.type == "REQUEST"]


def test_events_armed_group_hit_in_a_country_keeps_no_country(analyse):
    event = only(analyse("جنگنده‌های فرانسوی مواضع داعش در عراق را بمباران کردند."), "ASSAULT")
    assert countries(event.actors) == ["FRA"]
    assert countries(event.recipients) == [None]
    assert event.recipients[0].text == "مواضع داعش"


def test_events_object_is_the_head_before_its_place_phrase(analyse):
    event = only(analyse("ارتش ترکیه روستاهای کردنشین در شمال سوریه را بمباران کرد."), "ASSAULT")
    assert event.recipients[0].text == "روستاهای کردنشین"


def test_events_agentless_sanction_is_the_announcing_authority(analyse):
    text = "وزارت خزانه‌داری آمریکا روز گذشته اعلام کرد که بانک مرکزی ونزوئلا مورد تحریم قرار گرفته است."
    event = only(analyse(text), "SANCTION")
    assert countries(event.actors) == ["USA"]


def test_events_agentless_sanction_reported_by_a_paper_has_no_actor(analyse):
    text = "روزنامه گاردین روز گذشته اعلام کرد که بانک مرکزی ونزوئلا مورد تحریم قرار گرفته است."
    assert only(analyse(text), "SANCTION").actors == []


def test_events_withdrawal_from_a_place_has_no_recipient(analyse):
    event = only(analyse("ارتش ترکیه از شمال عراق عقب‌نشینی کرد."), "RETREAT")
    assert countries(event.actors) == ["TUR"]
    assert event.recipients == []


def test_events_connective_opening_is_no_agent(analyse):
    event = only(analyse("از سوی دیگر وزیر خارجه فرانسه سفیر ایران را احضار کرد."), "ACCUSE")
    assert [p.text for p in event.actors] == ["وزیر خارجه فرانسه"]
    assert countries(event.recipients) == ["IRN"]



def test_events_protest_in_front_of_an_embassy_targets_its_state(analyse):
    event = only(analyse("صدها دانشجو در مقابل سفارت فرانسه در تهران تجمع کردند."), "PROTEST")
    assert countries(event.recipients) == ["FRA"]


def test_events_protest_in_support_of_a_state_does_not_target_it(hand_analysis):
    from khabar.analysis import Entity
    from khabar.events.stage import find_events

    text = "هزاران نفر از مردم ترکیه در استانبول در حمایت از فلسطین تظاهرات کردند."
    analysis = hand_analysis(text)
    start = text.index("فلسطین")
    analysis.entities = [Entity(start=start, end=start + 6, text="فلسطین", type="LOC", country="PSE", id="country:PSE")]
    event = only(find_events(analysis), "PROTEST")
    assert countries(event.actors) == ["TUR"]
    assert event.recipients == []


def test_events_opening_fire_on_people_is_an_assault_by_the_shooters(analyse):
    event = only(analyse("نیروهای ارتش میانمار به سمت معترضان در شهر یانگون آتش گشودند."), "ASSAULT")
    assert countries(event.actors) == ["MMR"]
    assert event.mode == "firearms"


def test_events_fire_that_wounds_is_one_assault(analyse):
    text = "نیروهای ارتش میانمار به سمت معترضان آتش گشودند که در نتیجه دو تن از آنها زخمی شدند."
    event = only(analyse(text), "ASSAULT")
    assert countries(event.actors) == ["MMR"]


def test_events_agentless_wounding_alone_is_kept(analyse):
    event = only(analyse("دو تن از معترضان در شهر یانگون میانمار زخمی شدند."), "ASSAULT")
    assert event.actors == []


def test_events_counted_phrase_after_an_attack_noun_is_no_agent(analyse):
    text = "معترضان در خیابان‌ها تجمع کردند که بر اثر این تیراندازی دو معترض زخمی شدند."
    event = only(analyse(text), "ASSAULT")
    assert event.actors == []


def test_events_meeting_held_without_a_with_phrase_is_its_participants(analyse):
    event = only(analyse("نشست وزیران خارجه ایران و ترکیه روز دوشنبه در آنکارا برگزار شد."), "CONSULT")
    assert set(countries(event.actors)) == {"IRN", "TUR"}


def test_events_visit_referred_to_is_a_visit_by_its_traveller(analyse):
    event = only(analyse("وزیر خارجه ایران با اشاره به سفر اخیر پوتین به تهران گفت: این سفر موفق بود."), "CONSULT")
    assert event.mode == "visit"
    assert countries(event.actors) == ["RUS"]
    assert not (event.negated or event.future or event.hypothetical)


def test_events_phrase_after_a_participle_is_its_target(analyse):
    event = only(analyse("وی با اشاره به اعتراضات صورت گرفته علیه دولت فرانسه گفت: این حق مردم است."), "PROTEST")
    assert countries(event.recipients) == ["FRA"]
