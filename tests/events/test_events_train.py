"""Learning the sentence model (events/train.py): annotated events are given to the sentences that hold them, and
the model learned from them is the same, byte for byte, on every run."""

from __future__ import annotations

import gzip

import pytest

from khabar.events.learned import SentenceTypes
from khabar.events.train import fit, holding_sentence, labelled_sentences, letter_triples, write_model

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
    texts = ["رئیس مجلس با سفیر چین دیدار کرد و درباره روابط گفت‌وگو کرد", "باران بارید"]
    sentences = [letter_triples(text) for text in texts]
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
    model = SentenceTypes.from_lines(gzip.open(first, "rt", encoding="utf-8").read().splitlines())
    assert model.types == ("ACCUSE", "CONSULT") and "محکوم" in model.rows


def test_cli_train_events_learns_from_annotated_articles_into_out(tmp_path):
    import json
    import subprocess
    import sys

    news = tmp_path / "data" / "news_langml"
    news.mkdir(parents=True)
    articles = [{"link": f"u{i}", "paragraphs": [text + "."]} for i, text in enumerate(SENTENCES)]
    with gzip.open(news / "fars-news-1.json.gz", "wt", encoding="utf-8") as stream:
        json.dump(articles, stream, ensure_ascii=False)
    annotated = tmp_path / "annotated.jsonl"
    records = [
        {"url": f"u{i}", "events": [{"type": kind, "sentence": SENTENCES[i]} for kind in sorted(labels)]}
        for i, labels in enumerate(LABELS)
    ]
    annotated.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "model.tsv.gz"
    command = [sys.executable, "-m", "khabar", "train", "events", "--data", str(tmp_path / "data"),
               "--annotated", str(annotated), "--out", str(out)]
    result = subprocess.run(command, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    model = SentenceTypes.from_lines(gzip.open(out, "rt", encoding="utf-8").read().splitlines())
    assert model.types == ("ACCUSE", "CONSULT") and model.table[model.rows["محکوم"]][0] > 0
    missing = subprocess.run([*command[:-3], str(tmp_path / "none.jsonl"), "--out", str(out)], capture_output=True)
    assert b"Invalid value" in missing.stderr
    assert missing.returncode != 0 and b"Traceback" not in missing.stderr
