"""Marking an article's layers in its text: every piece escaped, overlaps settled, links built from ids."""

from __future__ import annotations

from khabar.analysis import Analysis, Entity, Quote, TimeExpression
from khabar.web.marking import mark_text


def analysis_of(text: str, **layers) -> Analysis:
    return Analysis(raw=text, text=text, **layers)


def test_marking_escapes_text_between_and_inside_marks():
    text = "<b>تهران</b> گفت: «<script>x()</script>»"
    start = text.index("تهران")
    marked = str(mark_text(analysis_of(text, entities=[Entity(start=start, end=start + 5, text="تهران", type="LOC")])))
    assert "<b>" not in marked and "<script>" not in marked
    assert "&lt;b&gt;" in marked and "&lt;script&gt;x()&lt;/script&gt;" in marked
    assert '<a class="ent ent-LOC" href="/entities/%D8%AA%D9%87%D8%B1%D8%A7%D9%86"' in marked


def test_marking_keeps_text_unchanged_when_tags_removed():
    import re

    text = "رئیس‌جمهور در تهران گفت: «سفر به مشهد فردا است» و رفت."
    entities = [Entity(start=text.index("تهران"), end=text.index("تهران") + 5, text="تهران", type="LOC", id="Q3616"),
                Entity(start=text.index("مشهد"), end=text.index("مشهد") + 4, text="مشهد", type="LOC")]
    quote_start = text.index("«") + 1
    quotes = [Quote(start=quote_start, end=text.index("»"), speaker=None, cue="گفت", text="", kind="direct")]
    times = [TimeExpression(start=text.index("فردا"), end=text.index("فردا") + 4, text="فردا")]
    marked = str(mark_text(analysis_of(text, entities=entities, quotes=quotes, times=times)))
    assert re.sub("<[^>]+>", "", marked) == text
    assert marked.count('class="quote quote-direct"') == 5  # cut at both ends of the two inner marks
    assert 'href="/entities/Q3616"' in marked


def test_marking_drops_overlapping_inner_span():
    text = "وزارت امور خارجه ایران"
    entities = [Entity(start=0, end=len(text), text=text, type="ORG"),
                Entity(start=text.index("ایران"), end=len(text), text="ایران", type="LOC")]
    marked = str(mark_text(analysis_of(text, entities=entities)))
    assert marked.count("<a ") == 1 and "ent-ORG" in marked


def test_marking_ignores_span_outside_text():
    marked = str(mark_text(analysis_of("کوتاه", entities=[Entity(start=2, end=40, text="x", type="PER")])))
    assert marked == "کوتاه"
