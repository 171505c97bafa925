"""The `ner` stage fills `Analysis.entities` with spans into the repaired text."""

from __future__ import annotations

import pytest

import khabar
from khabar.analysis import Analysis, Sentence, Token
from khabar.ner.stage import ner_bilstm_stage, ner_stage, sentence_tokens
from khabar.text.segment import split_sentences, tokenize

# Written for this test: the half-spaces are missing, as in scraped news.
ARTICLE = (
    "ویکتور خرنین گنادوویچ وزیر دفاع بلاروس روز دوشنبه در تهران با امیر سرتیپ آشتیانی دیدار و گفتوگو کرد.\n"
    "الکساندر لوکاشنکو سال گذشته به ایران سفر کرده بود و نشست بعدی در مینسک برگزار میشود."
)


def segmented(text: str) -> Analysis:
    """Build the record the text stage would hand over, without repairing the half-spaces."""
    analysis = khabar.new_analysis(text)
    analysis.text = text
    analysis.sentences = split_sentences(text)
    analysis.tokens = tokenize(text)
    return analysis


def test_stage_entities_point_into_text():
    analysis = ner_stage(segmented(ARTICLE))
    assert analysis.entities
    for entity in analysis.entities:
        assert analysis.text[entity.start : entity.end] == entity.text
        assert entity.text == entity.text.strip()


@pytest.mark.parametrize("stage", [ner_stage, ner_bilstm_stage], ids=["crfs", "with-network"])
def test_stage_finds_names_in_damaged_text(stage):
    analysis = stage(segmented(ARTICLE))
    found = {(entity.text, entity.type) for entity in analysis.entities}
    assert {("ویکتور خرنین گنادوویچ", "PER"), ("الکساندر لوکاشنکو", "PER"), ("مینسک", "LOC"), ("تهران", "LOC")} <= found
    # The corpora leave military ranks out of the name: «امیر سرتیپ» is O, «آشتیانی» the person.
    assert any(kind == "PER" and text.endswith("آشتیانی") for text, kind in found)


def test_stage_empty_text_has_no_entities():
    analysis = ner_stage(segmented(""))
    assert analysis.entities == []


def test_stage_groups_tokens_by_sentence():
    analysis = segmented("سلام دنیا. خبر تازه رسید.")
    analysis.sentences = analysis.sentences[1:]  # the first sentence left out: its tokens belong to no group
    groups = sentence_tokens(analysis)
    assert [[token.text for token in group] for group in groups] == [["خبر", "تازه", "رسید", "."]]


def test_stage_token_across_a_sentence_end_is_in_no_group():
    analysis = segmented("الف ب ج د")
    analysis.sentences = [Sentence(start=0, end=4, text="الف "), Sentence(start=4, end=9, text="ب ج د")]
    analysis.tokens = [
        Token(start=0, end=3, text="الف"), Token(start=3, end=6, text=" ب "), Token(start=6, end=7, text="ج")
    ]
    groups = sentence_tokens(analysis)
    assert [[token.text for token in group] for group in groups] == [["الف"], ["ج"]]
