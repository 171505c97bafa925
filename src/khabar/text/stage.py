"""The `text` stage: repair the raw text, read its boilerplate, split sentences and tokens."""

from __future__ import annotations

from khabar.analysis import Analysis
from khabar.pipeline import stage
from khabar.text.boilerplate import find_credits, find_dateline, footer_edits
from khabar.text.language import detect_language
from khabar.text.normalize import repair
from khabar.text.segment import split_sentences, tokenize


@stage(
    "text",
    requires=("raw",),
    assigns=("text", "offset_map", "language", "dateline", "credits", "sentences", "tokens"),
)
def text_stage(analysis: Analysis) -> Analysis:
    """Fill the repaired text and its offset map, boilerplate metadata, sentences and tokens."""
    tracked = repair(analysis.raw)
    tracked = tracked.apply(footer_edits(tracked.text))
    analysis.text = tracked.text
    analysis.offset_map = tracked.offset_map()
    if analysis.title:
        line_end = analysis.text.find("\n")
        analysis.body_start = line_end + 1 if line_end >= 0 else len(analysis.text)
        analysis.title = analysis.text[: analysis.body_start].rstrip("\n")
    analysis.language = detect_language(analysis.text)
    if not analysis.language.is_persian:
        analysis.warnings.append(f"not Persian: detected {analysis.language.code} ({analysis.language.score:.2f})")
        return analysis
    analysis.dateline = find_dateline(analysis.text, analysis.body_start)
    analysis.credits = find_credits(analysis.text, analysis.body_start)
    analysis.sentences = split_sentences(analysis.text)
    analysis.tokens = tokenize(analysis.text)
    return analysis
