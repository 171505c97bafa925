"""Export events in the shape of the gold annotation (../shared/gold/GUIDE.md): happened events only."""

from __future__ import annotations

from khabar.analysis import Analysis, Event

FULL_STOPS = ".。"


def happened(event: Event) -> bool:
    """Tell whether the article reports the event as done: not negated, planned, conditional or asked."""
    return not (event.negated or event.future or event.hypothetical)


def export_event(event: Event, analysis: Analysis) -> dict:
    """Return one event as a gold-shaped record, its sentence as written in the raw input."""
    sentence = analysis.raw_text(event.start, event.end).strip().rstrip(FULL_STOPS).rstrip()
    participants = lambda parts: [p.model_dump() for p in parts]  # noqa: E731
    return {
        "type": event.type, "mode": event.mode, "context": event.context,
        "actors": participants(event.actors), "recipients": participants(event.recipients),
        "location": event.location, "date": event.date, "sentence": sentence,
    }


def export_events(analysis: Analysis) -> dict:
    """Return {"id", "events"} for one article: the events that happened."""
    return {"id": analysis.id, "events": [export_event(e, analysis) for e in analysis.events if happened(e)]}
