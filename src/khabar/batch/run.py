"""`run_batch`: analyse many articles into Parquet tables, on this machine or a Dask cluster."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from khabar.batch.engines import Outcome, default_workers, run_dask, run_local
from khabar.batch.output import BatchOutput, PartitionDone
from khabar.batch.sources import plan_partitions
from khabar.batch.worker import ARTICLE_TIMEOUT_S, PipelineFactory, default_factory, process_partition
from khabar.errors import InputError, KhabarError

log = logging.getLogger(__name__)

Engine = Literal["local", "dask"]
PartitionCallback = Callable[[str, PartitionDone | None], None]
ENGINES = ("local", "dask")
DEFAULT_PARTITION_SIZE = 500


@dataclass
class BatchReport:
    """What a run did: partitions written, skipped and failed, articles and errors, time and memory."""

    output: str
    engine: str
    workers: int | None
    partitions: int = 0
    written: list[PartitionDone] = field(default_factory=list)
    skipped: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        """Articles analysed in this run."""
        return sum(done.articles for done in self.written)

    @property
    def errors(self) -> int:
        """Articles that went to the errors table in this run."""
        return sum(done.errors for done in self.written)

    @property
    def articles_per_second(self) -> float:
        """Rows (articles and errors) handled per second of wall time."""
        return (self.articles + self.errors) / self.seconds if self.seconds else 0.0

    @property
    def peak_rss_mb(self) -> dict[str, float]:
        """Peak resident memory of each worker process that wrote a partition, in MiB."""
        peaks: dict[str, float] = {}
        for done in self.written:
            peaks[done.worker] = max(peaks.get(done.worker, 0.0), done.peak_rss_mb)
        return peaks

    def summary(self) -> str:
        """Return one line saying what the run did."""
        return (
            f"{len(self.written)} partition(s) written, {self.skipped} already done, {len(self.failed)} failed; "
            f"{self.articles} article(s), {self.errors} error(s) in {self.seconds:.1f} s "
            f"({self.articles_per_second:.1f} articles/s) -> {self.output}"
        )


def run_batch(
    inputs: str | Path | Iterable[str | Path],
    output: str | Path,
    *,
    engine: Engine = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    pipeline_factory: PipelineFactory = default_factory,
    on_partition: PartitionCallback | None = None,
    article_timeout: float | None = ARTICLE_TIMEOUT_S,
) -> BatchReport:
    """Analyse every article of `inputs` into Parquet tables under `output`, skipping partitions already written.

    inputs (path, URL or a list of them): JSONL or Parquet files, or directories of them; any fsspec URL.
    output (path or URL): the output folder; on a cluster, storage that every worker can write.
    engine ("local" | "dask"): processes on this machine, or a Dask cluster.
    scheduler (str | None): a Dask scheduler address (tcp://host:8786); a LocalCluster when None.
    workers (int | None): worker processes for the local engine or the LocalCluster; all cores when None.
    partition_size (int): articles per partition (per task, per output file); keep it for reruns.
    pipeline_factory (callable): returns the pipeline; called once per worker process. Must be importable there.
    on_partition (callable | None): told each partition's key and marker (None when it failed) as it ends.
    article_timeout (float | None): seconds one article may take before its worker is ended; None: no limit.
    RETURNS (BatchReport): what was written, skipped and failed.
    """
    check_options(engine, scheduler, workers)
    started = time.perf_counter()
    output_url = str(output)
    target = BatchOutput(output_url)
    partitions = plan_partitions([str(item) for item in as_list(inputs)], partition_size, exclude=target.full_url)
    target.prepare(partition_size)
    done = target.done_keys()
    pending = [partition for partition in partitions if partition.key not in done]
    report = BatchReport(
        output_url, engine, workers, partitions=len(partitions), skipped=len(partitions) - len(pending)
    )
    log.info("%d partition(s), %d already done", len(partitions), report.skipped)
    if pending:
        task = functools.partial(
            process_partition, output_url=output_url, factory=pipeline_factory, article_timeout=article_timeout
        )
        count = min(workers or default_workers(), len(pending))
        outcomes = run_local(task, pending, count) if engine == "local" else run_dask(task, pending, scheduler, count)
        collect_outcomes(outcomes, report, on_partition)
    report.seconds = time.perf_counter() - started
    return report


def collect_outcomes(
    outcomes: Generator[Outcome, None, None], report: BatchReport, on_partition: PartitionCallback | None
) -> None:
    """Add each partition's outcome to `report`; stop the engine at a setup error."""
    for outcome in outcomes:
        if outcome.done:
            report.written.append(outcome.done)
        else:
            report.failed[outcome.partition.key] = outcome.failure or "unknown failure"
            log.warning("partition %s failed: %s", outcome.partition.key, outcome.failure)
        if on_partition:
            on_partition(outcome.partition.key, outcome.done)
        if outcome.fatal:
            outcomes.close()  # the other partitions would fail alike
            raise KhabarError(f"batch stopped, partition {outcome.partition.key}: {outcome.failure}")


def check_options(engine: str, scheduler: str | None, workers: int | None) -> None:
    """Raise `InputError` for options that do not go together."""
    if engine not in ENGINES:
        raise InputError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if scheduler and engine != "dask":
        raise InputError("a scheduler address needs the dask engine (--engine dask)")
    if workers is not None and workers < 1:
        raise InputError(f"workers must be at least 1, not {workers}")


def as_list(inputs: str | Path | Iterable[str | Path]) -> list[str | Path]:
    """Return one input or many as a list."""
    return [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
