"""The hand-annotated mentions (tests/resolve/data) as a quality gate; the figures are printed by bench/resolve.py."""

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "data" / "mentions.jsonl"


def read_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_rows_are_complete():
    rows = read_gold()
    assert sum(row["type"] == "LOC" for row in rows) >= 200
    assert sum(row["type"] in ("PER", "ORG") for row in rows) >= 200
    for row in rows:
        assert row["link"].startswith("https://www.farsnews.ir/") and row["mention"] in row["snippet"]
        assert row["type"] != "PER" or row["kind"] in ("name", "title", "pronoun") and row["cluster"]


@pytest.mark.slow
def test_gold_floors(shared):
    from bench.resolve import SPLITS, build_articles, score_actors, score_merge, score_places
    from khabar.resolve.stage import resolve_stage

    articles = [article for split in SPLITS for article in build_articles(shared, split)]
    results = [(resolve_stage(analysis).entities, rows) for analysis, rows in articles]
    actors, places, merge = score_actors(results, False), score_places(results, False), score_merge(results, False)
    assert actors["right"] / actors["given"] >= 0.95
    assert places["right"] / places["with_id"] >= 0.90
    assert merge["correct"] / merge["predicted"] >= 0.90 and merge["correct"] / merge["gold"] >= 0.90
