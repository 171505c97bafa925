"""Find the participants of a predicate in its sentence: subject, object, prepositional and agent phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from khabar.events.patterns import (
    AGENT_MARKERS,
    ANAPHORIC_COUNTRY,
    ANAPHORIC_OPENERS,
    BARE_CREDIT,
    CLAUSE_BREAK,
    ADVERBIAL_HEADS,
    COMPLEMENT_HEADS,
    DATE_FOLLOWERS,
    PARTITIVES,
    PERSON_NOUNS,
    PHRASE_OPENERS,
    WEEKDAYS,
    DETERMINERS,
    LEAD_IN,
    MAX_LEAD_IN_WORDS,
    MONTH_NAMES,
    TIME_OPENER,
    WRITTEN_DATE,
    OPENING_WORDS,
    PHRASE_STOPS,
    PRONOUNS,
)
from khabar.resolve.actors import actor_code, find_person, find_sector_words
from khabar.resolve.countries import country_code, load_tables, lookup_country
from khabar.resolve.keys import fold, fold_tokens
from khabar.resolve.places import load_gazetteer

WORD = re.compile(r"[^\s]+")
# A finite verb that closes a clause: a «که» clause holding one before the predicate has ended.
FINITE_VERB = re.compile(
    r"(?<![\w\u200c])(?:شود|شوند|است|هستند|بود|بودند|باشد|باشند|کند|کنند|دارد|دارند|گیرد|دهد|دهند|"
    # A participle that ends a relative clause with its «است» dropped: «مشکلاتی که … به وجود آمده از …».
    # Its perfect may be joined by a half-space: «… دست داشته‌اند».
    r"آمده|شده|کرده|داده|گرفته|بوده|داشته)(?:\u200c(?:اند|است|ام|ایم|اید))?(?![\w\u200c])"
    # Any perfect with its ending joined by a half-space is a verb: «… که دیدگاه‌های آمریکا را پذیرفته‌اند».
    r"|(?<![\w\u200c])\w+ه\u200cاند(?![\w\u200c])"
)
OBJECT_MARK = re.compile(r"[ \u200c]*را(?![\w\u200c])[ \u200c]*")
VERB_ENDING = re.compile(r"(?:کرد|کردند|گفت|گفتند|شد|شدند|است|بود|داد|دادند|نوشت|افزود|داشت|کند|شود|دهد)$")
MAX_PHRASE_WORDS = 14
THANKS = frozenset("تشکر قدردانی تقدیر سپاسگزاری تمجید تجلیل".split())  # nouns of an adjunct «ضمن تشکر از …»
PUNCTUATION_END = "،,؛:.!؟»\")"
QUOTE_MARKS = "«»\"'()"
AGE_WORDS = frozenset({"ساله", "سال\u200cه", "ساله\u200cای", "ساله\u200cاش"})


@dataclass(frozen=True)
class Phrase:
    """A noun phrase found in a sentence; offsets relative to the sentence text."""

    text: str
    start: int
    end: int

    @property
    def is_anaphoric(self) -> bool:
        """Tell whether the phrase only points back to an earlier mention (وی، این مقام ...)."""
        if self.text in PRONOUNS:
            return True
        words = self.text.split()
        # «این مقام» points back to a person; «این کشور»، «این دو کودک» are coded as they stand.
        return self.text.startswith(ANAPHORIC_OPENERS) and len(words) > 1 and words[1] in PERSON_NOUNS


def words_between(sentence: str, start: int, end: int) -> list[re.Match[str]]:
    """Return the words of `sentence[start:end]` with their offsets."""
    return list(WORD.finditer(sentence, start, end))


def bare(word: str) -> str:
    """Return a word without the punctuation and quote marks around it."""
    return word.strip(QUOTE_MARKS + PUNCTUATION_END)


def make_phrase(sentence: str, words: list[re.Match[str]]) -> Phrase | None:
    """Build a phrase from consecutive words, trimming quote marks and punctuation at its edges."""
    while words and bare(words[-1].group()) == "و":
        words = words[:-1]  # «… بوده و»: a conjunction left at the edge joins nothing inside the phrase
    while words and bare(words[0].group()) == "و":
        words = words[1:]  # «و آنان …»: nor does one that opens it
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    while start < end and (sentence[start] in QUOTE_MARKS or sentence[start] in "\u200c "):
        start += 1
    while end > start and sentence[end - 1] in QUOTE_MARKS + PUNCTUATION_END + "\u200c ":
        end -= 1
    text = sentence[start:end]
    return Phrase(text, start, end) if text and not text.isdigit() else None


def is_stop(word: str) -> bool:
    """Tell whether a word ends a noun phrase, written with or without its half-space («هم‌چنین»، «یاد‌آور»)."""
    return word in PHRASE_STOPS or ("\u200c" in word and word.replace("\u200c", "") in PHRASE_STOPS)


def is_opening(word: str) -> bool:
    """Tell whether a word is an opening adverb, written with or without its half-space («هم‌چنین»)."""
    return word in OPENING_WORDS or ("\u200c" in word and word.replace("\u200c", "") in OPENING_WORDS)


# How many words after a comma are read for the «و» that shows a list going on.
LIST_REACH = 9


def continues_list(following: list[re.Match[str]]) -> bool:
    """Tell whether the words after a comma carry on a list: an «و» comes before any stop word (further items,
    each closed by its comma, may stand between: «لهستان، چک، اوکراین و …»)."""
    for word in following:
        text = bare(word.group())
        if text == "و":
            return True
        if text in PHRASE_STOPS or (word.group()[-1] in PUNCTUATION_END and word.group()[-1] != "،"):
            return False
    return False


def phrase_forward(sentence: str, start: int, limit: int) -> Phrase | None:
    """Return the noun phrase that starts at `start`, ending before a stop word, punctuation or `limit`."""
    taken: list[re.Match[str]] = []
    # A phrase holds at most MAX_PHRASE_WORDS words and looks six past its last: reading further builds nothing.
    words = list(islice(WORD.finditer(sentence, start, limit), MAX_PHRASE_WORDS + 6))
    for index, word in enumerate(words):
        text = bare(word.group())
        partitive = text == "از" and taken and bare(taken[-1].group()) in PARTITIVES
        stop = text in PHRASE_STOPS or ("\u200c" in text and is_stop(text))
        if (stop and not partitive) or len(taken) >= MAX_PHRASE_WORDS:
            break
        following = bare(words[index + 1].group()) if index + 1 < len(words) else ""
        if text in WEEKDAYS and following in DATE_FOLLOWERS:
            break
        if taken and text in TIME_NOUNS and following in TIME_FOLLOWERS:
            break  # «مقام‌های دولت عراق | هفته گذشته با …»، «ارتش پاکستان | چندی پیش»: a time, not the subject's word
        if taken and (text.isdigit() or text in NUMERALS) and following in COUNTED_NOUNS and (
            bare(taken[-1].group()) not in COUNT_LEADS
        ):
            break  # «روزنامه «هاآرتص» | دو روز قبل …»، «… این منطقه | ۷۴ تن»: a count opens the next phrase
        verbal = not following or following in VERB_FOLLOWERS  # a participle is a verb only before these
        if taken and (PROGRESSIVE_VERB.fullmatch(text) or text in PHRASE_VERBS or verbal and is_participle(
            text, following or next_word(sentence, word)
        )):
            break  # «حافظ سعید … فعالیت می‌کند و …»، «… به کنست نشد و …»: a finite verb ends the noun phrase
        if taken and text in SAYING_NOUNS and following in SAYING_LIGHT_VERBS:
            break  # «آل اسحاق | اذعان کرد»، «رئیس شورا | یادآور شد»: a verb of saying, not the speaker's last word
        taken.append(word)
        if len(taken) == 1 and bare(word.group()) in PRONOUNS and not (
            word.group()[-1] == "،" and continues_list(words[index + 1 : index + LIST_REACH])
        ):
            break  # «ما حزب … را»: the pronoun is the whole subject; «با من، X و Y» lists others after it
        if word.group()[-1] == "،" and continues_list(words[index + 1 : index + LIST_REACH]):
            continue  # «سیاستمداران، اعضای پارلمان و رهبران احزاب»: a list goes on past its commas
        if word.group()[-1] in PUNCTUATION_END and word.group()[-1] not in "»\")":
            break
    return make_phrase(sentence, taken)


# Time nouns and the words that make them a time adverb after a phrase («هفته گذشته»، «چندی پیش»، «ماه جاری»).
TIME_NOUNS = frozenset("هفته ماه سال شب چندی مدتی دقایقی ساعاتی لحظاتی".split())
TIME_FOLLOWERS = frozenset("گذشته آینده اخیر جاری پیش قبل".split())
# The nouns of the compound verbs of saying, and the light verbs that make them verbs («اذعان کرد»، «یادآور شد»).
SAYING_NOUNS = frozenset("اذعان یادآور تصریح اظهار بیان عنوان متذکر ابراز اعلام تاکید تأکید اضافه".split())
SAYING_LIGHT_VERBS = frozenset("کرد کردند شد شدند داشت داشتند ساخت ساختند نمود نمودند".split())
# Nouns a numeral counts: time units and the counters of people.
COUNTED_NOUNS = frozenset("روز هفته ماه سال ساعت دقیقه تن نفر".split())
NUMERALS = frozenset("دو سه چهار پنج شش هفت هشت نه ده".split())
# Words after which a count goes on in the same phrase or list: «این دو تن»، «۱۰۰ تن کشته و ۶۰۰ تن دیگر».
COUNT_LEADS = frozenset({"و", "از"}) | DETERMINERS | PHRASE_OPENERS | PARTITIVES


# Finite verbs that no noun phrase holds: the negated ones, the simple pasts not among the stop words and the
# future's auxiliary («… به کنست نشد و نیروهای امنیتی …»، «… راهی هائیتی خواهد شد»، «از مردم خواستند …»).
PHRASE_VERBS = frozenset(
    "نشد نشدند نکرد نکردند نشده نکرده نداد ندادند گذاشت گذاشتند نمود نمودند نگرفت گردید گردیدند دادند "
    "گرفت گرفتند خواستند پرداختند خواهد خواهند کنند".split()
)
# A participle: a finite verb with the auxiliary after it («… درگرفته است»), or, for the light verbs that
# make no adjective of a noun, with «و» (« … برخورد کرده و …»); «شده» may be one («مناطق اشغال شده و …»).
PARTICIPLE = re.compile(
    r"[\w\u200c]*(?:شده|کرده|داده|گرفته|بوده|داشته|آمده|نموده|گردیده|رسیده|یافته|رفته|گفته|خواسته|نوشته|زده|برده)"
)
AUXILIARIES = frozenset({"است", "اند", "بود", "بودند", "باشد", "باشند"})
PASSIVE_AUXILIARIES = frozenset("شد شدند شود شوند می‌شود می‌شوند".split())
PASSIVE_PARTICIPLE = re.compile(r"(?:گرفته|داده)")  # «تصمیمی که زیر فشار مقامات آمریکایی گرفته شد»
VERB_FOLLOWERS = AUXILIARIES | PASSIVE_AUXILIARIES | {"و"}  # the words after which a participle may be a verb
VERBAL_PARTICIPLE = re.compile(r"[\w\u200c]*(?:کرده|داده|نموده)")


def next_word(sentence: str, word: re.Match[str]) -> str:
    """Return the word after `word` in the sentence, past any limit of the phrase read («… درگرفته | است»)."""
    after = WORD.search(sentence, word.end())
    return bare(after.group()) if after else ""


def is_participle(word: str, following: str) -> bool:
    """Tell whether a word inside a run of words is a participle used as a verb, which ends the noun phrase."""
    if following not in VERB_FOLLOWERS:
        return False
    if following in AUXILIARIES and PARTICIPLE.fullmatch(word):
        return True
    if following in PASSIVE_AUXILIARIES:
        return PASSIVE_PARTICIPLE.fullmatch(word) is not None  # a light verb's passive: «… گرفته شد»
    return following == "و" and VERBAL_PARTICIPLE.fullmatch(word) is not None


def phrase_backward(sentence: str, end: int, limit: int) -> Phrase | None:
    """Return the noun phrase that ends at `end`, reading back to a stop word, punctuation, a date or `limit`: a
    written date («1387/2/17») or a day and month («17 اردیبهشت») before a phrase is when, not part of it."""
    taken: list[re.Match[str]] = []
    for word in reversed(words_between(sentence, limit, end)):
        text = word.group()
        if is_stop(bare(text)) or len(taken) >= MAX_PHRASE_WORDS - 2:
            break
        if taken and WRITTEN_DATE.fullmatch(bare(text)):
            break  # «در تاریخ 1387/2/17 شهرداری تهران را»
        if len(taken) > 1 and bare(text).isdigit() and bare(taken[0].group()) in MONTH_NAMES:
            del taken[0]  # «در 17 اردیبهشت شهرداری تهران را»
            break
        if text[-1] in "،,؛:" and taken:
            break
        if taken and bare(taken[0].group()) != "و" and (
            names_state(bare(text)) or (names_person(bare(text)) and not one_title(bare(taken[0].group())))
        ):
            # «یکی از اتباع آمریکا راننده‌ای را»، «پوتین اردوغان را»: a phrase ending in a state or a known
            # person's name is the subject before the object; a name before its title is one phrase with it
            # («علی‌اکبر صالحی معاون رئیس جمهور»).
            break
        taken.insert(0, word)
        if bare(text).isdigit() and len(taken) > 1 and bare(taken[1].group()) in AGE_WORDS:
            continue  # «این زن ۳۰ ساله را»: an age inside the phrase, not a count that opens it
        if bare(text) in PHRASE_OPENERS or bare(text).isdigit():
            # A numeral or demonstrative opens the object, after a partitive («بیش از ۵۰۸ زندانی») if any.
            before = words_between(sentence, limit, word.start())[-2:]
            if len(before) == 2 and bare(before[1].group()) == "از" and bare(before[0].group()) in PARTITIVES:
                taken[:0] = before
            break
    return make_phrase(sentence, taken)


# «و» after a present, subjunctive or negated verb joins two clauses as it does after a past one: «… هدف قرار ندهد
# و مسکو نیز این خواسته را عملی کرده است»، «… به کنست نشد و نیروهای امنیتی …».
PRESENT_VERBS = "کند کنند شود شوند دهد دهند گیرد گیرند باشد باشند دارد دارند".split()
NEGATED_PASTS = "نشد نشدند نکرد نکردند نداد ندادند نبود نبودند نداشت نداشتند".split()
# The literal « و » comes first, so that only its few places test the verb before it (as CLAUSE_BREAK does).
PRESENT_AND = re.compile(
    r"[ \u200c]و(?=[ \u200c])(?:"
    + "|".join(
        rf"(?<=(?<![\w\u200c]){prefix}{verb}[ \u200c]و)"
        for verb in PRESENT_VERBS for prefix in ("", "ن", "ب", "نمی\u200c", "می\u200c")
    )
    + "|" + "|".join(rf"(?<=(?<![\w\u200c]){verb}[ \u200c]و)" for verb in NEGATED_PASTS)
    + ")"
)


# A verb of saying or claiming whose report follows with no «که» or comma («آمریکا می‌گوید شاخه القاعده یمن به
# … کمک کرده است»): what it reports is a clause of its own, with its own subject.
BARE_REPORT = re.compile(
    r"(?<![\w\u200c])(?:می\u200cگوید|می\u200cگویند|مدعی (?:است|هستند|شد|شدند)|ادعا (?:کرد|کردند|می\u200cکند))"
    r"(?= (?!(?:که|اینکه|با|به|در|از|را|و)(?![\w\u200c])))"
)


def clause_breaks(sentence: str, position: int) -> list[re.Match[str]]:
    """Return the clause breaks before `position`, with the «و» that follows a present verb and the end of a verb
    of saying that opens its report without «که»."""
    breaks = list(CLAUSE_BREAK.finditer(sentence, 0, position))
    joined = list(PRESENT_AND.finditer(sentence, 0, position)) + list(BARE_REPORT.finditer(sentence, 0, position))
    return sorted(breaks + joined, key=lambda m: m.start()) if joined else breaks


# Words that open a complement or relative clause; one whose clause already ended with its own verb does not
# hold what follows («پس از آنکه X استعفا کرده …، این شورا … تصویب نمود»).
COMPLEMENTISERS = frozenset({"که", "اینکه", "آنکه"})


@lru_cache(maxsize=1024)
def clause_start(sentence: str, position: int, progressive: bool = False) -> int:
    """Return where the clause holding `position` starts: after the last colon, complementiser or conjunction.

    A relative clause that has already ended with its own verb («… تلاشی که منجر به حل مناقشات شود حمایت
    می‌کند») does not hold the position: the clause around it does. A clause joined by «و» after a verb opens
    a new clause only when it names its own subject, after any opening adverbial («… حاصل شده است و اسرائیل نیز
    …»، «… منتشر شود و به همین دلیل پلیس …»); else the subject is shared.
    `progressive`: a relative clause closed by a «می‌» verb does not hold it either (for subjects only: the mood
    rules read the words of such a clause before a predicate their own way).
    """
    starts = [0]
    for match in clause_breaks(sentence, position):
        after = past_adverbial_clause(sentence, match, position)
        if after is not None:
            starts.append(after)
            continue
        if match.group().strip() in COMPLEMENTISERS and closes_clause(sentence, match, position, progressive):
            continue
        if match.group().strip() == "و" and not opens_with_subject(
            sentence, past_adverbial(sentence, match.end(), position), position
        ):
            continue
        starts.append(match.end())
    return starts[-1]


ADVERBIAL_OPENERS = frozenset({"آنکه", "اینکه"})  # «پس از آنکه»، «با وجود اینکه»: a clause of time or concession
ADVERBIAL_POINTERS = frozenset({"آن", "این"})  # the same written apart: «پس از آن که»


def past_adverbial_clause(sentence: str, opener: re.Match[str], position: int) -> int | None:
    """Return where the main clause opens after an adverbial clause closed by its verb and a comma, or None.

    «پس از آنکه دولت بحرین … لغو کرد، نیروهای امنیتی به تظاهرات … حمله کردند»: the subject and the phrases of
    the second verb are after the comma. Only «آنکه» and «اینکه» (or «آن که») open such a clause: a relative «که»
    keeps its antecedent before it as the subject.
    """
    word = opener.group().strip()
    if word not in ADVERBIAL_OPENERS:
        before = sentence[: opener.start()].split()
        if word != "که" or not before or before[-1] not in ADVERBIAL_POINTERS:
            return None
    comma = sentence.find("،", opener.end(), position)
    if comma < 0:
        return None
    last = bare(sentence[sentence.rfind(" ", opener.end(), comma) + 1 : comma])
    if not (FINITE_VERB.fullmatch(last) or VERB_ENDING.fullmatch(last) or PROGRESSIVE_VERB.match(last)):
        return None
    # «ارتش اسرائیل پس از آنکه …، به نوار غزه حمله کرد»: a main clause with no subject of its own shares the
    # one before the adverbial clause.
    return comma + 1 if opens_with_subject(sentence, past_adverbial(sentence, comma + 1, position), position) else None


# A leading adverbial whose end is sure: a preposition, a demonstrative and one noun («به همین دلیل»، «در این
# میان»), or a phrase closed by its comma («در پی این حادثه،»).
DEMONSTRATIVE_ADVERBIAL = re.compile(
    r"(?:به|در|از|با|برای)[ \u200c]+(?:این|آن|همین|همان)[ \u200c]+[\w\u200c]+[ \u200c]*،?[ \u200c]*"
)
ADVERBIAL_COMMA_WORDS = 6  # a leading phrase closed by a comma within so many words


def past_adverbial(sentence: str, start: int, limit: int) -> int:
    """Return where the words after «و» go on past a leading adverbial whose end is sure; `start` if none.

    «… منتشر شود و به همین دلیل پلیس … درآمده‌اند» opens a clause with its own subject, while in «… دارد و با
    دیگر نیروهای لبنانی همکاری می‌کند» the state is inside the phrase of «با», and an agent («از سوی X») is no
    adverbial.
    """
    start = len(sentence) - len(sentence[start:].lstrip(" \u200c"))
    while start < limit and (word := WORD.match(sentence, start)) and bare(word.group()) in OPENING_WORDS:
        start = len(sentence) - len(sentence[word.end() :].lstrip(" \u200c"))
    idiom = DEMONSTRATIVE_ADVERBIAL.match(sentence, start, limit)
    if idiom is not None:
        return idiom.end()
    words = words_between(sentence, start, limit)[:ADVERBIAL_COMMA_WORDS]
    if not words or bare(words[0].group()) not in LEADING_PREPOSITIONS or AGENT_START.match(sentence, start):
        return start
    comma = next((word for word in words if word.group().endswith("،")), None)
    return comma.end() if comma is not None else start


AGENT_START = re.compile(r"(?:توسط|از[ \u200c]+(?:سوی|طرف|جانب)|به[ \u200c]+(?:دست|وسیله))(?![\w\u200c])")


# A progressive joined to «می» by a half-space closes a relative clause after a noun too («نوجوانی را که در خاک
# لبنان چوپانی می‌کرد»، «… که دارای ملیت ژاپنی نیز می‌باشد»، «… که در شیلی به سر می‌برد»); after a verb «که» opens a
# complement.
PROGRESSIVE_CLOSE = re.compile(
    r"(?<![\w\u200c])ن?می\u200c[\w]{1,12}(?:د|ند)(?![\w\u200c])"
)


CONTRAST_LEAD = re.compile(r"(?<![\w\u200c])در[ \u200c]*حالی[ \u200c]+است[ \u200c]*$")
CONTRAST_REACH = 20  # characters enough to hold «در حالی است » before «که»


def closes_clause(sentence: str, opener: re.Match[str], position: int, progressive: bool = False) -> bool:
    """Tell whether the clause that `opener` («که») opens ends with its own verb before `position`.

    The clause of «در حالی است که» runs to the sentence's end, past its first verb: «این در حالی است که
    مانورها … منجر به جنجال شده و مورد انتقاد … قرار گرفته بود».
    """
    if CONTRAST_LEAD.search(sentence, max(0, opener.start() - CONTRAST_REACH), opener.start()):
        return False
    verbs = len(FINITE_VERB.findall(sentence, opener.end(), position))
    if verbs > nested_relatives(sentence, opener.end(), position):
        return True
    if not progressive or opener.group().strip() != "که":
        return False
    if not PROGRESSIVE_CLOSE.search(sentence, opener.end(), position):
        return False
    head_end = len(sentence[: opener.start()].rstrip())
    head = sentence[sentence.rfind(" ", 0, head_end) + 1 : head_end]
    return bool(head) and not is_verb(head.strip("،,»\""))


RELATIVE = re.compile(r"(?<=[^\s\u200c])[ \u200c]+که(?![\w\u200c])")


def nested_relatives(sentence: str, start: int, end: int) -> int:
    """Count the relative clauses that open between `start` and `end` after a noun: each takes one of the verbs
    there as its own («اینکه باند سارقین که شامل دو زن بودند | دستگیر شد»: «بودند» closes the inner clause)."""
    count = 0
    for match in RELATIVE.finditer(sentence, start, end):
        before = sentence[start : match.start()].split()
        count += bool(before) and not is_verb(before[-1].strip("،,»\""))
    return count


# A credit that cites its source («به گزارش خبرگزاری فارس از بندرعباس به نقل از روابط عمومی سازمان منطقه آزاد
# قشم،») runs longer before its comma.
CITED_LEAD_IN_WORDS = 20


def is_lead_in(lead: re.Match[str] | None) -> bool:
    """Tell whether a «به گزارش …،» match is a whole lead-in, not a span that swallowed the subject."""
    if lead is None:
        return False
    words = len(lead.group().split())
    return words <= (CITED_LEAD_IN_WORDS if "به نقل از" in lead.group() else MAX_LEAD_IN_WORDS)


def skip_lead_ins(sentence: str, start: int, limit: int) -> int:
    """Move past agency lead-ins only («به گزارش …،»)."""
    while True:
        lead = LEAD_IN.match(sentence[start:limit])
        if not is_lead_in(lead):
            return start
        start += lead.end()


def skip_openers(sentence: str, start: int, limit: int) -> int:
    """Move past lead-ins («به گزارش …،»), opening adverbs and a leading prepositional phrase."""
    while True:
        lead = LEAD_IN.match(sentence[start:limit])
        if not is_lead_in(lead):
            break
        start += lead.end()
    credit = BARE_CREDIT.match(sentence[start:limit])
    if credit and not is_lead_in(LEAD_IN.match(sentence[start:limit])):
        start += credit.end()
    timed = TIME_OPENER.match(sentence[start:limit])
    if timed:
        start += timed.end()
    words = words_between(sentence, start, limit)
    index = 0
    first = bare(words[0].group()) if words else ""
    while index < len(words) and (first in OPENING_WORDS or "\u200c" in first and is_opening(first)):
        index += 1
        first = bare(words[index].group()) if index < len(words) else ""
    if first in THEN_PREPOSITIONS:
        index = past_then(words, index)
    if index < len(words) and first in TIME_AMOUNTS:
        after_span = past_time_span(sentence, words[index].start(), limit)
        if after_span > words[index].start():
            return after_span
    if index < len(words) and bare(words[index].group()) in PHRASE_STOPS:
        # A leading adverbial phrase («در زنجان»، «روز گذشته»): skip to its comma, or past its first noun.
        comma = next((i for i in range(index, min(index + 10, len(words))) if words[i].group().endswith("،")), None)
        if comma is not None and comma + 1 < len(words) and words[comma + 1].group().endswith("،") and (
            continues_list(words[comma + 1 : comma + LIST_REACH])
        ):
            comma = None  # «در دوره‌های مختلف مقامات لهستان، چک، اوکراین و …»: a list's comma, not the phrase's end
        if comma is not None:
            index = past_numbers(words, comma + 1)
        else:
            index += 1
            if index < len(words) - 2 and bare(words[index - 1].group()) in THEN_PREPOSITIONS and bare(
                words[index].group()
            ) == "از" and bare(words[index + 1].group()) in DETERMINERS:
                # «پس از این امر | مجلس …»: «پس از» is one preposition, and a demonstrative and its noun close
                # its phrase; without one the words after «از» may go on («پس از اشغال نظامی افغانستان …»).
                index += 1
            while index < len(words) - 1 and bare(words[index].group()) in DETERMINERS:
                index += 1
            index = past_head_noun(words, index)
        while index < len(words) - 1 and bare(words[index].group()) in OPENING_WORDS:
            index += 1  # «در آن نه تنها کشورهای مستقل …»: a particle between the leading phrase and the subject
    return words[index].start() if index < len(words) else limit


NUMBER_WORD = re.compile(r"(?:\d+(?:[.,/]\d+)*[ \u200c]*و?|[-–و])")


def past_numbers(words: list[re.Match[str]], index: int) -> int:
    """Return the index past a list of numbers that goes on after the comma of a leading phrase («در فاصله سال‌های
    ۱۹۸۲، ۱۹۷۹و ۱۹۷۱ - ۱۹۷۲ واشنگتن …»): two numbers in a row count nothing («۵۰ هزار نفر» is a subject)."""
    end, numbers = index, 0
    while end < len(words) and NUMBER_WORD.fullmatch(bare(words[end].group())):
        numbers += any(char.isdigit() for char in words[end].group())
        end += 1
    return end if numbers >= 2 and end < len(words) else index


THEN_WORDS = 3  # «پیش از این»: a preposition, «از» and a demonstrative standing alone


def past_then(words: list[re.Match[str]], index: int) -> int:
    """Return the index after «پیش از این»، «پس از آن» («before this», «after that») when the demonstrative stands
    alone: the next word names a party or is an opening adverb («پیش از این نیز اصلاح‌طلبان …»، «پیش از این
    وزارت دفاع لتونی …»), not a noun it points to («پس از این دیدار»)."""
    if index + THEN_WORDS >= len(words) or bare(words[index].group()) not in THEN_PREPOSITIONS:
        return index
    if bare(words[index + 1].group()) != "از" or bare(words[index + 2].group()) not in {"این", "آن"}:
        return index
    after = index + THEN_WORDS
    while after < len(words) and bare(words[after].group()) in OPENING_WORDS:
        after += 1
    if after > index + THEN_WORDS or (after < len(words) and names_actor(bare(words[after].group()))):
        return after
    return index


THEN_PREPOSITIONS = frozenset({"پیش", "پس", "قبل", "بعد"})
# Amounts of time that open «ساعتی قبل از …»، «دقایقی پس از …»، and how far their span is read.
TIME_AMOUNTS = frozenset("ساعتی ساعاتی دقایقی لحظاتی روزی مدتی چندی".split())
TIME_SPAN_WORDS = 14


def past_time_span(sentence: str, start: int, limit: int) -> int:
    """Return where a clause goes on after an opening span of time («ساعتی قبل از ورود بوش به سائوپائولو نیز | …»،
    up to its comma or «نیز»), else `start`: the span's own phrases («به سائوپائولو») are no party to the act."""
    words = list(islice(WORD.finditer(sentence, start, limit), TIME_SPAN_WORDS))
    if len(words) < 3 or bare(words[0].group()) not in TIME_AMOUNTS or bare(words[1].group()) not in THEN_PREPOSITIONS:
        return start
    end = next(
        (i for i in range(2, len(words)) if words[i].group().endswith("،") or bare(words[i].group()) in ("نیز", "هم")),
        None,
    )
    if end is None:
        return start
    return words[end + 1].start() if end + 1 < len(words) else limit


def past_head_noun(words: list[re.Match[str]], index: int) -> int:
    """Return the index of the word after a leading prepositional phrase's noun at `index`.

    After the noun of a compound preposition the phrase's noun is the next one («به عنوان مثال | جوانان …»). A
    quoted name after a place noun is its apposition («در استان «إب» | حملات …»).
    """
    if index < len(words) - 2 and bare(words[index].group()) in COMPOUND_NOUNS:
        index += 1
        while index < len(words) - 1 and bare(words[index].group()) in DETERMINERS:
            index += 1
    index += 1
    if index < len(words) - 1 and bare(words[index].group()) in TIME_ADJECTIVES:
        index += 1  # «طی شب گذشته | جنگنده‌های آمریکایی …»: the adjective of a time noun is in the phrase
    elif 0 < index < len(words) - 1 and one_title(bare(words[index - 1].group())) and names_place(
        bare(words[index].group())
    ):
        index += 1  # «از استاندار کرمان | در زمینه …»: the place a title holds office in is in the phrase
    if 0 < index < len(words) - 1 and words[index].group().startswith("«") and (
        bare(words[index - 1].group()) in PLACE_NOUNS
    ):
        closing = next(
            (i for i in range(index, min(index + QUOTED_NAME_WORDS, len(words) - 1)) if "»" in words[i].group()), None
        )
        if closing is not None:
            index = closing + 1
    return index


# Nouns of compound prepositions whose complement follows them: «به عنوان»، «به خاطر»، «در ادامه».
COMPOUND_NOUNS = frozenset({"عنوان", "خاطر", "ادامه"})
# Nouns of places whose name may follow in quote marks («در استان «إب»»); after «در این روز» a quoted name is a
# person's, the subject.
PLACE_NOUNS = frozenset("استان شهر شهرستان منطقه روستا بندر جزیره ولایت ایالت بخش محله خیابان میدان اردوگاه".split())
QUOTED_NAME_WORDS = 4
TIME_ADJECTIVES = frozenset("گذشته آینده اخیر جاری".split())  # a name in quote marks after a place noun is a few words long


def find_subject(sentence: str, trigger_start: int) -> Phrase | None:
    """Return the subject of the clause that holds the trigger, or None when it has none or counts the dead: in
    «۷ کشته و زخمی در حمله موشکی به موصل» the casualties are no party to the attack."""
    phrase = clause_subject(sentence, trigger_start)
    return None if phrase is not None and CASUALTY_COUNT.match(phrase.text) else phrase


# A phrase that counts casualties: «۷ کشته»، «ده‌ها کشته و زخمی»، «۳ شهید».
CASUALTY_COUNT = re.compile(r"^[^\s]+[ \u200c]+(?:کشته|زخمی|مجروح|شهید|قربانی)(?![\w\u200c])")


def clause_subject(sentence: str, trigger_start: int) -> Phrase | None:
    """Return the subject of the clause that holds the trigger, or None when the clause has none.

    A phrase followed by «را» is the object, and the subject comes after it («این مطلب را X اعلام کرد»); a
    relative clause with no subject of its own has its antecedent as subject («آمریکا که … به توافق رسید»).
    """
    opening = clause_start(sentence, trigger_start)
    opening = past_report_verb(sentence, opening, trigger_start)
    closes_relative = "می\u200c" in sentence[opening:trigger_start]
    if closes_relative and sentence[max(0, opening - 8) : opening].rstrip().endswith("که"):
        opening = clause_start(sentence, trigger_start, progressive=True)
    start = skip_openers(sentence, opening, trigger_start)
    phrase = phrase_forward(sentence, start, trigger_start)
    if phrase is not None and OBJECT_MARK.match(sentence, phrase.end):
        subject = subject_before_object(sentence, phrase)
        if subject is not None:
            return subject
        after = OBJECT_MARK.match(sentence, phrase.end).end()
        phrase = phrase_forward(sentence, skip_openers(sentence, after, trigger_start), trigger_start)
    if sentence[:opening].rstrip().endswith("که") and (
        phrase is None or subject_in_preposition(sentence, opening, phrase)
    ):
        head_end = sentence[:opening].rstrip()[:-2].rstrip()
        antecedent = phrase_backward(sentence, len(head_end), clause_start(sentence, len(head_end)))
        if antecedent is not None and not is_verb(antecedent.text.split()[-1]):
            return antecedent
    return phrase


# A verb of reporting whose complement follows with no «که» or comma: «شبکه اسکای نیوز امروز اعلام کرد | یک جوان
# فلسطینی … را زیر گرفت».
REPORT_NOUNS = ("اعلام", "گزارش", "اظهار", "ادعا", "تاکید", "تأکید", "تصریح", "خاطرنشان", "گفت", "افزود")
REPORT_VERB = re.compile(
    r"(?<![\w\u200c])(?:(?:اعلام|گزارش|اظهار|ادعا|تاکید|تأکید|تصریح|خاطرنشان)[ \u200c]+"
    r"(?:کرد|کردند|داد|دادند|داشت|کرده است|داده است)|گفت|گفتند|افزود|افزودند)"
    r"(?![\w\u200c])(?![ \u200c]*(?:که|،|:|و)(?![\w\u200c]))"
)


def past_report_verb(sentence: str, opening: int, trigger_start: int) -> int:
    """Return where the complement of the last verb of reporting before the predicate opens, if it names the
    predicate's own subject; else `opening`. The outlet or speaker that reports an act is not its agent."""
    if not any(sentence.find(word, opening, trigger_start) >= 0 for word in REPORT_NOUNS):
        return opening  # most clauses hold no verb of reporting: skip the regular expression
    reports = list(REPORT_VERB.finditer(sentence, opening, trigger_start))
    if not reports:
        return opening
    after = len(sentence) - len(sentence[reports[-1].end() :].lstrip(" \u200c"))
    phrase = phrase_forward(sentence, after, trigger_start) if after < trigger_start else None
    return after if phrase is not None and names_anyone(phrase) else opening


def subject_before_object(sentence: str, phrase: Phrase) -> Phrase | None:
    """Return the subject that opens a phrase read up to «را», when the words say where the object starts: a state
    or known name ends the subject («صنعاء بیش از دو هزار زندانی را»، «اسپانیا سفیر ایران را»), as does a
    demonstrative actor («این روزنامه دولت تونی بلر را»); None when the whole phrase is the object."""
    obj = phrase_backward(sentence, phrase.end, phrase.start)
    if obj is not None and obj.start > phrase.start:
        cut = sentence[phrase.start : obj.start].rstrip(" \u200c،")
        return Phrase(cut, phrase.start, phrase.start + len(cut))
    first = WORD.match(sentence, phrase.start)
    if first is not None and first.end() < phrase.end and names_state(bare(first.group())):
        return make_phrase(sentence, [first])
    words = list(WORD.finditer(sentence, phrase.start, phrase.end))
    if len(words) >= 3 and names_state(bare(words[-1].group())) and names_placed_body(
        sentence[phrase.start : words[-2].end()]
    ):
        return make_phrase(sentence, words[:-1])  # «اتحادیه اروپا | ایران را»: a body's name, then the object
    return pointed_subject(sentence, phrase)


def names_placed_body(text: str) -> bool:
    """Tell whether words name a body the resolver places with confidence («اتحادیه اروپا»، «سازمان ملل»): a
    whole name, which takes no state after it as its own."""
    code = actor_code(text, default_country=None)
    return code is not None and code.country is not None and code.confidence >= 0.9


# Demonstratives that open a subject pointing back to an actor named before («این روزنامه»، «آن سازمان»).
POINTERS = frozenset({"این", "آن", "همین"})


def pointed_subject(sentence: str, phrase: Phrase) -> Phrase | None:
    """Return «این روزنامه» when a phrase read up to «را» is «این روزنامه | دولت تونی بلر»: a demonstrative and an
    actor noun, then another actor that does not complete it as one title («این نماینده مجلس» is one person)."""
    words = words_between(sentence, phrase.start, phrase.end)
    if len(words) < 3 or bare(words[0].group()) not in POINTERS:
        return None
    noun, rest = bare(words[1].group()), bare(words[2].group())
    if not (names_actor(noun) or noun in PERSON_NOUNS) or not (names_actor(rest) or names_state(rest)):
        return None
    if one_title(f"{noun} {rest}"):
        return None
    return make_phrase(sentence, words[:2])


@lru_cache(maxsize=1024)
def names_place(word: str) -> bool:
    """Tell whether a word alone names a state, a capital or a known town («کرمان»)."""
    code = actor_code(word)
    return code is not None and code.country is not None and code.confidence >= 0.8


def one_title(text: str) -> bool:
    """Tell whether words are one title or body word of the resolver's («نماینده مجلس»، «وزارت خارجه»، «معاون»)."""
    size, words = sector_words(text)
    return any(length == size for _, length in words)


def sector_words(text: str) -> tuple[int, list[tuple[object, int]]]:
    """Return how many folded words a text has and the resolver's sector words in it, each with its length in
    words."""
    tokens = fold_tokens(text)
    return len(tokens), [(word, len(fold_tokens(word.text))) for word in find_sector_words(tokens)]


# Prepositions that open a relative clause whose subject is its antecedent («… که از تعیین جدول زمانی … خودداری کرده»).
LEADING_PREPOSITIONS = frozenset("از در به با برای بر علیه درباره".split())


def subject_in_preposition(sentence: str, opening: int, phrase: Phrase) -> bool:
    """Tell whether a clause's subject was found by skipping a leading preposition and names no actor: it is then
    the preposition's own complement («از تعیین | جدول زمانی»), and the clause has no subject of its own."""
    first = WORD.search(sentence, opening)
    return (
        first is not None
        and first.start() < phrase.start
        and bare(first.group()) in LEADING_PREPOSITIONS
        and "،" not in sentence[first.end() : phrase.start]
        and not opens_with_actor(sentence, phrase.start, phrase.end)
    )


@lru_cache(maxsize=4096)
def names_state(word: str) -> bool:
    """Tell whether a word alone names a state («اسپانیا») or its capital standing for it («باکو»): it can be a
    subject before an object."""
    if is_common_word_state(word):
        return False
    return country_code(word) is not None or load_tables().capitals.entries.get(fold_tokens(word)) is not None


def is_common_word_state(word: str) -> bool:
    """Tell whether a state's name is a word the news mostly uses otherwise («مالی» financial, «پیرو» following):
    the resolver's homonym list, demonyms aside. Alone it names no actor; with a title or body it still may."""
    return fold(word) in common_word_states()


@lru_cache(maxsize=1)
def common_word_states() -> frozenset[str]:
    """Return the folded state names that the resolver's place homonym list holds (not demonyms), once."""
    return frozenset(
        word for word in load_gazetteer().homonyms
        if (found := lookup_country(word)) is not None and found.kind != "demonym"
    )


@lru_cache(maxsize=4096)
def names_person(word: str) -> bool:
    """Tell whether a word alone is a known person's name or surname («پوتین»، «اردوغان»)."""
    tokens = fold_tokens(word)
    return len(tokens) == 1 and find_person(tokens) is not None


def is_verb(word: str) -> bool:
    """Tell roughly whether a word is a finite verb («کرد»، «گفت»، «است»): «که» after it is a complementiser."""
    return bool(VERB_ENDING.search(word))


def cut_before_object(phrase: Phrase) -> Phrase:
    """Cut a subject that has run on into its object where no «را» follows the object's first noun:
    «رئیس تشکیلات خودگردان فلسطین | تصمیم رژیم صهیونیستی برای …» ends at its state, when the words after it
    name another one and no «و» joins them, or open with a determiner («… روسیه | هرگونه مذاکره …»)."""
    words = list(WORD.finditer(phrase.text))
    for index, word in enumerate(words[:-1]):
        text = bare(word.group())
        if not names_state(text) or (text.endswith("ی") and names_state(text[:-1])):
            continue  # not a state, or its adjective («عکاس ایرانی ساکن کانادا»)
        rest = words[index + 1 :]
        if bare(rest[0].group()) == "و" or word.group().endswith("،"):
            return phrase
        if bare(rest[0].group()) in NEW_PHRASE_DETERMINERS:
            # «پوتین رییس جمهوری روسیه | هرگونه مذاکره …»: a state's name takes no determiner after it.
            end = word.end()
            return Phrase(phrase.text[:end], phrase.start, phrase.start + end)
        if any(names_state(bare(other.group())) or names_actor(bare(other.group())) for other in rest[1:]):
            if other_state_named(phrase.text[rest[0].start() :], bare(word.group())):
                end = word.end()
                return Phrase(phrase.text[:end], phrase.start, phrase.start + end)
        return phrase
    return phrase


# Determiners that open a new noun phrase when they follow a state's name.
NEW_PHRASE_DETERMINERS = frozenset("هرگونه هر این آن همه تمام هیچ برخی".split())


def other_state_named(text: str, state_word: str) -> bool:
    """Tell whether `text` names a state other than the one `state_word` names."""
    here, there = actor_code(state_word), actor_code(text)
    return bool(here and there and there.country and there.country != here.country and there.confidence >= 0.9)


def find_sentence_subject(sentence: str) -> Phrase | None:
    """Return the subject that opens the sentence: the speaker or agent that later clauses may drop."""
    end = len(sentence)
    first_break = CLAUSE_BREAK.search(sentence)
    if first_break:
        end = first_break.start()
    start = skip_openers(sentence, 0, end)
    phrase = phrase_forward(sentence, start, end)
    if phrase is not None and OBJECT_MARK.match(sentence, phrase.end):
        # «معاون وزیر اقتصاد حجم واگذاری‌ها را …»: the object is no subject; a subject before it is cut off it.
        return subject_before_object(sentence, phrase) or phrase
    return None if phrase is not None and CASUALTY_COUNT.match(phrase.text) else phrase


# Prepositions whose phrase sits inside a «را» object noun phrase («سفر البرادعی به ایران را»).
OBJECT_INNER_PREPOSITIONS = frozenset("در به با علیه برای جهت".split())


EMBEDDED_OPENER = re.compile(r"(?<![\w\u200c])(?:که|اینکه|آنکه)(?![\w\u200c])")
OBJECT_MARKER = re.compile(r"(?<![\w\u200c])را(?![\w\u200c])")


def embedded_clauses(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the complement clauses between `start` and `end` that close with their own verb."""
    spans = []
    for opener in EMBEDDED_OPENER.finditer(sentence, start, end):
        verb = FINITE_VERB.search(sentence, opener.end(), end)
        if verb is not None:
            spans.append((opener.start(), verb.end()))
    return spans


def find_object(sentence: str, region_start: int, trigger_end: int) -> Phrase | None:
    """Return the direct object: the phrase before the last «را» of the clause.

    A «را» inside a clause that closes with its own verb before the predicate is that clause's object, not the
    predicate's («مسکو، واشنگتن را برای اینکه بوتینا را … تحت فشار قرار داده، متهم کرد»).
    """
    markers = [match.start() for match in OBJECT_MARKER.finditer(sentence, region_start, trigger_end)]
    if not markers:
        return None
    spans = embedded_clauses(sentence, region_start, trigger_end) if len(markers) > 1 else []
    outside = [m for m in markers if not any(low <= m < high for low, high in spans)]
    marker = (outside or markers)[-1]
    phrase = phrase_backward(sentence, marker, region_start)
    if phrase is not None and opens_inner_phrase(sentence, phrase, region_start):
        person = person_after_complement(sentence, phrase)
        if person is not None:
            return person  # «در سازمان ملل | سردار قاسم سلیمانی را»: the preposition's place ends before a person
        # «مواضع داعش در عراق را»: a «را» object is never a bare prepositional phrase; its head, which names
        # what is acted on, comes before it.
        before = words_between(sentence, region_start, phrase.start)[-1]
        head = phrase_backward(sentence, before.start(), region_start)
        if head is not None and bare(before.group()) in PARTY_PREPOSITIONS and names_party_of(head, phrase):
            # «هرگونه مذاکره با چچنی‌ها را رد کرد»: a predicate noun that names no one is the act; the party is
            # the one it is done with.
            return phrase
        return head or phrase
    return phrase


def person_after_complement(sentence: str, phrase: Phrase) -> Phrase | None:
    """Return the object that follows a preposition's complement when the complement is a named place or body
    and the object a person or state: a title, a known name or a state («در سازمان ملل سردار قاسم سلیمانی را»،
    «در نشست سازمان ملل ایران را»). After a common noun they are its genitive («در دفتر رئیس‌جمهور را»)."""
    words = words_between(sentence, phrase.start, phrase.end)
    for index in range(1, len(words)):
        word = bare(words[index].group())
        if not (opens_title(word) or names_person(word) or names_state(word)):
            continue
        if names_place_or_body(sentence[phrase.start : words[index - 1].end()]):
            return make_phrase(sentence, words[index:])
        return None
    return None


PERSON_KINDS = frozenset({"title", "rank", "honorific"})  # the resolver's sector words that open a person


@lru_cache(maxsize=4096)
def opens_title(word: str) -> bool:
    """Tell whether a word is a title, rank or honorific that opens a person's mention («سردار»، «وزیر»)."""
    size, words = sector_words(word)
    return size == 1 and any(sector.kind in PERSON_KINDS and length == 1 for sector, length in words)


def names_place_or_body(text: str) -> bool:
    """Tell whether words name a state, place or body of known country, and no person."""
    code = actor_code(text)
    return bool(code and code.country and not code.roles and code.confidence >= 0.8)


# Prepositions after a predicate noun that bring in the other party of the act («مذاکره با X»); not «علیه» or
# «به»: who condemns «حمله به X» or «تجاوز علیه X» accuses the attacker, not X.
PARTY_PREPOSITIONS = frozenset({"با"})


def party_after(sentence: str, phrase: Phrase, bound: int) -> Phrase | None:
    """Return X of «از گسترش روابط با X استقبال کرد»: the party of a predicate noun that names no one."""
    following = WORD.search(sentence, phrase.end, bound)
    while following is not None and not following.group().strip("»\""):
        following = WORD.search(sentence, following.end(), bound)  # the quote mark that closes the noun
    if following is None or bare(following.group()) not in PARTY_PREPOSITIONS:
        return None
    if sentence[phrase.end : following.start()].strip(" \u200c»\""):
        # A comma or opening quote mark between: the preposition opens another phrase. A quote that closes the
        # noun does not («به «حفظ گفت‌وگوی سازنده» با آژانس»).
        return None
    inner = phrase_forward(sentence, following.end(), bound)
    return inner if inner is not None and names_party_of(phrase, inner) else None


def names_party_of(head: Phrase, inner: Phrase) -> bool:
    """Tell whether an object's head names no actor while the phrase after its preposition does."""
    head_words = [bare(word) for word in head.text.split()]
    inner_words = [bare(word) for word in inner.text.split()]
    return not any(names_actor(word) for word in head_words if len(word) >= 3) and any(
        names_actor(word) for word in inner_words if len(word) >= 3
    )


def opens_inner_phrase(sentence: str, phrase: Phrase, region_start: int = 0) -> bool:
    """Tell whether a phrase read back from «را» follows a preposition inside the object («… در عراق را»)."""
    before = words_between(sentence, region_start, phrase.start)[-1:]
    return bool(before) and bare(before[0].group()) in OBJECT_INNER_PREPOSITIONS


MANNER_HEADS = frozenset("طور صورت شکل نحو گونه‌ای".split())  # «به طور رسمی»: a manner adverbial after «به»
# «با میانجیگری مسکو»: the go-between of an agreement or talks, no party to them (coded as CONSULT third-party).
MEDIATION_HEADS = frozenset("میانجیگری میانجی‌گری میانجی وساطت پادرمیانی".split())


@lru_cache(maxsize=64)
def marker_regex(marker: str) -> re.Pattern[str]:
    """Compile a preposition as a whole word, its spaces matching half-spaces too."""
    body = re.escape(marker).replace("\\ ", " ").replace(" ", "[ \u200c]+")
    return re.compile(r"(?<![\w\u200c])" + body + r"(?![\w\u200c])")


def find_after_marker(sentence: str, marker: str, region_start: int, bound: int, clause_end: int) -> Phrase | None:
    """Return the phrase after `marker` (a preposition) in the clause, before the predicate: the first that names
    a party, an «از سوی» agent only when no plain phrase does, else the first phrase found."""
    pattern = marker_regex(marker)
    first = agent = None
    hits = list(pattern.finditer(sentence, region_start, bound))
    for number, hit in enumerate(hits, 1):
        previous = sentence[max(0, hit.start() - LOOK_BACK) : hit.start()].split()
        following = WORD.search(sentence, hit.end())
        if previous and bare(previous[-1]) in COMPLEMENT_HEADS and marker in ("با", "از"):
            continue  # «مبارزه با داعش»: the noun's own complement
        if previous and bare(previous[-1]) in PARTITIVES and marker == "از":
            continue  # «بازدید جمعی از اعضای هیئت از پروژه»: a partitive's «از» is inside the phrase before it
        if marker == "از" and len(previous) >= 2 and previous[-2] in ("ضمن", "با") and previous[-1] in THANKS:
            continue  # «ضمن تشکر از مردم از هم‌استانی‌ها خواست»: the thanks' own «از», in an adjunct
        start = hit.end()
        agentive = marker == "از" and following is not None and bare(following.group()) in AGENT_NOUNS
        if agentive:
            start = following.end()  # «خواستار کاهش تعرفه‌ها از سوی اروپا»: «از سوی» names the party, not «سوی»
        elif following and bare(following.group()) in MANNER_HEADS and marker == "به":
            continue  # «به طور رسمی»، «به صورت جدی»: how, not to whom
        elif following and bare(following.group()) in MEDIATION_HEADS and marker == "با":
            continue  # «با میانجیگری مسکو»: who brokered it, not who took part
        elif following and bare(following.group()) in ADVERBIAL_HEADS and not ANAPHORIC_COUNTRY.match(
            sentence[hit.end() :].lstrip(" \u200c")
        ):
            pointed = phrase_forward(sentence, start, bound)
            pointed = antecedent_of_pointer(sentence, pointed) if pointed is not None else None
            if pointed is None:
                continue  # «با اشاره به …»، «از این رو»: an adverbial, not a participant; «از این کشور» is one
            return pointed  # «از این حملات»: the act named before, whose party is named after it
        phrase = phrase_forward(sentence, start, bound)
        if phrase is None:
            continue  # «از صبح فردا از نمایندگان خواست»: a time phrase names no one; the next marker may
        phrase = party_after(sentence, phrase, bound) or antecedent_of_pointer(sentence, phrase) or phrase
        if number == len(hits) and first is None and not agentive:
            return phrase  # the only phrase found: whether it names anyone changes nothing
        if names_anyone(phrase):
            if not agentive:
                return phrase
            # «پس از اشغال افغانستان از جانب آمریکا … از طالبان حمایت می‌کند»: the agent of a noun before it
            # is the party only when no plain «از» phrase names one.
            agent = agent or phrase
        # «از موضع بالا برخورد کرده و از دو تن از اعضای نظامی خواست»: a phrase that names no one is an adverbial
        # of manner or topic; a later phrase of the same preposition may be the party.
        first = first or phrase
    return agent or first


def antecedent_of_pointer(sentence: str, phrase: Phrase) -> Phrase | None:
    """Return the party of the act «این حملات» points back to in the same sentence: «… در پی نخستین حملات
    جنگنده‌های انگلیسی علیه … از این حملات استقبال کردند» welcomes the British jets' strikes. The noun must have
    been named before with an actor right after it; «این کشور» and «این مقام» are coded their own way."""
    words = phrase.text.split()
    if len(words) >= 2 and words[0] in POINTERS and bare(words[1]) in REQUEST_NOUNS:
        return party_of_request(sentence, phrase)
    if len(words) != 2 or words[0] not in POINTERS or names_actor(words[1]) or words[1] in PERSON_NOUNS:
        return None
    noun = bare(words[1])
    for earlier in WORD.finditer(sentence, 0, phrase.start):
        if bare(earlier.group()) not in (noun, noun + "ی", noun + "\u200cی"):
            continue
        after = WORD.search(sentence, earlier.end(), phrase.start)
        if after is not None and names_actor(bare(after.group())):
            found = phrase_forward(sentence, after.start(), phrase.start)
            if found is not None and found.end <= phrase.start:
                return found
    return None


# Nouns for a demand, and the verb forms that make one («ایران از او خواسته …»).
REQUEST_NOUNS = frozenset({"خواسته", "درخواست", "تقاضا"})
REQUEST_VERB = re.compile(r"(?<![\w\u200c])(?:خواست|خواستند|خواسته|خواستار|درخواست)(?![\w\u200c])")
REQUEST_REACH = 6  # words between «از» and the verb of a demand: «از او خواسته»، «از دولت عراق خواستند»


def party_of_request(sentence: str, phrase: Phrase) -> Phrase | None:
    """Return the party whose demand «این خواسته» points to: the one it names («با این خواسته کردها مخالفند»), else the
    one that made the demand told before in the sentence («ایران از او خواسته … و او به این خواسته پاسخ منفی داد»)."""
    words = words_between(sentence, phrase.start, phrase.end)
    owner = make_phrase(sentence, words[2:]) if len(words) > 2 else None
    if owner is not None and names_anyone(owner):
        return owner
    verbs = list(REQUEST_VERB.finditer(sentence, 0, phrase.start))
    if not verbs:
        return None
    before = words_between(sentence, 0, verbs[-1].start())[-REQUEST_REACH:]
    source = next((word for word in reversed(before) if bare(word.group()) == "از"), None)
    subject = find_subject(sentence, source.start()) if source is not None else None
    return subject if subject is not None and names_anyone(subject) else None


LOOK_BACK = 60  # characters enough to hold the word before a preposition
# The nouns that make «از» a marker of the agent («از سوی»، «از طرف»، «از جانب»).
AGENT_NOUNS = frozenset(marker.split()[1] for marker in AGENT_MARKERS if marker.startswith("از "))


def names_anyone(phrase: Phrase) -> bool:
    """Tell whether a phrase names a state, a body or people (the resolver memoises the code it is coded by)."""
    from khabar.events.participants import names_people

    code = actor_code(phrase.text)
    return bool(code is not None and (code.country or code.sector not in (None, "UNK"))) or names_people(phrase.text)


def find_agent(sentence: str, region_start: int, clause_end: int, trigger_start: int | None = None) -> Phrase | None:
    """Return the agent of a passive: the phrase after «توسط»، «از سوی» … anywhere in the clause.

    An agent before the trigger ends where the trigger starts («از سوی X مورد استقبال قرار گرفت»).
    """
    for marker in AGENT_MARKERS:
        found = find_after_marker(sentence, marker, region_start, clause_end, clause_end)
        if found and trigger_start is not None and found.start < trigger_start < found.end:
            cut = sentence[found.start : trigger_start].rstrip(" \u200c،")
            found = Phrase(cut, found.start, found.start + len(cut)) if cut else None
        if found:
            return found
    return None


@lru_cache(maxsize=4096)
def names_actor(word: str) -> bool:
    """Tell whether one word names a state, a body or a group of people («آمریکا»، «مجلس»، «مردم»)."""
    from khabar.events.participants import names_people

    if is_common_word_state(word):
        return False  # «تسهیلات مالی»: not Mali
    code = actor_code(word)
    return bool(code is not None and (code.country or code.sector not in (None, "UNK"))) or names_people(word)


def opens_with_subject(sentence: str, start: int, limit: int) -> bool:
    """Tell whether a clause after «و» names its own subject: it opens with an actor that is not the object
    («… حمایت می‌کند و ایران را تهدید کرد» shares its subject)."""
    if not opens_with_actor(sentence, start, limit):
        return False
    phrase = phrase_forward(sentence, start, limit)
    if phrase is None or OBJECT_MARK.match(sentence, phrase.end) is None:
        return True
    obj = phrase_backward(sentence, phrase.end, phrase.start)  # «و آمریکا او را …»: a subject before the object
    return obj is not None and obj.start > phrase.start


def opens_with_actor(sentence: str, start: int, limit: int) -> bool:
    """Tell whether the words from `start` open with a state, body or people (past opening adverbs, and past a
    count or partitive: «… رخ داده و تعدادی از مسئولان … دستگیر شدند»)."""
    counted = False
    for word in words_between(sentence, start, limit)[:5]:
        text = bare(word.group())
        if text in PARTITIVES or text in COUNT_WORDS or text.isdigit() or (counted and text == "از"):
            counted = True
            continue
        if text not in OPENING_WORDS:
            return len(text) >= 3 and names_actor(text)
    return False


# Plural numerals that count the people after them: «… بسته بودند و هزاران نفر از فلسطینیان … محروم ماندند».
COUNT_WORDS = frozenset("هزاران صدها صد\u200cها ده\u200cها دهها میلیون\u200cها میلیونها چندین چند".split())


def find_inside(sentence: str, start: int, end: int) -> Phrase | None:
    """Return the first participant named inside a predicate's own words: «خواستار رسیدگی ویژه مجلس به … شد»."""
    previous = ""
    for word in words_between(sentence, start, end):
        text = bare(word.group())
        if len(text) >= 3 and text not in PHRASE_STOPS and previous not in LOCATIVES and names_actor(text):
            return phrase_forward(sentence, word.start(), end)
        previous = text
    return None


# Prepositions of place: a state right after one inside a predicate's words says where, not who («خواستار
# برگزاری انتخابات آزاد در عراق شد»).
LOCATIVES = frozenset({"در"})
# Nouns that may stand between «در» and a place's name and keep the phrase a place («در استان ادلب»، «در شمال
# سوریه»، «در خاک لبنان»).
PLACE_HEADS = PLACE_NOUNS | frozenset("شمال جنوب شرق غرب مرکز مرز مرزهای خاک داخل حوالی نزدیکی پایتخت سراسر".split())
LOCATED_WORDS = 4  # «در | استان | ادلب | سوریه»: a place's phrase is short


def is_located(sentence: str, position: int, start: int = 0) -> bool:
    """Tell whether the name at `position` says where something happened: «در» opens its phrase, with only place
    nouns and names between («فاجعه اخیر در استان ادلب سوریه»، «نیروی آمریکایی در عراق»), not who took part."""
    for word in reversed(words_between(sentence, start, position)[-LOCATED_WORDS:]):
        text = bare(word.group())
        if word.group()[-1] in "،,؛:":
            return False
        if text in LOCATIVES:
            return True
        if text not in PLACE_HEADS and not names_state(text) and not names_place_or_body(text):
            return False
    return False


# «مورد انتقاد X قرار گرفت»، «هدف حملات X قرار گرفت»: the act's noun takes its agent as a genitive before «قرار».
GENITIVE_PASSIVE = re.compile(r"(?:مورد[ \u200c]+[\w\u200c]+|هدف)[ \u200c]+")
PASSIVE_NOUN = re.compile(r"[ \u200c]+قرار[ \u200c]*$")


def genitive_agent(sentence: str, trigger_start: int, verb: int) -> Phrase | None:
    """Return the agent of «مورد انتقاد مقامات ناتو قرار گرفت» or «هدف حملات جنگنده‌های سعودی قرار گرفت»: the party
    named between the act's noun and «قرار», when it is one (not «مورد حمله هوایی قرار گرفت»)."""
    noun = GENITIVE_PASSIVE.match(sentence, trigger_start, verb)
    closing = PASSIVE_NOUN.search(sentence, 0, verb)
    if noun is None or closing is None or closing.start() <= noun.end():
        return None
    return find_inside(sentence, noun.end(), closing.start())


REPRESENTATIVES = frozenset("نماینده نمایندگان".split())  # «نماینده مردم قم در مجلس»: a title


def body_in_locative(sentence: str, start: int, trigger_start: int) -> Phrase | None:
    """Return the body in whose sitting an agentless act was done: «در کمیسیون بودجه از مقامات دولتی دعوت شد»,
    «در مجلس تصویب شد». A place («در بغداد») or a meeting («در این نشست») names no agent."""
    from khabar.events.participants import holds_body  # participants imports this module

    for hit in marker_regex("در").finditer(sentence, start, trigger_start):
        preceding = sentence[max(start, hit.start() - 60) : hit.start()].split()[-5:]
        if any(bare(word) in REPRESENTATIVES for word in preceding):
            continue  # «با حضور نماینده قم در مجلس»: the seat of a member's title, not where the act was done
        head = WORD.search(sentence, hit.end(), trigger_start)
        if head is not None and bare(head.group()) not in DETERMINERS and holds_body(bare(head.group())):
            return phrase_forward(sentence, head.start(), trigger_start)
    return None


def pattern_needs(sentence: str, match: re.Match[str], start: int, end: int) -> bool:
    """Tell whether a predicate's pattern needs the word at `sentence[start:end]`: without it, the pattern no
    longer matches where it did. «آغاز» in «گفتگوهایی را با X آغاز کردند» is the predicate's own noun; «زنجان» in
    «وارد استان زنجان شد» fills its gap, and so ends the place's name."""
    cut = sentence[:start] + sentence[end:].lstrip(" \u200c")
    return match.re.match(cut, match.start()) is None


PROGRESSIVE_VERB = re.compile(r"ن?می\u200c\w{2,}(?:د|ند|یم|ید|م)$")
AND_AFTER_VERB = re.compile(r"(?<=[^\s\u200c])[ \u200c]+و[ \u200c]+")


@lru_cache(maxsize=1024)
def conjunct_start(sentence: str, start: int, position: int) -> int:
    """Return where the last conjunct before `position` opens: after an «و» that follows a finite verb.

    «… آمادگی خود را اعلام می‌دارد و از عموم ملت دعوت می‌کند»: the second verb's «از» phrase is in its own
    conjunct, though the two share their subject.
    """
    opening = start
    for match in AND_AFTER_VERB.finditer(sentence, start, position):
        last = bare(sentence[sentence.rfind(" ", start, match.start()) + 1 : match.start()])
        if FINITE_VERB.fullmatch(last) or VERB_ENDING.fullmatch(last) or PROGRESSIVE_VERB.match(last):
            opening = match.end()
    return opening


def clause_end(sentence: str, position: int) -> int:
    """Return where the clause holding `position` ends."""
    match = CLAUSE_BREAK.search(sentence, position)
    return match.start() if match else len(sentence)
