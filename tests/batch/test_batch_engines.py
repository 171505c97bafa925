"""The local and Dask engines: the same output, and no article lost when a worker dies."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from khabar.batch import run_batch
from khabar.batch.output import BatchOutput
from khabar.batch.tables import TABLES
from khabar.errors import KhabarError
from tests.batch.batch_workloads import (
    hang_at,
    kill_worker_always_at,
    kill_worker_once_at,
    missing_model,
    real_pipeline,
)


def read_tables(output: Path) -> dict:
    target = BatchOutput(str(output))
    return {table: target.read_table(table) for table in TABLES}


def test_engines_local_and_dask_identical(broken_jsonl: Path, tmp_path: Path):
    local = run_batch(
        broken_jsonl, tmp_path / "local", engine="local", workers=2, partition_size=4, pipeline_factory=real_pipeline
    )
    dask = run_batch(
        broken_jsonl, tmp_path / "dask", engine="dask", workers=2, partition_size=4, pipeline_factory=real_pipeline
    )
    assert not local.failed and not dask.failed
    assert (local.articles, local.errors) == (dask.articles, dask.errors) == (12, 3)
    local_tables, dask_tables = read_tables(tmp_path / "local"), read_tables(tmp_path / "dask")
    for table in TABLES:
        assert local_tables[table].equals(dask_tables[table]), table


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_engines_killed_worker_loses_no_article(articles_jsonl: Path, tmp_path: Path, engine: str):
    factory = functools.partial(kill_worker_once_at, "a05", str(tmp_path / "killed"))
    report = run_batch(
        articles_jsonl, tmp_path / "out", engine=engine, workers=2, partition_size=3, pipeline_factory=factory
    )
    assert (tmp_path / "killed").exists()  # the worker really died
    assert not report.failed
    ids = read_tables(tmp_path / "out")["articles"].column("id").to_pylist()
    assert sorted(ids) == [f"a{number:02d}" for number in range(12)]


def errors_by_id(output: Path) -> dict:
    return {row["article_id"]: row for row in read_tables(output)["errors"].to_pylist()}


def test_engines_article_killing_every_worker_goes_to_errors(articles_jsonl: Path, tmp_path: Path):
    factory = functools.partial(kill_worker_always_at, "a01")
    report = run_batch(
        articles_jsonl, tmp_path / "out", engine="local", workers=1, partition_size=6, pipeline_factory=factory
    )
    assert not report.failed and (report.articles, report.errors) == (11, 1)
    assert errors_by_id(tmp_path / "out")["a01"]["error"] == "WorkerDied"
    ids = read_tables(tmp_path / "out")["articles"].column("id").to_pylist()
    assert ids == [f"a{n:02d}" for n in range(12) if n != 1]
    assert not list((tmp_path / "out" / "_attempts").iterdir())  # finished partitions forget their tries


def test_engines_hung_article_times_out_into_errors(articles_jsonl: Path, tmp_path: Path):
    # The time limit and the careful retry live in the worker, the same under either engine: local is quicker.
    factory = functools.partial(hang_at, "a04")
    report = run_batch(
        articles_jsonl,
        tmp_path / "out",
        engine="local",
        workers=2,
        partition_size=4,
        pipeline_factory=factory,
        article_timeout=2.0,
    )
    assert not report.failed and (report.articles, report.errors) == (11, 1)
    assert "ran over 2 s" in errors_by_id(tmp_path / "out")["a04"]["message"]


def test_engines_setup_error_stops_run_unwritten(articles_jsonl: Path, tmp_path: Path):
    with pytest.raises(KhabarError, match="test model is missing"):
        run_batch(articles_jsonl, tmp_path / "out", workers=1, partition_size=3, pipeline_factory=missing_model)
    assert BatchOutput(str(tmp_path / "out")).done_keys() == set()
