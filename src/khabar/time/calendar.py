"""Calendar conversions through jdatetime (Jalali) and hijridate (Hijri lunar); no hand-written tables."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import hijridate
import jdatetime


def parse_iso_date(value: str | dt.date | None) -> dt.date | None:
    """Return a date from `YYYY-MM-DD` (or a full ISO timestamp), a date, or None."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    value = value.strip()
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])


@lru_cache(maxsize=4096)  # pure; publication days and the days near them recur
def to_jalali(day: dt.date) -> str:
    """Return the Jalali form `YYYY/MM/DD` of a Gregorian day."""
    jday = jdatetime.date.fromgregorian(date=day)
    return f"{jday.year:04d}/{jday.month:02d}/{jday.day:02d}"


# --- Days of calendar units: every period is a (first, last) pair of Gregorian days, both included ----------

Days = tuple[dt.date, dt.date]


def jalali_day(year: int, month: int, day: int) -> dt.date:
    """Return the Gregorian day of a Jalali date; ValueError when it does not exist."""
    return jdatetime.date(year, month, day).togregorian()


@lru_cache(maxsize=4096)  # pure and called for every value's Jalali form
def jalali_month(year: int, month: int) -> Days:
    """Return the first and last Gregorian days of a Jalali month."""
    first = jdatetime.date(year, month, 1)
    length = jdatetime.j_days_in_month[month - 1] + (1 if month == 12 and first.isleap() else 0)
    return first.togregorian(), first.togregorian() + dt.timedelta(days=length - 1)


@lru_cache(maxsize=4096)
def jalali_year(year: int) -> Days:
    """Return the first and last Gregorian days of a Jalali year."""
    return jalali_month(year, 1)[0], jalali_month(year, 12)[1]


@lru_cache(maxsize=4096)
def gregorian_month(year: int, month: int) -> Days:
    """Return the first and last days of a Gregorian month."""
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def hijri_day(year: int, month: int, day: int) -> dt.date:
    """Return the Gregorian day of a Hijri lunar date (Umm al-Qura); ValueError when out of range."""
    return dt.date(*hijridate.Hijri(year, month, day).to_gregorian().datetuple())


@lru_cache(maxsize=4096)
def hijri_month(year: int, month: int) -> Days:
    """Return the first and last Gregorian days of a Hijri lunar month."""
    first = hijridate.Hijri(year, month, 1)
    start = dt.date(*first.to_gregorian().datetuple())
    return start, start + dt.timedelta(days=first.month_length() - 1)


def year_of(day: dt.date, calendar: str) -> int:
    """Return the year that holds `day` in `calendar`."""
    if calendar == "jalali":
        return jdatetime.date.fromgregorian(date=day).year
    if calendar == "hijri":
        return hijridate.Gregorian(day.year, day.month, day.day).to_hijri().year
    return day.year


def shift_months(day: dt.date, months: int) -> dt.date:
    """Return the same day `months` Gregorian months away, clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = gregorian_month(year, month + 1)[1]
    return last.replace(day=min(day.day, last.day))


# --- Values in the gold form, and their Jalali form --------------------------------------------------------


def format_days(days: Days) -> str:
    """Return `YYYY-MM-DD` for one day, else the inclusive span `START/END`."""
    first, last = days
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def value_days(value: str) -> Days:
    """Return the Gregorian days a value covers: a day, `YYYY-MM`, `YYYY` or a span of these."""
    if "/" in value:
        start, end = value.split("/")
        return value_days(start)[0], value_days(end)[1]
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        return gregorian_month(*parts)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


@lru_cache(maxsize=4096)  # pure; the same values recur within and across articles
def jalali_form(value: str) -> str:
    """Return a value in the Jalali calendar: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or a span of Jalali days."""
    first, last = value_days(value)
    jfirst, jlast = (jdatetime.date.fromgregorian(date=day) for day in (first, last))
    if first == last:
        return _jalali_iso(jfirst)
    if (jfirst.day == 1 and (jfirst.year, jfirst.month) == (jlast.year, jlast.month)
            and last == jalali_month(jfirst.year, jfirst.month)[1]):
        return f"{jfirst.year:04d}-{jfirst.month:02d}"
    if (first, last) == jalali_year(jfirst.year):
        return f"{jfirst.year:04d}"
    return f"{_jalali_iso(jfirst)}/{_jalali_iso(jlast)}"


def jalali_form_days(form: str) -> Days:
    """Return the Gregorian days a Jalali form covers (the inverse of `jalali_form`)."""
    if "/" in form:
        start, end = form.split("/")
        return jalali_form_days(start)[0], jalali_form_days(end)[1]
    parts = [int(part) for part in form.split("-")]
    if len(parts) == 3:
        day = jalali_day(*parts)
        return day, day
    if len(parts) == 2:
        return jalali_month(*parts)
    return jalali_year(parts[0])


def _jalali_iso(day: jdatetime.date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
