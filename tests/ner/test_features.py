"""Token keys and features ignore half-space damage; gazetteer phrases are marked longest first."""

from __future__ import annotations

import pytest

from khabar.ner.features import FeatureExtractor, Lexicon, gazetteer_tags, shape_of, stack_features, token_key


@pytest.mark.parametrize("variant", ["می‌شود", "می شود", "میشود", "مي‌شود"])
def test_features_key_ignores_halfspace_damage(variant):
    assert token_key(variant) == "میشود"


def test_features_key_unifies_digits():
    assert token_key("۱۴۰۲") == token_key("1402") == "1402"


def test_features_shape_compresses_runs():
    assert shape_of("1402") == "D"
    assert shape_of("ناتو") == "F"
    assert shape_of("ab12") == "LD"


def test_features_gazetteer_prefers_longest_phrase():
    lexicon = Lexicon(gazetteer={("کره",): "LOC", ("کره", "جنوبی"): "LOC", ("سازمان", "ملل"): "ORG"}, max_phrase=2)
    keys = ["سفیر", "کره", "جنوبی", "در", "سازمان", "ملل"]
    assert gazetteer_tags(keys, lexicon) == [None, "B-LOC", "I-LOC", None, "B-ORG", "I-ORG"]


def test_features_same_for_damaged_and_clean_sentence():
    extractor = FeatureExtractor(Lexicon(clusters={"میشود": ("1", "2", "3")}))
    clean = extractor.sentence(["گفته", "می‌شود", "که"])
    damaged = extractor.sentence(["گفته", "می شود", "که"])
    assert clean == damaged
    assert "c0=1" in clean[1] and "w-1=گفته" in clean[1]


def test_features_stack_adds_other_crf_tags_with_neighbours():
    features = [["w=الکساندر"], ["w=لوکاشنکو"]]
    stacked = stack_features(features, [("arman", ["B-PER", "I-PER"])])
    assert stacked[0] == ["w=الکساندر", "arman=B-PER", "arman-1=<s>", "arman1=I-PER"]
    assert stacked[1][1:] == ["arman=I-PER", "arman-1=B-PER", "arman1=</s>"]
    assert features == [["w=الکساندر"], ["w=لوکاشنکو"]]  # the shared feature lists stay as they were
