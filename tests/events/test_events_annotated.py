"""The hand annotation of news_langml articles (tests/events/data/annotated.jsonl) keeps the gold shape."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.events.plover import is_valid

ANNOTATED = Path(__file__).parent / "data" / "annotated.jsonl"


def test_events_annotation_uses_plover_names_and_gold_fields():
    rows = [json.loads(line) for line in ANNOTATED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows
    for row in rows:
        assert row["url"].startswith("https://www.farsnews.ir/news/")
        for event in row["events"]:
            assert is_valid(event["type"], event["mode"], event["context"])
            assert event["sentence"] and isinstance(event["actors"], list) and isinstance(event["recipients"], list)
            for participant in event["actors"] + event["recipients"]:
                country = participant["country"]
                assert participant["text"] and (country is None or (len(country) == 3 and country.isupper()))
