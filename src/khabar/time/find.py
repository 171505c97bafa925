"""Find the time expressions of a text and resolve each against the publication date (compute only)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import jdatetime

from khabar.analysis import Span, TimeExpression
from khabar.time import patterns as pat
from khabar.time.calendar import format_days, jalali_day, jalali_form, value_days
from khabar.time.resolve import YEAR_RANGES, Context, Resolution, resolve, year_resolution

# Kinds that may stand just before an explicit date and then form one expression with it («فردا جمعه 28 اکتبر»).
LEADING_KINDS = frozenset({"relative_day", "weekday", "named"})
DATE_KINDS = frozenset({"day_month", "day_word", "numeric"})
# Kinds that two of, joined by «تا», make one range («۲۵ مهر تا چهار آبان»).
RANGE_KINDS = frozenset({"day_month", "day_word"})
YEAR_KINDS = frozenset({"year", "year_range"})
_JOIN = re.compile(r"[\s\u200c،,]*(?:(?:مورخ|به[\s\u200c]+تاریخ)[\s\u200c]*)?")
_RANGE_JOIN = re.compile(r"[\s\u200c]*(?:تا|الی|-|–)[\s\u200c]*")
# Two dates joined by «تا» form one range only when it spans less than a year.
MAX_RANGE_DAYS = 366
_LIST_YEAR = re.compile(r"[\s\u200c]*(?:[،,]|و)[\s\u200c]*(\d{4})(?!\d)")
_CLAUSE_BREAKS = ":«»"
_GREGORIAN_HINT = re.compile(
    r"(?<![\w\u200c])" + pat.words([name for number, names in pat.GREGORIAN_MONTHS.items() if number != 5
                                    for name in names] + ["میلادی"]) + r"(?!\w)"
)
# A Jalali month named as a month: the unambiguous names, or any with «ماه» after it or a day before it.
_JALALI_HINT = re.compile(
    r"(?<![\w\u200c])(?:" + pat.words([n for names in pat.JALALI_MONTHS.values() for n in names
                                         if n not in pat.AMBIGUOUS_JALALI_MONTHS] + ["شمسی"]) + r"(?!\w)"
    r"|\d[\s\u200c]*" + pat.words(pat.AMBIGUOUS_JALALI_MONTHS) + r"(?!\w)"
    r"|" + pat.words(pat.AMBIGUOUS_JALALI_MONTHS) + r"[\s\u200c]*ماه)"
)
# How far (in characters) on either side of its sentence a Gregorian month name makes «ماه آینده» Gregorian
# (months only: «امسال» and «سال گذشته» stay with their sentence, where Jalali years are the rule).
GREGORIAN_REACH = 600
_WORD_BEFORE = re.compile(r"(\w+)[\s\u200c]*$")
# «روزنامه‌های امروز»: the papers of a day (a plural with its half-space, which `_WORD_BEFORE` would cut).
_PAPERS_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{'|'.join(pat.DATED_NOUNS)})(?:\u200c?(?:های|ها|ی))?[\s\u200c]+$")
_WORD_AFTER = re.compile(r"[\s\u200c]*(\w+)")
# «برای تکمیل … تا X»: a purpose, whose «تا» deadline lies ahead of the verb that reports it.
PURPOSE = "برای"


@dataclass
class Found:
    """One match on its way to a `TimeExpression`."""

    kind: str
    start: int
    end: int
    resolution: Resolution


def find_times(
    text: str,
    sentences: Sequence[Span] = (),
    published: dt.date | None = None,
    *,
    skip: Span | None = None,
) -> list[TimeExpression]:
    """Return every time expression in `text`, in order, resolved against `published`.

    text (str): the repaired text.
    sentences (Sequence[Span]): its sentences; a weekday's tense and the calendar of «سال گذشته» come from them.
    published (date | None): the publication date; without it relative expressions stay null.
    skip (Span | None): a span that is not a date (a dateline that is an outlet's name).
    RETURNS (list[TimeExpression]): the expressions with their values and Jalali forms.
    """
    # No digit folding: `\d` and int() read Persian and Arabic digits as they are.
    article = Article(text, sorted((s.start, s.end) for s in sentences) or [(0, len(text))], published)
    found: list[Found] = []
    position = 0
    for start in candidate_starts(text):
        if start < position or not pat.START_PATTERN.match(text, start):
            continue
        match = pat.PATTERN.match(text, start)
        if match is None:
            continue
        if is_day_in_general(text, match):
            position = match.end()  # its parts («جمعه»، «ماه رمضان») are no dates either
            continue
        item = resolved(match, article, skip)
        if item is not None:
            found.append(item)
            position = match.end()
    found = add_listed_years(text, merge_ranges(text, merge_leading(text, found)))
    return [to_expression(text, item) for item in found]


def candidate_starts(text: str) -> list[int]:
    """Return the word starts where an expression may begin: a few words before each anchor word or number."""
    starts: set[int] = set()
    for anchor in pat.ANCHOR_PATTERN.finditer(text):
        reach = 1 if anchor.group("digit") else pat.ANCHOR_REACH
        before = [word.start() for word in pat.WORD_START.finditer(text, max(anchor.start() - 12 * reach, 0),
                                                                       anchor.start())]
        starts.update(before[-reach:])
        starts.add(anchor.start())
    return sorted(starts)


def resolved(match: re.Match[str], article: Article, skip: Span | None) -> Found | None:
    """Return the resolved match, or None when it is not a date here."""
    kind = match.lastgroup
    if skip and match.start() < skip.end and skip.start < match.end():
        return None
    if not is_date_use(kind, article.text, match):
        return None
    resolution = resolve(kind, match, ClauseContext(article, match.start(), match.end()))
    return Found(kind, match.start(), match.end(), resolution) if resolution is not None else None


def is_day_in_general(text: str, match: re.Match[str]) -> bool:
    """Return whether a named day is meant in general, not as a date: «هرساله روز قدس»، «روز قدس یادآور …»."""
    if match.lastgroup not in ("named", "nth_weekday", "named_weekday"):
        return False
    if word_before(text, match.start()) in pat.GENERAL_DAY_BEFORE:
        return True
    after = _WORD_AFTER.match(text, match.end())
    return match.lastgroup != "nth_weekday" and after is not None and after.group(1) in pat.GENERAL_DAY_AFTER


def is_date_use(kind: str, text: str, match: re.Match[str]) -> bool:
    """Return False for names and phrases that only look like dates («نماز جمعه», «تا امروز», «ساعت 17 روز»)."""
    if kind in ("day_month", "day_word") and word_before(text, match.start()) in pat.DAY_MONTH_NOT_DATE_BEFORE:
        return False
    if kind == "named" and word_before(text, match.start()) in pat.NAMED_NOT_DATE_BEFORE:
        return False
    if kind == "day_month" and match.group("dm_jm"):
        return is_joined_may(text, match)
    if kind in ("day_month", "month"):
        return not is_verb_prefix(text, match)
    if kind not in ("weekday", "relative_day", "count"):
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if kind == "count":
        return not (before and before.group(1) in pat.COUNT_NOT_DATE_BEFORE)
    if kind == "weekday":
        if text[match.start() - 1:match.start()] == "«" and text[match.end():match.end() + 1] == "»":
            return False  # «دوشنبه» alone in quotes is the city (Dushanbe), not the day
        after = _WORD_AFTER.match(text, match.end())
        return not (before and before.group(1) in pat.WEEKDAY_NOT_DATE_BEFORE) and not (
            after and after.group(1) in pat.WEEKDAY_NOT_DATE_AFTER)
    first = match.group(0).split()[0]
    return not (before and first.startswith("امروز") and before.group(1) in pat.TODAY_NOT_DATE_BEFORE)


def is_verb_prefix(text: str, match: re.Match[str]) -> bool:
    """Return whether a month «می» is the verb prefix written apart («۱۰ می شود»): a verb follows it."""
    month = match.group("dm_m") if match.lastgroup == "day_month" else match.group("mo_m")
    if pat.squash(month) != "می":
        return False
    after = _WORD_AFTER.match(text, match.end("dm_m" if match.lastgroup == "day_month" else "mo_m"))
    return after is not None and after.group(1) in pat.VERBS_AFTER_MI


def word_before(text: str, pos: int) -> str:
    """Return the word that ends right before `pos` (spaces between), or ''."""
    before = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return before.group(1) if before else ""


def is_joined_may(text: str, match: re.Match[str]) -> bool:
    """Return whether «N ماه می‌X» is the date: «روز» or an ordinal day before, no verb stem after «می‌»."""
    if match.group("dm_d0") or not (match.group("dm_k") or not match.group("dm_d").isdigit()):
        return False  # «۲ ماه می‌گذرد»: two months pass
    after = _WORD_AFTER.match(text, match.end() + 1)
    return after is None or after.group(1) not in pat.VERBS_AFTER_MI


class Article:
    """The text, its sentence spans and publication date, and facts about it computed once when asked."""

    def __init__(self, text: str, spans: list[tuple[int, int]], published: dt.date | None):
        self.text, self.spans, self.published = text, spans, published

    @cached_property
    def gregorian(self) -> bool:
        return _GREGORIAN_HINT.search(self.text) is not None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of the sentence holding `start`, stretched to hold `end`."""
        index = max(bisect.bisect_right(self.spans, (start, len(self.text))) - 1, 0)
        first, last = self.spans[index]
        return min(first, start), max(last, end)


class ClauseContext(Context):
    """The `Context` of one match, each field computed from its sentence only when a resolver reads it."""

    def __init__(self, article: Article, start: int, end: int):  # noqa: D107 - fields are lazy
        self.article, self.start, self.end = article, start, end
        self.published = article.published

    @cached_property
    def tense(self) -> str | None:
        text = self.article.text
        if self.purpose_deadline:
            return None  # «دستوری برای تکمیل … تا اوایل جولای صادر شده است»: the deadline of a purpose, still ahead
        sentence_start, _ = self.article.sentence(self.start, self.end)
        clause_start = max((text.rfind(mark, sentence_start, self.start) for mark in _CLAUSE_BREAKS), default=-1)
        return clause_tense(text, max(clause_start + 1, sentence_start), self.start, self.end, self.clause_end)

    @cached_property
    def clause_end(self) -> int:
        """Return where the expression's clause ends: the first clause break after it, else its sentence's end."""
        text = self.article.text
        _, sentence_end = self.article.sentence(self.start, self.end)
        return min((i for i in (text.find(mark, self.end, sentence_end) for mark in _CLAUSE_BREAKS) if i >= 0),
                   default=sentence_end)

    @cached_property
    def we_plan(self) -> bool:
        """Tell whether the clause's first verb after the expression is a «we» in the present or subjunctive."""
        cue = pat.TENSE_PATTERN.search(self.article.text, self.end, self.clause_end)
        return cue is not None and cue.lastgroup in ("future", "present") and cue.group().endswith("یم")

    @cached_property
    def purpose_deadline(self) -> bool:
        """Tell whether the expression is «تا X» inside a purpose phrase («برای تکمیل … تا X»): a deadline ahead.

        «خشکسالی تا پایان سال ادامه داشت»: without «برای», «تا» ends what the verb reports, in its tense.
        """
        text = self.article.text
        if not text[max(0, self.start - 4) : self.start].rstrip(" \u200c").endswith("تا"):
            return False  # most expressions: one slice, no search
        if word_before(text, self.start) != "تا":
            return False
        start, _ = self.article.sentence(self.start, self.end)
        clause = re.split("[،,؛:]", text[start : self.start])[-1].split()
        return PURPOSE in clause and "از" not in clause[clause.index(PURPOSE) :]

    @cached_property
    def gregorian(self) -> bool:
        return _GREGORIAN_HINT.search(self.article.text, *self.article.sentence(self.start, self.end)) is not None

    @cached_property
    def gregorian_nearby(self) -> bool:
        # «names Gregorian months around it» (GUIDE.md): a few sentences either side, unless the sentence
        # itself counts in Jalali months («امسال از ۱۱ فروردین …»)
        text = self.article.text
        start, end = self.article.sentence(self.start, self.end)
        if _JALALI_HINT.search(text, start, end):
            return False
        window = (max(start - GREGORIAN_REACH, 0), min(end + GREGORIAN_REACH, len(text)))
        return _GREGORIAN_HINT.search(text, *window) is not None

    @cached_property
    def names_event(self) -> bool:
        return word_before(self.article.text, self.start) in pat.EVENT_NOUNS

    @cached_property
    def dates_noun(self) -> bool:
        return _PAPERS_BEFORE.search(self.article.text, max(0, self.start - 30), self.start) is not None

    @cached_property
    def article_gregorian(self) -> bool:
        return self.article.gregorian


def clause_tense(text: str, clause_start: int, start: int, end: int, clause_end: int) -> str | None:
    """Return the tense ("future", "past", "perfect", "present") of the clause's first cue after the expression;
    with none after it, "future" when a cue before it announces a plan («قرار است روز دوشنبه …»), else None."""
    after = pat.TENSE_PATTERN.search(text, end, clause_end)
    if after is not None:
        return after.lastgroup
    before = [cue.lastgroup for cue in pat.TENSE_PATTERN.finditer(text, clause_start, start)]
    return "future" if "future" in before[-1:] else None


def merge_leading(text: str, found: list[Found]) -> list[Found]:
    """Join a relative word or weekday to the explicit date right after it; the date gives the value."""
    merged: list[Found] = []
    for item in found:
        previous = merged[-1] if merged else None
        if (previous and item.kind in DATE_KINDS and previous.kind in LEADING_KINDS
                and _JOIN.fullmatch(text, previous.end, item.start)):
            merged[-1] = Found(item.kind, previous.start, item.end, item.resolution)
        else:
            merged.append(item)
    return merged


def merge_ranges(text: str, found: list[Found]) -> list[Found]:
    """Join «۳۰ شهریور تا ۵ مهر» (two dates with «تا» between) into one span from the first to the second."""
    merged: list[Found] = []
    for item in found:
        previous = merged[-1] if merged else None
        joined = previous is not None and _RANGE_JOIN.fullmatch(text, previous.end, item.start) is not None
        if (joined and item.kind in RANGE_KINDS and previous.kind in RANGE_KINDS
                and previous.resolution.value and item.resolution.value):
            first, last = value_days(previous.resolution.value)[0], value_days(item.resolution.value)[1]
            if first > last:  # «۳۰ شهریور تا ۵ مهر ۱۴۰۱»: the year written once, after the second date
                first = year_before(first, item.resolution.calendar) or first
            if first <= last and (last - first).days <= MAX_RANGE_DAYS:
                span = Resolution(format_days((first, last)), item.resolution.calendar,
                                  previous.resolution.uncertain or item.resolution.uncertain)
                merged[-1] = Found(item.kind, previous.start, item.end, span)
                continue
        merged.append(item)
    return merged


def year_before(day: dt.date, calendar: str | None) -> dt.date | None:
    """Return the same day of the month one year earlier in `calendar` (None where that day does not exist)."""
    try:
        if calendar == "jalali":
            jalali = jdatetime.date.fromgregorian(date=day)
            return jalali_day(jalali.year - 1, jalali.month, jalali.day)
        if calendar == "gregorian":
            return day.replace(year=day.year - 1)
    except ValueError:
        return None
    return None


def add_listed_years(text: str, found: list[Found]) -> list[Found]:
    """Add the bare years listed after a year («سال‌های 1982، 1979 و ...»), each its own expression."""
    extra: list[Found] = []
    starts = [item.start for item in found]
    for index, item in enumerate(found):
        if item.kind not in YEAR_KINDS or not item.resolution.value:
            continue
        limit = starts[index + 1] if index + 1 < len(found) else len(text)
        position = item.end
        calendar = item.resolution.calendar
        while (listed := _LIST_YEAR.match(text, position)) and listed.end() <= limit:
            year = int(listed.group(1))
            if year not in YEAR_RANGES.get(calendar, ()):
                break
            extra.append(Found("year", listed.start(1), listed.end(1), year_resolution(calendar, year, None)))
            position = listed.end()
    return sorted(found + extra, key=lambda item: item.start)


def to_expression(text: str, item: Found) -> TimeExpression:
    """Return the `TimeExpression` of a found match."""
    value = item.resolution.value
    return TimeExpression(
        start=item.start,
        end=item.end,
        text=text[item.start:item.end],
        value=value,
        jalali=jalali_form(value) if value else None,
        calendar=item.resolution.calendar,
        uncertain=item.resolution.uncertain,
    )
