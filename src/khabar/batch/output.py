"""The output folder of a batch: one Parquet dataset per table, written a partition at a time.

Layout (any fsspec URL; workers write straight to it, so on a cluster it must be storage
every worker reaches):

    OUTPUT/_batch.json                      the run's settings, checked on a rerun
    OUTPUT/<table>/part-<key>.parquet       one file per partition in each table
    OUTPUT/_done/<key>.json                 written last: the partition is complete
    OUTPUT/_attempts/<key>.json             tries of a partition not yet complete (see worker.py)

Each file is written under a temporary name starting with '.', then renamed, and the
`_done` marker comes after all six tables, so an interrupted write leaves no marker and is
redone on the next run. Readers (pyarrow.dataset, pandas, DuckDB with a `*.parquet` glob)
skip names starting with '.' or '_'.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from khabar.batch.tables import TABLES, schemas
from khabar.errors import InputError

FORMAT_VERSION = 1
SETTINGS_FILE = "_batch.json"
DONE_DIR = "_done"
ATTEMPTS_DIR = "_attempts"
TEMP_PREFIX = "."
# zstd packs the long `analysis` JSON column about twice as tight as the default snappy.
COMPRESSION = "zstd"


@dataclass(frozen=True)
class PartitionDone:
    """What a finished partition reports, also kept in its `_done` marker."""

    key: str
    input: str
    first_row: int
    rows: int
    articles: int
    errors: int
    seconds: float
    cpu_seconds: float
    worker: str
    peak_rss_mb: float


@dataclass(frozen=True)
class Attempt:
    """A partition's tries so far: a try that finds one before it knows its worker died."""

    tries: int = 0
    row: int | None = None  # the row a careful try was analysing when last heard of
    skip: tuple[int, ...] = ()  # rows that took their worker down: recorded as errors, not analysed again

    def __post_init__(self) -> None:
        object.__setattr__(self, "skip", tuple(self.skip))


class BatchOutput:
    """Read and write the partitions of one output folder."""

    def __init__(self, url: str):
        self.url = str(url).rstrip("/")
        self.fs, self.root = fsspec.core.url_to_fs(self.url)
        self.full_url = self.fs.unstrip_protocol(self.root)  # absolute, with protocol: comparable to input URLs

    def path(self, *parts: str) -> str:
        """Return the path of `parts` under the output root."""
        return "/".join([self.root, *parts])

    def prepare(self, partition_size: int) -> None:
        """Create the folders; refuse an output written with another partition size."""
        settings = {"format_version": FORMAT_VERSION, "partition_size": partition_size}
        settings_path = self.path(SETTINGS_FILE)
        if self.fs.exists(settings_path):
            with self.fs.open(settings_path, "r", encoding="utf-8") as handle:
                previous = json.load(handle)
            if previous != settings:
                raise InputError(
                    f"this output was written with {previous}, not {settings}: rerun with the same "
                    "--partition-size, or write to a new output",
                    source=self.url,
                )
        for folder in (*TABLES, DONE_DIR, ATTEMPTS_DIR):
            self.fs.makedirs(self.path(folder), exist_ok=True)
        self.remove_temporary_files()
        if not self.fs.exists(settings_path):
            self.write_atomically(settings_path, json.dumps(settings).encode("utf-8"))

    def remove_temporary_files(self) -> None:
        """Delete what an interrupted run left half-written."""
        for folder in (*TABLES, DONE_DIR, ATTEMPTS_DIR):
            for path in self.fs.ls(self.path(folder), detail=False):
                if path.rsplit("/", 1)[-1].startswith(TEMP_PREFIX):
                    self.fs.rm(path)

    def done_keys(self) -> set[str]:
        """Return the keys of the partitions already complete."""
        done_path = self.path(DONE_DIR)
        if not self.fs.exists(done_path):
            return set()
        names = (path.rsplit("/", 1)[-1] for path in self.fs.ls(done_path, detail=False))
        return {
            name.removesuffix(".json") for name in names if name.endswith(".json") and not name.startswith(TEMP_PREFIX)
        }

    def write_tables(self, key: str, tables: dict[str, pa.Table]) -> None:
        """Write one partition's tables, each file atomically; `mark_done` must follow."""
        for table, data in tables.items():
            self.write_table(self.path(table, f"part-{key}.parquet"), data)

    def mark_done(self, done: PartitionDone) -> None:
        """Write the marker that makes a partition complete, last of all, and forget its attempts."""
        self.write_atomically(self.path(DONE_DIR, f"{done.key}.json"), json.dumps(asdict(done)).encode("utf-8"))
        attempts_path = self.path(ATTEMPTS_DIR, f"{done.key}.json")
        if self.fs.exists(attempts_path):
            self.fs.rm(attempts_path)

    def read_attempt(self, key: str) -> Attempt:
        """Return what earlier tries of partition `key` left: how many, and the rows that killed their worker."""
        path = self.path(ATTEMPTS_DIR, f"{key}.json")
        if not self.fs.exists(path):
            return Attempt()
        with self.fs.open(path, "r", encoding="utf-8") as handle:
            return Attempt(**json.load(handle))

    def write_attempt(self, key: str, attempt: Attempt) -> None:
        """Record the state of the current try of partition `key`."""
        self.write_atomically(self.path(ATTEMPTS_DIR, f"{key}.json"), json.dumps(asdict(attempt)).encode("utf-8"))

    def write_table(self, path: str, data: pa.Table) -> None:
        """Write a Parquet file under a temporary name, then rename it into place."""
        temporary = self.temporary_path(path)
        with self.fs.open(temporary, "wb") as handle:
            pq.write_table(data, handle, compression=COMPRESSION)
        self.fs.mv(temporary, path)

    def write_atomically(self, path: str, data: bytes) -> None:
        """Write bytes under a temporary name, then rename them into place."""
        temporary = self.temporary_path(path)
        with self.fs.open(temporary, "wb") as handle:
            handle.write(data)
        self.fs.mv(temporary, path)

    def temporary_path(self, path: str) -> str:
        """Return a unique hidden name beside `path`."""
        folder, name = path.rsplit("/", 1)
        return f"{folder}/{TEMP_PREFIX}{name}.{uuid.uuid4().hex}.tmp"

    def read_done(self) -> list[PartitionDone]:
        """Return the markers of the complete partitions."""
        markers = []
        for key in sorted(self.done_keys()):
            with self.fs.open(self.path(DONE_DIR, f"{key}.json"), "r", encoding="utf-8") as handle:
                markers.append(PartitionDone(**json.load(handle)))
        return markers

    def read_table(self, table: str) -> pa.Table:
        """Read one whole table of the complete partitions, in partition order."""
        files = [self.path(table, f"part-{key}.parquet") for key in sorted(self.done_keys())]
        parts = []
        for path in files:
            with self.fs.open(path, "rb") as handle:
                parts.append(pq.read_table(handle))
        return pa.concat_tables(parts) if parts else schemas()[table].empty_table()
