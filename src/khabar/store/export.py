"""Export the corpus as JSONL, CSV or Parquet: one record per article with its full analysis JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from khabar.errors import InputError
from khabar.store.corpus import EXPORT_COLUMNS, Corpus

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_ROWS = 2000  # rows per Parquet row group: bounded memory on a large corpus


def export(corpus: Corpus, output: Path, format_: str) -> int:
    """Write every article to `output` in `format_`; return how many were written."""
    if format_ not in FORMATS:
        raise InputError(f"unknown export format {format_!r}; choose one of {', '.join(FORMATS)}")
    output.parent.mkdir(parents=True, exist_ok=True)
    return {"jsonl": export_jsonl, "csv": export_csv, "parquet": export_parquet}[format_](corpus, output)


def export_jsonl(corpus: Corpus, output: Path) -> int:
    """Write one JSON object per line; `analysis` is nested as an object."""
    count = 0
    with output.open("w", encoding="utf-8") as stream:
        for record in corpus.export_rows():
            record["analysis"] = json.loads(record["analysis"])
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def export_csv(corpus: Corpus, output: Path) -> int:
    """Write a CSV with a header; `analysis` is a JSON string column."""
    count = 0
    with output.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=[*EXPORT_COLUMNS, "analysis"])
        writer.writeheader()
        for record in corpus.export_rows():
            writer.writerow(record)
            count += 1
    return count


def export_parquet(corpus: Corpus, output: Path) -> int:
    """Write a Parquet file in row groups; `analysis` is a JSON string column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.int64() if name in ("id", "story_id") else pa.string())
                        for name in (*EXPORT_COLUMNS, "analysis")])
    count, rows = 0, []
    with pq.ParquetWriter(output, schema) as writer:
        for record in corpus.export_rows():
            rows.append(record)
            if len(rows) == PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count, rows = count + len(rows), []
        if rows or not count:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count
