"""Repair scraped Persian text: letters, digits, spacing, punctuation and half-spaces.

Each pass is a pure function from a text to a list of `Edit`s, so the same rules
serve both `repair` (which tracks offsets back to the raw input) and
`normalize_text` (plain strings, for large files).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from khabar.text import halfspace
from khabar.text.letters import letter_table
from khabar.text.offsets import Edit, TrackedText

# URLs, e-mail addresses and handles: no spacing rule may touch them.
PROTECTED = re.compile(
    r"(?:https?://|www\.)[^\s«»\"<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[a-zA-Z]{2,})+(?:/[^\s«»\"<>]*)?"
)
PERSIAN_LETTER = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0]"

WHITESPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\r\f\v]"
ODD_WHITESPACE = r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000\r\f\v]"
# Only the runs that need a change: two or more blanks, or any blank that is not a plain space.
SPACE_RUNS = re.compile(rf"{ODD_WHITESPACE}{WHITESPACE}*| {WHITESPACE}+")
EDGE_SPACES = re.compile(rf"^{WHITESPACE}+|{WHITESPACE}+$", re.MULTILINE)
# Half-spaces that separate nothing: repeated, beside a blank, or at a line's edge.
STRAY_ZWNJ = re.compile(rf"(?<=\u200c)\u200c+|(?<={WHITESPACE})\u200c+|\u200c+(?={WHITESPACE}|$)|^\u200c+", re.MULTILINE)
# No space before closing punctuation, none after an opening mark.
SPACE_BEFORE_CLOSING = re.compile(r"(?<=\S) +(?=[،؛؟!\)\]»]|[.:](?:\s|$|[^\w]))", re.MULTILINE)
SPACE_AFTER_OPENING = re.compile(r"(?<=[«\(\[]) +")
# A space after punctuation glued to the next Persian word (not between digits: 3.5, 1402/10/19, 12:30).
MISSING_SPACE_AFTER = re.compile(
    rf"(?<=[،؛؟!»\)])(?={PERSIAN_LETTER}|[«\(])|(?<={PERSIAN_LETTER}[.:])(?={PERSIAN_LETTER}|«)"
    rf"|(?<={PERSIAN_LETTER}:)(?=[0-9۰-۹])"
)


@dataclass(frozen=True)
class NormalizeOptions:
    """How far to repair: the defaults are what every later stage expects."""

    digits: str = "keep"  # keep | latin | persian
    drop_diacritics: bool = True
    halfspaces: bool = True
    punctuation: bool = True


DEFAULT_OPTIONS = NormalizeOptions()


def protected_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PROTECTED.finditer(text)]


def _outside(spans: list[tuple[int, int]], edit: Edit) -> bool:
    """True when `edit` neither touches nor borders a protected span (spans sorted by start)."""
    index = bisect.bisect_right(spans, (edit.end + 1, edit.end + 1))
    return not any(start <= edit.end and edit.start <= end for start, end in spans[max(0, index - 2) : index])


def zwnj_edits(text: str) -> list[Edit]:
    """Drop half-spaces that join nothing: repeated ones and those beside a blank or a line edge."""
    return [Edit(m.start(), m.end(), "") for m in STRAY_ZWNJ.finditer(text)]


def spacing_edits(text: str) -> list[Edit]:
    """Collapse runs of blanks into one space and strip blanks at line ends."""
    runs = [Edit(m.start(), m.end(), " ") for m in SPACE_RUNS.finditer(text)]
    edges = [Edit(m.start(), m.end(), "") for m in EDGE_SPACES.finditer(text)]
    return _merge(runs, edges) if edges else runs


def punctuation_edits(text: str) -> list[Edit]:
    """Fix the spaces around punctuation, leaving URLs, e-mail, decimals and dates alone."""
    edits = [Edit(m.start(), m.end(), "") for pattern in (SPACE_BEFORE_CLOSING, SPACE_AFTER_OPENING)
             for m in pattern.finditer(text)]
    edits += [Edit(m.start(), m.start(), " ") for m in MISSING_SPACE_AFTER.finditer(text)]
    if not edits:
        return edits
    spans = protected_spans(text)
    return _dedupe([edit for edit in edits if _outside(spans, edit)])


def _dedupe(edits: list[Edit]) -> list[Edit]:
    """Sort edits and drop any that overlaps an earlier one."""
    kept: list[Edit] = []
    for edit in sorted(set(edits)):
        if kept and edit.start < kept[-1].end:
            continue
        kept.append(edit)
    return kept


def _merge(first: list[Edit], second: list[Edit]) -> list[Edit]:
    """Merge two edit lists computed on the same text (second wins where they overlap)."""
    second_sorted = sorted(second)
    kept = [e for e in first if not any(s.start < e.end and e.start < s.end for s in second_sorted)]
    return sorted(kept + second_sorted)


def _passes(options: NormalizeOptions) -> Iterator[Callable[[str], list[Edit]]]:
    yield zwnj_edits
    yield spacing_edits
    if options.punctuation:
        yield punctuation_edits
    if options.halfspaces:
        yield halfspace.default_model().edits


def repair(raw: str, options: NormalizeOptions = DEFAULT_OPTIONS) -> TrackedText:
    """Repair `raw`, keeping for every character the raw span it came from."""
    tracked = TrackedText.from_raw(raw)
    tracked = tracked.translate(letter_table(digits=options.digits, drop_diacritics=options.drop_diacritics))
    tracked = tracked.sub(re.compile(r"\r\n?"), "\n")
    for compute_edits in _passes(options):
        edits = compute_edits(tracked.text)
        if edits:
            tracked = tracked.apply(edits)
    return tracked


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply ordered, non-overlapping edits to a plain string."""
    pieces, cursor = [], 0
    for edit in edits:
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def normalize_text(text: str, options: NormalizeOptions = DEFAULT_OPTIONS) -> str:
    """Repair one line (or a whole text) without tracking offsets."""
    text = text.translate(letter_table(digits=options.digits, drop_diacritics=options.drop_diacritics))
    text = re.sub(r"\r\n?", "\n", text)
    for compute_edits in _passes(options):
        edits = compute_edits(text)
        if edits:
            text = apply_edits(text, edits)
    return text
