"""Round 16: where two predicates overlap. A predicate that lets any word stand before its light verb gives the verb up
to a nearer noun of another type («با درخواست X موافقت کرد» is an agreement), and a clause that closes with a past
verb inside a longer match is an event of its own («نیروهای X وعده دادند تا … خارج شوند» is a pledge). An event named
by a noun after a demonstrative («این انفجار …») is the one told before, unless its actors are another state's."""

from __future__ import annotations

import pytest

from khabar.events.export import happened

from tests.events.helpers import countries, happened_types


@pytest.mark.parametrize(
    ("sentence", "expected", "unexpected"),
    [
        # The noun next to the light verb takes it; the request is only its object.
        ("دولت ترکیه با درخواست عراق موافقت کرد.", "AGREE", "REQUEST"),
        ("وزیر کشور با تقاضای کشاورزان برای وام موافقت نمود.", "AGREE", "REQUEST"),
        ("دولت اردن با درخواست سوریه مخالفت کرد.", "REJECT", "REQUEST"),
        # A pledge whose content an unbounded withdrawal line runs across.
        ("نیروهای ناتو وعده دادند تا پایان سال از افغانستان خارج شوند.", "AGREE", None),
        ("فرمانده نیروهای آمریکایی تعهد داد که سربازانش تا پایان سال از شهرها خارج شوند.", "AGREE", None),
    ],
)
def test_events_overlap_nearer_predicate_is_coded(analyse, sentence, expected, unexpected):
    found = happened_types(analyse(sentence))
    assert expected in found
    assert unexpected is None or unexpected not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A request whose own words fill the gap still is one.
        ("آمریکا از ترکیه درخواست کمک کرد.", "REQUEST"),
        ("دولت لبنان تقاضای کمک فوری کرد.", "REQUEST"),
        # A literal longer line keeps its own reading: agreeing to hold talks, sentencing.
        ("طرفین به برگزاری مذاکرات بیشتر با یکدیگر توافق کردند.", "AGREE"),
        ("دادگاه آمریکا او را به تحمل ۱۸ ماه حبس محکوم کرد.", "COERCE"),
        # Forces that withdrew: the whole line, no pledge read into it.
        ("نیروهای آمریکایی روز گذشته از شهر فلوجه خارج شدند.", "RETREAT"),
    ],
)
def test_events_overlap_longer_predicate_keeps_its_reading(analyse, sentence, expected):
    assert expected in happened_types(analyse(sentence))


def test_events_overlap_withdrawal_after_a_past_clause_is_both(analyse):
    found = happened_types(analyse("نیروهای ارتش به مواضع شورشیان حمله کردند و سپس از شهر خارج شدند."))
    assert "ASSAULT" in found and "RETREAT" in found


def test_events_demonstrative_noun_repeats_the_event_told_before(analyse):
    text = (
        "افراد مسلح به مقر پلیس عراق در شهر کرکوک حمله کردند.\n"
        "منابع امنیتی گفتند این حمله ۳۰ کشته و ۲۵ زخمی بر جای گذاشت."
    )
    found = [e for e in analyse(text) if e.type == "ASSAULT" and happened(e)]
    assert len(found) == 1, [e.sentence for e in found]


def test_events_demonstrative_noun_with_actors_of_another_state_is_its_own_event(analyse):
    text = (
        "سربازان پاکستانی به مواضع مرزی هند حمله کردند.\n"
        "مقام هندی افزود: پس از این حمله نیروهای مرزی هند نیز به آتش متقابل پرداختند."
    )
    found = [e for e in analyse(text) if e.type == "ASSAULT" and happened(e)]
    assert any("IND" in countries(e.actors) for e in found), [(e.sentence, e.actors) for e in found]
