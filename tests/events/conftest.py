"""Build an `Analysis` by hand (text already repaired, one sentence a line), so the tests need no model."""

from __future__ import annotations

import pytest

from khabar.analysis import Analysis, Sentence
from khabar.text.offsets import OffsetMap


def build_analysis(text: str, published: str | None = "2024-01-09") -> Analysis:
    """Return an Analysis whose sentences are the lines of `text`."""
    sentences, cursor = [], 0
    for line in text.split("\n"):
        stripped = line.rstrip(".")
        sentences.append(Sentence(start=cursor, end=cursor + len(stripped), text=stripped))
        cursor += len(line) + 1
    analysis = Analysis(raw=text, text=text, sentences=sentences, offset_map=OffsetMap.identity(len(text)))
    analysis.published.iso = published
    return analysis


@pytest.fixture
def analyse():
    """Return a function from Persian text to its events."""
    from khabar.events.stage import find_events

    return lambda text: find_events(build_analysis(text))


@pytest.fixture
def hand_analysis():
    """Return the function that builds an Analysis from lines of repaired text."""
    return build_analysis
