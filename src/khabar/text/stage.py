"""The `text` stage: repair the raw text and split it into sentences and tokens."""

from __future__ import annotations

from khabar.analysis import Analysis
from khabar.pipeline import stage
from khabar.text.normalize import repair
from khabar.text.segment import split_sentences, tokenize


@stage("text", requires=("raw",), assigns=("text", "offset_map", "sentences", "tokens", "language"))
def text_stage(analysis: Analysis) -> Analysis:
    """Fill the repaired text, its offset map, sentences and tokens."""
    tracked = repair(analysis.raw)
    analysis.text = tracked.text
    analysis.offset_map = tracked.offset_map()
    if analysis.title:
        first_line_end = analysis.text.find("\n")
        analysis.body_start = first_line_end + 1 if first_line_end >= 0 else len(analysis.text)
        analysis.title = analysis.text[: max(first_line_end, 0)] if first_line_end >= 0 else analysis.text
    analysis.sentences = split_sentences(analysis.text)
    analysis.tokens = tokenize(analysis.text)
    return analysis
