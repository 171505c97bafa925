"""Small helpers the event tests share."""

from __future__ import annotations

from khabar.events.export import happened


def only(events, event_type):
    """Return the one event of `event_type`, failing with every event found when there is not exactly one."""
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.sentence) for e in events]
    return found[0]


def countries(participants):
    """Return the countries of an event's actors or recipients, in order."""
    return [p.country for p in participants]


def happened_events(events):
    """Return the events reported as done (not negated, future or hypothetical)."""
    return [e for e in events if happened(e)]


def happened_types(events):
    """Return the types of the events reported as done."""
    return [e.type for e in happened_events(events)]
