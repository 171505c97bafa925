"""The `time` stage: date the article, then find and resolve its time expressions."""

from __future__ import annotations

import datetime as dt

from khabar.analysis import Analysis, Dateline, PublishedDate
from khabar.pipeline import stage
from khabar.time.calendar import jalali_day, parse_iso_date, to_jalali, year_of
from khabar.time.find import find_times


@stage("time", requires=("text", "sentences", "tokens"), assigns=("times", "published"))
def time_stage(analysis: Analysis) -> Analysis:
    """Fill `published` from the dateline when metadata gave none, then `times`."""
    if analysis.published.iso is None:
        analysis.published = date_from_dateline(analysis.dateline, parse_iso_date(analysis.reference_date))
    dateline = analysis.dateline
    analysis.times = find_times(
        analysis.text,
        analysis.sentences,
        parse_iso_date(analysis.published.iso),
        skip=dateline if dateline is not None and dateline.ambiguous_outlet else None,
    )
    return analysis


def date_from_dateline(dateline: Dateline | None, reference: dt.date | None) -> PublishedDate:
    """Return the publication date a dateline gives, its year completed by the reference date; else empty.

    A dateline that is also an outlet's name («۱۹ دی») dates nothing. Without a year, the dateline's day is
    taken in the latest year in which it does not fall after the reference date.
    """
    if dateline is None or dateline.ambiguous_outlet:
        return PublishedDate()
    if dateline.year is not None:
        day = checked_jalali_day(dateline.year, dateline.month, dateline.day)
        return PublishedDate(iso=day.isoformat(), jalali=to_jalali(day), origin="dateline") if day else PublishedDate()
    if reference is None:
        return PublishedDate()
    year = year_of(reference, "jalali")
    for candidate in range(year, year - 5, -1):  # a 30 Esfand may lie up to four years back
        day = checked_jalali_day(candidate, dateline.month, dateline.day)
        if day is not None and day <= reference:
            return PublishedDate(iso=day.isoformat(), jalali=to_jalali(day), origin="reference")
    return PublishedDate()


def checked_jalali_day(year: int, month: int, day: int) -> dt.date | None:
    """Return the Gregorian day of a Jalali date, or None when it does not exist."""
    try:
        return jalali_day(year, month, day)
    except ValueError:
        return None
