"""Resuming: a run killed after some partitions is finished by a rerun, with the same output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.batch import run_batch
from khabar.batch.output import BatchOutput
from khabar.batch.tables import TABLES
from khabar.errors import InputError
from tests.batch.batch_workloads import real_pipeline

ROOT = Path(__file__).resolve().parents[2]  # the repository: `tests.batch` imports from there

INTERRUPTED_RUN = """
import functools, sys
from tests.batch.batch_workloads import interrupt_run_at
from khabar.batch import run_batch
run_batch(sys.argv[1], sys.argv[2], engine="local", workers=1, partition_size=2,
          pipeline_factory=functools.partial(interrupt_run_at, "a07"))
"""


def read_tables(output: Path) -> dict:
    target = BatchOutput(str(output))
    return {table: target.read_table(table) for table in TABLES}


def run_interrupted(inputs: Path, output: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    # A session of its own, so that killing the run's process group leaves pytest alone.
    return subprocess.run(
        [sys.executable, "-c", INTERRUPTED_RUN, str(inputs), str(output)],
        env=env,
        start_new_session=True,
        capture_output=True,
        timeout=120,
    )


def test_resume_after_interrupt_same_output(articles_jsonl: Path, tmp_path: Path):
    killed = run_interrupted(articles_jsonl, tmp_path / "resumed")
    assert killed.returncode == -9, killed.stderr.decode()
    # Articles a00-a05 fill three partitions of two; a07's partition died with the run.
    assert len(BatchOutput(str(tmp_path / "resumed")).done_keys()) == 3

    resumed = run_batch(
        articles_jsonl, tmp_path / "resumed", workers=2, partition_size=2, pipeline_factory=real_pipeline
    )
    assert (resumed.skipped, len(resumed.written), resumed.articles) == (3, 3, 6)

    run_batch(articles_jsonl, tmp_path / "whole", workers=2, partition_size=2, pipeline_factory=real_pipeline)
    resumed_tables, whole_tables = read_tables(tmp_path / "resumed"), read_tables(tmp_path / "whole")
    for table in TABLES:
        assert resumed_tables[table].equals(whole_tables[table]), table
    assert not list((tmp_path / "resumed").rglob(".*"))  # no half-written file left behind


def test_resume_redoes_partition_without_marker(articles_jsonl: Path, tmp_path: Path):
    first = run_batch(articles_jsonl, tmp_path / "out", workers=1, partition_size=6, pipeline_factory=real_pipeline)
    assert len(first.written) == 2
    (tmp_path / "out" / "_done" / f"{first.written[0].key}.json").unlink()
    again = run_batch(articles_jsonl, tmp_path / "out", workers=1, partition_size=6, pipeline_factory=real_pipeline)
    assert (again.skipped, [done.key for done in again.written]) == (1, [first.written[0].key])
    assert read_tables(tmp_path / "out")["articles"].num_rows == 12


def test_resume_refuses_other_partition_size(articles_jsonl: Path, tmp_path: Path):
    run_batch(articles_jsonl, tmp_path / "out", workers=1, partition_size=12, pipeline_factory=real_pipeline)
    with pytest.raises(InputError, match="partition"):
        run_batch(articles_jsonl, tmp_path / "out", workers=1, partition_size=5, pipeline_factory=real_pipeline)
