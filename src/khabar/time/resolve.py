"""Resolve one matched time expression to a value, against the publication date.

Each `resolve_<kind>` reads the named groups of its kind in `patterns.KINDS` and returns a `Resolution`, or
None when the match is not a date after all («۲ تیر» needs a month word or a year; «1401/13/05» has no month 13).
Every period is computed as Gregorian days (first, last) through `calendar` and then written in the gold form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from khabar.time import calendar as cal
from khabar.time import patterns as pat

Days = cal.Days
# Years each calendar plausibly writes in the news; outside them a number is not taken as a year.
YEAR_RANGES: dict[str, range] = {
    "jalali": range(1200, 1500), "gregorian": range(1500, 2200), "hijri": range(1343, 1501),
}
PAST_TENSES = ("past", "perfect")
# A Jalali year begins in March of the Gregorian year this much larger; its winter begins in December.
JALALI_OFFSET = 621
WINTER_FIRST_MONTH = 10
# How far after the publication date a reported (past) day may still be taken as the nearest occurrence.
PAST_SLACK_DAYS = 60
# The share of a month each part covers, as (first day, last day); None is the month's last day.
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10), "mid": (11, 20), "late": (21, None), "first_half": (1, 15), "second_half": (16, None),
    "week1": (1, 7), "week2": (8, 14), "week3": (15, 21), "week4": (22, 28),
}
# The months of a year each part covers.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "first_half": (1, 6), "second_half": (7, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
}


class Resolution(NamedTuple):
    value: str | None
    calendar: str | None = None
    uncertain: bool = False


@dataclass
class Context:
    """What a value depends on besides the words: the publication date and the sentence around them.

    `find.ClauseContext` computes the same fields lazily from the text; tests build this one by hand.
    """

    published: dt.date | None
    tense: str | None = None  # "past", "perfect", "present", "future" or None when the clause gives no cue
    gregorian: bool = False
    article_gregorian: bool = False
    gregorian_nearby: bool = False  # Gregorian months named in the sentences around it (for «ماه آینده»)
    names_event: bool = False  # the expression follows an event noun («جلسه روز چهارشنبه»)
    dates_noun: bool = False  # the expression follows a noun of one day's things («روزنامه‌های امروز»)
    we_plan: bool = False  # the clause's verb is a «we» in the present or subjunctive («امروز … باید عمل کنیم»)


def resolve(kind: str, match: re.Match[str], context: Context) -> Resolution | None:
    """Return the resolution of a match of `kind`, or None when it is not a time expression."""
    try:
        return RESOLVERS[kind](match, context)
    except (ValueError, OverflowError):
        # Outside a calendar library's range (hijridate covers 1924-2077): found, but not resolved.
        return Resolution(None, uncertain=True)


# --- Shared helpers ----------------------------------------------------------------------------------------


def month_of(name: str) -> tuple[str, int]:
    """Return the calendar and number of a month name as matched."""
    return pat.MONTH_LOOKUP[pat.squash(name)]


def month_days(calendar: str, year: int, month: int) -> Days:
    """Return the Gregorian days of a month in any calendar."""
    if calendar == "jalali":
        return cal.jalali_month(year, month)
    if calendar == "hijri":
        return cal.hijri_month(year, month)
    return cal.gregorian_month(year, month)


def day_in(calendar: str, year: int, month: int, day: int) -> dt.date:
    """Return the Gregorian day of a date in any calendar; ValueError when it does not exist."""
    if calendar == "jalali":
        return cal.jalali_day(year, month, day)
    if calendar == "hijri":
        return cal.hijri_day(year, month, day)
    return dt.date(year, month, day)


def year_days(calendar: str, year: int) -> Days:
    """Return the Gregorian days of a year in any calendar."""
    return month_days(calendar, year, 1)[0], month_days(calendar, year, 12)[1]


def nearest(published: dt.date, candidates: list[Days]) -> Days:
    """Return the candidate period closest to the publication date (0 when it holds it)."""
    return min(candidates, key=lambda days: max((days[0] - published).days, (published - days[1]).days, 0))


def nearest_year(published: dt.date, calendar: str, build: Callable[[int], Days], *, past: bool = False) -> Days | None:
    """Return `build(year)` for the year around the publication date that lies closest to it.

    past (bool): the clause reports what happened: the latest one that begins on or before the date, unless
    the nearest lies under two months after it; a clause in the past often announces a coming date
    («همایش به ۸ اسفند موکول شد»), while a reported event months ahead cannot be.
    """
    try:
        here = cal.year_of(published, calendar)
    except (ValueError, OverflowError):
        return None
    candidates = []
    for year in (here - 1, here, here + 1):
        try:
            candidates.append(build(year))
        except (ValueError, OverflowError):
            continue  # the day does not exist that year («۳۰ اسفند» in a common year)
    if not candidates:
        return None
    found = nearest(published, candidates)
    if past and (found[0] - published).days > PAST_SLACK_DAYS and any(days[0] <= published for days in candidates):
        found = nearest(published, [days for days in candidates if days[0] <= published])
    return found


def relative_offset(words: str | None) -> int | None:
    """Return -1, 0 or +1 for relative words («سال گذشته», «امسال»); None for «بعد», counted from another event."""
    for word in (words or "").split():
        word = pat.squash(word)
        if word in ("امسال", "این", "همین"):
            return 0
        if word == "پارسال":
            return -1
        if word == "بعد":
            return None
        if word in pat.PERIOD_OFFSETS:
            return pat.PERIOD_OFFSETS[word]
    return 0


def year_from_groups(match: re.Match[str], tag: str, calendar: str, context: Context,
                     build: Callable[[int], Days]) -> tuple[int | None, bool]:
    """Return the year written after a month or season (or None) and whether it is uncertain.

    build (Callable): the days of the month or season in a given year; «اسفند گذشته» is the latest one over
    and «اسفند آینده» the next one to begin, while «اسفند سال گذشته» is the one in the previous year.
    """
    if match.group(f"y{tag}"):
        year = int(match.group(f"y{tag}"))
        return (year, False) if year in YEAR_RANGES[calendar] else (None, True)
    if match.group(f"yy{tag}"):
        return two_digit_year(int(match.group(f"yy{tag}")), calendar, context), True
    word = match.group(f"yr{tag}")
    if not word or context.published is None:
        return None, False
    here = cal.year_of(context.published, calendar)
    if word in ("گذشته", "آینده"):
        years = range(here - 2, here + 3)
        try:
            if word == "گذشته":
                return max(y for y in years if build(y)[1] < context.published), False
            return min(y for y in years if build(y)[0] > context.published), False
        except ValueError:
            return None, True  # no such day in the years around («۳۰ اسفند گذشته» after common years)
    offset = relative_offset(word)
    return (here + offset, False) if offset is not None else (None, True)


def checked(build: Callable[[int], Days]) -> Callable[[int], Days]:
    """Return `build` that answers a day missing in some year with an empty span, so that no year picks it."""

    def safe(year: int) -> Days:
        try:
            return build(year)
        except (ValueError, OverflowError):
            return dt.date.max, dt.date.min

    return safe


def two_digit_year(short: int, calendar: str, context: Context) -> int:
    """Return the full year a two-digit year most likely means: the century that puts it nearest."""
    centuries = {"jalali": (1300, 1400), "gregorian": (1900, 2000), "hijri": (1300, 1400)}[calendar]
    here = cal.year_of(context.published, calendar) if context.published else centuries[0] + 99
    return min((century + short for century in centuries), key=lambda year: (year > here + 1, abs(year - here)))


def part_of_month(days: Days, part: str) -> Days | None:
    """Return the days of a part of a month («اواخر», «نیمه دوم», «پایان»); None for a vague part."""
    first, last = days
    if part == "first_day":
        return first, first
    if part == "last_day":
        return last, last
    if part == "last_week":
        return last - dt.timedelta(days=6), last
    if part not in MONTH_PARTS:
        return None
    start, end = MONTH_PARTS[part]
    return first + dt.timedelta(days=start - 1), last if end is None else first + dt.timedelta(days=end - 1)


def part_of_year(calendar: str, year: int, part: str) -> Days | None:
    """Return the days of a part of a year (a half, a quarter, its first or last day); None for a vague part."""
    first, last = year_days(calendar, year)
    if part == "first_day":
        return first, first
    if part == "last_day":
        return last, last
    if part not in YEAR_PARTS:
        return None  # «اوایل/اواخر سال» has no agreed bounds
    start, end = YEAR_PARTS[part]
    return month_days(calendar, year, start)[0], month_days(calendar, year, end)[1]


def part_name(word: str | None) -> str | None:
    """Return the part a qualifier names («اواخر» -> late), or None."""
    return pat.PART_LOOKUP.get(pat.squash(word)) if word else None


def calendar_word(word: str | None) -> str | None:
    """Return the calendar a word names («میلادی» -> gregorian), or None."""
    return pat.CALENDAR_LOOKUP.get(pat.squash(word)) if word else None


def month_value(calendar: str, days: Days) -> str:
    """Return a whole month's value: `YYYY-MM` for a Gregorian month, else the span of its days."""
    if calendar == "gregorian" and days == cal.gregorian_month(days[0].year, days[0].month):
        return f"{days[0].year:04d}-{days[0].month:02d}"
    return cal.format_days(days)


def year_value(calendar: str, days: Days) -> str:
    """Return a whole year's value: `YYYY` for a Gregorian year, else the span of its days."""
    if calendar == "gregorian" and days == (dt.date(days[0].year, 1, 1), dt.date(days[0].year, 12, 31)):
        return f"{days[0].year:04d}"
    return cal.format_days(days)


def period_calendar(word: str | None, context: Context) -> str:
    """Return the calendar of «سال گذشته»-like words: Gregorian when the text says so nearby, else Jalali."""
    return calendar_word(word) or ("gregorian" if context.gregorian else "jalali")


# --- One resolver per kind ---------------------------------------------------------------------------------


def resolve_numeric(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «۱۴۰۱/۱۰/۱۹», «1401.10.19», «2023-01-09», «09/01/2023»."""
    year, month, day = (int(match.group(name) or match.group(name + "2")) for name in ("n_y", "n_m", "n_d"))
    calendar = next((name for name in ("jalali", "gregorian") if year in YEAR_RANGES[name]), None)
    if calendar is None:
        return None
    try:
        found = day_in(calendar, year, month, day)
    except ValueError:
        return None  # month 13, day 0: a number that only looks like a date
    return Resolution(found.isoformat(), calendar)


def resolve_day_month(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «۱۹ دی ۱۴۰۱», «نوزدهم دی ماه», «۹ ژانویه ۲۰۲۳», «۱۶ جمادی‌الثانی ۱۴۴۴», «۱۵ تا ۲۰ مرداد»."""
    day = day_number(match.group("dm_d"))
    first_day = day_number(match.group("dm_d0")) if match.group("dm_d0") else day
    calendar, month = month_of(match.group("dm_m") or match.group("dm_jm"))
    return resolve_days_of_month(match, "dm", context, (calendar, month), (first_day, day))


def resolve_day_word(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «سی مرداد», «بیست و دو بهمن ۱۳۵۷»: a day written as a cardinal word."""
    day = pat.CARDINAL_DAY_LOOKUP[pat.squash(match.group("dw_d"))]
    return resolve_days_of_month(match, "dw", context, month_of(match.group("dw_m")), (day, day))


def resolve_days_of_month(match: re.Match[str], tag: str, context: Context, month_key: tuple[str, int],
                          days: tuple[int, int]) -> Resolution | None:
    """Resolve days `days` (first, last) of a month, its year from the groups tagged `tag` or the nearest."""
    calendar, month = month_key
    first_day, day = days
    if not 1 <= first_day <= day <= 31:
        return None
    def build(y: int) -> Days:
        return day_in(calendar, y, month, first_day), day_in(calendar, y, month, day)

    year, uncertain = year_from_groups(match, tag, calendar, context, checked(build))
    if year is None and (uncertain or context.published is None):
        return Resolution(None, calendar, uncertain)

    if year is not None:
        try:
            return Resolution(cal.format_days(build(year)), calendar, uncertain)
        except (ValueError, OverflowError):
            return Resolution(None, calendar, True)  # «۳۱ اسفند»: no such day
    found = nearest_year(context.published, calendar, build, past=context.tense in PAST_TENSES)
    return Resolution(cal.format_days(found) if found else None, calendar, found is None)


def day_number(word: str) -> int:
    """Return the day a number or an ordinal word («نوزدهم») names."""
    return int(word) if word.isdigit() else pat.ORDINAL_LOOKUP[pat.squash(word)]


def resolve_month(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «دی‌ماه ۱۴۰۱», «ژانویه 2023», «ماه رمضان», «اواخر سپتامبر», «اسفند سال گذشته»."""
    calendar, month = month_of(match.group("mo_m"))
    part = part_name(match.group("mo_q"))
    has_year = any(match.group(name) for name in ("ymo", "yymo", "yrmo"))
    keyword = match.group("mo_k1") or match.group("mo_k2")
    if not (keyword or part or has_year):
        return None  # a bare «تیر», «مهر»: more often a word than a month
    if pat.squash(match.group("mo_m")) in pat.STRICT_MONTHS and not (keyword or match.group("ymo")):
        return None  # «آغاز می», «یک بر صفر پیش»: the word, not the month
    if part == "vague":
        return Resolution(None, calendar)
    year, uncertain = year_from_groups(match, "mo", calendar, context, lambda y: month_days(calendar, y, month))
    if year is not None:
        days: Days | None = month_days(calendar, year, month)
    elif uncertain or context.published is None:
        return Resolution(None, calendar, uncertain)
    else:
        days = nearest_year(context.published, calendar, lambda y: month_days(calendar, y, month),
                            past=context.tense in PAST_TENSES)
    if days is None:
        return Resolution(None, calendar, True)
    if part in MONTH_PARTS or part in ("first_day", "last_day", "last_week"):
        return Resolution(cal.format_days(part_of_month(days, part)), calendar, uncertain)
    return Resolution(month_value(calendar, days), calendar, uncertain)


def resolve_year(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «سال ۱۴۰۱», «سال ۲۰۲۳», «سال ۸۷», «1979 میلادی», «نیمه نخست سال ۱۴۰۱», «لایحه ۱۴۰۰»."""
    digits = match.group("yr_y") or match.group("yr_y2") or match.group("yr_y3")
    stated = calendar_word(match.group("yr_cal") or match.group("yr_cal2"))
    uncertain = len(digits) == 2
    if uncertain:
        calendar = stated or "jalali"
        year = two_digit_year(int(digits), calendar, context)
    else:
        year = int(digits)
        calendar = stated or next((name for name in ("jalali", "gregorian") if year in YEAR_RANGES[name]), None)
        if calendar is None or year not in YEAR_RANGES[calendar]:
            return None
    return year_resolution(calendar, year, part_name(match.group("yr_q")), uncertain)


def year_resolution(calendar: str, year: int, part: str | None, uncertain: bool = False) -> Resolution:
    """Return a year's resolution, or that of the part of it a qualifier names."""
    try:
        if part:
            days = part_of_year(calendar, year, part)
            return Resolution(cal.format_days(days) if days else None, calendar, uncertain)
        return Resolution(year_value(calendar, year_days(calendar, year)), calendar, uncertain)
    except (ValueError, OverflowError):
        return Resolution(None, calendar, True)


def resolve_year_range(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «1971 - 1972», «سال‌های ۱۳۸۰ تا ۱۳۸۴»."""
    first, last = int(match.group("yrg_a")), int(match.group("yrg_b"))
    calendar = calendar_word(match.group("yrg_cal")) or next(
        (name for name in ("jalali", "gregorian") if first in YEAR_RANGES[name]), None)
    if calendar is None or not 0 < last - first < 100 or last not in YEAR_RANGES[calendar]:
        return None
    if calendar == "gregorian":
        return Resolution(f"{first:04d}/{last:04d}", calendar)
    return Resolution(cal.format_days((year_days(calendar, first)[0], year_days(calendar, last)[1])), calendar)


def resolve_decade(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «دهه ۶۰» (the Jalali 1360s), «دهه 90 میلادی», «دهه ۱۹۹۰», «دهه شصت»."""
    word = match.group("dec_n")
    number = int(word) if word.isdigit() else pat.DECADE_LOOKUP[pat.squash(word)]
    if number % 10:
        return None
    stated = calendar_word(match.group("dec_cal"))
    if number >= 1000:
        calendar = stated or next((name for name in ("jalali", "gregorian") if number in YEAR_RANGES[name]), None)
        first = number
    else:
        calendar = stated or "jalali"
        first = (1300 if calendar == "jalali" else 1900) + number
    if calendar not in ("jalali", "gregorian") or first not in YEAR_RANGES[calendar]:
        return None
    if calendar == "gregorian":
        return Resolution(f"{first:04d}/{first + 9:04d}", calendar)
    return Resolution(cal.format_days((year_days(calendar, first)[0], year_days(calendar, first + 9)[1])), calendar)


def resolve_count(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «سه ماه پیش» (a point), «سه سال اخیر» (the span up to today), «دو روز آینده»; «چند …» is null."""
    word = match.group("c_n")
    count = int(word) if word.isdigit() else pat.CARDINAL_LOOKUP.get(pat.squash(word))
    unit, direction = match.group("c_u"), match.group("c_dir")
    published = context.published
    if count is None or published is None or direction in ("بعد", "جاری"):
        return Resolution(None)
    if unit == "قرن" and direction in ("پیش", "قبل"):
        return Resolution(None)
    if match.group("c_from") is not None:
        return Resolution(None)  # «۱۵ روز قبل از سال ۹۹» counts from another date, not from publication
    if direction in ("پیش", "قبل"):
        return Resolution(point_before(published, count, unit))
    days = span_of(published, count if direction in ("آینده", "آتی") else -count, unit)
    return Resolution(cal.format_days(days)) if days else Resolution(None, uncertain=True)


def point_before(published: dt.date, count: int, unit: str) -> str | None:
    """Return the point `count` units before the publication date, at the unit's granularity."""
    if unit in ("روز", "هفته"):
        return (published - dt.timedelta(days=count * (7 if unit == "هفته" else 1))).isoformat()
    if unit == "ماه":
        day = cal.shift_months(published, -count)
        return f"{day.year:04d}-{day.month:02d}"
    return f"{published.year - count * (10 if unit == 'دهه' else 1):04d}"


def span_of(published: dt.date, count: int, unit: str) -> Days | None:
    """Return the span from the publication date to `count` units away (negative: before it)."""
    months = {"ماه": 1, "سال": 12, "دهه": 120, "قرن": 1200}
    try:
        if unit in months:
            other = cal.shift_months(published, count * months[unit])
        else:
            other = published + dt.timedelta(days=count * (7 if unit == "هفته" else 1))
    except (ValueError, OverflowError):
        return None
    return (other, published) if other < published else (published, other)


def resolve_season(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «تابستان ۱۴۰۱», «زمستان سال گذشته», «پاییز امسال»: Jalali seasons, three months each."""
    first_month = pat.SEASON_LOOKUP[pat.squash(match.group("se_s"))]
    if calendar_word(match.group("calse")) not in (None, "jalali"):
        return None
    if not any(match.group(name) for name in ("yse", "yyse", "yrse")):
        return None  # a bare «بهار» is as often a figure of speech
    written = int(match.group("yse")) if match.group("yse") else None
    if written in YEAR_RANGES["gregorian"] and first_month != WINTER_FIRST_MONTH:
        # «تابستان سال 2006»: the Jalali season inside that Gregorian year (winter straddles two of them)
        return Resolution(cal.format_days(season_days(written - JALALI_OFFSET, first_month)), "jalali")
    year, uncertain = year_from_groups(match, "se", "jalali", context, lambda y: season_days(y, first_month))
    if year is None:
        return Resolution(None, "jalali", uncertain)
    return Resolution(cal.format_days(season_days(year, first_month)), "jalali", uncertain)


def season_days(year: int, first_month: int) -> Days:
    """Return the days of the Jalali season starting at `first_month`."""
    return cal.jalali_month(year, first_month)[0], cal.jalali_month(year, first_month + 2)[1]


def resolve_named(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «روز عاشورا», «عید فطر», «دهه فجر», «نوروز ۹۶»: the stated year's, else the nearest occurrence."""
    name = pat.squash(match.group("nd_n"))
    calendar, month, first, last = pat.NAMED_LOOKUP[name]
    if name in pat.NAMED_NEEDS_DAY and not (match.group("nd_k") or match.group("nd_y")):
        return None
    if match.group("nd_k") == "ایام":
        return Resolution(None, calendar)
    year_digits, uncertain = match.group("nd_y"), False
    if year_digits:
        uncertain = len(year_digits) == 2
        year = two_digit_year(int(year_digits), "jalali", context) if uncertain else int(year_digits)
        stated = next((name for name in ("jalali", "gregorian") if year in YEAR_RANGES[name]), None)
        if stated is None:
            return Resolution(None, calendar, True)
        around = year_days(stated, year)[0] + dt.timedelta(days=182)  # the occurrence nearest mid-year
    elif context.published is None:
        return Resolution(None, calendar)
    else:
        around = context.published
    days = nearest_year(around, calendar,
                        lambda y: (day_in(calendar, y, month, first), day_in(calendar, y, month, last)))
    return Resolution(cal.format_days(days) if days else None, calendar, uncertain or days is None)


def nth_weekday(days: Days, weekday: int, nth: int) -> dt.date | None:
    """Return the `nth` `weekday` (Python numbering) within `days`, counting back from the end when `nth` < 0."""
    first, last = days
    if nth < 0:
        found = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    else:
        found = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return found if first <= found <= last else None


def weekday_of_month(context: Context, calendar: str, month: int, weekday: int, nth: int,
                     year: int | None = None) -> Resolution:
    """Return the day that is the `nth` `weekday` of a month: of `year`, else of the occurrence nearest publication."""
    def build(y: int) -> Days:
        found = nth_weekday(month_days(calendar, y, month), weekday, nth)
        if found is None:
            raise ValueError("no such weekday in that month")
        return found, found

    if year is not None:
        return Resolution(cal.format_days(build(year)), calendar)
    if context.published is None:
        return Resolution(None, calendar)
    days = nearest_year(context.published, calendar, build)
    return Resolution(cal.format_days(days) if days else None, calendar, days is None)


def resolve_nth_weekday(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «آخرین جمعه ماه مبارک رمضان», «اولین دوشنبه نوامبر ۲۰۲۰»: one weekday of a month."""
    calendar, month = month_of(match.group("nw_m"))
    weekday = pat.WEEKDAY_LOOKUP[pat.squash(match.group("nw_w"))]
    nth = pat.NTH_LOOKUP[pat.squash(match.group("nw_o"))]
    year, uncertain = year_from_groups(
        match, "nw", calendar, context, lambda y: month_days(calendar, y, month))
    if uncertain and year is None:
        return Resolution(None, calendar, True)
    return weekday_of_month(context, calendar, month, weekday, nth, year)


def resolve_named_weekday(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «روز جهانی قدس» (the last Friday of Ramadan): the occurrence nearest the publication date."""
    calendar, month, weekday, nth = pat.NAMED_WEEKDAY_LOOKUP[pat.squash(match.group("nwd_n"))]
    return weekday_of_month(context, calendar, month, weekday, nth)


def resolve_relative_year(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «امسال», «سال گذشته», «سال جاری میلادی», «پایان امسال», «سال نو»."""
    direction = match.group("ry_d")
    if match.group("ry_n"):
        return new_year(context, calendar_word(match.group("ry_cal")))
    calendar = period_calendar(match.group("ry_cal"), context)
    offset = relative_offset(match.group("ry_w") or direction)
    if offset is None or context.published is None:
        return Resolution(None, calendar)
    year = cal.year_of(context.published, calendar) + offset
    return year_resolution(calendar, year, part_name(match.group("ry_q")))


def new_year(context: Context, stated: str | None) -> Resolution:
    """Resolve «سال نو»: the new year's day nearest the publication date, Gregorian in a Gregorian article."""
    calendar = stated or ("gregorian" if context.article_gregorian else "jalali")
    if context.published is None:
        return Resolution(None, calendar)
    days = nearest_year(context.published, calendar, lambda y: (day_in(calendar, y, 1, 1),) * 2)
    return Resolution(days[0].isoformat() if days else None, calendar)


def resolve_year_part(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «پایان سال», «نیمه نخست سال», «آغاز سال جدید»: a part of the current (or coming) year."""
    calendar = period_calendar(None, context)
    if context.published is None:
        return Resolution(None, calendar)
    year = cal.year_of(context.published, calendar)
    part = part_name(match.group("yp_q"))
    if match.group("yp_new"):  # «آغاز سال جدید»: the year whose first day lies nearest
        year = cal.year_of(nearest_year(context.published, calendar, lambda y: (day_in(calendar, y, 1, 1),) * 2)[0],
                           calendar)
    elif context.tense in PAST_TENSES and (part_of_year(calendar, year, part) or (context.published,))[0] > \
            context.published:
        year -= 1  # «تا پایان سال ادامه داشت»: a report looks back on the year that has ended
    return year_resolution(calendar, year, part)


def resolve_relative_month(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «ماه گذشته», «ماه جاری», «این ماه», «اواخر ماه آینده»: Gregorian among Gregorian months nearby."""
    nearby = "gregorian" if context.gregorian_nearby else None
    calendar = calendar_word(match.group("rm_cal")) or nearby or period_calendar(None, context)
    offset = relative_offset(match.group("rm_d"))
    if offset is None or context.published is None:
        return Resolution(None, calendar)
    if calendar == "gregorian":
        day = cal.shift_months(context.published.replace(day=1), offset)
        days = cal.gregorian_month(day.year, day.month)
    else:
        here = cal.jdatetime.date.fromgregorian(date=context.published)
        index = here.year * 12 + here.month - 1 + offset
        days = cal.jalali_month(index // 12, index % 12 + 1)
    part = part_name(match.group("rm_q"))
    if part:
        found = part_of_month(days, part)
        return Resolution(cal.format_days(found) if found else None, calendar)
    return Resolution(month_value(calendar, days), calendar)


def week_of(published: dt.date, offset: int) -> Days:
    """Return the Saturday-to-Friday week holding the publication date, moved by `offset` weeks."""
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7) + dt.timedelta(weeks=offset)
    return saturday, saturday + dt.timedelta(days=6)


def resolve_relative_week(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «هفته گذشته», «این هفته», «هفته آینده»: Saturday-to-Friday weeks."""
    offset = relative_offset(match.group("rw_d"))
    if offset is None or context.published is None:
        return Resolution(None)
    return Resolution(cal.format_days(week_of(context.published, offset)))


def resolve_weekday(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «روز دوشنبه» by the tense of its sentence, «دوشنبه گذشته», «دوشنبه هفته آینده»."""
    weekday = pat.WEEKDAY_LOOKUP[pat.squash(match.group("wd_w"))]
    published = context.published
    if published is None:
        return Resolution(None)
    qualifier = match.group("wd_q") or ""
    if "هفته" in qualifier:
        offset = relative_offset(qualifier)
        if offset is None:
            return Resolution(None)
        saturday = week_of(published, offset)[0]
        return Resolution((saturday + dt.timedelta(days=(weekday - 5) % 7)).isoformat())
    back = (published.weekday() - weekday) % 7
    direction = relative_offset(qualifier) if qualifier else None
    if qualifier and direction is None:
        return Resolution(None)
    if direction == -1:
        return Resolution((published - dt.timedelta(days=back or 7)).isoformat())
    if direction == 1 or (not qualifier and context.tense == "future" and not context.names_event):
        return Resolution((published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)).isoformat())
    return Resolution((published - dt.timedelta(days=back)).isoformat())


def resolve_relative_day(match: re.Match[str], context: Context) -> Resolution | None:
    """Resolve «امروز», «دیروز», «فردا», «روز گذشته», «بامداد امروز», «امروز دوشنبه»."""
    word = match.group("rd_w")
    offset = pat.RELATIVE_LOOKUP[pat.squash(word)]
    if match.group(0) == word == "امروز" and not context.dates_noun and (
        context.tense not in ("past", "future") or context.we_plan
    ):
        # A bare «امروز» in a clause in the present or perfect, or with a «we» planning («امروز به آرمان‌های خود
        # می‌رسیم»، «باید امروز … عمل کنیم»), means "nowadays", unless it dates a noun.
        return None
    if context.published is None:
        return Resolution(None)
    return Resolution((context.published + dt.timedelta(days=offset)).isoformat())


def resolve_vague(match: re.Match[str], context: Context) -> Resolution | None:
    """Keep a vague span («سال‌های اخیر», «به زودی») with a null value."""
    return Resolution(None)


RESOLVERS: dict[str, Callable[[re.Match[str], Context], Resolution | None]] = {
    kind: globals()[f"resolve_{kind}"] for kind in pat.KINDS
}
