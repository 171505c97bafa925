"""Analyse many articles from files, reporting bad items and going on with the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from khabar.analysis import Analysis
from khabar.article import new_analysis
from khabar.errors import KhabarError
from khabar.io import ArticleInput, ItemError, read_articles
from khabar.pipeline import Pipeline


def analyze_article(pipeline: Pipeline, article: ArticleInput) -> Analysis:
    """Run `pipeline` on one article read from a file."""
    fields = article.fields
    analysis = new_analysis(
        str(fields["text"]),
        title=fields.get("title"),
        published=fields.get("published"),
        reference_date=fields.get("reference_date"),
        id=fields.get("id"),
        source=fields.get("source"),
        url=fields.get("url"),
    )
    analysis.warnings.extend(article.warnings)
    return pipeline(analysis)


def analyze_paths(
    paths: Iterable[Path],
    pipeline: Pipeline,
    *,
    published: str | None = None,
    reference_date: str | None = None,
    on_error: Callable[[ItemError], None] = lambda error: None,
) -> Iterator[Analysis]:
    """Yield the analysis of every readable article; report each bad one through `on_error`."""
    for item in read_articles(paths, published=published, reference_date=reference_date):
        if isinstance(item, ItemError):
            on_error(item)
            continue
        try:
            yield analyze_article(pipeline, item)
        except KhabarError as error:
            on_error(ItemError(item.origin, str(error)))
        except Exception as error:  # noqa: BLE001 - one broken article must not stop the batch
            on_error(ItemError(item.origin, f"internal error while analysing: {type(error).__name__}: {error}"))
