"""Repair scraped Persian text: letters, digits, spacing, punctuation and half-spaces.

Each pass is a pure function from a text to a list of `Edit`s, so the same rules
serve both `repair` (which tracks offsets back to the raw input) and
`normalize_text` (plain strings, for large files).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from khabar.text import halfspace
from khabar.text.letters import ZWNJ, frequent_swaps, letter_pattern, letter_table
from khabar.text.offsets import Edit, TrackedText

# URLs, e-mail addresses and handles: no spacing rule may touch them.
PROTECTED = re.compile(
    r"(?:https?://|www\.)[^\s«»\"<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[a-zA-Z]{2,})+(?:/[^\s«»\"<>]*)?"
)
LINE_BREAK = re.compile(r"\r\n?")
PERSIAN_LETTER = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0]"

WHITESPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\r\f\v]"
ODD_WHITESPACE = r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000\r\f\v]"
ODD_BLANK = re.compile(ODD_WHITESPACE)
# Only the runs that need a change: two or more blanks, or any blank that is not a plain space.
SPACE_RUNS = re.compile(rf"{ODD_WHITESPACE}{WHITESPACE}*| {WHITESPACE}+")
EDGE_SPACES = re.compile(rf"^{WHITESPACE}+|{WHITESPACE}+$", re.MULTILINE)
# Half-spaces that separate nothing: repeated, beside a blank, or at a line's edge.
STRAY_ZWNJ = re.compile(rf"(?<=\u200c)\u200c+|(?<={WHITESPACE})\u200c+|\u200c+(?={WHITESPACE}|$)|^\u200c+", re.MULTILINE)
# No space before closing punctuation, none after an opening mark.
SPACE_BEFORE_CLOSING = re.compile(r"(?<=\S) +(?=[،؛؟!\)\]»]|[.:](?:\s|$|[^\w]))", re.MULTILINE)
SPACE_AFTER_OPENING = re.compile(r"(?<=[«\(\[]) +")
# A space after punctuation glued to the next Persian word (not between digits: 3.5, 1402/10/19, 12:30).
# The rule in one pattern; missing_space_edits runs the faster MISSING_SPACE_QUICK, which a test holds equal to it.
MISSING_SPACE_AFTER = re.compile(
    rf"(?<=[،؛؟!»\)])(?={PERSIAN_LETTER}|[«\(])|(?<={PERSIAN_LETTER}[.:])(?={PERSIAN_LETTER}|«)"
    rf"|(?<={PERSIAN_LETTER}:)(?=[0-9۰-۹])"
)
# The same three cases, each found from the punctuation mark before the missing space (the match is that
# mark, so it ends where the space goes): a search that starts from a rare character is several times faster.
MISSING_SPACE_QUICK = re.compile(
    rf"[،؛؟!»\).:](?:(?<=[،؛؟!»\)])(?={PERSIAN_LETTER}|[«\(])|(?<={PERSIAN_LETTER}[.:])(?={PERSIAN_LETTER}|«)"
    rf"|(?<={PERSIAN_LETTER}:)(?=[0-9۰-۹]))"
)
# Cheap tests that rule a pass out: what each rule needs somewhere in the text to fire at all.
SPACE_THEN_CLOSING = re.compile(r" [،؛؟!\)\]».:]")
# Each alternative of PROTECTED needs one of these (the last: a dot before two Latin letters).
PROTECTED_HINTS = ("://", "www.", "@")
DOT_LATIN = re.compile(r"\.[a-zA-Z]{2}")


@dataclass(frozen=True)
class NormalizeOptions:
    """How far to repair: the defaults are what every later stage expects."""

    digits: str = "keep"  # keep | latin | persian
    drop_diacritics: bool = True
    halfspaces: bool = True
    punctuation: bool = True


DEFAULT_OPTIONS = NormalizeOptions()


def protected_spans(text: str) -> list[tuple[int, int]]:
    if not any(hint in text for hint in PROTECTED_HINTS) and not DOT_LATIN.search(text):
        return []
    return [m.span() for m in PROTECTED.finditer(text)]


def _outside(spans: list[tuple[int, int]], edit: Edit) -> bool:
    """True when `edit` neither touches nor borders a protected span (spans sorted by start)."""
    index = bisect.bisect_right(spans, (edit.end + 1, edit.end + 1))
    return not any(start <= edit.end and edit.start <= end for start, end in spans[max(0, index - 2) : index])


def zwnj_edits(text: str) -> list[Edit]:
    """Drop half-spaces that join nothing: repeated ones and those beside a blank or a line edge."""
    if not _may_hold_stray_zwnj(text):
        return []
    return [Edit(m.start(), m.end(), "") for m in STRAY_ZWNJ.finditer(text)]


def _may_hold_stray_zwnj(text: str) -> bool:
    """Return False only when STRAY_ZWNJ cannot match (no ZWNJ beside a ZWNJ, a blank or a line edge)."""
    if ZWNJ not in text:
        return False
    # Beside a blank other than a space, or at an inner line edge: rare, left to the full pattern.
    return (ZWNJ + ZWNJ in text or " " + ZWNJ in text or ZWNJ + " " in text or text[0] == ZWNJ
            or text[-1] == ZWNJ or "\n" in text or ODD_BLANK.search(text) is not None)


def spacing_edits(text: str) -> list[Edit]:
    """Collapse runs of blanks into one space and strip blanks at line ends."""
    # Without odd blanks or newlines, only doubled spaces and a space at either end need work.
    if "  " not in text and text[:1] != " " and text[-1:] != " " and "\n" not in text and not ODD_BLANK.search(text):
        return []
    runs = [Edit(m.start(), m.end(), " ") for m in SPACE_RUNS.finditer(text)]
    edges = [Edit(m.start(), m.end(), "") for m in EDGE_SPACES.finditer(text)]
    return _merge(runs, edges) if edges else runs


def punctuation_edits(text: str) -> list[Edit]:
    """Drop the spaces before closing punctuation and after opening marks, leaving URLs and e-mail alone."""
    edits = []
    if SPACE_THEN_CLOSING.search(text):
        edits += [Edit(m.start(), m.end(), "") for m in SPACE_BEFORE_CLOSING.finditer(text)]
    if "« " in text or "( " in text or "[ " in text:  # what SPACE_AFTER_OPENING needs
        edits += [Edit(m.start(), m.end(), "") for m in SPACE_AFTER_OPENING.finditer(text)]
    return _unprotected(text, edits)


def missing_space_edits(text: str) -> list[Edit]:
    """Add the space after punctuation glued to the next word (a pass of its own, after `punctuation_edits`:
    «می .«» only has its stop glued to the word once the stray space is gone)."""
    # MISSING_SPACE_AFTER's positions, in order: each match is one character, so they never overlap.
    return _unprotected(text, [Edit(m.end(), m.end(), " ") for m in MISSING_SPACE_QUICK.finditer(text)])


def _unprotected(text: str, edits: list[Edit]) -> list[Edit]:
    """Return the edits that touch no URL or e-mail address, sorted, overlaps dropped."""
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


def halfspace_edits(text: str) -> list[Edit]:
    """Return the half-space repairs of the shipped model (looked up on each call, so a replaced model is used)."""
    return halfspace.default_model().edits(text)


@lru_cache(maxsize=None)
def _passes(options: NormalizeOptions) -> tuple[Callable[[str], list[Edit]], ...]:
    passes = [zwnj_edits, spacing_edits]
    if options.punctuation:
        passes += [punctuation_edits, missing_space_edits]
    if options.halfspaces:
        passes.append(halfspace_edits)
    return tuple(passes)


def repair(raw: str, options: NormalizeOptions = DEFAULT_OPTIONS) -> TrackedText:
    """Repair `raw`, keeping for every character the raw span it came from."""
    tracked = TrackedText.from_raw(raw)
    letters = {"digits": options.digits, "drop_diacritics": options.drop_diacritics}
    tracked = tracked.translate(letter_table(**letters), letter_pattern(**letters))
    if "\r" in tracked.text:
        tracked = tracked.sub(LINE_BREAK, "\n")
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


@lru_cache(maxsize=None)
def letter_tools(options: NormalizeOptions) -> tuple[re.Pattern[str], dict, tuple[tuple[str, str], ...]]:
    """Return the letter pattern, table and frequent swaps of `options` (see khabar.text.letters)."""
    letters = {"digits": options.digits, "drop_diacritics": options.drop_diacritics}
    return letter_pattern(**letters), letter_table(**letters), frequent_swaps(**letters)


def repair_letters(text: str, options: NormalizeOptions = DEFAULT_OPTIONS) -> str:
    """Apply `letter_table` to `text`: the same as `text.translate(table)`, only faster on news."""
    pattern, table, swaps = letter_tools(options)
    # Half the lines of news need no letter repair: finding that out is ten times cheaper than translating.
    if not pattern.search(text):
        return text
    for letter, replacement in swaps:
        if letter in text:
            text = text.replace(letter, replacement)
    return text.translate(table) if pattern.search(text) else text


def normalize_text(text: str, options: NormalizeOptions = DEFAULT_OPTIONS) -> str:
    """Repair one line (or a whole text) without tracking offsets."""
    text = repair_letters(text, options)
    if "\r" in text:
        text = LINE_BREAK.sub("\n", text)
    for compute_edits in _passes(options):
        edits = compute_edits(text)
        if edits:
            text = apply_edits(text, edits)
    return text
