"""Read articles from files: plain text, JSONL, or directories of them.

Every problem is reported per item (`ItemError`, with file and line) so that one bad
article never stops a batch; bytes are decoded with care (UTF-8, then a detected
legacy encoding such as Windows-1256, common on older Persian sites).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import charset_normalizer

from khabar.errors import InputError
from khabar.text.normalize import DEFAULT_OPTIONS, NormalizeOptions, normalize_text

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_FIELDS = ("id", "title", "text", "published", "url", "source", "reference_date")
# An article longer than this is almost surely a dump, not one article; `khabar normalize` streams any size.
MAX_ARTICLE_CHARS = 2_000_000
# Share of NUL or control bytes above which a file is taken for binary.
BINARY_BYTE_SHARE = 0.10
# Invalid UTF-8 bytes tolerated (replaced, with a warning) before another encoding is tried.
UTF8_ERROR_SHARE = 0.01
UTF8_MIN_ERRORS = 8
# Windows-1256 is taken when most letters it decodes to are Arabic-script letters.
ARABIC_SCRIPT_SHARE = 0.6


@dataclass
class ArticleInput:
    """One article's fields as read, and where it came from."""

    fields: dict[str, object]
    origin: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class ItemError:
    """An item that could not be read: reported, then skipped."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode a file's bytes; return the text and any warnings, or raise `InputError`."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    if _looks_binary(data):
        raise InputError("binary file, not text", source=name)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(UTF8_MIN_ERRORS, UTF8_ERROR_SHARE * len(data)):
        return text, [f"{bad} invalid UTF-8 byte(s) replaced"]
    legacy = _decode_windows_1256(data)
    if legacy is not None:
        return legacy, ["decoded as cp1256 (Windows-1256)"]
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None:
        raise InputError("cannot tell the text encoding (not UTF-8, and no other encoding fits)", source=name)
    return str(guess), [f"decoded as {guess.encoding}"]


def _decode_windows_1256(data: bytes) -> str | None:
    """Decode legacy Persian pages (Windows-1256), if the bytes read as Arabic-script text."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    arabic_script = sum(1 for char in letters if "\u0600" <= char <= "\u06ff")
    return text if letters and arabic_script / len(letters) >= ARABIC_SCRIPT_SHARE else None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return controls / len(sample) > BINARY_BYTE_SHARE


def read_articles(
    paths: Iterable[Path], *, published: str | None = None, reference_date: str | None = None
) -> Iterator[ArticleInput | ItemError]:
    """Yield every article in `paths` (files or directories), or an error for each bad item."""
    defaults = {"published": published, "reference_date": reference_date}
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES)
            if not files:
                yield ItemError(str(path), "no .txt or .jsonl files in this directory")
            for file in files:
                yield from _read_file(file, defaults)
        elif path.is_file():
            yield from _read_file(path, defaults)
        else:
            yield ItemError(str(path), "no such file or directory")


def _read_file(path: Path, defaults: dict[str, str | None]) -> Iterator[ArticleInput | ItemError]:
    try:
        data = path.read_bytes()
        text, warnings = decode_bytes(data, str(path))
    except OSError as error:
        yield ItemError(str(path), f"cannot read: {error.strerror or error}")
        return
    except InputError as error:
        yield ItemError(str(path), str(error).removeprefix(f"{path}: "))
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(text, str(path), defaults, warnings)
    else:
        fields = {"id": path.stem, "text": text, **{k: v for k, v in defaults.items() if v}}
        yield _checked(ArticleInput(fields, str(path), warnings))


def _read_jsonl(text: str, name: str, defaults: dict[str, str | None], warnings: list[str]) -> Iterator[ArticleInput | ItemError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ItemError(origin, f"malformed JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield ItemError(origin, "expected a JSON object with a 'text' field")
            continue
        fields = {k: record.get(k) for k in ARTICLE_FIELDS if record.get(k) is not None}
        for key, value in defaults.items():
            fields.setdefault(key, value)
        yield _checked(ArticleInput(fields, origin, list(warnings)))


def _checked(article: ArticleInput) -> ArticleInput | ItemError:
    text = article.fields.get("text")
    if not isinstance(text, str):
        return ItemError(article.origin, "the article has no 'text' string")
    if not text.strip() and not str(article.fields.get("title") or "").strip():
        return ItemError(article.origin, "empty article")
    if len(text) > MAX_ARTICLE_CHARS:
        return ItemError(
            article.origin,
            f"article too long ({len(text):,} characters, limit {MAX_ARTICLE_CHARS:,}); "
            "split it, or repair it with `khabar normalize`",
        )
    for key in ("id", "title", "url", "source"):
        if key in article.fields and not isinstance(article.fields[key], str):
            article.fields[key] = str(article.fields[key])
    return article


def normalize_stream(source: TextIO, out: TextIO, options: NormalizeOptions = DEFAULT_OPTIONS) -> int:
    """Repair `source` line by line into `out`; return the number of lines written."""
    count = 0
    for line in source:
        ending = "\n" if line.endswith("\n") else ""
        out.write(normalize_text(line.removesuffix("\n").removesuffix("\r"), options) + ending)
        count += 1
    return count
