"""What runs on a worker: analyse one partition and write it. No stage logic lives here.

The pipeline is built once per worker process and kept (`cached_pipeline`), so models load
once per worker, not once per article or partition.

An article that kills its worker (a crash, or a hang past the time limit) must not kill its
partition forever. Each try of a partition is counted in OUTPUT/_attempts/<key>.json. A retry
is careful: before each article it records the row in hand, so when it dies too, the next try
knows the culprit, records it in the errors table and analyses the rest.
"""

from __future__ import annotations

import faulthandler
import hashlib
import logging
import os
import pickle
import resource
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from khabar.analysis import Analysis
from khabar.article import new_analysis
from khabar.batch.output import Attempt, BatchOutput, PartitionDone
from khabar.batch.sources import Partition, Record, read_partition
from khabar.batch.tables import TableBuilder
from khabar.errors import InputError, ModelError, PipelineError
from khabar.pipeline import Pipeline

log = logging.getLogger(__name__)

PipelineFactory = Callable[[], Callable[[Analysis], Analysis]]

# An article still in the pipeline after this long is taken for hung (a runaway regex, say); news articles
# take well under a second each.
ARTICLE_TIMEOUT_S = 120.0
# A short article for `warmed_up`.
WARM_UP_TITLE = "دیدار وزیران خارجه ایران و ترکیه در تهران"
WARM_UP_TEXT = "به گزارش خبرگزاری فارس، وزیر امور خارجه روز دوشنبه ۱۵ مهر در تهران گفت: «گفت‌وگوها ادامه دارد.»"
# Errors of the installation, not of an article: they fail the whole run.
SETUP_ERRORS = (ModelError, PipelineError)

_pipelines: dict[object, Callable[[Analysis], Analysis]] = {}
_pipelines_lock = threading.Lock()
# One article at a time per process: stages are not written to be shared between threads (and hold the
# GIL anyway), so a Dask worker started with several threads stays correct, only not faster.
_analysis_lock = threading.Lock()


def default_factory() -> Callable[[Analysis], Analysis]:
    """Return khabar's default pipeline: every stage that has landed."""
    from khabar import default_pipeline

    return default_pipeline()


def accurate_factory() -> Callable[[Analysis], Analysis]:
    """Return the default pipeline with the more accurate, slower NER (the CRFs joined by the BiLSTM-CRF)."""
    from khabar import default_pipeline

    return default_pipeline(accurate_ner=True)


def cached_pipeline(factory: PipelineFactory) -> Callable[[Analysis], Analysis]:
    """Return this process's pipeline from `factory`, building it on first use."""
    key = factory_key(factory)
    with _pipelines_lock:
        if key not in _pipelines:
            _pipelines[key] = warmed_up(factory())
        return _pipelines[key]


def warmed_up(pipeline: Callable[[Analysis], Analysis]) -> Callable[[Analysis], Analysis]:
    """Run one short article through a new pipeline, so that lazily loaded models load now."""
    # Loading is slow (seconds): done here, it counts against no article's time limit.
    try:
        pipeline(new_analysis(WARM_UP_TEXT, title=WARM_UP_TITLE))
    except SETUP_ERRORS:
        raise
    except Exception:  # noqa: BLE001 - a stage bug shows again, per article, in the errors table
        log.warning("warm-up article failed", exc_info=True)
    return pipeline


def factory_key(factory: PipelineFactory) -> object:
    """Return a key equal for equal factories, even when each task unpickles a fresh copy (a partial)."""
    try:
        return pickle.dumps(factory)
    except (pickle.PicklingError, TypeError, AttributeError):
        return factory


def process_partition(
    partition: Partition,
    output_url: str,
    factory: PipelineFactory = default_factory,
    article_timeout: float | None = ARTICLE_TIMEOUT_S,
) -> PartitionDone:
    """Analyse every article of `partition`, write its tables and marker, and say how it went."""
    started, cpu_started = time.perf_counter(), time.process_time()
    target = BatchOutput(output_url)
    attempt = begin_attempt(target, partition.key)
    pipeline = cached_pipeline(factory)
    builder = TableBuilder(partition.key)
    for record in read_partition(partition):
        if record.row in attempt.skip:
            add_worker_death(builder, record, attempt.tries - 1, article_timeout)
            continue
        if attempt.tries > 1:  # a retry: say which article is in hand, in case this worker dies too
            target.write_attempt(partition.key, replace(attempt, row=record.row))
        analyse_record(pipeline, record, builder, article_timeout)
    if attempt.tries > 1:
        target.write_attempt(partition.key, attempt)  # past the last article: a death now is no article's fault
    target.write_tables(partition.key, builder.tables())
    done = PartitionDone(
        key=partition.key,
        input=partition.url,
        first_row=partition.first_row,
        rows=partition.rows,
        articles=len(builder.rows["articles"]),
        errors=len(builder.rows["errors"]),
        seconds=round(time.perf_counter() - started, 4),
        cpu_seconds=round(time.process_time() - cpu_started, 4),
        worker=f"{socket.gethostname()}:{os.getpid()}",
        peak_rss_mb=peak_rss_mb(),
    )
    target.mark_done(done)
    return done


def begin_attempt(target: BatchOutput, key: str) -> Attempt:
    """Count this try of partition `key`; the row a careful earlier try died on joins the rows to skip."""
    previous = target.read_attempt(key)
    skip = previous.skip + ((previous.row,) if previous.row is not None else ())
    attempt = Attempt(tries=previous.tries + 1, skip=skip)
    target.write_attempt(key, attempt)
    return attempt


def add_worker_death(builder: TableBuilder, record: Record, tries: int, article_timeout: float | None) -> None:
    """Record an article that took its worker process down instead of analysing it again."""
    limit = f"ran over {article_timeout:g} s, or " if article_timeout else ""
    builder.add_error(
        article_id=article_id_of(record) if record.problem is None else None,
        input_url=record.url,
        row=record.row,
        stage=None,
        error="WorkerDied",
        message=f"the worker process died while analysing this article ({limit}crashed); skipped after {tries} tries",
    )


def analyse_record(
    pipeline: Callable[[Analysis], Analysis], record: Record, builder: TableBuilder, timeout: float | None = None
) -> None:
    """Analyse one record into `builder`; a failure becomes a row of the errors table."""
    if record.problem is not None:
        builder.add_error(
            article_id=None,
            input_url=record.url,
            row=record.row,
            stage="read",
            error="InputError",
            message=record.problem,
        )
        return
    article_id = article_id_of(record)
    analysis: Analysis | None = None
    try:
        analysis = build_analysis(record, article_id)
        with _analysis_lock:
            analysis = run_with_time_limit(pipeline, analysis, timeout)
    except SETUP_ERRORS:
        raise  # not this article's fault: fail the partition, so that a rerun after the fix redoes it
    except Exception as error:  # noqa: BLE001 - one broken article must not stop its partition
        builder.add_error(
            article_id=article_id,
            input_url=record.url,
            row=record.row,
            stage=failed_stage(pipeline, analysis),
            error=type(error).__name__,
            message=str(error),
        )
        return
    builder.add_analysis(
        analysis,
        input_url=record.url,
        row=record.row,
        title=as_text(record.fields.get("title")),
        text=str(record.fields["text"]),
    )


def run_with_time_limit(
    pipeline: Callable[[Analysis], Analysis], analysis: Analysis, timeout: float | None
) -> Analysis:
    """Run the pipeline on one article; past `timeout` seconds, end this process (its retry skips the article)."""
    if timeout is None:
        return pipeline(analysis)
    # faulthandler's watchdog is a C thread: it fires even while a stage holds the GIL in a runaway regex,
    # which no Python-level timer can interrupt. It prints the stack (the worker's log says where), then exits.
    faulthandler.dump_traceback_later(timeout, exit=True)
    try:
        return pipeline(analysis)
    finally:
        faulthandler.cancel_dump_traceback_later()


def build_analysis(record: Record, article_id: str) -> Analysis:
    """Return a fresh `Analysis` of a record's fields, or raise `InputError`."""
    fields = record.fields
    text = fields.get("text")
    if not isinstance(text, str):
        raise InputError("the article has no 'text' string")
    if not text.strip() and not (as_text(fields.get("title")) or "").strip():
        raise InputError("empty article")
    analysis = new_analysis(
        text,
        title=as_text(fields.get("title")),
        published=fields.get("published"),
        reference_date=fields.get("reference_date"),
        id=article_id,
        source=as_text(fields.get("source")),
        url=as_text(fields.get("url")),
    )
    analysis.warnings.extend(record.warnings)
    return analysis


def article_id_of(record: Record) -> str:
    """Return the record's id, or one derived from its URL or its content when it has none."""
    given = record.fields.get("id")
    if given is not None and str(given).strip():
        return str(given)
    basis = (
        as_text(record.fields.get("url")) or f"{record.fields.get('title') or ''}\n{record.fields.get('text') or ''}"
    )
    return "sha1:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def as_text(value: object) -> str | None:
    """Return a field as text, None staying None."""
    return None if value is None else str(value)


def failed_stage(pipeline: Callable[[Analysis], Analysis], analysis: Analysis | None) -> str | None:
    """Name the stage that raised, from the stages the analysis had finished."""
    if analysis is None:
        return "read"
    if not isinstance(pipeline, Pipeline):
        return None
    finished = len(analysis.stages)
    return pipeline.stages[finished].name if finished < len(pipeline.stages) else None


def peak_rss_mb() -> float:
    """Return this process's peak resident memory in MiB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def pipeline_of(stages: tuple[str, ...]) -> Pipeline:
    """Return a pipeline of the named stages (use as `functools.partial(pipeline_of, stages)`)."""
    return Pipeline(stages)
