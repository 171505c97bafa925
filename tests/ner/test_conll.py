"""The `ner --conll` round trip keeps every token and sentence boundary."""

from __future__ import annotations

import io

import pytest

from khabar.errors import InputError
from khabar.ner.conll import read_token_lines, tag_conll

TOKENS = "وزیر\nامور خارجه\nایران\nدر\nمسکو\n.\n\n\nسرتیپ آشتیانی\nگفت\n:\n\nتمام\n"


def test_conll_round_trip_keeps_tokens_and_sentences(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text(TOKENS, encoding="utf-8")
    out = io.StringIO()
    tag_conll(path, out)
    blocks = [block for block in out.getvalue().split("\n\n") if block]
    expected = [["وزیر", "امور خارجه", "ایران", "در", "مسکو", "."], ["سرتیپ آشتیانی", "گفت", ":"], ["تمام"]]
    assert [[line.split("\t")[0] for line in block.strip("\n").split("\n")] for block in blocks] == expected
    for block in blocks:
        for line in block.strip("\n").split("\n"):
            token, tag = line.rsplit("\t", 1)
            assert tag == "O" or tag[:2] in ("B-", "I-")


def test_conll_reads_tokens_with_spaces_unchanged(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("می شود\n  فاصله \n\n", encoding="utf-8")
    assert read_token_lines(path) == [["می شود", "  فاصله "]]


def test_conll_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        read_token_lines(tmp_path / "missing.txt")
