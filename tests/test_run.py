"""analyze_paths: dates given on the command line fill what an article lacks; bad items are reported, not fatal."""

from __future__ import annotations

from pathlib import Path

from khabar.pipeline import Pipeline
from khabar.run import analyze_paths
from tests.store.conftest import write_jsonl

PERSIAN = "وزرای دفاع ایران و بلاروس روز دوشنبه در تهران تفاهم‌نامه همکاری امضا کردند."


def test_run_text_file_takes_the_dates_from_the_options(tmp_path: Path):
    path = tmp_path / "seed.txt"
    path.write_text(PERSIAN, encoding="utf-8")
    [analysis] = analyze_paths([path], Pipeline(["text"]), published="2023-07-31", reference_date="2023-08-05")
    assert analysis.id == "seed" and analysis.published.iso == "2023-07-31"
    assert analysis.reference_date == "2023-08-05"


def test_run_dates_of_a_record_win_over_the_options(tmp_path: Path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": PERSIAN, "published": "2024-01-08"}])
    [analysis] = analyze_paths([path], Pipeline(["text"]), published="2023-07-31")
    assert analysis.published.iso == "2024-01-08"


def test_run_empty_article_is_reported_and_the_rest_analysed(tmp_path: Path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "e", "text": "  "}, {"id": "x", "text": PERSIAN}])
    errors = []
    analyses = list(analyze_paths([path], Pipeline(["text"]), on_error=errors.append))
    assert [a.id for a in analyses] == ["x"]
    assert [str(error) for error in errors] == [f"{path}:1: empty article"]
