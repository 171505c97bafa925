"""khabar: raw Persian news to trustworthy, searchable knowledge, offline.

    >>> import khabar
    >>> analysis = khabar.analyze("وزرای دفاع ایران و بلاروس روز دوشنبه تفاهمنامه امضا کردند.")
    >>> analysis.text
    'وزرای دفاع ایران و بلاروس روز دوشنبه تفاهم‌نامه امضا کردند.'
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache

from khabar.analysis import Analysis
from khabar.article import new_analysis
from khabar.pipeline import ACCURATE_STAGES, DEFAULT_STAGES, Pipeline

__all__ = ["Analysis", "Pipeline", "analyze", "new_analysis"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


@lru_cache(maxsize=2)
def default_pipeline(*, accurate_ner: bool = False) -> Pipeline:
    """The pipeline with every stage; `accurate_ner` joins the NER CRFs with the BiLSTM-CRF (slower)."""
    return Pipeline(ACCURATE_STAGES if accurate_ner else DEFAULT_STAGES)


def analyze(
    text: str,
    *,
    title: str | None = None,
    published: str | dt.date | None = None,
    reference_date: str | dt.date | None = None,
    id: str | None = None,  # noqa: A002 - the article's own field name
    source: str | None = None,
    url: str | None = None,
) -> Analysis:
    """Analyse one article.

    text (str): the article body, as scraped.
    title (str | None): its headline, analysed as the first line.
    published (str | date | None): publication date, YYYY-MM-DD.
    reference_date (str | date | None): the date the article was collected; completes a dateline without a year.
    RETURNS (Analysis): the record with every layer the pipeline fills.
    """
    analysis = new_analysis(
        text, title=title, published=published, reference_date=reference_date, id=id, source=source, url=url
    )
    return default_pipeline()(analysis)
