"""The cue lexicon: the shipped table and the forms its lemmas are matched in."""

from __future__ import annotations

import pytest

from khabar.quotes.cues import frame_regex, lemma_of, load_lexicon, source_regex, verb_regex


def test_cues_shipped_table_holds_the_common_reporting_verbs():
    verbs = set(load_lexicon().verbs)
    assert {"گفت", "افزود", "تصریح کرد", "اظهار داشت", "ادامه داد", "بیان کرد", "خاطرنشان کرد"} <= verbs


@pytest.mark.parametrize(
    ("written", "lemma"),
    [
        ("گفته بود", "گفت"),
        ("می‌گوید", "گفت"),
        ("تصریح کرده است", "تصریح کرد"),
        ("اعلام کردند", "اعلام کرد"),
        ("خاطر نشان کرد", "خاطر نشان کرد"),
        ("تاکید می‌کند", "تاکید کرد"),
    ],
)
def test_cues_inflected_forms_match_their_lemma(written, lemma):
    match = verb_regex().search(f"وزیر {written}: متن")
    assert match is not None and match.group(0) == written
    assert lemma_of(match) == lemma


@pytest.mark.parametrize("word", ["گفت‌وگو", "نگفت", "گفتار"])
def test_cues_do_not_match_inside_other_words(word):
    assert verb_regex().search(f"این {word} بود") is None


def test_cues_frames_and_sources_are_recognised():
    assert frame_regex().search("وی با تأکید بر اینکه کار تمام است، گفت") is not None
    assert source_regex().search("به گفته این مقام، کار تمام است") is not None


def test_cues_every_lemma_is_found_as_written():
    # The pattern passes over words that start as no lemma does: each lemma itself must still be found.
    for lemma in load_lexicon().verbs:
        match = verb_regex().search(f"وزیر {lemma}.")
        assert match is not None and match.group(0) == lemma
