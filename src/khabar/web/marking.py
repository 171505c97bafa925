"""Mark an article's entities, time expressions, quotations and events in its text, escaping every piece.

The text is cut at every span boundary into pieces; each piece is escaped on its own and
wrapped in the marks covering it. Quotations are the outer layer; entities, times and events
the inner one, where overlaps are settled by keeping the earlier (then longer) span.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from khabar.analysis import Analysis
from khabar.web.patterns import ENTITY_LABELS, EVENT_LABELS, QUOTE_KINDS
from khabar.web.queries import entity_key


@dataclass(frozen=True)
class Mark:
    """One span to mark: a CSS class, a link (or None), and a tooltip."""

    start: int
    end: int
    kind: str
    href: str | None
    title: str


def entity_href(key: str | None) -> str | None:
    return f"/entities/{quote(key, safe='')}" if key else None


def inner_marks(analysis: Analysis) -> list[Mark]:
    """Return the entity, time and event marks, without overlaps."""
    marks = [Mark(e.start, e.end, f"ent ent-{e.type}", entity_href(entity_key(e.id, e.text)),
                  f"{ENTITY_LABELS.get(e.type, e.type)}" + (f" · {e.canonical}" if e.canonical else ""))
             for e in analysis.entities]
    marks += [Mark(t.start, t.end, "time", _time_href(t.value), f"زمان: {t.value or 'نامعلوم'}") for t in analysis.times]
    marks += [Mark(ev.start, ev.end, "event", "/events?" + urlencode({"type": ev.type}),
                   f"رویداد: {EVENT_LABELS.get(ev.type, ev.type)}") for ev in analysis.events]
    return _without_overlaps(marks, len(analysis.text))


def quote_marks(analysis: Analysis) -> list[Mark]:
    """Return the quotation marks (not links: a quotation holds the links of its entities)."""
    marks = [Mark(q.start, q.end, f"quote quote-{q.kind}", None,
                  f"{QUOTE_KINDS.get(q.kind, q.kind)}" + (f" · گوینده: {q.speaker}" if q.speaker else ""))
             for q in analysis.quotes]
    return _without_overlaps(marks, len(analysis.text))


def _time_href(value: str | None) -> str | None:
    """Link a resolved day, month or year to the events of that period."""
    if not value or "/" in value:
        return None
    return "/events?" + urlencode({"date_from": value, "date_to": value})


def _without_overlaps(marks: list[Mark], length: int) -> list[Mark]:
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if 0 <= mark.start < mark.end <= length and (not kept or mark.start >= kept[-1].end):
            kept.append(mark)
    return kept


def mark_text(analysis: Analysis, start: int = 0, end: int | None = None) -> Markup:
    """Return `analysis.text[start:end]` as HTML with every annotation marked and every piece escaped."""
    end = len(analysis.text) if end is None else end
    inner, outer = inner_marks(analysis), quote_marks(analysis)
    cuts = sorted({start, end, *(p for m in inner + outer for p in (m.start, m.end) if start < p < end)})
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        piece = escape(analysis.text[left:right])
        piece = _wrap(piece, _covering(inner, left, right))
        pieces.append(_wrap(piece, _covering(outer, left, right)))
    return Markup("").join(pieces)


def _covering(marks: list[Mark], left: int, right: int) -> Mark | None:
    return next((m for m in marks if m.start <= left and right <= m.end), None)


def _wrap(piece: Markup, mark: Mark | None) -> Markup:
    if mark is None:
        return piece
    if mark.href:
        return Markup('<a class="{}" href="{}" title="{}">{}</a>').format(mark.kind, mark.href, mark.title, piece)
    return Markup('<span class="{}" title="{}">{}</span>').format(mark.kind, mark.title, piece)
