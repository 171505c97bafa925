"""Load the Persian event predicates (data/event_patterns.tsv) and compile them to regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.errors import ModelError
from khabar.events.plover import is_valid
from khabar.time.patterns import GREGORIAN_MONTHS, JALALI_MONTHS

PATTERNS_FILE = "event_patterns.tsv"

# Light verbs: past stem and present stem(s). A pattern names one by its past stem in braces, e.g. {کرد}.
LIGHT_VERBS: dict[str, tuple[str, str]] = {
    "کرد": ("کرد|نمود", "کن|نما"),
    "شد": ("شد|گردید", "شو|گرد"),
    "داد": ("داد", "ده"),
    "گرفت": ("گرفت", "گیر"),
    "رسید": ("رسید", "رس"),
    "گفت": ("گفت", "گو"),
    "داشت": ("داشت", "دار"),
    "یافت": ("یافت", "یاب"),
    "خواست": ("خواست", "خواه"),
    "بست": ("بست", "بند"),
    "زد": ("زد", "زن"),
    "ریخت": ("ریخت", "ریز"),
    "رساند": ("رساند", "رسان"),
    "گشود": ("گشود", "گشا"),
    "پذیرفت": ("پذیرفت", "پذیر"),
    "شناخت": ("شناخت", "شناس"),
    "کشید": ("کشید", "کش"),
    "انداخت": ("انداخت", "انداز"),
    "افتاد": ("افتاد", "افت"),
}
SPACE = "[ \u200c]+"  # a written space, or a half-space where the writer joined the words
# Up to fifteen words, never across punctuation. A word never holds a half-space and the separator always
# does, so a run of stray half-spaces splits one way only (no catastrophic backtracking).
# Nor past the simple past of a reporting or light verb («ملاقاتی با X اعلام کردند که رسیدگی … انجام خواهد شد» is a
# meeting and what was said in it, not a meeting that «will be held»); «نیروهای کرد»، «گفت‌وگو» and «گفت و گو» are
# nouns. The character class first keeps the check to one test for most words.
GAP = (
    r"(?:(?![کندگا](?:(?<=ک)(?:ردند|رد که|رده بود) |(?<=ن)مودن?د? |(?<=د)ادند |(?<=گ)فتند |(?<=گ)فت (?!و )|"
    r"(?<=ا)فزود(?:ند)? ))"
    r"[^\s\u200c.،:؛؟!«»]+[ \u200c]+){0,15}?"
)
# A whole word: «اعزام کند اما …» is no perfect «کند ام».
PERFECT = r"(?:[ \u200c]+(?:است|اند|ایم|ای|ام|بود|بودند|باشد|باشند)(?![\w\u200c]))?"
FUTURE_AUX = r"(?P<aux>ن?خواه(?:م|ی|د|یم|ید|ند)[ \u200c]+)?"
LEFT_EDGE = r"(?<![\w\u200c])"


@dataclass(frozen=True)
class EventPattern:
    """One predicate: how to find it and what it codes."""

    regex: re.Pattern[str]
    type: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    unless: re.Pattern[str] | None
    line: int
    anchors: tuple[str, ...] = ()
    noun_before_verb: bool = True  # «اعمال کرد»: the word before the light verb is the predicate's own noun
    needs: re.Pattern[str] | None = None  # the match itself must hold one of these words («… را دروغ خواند»)
    body: re.Pattern[str] | None = None  # `regex` without its left edge, for `find_all`
    # «(?:درخواست|تقاضای)(?: [^\s]+){1,4} {کرد}»: any word may stand before the light verb, so another predicate's
    # noun may be the one that takes it («با درخواست X موافقت کرد»)
    open_before_verb: bool = False


def compile_verb(past: str, present: str) -> str:
    """Return the regex of one conjugated light verb, with groups for the future, negation and stem."""
    # Present stems take «می» (indicative) or nothing/«ب» (subjunctive): the group tells them apart.
    # «خواه» is only a present stem after «می», else it is the future auxiliary.
    # «شدید / شدیدا» (severe, severely) is an adjective, not «شد» with an ending.
    adjective = "(?!ید)" if past.startswith("شد") else ""
    present_alt = f"(?P<pres>(?:{present}))" if present != "خواه" else "(?P<pres>(?<=می)خواه|(?<=می\u200c)خواه|(?<=می )خواه)"
    return (
        f"{FUTURE_AUX}(?P<verb>(?P<neg>ن)?(?:ب)?(?P<prog>می[ \u200c]?)?"
        # A past stem takes any ending but the infinitive's «ن»; a present stem takes a personal ending only.
        # Nor the nouns made of its participle: «کشته‌شدگان» (the killed), «افسرده‌شدگی».
        rf"(?:(?P<past>{past})(?!ن(?:[^\w\u200c]|$))(?!گان|گی){adjective}[^\s\u200c.،:؛؟!«»]*"
        rf"|{present_alt}(?:یم|ید|ند|م|ی|د)(?![\w\u200c]))"
        f"{PERFECT})"
    )


def has_verb(match: re.Match[str]) -> bool:
    """Tell whether a predicate's match ends in a conjugated light verb of its own (the groups of `compile_verb`)."""
    return "verb" in match.re.groupindex and match.group("verb") is not None


def translate(trigger: str) -> str:
    """Turn a trigger as written in the data file into a regex: spaces, half-spaces, gaps and light verbs."""
    out: list[str] = []
    in_class = False
    i = 0
    verbs = 0
    while i < len(trigger):
        char = trigger[i]
        if char == "\\" and i + 1 < len(trigger):
            out.append(trigger[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "{" and "}" in trigger[i:] and not trigger[i + 1].isdigit():
            name = trigger[i + 1 : trigger.index("}", i)]
            if name not in LIGHT_VERBS:
                raise ModelError(f"{PATTERNS_FILE}: unknown light verb {{{name}}}")
            verbs += 1
            out.append(compile_verb(*LIGHT_VERBS[name]))
            i += len(name) + 2
            continue
        elif char == "…":
            out.append(GAP)
            if trigger[i + 1 : i + 2] == " ":
                i += 1  # the gap already ends with its own space
        elif char == " ":
            out.append(SPACE)
        elif char == "\u200c":
            out.append("[ \u200c]?" if trigger[i + 1 : i + 2] != "?" else "[ \u200c]")
        else:
            out.append(char)
        i += 1
    if verbs > 1:
        raise ModelError(f"{PATTERNS_FILE}: a trigger may name one light verb, not {verbs}: {trigger}")
    # A word class in the data never takes a half-space, which the spaces around it already match.
    return LEFT_EDGE + "".join(out).replace("[^\\s", "[^\\s\u200c")


META = set("()[]{}?*+|\\.^$…")


def literal_prefix(text: str) -> str:
    """Return the literal first word of a regex fragment ('' when it opens with syntax)."""
    out = []
    for index, char in enumerate(text):
        if char in META or char in " \u200c" or text[index + 1 : index + 2] in ("?", "*", "{"):
            break
        out.append(char)
    return "".join(out)


def split_top_level(body: str) -> list[str]:
    """Split a group's body at its top-level «|»."""
    parts, depth, current = [], 0, []
    for char in body:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


# Words too common to tell whether a trigger may occur.
COMMON_WORDS = frozenset("از در به با را که و طی ضمن پس بعد بر این آن خود".split())


def split_units(trigger: str) -> list[str]:
    """Split a trigger at its top-level spaces and gaps into the units that follow one another."""
    units, depth, current = [], 0, []
    for char in trigger:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if depth == 0 and char in " …":
            units.append("".join(current))
            current = []
        else:
            current.append(char)
    units.append("".join(current))
    return [unit for unit in units if unit]


def unit_words(unit: str) -> tuple[str, ...]:
    """Return the words one of which a required unit opens with; () when it has none to test."""
    unit = re.sub(r"^(?:\(\?<[!=][^)]*\)|\(\?![^)]*\))+", "", unit)
    if unit.startswith("{") and unit[1:].split("}")[0] in LIGHT_VERBS:
        # Every form of a light verb holds one of its stems: «خواست» or «خواه» for {خواست}.
        stems = tuple(stem for stems in LIGHT_VERBS[unit[1:].split("}")[0]] for stem in stems.split("|"))
        return stems if all(len(stem) >= 2 for stem in stems) else ()
    if unit.startswith("{") or not unit:
        return ()
    if not unit.startswith("(?:"):
        word = literal_prefix(unit)
        return (word,) if len(word) >= 2 else ()
    depth = 0
    for index, char in enumerate(unit):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            break
    if unit[index + 1 : index + 2] in ("?", "*"):
        return ()
    words = tuple(literal_prefix(part) for part in split_top_level(unit[3:index]))
    return words if all(len(word) >= 2 for word in words) else ()


def find_anchors(trigger: str) -> tuple[str, ...]:
    """Return words one of which every match of the trigger contains: its most telling required unit."""
    best: tuple[str, ...] = ()
    for unit in split_units(trigger):
        words = unit_words(unit)
        if not words or any(word in COMMON_WORDS for word in words):
            continue
        # The longest shortest word, then the fewest words: the unit that occurs in the fewest sentences.
        if not best or (min(map(len, words)), -len(words)) > (min(map(len, best)), -len(best)):
            best = words
    return best


def parse_line(line: str, number: int) -> EventPattern:
    """Parse one data line into an `EventPattern`."""
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 6:
        raise ModelError(f"{PATTERNS_FILE}:{number}: expected 6 or 7 tab-separated fields, got {len(fields)}")
    trigger, event_type, mode, context, actor, recipient = fields[:6]
    unless = fields[6] if len(fields) > 6 and fields[6] != "-" else None
    needs = fields[7] if len(fields) > 7 and fields[7] != "-" else None
    if needs is not None and needs not in WORD_LISTS:
        raise ModelError(f"{PATTERNS_FILE}:{number}: unknown word list {needs!r} (known: {', '.join(WORD_LISTS)})")
    mode_value = None if mode == "-" else mode
    contexts = () if context == "-" else tuple(context.split(","))
    if not is_valid(event_type, mode_value, contexts):
        raise ModelError(f"{PATTERNS_FILE}:{number}: not a PLOVER type/mode/context: {event_type} {mode} {context}")
    try:
        translated = translate(trigger)
        regex = re.compile(translated)
        unless_regex = re.compile(unless) if unless else None
    except re.error as error:
        raise ModelError(f"{PATTERNS_FILE}:{number}: bad regular expression: {error}") from error
    return EventPattern(
        regex=regex,
        type=event_type,
        mode=mode_value,
        context=contexts,
        actor=() if actor == "-" else tuple(actor.split("|")),
        recipient=() if recipient == "-" else tuple(recipient.split("|")),
        unless=unless_regex,
        line=number,
        anchors=find_anchors(trigger),
        noun_before_verb=not re.search(r"…\s*\{[^}0-9]+\}", trigger),
        needs=load_word_list(WORD_LISTS[needs]) if needs else None,
        body=re.compile(translated.removeprefix(LEFT_EDGE)),
        open_before_verb=is_open_before_verb(trigger),
    )


# A trigger whose light verb follows a gap or a repeated word class: its last word before the verb is not its own.
OPEN_BEFORE_VERB = re.compile(r"(?:…|[+*]|\{\d+(?:,\d*)?\})\)*\s*$")
LIGHT_VERB_NAME = re.compile(r"\{(?!\d)[^}]+\}")


def is_open_before_verb(trigger: str) -> bool:
    """Tell whether a trigger lets any word stand right before its light verb."""
    verb = LIGHT_VERB_NAME.search(trigger)
    return verb is not None and OPEN_BEFORE_VERB.search(trigger[: verb.start()]) is not None


WORD_CHAR = re.compile(r"[\w\u200c]")


def find_all(pattern: EventPattern, sentence: str) -> list[re.Match[str]]:
    """Return the matches of a predicate in a sentence, the same as `pattern.regex.finditer`, faster.

    A regex that opens with a lookbehind is tried at every character; without it the engine skips ahead to the
    trigger's first letters. So the trigger's body is searched alone and a match that opens inside a word is
    tried again one character on, as the left edge would have made the engine do.
    """
    if pattern.body is None:
        return list(pattern.regex.finditer(sentence))
    found = []
    search = pattern.body.search
    position = 0
    while (match := search(sentence, position)) is not None:
        start = match.start()
        if start and WORD_CHAR.match(sentence, start - 1):
            position = start + 1
            continue
        found.append(match)
        position = match.end() if match.end() > start else start + 1
    return found


@lru_cache(maxsize=1)
def load_patterns() -> tuple[EventPattern, ...]:
    """Read and compile every predicate of the shipped data file, once."""
    try:
        text = resources.files("khabar.data").joinpath(PATTERNS_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as error:
        raise ModelError(f"missing lexicon {PATTERNS_FILE}") from error
    return tuple(
        parse_line(line, number)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    )


# Words that end a noun phrase: prepositions, the object marker, complementisers, time adverbs and particles, and
# the nouns that open a causative predicate («حملات جنگنده‌های سعودی | موجب کشته شدن … شد»).
PHRASE_STOPS: frozenset[str] = frozenset(
    """در با از به برای طی ضمن بر علیه درباره درباره‌ی توسط نزد تا بدون جز پس بعد قبل پیش میان بین نسبت جهت
    را که نیز هم همچنین روز امروز دیروز امشب دیشب فردا صبح عصر ظهر بامداد شامگاه سپس هنوز تاکنون اکنون اخیرا
    اخیراً روزگذشته است بود شد کرد گفت افزود اما ولی زیرا چون اگر هرچند درحالی درحالیکه مبنی طبق حدود
    باید بایستی نباید هستند هستیم هستم هست نیست نیستند داشت داشتند دارد دارند نداریم ندارد کردند شدند گفتند نوشت
    اظهار تصریح تاکید تأکید اعلام بیان خاطرنشان خاطر اضافه ابراز اشاره عنوان ادامه برگزار آغاز اعمال معرفی
    تشکیل اجرا ارائه انجام ایجاد صادر منتشر کنون پیشتر پیش‌تر قبلا قبلاً خواستار خواهان
    توانست توانستند نتوانست نتوانستند موجب باعث علاوه خطاب""".split()
)
WEEKDAYS: frozenset[str] = frozenset("شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه".split())
# Words after a weekday that make it a date («سه‌شنبه گذشته»), not part of a name («نماز جمعه»).
DATE_FOLLOWERS: frozenset[str] = frozenset("گذشته آینده اخیر این هفته شب صبح".split())
# Words before «از» that keep the phrase going: «یکی از اتباع آمریکا»، «بیش از 20 کودک»، «50 هزار نفر از مردم».
PARTITIVES: frozenset[str] = frozenset(
    "یکی بیش بیشتر کمتر شماری تعدادی برخی بعضی عده عده‌ای گروهی بسیاری هیچ‌یک نفر تن زیادی جمعی دسته‌ای".split()
)
# Nouns after a preposition that make an adverbial phrase («با اشاره به»، «به دلیل»), never a participant.
ADVERBIAL_HEADS: frozenset[str] = frozenset(
    """اشاره بیان توجه تاکید تأکید استناد دلیل علت خاطر منظور عنوان نظر رغم وجود همین این آن اعلام
    انتشار صدور حضور اعتراض واکنش""".split()
)
# Words that may follow a preposition at the start of a clause as part of the adverbial («در این شهر»).
DETERMINERS: frozenset[str] = frozenset("این آن همین همان یک اکثر برخی چند هر تمام همه سایر دیگر".split())
# Nouns whose «با» or «از» phrase is their own complement («مبارزه با داعش»), not the predicate's, and the
# words that make «از» part of a compound preposition («قبل از موافقت»، «پس از آن»).
COMPLEMENT_HEADS: frozenset[str] = frozenset(
    """مبارزه مقابله همکاری رابطه روابط ارتباط مناسبات برخورد مخالفت موافقت همراه همراهی هماهنگی
    یکی بسیاری برخی بعضی شماری تعدادی بخشی بیش کمتر قبل پس بعد پیش""".split()
)
# Lead-ins that precede the subject: agency credits and attributions, up to their comma.
# The agency credit without its comma («به گزارش فارس جرج بوش …»): the credit and the outlet's name.
MAX_LEAD_IN_WORDS = 14  # a longer «به گزارش …،» span has swallowed the subject: «به گزارش فارس جرج بوش …،»
BARE_CREDIT = re.compile(
    r"^\s*به گزارش (?:(?:خبرگزاری|خبرنگار|روزنامه|پایگاه|شبکه|گروه|حوزه|سیاسی|اقتصادی|بین‌الملل|اعزامی) )*\S+\s"
)
LEAD_IN = re.compile(
    # A list's bullet or number («-	کنگره آمریکا …»، «۲ _ «اتحادیه» از …»).
    r"^\s*(?:[-–—*•]+[ \t\u200c]*|[\d۰-۹]{1,2}[ \u200c]*[-_.)][ \t\u200c]+)(?=\S)"
    # A discourse connective, with or without its comma («از سوی دیگر نماینده …»): never the agent «از سوی X».
    r"|^\s*(?:از سوی دیگر|از طرف دیگر|از دیگر سو)(?![\w\u200c])[ \u200c،]*"
    # «پیرو این نامه …»: pursuant to what was told before (not Peru).
    r"|^\s*پیرو[ \u200c]+(?:این|آن|همین)[ \u200c]+[^\s\u200c،]+[ \u200c،]*"
    # A remark's opener before its subject («گفتنی است متهم …»، «شایان ذکر است که وزیر …»).
    r"|^\s*(?:گفتنی است|شایان ذکر است|لازم به ذکر است|قابل ذکر است|ناگفته نماند)(?: که)?(?![\w\u200c])[ \u200c،]*"
    r"|^\s*(?:به گزارش|به نقل از|به نوشته|بنا بر|بنابر|بنا به|به گفته|طبق|بر اساس|براساس|به اعتقاد|"
    r"در همین حال|در همین راستا|در ادامه|همچنین|در این میان)[^،:]*،\s*"
    r"|^\s*(?:بنا بر|بنابر|بر اساس|براساس|طبق) (?:این|همین) (?:خبر|گزارش)[ \u200c،]+"
)
# Adverbs and particles that may open a clause before its subject (the focus particle of «نه تنها کشورهای مستقل …»,
# «تنها کشتارگاه شهر …»), and the first-person verbs of belief and hope whose clause follows them without «که»
# («معتقدیم وزارتخانه‌های دفاع دو کشور … همکاری کنند»).
OPENING_WORDS: frozenset[str] = frozenset(
    """همچنین نیز سپس اما ولی البته همچنان پیشتر پیش‌تر قبلا قبلاً اخیرا اخیراً بلافاصله متعاقبا و
    معتقدم معتقدیم امیدوارم امیدواریم تنها""".split()
)
# Mentions that stand for an earlier subject.
PRONOUNS: frozenset[str] = frozenset("وی او ایشان آنها آنان ما من ایشان خود".split())
ANAPHORIC_OPENERS: tuple[str, ...] = ("این ", "این\u200c", "همین ")
# Nouns that, after «این», stand for an actor named before («این مقام»، «این شورا»).
PERSON_NOUNS: frozenset[str] = frozenset(
    """مقام مسئول فعال نماینده سخنگو وزیر عضو کارشناس دیپلمات رهبر مقام‌ها مسئولان نامزد فرمانده سفیر
    شورا سازمان نهاد حزب گروه جنبش ائتلاف اتحادیه وزارتخانه""".split()
)
# Jalali and Gregorian month names, as news spells them (khabar.time.patterns).
MONTH_NAMES = frozenset(name for names in (*JALALI_MONTHS.values(), *GREGORIAN_MONTHS.values()) for name in names)
# A written date («1387/2/17»، «21.7.2008»).
WRITTEN_DATE = re.compile(r"[\d۰-۹]{1,4}[/.-][\d۰-۹]{1,2}(?:[/.-][\d۰-۹]{1,4})?")
# A time adverbial that may open a clause before its subject («سال گذشته»، «روز دوشنبه»).
TIME_OPENER = re.compile(
    r"^\s*(?:(?:سال|ماه|هفته|روز|شب|صبح|عصر|اواخر|اوایل|اواسط)(?:[ \u200c]+(?:گذشته|جاری|آینده|پیش|قبل|اخیر|"
    r"شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه))+|امروز|دیروز|امشب|دیشب|اخیرا|اخیراً)[ \u200c،]+"
    # A part of a day closed by its comma: «اواسط ظهر امروز،»، «صبح دیروز،».
    r"|^\s*(?:(?:اواسط|اوایل|اواخر)[ \u200c]+)?(?:صبح|ظهر|عصر|شب|بامداد)"
    r"(?:[ \u200c]+[^\s،.:]+){1,2}[ \u200c]*،[ \u200c]*"
    # A date («در تاریخ 14 شهریور ماه امسال»، «در تاریخ 1387/2/17»).
    r"|^\s*در[ \u200c]+تاریخ[ \u200c]+(?:" + WRITTEN_DATE.pattern + r"|[\d۰-۹]{1,2}[ \u200c]+(?:"
    + "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
    + r")(?:[ \u200c]*ماه)?(?:[ \u200c]+(?:امسال|سال[ \u200c]+(?:جاری|گذشته|[\d۰-۹]{2,4})|[\d۰-۹]{2,4}))?)[ \u200c،]+"
)
# Words that open a noun phrase: reading back from «را», the object starts at one of them.
PHRASE_OPENERS: frozenset[str] = frozenset(
    "این آن همین همان یک دو سه چهار پنج شش هفت هشت نه ده صدها هزاران ده‌ها چند تمام همه برخی شماری".split()
)
ANAPHORIC_COUNTRY = re.compile(r"(?:این|آن|همین)[ \u200c]+(?:کشور|دولت|رژیم)")
# Finite verbs and participles after which «و» opens a new clause.
# Simple pasts that head no compound noun with «و» («گفت و گو»، «رفت و آمد»، «زد و خورد» are left out).
CLAUSE_VERBS = (
    "کرد کردند کرده شد شدند شده است بود بودند داد دادند داده گرفت گرفتند گرفته رساند رساندند "
    "پذیرفت پذیرفتند یافت یافتند رسید رسیدند خواست خواستند افزود نمود نمودند گردید گردیدند کشت کشتند "
    "گذاشت گذاشتند نوشت نوشتند انداخت انداختند ساخت ساختند"
).split()
# Where a clause ends inside a sentence (the subject of a clause is looked for after the last of these).
CLAUSE_BREAK = re.compile(
    r"[:؛؟!]|(?<!\d)/(?!\d)|(?<![\w\u200c])(?:که|اینکه|آنکه|اما|ولی|بلکه|زیرا|چون|تا)(?![\w\u200c])|"
    r"(?:گفت|افزود|اعلام کرد|گزارش داد|گزارش داده است|گزارش شده است|نوشت|تصریح کرد|تاکید کرد|تأکید کرد)[ ]*،|"
    # «و» after a finite verb or participle joins two clauses: «… حاصل شده است و اسرائیل نیز … عقب‌نشینی کرده است».
    # The literal « و » comes first so that only its few places test the verbs before it.
    + r"[ \u200c]و(?=[ \u200c])(?:"
    + "|".join(rf"(?<=(?<![\w\u200c]){verb}[ \u200c]و)" for verb in CLAUSE_VERBS)
    + r"|(?<=\u200cاند[ \u200c]و))"
)
# Prepositional phrases that name the agent of a passive; a police report credits its arrests «با تلاش ماموران …».
AGENT_MARKERS: tuple[str, ...] = (
    "توسط", "از سوی", "از طرف", "از جانب", "به دست", "به وسیله", "با تلاش", "با تلاش‌های",
)
# A meeting "with" these is an interview or a press briefing, not a consultation.
MEDIA = re.compile(
    r"^(?:خبرنگار|خبرگزاری|رسانه|شبکه|روزنامه|رادیو|تلویزیون|پایگاه|سایت|ایستگاه|مجله|هفته‌نامه|نشریه|اصحاب رسانه|"
    # «در گفتگو با شماره امروز روزنامه …»: an issue of a paper.
    r"شماره(?:$|[ \u200c]+(?:امروز|دیروز|روز|اخیر|جدید|جاری|[^\s]+[ \u200c]+(?:روزنامه|هفته‌نامه|مجله|نشریه))))"
)
# Markers before a predicate that make it a plan or a prediction, not something that happened.
FUTURE_MARKERS = re.compile(
    r"(?:قرار است|قرار بود|قرار شد|قرار شده|در نظر دارد|در نظر دارند|تصمیم دارد|تصمیم دارند|برنامه‌ریزی|"
    r"فردا|به زودی|بزودی|درصدد|در صدد|"
    # «آینده» as a time («هفته آینده»، «در آینده»، «آینده نزدیک»), not a noun's («دولت آینده عراق»، «نسل آینده»).
    r"(?:هفته|ماه|سال|روز|شب|دهه|دوره|نوبت|جلسه|نشست|مرحله|فصل|روزهای|هفته‌های|ماه‌های|سال‌های|دهه‌های)"
    r"(?:[ \u200c]+[^\s\u200c.،:]+)?[ \u200c]+آینده|در[ \u200c]+آینده|آینده[ \u200c]+(?:ای[ \u200c]+)?نزدیک)"
)
# Markers before a predicate that make it a condition, a wish, an obligation or a possibility.
HYPOTHETICAL_MARKERS = re.compile(
    r"(?<![\w\u200c])(?:اگر|اگرچه|چنانچه|درصورتی|در صورتی|در صورت|در غیر این صورت|وگرنه|مبادا|"
    r"باید|نباید|بایستی|بایست|می[ \u200c]?تواند|"
    r"می[ \u200c]?توانند|ن?می[ \u200c]?توان|ممکن است|احتمال|احتمالا|امیدوار|امیدواریم|امید است|قصد|آماده است|"
    r"خواهان آن|مایل است|مایلند|مایل هستند)(?![\w\u200c])"
)
# Markers whose scope runs over the rest of the sentence, complement clauses included.
# «سعی می‌کنند تا … را رد کرده و …»: what someone tries to do, in the present, has not been done.
SENTENCE_HYPOTHETICAL = re.compile(
    r"(?:امیدوار|امید است|تلاش برای|در تلاش|درصدد|قصد دارد|خواهان آن|(?:سعی|تلاش) می[ \u200c]?کن(?:د|ند)[ \u200c]+تا)"
)
# A nominal predicate («حمله به …») takes its mood from the verb that ends its clause.
IRREALIS_VERB = re.compile(
    r"(?<![\w\u200c])(?:کند|کنند|بکند|بکنند|شود|شوند|بشود|دهد|دهند|بدهد|باشد|باشند|گیرد|گیرند|برسد|پایان دهد)(?![\w\u200c])"
)
# A nominal predicate that is the object of a prediction or a fear («حمله آمریکا … را پیش بینی کرده بود») has not
# happened (or not yet).
PREDICTED = re.compile(
    r"(?<![\w\u200c])را[ \u200c]+(?:(?:نیز|هم|هم[ \u200c]+اکنون)[ \u200c]+)?(?:پیش[ \u200c]?بینی|پیشبینی|"
    r"انتظار|بیم|پیش[ \u200c]?گویی)(?![\w\u200c])"
)
NEGATED_VERB = re.compile(r"(?<![\w\u200c])(?:نکرد|نکرده|نشد|نشده|نداد|نداده|نداشت|نداریم|ندارد|ندارند|نیست|نبود)\w*")
QUESTION = re.compile(r"(?:^|\s)آیا(?:\s|$)|؟\s*$")


@dataclass(frozen=True)
class PatternIndex:
    """The predicates with one regex over all their anchors, so a sentence only runs those that may match."""

    anchor_regex: re.Pattern[str]
    by_anchor: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    patterns: tuple[EventPattern, ...]

    def candidates(self, sentence: str) -> list[EventPattern]:
        """Return the predicates whose anchor occurs in the sentence (and those without one), in file order."""
        chosen = set(self.always)
        for hit in set(self.anchor_regex.findall(sentence)):
            chosen.update(self.by_anchor[hit])
        return [self.patterns[index] for index in sorted(chosen)]


@lru_cache(maxsize=1)
def load_index() -> PatternIndex:
    """Index the shipped predicates by anchor word, once."""
    patterns = load_patterns()
    anchors = sorted({anchor for pattern in patterns for anchor in pattern.anchors}, key=len, reverse=True)
    # The alternation finds the longest anchor at a place; a pattern anchored on a shorter prefix of it runs too.
    by_anchor = {
        anchor: tuple(i for i, p in enumerate(patterns) if any(anchor.startswith(a) for a in p.anchors))
        for anchor in anchors
    }
    always = tuple(i for i, p in enumerate(patterns) if not p.anchors)
    return PatternIndex(re.compile(trie_regex(anchors)), by_anchor, always, patterns)


def trie_regex(words: list[str]) -> str:
    """Return a regex matching any of `words`, longest first, factored by shared prefixes so it runs fast."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_to_regex(trie)


def trie_to_regex(node: dict) -> str:
    """Render one trie node: its branches as an alternation, the end of a word as an optional tail."""
    ends = "" in node
    branches = [re.escape(char) + trie_to_regex(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


# A reporting verb that opens a statement: its content follows the colon (or comma).
REPORTED_STATEMENT = re.compile(
    r"(?:گفت|افزود|تصریح کرد|تاکید کرد|تأکید کرد|اظهار داشت|اظهار کرد|خاطرنشان کرد|ادامه داد|اضافه کرد|"
    r"بیان کرد|بیان داشت|اعلام کرد|نوشت|مدعی شد|ابراز داشت|اذعان داشت|اذعان کرد|یادآور شد|عنوان کرد|"
    r"خاطرنشان ساخت|اظهار نمود|تصریح نمود|ابراز کرد|متذکر شد|می[ \u200c]?(?:گوید|افزاید|نویسد))[ \u200c]*[:،][ \u200c]*"
    r"|^[^:،]{2,40}:[ \u200c]*"
)
CRITICISM_FILE = "event_criticism.txt"
PRAISE_FILE = "event_praise.txt"
# Word lists a predicate of the data file may require inside its match (its eighth column).
WORD_LISTS = {"criticism": CRITICISM_FILE, "praise": PRAISE_FILE}


@lru_cache(maxsize=1)
def load_criticism() -> re.Pattern[str]:
    """Compile the criticism words of the shipped list into one regex, once."""
    return load_word_list(CRITICISM_FILE)


def load_word_list(name: str) -> re.Pattern[str]:
    """Compile a shipped word list (one word or phrase a line) into one whole-word regex."""
    try:
        text = resources.files("khabar.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise ModelError(f"missing lexicon {name}") from error
    words = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    body = "|".join(re.escape(word).replace("\\ ", " ").replace(" ", "[ \u200c]+") for word in words)
    return re.compile(r"(?<![\w\u200c])(?:" + body + r")")

# Epistemic hedges: a criticism after one of them is a guess («ممکن است … توطئه … باشد»), not an accusation.
HEDGE = re.compile(r"(?<![\w\u200c])(?:ممکن است|شاید|احتمالا|احتمالاً|احتمال دارد|بعید نیست|به احتمال)(?![\w\u200c])")
# Words that make a reported statement a demand or a call on someone (PLOVER REQUEST).
# Demands whose addressee comes after them: «امیدواریم طرف آمریکایی …»، «انتظار داریم دولت …»، «ضروری است که
# سایر دستگاه‌ها …».
WISH = re.compile(r"امیدواریم|انتظار داریم|خواهانیم|درخواست می|توصیه می|ضروری است که|لازم است که")
# «X باید بداند …» warns X of what will come; it asks nothing of X («امارات باید بداند … هزینه زیادی دارد»).
DEMAND = re.compile(
    r"(?<![\w\u200c])(?:(?:باید|بایستی)(?![ \u200c]+(?:بداند|بدانند|بفهمد|بفهمند)(?![\w\u200c]))|"
    r"نباید|نبایستی|امیدواریم|می[ \u200c]?خواهیم|خواهانیم|انتظار داریم|"
    r"درخواست می[ \u200c]?کنیم|توصیه می[ \u200c]?کنیم|ضروری است که|لازم است که)(?![\w\u200c])"
)
