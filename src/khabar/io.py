"""Bytes in, text out: decode files with care, and repair a stream of any size line by line.

`decode_bytes` takes UTF-8 (with or without a BOM, or UTF-16), then a legacy encoding such
as Windows-1256, common on older Persian sites, and refuses binary files with a clear error;
every article reader (`khabar.readers`, `khabar.batch`) decodes through it.
"""

from __future__ import annotations

from typing import TextIO

import charset_normalizer

from khabar.errors import InputError
from khabar.text.normalize import DEFAULT_OPTIONS, NormalizeOptions, normalize_text

# The fields of an article record (JSONL line, Parquet row) that khabar reads.
ARTICLE_FIELDS = ("id", "title", "text", "published", "url", "source", "reference_date")
# Share of NUL or control bytes above which a file is taken for binary.
BINARY_BYTE_SHARE = 0.10
# Invalid UTF-8 bytes tolerated (replaced, with a warning) before another encoding is tried.
UTF8_ERROR_SHARE = 0.01
UTF8_MIN_ERRORS = 8
# Windows-1256 is taken when most letters it decodes to are Arabic-script letters.
ARABIC_SCRIPT_SHARE = 0.6


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


def normalize_stream(source: TextIO, out: TextIO, options: NormalizeOptions = DEFAULT_OPTIONS) -> int:
    """Repair `source` line by line into `out`; return the number of lines written."""
    count = 0
    for line in source:
        ending = "\n" if line.endswith("\n") else ""
        out.write(normalize_text(line.removesuffix("\n").removesuffix("\r"), options) + ending)
        count += 1
    return count
