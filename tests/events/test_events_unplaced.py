"""People and bodies the resolver could not place: placed only by what the text says of them."""

from __future__ import annotations

import pytest

from khabar.analysis import Entity, Participant
from khabar.events.arguments import FINITE_VERB
from khabar.events.participants import place_people
from khabar.events.stage import find_events

from tests.events.helpers import countries, only

pytest.importorskip("khabar.resolve.actors")


def entities_of(text: str, *specs: tuple[str, dict]) -> list[Entity]:
    """Return an entity for every occurrence of each (text, fields) spec, in text order."""
    found = []
    for name, fields in specs:
        start = text.find(name)
        while start >= 0:
            found.append(Entity(start=start, end=start + len(name), text=name, **fields))
            start = text.find(name, start + len(name))
    return sorted(found, key=lambda e: e.start)


def coded(hand_analysis, event_type: str, lines: list[str], *specs: tuple[str, dict]):
    """Code the events of `lines`, given entities for `specs`; return the one event of `event_type`."""
    text = "\n".join(lines)
    analysis = hand_analysis(text)
    analysis.entities = entities_of(text, *specs)
    return only(find_events(analysis), event_type)


USA = {"type": "LOC", "country": "USA", "id": "country:USA"}
IRN = {"type": "LOC", "country": "IRN", "id": "country:IRN"}


def test_events_unplaced_person_is_not_placed_when_no_state_stands_out(hand_analysis):
    event = coded(hand_analysis, "REQUEST", [
        "مقامات آمریکا در بغداد گفتند عراق و آمریکا و عراق به توافق نزدیک شده‌اند.",
        "احمد کریمیان از آمریکا خواست عراق را مسلح کند.",
    ], ("آمریکا", USA), ("احمد کریمیان", {"type": "PER", "id": "per:c"}))
    assert countries(event.actors) == [None]


def test_events_unplaced_person_in_a_foreign_story_is_of_its_state(hand_analysis):
    event = coded(hand_analysis, "REQUEST", [
        "دولت مصر در قاهره اعلام کرد مصر و مقامات مصر انتخابات را برگزار می‌کنند.",
        "عبدالکریم فواد از دولت خواست انتخابات را به تعویق بیندازد.",
    ],
        ("مصر", {"type": "LOC", "country": "EGY", "id": "country:EGY"}),
        ("عبدالکریم فواد", {"type": "PER", "id": "per:f"}),
    )
    assert countries(event.actors) == ["EGY"]


def test_events_unplaced_person_in_a_story_about_our_country_is_not_foreign(hand_analysis):
    event = coded(hand_analysis, "REQUEST", [
        "تیم کشورمان در قاهره با تیم مصر و داوران مصر و مربیان مصر دیدار کرد.",
        "عبدالکریم فواد از فدراسیون خواست مسابقه را به تعویق بیندازد.",
    ],
        ("مصر", {"type": "LOC", "country": "EGY", "id": "country:EGY"}),
        ("عبدالکریم فواد", {"type": "PER", "id": "per:f"}),
    )
    assert "EGY" not in countries(event.actors)


def test_events_unplaced_person_in_an_article_about_iran_is_iranian(hand_analysis):
    event = coded(hand_analysis, "REQUEST", [
        "دولت ایران در تهران گفت ایران برنامه تازه‌ای دارد.",
        "مهدی کریمی از آمریکا خواست تحریم‌ها را لغو کند.",
    ], ("ایران", IRN), ("مهدی کریمی", {"type": "PER", "id": "per:k"}))
    assert countries(event.actors) == ["IRN"]


def test_events_unplaced_person_takes_the_state_of_the_title_after_the_name(hand_analysis):
    event = coded(hand_analysis, "REQUEST", [
        "فرانسه و مقامات فرانسه در این باره سکوت کردند.",
        "«اسکات دیورکین» از مقامات ارشد حزب دموکرات از کنگره خواست این مجتمع را تعطیل کند.",
    ],
        ("فرانسه", {"type": "LOC", "country": "FRA", "id": "country:FRA"}),
        ("اسکات دیورکین", {"type": "PER", "id": "per:d"}),
    )
    assert countries(event.actors) == ["USA"]


def test_events_state_after_a_name_is_no_title(hand_analysis):
    event = coded(hand_analysis, "ACCUSE", [
        "دولت ایران و ایران و ایران در این باره سکوت کردند.",
        "ژان پیر لوک آمریکا را به دخالت متهم کرد.",
    ], ("ایران", {**IRN, "type": "LOC"}), ("ژان پیر لوک", {"type": "PER", "id": "per:j"}))
    assert "USA" not in countries(event.actors)


def test_events_person_reported_by_a_state_body_is_of_its_state(hand_analysis):
    event = coded(hand_analysis, "ACCUSE", [
        "به گزارش اداره کل مطبوعات وزارت امور خارجه، حمید رضا آصفی از کانادا انتقاد کرد.",
        "کانادا و کانادا پاسخ ندادند.",
    ],
        ("اداره کل مطبوعات وزارت امور خارجه", {"type": "ORG", "country": "IRN", "sector": "GOV", "id": "org:m"}),
        ("حمید رضا آصفی", {"type": "PER", "id": "per:a"}),
        ("کانادا", {"type": "LOC", "country": "CAN", "id": "country:CAN"}),
    )
    assert countries(event.actors) == ["IRN"]


def test_events_person_reported_by_an_agency_is_not_of_its_state(hand_analysis):
    event = coded(hand_analysis, "ACCUSE", ["به گزارش خبرگزاری فرانسه، حمید رضا آصفی از کانادا انتقاد کرد."],
        ("خبرگزاری فرانسه", {"type": "ORG", "country": "FRA", "sector": "MED", "id": "org:f"}),
        ("حمید رضا آصفی", {"type": "PER", "id": "per:a"}),
        ("کانادا", {"type": "LOC", "country": "CAN", "id": "country:CAN"}),
    )
    assert countries(event.actors) == [None]


def test_events_armed_group_leader_keeps_no_state(hand_analysis):
    event = coded(hand_analysis, "REQUEST", [
        "نیروهای آمریکا و آمریکا در منطقه ماندند.",
        "الظواهری از فلسطینی‌ها خواست از مبارزه دست برندارند.",
    ], ("آمریکا", USA), ("الظواهری", {"type": "PER", "sector": "REB", "id": "per:z"}))
    assert countries(event.actors) == [None]
    assert [p.sector for p in event.actors] == ["REB"]


def test_events_known_person_is_no_anonymous_crowd():
    known = Participant(text="مرد شماره دو القاعده", id="per:z", sector="REB")
    crowd = Participant(text="۵۰۸ زندانی")
    assert [p.country for p in place_people([known, crowd], "USA")] == [None, "USA"]


def test_events_relative_clause_ended_by_a_perfect_holds_the_recipient(analyse):
    text = "وی از دولت‌های پاکستان و مصر که این طرح را پذیرفته‌اند بشدت انتقاد کرد."
    event = only(analyse(text), "ACCUSE")
    assert set(countries(event.recipients)) == {"PAK", "EGY"}


def test_events_perfect_with_half_space_is_a_finite_verb():
    assert FINITE_VERB.search("دیدگاه‌ها را پذیرفته‌اند")
    assert not FINITE_VERB.search("در گفت‌وگوی رسانه‌ای")


def test_events_demand_that_names_no_one_after_from_tries_the_gap(analyse):
    event = only(analyse("الظواهری خواستار خروج نیروهای آمریکایی از جهان اسلام شد."), "REQUEST")
    assert countries(event.recipients) == ["USA"]


def test_events_demand_addressed_before_its_verb_keeps_its_addressee(analyse):
    event = only(analyse("نخست‌وزیر عراق از دولت ترکیه خواستار خروج نیروهای آمریکایی شد."), "REQUEST")
    assert countries(event.recipients) == ["TUR"]


def test_events_him_in_a_reported_clause_is_the_speaker(analyse):
    text = "ترامپ در توئیتی مدعی شد که ایران از او خواسته تا تحریم‌ها را رفع کند."
    event = only(analyse(text), "REQUEST")
    assert countries(event.actors) == ["IRN"]
    assert countries(event.recipients) == ["USA"]


def test_events_him_outside_a_reported_clause_is_no_one(analyse):
    event = only(analyse("ایران از او خواست تا تحریم‌ها را رفع کند."), "REQUEST")
    assert countries(event.recipients) == []


def test_events_bare_body_is_in_the_state_the_article_is_about(hand_analysis):
    event = coded(hand_analysis, "COERCE", [
        "دولت لیبی و نخست‌وزیر لیبی در طرابلس گفتند لیبی آرام است.",
        "عناصر مسلح پارلمان را تصرف کردند.",
    ], ("لیبی", {"type": "LOC", "country": "LBY", "id": "country:LBY"}))
    assert countries(event.recipients) == ["LBY"]


def test_events_bare_body_in_an_article_about_iran_is_iranian(hand_analysis):
    event = coded(hand_analysis, "COERCE", [
        "دولت ایران در تهران گفت ایران آرام است.",
        "عناصر مسلح پارلمان را تصرف کردند.",
    ], ("ایران", IRN))
    assert countries(event.recipients) == ["IRN"]


def test_events_unnamed_individuals_name_someone_but_no_state(analyse):
    text = "گروهی از معترضان در طرابلس تجمع کردند.\nاین عناصر پارلمان را تصرف کرده و نمایندگان را ربودند."
    event = only(analyse(text), "COERCE")
    assert [p.text for p in event.actors] == ["این عناصر"]
    assert countries(event.actors) == [None]


def test_events_unnamed_attackers_stay_of_no_state():
    people = [Participant(text="افراد ناشناس"), Participant(text="شهروندان")]
    assert countries(place_people(people, "ITA")) == [None, "ITA"]
