"""Mining the cue lexicon from a small corpus written for the test."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from khabar.errors import InputError
from khabar.quotes.mine import mine_cues

PARAGRAPHS = [
    "وزیر نیرو در نشست خبری تصریح کرد: آب کم است.",
    "رئیس سازمان در جمع خبرنگاران افزود: کار ادامه دارد.",
    "سخنگوی دولت با بیان اینکه بودجه کم است، تصریح کرد: طرح‌ها ادامه دارد.",
    "نماینده مردم تهران در صحن مجلس خاطر نشان کرد: قانون اجرا نشده است.",
    "مدیرکل بهداشت در این جلسه بیان کرد: واکسن رسید.",
    "عنوان: گزارش سالانه",
]


def write_corpus(folder: Path, copies: int) -> Path:
    """Write a fake news_langml folder whose articles repeat the paragraphs `copies` times."""
    corpus = folder / "news_langml"
    corpus.mkdir(parents=True)
    articles = [{"title": "خبر", "paragraphs": PARAGRAPHS + ["خاطرنشان نیز آمده است."]} for _ in range(copies)]
    with gzip.open(corpus / "fars-news-1.json.gz", "wt", encoding="utf-8") as handle:
        json.dump(articles, handle, ensure_ascii=False)
    return folder


def mined_rows(path: Path) -> dict[str, list[str]]:
    """Read the mined table: cue -> its other columns."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0]: line.split("\t")[1:] for line in lines}


def test_mine_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no \\*.json.gz news files"):
        mine_cues(tmp_path, tmp_path / "cues.tsv")


def test_mine_finds_verbs_before_colons_and_frames(tmp_path):
    out = mine_cues(write_corpus(tmp_path / "data", copies=10), tmp_path / "cues.tsv")
    rows = mined_rows(out)
    assert rows["تصریح کرد"][:2] == ["verb", "20"]
    assert rows["افزود"][:2] == ["verb", "10"]
    assert rows["خاطر نشان کرد"][0] == "verb"
    assert "نشان کرد" not in rows  # the split preverb «خاطر نشان» is kept whole
    assert "عنوان" not in rows  # a label before a colon at the start of a paragraph is no cue
    assert rows["با بیان"][:2] == ["frame", "10"]  # «بیان کرد» introduces speech, so «با بیان اینکه» is a frame


def test_mine_is_deterministic(tmp_path):
    data = write_corpus(tmp_path / "data", copies=10)
    first = mine_cues(data, tmp_path / "a.tsv").read_bytes()
    second = mine_cues(data, tmp_path / "b.tsv").read_bytes()
    assert first == second


@pytest.mark.slow
def test_mine_shipped_table_is_reproduced_from_shared(shared, tmp_path):
    from khabar.quotes.mine import CUES_FILE

    out = mine_cues(shared / "data", tmp_path / "cues.tsv")
    assert out.read_bytes() == CUES_FILE.read_bytes()
