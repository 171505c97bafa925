"""The corpus reader maps every corpus's tags to khabar's types and keeps tokens with spaces."""

from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.ner.corpora import canonical_tag, entity_spans, read_tagged, repair_bio
from khabar.ner.lexicon import harvest_names


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("B_PERS", "B-PER"), ("I_DAT", "I-DATE"), ("B-pers", "B-PER"), ("I-EVE", "I-EVENT"), ("B-NAT", "O"),
     ("B-POG", "B-ORG"), ("B_PCT", "B-PERCENT"), ("O", "O")],
)
def test_corpora_canonical_tag(tag, expected):
    assert canonical_tag(tag) == expected


def test_corpora_reads_each_format(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text("شیرابه های|O\nتهران|B_LOC\n\nعلی B-pers\nرضایی I-pers\n\nناتو\tB-ORG\n", encoding="utf-8")
    sentences = read_tagged(path)
    assert [s.tokens for s in sentences] == [["شیرابه های", "تهران"], ["علی", "رضایی"], ["ناتو"]]
    assert [s.tags for s in sentences] == [["O", "B-LOC"], ["B-PER", "I-PER"], ["B-ORG"]]


def test_corpora_bad_line_is_an_input_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("تنها\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_tagged(path)


def test_corpora_repair_bio_starts_orphan_inside_tags():
    assert repair_bio(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]


def test_corpora_entity_spans():
    assert entity_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]


def test_lexicon_harvest_keeps_frequent_unambiguous_names(tmp_path):
    path = tmp_path / "names.txt"
    lines = ["ناتو|B_ORG", "", "ناتو|B_ORG", "", "مینسک|B_LOC", "",
             "امید|B_PER", "", "امید|B_LOC", "", "امید|B_ORG", ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    harvested = harvest_names(read_tagged(path))
    assert harvested == {("ناتو",): "ORG"}
