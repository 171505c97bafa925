"""The blind quotes and times annotations (tests/quotes/data/annotated.jsonl, annotated2.jsonl to annotated6.jsonl)
keep the gold shape and their articles."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
# Each blind set with its number of articles (see data/README.md).
BLIND_SETS = [
    (DATA / "annotated.jsonl", 10),
    (DATA / "annotated2.jsonl", 8),
    (DATA / "annotated3.jsonl", 6),
    (DATA / "annotated4.jsonl", 6),
    (DATA / "annotated5.jsonl", 6),
    (DATA / "annotated6.jsonl", 6),
]
BLIND_IDS = ["blind1", "blind2", "blind3", "blind4", "blind5", "blind6"]
KINDS = {"direct", "indirect"}
# A day, a month or a year, alone or as START/END (GUIDE.md › Times).
POINT = r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"
VALUE = re.compile(rf"{POINT}(?:/{POINT})?")


def read_rows(path: Path) -> list[dict]:
    """Read one annotation file, one record a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_bodies(shared: Path, links: set[str]) -> dict[str, str]:
    """Return the bodies of the wanted news_langml articles, by link."""
    bodies = {}
    for path in sorted((shared / "data" / "news_langml").glob("fars-news-*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            articles = [a for a in json.load(handle) if a["link"] in links]
        bodies.update({a["link"]: "\n".join(a.get("paragraphs") or []) for a in articles})
    return bodies


@pytest.mark.parametrize(("path", "count"), BLIND_SETS, ids=BLIND_IDS)
def test_quotes_annotated_records_keep_gold_fields(path: Path, count: int):
    rows = read_rows(path)
    assert len(rows) == count and len({row["id"] for row in rows}) == count
    for row in rows:
        assert row["url"].startswith("https://www.farsnews.ir/news/")
        assert row["id"] == "langml-" + row["url"].split("/")[4]
        assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", row["published"])
        for quote in row["quotes"]:
            assert quote["kind"] in KINDS and quote["speaker"] and quote["cue"] and quote["text"]
            assert not quote["text"].endswith(".") and quote["text"] == quote["text"].strip()
        for time in row["times"]:
            assert time["text"] in time["sentence"]
            assert time["value"] is None or VALUE.fullmatch(time["value"]), time


@pytest.mark.parametrize(("path", "count"), BLIND_SETS, ids=BLIND_IDS)
def test_quotes_annotated_strings_are_found_in_their_articles(shared: Path, path: Path, count: int):
    rows = read_rows(path)
    bodies = read_bodies(shared, {row["url"] for row in rows})
    assert set(bodies) == {row["url"] for row in rows}
    for row in rows:
        article = row["title"] + "\n" + bodies[row["url"]]
        for quote in row["quotes"]:
            for key in ("speaker", "cue", "text"):
                assert quote[key] in article, (row["id"], key, quote[key])
        for time in row["times"]:
            assert time["sentence"] in article, (row["id"], time["sentence"])


@pytest.mark.parametrize(("path", "count"), BLIND_SETS, ids=BLIND_IDS)
def test_quotes_annotated_times_follow_text_order(shared: Path, path: Path, count: int):
    rows = read_rows(path)
    bodies = read_bodies(shared, {row["url"] for row in rows})
    for row in rows:
        article = row["title"] + "\n" + bodies[row["url"]]
        position = 0
        for time in row["times"]:
            # a sentence repeated word for word («روزنامه اطلاعات مورخ …» in footnotes) is found after the last
            found = article.find(time["sentence"], position)
            assert found >= 0, (row["id"], time["text"])
            position = found


def test_quotes_annotated_blind_sets_share_no_article():
    sets = [{row["id"] for row in read_rows(path)} for path, _ in BLIND_SETS]
    for index, ids in enumerate(sets):
        for other in sets[index + 1 :]:
            assert not ids & other


@pytest.mark.parametrize("value", ["2011", "2010-06", "2011-01-14", "2011-03-11/2011-03-20", "1971/1972"])
def test_quotes_annotated_value_pattern_takes_guide_forms(value: str):
    assert VALUE.fullmatch(value)


@pytest.mark.parametrize("value", ["2011-1-14", "۲۰۱۱", "2011-03-11/", "yesterday"])
def test_quotes_annotated_value_pattern_refuses_other_forms(value: str):
    assert not VALUE.fullmatch(value)
