"""Fixtures for the batch tests: small JSONL files of the articles in batch_samples.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.batch.batch_samples import article_records, write_jsonl


@pytest.fixture
def articles_jsonl(tmp_path: Path) -> Path:
    """A JSONL file of the twelve test articles."""
    return write_jsonl(tmp_path / "articles.jsonl", article_records())


@pytest.fixture
def broken_jsonl(tmp_path: Path) -> Path:
    """The test articles with a malformed line, an article without text and a bad date mixed in."""
    records = article_records()
    records.insert(3, {"id": "no-text", "title": "بدون متن"})
    records.insert(7, {"id": "bad-date", "text": "متن خبر.", "published": "دیروز"})
    return write_jsonl(tmp_path / "broken.jsonl", records, extra_lines=('{"id": "cut", "text": "نیمه',))
