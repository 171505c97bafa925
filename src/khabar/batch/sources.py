"""Find the input files of a batch, cut them into partitions, and read one partition back.

Inputs are JSONL (optionally compressed: .gz, .bz2, .xz, .zst) or Parquet files, directories
of them, or glob patterns, given as local paths or any fsspec URL (s3://, gs://, https://, ...).
The driver only plans: it lists the files and cuts them into partitions of about
`partition_size` articles. Each worker then reads its own partition straight from the
source, so no article text travels through the scheduler.

A partition's key depends only on its file's URL and its first row, so a rerun with the
same inputs and partition size finds the same partitions and can skip those it wrote.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

import fsspec
import pyarrow.parquet as pq

from khabar.errors import InputError
from khabar.io import ARTICLE_FIELDS, decode_bytes

Format = Literal["jsonl", "parquet"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
GLOB_CHARS = "*?["
COMPRESSION_SUFFIXES = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd"}


@dataclass(frozen=True)
class Partition:
    """A slice of one input file: what one task analyses and writes."""

    key: str
    url: str
    format: Format
    first_row: int
    rows: int
    compression: str | None = None
    byte_range: tuple[int, int] | None = None  # bytes of an uncompressed JSONL slice, to seek straight to it
    row_groups: tuple[int, ...] = ()  # the Parquet row groups of this slice


@dataclass
class Record:
    """One input row: the article's fields, or why it could not be read."""

    url: str
    row: int
    fields: dict[str, object] = field(default_factory=dict)
    problem: str | None = None
    warnings: list[str] = field(default_factory=list)


def find_input_files(inputs: Iterable[str], exclude: str | None = None) -> list[tuple[str, Format, str | None]]:
    """Return (url, format, compression) of every input file once, in a stable order, none under `exclude`."""
    found: dict[str, tuple[str, Format, str | None]] = {}
    for given in inputs:
        fs, path = fsspec.core.url_to_fs(str(given))
        for file in expand_input(fs, path, str(given)):
            url = fs.unstrip_protocol(file)
            # An output folder inside an input folder holds Parquet files too: never read them back as input.
            if not (exclude and url.startswith(exclude.rstrip("/") + "/")):
                found.setdefault(url, (url, *detect_format(file)))
    if not found:
        raise InputError("no input files (the only ones found are in the output folder)", source=", ".join(inputs))
    return list(found.values())


def expand_input(fs: fsspec.AbstractFileSystem, path: str, given: str) -> list[str]:
    """Return the input files one argument names: a file, a directory (recursively) or a glob pattern."""
    if any(char in path for char in GLOB_CHARS):
        files = sorted(p for p in fs.glob(path) if fs.isfile(p) and detect_format(p) is not None)
        if not files:
            raise InputError("no .jsonl or .parquet files match this pattern", source=given)
        return files
    if fs.isdir(path):
        files = sorted(p for p in fs.find(path) if detect_format(p) is not None)
        if not files:
            raise InputError("no .jsonl or .parquet files in this directory", source=given)
        return files
    if not fs.exists(path):
        raise InputError("no such file or directory", source=given)
    if detect_format(path) is None:
        raise InputError("not a JSONL or Parquet file (by its name)", source=given)
    return [path]


def detect_format(path: str) -> tuple[Format, str | None] | None:
    """Return the format and compression a file name says, or None for other files."""
    name = path.lower()
    compression = next((codec for suffix, codec in COMPRESSION_SUFFIXES.items() if name.endswith(suffix)), None)
    if compression:
        name = name.rsplit(".", 1)[0]
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl", compression
    if name.endswith(PARQUET_SUFFIXES) and compression is None:
        return "parquet", None
    return None


def plan_partitions(inputs: Iterable[str], partition_size: int, exclude: str | None = None) -> list[Partition]:
    """Cut every input file (none under `exclude`) into partitions of about `partition_size` rows."""
    if partition_size < 1:
        raise InputError(f"partition size must be at least 1, not {partition_size}")
    partitions: list[Partition] = []
    for url, fmt, compression in find_input_files(inputs, exclude):
        if fmt == "parquet":
            partitions.extend(plan_parquet(url, partition_size))
        else:
            partitions.extend(plan_jsonl(url, compression, partition_size))
    return partitions


def partition_key(url: str, first_row: int) -> str:
    """Name a partition by its file and first row, stable across runs."""
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
    return f"{digest}-{first_row:09d}"


def plan_jsonl(url: str, compression: str | None, partition_size: int) -> Iterator[Partition]:
    """Cut a JSONL file into slices of `partition_size` lines; remember byte offsets when it can seek."""
    starts = [(0, 0)]  # (row, byte offset) where each slice starts
    row = offset = 0
    with fsspec.open(url, "rb", compression=compression) as handle:
        for line in handle:
            row += 1
            offset += len(line)
            if row % partition_size == 0:
                starts.append((row, offset))
    if starts[-1][0] < row:
        starts.append((row, offset))
    for (first, begin), (stop, end) in zip(starts, starts[1:], strict=False):
        yield Partition(
            key=partition_key(url, first),
            url=url,
            format="jsonl",
            first_row=first,
            rows=stop - first,
            compression=compression,
            byte_range=None if compression else (begin, end),
        )


def plan_parquet(url: str, partition_size: int) -> Iterator[Partition]:
    """Group a Parquet file's row groups into slices of at least `partition_size` rows."""
    with fsspec.open(url, "rb") as handle:
        metadata = pq.ParquetFile(handle).metadata
    group: list[int] = []
    first = rows = 0
    for index in range(metadata.num_row_groups):
        group.append(index)
        rows += metadata.row_group(index).num_rows
        if rows >= partition_size or index == metadata.num_row_groups - 1:
            yield Partition(partition_key(url, first), url, "parquet", first, rows, row_groups=tuple(group))
            first, rows, group = first + rows, 0, []


def read_partition(partition: Partition) -> list[Record]:
    """Read the rows of one partition, each as fields or a problem; blank lines are skipped."""
    if partition.format == "parquet":
        return read_parquet_rows(partition)
    return [parse_jsonl_line(partition.url, row, line) for row, line in read_jsonl_lines(partition) if line.strip()]


def read_jsonl_lines(partition: Partition) -> Iterator[tuple[int, bytes]]:
    """Yield (row, line bytes) of a JSONL slice."""
    with fsspec.open(partition.url, "rb", compression=partition.compression) as handle:
        if partition.byte_range:
            begin, end = partition.byte_range
            handle.seek(begin)
            lines = handle.read(end - begin).splitlines()
        else:
            # A compressed stream cannot seek: read past the earlier rows.
            lines = list(itertools.islice(handle, partition.first_row, partition.first_row + partition.rows))
    for offset, line in enumerate(lines):
        yield partition.first_row + offset, line


def parse_jsonl_line(url: str, row: int, line: bytes) -> Record:
    """Turn one JSONL line into a record, or a record that says what is wrong with it."""
    record = Record(url, row)
    try:
        text, record.warnings = decode_bytes(line, f"{url}:{row + 1}")
        value = json.loads(text)
    except InputError as error:
        record.problem = str(error)
        return record
    except json.JSONDecodeError as error:
        record.problem = f"malformed JSON ({error.msg} at column {error.colno})"
        return record
    if not isinstance(value, dict):
        record.problem = "expected a JSON object with a 'text' field"
    else:
        record.fields = {name: value[name] for name in ARTICLE_FIELDS if value.get(name) is not None}
    return record


def read_parquet_rows(partition: Partition) -> list[Record]:
    """Read a Parquet slice's article columns as records."""
    with fsspec.open(partition.url, "rb") as handle:
        parquet = pq.ParquetFile(handle)
        columns = [name for name in ARTICLE_FIELDS if name in parquet.schema_arrow.names]
        rows = parquet.read_row_groups(list(partition.row_groups), columns=columns).to_pylist()
    return [
        Record(partition.url, partition.first_row + offset, {k: v for k, v in row.items() if v is not None})
        for offset, row in enumerate(rows)
    ]
