"""Learning the sentence model (events/train.py): annotated events are given to the sentences that hold them, and
the model learned from them is the same, byte for byte, on every run."""

from __future__ import annotations

import pytest

from khabar.events.learned import SentenceTypes
from khabar.events.train import fit, holding_sentence, labelled_sentences, write_model

pytest.importorskip("sklearn")

SENTENCES = [
    "وزیر خارجه ایران حمله را محکوم کرد",
    "سخنگوی دولت اقدام آمریکا را محکوم کرد",
    "رئیس مجلس با سفیر چین دیدار کرد",
    "وزیر کشور با استانداران دیدار کرد",
    "باران امروز در تهران بارید",
    "قیمت نان امروز تغییر نکرد",
]
LABELS = [{"ACCUSE"}, {"ACCUSE"}, {"CONSULT"}, {"CONSULT"}, set(), set()]


def test_annotated_clause_belongs_to_the_sentence_that_holds_it():
    sentences = ["رئیس مجلس با سفیر چین دیدار کرد و درباره روابط گفت‌وگو کرد", "باران بارید"]
    assert holding_sentence(sentences, "رئیس مجلس با سفیر چین دیدار کرد") == 0
    assert holding_sentence(sentences, "متنی که در هیچ جمله‌ای نیست") is None


def test_events_are_labelled_on_the_repaired_sentences_of_their_article():
    record = {
        "url": "u1", "title": None, "published": "2024-01-09",
        "events": [{"type": "CONSULT", "sentence": "رئيس مجلس با سفير چين ديدار كرد"}],  # Arabic yeh and kaf
    }
    body = "رئیس مجلس با سفیر چین دیدار کرد.\nباران امروز در تهران بارید."
    examples = labelled_sentences([record, {"url": "missing", "events": []}], {"u1": body})
    assert [labels for _, labels in examples] == [{"CONSULT"}, set()]


def test_fitted_model_scores_each_cue_for_its_own_type():
    model = fit(list(zip(SENTENCES, LABELS)), threshold=0.3)
    assert model.types == ("ACCUSE", "CONSULT")
    accuse, consult = (model.table[model.rows["محکوم"]][i] for i in range(2))
    assert accuse > 0 > consult
    accuse, consult = (model.table[model.rows["دیدار"]][i] for i in range(2))
    assert consult > 0 > accuse


def test_written_model_is_the_same_bytes_each_time_and_reads_back(tmp_path):
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    write_model(fit(list(zip(SENTENCES, LABELS))), first)
    write_model(fit(list(zip(SENTENCES, LABELS))), second)
    assert first.read_bytes() == second.read_bytes()
    import gzip

    model = SentenceTypes.from_lines(gzip.open(first, "rt", encoding="utf-8").read().splitlines())
    assert model.types == ("ACCUSE", "CONSULT") and "محکوم" in model.rows
