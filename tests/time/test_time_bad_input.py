"""Impossible dates, two-digit years and numbers that only look like dates: not dates, or uncertain; no crash."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.time.find import find_times

PUBLISHED = dt.date(2023, 7, 31)


@pytest.mark.parametrize(
    "sentence",
    [
        "این قانون در ۳۱ اسفند ۱۴۰۱ تصویب شد.",  # Esfand never has 31 days
        "این قانون در ۳۰ اسفند ۱۴۰۱ تصویب شد.",  # 1401 is a common year: Esfand has 29 days
        "این قانون در ۳۱ مهر ۱۴۰۱ تصویب شد.",  # Mehr has 30 days
        "این قانون در ۳۰ فوریه ۲۰۲۳ تصویب شد.",
    ],
)
def test_time_impossible_date_is_uncertain_without_value(sentence):
    found = find_times(sentence, published=PUBLISHED)
    assert all(t.value is None and t.uncertain for t in found)


def test_time_leap_day_exists_in_a_leap_year():
    found = find_times("این قانون در ۳۰ اسفند ۱۴۰۳ تصویب شد.", published=PUBLISHED)
    assert [(t.value, t.uncertain) for t in found] == [("2025-03-20", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "شماره نامه ۱۴۰۱/۱۳/۰۵ است.",  # month 13
        "شماره نامه ۱۴۰۱/۱۰/۰۰ است.",  # day 0
        "شماره نامه 1401/00/10 است.",  # month 0
        "با شماره ۰۲۱-۸۸۷۷۶۶۵۵ تماس بگیرید.",  # a phone number
        "با شماره 09123456789 تماس بگیرید.",
        "۱۴۰۱ نفر در این مسابقه شرکت کردند.",  # a count in a year's range
        "قیمت این کالا ۲۰۲۳ تومان است.",
        "در این حادثه ۱۹ نفر زخمی شدند.",
        "نسخه 1.10.19 منتشر شد.",
        "مسابقه از ساعت ۱۸ در سالن آزادی آغاز می شود.",  # «می» the verb prefix, not May
        "این تیم یک بر صفر پیش افتاد.",  # «صفر» zero, not the month Safar
        "صادرات در سال 14-2013 رشد کرد.",  # a fiscal year «2013-14» written backwards, not 1314
    ],
)
def test_time_number_that_only_looks_like_a_date(sentence):
    assert find_times(sentence, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("این ساختمان در سال ۸۷ ساخته شد.", "2008-03-20/2009-03-20"),
        ("این ساختمان در ۱۹ دی ۸۷ افتتاح شد.", "2009-01-08"),
        ("این ساختمان در سال 87 میلادی ساخته شد.", "1987"),
    ],
)
def test_time_two_digit_year_is_uncertain(sentence, value):
    found = find_times(sentence, published=PUBLISHED)
    assert [(t.value, t.uncertain) for t in found] == [(value, True)]


def test_time_two_digit_year_before_a_count_is_not_a_year():
    assert find_times("بسیجیان در طول سال 12 بار فراخوان شدند.", published=PUBLISHED) == []


WORDS = st.sampled_from(
    "۱۹ 19 ۳۱ 0 ۱۴۰۱ 2023 ۸۷ دی اسفند ژانویه می مه رمضان صفر ماه سال سال‌های هفته روز دوشنبه جمعه امروز "
    "دیروز فردا گذشته آینده اخیر پیش قبل بعد چند سه نیمه اواخر پایان دهه / . - ، : « » \u200c \n".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14), st.sampled_from([None, PUBLISHED, dt.date(1990, 3, 20), dt.date(2099, 12, 31)]))
def test_time_never_crashes_and_spans_hold_their_text(words, published):
    text = " ".join(words)
    for found in find_times(text, published=published):
        assert text[found.start:found.end] == found.text
        assert found.value is None or found.jalali is not None
