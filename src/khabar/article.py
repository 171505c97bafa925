"""Build a fresh `Analysis` from an article's fields, before any stage runs."""

from __future__ import annotations

import datetime as dt

from khabar.analysis import Analysis, PublishedDate
from khabar.errors import InputError
from khabar.time.calendar import parse_iso_date, to_jalali


def new_analysis(
    text: str,
    *,
    title: str | None = None,
    published: str | dt.date | None = None,
    reference_date: str | dt.date | None = None,
    id: str | None = None,  # noqa: A002
    source: str | None = None,
    url: str | None = None,
) -> Analysis:
    """Return an `Analysis` holding the raw article; the title becomes the first line."""
    if not isinstance(text, str):
        raise InputError(f"article text must be a string, not {type(text).__name__}", source=id)
    title = title.strip() if isinstance(title, str) and title.strip() else None
    raw = f"{title}\n{text}" if title else text
    published_day = _checked_date(published, "published", id)
    reference_day = _checked_date(reference_date, "reference_date", id)
    return Analysis(
        id=id,
        source=source,
        url=url,
        title=title,
        raw=raw,
        published=PublishedDate(iso=published_day.isoformat(), jalali=to_jalali(published_day), origin="metadata")
        if published_day
        else PublishedDate(),
        reference_date=reference_day.isoformat() if reference_day else None,
    )


def _checked_date(value: str | dt.date | None, name: str, article_id: str | None) -> dt.date | None:
    try:
        return parse_iso_date(value)
    except (TypeError, ValueError):
        raise InputError(f"{name} must be a date YYYY-MM-DD, got {value!r}", source=article_id) from None
