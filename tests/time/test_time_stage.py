"""The `time` stage: the publication date from a dateline, and `times` on the Analysis."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar import new_analysis
from khabar.analysis import Dateline, Sentence
from khabar.pipeline import Pipeline
from khabar.time.stage import date_from_dateline, time_stage

SEED_LIKE = "19 دی: وزرای دفاع ایران و بلاروس روز دوشنبه در تهران تفاهم‌نامه همکاری امضا کردند."


def prepared(text: str, **fields):
    """Return an Analysis as the text stage leaves it (text and one sentence), without running it."""
    analysis = new_analysis(text, **fields)
    analysis.text = analysis.raw
    analysis.sentences = [Sentence(start=0, end=len(text), text=text)]
    return analysis


def dateline(year=None, outlet=None) -> Dateline:
    return Dateline(start=0, end=5, text="19 دی", month=10, day=19, year=year, ambiguous_outlet=outlet)


def test_time_stage_metadata_date_wins():
    analysis = prepared(SEED_LIKE, published="2023-07-31")
    analysis.dateline = dateline(year=1401)
    time_stage(analysis)
    assert (analysis.published.iso, analysis.published.origin) == ("2023-07-31", "metadata")
    assert [(t.text, t.value) for t in analysis.times if t.text == "روز دوشنبه"] == [("روز دوشنبه", "2023-07-31")]


def test_time_stage_dateline_with_year_dates_the_article():
    analysis = prepared(SEED_LIKE)
    analysis.dateline = dateline(year=1401)
    time_stage(analysis)
    assert analysis.published.model_dump() == {"iso": "2023-01-09", "jalali": "1401/10/19", "origin": "dateline"}
    assert [t.value for t in analysis.times] == ["2023-01-09", "2023-01-09"]


@pytest.mark.parametrize(
    ("reference", "iso"),
    [("2024-01-15", "2024-01-09"), ("2024-01-09", "2024-01-09"), ("2024-01-05", "2023-01-09")],
)
def test_time_stage_dateline_year_from_reference_date(reference, iso):
    published = date_from_dateline(dateline(), dt.date.fromisoformat(reference))
    assert (published.iso, published.origin) == (iso, "reference")


def test_time_stage_leap_day_dateline_goes_back_to_a_leap_year():
    leap = Dateline(start=0, end=8, text="۳۰ اسفند", month=12, day=30)
    assert date_from_dateline(leap, dt.date(2024, 1, 1)).iso == "2021-03-20"  # 30 Esfand 1399; 1400-1402 are common


def test_time_stage_outlet_name_is_not_a_dateline():
    analysis = prepared(SEED_LIKE, reference_date="2024-01-15")
    analysis.dateline = dateline(outlet="۱۹ دی")
    time_stage(analysis)
    assert analysis.published.iso is None
    assert [(t.text, t.value) for t in analysis.times] == [("روز دوشنبه", None)]


def test_time_stage_never_guesses_from_the_wall_clock():
    analysis = prepared("وزیر دیروز به تهران سفر کرد.")
    time_stage(analysis)
    assert analysis.published.iso is None and analysis.times[0].value is None


def test_time_stage_runs_after_text_stage():
    analysis = new_analysis("وزیران روز دوشنبه تفاهم‌نامه امضا کردند.", title="دیدار وزیران", published="2023-07-31")
    analysis = Pipeline(["text", "time"])(analysis)
    assert [(t.text, t.value) for t in analysis.times] == [("روز دوشنبه", "2023-07-31")]
    assert analysis.stages == ["text", "time"]


def test_time_stage_seed_outlet_prefix_is_not_its_date(seed_text):
    analysis = Pipeline(["text", "time"])(new_analysis(seed_text, reference_date="2024-01-15"))
    assert analysis.published.iso is None  # «19 دی:» names a Qom weekly, so it dates nothing
    analysis = Pipeline(["text", "time"])(new_analysis(seed_text, published="2023-07-31"))
    assert not any(t.start == 0 for t in analysis.times)
    assert [t.value for t in analysis.times if t.text == "روز دوشنبه"] == ["2023-07-31"]
