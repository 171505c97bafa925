"""The store with the real pipeline: whatever layers the default stages fill are stored and searchable."""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar
from khabar.errors import ModelError
from khabar.store.corpus import Corpus
from khabar.store.ingest import ingest
from tests.store.conftest import write_jsonl

ARTICLE = {
    "id": "p1", "source": "Fars", "published": "2024-01-29", "title": "دیدار وزیران خارجه ایران و عراق در تهران",
    "text": "وزیر امور خارجه ایران روز دوشنبه در تهران با همتای عراقی خود دیدار کرد. "
            "او گفت: «روابط دو کشور در حال گسترش است.» دو طرف درباره همکاریهای اقتصادی گفتگو کردند.",
}


@pytest.fixture
def pipeline():
    try:
        pipe = khabar.default_pipeline()
        pipe(khabar.new_analysis("آزمون"))
    except ModelError as error:
        pytest.skip(f"the default pipeline cannot run here: {error}")
    return pipe


def test_pipeline_layers_are_stored_as_analysed(corpus: Corpus, pipeline, tmp_path: Path):
    report = ingest(corpus, [write_jsonl(tmp_path / "one.jsonl", [ARTICLE])], analyzer=pipeline, progress=False)
    assert report.added == 1 and corpus.check() == []
    expected = pipeline(khabar.new_analysis(ARTICLE["text"], title=ARTICLE["title"], published=ARTICLE["published"]))
    stored = corpus.analysis(corpus.article_ids()[0])
    assert stored.stages == expected.stages and stored.text == expected.text
    assert corpus.stats().layers == {"entities": len(expected.entities), "times": len(expected.times),
                                     "quotes": len(expected.quotes), "events": len(expected.events)}
    assert corpus.search("همکاری‌های اقتصادی")[0].title == stored.title
