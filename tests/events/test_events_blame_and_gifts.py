"""Round of stop 26 (blind batch 79's misses as families): blame told with the cause first («عامل این ناآرامی‌ها را
X نامید»), a gift of goods reported («از اهدای … به … خبر داد»), an agent that runs into its predicate, and praise of
an activity rather than of a party."""

from __future__ import annotations

import pytest

from .helpers import countries, happened_types, only


@pytest.mark.parametrize(
    "sentence",
    [
        "دادگاه، عامل این ناآرامی‌ها را گروهی به نام «اکرمیه» نامید.",
        "وزیر کشور عامل بروز جرایم در کشورهای اسلامی را تلاش دشمنان خارجی دانست.",
    ],
)
def test_events_blame_with_the_cause_first_is_an_accusation(analyse, sentence):
    assert only(analyse(sentence), "ACCUSE").mode == "allege"


def test_events_cause_of_a_success_is_no_blame(analyse):
    assert "ACCUSE" not in happened_types(analyse("وزیر عامل موفقیت این طرح را همدلی مردم دانست."))


def test_events_reported_gift_of_goods_is_aid_from_its_giver(analyse):
    sentence = "وی از اهدای 35 دستگاه رایانه به آموزش و پرورش شهربابک از سوی نماینده این شهرستان خبر داد."
    gift = only(analyse(sentence), "AID")
    assert [p.text for p in gift.actors] == ["نماینده این شهرستان"]
    assert [p.text for p in gift.recipients] == ["آموزش و پرورش شهربابک"]


def test_events_award_of_a_prize_is_no_aid(analyse):
    assert "AID" not in happened_types(analyse("وی از اهدای جوایز به برندگان مسابقه از سوی شهرداری خبر داد."))


def test_events_agent_ends_before_the_predicates_noun(analyse):
    aid = only(analyse("کمک‌های بشردوستانه به مردم سوریه از سوی ایران ارسال شد."), "AID")
    assert [p.text for p in aid.actors] == ["ایران"] and countries(aid.actors) == ["IRN"]


def test_events_praise_of_an_activity_is_no_support(analyse):
    sentence = "وی شناسایی مسیر و اهداف شهدای دوران دفاع مقدس به نسل جوان را اقدامی ارزشمند و مهم خواند."
    assert "SUPPORT" not in happened_types(analyse(sentence))


def test_events_praise_of_a_partys_act_is_support(analyse):
    support = only(analyse("وزیر خارجه عراق کمک‌های ایران به مردم موصل را اقدامی ارزشمند خواند."), "SUPPORT")
    assert countries(support.recipients) == ["IRN"]
