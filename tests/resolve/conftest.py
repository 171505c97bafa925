"""Build hand-made articles with entities for the resolver, without running the text or ner stages."""

from __future__ import annotations

import re

import pytest

import khabar
from khabar.analysis import Analysis, Entity


def build_article(text: str, mentions: list[tuple[str, str]]) -> Analysis:
    """Return an Analysis of `text` whose entities are every occurrence of each (mention, type)."""
    analysis = khabar.new_analysis(text)
    analysis.text = text
    entities: list[Entity] = []
    for mention, kind in mentions:
        for match in re.finditer(re.escape(mention), text):
            if not any(e.start < match.end() and match.start() < e.end for e in entities):
                entities.append(Entity(start=match.start(), end=match.end(), text=mention, type=kind))
    analysis.entities = sorted(entities, key=lambda entity: entity.start)
    return analysis


@pytest.fixture
def article():
    return build_article
