"""Scale-out: the khabar pipeline over many articles, on this machine's cores or a Dask cluster.

    >>> from khabar.batch import run_batch
    >>> report = run_batch("articles.jsonl", "out/", engine="dask")  # doctest: +SKIP

Reads JSONL or Parquet (local or any fsspec URL) and writes Parquet tables: articles,
entities, times, quotes, events and errors; see docs/batch.md.
"""

from __future__ import annotations

from khabar.batch.run import BatchReport, run_batch

__all__ = ["BatchReport", "run_batch"]
