"""The corpus: ingest, deduplicate, store and search analysed articles (SQLite or PostgreSQL).

    >>> from khabar.store import open_corpus, ingest
    >>> with open_corpus("news.sqlite") as corpus:          # doctest: +SKIP
    ...     ingest(corpus, ["articles.jsonl"])
    ...     hits = corpus.search("همکاری‌های اقتصادی")
"""

from __future__ import annotations

from khabar.store.corpus import Corpus, open_corpus
from khabar.store.ingest import ingest

__all__ = ["Corpus", "ingest", "open_corpus"]
