"""Small helpers the event tests share."""

from __future__ import annotations


def only(events, event_type):
    """Return the one event of `event_type`, failing with every event found when there is not exactly one."""
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.sentence) for e in events]
    return found[0]


def countries(participants):
    """Return the countries of an event's actors or recipients, in order."""
    return [p.country for p in participants]
