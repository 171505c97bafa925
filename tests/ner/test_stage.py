"""The `ner` stage fills `Analysis.entities` with spans into the repaired text."""

from __future__ import annotations

import pytest

import khabar
from khabar.analysis import Analysis
from khabar.ner.stage import ner_bilstm_stage, ner_stage
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
