"""Ingest articles into a corpus: read, skip what is stored, analyse, group copies, write by batch.

Idempotent and resumable: an article's key is the hash of its title and text, and
each batch is written in one transaction, so running the same ingest again (or
after a kill) adds exactly what is missing. A bad item is reported with its file
and line and skipped; the rest goes on.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from khabar.analysis import Analysis
from khabar.article import new_analysis
from khabar.errors import KhabarError
from khabar.store.corpus import Corpus, StoredArticle
from khabar.store.dedup import signature
from khabar.readers import RawArticle, ReadError, checked_date, read_paths
from khabar.store.search import analyze_terms

BATCH_SIZE = 64
Analyzer = Callable[[Analysis], Analysis]


@dataclass
class IngestReport:
    """What one ingest did."""

    read: int = 0
    added: int = 0
    already_stored: int = 0
    joined_story: int = 0
    problems: list[ReadError] = field(default_factory=list)
    warnings: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def content_hash(title: str | None, text: str) -> str:
    """Return the article key: sha256 of its title and text with white space collapsed."""
    canonical = " ".join((title or "").split()) + "\n" + " ".join(text.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def ingest(
    corpus: Corpus,
    paths: Iterable[str | Path],
    *,
    analyzer: Analyzer | None = None,
    batch_size: int = BATCH_SIZE,
    progress: bool = True,
) -> IngestReport:
    """Ingest every article under `paths` into `corpus`.

    corpus (Corpus): the open corpus.
    paths (Iterable[str | Path]): files and directories.
    analyzer (Analysis -> Analysis | None): the pipeline; `khabar.default_pipeline()` when None.
    batch_size (int): articles per transaction.
    progress (bool): show a progress bar with articles/s on stderr.
    RETURNS (IngestReport): counts, and every item skipped or warned about, with file and line.
    """
    if analyzer is None:
        import khabar

        analyzer = khabar.default_pipeline()
    report = IngestReport()
    started = time.perf_counter()
    with progress_bar(progress) as advance:
        for batch in _batches(read_paths(paths), batch_size):
            ingest_batch(corpus, batch, analyzer, report)
            report.seconds = time.perf_counter() - started
            advance(len(batch), report)
    report.seconds = time.perf_counter() - started
    return report


def ingest_batch(corpus: Corpus, items: list[RawArticle | ReadError], analyzer: Analyzer, report: IngestReport) -> None:
    """Analyse the new articles of one batch and store them in one transaction."""
    report.read += len(items)
    report.problems += [item for item in items if isinstance(item, ReadError)]
    fresh = _new_articles(corpus, [item for item in items if isinstance(item, RawArticle)], report)
    stored = [article for article in (_prepare(raw, key, analyzer, report) for raw, key in fresh) if article]
    if stored:
        corpus.add_batch(stored)
    report.added += len(stored)
    report.joined_story += sum(article.joined_story for article in stored)


def _new_articles(corpus: Corpus, raws: list[RawArticle], report: IngestReport) -> list[tuple[RawArticle, str]]:
    """Return the articles not stored yet with their keys; report empty ones and reused ids."""
    keyed: dict[str, RawArticle] = {}
    for raw in raws:
        if not raw.text.strip():
            report.problems.append(ReadError(raw.origin, raw.line, "empty article, skipped"))
            continue
        keyed.setdefault(content_hash(raw.title, raw.text), raw)
    known = corpus.known_hashes(list(keyed))
    report.already_stored += len(raws) - len(keyed) - _count_empty(raws) + len(known)
    fresh = [(raw, key) for key, raw in keyed.items() if key not in known]
    _warn_reused_ids(corpus, [raw for raw, _ in fresh], report)
    return fresh


def _count_empty(raws: list[RawArticle]) -> int:
    return sum(not raw.text.strip() for raw in raws)


def _warn_reused_ids(corpus: Corpus, raws: list[RawArticle], report: IngestReport) -> None:
    """Warn about new content under an id already used: both versions are kept."""
    ids = [raw.id for raw in raws if raw.id]
    reused = corpus.known_external_ids(ids) | {i for i in ids if ids.count(i) > 1}
    for raw in raws:
        if raw.id in reused:
            message = f"id {raw.id!r} already used by an article with different content; both are kept"
            report.warnings.append(ReadError(raw.origin, raw.line, message))


def _prepare(raw: RawArticle, key: str, analyzer: Analyzer, report: IngestReport) -> StoredArticle | None:
    """Analyse one article and derive its search terms and signature; None (reported) when it fails."""
    published = checked_date(raw.published)
    if raw.published and not published:
        report.warnings.append(ReadError(raw.origin, raw.line, f"unreadable date {raw.published!r} ignored"))
    try:
        analysis = analyzer(new_analysis(raw.text, title=raw.title, published=published, id=raw.id,
                                         source=raw.source, url=raw.url))
    except KhabarError as error:
        report.problems.append(ReadError(raw.origin, raw.line, f"cannot analyse: {error}"))
        return None
    except Exception as error:  # noqa: BLE001 - a stage's bug must cost one article, not the whole ingest
        report.problems.append(ReadError(raw.origin, raw.line, f"analysis failed: {type(error).__name__}: {error}"))
        return None
    title = analysis.text[: analysis.body_start] if analysis.title else ""
    body_terms = analyze_terms(analysis.text[analysis.body_start :])
    origin = f"{raw.origin}:{raw.line}" if raw.line is not None else raw.origin
    return StoredArticle(analysis=analysis, hash=key, origin=origin, title_terms=" ".join(analyze_terms(title)),
                         body_terms=" ".join(body_terms), signature=signature(body_terms), terms=body_terms)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class progress_bar:  # noqa: N801 - reads like a function at its call site
    """A rich progress display of articles read, added and articles/s; silent when disabled."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __enter__(self) -> Callable[[int, IngestReport], None]:
        if not self.enabled:
            return lambda count, report: None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.completed} read, {task.fields[added]} added"),
            TextColumn("[bold]{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(),
            console=Console(stderr=True), transient=False,
        )
        self.progress.start()
        task = self.progress.add_task("ingest", total=None, added=0, rate=0.0)
        return lambda count, report: self.progress.update(task, advance=count, added=report.added, rate=report.rate)

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.progress.stop()
