"""Read articles from files: .txt, .html, JSONL, JSON arrays, Parquet, .gz, directories.

`khabar analyze` and `khabar ingest` both read through `read_paths`. Every reader yields
`RawArticle`s or `ReadError`s, each naming its file and line (or item number in a JSON
array / Parquet file), so one bad item is reported and skipped while the rest of the
file is read. JSONL is streamed line by line with a length cap, so a 100 MB line is
rejected without being held in memory. Bytes are decoded by `khabar.io.decode_bytes`
(UTF-8, then Windows-1256 or a detected encoding, with a warning the article keeps).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlparse

from khabar.errors import InputError
from khabar.io import decode_bytes
from khabar.time.calendar import parse_iso_date

MAX_LINE_BYTES = 8 * 1024 * 1024  # one JSONL article; longer lines are rejected, not read whole
MAX_FILE_BYTES = 64 * 1024 * 1024  # a whole-file format (.txt, .html, .json) read into memory
READ_CHUNK = 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".parquet")
# An article longer than this is almost surely a dump, not one article; `khabar normalize` streams any size.
MAX_ARTICLE_CHARS = 2_000_000

# Hosts of known outlets -> the source name stored when a record names none.
OUTLET_HOSTS: dict[str, str] = {
    "farsnews.ir": "Fars",
    "farsnews.com": "Fars",
    "varzesh3.com": "Varzesh3",
    "irna.ir": "IRNA",
    "isna.ir": "ISNA",
    "mehrnews.com": "Mehr",
    "tasnimnews.com": "Tasnim",
}


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before analysis."""

    text: str
    origin: str
    line: int | None = None
    id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    reference_date: str | None = None  # when the article was collected, for dates written without a year
    warnings: tuple[str, ...] = ()  # what reading it noticed (a legacy encoding, replaced bytes)


@dataclass(frozen=True)
class ReadError:
    """An item that could not be read: where it is and why."""

    origin: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{where}: {self.message}"


Item = RawArticle | ReadError


def read_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Yield every article under `paths`, directories recursively, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _format_of(p.name))
            if not files:
                yield ReadError(str(path), None, f"no article files in this directory ({', '.join(SUFFIXES)} or .gz)")
            for file in files:
                yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield ReadError(str(path), None, "no such file or directory")


def read_file(path: Path) -> Iterator[Item]:
    """Yield the articles of one file, chosen by its suffix (.gz unwrapped)."""
    kind = _format_of(path.name)
    origin = str(path)
    if kind is None:
        yield ReadError(origin, None, f"unknown file type {path.suffix!r}; expected one of {', '.join(SUFFIXES)} or .gz")
        return
    try:
        with _open_binary(path) as stream:
            yield from READERS[kind](stream, origin)
    except (OSError, EOFError, zlib.error) as error:  # a truncated or corrupt .gz
        yield ReadError(origin, None, f"cannot read: {error}")


def _format_of(name: str) -> str | None:
    name = name.lower().removesuffix(".gz")
    return next((suffix for suffix in SUFFIXES if name.endswith(suffix)), None)


def _open_binary(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def decode(data: bytes, origin: str) -> tuple[str, list[str]] | ReadError:
    """Decode bytes the way every reader does; return the text and warnings, or say why not."""
    try:
        return decode_bytes(data, origin)
    except InputError as error:
        return ReadError(origin, None, str(error).removeprefix(f"{origin}: "))


def _read_whole(stream: IO[bytes], origin: str) -> tuple[str, list[str]] | ReadError:
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        return ReadError(origin, None, f"file larger than {MAX_FILE_BYTES // 2**20} MiB; split it or use JSONL")
    return decode(data, origin)


TextReader = Callable[[str, list[str], str], Iterator[Item]]  # (decoded text, decoding warnings, origin)
StreamReader = Callable[[IO[bytes], str], Iterator[Item]]  # (byte stream, origin)


def whole_file(read_text: TextReader) -> StreamReader:
    """Turn a reader of a whole decoded file (text, decoding warnings, origin) into a reader of its bytes."""

    def read(stream: IO[bytes], origin: str) -> Iterator[Item]:
        decoded = _read_whole(stream, origin)
        if isinstance(decoded, ReadError):
            yield decoded
        else:
            yield from read_text(*decoded, origin)

    return read


def read_txt(text: str, warnings: list[str], origin: str) -> Iterator[Item]:
    """Yield a .txt file as one article, its id the file's name."""
    yield checked(RawArticle(text=text, origin=origin, id=_file_id(origin), warnings=tuple(warnings)))


def _file_id(origin: str) -> str | None:
    """Return a file's name without its suffix (and .gz): the id of the one article a .txt or .html file holds."""
    name = Path(origin).name
    return Path(name[:-3] if name.lower().endswith(".gz") else name).stem or None


def checked(article: RawArticle) -> Item:
    """Return the article, or an error when it is too long to be one article."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        message = (f"article too long ({len(article.text):,} characters, limit {MAX_ARTICLE_CHARS:,}); "
                   "split it, or repair it with `khabar normalize`")
        return ReadError(article.origin, article.line, message)
    return article


def read_html(html: str, warnings: list[str], origin: str) -> Iterator[Item]:
    """Yield the main text, title and date of an HTML page (trafilatura)."""
    import trafilatura

    document = trafilatura.bare_extraction(_shield_zwnj(html), with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        yield ReadError(origin, None, "no main text found in the HTML page")
        return
    title, text = _restore_zwnj(document.title), _restore_zwnj(document.text)
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]  # the <h1> repeats the title, which the article keeps apart
    yield checked(RawArticle(text=text, origin=origin, id=_file_id(origin), title=title, published=document.date,
                             url=document.url, source=document.sitename, warnings=tuple(warnings)))


# trafilatura deletes zero-width characters, which would glue «همکاری‌های» into «همکاریهای»: the
# half-space travels through extraction as a printable stand-in that news text does not use.
ZWNJ_FORMS = re.compile(r"\u200c|&zwnj;|&#8204;|&#x200c;", re.IGNORECASE)
ZWNJ_STAND_IN = "\u2e3b"


def _shield_zwnj(html: str) -> str:
    return html if ZWNJ_STAND_IN in html else ZWNJ_FORMS.sub(ZWNJ_STAND_IN, html)


def _restore_zwnj(text: str | None) -> str | None:
    return text.replace(ZWNJ_STAND_IN, "\u200c") if text else text


def read_jsonl(stream: IO[bytes], origin: str) -> Iterator[Item]:
    """Yield one article per JSON line, streaming; over-long or malformed lines are reported."""
    for number, line in _bounded_lines(stream):
        if line is None:
            yield ReadError(origin, number, f"line longer than {MAX_LINE_BYTES // 2**20} MiB, skipped")
            continue
        if not line.strip():
            continue
        decoded = decode(line, origin)
        if isinstance(decoded, ReadError):
            yield ReadError(origin, number, decoded.message)
            continue
        text, warnings = decoded
        yield from _records([_parse_json(text, origin, number)], origin, number, warnings)


def _bounded_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, bytes) with None for a line over MAX_LINE_BYTES, which is skipped unread."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(READ_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _parse_json(text: str, origin: str, line: int | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        return ReadError(origin, line, f"malformed JSON: {error.msg} at column {error.colno}")


def read_json(text: str, warnings: list[str], origin: str) -> Iterator[Item]:
    """Yield the articles of a JSON array (news_langml shape) or of a single JSON object."""
    data = _parse_json(text, origin, None)
    if isinstance(data, ReadError) and "Extra data" in data.message:  # JSON lines saved as .json
        yield from read_jsonl(io.BytesIO(text.encode("utf-8")), origin)
        return
    if isinstance(data, dict):
        data = [data]
    if isinstance(data, list):
        for number, record in enumerate(data, start=1):
            yield from _records([record], origin, number, warnings)
    else:
        yield data if isinstance(data, ReadError) else ReadError(origin, None, "expected a JSON array or object")


def read_parquet(stream: IO[bytes], origin: str) -> Iterator[Item]:
    """Yield one article per Parquet row (columns as in JSONL)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table_file = pq.ParquetFile(io.BytesIO(stream.read()))
    except (pa.ArrowException, OSError) as error:
        yield ReadError(origin, None, f"not a Parquet file: {error}")
        return
    number = 0
    for batch in table_file.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            number += 1
            yield from _records([record], origin, number)


def _records(records: list[Any], origin: str, line: int | None, warnings: Iterable[str] = ()) -> Iterator[Item]:
    for record in records:
        yield record if isinstance(record, ReadError) else article_from_record(record, origin, line, warnings)


def article_from_record(record: Any, origin: str, line: int | None, warnings: Iterable[str] = ()) -> Item:
    """Map one JSON record (gold articles.jsonl or news_langml shape) to a `RawArticle`."""
    if not isinstance(record, dict):
        return ReadError(origin, line, f"expected a JSON object, got {type(record).__name__}")
    text = _record_text(record)
    if text is None:
        return ReadError(origin, line, "no text: expected 'text', or 'abstract'/'paragraphs'")
    url = _string(record.get("url") or record.get("link"))
    published = _string(record.get("published") or record.get("date"))
    return checked(RawArticle(
        text=text, origin=origin, line=line,
        id=_string(record.get("id") or record.get("code")),
        title=_string(record.get("title")),
        published=published or published_from_url(url),
        source=_string(record.get("source")) or source_from_url(url),
        url=url,
        reference_date=_string(record.get("reference_date")),
        warnings=tuple(warnings),
    ))


def _record_text(record: dict[str, Any]) -> str | None:
    if isinstance(record.get("text"), str):
        return record["text"]
    pieces = [record.get("abstract")] + (record.get("paragraphs") if isinstance(record.get("paragraphs"), list) else [])
    pieces = [piece.strip() for piece in pieces if isinstance(piece, str) and piece.strip()]
    return "\n".join(pieces) if pieces else None


def _string(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    value = str(value).strip()
    return value or None


def source_from_url(url: str | None) -> str | None:
    """Return the outlet a URL belongs to, when its host is known."""
    if not url:
        return None
    host = (urlparse(url).hostname or "").removeprefix("www.")
    return next((name for suffix, name in OUTLET_HOSTS.items() if host == suffix or host.endswith("." + suffix)), None)


# Fars news ids carry the Jalali date: 10 digits YYMMDD+serial (13YY), 14 digits YYYYMMDD+serial.
FARS_ID = re.compile(r"farsnews\.(?:ir|com)/news/(\d{10}|\d{14})(?:\D|$)")


def published_from_url(url: str | None) -> str | None:
    """Return the ISO date encoded in a Fars news URL, when it decodes to a real day."""
    import jdatetime

    match = FARS_ID.search(url or "")
    if not match:
        return None
    digits = match.group(1)
    year, rest = (1300 + int(digits[:2]), digits[2:6]) if len(digits) == 10 else (int(digits[:4]), digits[4:8])
    if year < 1370:
        return None  # another id scheme: the date is unknown
    try:
        day = jdatetime.date(year, int(rest[:2]), int(rest[2:])).togregorian()
    except ValueError:
        return None
    return day.isoformat() if day <= dt.date.today() else None


def checked_date(value: str | None) -> str | None:
    """Return an ISO date from a record's date (a timestamp is cut to its day), or None."""
    if not value:
        return None
    try:
        day = parse_iso_date(value[:10])
    except (TypeError, ValueError):
        return None
    return day.isoformat() if day else None


READERS = {
    ".txt": whole_file(read_txt), ".html": whole_file(read_html), ".htm": whole_file(read_html),
    ".json": whole_file(read_json), ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".parquet": read_parquet,
}
