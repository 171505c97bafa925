"""A news outlet that opens a line before a colon, as the papers do in a press digest, is an organisation."""

from __future__ import annotations

import pytest

from khabar.ner.features import token_key
from khabar.ner.model import default_tagger
from khabar.ner.press import tag_outlet_before_colon


def keys_of(text: str) -> list[str]:
    return [token_key(token) for token in text.split()]


@pytest.mark.parametrize(
    ("line", "tags", "expected"),
    [
        ("آفتاب یزد : اولین اقدام", ["O", "B-LOC", "O", "O", "O"], ["B-ORG", "I-ORG", "O", "O", "O"]),
        ("ابتکار : قربانیان", ["B-PER", "O", "O"], ["B-ORG", "O", "O"]),
        # Written together or apart, «کار و کارگر» is one paper.
        ("کاروکارگر : فقر", ["B-PRO", "O", "O"], ["B-ORG", "O", "O"]),
        ("کار و کارگر : فقر", ["O", "O", "O", "O", "O"], ["B-ORG", "I-ORG", "I-ORG", "O", "O"]),
    ],
)
def test_press_an_outlet_before_a_colon_is_an_organisation(line, tags, expected):
    assert tag_outlet_before_colon(keys_of(line), tags) == expected


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("ترامپ : ایران", ["B-PER", "O", "B-LOC"]),  # a speaker, not an outlet
        ("آفتاب یزد نوشت : اولین", ["O", "B-LOC", "O", "O", "O"]),  # the colon does not follow the name
        ("یزد : اولین", ["B-LOC", "O", "O"]),  # part of an outlet's name is no outlet
    ],
)
def test_press_other_openings_keep_their_tags(line, tags):
    assert tag_outlet_before_colon(keys_of(line), list(tags)) == tags


def test_press_the_shipped_tagger_tags_a_digest_line():
    for network in (False, True):
        assert default_tagger(network).tag("جهان صنعت : 6 میلیون".split())[:3] == ["B-ORG", "I-ORG", "O"]
