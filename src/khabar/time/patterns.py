"""Persian knowledge for time expressions, kept as data: names, words and the regular expression built from them.

A space inside a listed word («ربیع الاول», «پس فردا») matches a space, a half-space or nothing, so every
spelling of a compound is covered by one entry. Matching runs on the repaired text itself (a digit class reads Latin,
Persian and Arabic digits alike), so offsets are those of `Analysis.text`. A month name that is also a common
word («تیر», «مهر», «مه», «صفر») counts only with a day, a year or «ماه» beside it (see `resolve.resolve_month`).
"""

from __future__ import annotations

import re

# Month names by calendar and number, in the spellings news uses.
JALALI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("فروردین",),
    2: ("اردیبهشت",),
    3: ("خرداد",),
    4: ("تیر",),
    5: ("مرداد", "امرداد"),
    6: ("شهریور",),
    7: ("مهر",),
    8: ("آبان",),
    9: ("آذر",),
    10: ("دی",),
    11: ("بهمن",),
    12: ("اسفند",),
}
# Jalali month names that are also everyday words («تیر» shot, «مهر» seal, «دی» the letter's name).
AMBIGUOUS_JALALI_MONTHS = ("تیر", "مهر", "دی")
GREGORIAN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("ژانویه", "ژانوییه", "ژانوئیه", "ژانویهٔ"),
    2: ("فوریه", "فوریهٔ", "فبریه"),
    3: ("مارس", "مارچ"),
    4: ("آوریل", "آپریل", "اپریل"),
    5: ("مه", "می", "مای"),
    6: ("ژوئن", "ژوین", "جون"),
    7: ("ژوئیه", "ژوییه", "ژوئیهٔ", "جولای"),
    8: ("اوت", "آگوست", "اگوست", "اگست"),
    9: ("سپتامبر",),
    10: ("اکتبر",),
    11: ("نوامبر",),
    12: ("دسامبر",),
}
HIJRI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("محرم الحرام", "محرم"),
    2: ("صفر المظفر", "صفر"),
    3: ("ربیع الاول", "ربیع الاوّل"),
    4: ("ربیع الثانی", "ربیع الآخر", "ربیع الاخر"),
    5: ("جمادی الاولی", "جمادی الاول", "جمادی الأولی"),
    6: ("جمادی الثانیه", "جمادی الثانی", "جمادی الآخره", "جمادی الآخر", "جمادی الاخر"),
    7: ("رجب المرجب", "رجب"),
    8: ("شعبان المعظم", "شعبان"),
    9: ("رمضان المبارک", "رمضان"),
    10: ("شوال المکرم", "شوال"),
    11: ("ذی القعده", "ذیقعده", "ذی قعده"),
    12: ("ذی الحجه", "ذیحجه", "ذی حجه"),
}

# Days of the month written as ordinals («نوزدهم»); 21st-29th are built from «بیست و» + the unit.
_ORDINAL_UNITS = ("یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم")
ORDINAL_DAYS: dict[str, int] = {
    "اول": 1,
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
    "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14, "پانزدهم": 15,
    "شانزدهم": 16, "هفدهم": 17, "هفدهمین": 17, "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20,
    **{f"بیست و {word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
    "بیست و یکم": 21, "سی ام": 30, "سیام": 30, "سی و یکم": 31,
}

# Counts before a unit («سه سال پیش»); an unstated count («چند») leaves the value null.
CARDINALS: dict[str, int] = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
    "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16, "هفده": 17,
    "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60,
    "هفتاد": 70, "هشتاد": 80, "نود": 90, "صد": 100,
}
# «یکی دو هفته اخیر» (one or two weeks) states no count either.
VAGUE_COUNTS = ("چندین", "چندی", "چند", "یکی دو", "یکی دو سه", "ده‌ها", "دهها", "صدها")
# Days of the month written as cardinal words («سی مرداد»); «نه» alone is left out (it is also "no": «نه اسفند و
# نه فروردین»). They count only before a month name that is no everyday word (see DAY_WORD_MONTHS).
CARDINAL_DAYS: dict[str, int] = {
    **{word: n for word, n in CARDINALS.items() if 1 <= n <= 30 and word != "نه"},
    **{f"بیست و {word}": 20 + n for word, n in CARDINALS.items() if 1 <= n <= 9},
    "سی و یک": 31,
}

# Python weekday numbers (Monday 0) of the Persian weekday names.
WEEKDAYS: dict[str, int] = {
    "شنبه": 5, "یکشنبه": 6, "دوشنبه": 0, "سه شنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3, "پنج شنبه": 3, "جمعه": 4,
}
# Ordinals before a weekday and a month («آخرین جمعه ماه رمضان»): which such weekday of the month; -1 the last.
NTH_WEEKDAYS: dict[str, int] = {"اولین": 1, "نخستین": 1, "دومین": 2, "سومین": 3, "چهارمین": 4, "آخرین": -1}
# Named days that fall on a weekday of a month: (calendar, month, Python weekday, which one as in NTH_WEEKDAYS).
NAMED_WEEKDAYS: dict[str, tuple[str, int, int, int]] = {
    "روز جهانی قدس": ("hijri", 9, 4, -1),
    "روز قدس": ("hijri", 9, 4, -1),
}
# Words before a named day that make it a modifier, not a date («نماز عید فطر»: the prayer; «مسافران نوروز»:
# the travellers of any Nowruz).
NAMED_NOT_DATE_BEFORE = frozenset({"نماز", "مسافران", "مسافر", "زائران", "زائر"})
# Words before a named day that mean the day in general, every year («هرساله روز قدس») or as named
# («نام‌گذاری آخرین جمعه ماه رمضان به نام قدس»): no date.
GENERAL_DAY_BEFORE = frozenset({"هرساله", "ساله", "گذاری", "نام‌گذاری", "نامگذاری"})
# Words after a named day that make the sentence define the day, not date an event («روز قدس یادآور …»).
GENERAL_DAY_AFTER = frozenset({"یادآور", "نماد", "تجلی", "تجلیگاه", "تجلی‌گاه"})
# Words before a weekday name that make it part of a name, not a date («نماز جمعه»).
WEEKDAY_NOT_DATE_BEFORE = frozenset({"نماز", "امام", "ائمه", "امامان", "خطبه", "خطبه‌های", "بازار", "شهر", "سیاسی"})
# Words before a count («ساعت 17 روز گذشته») that make the number a clock time, not a count of days.
COUNT_NOT_DATE_BEFORE = frozenset({"ساعت"})
# Words before a day and month that make them a name («جریان دوم خرداد», «خیابان ۱۵ خرداد»), not a date.
DAY_MONTH_NOT_DATE_BEFORE = frozenset({
    "جریان", "جبهه", "خیابان", "میدان", "بلوار", "بزرگراه", "اتوبان", "کوچه", "ورزشگاه", "بیمارستان", "پارک",
    "ایستگاه", "شهرک", "مدرسه", "دبیرستان", "هنرستان", "مجتمع", "پل",
})
# Event nouns a weekday can name («جلسه روز چهارشنبه», «حرکت روز چهارشنبه مردم»): the weekday identifies an
# event already known, so a later verb's future tense («… را موکول کند», «… تغییر خواهد داد») does not date it.
EVENT_NOUNS = frozenset({
    "جلسه", "نشست", "حرکت", "حمله", "حملات", "انفجار", "انفجارهای", "سخنرانی", "سخنان", "اظهارات", "تظاهرات",
    "راهپیمایی", "اجلاس", "دیدار", "مذاکرات", "حادثه", "درگیری", "درگیری‌های",
})
# Nouns of things that belong to one day («روزنامه‌های امروز»: today's papers, whatever the verb's tense).
DATED_NOUNS = ("روزنامه", "نشریه", "شماره")  # «در شماره امروز خود»: today's issue
# Words after a weekday name that make it a named day («چهارشنبه سوری», «چهارشنبه آخر سال»).
WEEKDAY_NOT_DATE_AFTER = frozenset({"سوری", "آخر", "آخرین"})

# Day offsets from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "پریروز": -2, "پریشب": -2,
    "فردا": 1, "فرداشب": 1, "پس فردا": 2, "روز گذشته": -1, "شب گذشته": -1,
}
# Words before «امروز» that make it mean "nowadays" or "until now" (not a day).
TODAY_NOT_DATE_BEFORE = frozenset({"تا", "به", "جهان", "دنیای", "دنیا", "ایران", "جامعه", "انسان", "بشر", "نسل",
                                   "جوانان", "شرایط", "دوران", "روزگار", "مردم"})

# Parts of the day that may precede or follow a day («بامداد امروز»، «عصر روز سه‌شنبه»).
PARTS_OF_DAY = (
    "پیش از ظهر", "قبل از ظهر", "بعد از ظهر", "بعدازظهر", "نیمه شب", "بامداد", "سحرگاه", "صبحگاه", "صبح", "ظهر",
    "عصر", "غروب", "شامگاه", "شب", "ساعات اولیه",
)

# Relative period words: the offset in units from the period holding the publication date.
PERIOD_OFFSETS: dict[str, int] = {
    "گذشته": -1, "پیش": -1, "قبل": -1, "اخیر": -1, "جاری": 0, "آینده": 1, "آتی": 1, "بعد": 1,
}
# Parts of a month or a year («اواخر سپتامبر»، «نیمه نخست سال»); `resolve` turns each into days.
PERIOD_PARTS: dict[str, str] = {
    "اوایل": "early", "اوائل": "early", "اواسط": "mid", "اواخر": "late",
    "نیمه اول": "first_half", "نیمه نخست": "first_half", "نیمه دوم": "second_half",
    "ابتدای": "first_day", "آغاز": "first_day", "اول": "first_day", "اولین روز": "first_day",
    "پایان": "last_day", "انتهای": "last_day", "آخر": "last_day", "آخرین روز": "last_day",
    "شش ماهه اول": "first_half", "شش ماهه نخست": "first_half", "شش ماهه دوم": "second_half",
    "سه ماهه اول": "q1", "سه ماهه نخست": "q1", "سه ماهه دوم": "q2", "سه ماهه سوم": "q3",
    "سه ماهه چهارم": "q4", "فصل اول": "q1", "فصل دوم": "q2", "فصل سوم": "q3", "فصل چهارم": "q4",
    "هفته اول": "week1", "هفته نخست": "week1", "هفته دوم": "week2", "هفته سوم": "week3",
    "هفته چهارم": "week4", "هفته آخر": "last_week", "هفته پایانی": "last_week",
    "دهه اول": "early", "دهه نخست": "early", "دهه دوم": "mid", "دهه سوم": "late", "دهه آخر": "late",
    "ایام": "vague",
}
# Jalali seasons: the first month of each.
SEASONS: dict[str, int] = {"بهار": 1, "تابستان": 4, "پاییز": 7, "پائیز": 7, "زمستان": 10}
DECADE_WORDS: dict[str, int] = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70,
                                "هشتاد": 80, "نود": 90}
CALENDAR_WORDS: dict[str, str] = {
    "میلادی": "gregorian", "شمسی": "jalali", "هجری شمسی": "jalali", "خورشیدی": "jalali",
    "هجری قمری": "hijri", "قمری": "hijri", "ه ق": "hijri", "ه ش": "jalali",
}

# Named days and periods: (calendar, month, first day, last day) in that calendar; the year is the nearest.
NAMED_DAYS: dict[str, tuple[str, int, int, int]] = {
    "تاسوعا": ("hijri", 1, 9, 9),
    "عاشورا": ("hijri", 1, 10, 10),
    "عید فطر": ("hijri", 10, 1, 1),
    "عید سعید فطر": ("hijri", 10, 1, 1),
    "عید قربان": ("hijri", 12, 10, 10),
    "عید سعید قربان": ("hijri", 12, 10, 10),
    "عید غدیر": ("hijri", 12, 18, 18),
    "عید سعید غدیر": ("hijri", 12, 18, 18),
    "نیمه شعبان": ("hijri", 8, 15, 15),
    "اربعین حسینی": ("hijri", 2, 20, 20),
    "عید مبعث": ("hijri", 7, 27, 27),
    "عید نوروز": ("jalali", 1, 1, 1),
    "سیزده بدر": ("jalali", 1, 13, 13),
    "روز طبیعت": ("jalali", 1, 13, 13),
    "نوروز": ("jalali", 1, 1, 1),
    "دهه فجر": ("jalali", 11, 12, 22),
    "شب یلدا": ("jalali", 9, 30, 30),
    "کریسمس": ("gregorian", 12, 25, 25),
}

# Named days that are as often an idea («مکتب عاشورا») as a day: dated only with «روز», «شب» … or a year.
NAMED_NEEDS_DAY = frozenset({"عاشورا", "تاسوعا", "اربعینحسینی"})

# Vague spans: found, never resolved. «سال های اخیر» also covers «سال‌های اخیر» and «سالهای اخیر».
VAGUE_SPANS = (
    *(f"{unit} های {direction}" for unit in ("سال", "روز", "هفته", "ماه", "دهه", "قرن")
      for direction in ("اخیر", "گذشته", "آینده", "آتی", "قبل", "پیش")),
    "این روزها", "این سال ها", "آینده نزدیک", "آینده ای نزدیک", "به زودی",
)

# Tense cues: a weekday is dated by the first cue after it in its clause (none after: the last one before it);
# an announcement of what will happen takes the next such day, a report the latest one.
FUTURE_CUES = (
    r"ن?خواه(?:د|ند|م|یم|ید)", r"قرار[\s\u200c]+(?:است|شده)", r"در[\s\u200c]+نظر[\s\u200c]+دارد", r"ن?بای(?:د|ستی)",
    # Any other present-tense verb: with a named day it announces a plan («روز شنبه به تهران می‌آید»).
    r"ن?می[\s\u200c]\w+?(?:م|ی|د|یم|ید|ند)",
    # Common subjunctives («تا پایان سال خارج کنیم», «قرار است برگزار شود»): a wish or a plan.
    r"(?:بتوان|نتوان|بکن|بشو|بگیر|برس|بیای|برو|بده|باش|شو|کن|گرد)(?:د|ند|یم|ید|م)",
)
PAST_CUES = (
    r"ن?(?:می[\s\u200c]?)?(?:کرد|شد|بود|داشت|رسید|گفت|داد|گرفت|آمد|رفت|گردید|نمود|یافت|افزود|کشید|پرداخت|زد|"
    r"ماند|خواند|دید|برد|آورد|ساخت|انداخت|کشت|نشست|گذاشت|شکست|فرستاد|پیوست|افتاد)(?:ند|م|یم|ید|ی)?",
)
# The present perfect («شده است») reports a past that reaches today; with a bare «امروز» it reads "nowadays".
PERFECT_CUES = (
    r"(?:کرده|شده|بوده|داشته|رسیده|گفته|داده|گرفته|آمده|رفته|گردیده|نموده|یافته)(?:\u200cاند|\u200cایم|"
    r"[\s\u200c]+(?:است|اند|بود|بودند))?(?![\s\u200c]+باش)",  # «داشته باشند» is subjunctive
)

def squash(word: str) -> str:
    """Return a lookup key for a matched word: no spaces, half-spaces, hamza or kasra-ye."""
    return re.sub(r"[\s\u200c\u0654\u064b-\u065f]+", "", word).replace("ك", "ک").replace("ي", "ی")


def lookup(table: dict[str, object]) -> dict[str, object]:
    """Return `table` keyed by the squashed form of each word."""
    return {squash(word): value for word, value in table.items()}


MONTH_LOOKUP_WORDS = tuple(
    name for table in (JALALI_MONTHS, GREGORIAN_MONTHS, HIJRI_MONTHS) for names in table.values() for name in names
)
MONTH_LOOKUP: dict[str, tuple[str, int]] = {
    squash(name): (calendar, number)
    for calendar, months in (("jalali", JALALI_MONTHS), ("gregorian", GREGORIAN_MONTHS), ("hijri", HIJRI_MONTHS))
    for number, names in months.items()
    for name in names
}
# Month names that are also everyday words («می» the verb prefix, «مه» fog, «صفر» zero): these count only with
# a day before them, «ماه» beside them or a year in digits after them.
STRICT_MONTHS = frozenset(squash(name) for name in ("می", "مه", "مای", "جون", "صفر", "رجب"))
# Words after «می» that make it the verb prefix written with a space («آغاز می شود»), not May.
VERBS_AFTER_MI = frozenset({
    "شود", "شوند", "کند", "کنند", "کنیم", "دهد", "دهند", "گیرد", "گیرند", "باشد", "باشند", "رسد", "رسند", "یابد",
    "آید", "آیند", "رود", "روند", "گوید", "گویند", "توان", "تواند", "توانند", "داند", "دانند", "بیند", "ماند",
    "سازد", "پردازد", "خواهد", "خواهند", "زند", "کشد", "شد", "کرد", "کردند", "شدند", "دهیم", "شویم",
})
# Month names a cardinal day may stand before: not the everyday words («سه تیر» three shots, «دو مهر» two seals).
DAY_WORD_MONTHS = tuple(
    name for name in MONTH_LOOKUP_WORDS
    if name not in AMBIGUOUS_JALALI_MONTHS and squash(name) not in STRICT_MONTHS
)
ORDINAL_LOOKUP = lookup(ORDINAL_DAYS)
CARDINAL_DAY_LOOKUP = lookup(CARDINAL_DAYS)
NTH_LOOKUP = lookup(NTH_WEEKDAYS)
NAMED_WEEKDAY_LOOKUP = lookup(NAMED_WEEKDAYS)
CARDINAL_LOOKUP = lookup(CARDINALS)
WEEKDAY_LOOKUP = lookup(WEEKDAYS)
RELATIVE_LOOKUP = lookup(RELATIVE_DAYS)
PART_LOOKUP = lookup(PERIOD_PARTS)
NAMED_LOOKUP = lookup(NAMED_DAYS)
CALENDAR_LOOKUP = lookup(CALENDAR_WORDS)
SEASON_LOOKUP = lookup(SEASONS)
DECADE_LOOKUP = lookup(DECADE_WORDS)

# --- The one regular expression, built from the words above -------------------------------------------------

_SP = r"[\s\u200c]+"  # a gap between words: spaces or a half-space
_GAP = r"[\s\u200c]*"  # a gap that may be missing («دی‌ماه», «آبانماه», «20بهمن»)
_END = r"(?!\w|\u200c\w)"  # a word ends here: no letter, digit or half-spaced suffix follows
_NUM_END = r"(?!\d)"
# Years that are not calendar years («سال تحصیلی»: the school year).
_NOT_CALENDAR_YEAR = r"تحصیلی|زراعی|مالی|آبی|تولد|نوری"
_EZAFE = r"(?:\u200c?ی|\u0654)?"  # «هفته‌ی گذشته», «هفتهٔ گذشته»
_RELATIVE = r"(?:گذشته|جاری|آینده|قبل|پیش|آتی|بعد|اخیر)"


def words(items) -> str:
    """Return a regex matching any of `items`, as a trie so that `re` does not retry each word in turn.

    A gap inside an item matches `_GAP`; longer items win over their prefixes («سه شنبه» over «سه»).
    """
    trie: dict = {}
    for item in items:
        node = trie
        for unit in _units(item):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _trie_regex(trie)


def _units(item: str) -> list[str]:
    """Split a word into escaped characters, with each inner gap as one unit."""
    parts = re.split(r"[\s\u200c]+", item.strip())
    units: list[str] = []
    for index, part in enumerate(parts):
        if index:
            units.append(_GAP)
        units.extend(re.escape(char) for char in part)
    return units


def _trie_regex(node: dict) -> str:
    """Return the regex of one trie node; an end marker makes the rest optional."""
    branches = [unit + _trie_regex(child) for unit, child in node.items() if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


_MONTH = words(MONTH_LOOKUP_WORDS)
_DAY = rf"(?:\d{{1,2}}{_NUM_END}|{words(ORDINAL_DAYS)})"
_WEEKDAY = words(WEEKDAYS)
_REL_DAY = words(RELATIVE_DAYS)
_PART_OF_DAY = words(PARTS_OF_DAY)
_PART = words(PERIOD_PARTS)
_NAMED = words(NAMED_DAYS)
_CALENDAR = words(CALENDAR_WORDS)
_COUNT = rf"(?:\d{{1,3}}{_NUM_END}|{words(CARDINALS)}|{words(VAGUE_COUNTS)})"
_YEARS = rf"سال(?:{_GAP}(?:های|ها))?"
# Nouns after a number that make it a count, not a two-digit year («۱۵ خرداد ۲۰ نفر»).
_COUNTED = (r"نفر|درصد|مورد|تن|هزار|میلیون|میلیارد|سال|روز|ماه|ساعت|دقیقه|کیلو|متر|واحد|عدد|دستگاه|بار|نوبت|"
            r"تومان|ریال|دلار")


def year_part(tag: str) -> str:
    """Return the optional year after a month or season, its groups suffixed with `tag`."""
    return (
        rf"(?:{_SP}(?:سال{_SP})?(?P<y{tag}>\d{{4}}){_NUM_END}"
        rf"|{_SP}(?:سال{_SP})?(?P<yy{tag}>\d{{2}}){_NUM_END}(?![\s\u200c]*(?:{_COUNTED}))"
        rf"|{_SP}(?P<yr{tag}>امسال|پارسال|سال{_SP}{_RELATIVE}|گذشته|آینده|جاری|(?:همین|این){_SP}سال))?"
        rf"(?:{_SP}(?P<cal{tag}>{_CALENDAR}))?"
    )


KINDS: dict[str, str] = {
    "vague": rf"{words(VAGUE_SPANS)}{_END}",
    "numeric": (
        rf"(?P<n_y>\d{{4}})(?P<n_sep>[/.\-])(?P<n_m>\d{{1,2}})(?P=n_sep)(?P<n_d>\d{{1,2}})(?!\d|[/.\-]\d)"
        rf"|(?P<n_d2>\d{{1,2}})(?P<n_sep2>[/.\-])(?P<n_m2>\d{{1,2}})(?P=n_sep2)(?P<n_y2>\d{{4}})(?!\d|[/.\-]\d)"
    ),
    "day_month": (
        rf"(?:(?P<dm_k>روز)(?:{_GAP}ها(?:ی)?)?{_SP})?(?:(?P<dm_d0>{_DAY}){_GAP}(?:تا|الی|-|–){_GAP})?"
        rf"(?P<dm_d>{_DAY}){_GAP}(?:(?:ماه{_SP})?(?P<dm_m>{_MONTH})(?:{_GAP}ماه)?{year_part('dm')}{_END}"
        # «روز دوم ماه می دستگیر شد»: the repair joins «می» to the next word as a verb prefix («می‌دستگیر»);
        # with «ماه» before it and «روز» or an ordinal day before that, it is still May (see find.is_joined_may).
        rf"|ماه{_SP}(?P<dm_jm>می)(?=\u200c\w))"
    ),
    "day_word": (
        rf"(?P<dw_d>{words(CARDINAL_DAYS)}){_SP}(?P<dw_m>{words(DAY_WORD_MONTHS)})(?:{_GAP}ماه)?{year_part('dw')}{_END}"
    ),
    "nth_weekday": (
        rf"(?P<nw_o>{words(NTH_WEEKDAYS)}){_SP}(?:روز{_SP})?(?P<nw_w>{_WEEKDAY}){_SP}(?:ماه{_SP})?(?:مبارک{_SP})?"
        rf"(?P<nw_m>{_MONTH})(?:{_GAP}ماه)?{year_part('nw')}{_END}"
    ),
    "named_weekday": rf"(?P<nwd_n>{words(NAMED_WEEKDAYS)}){_END}",
    "year_range": (
        rf"(?:{_YEARS}{_SP})?(?P<yrg_a>\d{{4}}){_GAP}(?:-|–|—|تا|الی){_GAP}(?P<yrg_b>\d{{4}}){_NUM_END}"
        rf"(?:{_SP}(?P<yrg_cal>{_CALENDAR}){_END})?"
    ),
    "month": (
        rf"(?:(?P<mo_q>{_PART}){_SP})?(?:(?P<mo_k1>ماه){_SP}(?:مبارک{_SP})?)?(?P<mo_m>{_MONTH})"
        rf"(?:{_GAP}(?P<mo_k2>ماه))?{year_part('mo')}{_END}"
    ),
    "year": (
        rf"(?:(?P<yr_q>{_PART}){_SP})?{_YEARS}{_SP}"
        rf"(?P<yr_y>\d{{4}}|\d{{2}}(?![\s\u200c]*(?:{_COUNTED}|[-–/]\s*\d))){_NUM_END}"
        rf"(?:{_SP}(?P<yr_cal>{_CALENDAR}){_END})?"
        rf"|(?P<yr_y2>\d{{4}}){_SP}(?P<yr_cal2>{_CALENDAR}){_END}"
        # A bill, budget or law named by its year («لایحه ۱۴۰۰»، «بودجه ۱۴۰۰»، «مصوب 1381»), not an amount after it.
        rf"|(?:(?<=لایحه[\s\u200c])|(?<=بودجه[\s\u200c])|(?<=مصوب[\s\u200c]))(?P<yr_y3>\d{{4}}){_NUM_END}"
        rf"(?!{_GAP}(?:{_COUNTED}))"
    ),
    "decade": (
        rf"دهه{_SP}(?P<dec_n>\d{{2,4}}{_NUM_END}|{words(DECADE_WORDS)}{_END})"
        rf"(?:{_SP}(?P<dec_cal>{_CALENDAR}){_END})?"
    ),
    "count": (
        rf"(?P<c_n>{_COUNT}){_GAP}(?P<c_u>روز|هفته|ماه|سال|دهه|قرن)(?:{_GAP}(?:های|ها))?(?:ی)?"
        rf"{_SP}(?P<c_dir>{_RELATIVE}){_END}(?P<c_from>(?={_SP}از(?!\w)))?"
    ),
    "season": rf"(?P<se_s>{words(SEASONS)}){year_part('se')}{_END}",
    "named": (
        rf"(?:(?P<nd_k>روز|شب|ایام|ظهر|عصر|صبح){_SP})?(?P<nd_n>{_NAMED})"
        rf"(?:{_SP}(?:سال{_SP})?(?P<nd_y>\d{{4}}|\d{{2}}){_NUM_END})?{_END}"
    ),
    "relative_year": (
        rf"(?:(?P<ry_q>{_PART}){_SP})?(?:(?P<ry_w>امسال|پارسال)|سال{_SP}(?:(?P<ry_d>{_RELATIVE})|(?P<ry_n>نو)ی?)"
        rf"|(?:همین|این){_SP}سال(?!{_GAP}ها))"
        rf"(?:{_SP}(?P<ry_cal>{_CALENDAR}))?{_END}"
    ),
    "year_part": rf"(?P<yp_q>{_PART}){_SP}سال(?:{_SP}(?P<yp_new>جدید|نو)ی?)?"
    rf"(?!{_SP}(?:\d|{_NOT_CALENDAR_YEAR})|{_GAP}ها|\w)",
    "relative_month": rf"(?:(?P<rm_q>{_PART}){_SP})?(?:ماه{_SP}(?P<rm_d>{_RELATIVE})|(?:همین|این){_SP}ماه)"
    rf"(?:{_SP}(?P<rm_cal>{_CALENDAR}))?{_END}",
    "relative_week": rf"(?:هفته{_EZAFE}{_SP}(?P<rw_d>{_RELATIVE})|(?:همین|این){_SP}هفته){_END}",
    "weekday": (
        rf"(?:{_PART_OF_DAY}{_SP})?(?:روز{_SP})?(?P<wd_w>{_WEEKDAY})"
        rf"(?:{_SP}(?P<wd_q>{_RELATIVE}|هفته{_EZAFE}{_SP}{_RELATIVE}|(?:این|همین){_SP}هفته))?"
        rf"(?:{_SP}{_PART_OF_DAY})?{_END}"
    ),
    "relative_day": (
        rf"(?:{_PART_OF_DAY}{_GAP}(?:روز{_SP})?)?(?P<rd_w>{_REL_DAY})(?:{_SP}{_PART_OF_DAY})?"
        rf"(?:{_SP}{_WEEKDAY})?{_END}"
    ),
}


def build_pattern() -> re.Pattern[str]:
    """Compile every kind into one alternation, most specific first, each kind its own outer group."""
    body = "|".join(f"(?P<{kind}>{regex})" for kind, regex in KINDS.items())
    return re.compile(rf"(?<![\w\u200c])(?:{body})")


PATTERN = build_pattern()
# Every expression holds one of these (at a word start); it starts at most `ANCHOR_REACH` words before it.
ANCHOR_WORDS = (
    *MONTH_LOOKUP_WORDS, *WEEKDAYS, *RELATIVE_DAYS, *PARTS_OF_DAY, *SEASONS, *NAMED_DAYS, *VAGUE_SPANS,
    "سال", "ماه", "هفته", "دهه", "قرن", "روز", "امسال", "پارسال",
)
ANCHOR_REACH = 4
ANCHOR_PATTERN = re.compile(rf"(?<![\w\u200c])(?:(?P<digit>\d)|{words(ANCHOR_WORDS)})")
WORD_START = re.compile(r"(?<![\w\u200c])\w")
# What an expression of any kind may begin with (the first word of each list above, as a prefix, or a digit):
# a candidate start that begins otherwise is passed over without trying every kind of `PATTERN` on it.
FIRST_WORDS = {
    item.split()[0]
    for table in (VAGUE_SPANS, CARDINAL_DAYS, NTH_WEEKDAYS, NAMED_WEEKDAYS, ORDINAL_DAYS, PERIOD_PARTS,
                  MONTH_LOOKUP_WORDS, CARDINALS, VAGUE_COUNTS, SEASONS, NAMED_DAYS, PARTS_OF_DAY, WEEKDAYS,
                  RELATIVE_DAYS)
    for item in table
} | {"روز", "شب", "ایام", "ظهر", "عصر", "صبح", "ماه", "سال", "دهه", "هفته", "امسال", "پارسال", "همین", "این"}
START_PATTERN = re.compile(rf"\d|{words(sorted(FIRST_WORDS))}")
PRESENT_CUES = (
    r"است|نیست|هست|هستند|نیستند|هستیم|نیستیم|هستید|هستم|دارد|ندارد|دارند|ندارند|داریم|نداریم|دارید|دارم|"
    r"می[\s\u200c]?باشد|می[\s\u200c]?باشند|می[\s\u200c]?باشیم",
)
TENSE_PATTERN = re.compile(
    rf"(?<![\w\u200c])(?:(?P<past>{'|'.join(PAST_CUES)})|(?P<perfect>{'|'.join(PERFECT_CUES)})"
    rf"|(?P<present>{'|'.join(PRESENT_CUES)})|(?P<future>{'|'.join(FUTURE_CUES)})){_END}"
)
