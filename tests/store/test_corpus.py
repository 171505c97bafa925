"""The corpus on both backends: idempotent ingest, stories, filters, layers, migrations, export, reanalysis."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from khabar.errors import KhabarError
from khabar.store.corpus import Corpus, StoredArticle, open_corpus
from khabar.store.export import export
from khabar.store.ingest import ingest
from khabar.store.reanalyze import reanalyze
from khabar.store.search import Filters, parse_day
from tests.store.conftest import ARTICLES, annotate, write_jsonl


def test_corpus_ingest_twice_changes_nothing(corpus: Corpus, articles_file: Path):
    first = ingest(corpus, [articles_file], analyzer=annotate, progress=False)
    second = ingest(corpus, [articles_file], analyzer=annotate, progress=False)
    assert (first.read, first.added, first.problems) == (4, 4, [])
    assert (second.added, second.already_stored) == (0, 4)
    assert corpus.count_articles() == 4 and corpus.check() == []


def test_corpus_republished_copy_joins_the_story(filled: Corpus):
    stats = filled.stats()
    assert (stats.articles, stats.stories, stats.near_duplicates) == (4, 3, 1)
    hits = filled.search("همکاری اقتصادی")
    assert len(hits) == 1 and hits[0].copies == 2
    assert len(filled.search("همکاری اقتصادی", per_story=False)) == 2


def test_corpus_search_finds_every_story_and_highlights(filled: Corpus):
    hits = filled.search("دیدار")
    assert {hit.title for hit in hits} == {"دیدار وزیران خارجه ایران و عراق", "پیروزی پرسپولیس در دیدار حساس"}
    assert all("[دیدار]" in hit.snippet for hit in hits)
    assert filled.search("سیل ترکیه")[0].title == "سیل در شمال ترکیه"
    assert filled.search("زلزله") == []


def test_corpus_search_of_only_stop_words_is_an_error(filled: Corpus):
    with pytest.raises(KhabarError):
        filled.search("و در به")


@pytest.mark.parametrize(("filters", "titles"), [
    (Filters(date_from=parse_day("1402/11/11")), {"دیدار وزیران خارجه ایران و عراق"}),
    (Filters(date_to=parse_day("2023-05", last=True)), {"پیروزی پرسپولیس در دیدار حساس", "سیل در شمال ترکیه"}),
    (Filters(source="varzesh3"), {"پیروزی پرسپولیس در دیدار حساس"}),
    (Filters(entity="Q43"), {"سیل در شمال ترکیه"}),
    (Filters(entity="عراق"), {"دیدار وزیران خارجه ایران و عراق"}),
    (Filters(event_type="CONSULT", actor_country="irq"), {"دیدار وزیران خارجه ایران و عراق"}),
    (Filters(speaker="عراقچی"), {"دیدار وزیران خارجه ایران و عراق"}),
    (Filters(speaker="گل محمدی"), {"پیروزی پرسپولیس در دیدار حساس"}),  # written «گل‌محمدی»
])
def test_corpus_search_filters_narrow_results(filled: Corpus, filters: Filters, titles: set[str]):
    assert {hit.title for hit in _hits_for_any(filled, ("دیدار", "سیل", "تیم"), filters)} == titles


def _hits_for_any(corpus: Corpus, words: tuple[str, ...], filters: Filters) -> list:
    """Return the hits of several one-word searches, one per story."""
    return list({hit.story_id: hit for word in words for hit in corpus.search(word, filters)}.values())


def test_corpus_layers_are_listed(filled: Corpus):
    entities = {row["key"]: row for row in filled.entities()}
    assert entities["Q794"]["stories"] == 1 and entities["Q794"]["mentions"] == 3  # two copies, one story
    assert entities["Q43"]["stories"] == 1 and entities["Q43"]["mentions"] == 2
    assert {q["speaker"] for q in filled.quotes()} == {"عراقچی", "گل‌محمدی"}
    assert {e["title"] for e in filled.events(Filters(actor_country="IRN"))} == {
        "دیدار وزیران خارجه ایران و عراق", "دیدار وزیر خارجه با همتای عراقی"}
    # ایران ×3, عراق ×1, ترکیه ×2; one quote per article but the flood; «دیدار» twice in each copy, once in the match
    assert filled.stats().layers == {"entities": 6, "times": 0, "quotes": 3, "events": 5}


def test_corpus_reused_id_with_new_content_is_kept_and_reported(filled: Corpus, tmp_path: Path):
    changed = dict(ARTICLES[3], text=ARTICLES[3]["text"] + " شمار قربانیان به ۱۵ نفر رسید.")
    report = ingest(filled, [write_jsonl(tmp_path / "update.jsonl", [changed, {"id": "e", "text": "  "}])],
                    analyzer=annotate, progress=False)
    assert report.added == 1 and len(report.warnings) == 1 and "'a3'" in report.warnings[0].message
    assert [(p.line, p.message) for p in report.problems] == [(2, "empty article, skipped")]
    assert filled.count_articles() == 5 and filled.check() == []


def test_corpus_failed_batch_leaves_nothing_behind(filled: Corpus):
    before = filled.count_articles()
    stored = [StoredArticle(analysis=annotate(_fresh("متن ایران یک")), hash="h1", origin="x", title_terms="",
                            body_terms="ایران"),
              StoredArticle(analysis=annotate(_fresh("متن دو")), hash="h1", origin="x", title_terms="", body_terms="")]
    with pytest.raises(Exception):
        filled.add_batch(stored)  # the second row repeats the first's key: the whole batch must roll back
    assert filled.count_articles() == before and filled.check() == []
    assert filled.known_hashes(["h1"]) == set()


def _fresh(text: str):
    from khabar.article import new_analysis

    return new_analysis(text)


def test_corpus_schema_version_is_recorded_and_reopen_keeps_data(filled: Corpus, db_url: str):
    assert filled.schema_version() == 2
    with open_corpus(db_url) as again:
        assert again.migrate() == 2 and again.count_articles() == 4


def test_corpus_reanalyze_refreshes_layers(filled: Corpus):
    def annotate_more(analysis):
        annotate(analysis)
        analysis.entities = [e.model_copy(update={"canonical": "جمهوری اسلامی ایران"}) if e.text == "ایران" else e
                             for e in analysis.entities]
        analysis.stages.append("v2")
        return analysis

    assert reanalyze(filled, analyzer=annotate_more, progress=False) == 4
    names = {row["name"] for row in filled.entities()}
    assert "جمهوری اسلامی ایران" in names and "ایران" not in names
    assert all("v2" in filled.analysis(article_id).stages for article_id in filled.article_ids())
    assert filled.search("همکاری")[0].copies == 2 and filled.check() == []


@pytest.mark.parametrize("format_", ["jsonl", "csv", "parquet"])
def test_corpus_export_writes_every_article(filled: Corpus, tmp_path: Path, format_: str):
    output = tmp_path / f"out.{format_}"
    assert export(filled, output, format_) == 4
    if format_ == "jsonl":
        records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
        assert {r["analysis"]["id"] for r in records} == {"a1", "b7", "a2", "a3"}
    elif format_ == "csv":
        with output.open(encoding="utf-8") as stream:
            records = list(csv.DictReader(stream))
        assert len({r["story_id"] for r in records}) == 3
    else:
        assert pq.read_table(output).num_rows == 4


def test_corpus_bad_items_are_skipped_and_the_rest_ingested(corpus: Corpus, tmp_path: Path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    good = [dict(record) for record in ARTICLES]
    lines = [json.dumps(good[0], ensure_ascii=False), "{not json", json.dumps(good[2], ensure_ascii=False), '"a string"',
             json.dumps({"id": "e", "text": ""}), json.dumps(good[3], ensure_ascii=False)]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    (folder / "array.json").write_text("[" + json.dumps(good[1], ensure_ascii=False) + ", 3", encoding="utf-8")
    report = ingest(corpus, [folder], analyzer=annotate, progress=False)
    where = sorted((Path(p.origin).name, p.line) for p in report.problems)
    assert where == [("array.json", None), ("broken.jsonl.gz", None), ("mixed.jsonl", 2), ("mixed.jsonl", 4),
                     ("mixed.jsonl", 5)]
    assert report.added == 3 and corpus.count_articles() == 3 and corpus.check() == []


def test_corpus_article_whose_analysis_fails_is_reported_and_skipped(corpus: Corpus, articles_file: Path):
    def fragile(analysis):
        if "ترکیه" in analysis.raw:
            raise IndexError("a stage bug")
        return annotate(analysis)

    report = ingest(corpus, [articles_file], analyzer=fragile, progress=False)
    assert report.added == 3 and [(p.line, p.message) for p in report.problems] == [
        (4, "analysis failed: IndexError: a stage bug")]
    assert corpus.check() == []


def test_corpus_default_location_is_the_user_data_directory(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("KHABAR_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with open_corpus() as corpus:
        assert corpus.backend.path == tmp_path / "data" / "khabar" / "corpus.sqlite"
    monkeypatch.setenv("KHABAR_DB", str(tmp_path / "chosen.sqlite"))
    with open_corpus() as corpus:
        assert corpus.backend.path == tmp_path / "chosen.sqlite"
