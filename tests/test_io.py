from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.io import decode_bytes

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
