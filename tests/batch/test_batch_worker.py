"""One partition on one worker: tables, errors, setup failures, the pipeline built once."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from khabar.analysis import Analysis
from khabar.batch import worker
from khabar.batch.output import BatchOutput
from khabar.batch.sources import plan_partitions
from khabar.batch.tables import ANNOTATION_TABLES, item_model, schemas
from khabar.errors import ModelError
from tests.batch.batch_workloads import missing_model, real_pipeline


def run_in_process(inputs: Path, output: Path, factory=real_pipeline, partition_size: int = 100) -> BatchOutput:
    target = BatchOutput(str(output))
    target.prepare(partition_size)
    for partition in plan_partitions([str(inputs)], partition_size):
        worker.process_partition(partition, str(output), factory)
    return target


def test_worker_bad_articles_go_to_errors(broken_jsonl: Path, tmp_path: Path):
    target = run_in_process(broken_jsonl, tmp_path / "out")
    articles = target.read_table("articles").to_pylist()
    errors = {row["row"]: row for row in target.read_table("errors").to_pylist()}
    assert len(articles) == 12
    assert sorted(errors) == [3, 7, 14]
    assert errors[3]["article_id"] == "no-text" and "text" in errors[3]["message"]
    assert errors[7]["article_id"] == "bad-date" and errors[7]["error"] == "InputError"
    assert errors[14]["stage"] == "read" and "malformed JSON" in errors[14]["message"]


def test_worker_articles_table_keeps_raw_fields_and_analysis(articles_jsonl: Path, tmp_path: Path):
    target = run_in_process(articles_jsonl, tmp_path / "out")
    first = target.read_table("articles").to_pylist()[0]
    assert (first["id"], first["published"], first["source"]) == ("a00", "2021-10-01", "test")
    assert first["title"] == "وزیر امور خارجه به مسکو رفت"
    analysis = Analysis.model_validate_json(first["analysis"])
    assert analysis.id == "a00" and analysis.stages == first["stages"] and analysis.raw.endswith(first["text"])


def test_worker_annotation_rows_match_analyses(articles_jsonl: Path, tmp_path: Path):
    target = run_in_process(articles_jsonl, tmp_path / "out")
    analyses = [Analysis.model_validate_json(row["analysis"]) for row in target.read_table("articles").to_pylist()]
    for table in ANNOTATION_TABLES:
        rows = target.read_table(table).to_pylist()
        expected = [(a.id, i, item.start, item.end) for a in analyses for i, item in enumerate(getattr(a, table))]
        assert [(r["article_id"], r["index"], r["start"], r["end"]) for r in rows] == expected


@pytest.mark.parametrize("table", ANNOTATION_TABLES)
def test_worker_table_columns_follow_models(table: str):
    columns = schemas()[table].names
    assert columns[:2] == ["article_id", "index"]
    assert columns[2:] == list(item_model(table).model_fields)


def test_worker_setup_error_fails_partition_unwritten(articles_jsonl: Path, tmp_path: Path):
    with pytest.raises(ModelError):
        run_in_process(articles_jsonl, tmp_path / "out", factory=missing_model)
    assert BatchOutput(str(tmp_path / "out")).done_keys() == set()


calls: list[int] = []
warm_ups: list[str | None] = []


def counted_pipeline(label: str):
    calls.append(1)

    def pipeline(analysis: Analysis) -> Analysis:
        warm_ups.append(analysis.title)
        return analysis

    return pipeline


def test_worker_pipeline_built_and_warmed_once_per_process():
    for _ in range(3):
        assert worker.cached_pipeline(functools.partial(counted_pipeline, "x")) is worker.cached_pipeline(
            functools.partial(counted_pipeline, "x")
        )
    assert len(calls) == 1
    assert warm_ups == [worker.WARM_UP_TITLE]  # lazy models load before the first article's time limit starts
