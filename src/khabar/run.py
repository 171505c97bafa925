"""Analyse many articles from files, reporting bad items and going on with the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from khabar.analysis import Analysis
from khabar.article import new_analysis
from khabar.errors import KhabarError
from khabar.pipeline import Pipeline
from khabar.readers import RawArticle, ReadError, read_paths


def analyze_article(pipeline: Pipeline, article: RawArticle) -> Analysis:
    """Run `pipeline` on one article read from a file."""
    analysis = new_analysis(
        article.text,
        title=article.title,
        published=article.published,
        reference_date=article.reference_date,
        id=article.id,
        source=article.source,
        url=article.url,
    )
    analysis.warnings.extend(article.warnings)
    return pipeline(analysis)


def analyze_paths(
    paths: Iterable[Path],
    pipeline: Pipeline,
    *,
    published: str | None = None,
    reference_date: str | None = None,
    on_error: Callable[[ReadError], None] = lambda error: None,
) -> Iterator[Analysis]:
    """Yield the analysis of every readable article; report each bad one through `on_error`.

    `published` and `reference_date` stand in for articles that carry none (a .txt file carries neither).
    """
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            on_error(item)
            continue
        if not item.text.strip() and not (item.title or "").strip():
            on_error(ReadError(item.origin, item.line, "empty article"))
            continue
        article = replace(item, published=item.published or published,
                          reference_date=item.reference_date or reference_date)
        try:
            yield analyze_article(pipeline, article)
        except KhabarError as error:
            on_error(ReadError(item.origin, item.line, str(error)))
        except Exception as error:  # noqa: BLE001 - one broken article must not stop the batch
            on_error(ReadError(item.origin, item.line, f"internal error while analysing: {type(error).__name__}: {error}"))
