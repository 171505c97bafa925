"""Calendar conversions, through jdatetime; no hand-written tables."""

from __future__ import annotations

import datetime as dt

import jdatetime


def parse_iso_date(value: str | dt.date | None) -> dt.date | None:
    """Return a date from `YYYY-MM-DD` (or a full ISO timestamp), a date, or None."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    value = value.strip()
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])


def to_jalali(day: dt.date) -> str:
    """Return the Jalali form `YYYY/MM/DD` of a Gregorian day."""
    jday = jdatetime.date.fromgregorian(date=day)
    return f"{jday.year:04d}/{jday.month:02d}/{jday.day:02d}"
