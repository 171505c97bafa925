from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.errors import InputError
from khabar.io import ArticleInput, ItemError, decode_bytes, read_articles

PERSIAN = "وزرای دفاع ایران و بلاروس روز دوشنبه در تهران تفاهم‌نامه همکاری امضا کردند."


def test_io_decodes_windows_1256_with_a_warning():
    data = PERSIAN.replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ").encode("cp1256")
    text, warnings = decode_bytes(data, "old.txt")
    assert "تهران" in text and "بلاروس" in text
    assert warnings and "cp1256" in warnings[0]


def test_io_one_invalid_byte_in_a_short_utf8_file_is_replaced_not_misread():
    text, warnings = decode_bytes("سلام دنیا".encode() + b"\xff", "short.txt")
    assert text == "سلام دنیا\ufffd" and "replaced" in warnings[0]


def test_io_decodes_utf8_with_bom_and_utf16():
    assert decode_bytes(b"\xef\xbb\xbf" + PERSIAN.encode(), "a.txt")[0] == PERSIAN
    assert decode_bytes(PERSIAN.encode("utf-16"), "a.txt")[0] == PERSIAN


def test_io_replaces_a_few_invalid_utf8_bytes():
    text, warnings = decode_bytes(PERSIAN.encode() * 20 + b"\xff", "a.txt")
    assert text.endswith("\ufffd") and warnings


def test_io_rejects_binary_files_with_a_clear_error():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(256)) * 40, "image.png")


def _write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_io_reads_a_directory_and_reports_each_bad_item(tmp_path):
    _write(tmp_path / "one.txt", PERSIAN)
    _write(tmp_path / "empty.txt", "   \n")
    _write(tmp_path / "noise.txt", bytes(range(256)) * 40)
    lines = [
        json.dumps({"id": "a1", "title": "عنوان", "text": PERSIAN, "published": "2023-07-31"}, ensure_ascii=False),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "a2", "text": PERSIAN}, ensure_ascii=False),
    ]
    _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"]))
    good = [item for item in items if isinstance(item, ArticleInput)]
    bad = [str(item) for item in items if isinstance(item, ItemError)]
    assert sorted(item.fields["id"] for item in good) == ["a1", "a2", "one"]
    assert any("batch.jsonl:2: malformed JSON" in message for message in bad)
    assert any("batch.jsonl:3:" in message for message in bad)
    assert any("empty.txt: empty article" in message for message in bad)
    assert any("noise.txt: binary file" in message for message in bad)
    assert any("missing.txt: no such file" in message for message in bad)


def test_io_text_file_takes_the_dates_from_the_options(tmp_path):
    path = _write(tmp_path / "seed.txt", PERSIAN)
    [item] = read_articles([path], published="2023-07-31", reference_date="2023-08-05")
    assert item.fields["published"] == "2023-07-31" and item.fields["reference_date"] == "2023-08-05"


def test_io_rejects_an_oversized_article(tmp_path):
    path = _write(tmp_path / "dump.txt", "الف " * 700_000)
    [item] = read_articles([path])
    assert isinstance(item, ItemError) and "too long" in item.message


def test_io_drops_stray_nul_bytes_but_keeps_the_text(tmp_path):
    path = _write(tmp_path / "nul.txt", PERSIAN.encode() + b"\x00" + PERSIAN.encode())
    [item] = read_articles([path])
    assert isinstance(item, ArticleInput)
    from khabar.text.normalize import NormalizeOptions, normalize_text

    assert "\x00" not in normalize_text(str(item.fields["text"]), NormalizeOptions(halfspaces=False))
