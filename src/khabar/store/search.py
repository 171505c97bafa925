"""Persian-aware search analysis, query building for both backends, and snippets.

The same `analyze_terms` runs on documents and queries: `normalize_text` repairs
letters (its rule passes only), then letters and digits are folded (ي/ی, ك/ک, ۱/1 …),
words are split at spaces and half-spaces alike, plural suffixes are stripped and
stop words dropped. A word written with a half-space («همکاری‌های») is indexed as
its parts and as the joined whole, so the glued spelling («همکاریهای») finds it
too; a query's adjacent words are also tried joined («تفاهم نامه» finds
«تفاهمنامه»). Ranking is BM25 in SQLite's FTS5 and `ts_rank_cd` on PostgreSQL's
tsvector (see `postgres.py`). The analysed terms are plain word characters, so
the query syntax of either engine can never be injected.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

import jdatetime

from khabar.errors import InputError
from khabar.store.patterns import MIN_STEM, PLURAL_SUFFIXES, SEARCH_LETTER_FOLDS, STOP_WORDS
from khabar.text.normalize import NormalizeOptions, normalize_text

ZWNJ = "\u200c"
FOLD_TABLE = str.maketrans(SEARCH_LETTER_FOLDS)
DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alef, tatweel
# A word: letters/digits, possibly joined by half-spaces into one written word.
WORD = re.compile(rf"[^\W_]+(?:{ZWNJ}[^\W_]+)*")
MAX_QUERY_TERMS = 32
# Rule-based repair only: a trained half-space model could change between releases, and terms indexed
# under one model must still match queries analysed under the next; half-spaces are folded below instead.
SEARCH_NORMALIZATION = NormalizeOptions(digits="latin", halfspaces=False, punctuation=False)


def fold_letters(text: str) -> str:
    """Fold Arabic letter variants, digits and case to one search form."""
    return DIACRITICS.sub("", text.translate(FOLD_TABLE)).lower()


def stem(term: str) -> str:
    """Strip one plural suffix, keeping at least MIN_STEM letters."""
    for suffix in PLURAL_SUFFIXES:
        if term.endswith(suffix) and len(term) - len(suffix) >= MIN_STEM:
            return term[: -len(suffix)]
    return term


FOLDED_STOP_WORDS = frozenset(fold_letters(word) for word in STOP_WORDS)


def keep_term(term: str) -> str | None:
    """Return the stemmed term, or None for a stop word."""
    if term in FOLDED_STOP_WORDS:
        return None
    stemmed = stem(term)
    return None if stemmed in FOLDED_STOP_WORDS else stemmed


@lru_cache(maxsize=200_000)
def word_terms(word: str) -> tuple[str, ...]:
    """Return the terms of one folded written word: its half-space parts and, when it has parts, the joined whole."""
    parts = word.split(ZWNJ)
    forms = parts + (["".join(parts)] if len(parts) > 1 else [])
    return tuple(term for term in (keep_term(form) for form in forms) if term)


def split_words(text: str) -> list[str]:
    """Return the written words of `text`, repaired and folded."""
    return WORD.findall(fold_letters(normalize_text(text, SEARCH_NORMALIZATION)))


def analyze_terms(text: str) -> list[str]:
    """Return the index terms of a document, in order."""
    return [term for word in split_words(text) for term in word_terms(word)]


def index_text(text: str) -> str:
    """Return the analysed document as space-separated terms for the full-text engine."""
    return " ".join(analyze_terms(text))


@dataclass(frozen=True)
class QueryGroup:
    """One query word: any of `alternatives` matches (each alternative is an AND of terms)."""

    alternatives: tuple[tuple[str, ...], ...]


def analyze_query(query: str) -> list[QueryGroup]:
    """Turn a user query into groups that must all match; a word's parts are also tried joined."""
    words = split_words(query)[:MAX_QUERY_TERMS]
    groups: list[QueryGroup] = []
    index = 0
    while index < len(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if following and _may_be_one_word(words[index], following):
            parts, index = [words[index], following], index + 2
        else:
            parts, index = words[index].split(ZWNJ), index + 1
        group = _group_for(parts)
        if group:
            groups.append(group)
    return groups


def _may_be_one_word(word: str, following: str) -> bool:
    """Tell whether two query words may be one word written apart («همکاری های», «تفاهم نامه»)."""
    if ZWNJ in word or ZWNJ in following or not (word.isalpha() and following.isalpha()) or keep_term(word) is None:
        return False
    return keep_term(following) is None or len(word) + len(following) <= 12


def _group_for(parts: list[str]) -> QueryGroup | None:
    """Return the group matching the parts written apart, or written as one word."""
    kept = tuple(term for term in (keep_term(part) for part in parts) if term)
    alternatives = [kept] if kept else []
    joined = keep_term("".join(parts)) if len(parts) > 1 else None
    if joined and (joined,) not in alternatives:
        alternatives.append((joined,))
    return QueryGroup(tuple(alternatives)) if alternatives else None


def fts5_query(groups: list[QueryGroup]) -> str:
    """Render query groups as an FTS5 MATCH expression (terms are word characters, quoted anyway)."""
    rendered = []
    for group in groups:
        alternatives = [_parenthesize(" AND ".join(f'"{term}"' for term in alt), len(alt)) for alt in group.alternatives]
        rendered.append("(" + " OR ".join(alternatives) + ")" if len(alternatives) > 1 else alternatives[0])
    return " AND ".join(rendered)


def tsquery(groups: list[QueryGroup]) -> str:
    """Render query groups as a PostgreSQL tsquery for the 'simple' configuration."""
    rendered = []
    for group in groups:
        alternatives = [_parenthesize(" & ".join(alt), len(alt)) for alt in group.alternatives]
        rendered.append("(" + " | ".join(alternatives) + ")")
    return " & ".join(rendered)


def _parenthesize(expression: str, size: int) -> str:
    return f"({expression})" if size > 1 else expression


def highlight(text: str, groups: list[QueryGroup], *, width: int = 160, mark: tuple[str, str] = ("[", "]")) -> str:
    """Return the stretch of `text` with the most query hits, hits wrapped in `mark`."""
    wanted = {term for group in groups for alt in group.alternatives for term in alt}
    hits = [m.span() for m in WORD.finditer(text) if _word_hits(m.group(0), wanted)]
    if not hits:
        return text[:width].replace("\n", " ")
    start = max(0, _densest_start(hits, width) - 20)
    end = min(len(text), start + width)
    pieces, cursor = [], start
    for hit_start, hit_end in hits:
        if hit_start >= cursor and hit_end <= end:
            pieces += [text[cursor:hit_start], mark[0], text[hit_start:hit_end], mark[1]]
            cursor = hit_end
    pieces.append(text[cursor:end])
    prefix, suffix = ("…" if start else ""), ("…" if end < len(text) else "")
    return prefix + "".join(pieces).replace("\n", " ") + suffix


def _word_hits(word: str, wanted: set[str]) -> bool:
    return not wanted.isdisjoint(surface_terms(word))


@lru_cache(maxsize=200_000)
def surface_terms(word: str) -> tuple[str, ...]:
    """Return the terms of a word as written in a document (snippets look up the same words again and again)."""
    return word_terms(fold_letters(word))


def _densest_start(hits: list[tuple[int, int]], width: int) -> int:
    """Return the start of the window of `width` characters holding the most hits."""
    best_start, best_count, right = hits[0][0], 0, 0
    for left, (start, _end) in enumerate(hits):
        right = max(right, left)
        while right < len(hits) and hits[right][1] <= start + width:
            right += 1
        if right - left > best_count:
            best_start, best_count = start, right - left
    return best_start


@dataclass
class Filters:
    """What a search or listing is narrowed to; dates are ISO Gregorian."""

    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    entity: str | None = None
    event_type: str | None = None
    actor_country: str | None = None
    speaker: str | None = None


@dataclass
class Hit:
    """One search result: the best article of a story, or one article when copies are listed."""

    article_id: int
    story_id: int
    score: float
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    snippet: str
    copies: int = 1
    copy_urls: list[str] = field(default_factory=list)


DAY = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
JALALI_BEFORE = 1700  # a year below this is a Jalali year (Gregorian news is later)


def parse_day(value: str | None, *, last: bool = False) -> str | None:
    """Return the ISO Gregorian day of a Gregorian or Jalali date (YYYY, YYYY-MM or YYYY-MM-DD; / or -).

    A year or month alone stands for its first day, or its last when `last` is set (the end of a range).
    """
    if not value:
        return None
    match = DAY.match(value.strip().translate(FOLD_TABLE))
    if not match:
        raise InputError(f"cannot read the date {value!r}: expected YYYY-MM-DD or Jalali YYYY/MM/DD")
    year, month, day = (int(group) if group else None for group in match.groups())
    try:
        return _gregorian_day(year, month, day, last=last).isoformat()
    except ValueError:
        raise InputError(f"no such day: {value!r}") from None


def _gregorian_day(year: int, month: int | None, day: int | None, *, last: bool) -> dt.date:
    jalali = year < JALALI_BEFORE
    month = month or (12 if last else 1)
    if day is None:
        day = _month_length(year, month, jalali) if last else 1
    if jalali:
        return jdatetime.date(year, month, day).togregorian()
    return dt.date(year, month, day)


def _month_length(year: int, month: int, jalali: bool) -> int:
    if jalali:
        return 31 if month <= 6 else 30 if month <= 11 or jdatetime.date(year, 1, 1).isleap() else 29
    return calendar.monthrange(year, month)[1]
