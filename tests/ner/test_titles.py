"""A title that opens a person's span is left out of it, as PEYMA and ParsTwiNER tag names."""

from __future__ import annotations

from khabar.ner.features import token_key
from khabar.ner.model import default_tagger
from khabar.ner.titles import drop_leading_titles


def keys_of(text: str) -> list[str]:
    return [token_key(token) for token in text.split()]


def test_titles_a_title_opening_a_person_is_left_out():
    tags = drop_leading_titles(keys_of("سردار قاسم سلیمانی گفت"), ["B-PER", "I-PER", "I-PER", "O"], {})
    assert tags == ["O", "B-PER", "I-PER", "O"]


def test_titles_a_name_the_table_knows_whole_keeps_its_first_word():
    names = {tuple(keys_of("سردار آزمون")): "PER"}
    assert drop_leading_titles(keys_of("سردار آزمون گل زد"), ["B-PER", "I-PER", "O", "O"], names) == [
        "B-PER", "I-PER", "O", "O"
    ]


def test_titles_a_title_alone_or_before_another_type_is_untouched():
    assert drop_leading_titles(keys_of("دکتر گفت"), ["B-PER", "O"], {}) == ["B-PER", "O"]
    assert drop_leading_titles(keys_of("شهید بهشتی"), ["B-LOC", "I-LOC"], {}) == ["B-LOC", "I-LOC"]


def test_titles_the_shipped_tagger_leaves_the_title_out():
    for network in (False, True):  # both taggers read «سردار سلیمانی» as one name
        tags = default_tagger(network).tag("سردار سلیمانی فرمانده سپاه قدس بود .".split())
        assert tags[:2] == ["O", "B-PER"]
