"""Boilerplate and metadata in scraped news: empty footers, agency credits, datelines.

Empty byline and source footers («• نویسنده :») are removed from the text. Agency
lead-ins («به گزارش خبرگزاری فارس …») and source prefixes («ایرنا:»، «تهران- ایسنا-»)
stay in the text and are recorded as credits. A leading date prefix («۱۹ دی:») is
parsed into a `Dateline`; when the same words are also the name of an outlet (a Qom
weekly is called «۱۹ دی»), the dateline records that ambiguity instead of asserting a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.analysis import Dateline, SourceCredit
from khabar.text.letters import TO_LATIN_DIGITS
from khabar.text.offsets import Edit

FOOTER_LABELS = ("نویسنده", "منبع", "خبرنگار", "عکاس", "کد خبر", "تاریخ انتشار", "برچسب‌ها", "کلیدواژه‌ها", "لینک کوتاه")
EMPTY_FOOTER = re.compile(
    r"^[ \t]*[•·*\-–]?[ \t]*(?:" + "|".join(FOOTER_LABELS) + r")[ \t]*[:：][ \t]*(?:\n|$)", re.MULTILINE
)

JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
DAY_ORDINALS = (
    "اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم سیزدهم چهاردهم پانزدهم شانزدهم "
    "هفدهم هجدهم نوزدهم بیستم بیست‌ویکم بیست‌ودوم بیست‌وسوم بیست‌وچهارم بیست‌وپنجم بیست‌وششم "
    "بیست‌وهفتم بیست‌وهشتم بیست‌ونهم سی‌ام سی‌ویکم"
).split()
_ORDINAL_DAY = {word: day for day, word in enumerate(DAY_ORDINALS, start=1)} | {"یکم": 1}

DIGITS = r"[0-9۰-۹]"
DATELINE = re.compile(
    rf"^(?P<city>[^\W\d_][^\n:\-–]{{0,20}}?[ \t]*[-–][ \t]*)?"
    rf"(?P<date>(?P<day>{DIGITS}{{1,2}}|{'|'.join(sorted(_ORDINAL_DAY, key=len, reverse=True))})[ \t]+"
    rf"(?P<month>{'|'.join(JALALI_MONTHS)})(?:[ \t\u200c]*ماه)?(?:[ \t]+(?P<year>{DIGITS}{{2,4}}))?)"
    rf"[ \t]*[:\-–]"
)


@dataclass(frozen=True)
class Outlet:
    canonical: str
    kind: str
    city: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    """Load the outlet gazetteer shipped in khabar/data/outlets.tsv."""
    from khabar.text.normalize import NormalizeOptions, normalize_text

    plain = NormalizeOptions(halfspaces=False)
    rows = []
    text = resources.files("khabar.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[2:]:
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, city, *aliases = line.split("\t")
        rows.append(Outlet(canonical, kind, city, tuple(normalize_text(a, plain) for a in aliases if a)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, Outlet]:
    index: dict[str, Outlet] = {}
    for outlet in outlets():
        for alias in outlet.aliases:
            index.setdefault(_fold(alias), outlet)
    return index


def _fold(text: str) -> str:
    """Fold digits, half-spaces and spacing so that «۱۹ دی» finds «19 دی»."""
    return re.sub(r"[\s\u200c]+", " ", text.translate(TO_LATIN_DIGITS)).strip()


def find_outlet(name: str) -> Outlet | None:
    """Return the outlet called `name`, if the gazetteer knows it."""
    return _alias_index().get(_fold(name))


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    aliases = sorted({alias for outlet in outlets() for alias in outlet.aliases}, key=len, reverse=True)
    names = "|".join(re.escape(a).replace(r"\ ", r"[ \u200c]?") for a in aliases)
    kinds = r"(?:خبرگزاری|روزنامه|هفته‌نامه|پایگاه خبری|پایگاه اطلاع‌رسانی|شبکه|سایت|خبرنگار)"
    lead_in = re.compile(
        rf"^به گزارش[ \t]+(?:(?:حوزه|گروه|سرویس)[ \t]+[^\n،]{{1,40}}?[ \t]+)?(?:{kinds}[ \t]+)?[\"«]?(?P<name>{names})[\"»]?(?=[\s،,.:]|$)",
        re.MULTILINE,
    )
    prefix = re.compile(
        rf"^(?:[^\W\d_]{{2,15}}[ \t]*[-–(][ \t]*)?(?:{kinds}[ \t]+)?(?P<name>{names})[ \t]*(?:\)[ \t]*)?[:\-–]",
        re.MULTILINE,
    )
    return lead_in, prefix


def footer_edits(text: str) -> list[Edit]:
    """Edits that delete empty byline/source footer lines (and the blank lines they leave)."""
    edits = [Edit(m.start(), m.end(), "") for m in EMPTY_FOOTER.finditer(text)]
    if edits and edits[-1].end == len(text):
        # The text ended with footers: drop the newline before them as well.
        first = len(edits) - 1
        while first > 0 and edits[first - 1].end == edits[first].start:
            first -= 1
        start = edits[first].start
        if start > 0 and text[start - 1] == "\n":
            edits[first] = Edit(start - 1, edits[first].end, "")
    return edits


def find_credits(text: str, body_start: int = 0) -> list[SourceCredit]:
    """Find agency lead-ins and source prefixes at the start of the body's paragraphs."""
    lead_in, prefix = _credit_patterns()
    credits = []
    for kind, pattern in (("prefix", prefix), ("lead-in", lead_in)):
        for match in pattern.finditer(text, body_start):
            outlet = find_outlet(match.group("name"))
            if outlet is None or _looks_like_dateline(match.group(0)):
                continue
            credits.append(
                SourceCredit(
                    start=match.start(), end=match.end(), text=match.group(0), outlet=outlet.canonical, kind=kind
                )
            )
    return sorted(credits, key=lambda credit: credit.start)


def _looks_like_dateline(prefix: str) -> bool:
    return DATELINE.match(prefix) is not None


def find_dateline(text: str, body_start: int = 0) -> Dateline | None:
    """Parse a date prefix at the start of the body; note when it is also an outlet's name."""
    match = DATELINE.match(text, body_start)
    if not match:
        return None
    day = _day_number(match.group("day"))
    month = JALALI_MONTHS.index(match.group("month")) + 1
    if not 1 <= day <= 31 or (month > 6 and day > 30):
        return None
    outlet = find_outlet(match.group("date"))
    return Dateline(
        start=match.start("date"),
        end=match.end("date"),
        text=match.group("date"),
        month=month,
        day=day,
        year=_year(match.group("year")),
        ambiguous_outlet=outlet.canonical if outlet else None,
    )


def _day_number(day: str) -> int:
    if day in _ORDINAL_DAY:
        return _ORDINAL_DAY[day]
    return int(day.translate(TO_LATIN_DIGITS))


def _year(year: str | None) -> int | None:
    """A written Jalali year; two digits mean 1340–1439 («۸۷» is 1387, «۰۲» is 1402)."""
    if not year:
        return None
    value = int(year.translate(TO_LATIN_DIGITS))
    if value < 100:
        return (1300 if value >= 40 else 1400) + value
    return value if 1200 <= value <= 1500 else None
