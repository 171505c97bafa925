"""Refresh stored analyses with the current pipeline, batch by batch, one transaction each."""

from __future__ import annotations

import time
from collections.abc import Callable

from khabar.analysis import Analysis
from khabar.article import new_analysis
from khabar.store.corpus import Corpus
from khabar.store.ingest import BATCH_SIZE, IngestReport, progress_bar
from khabar.store.search import analyze_terms

Analyzer = Callable[[Analysis], Analysis]


def fresh_analysis(stored: Analysis, analyzer: Analyzer) -> Analysis:
    """Re-run `analyzer` from the stored raw article and its metadata."""
    body = stored.raw[len(stored.title) + 1 :] if stored.title and stored.raw.startswith(stored.title + "\n") else stored.raw
    published = stored.published.iso if stored.published.origin == "metadata" else None
    article = new_analysis(body, title=stored.title, published=published, reference_date=stored.reference_date,
                           id=stored.id, source=stored.source, url=stored.url)
    return analyzer(article)


def reanalyze(corpus: Corpus, *, analyzer: Analyzer | None = None, batch_size: int = BATCH_SIZE, progress: bool = True) -> int:
    """Re-analyse every stored article and replace its layers and search terms; return the count."""
    if analyzer is None:
        import khabar

        analyzer = khabar.default_pipeline()
    count, last, report, started = 0, 0, IngestReport(), time.perf_counter()
    with progress_bar(progress) as advance:
        while ids := corpus.article_ids(last, batch_size):
            updates = []
            for article_id in ids:
                analysis = fresh_analysis(corpus.analysis(article_id), analyzer)
                title = analysis.text[: analysis.body_start] if analysis.title else ""
                updates.append((article_id, analysis, " ".join(analyze_terms(title)),
                                " ".join(analyze_terms(analysis.text[analysis.body_start :]))))
            corpus.replace_analyses(updates)
            count, last = count + len(ids), ids[-1]
            report.read = report.added = count
            report.seconds = time.perf_counter() - started
            advance(len(ids), report)
    return count
