"""Calendar arithmetic: every value round-trips through its Jalali form."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.time.calendar import (
    gregorian_month,
    hijri_day,
    jalali_day,
    jalali_form,
    jalali_form_days,
    jalali_month,
    jalali_year,
    value_days,
)

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def test_time_calendar_known_days():
    assert jalali_day(1401, 10, 19) == dt.date(2023, 1, 9)
    assert hijri_day(1444, 6, 16) == dt.date(2023, 1, 9)
    assert jalali_month(1398, 2) == (dt.date(2019, 4, 21), dt.date(2019, 5, 21))
    assert jalali_year(1387) == (dt.date(2008, 3, 20), dt.date(2009, 3, 20))
    assert gregorian_month(2024, 2) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


def test_time_calendar_rejects_impossible_jalali_day():
    with pytest.raises(ValueError):
        jalali_day(1401, 12, 30)


@given(DAYS)
def test_time_day_round_trips_through_jalali(day):
    value = day.isoformat()
    assert jalali_form_days(jalali_form(value)) == (day, day)


@given(DAYS, DAYS)
def test_time_span_round_trips_through_jalali(first, last):
    first, last = sorted((first, last))
    value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    assert jalali_form_days(jalali_form(value)) == value_days(value) == (first, last)


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_time_gregorian_month_and_year_round_trip(year, month):
    for value in (f"{year:04d}-{month:02d}", f"{year:04d}"):
        assert jalali_form_days(jalali_form(value)) == value_days(value)


@given(st.integers(1280, 1479), st.integers(1, 12))
def test_time_jalali_month_and_year_keep_their_shape(year, month):
    first, last = jalali_month(year, month)
    assert jalali_form(f"{first.isoformat()}/{last.isoformat()}") == f"{year:04d}-{month:02d}"
    first, last = jalali_year(year)
    assert jalali_form(f"{first.isoformat()}/{last.isoformat()}") == f"{year:04d}"
