"""Find and resolve the speaker of each statement.

From the text alone: the subject noun phrase before the cue (skipping adjuncts,
masked content and the agency's source line), the original source of relayed
speech («به نقل از Y»), then resolution to the most specific mention in the
article: a pronoun or «این مقام» to the person meant, a surname to the full name,
a title to the name it stands beside elsewhere in the article. With entities
(stage "ner"/"resolve"), the speaker becomes the entity inside that span, named
by its longest mention, with its id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from khabar.analysis import Entity
from khabar.quotes.cues import as_frame_regex, source_regex
from khabar.quotes.patterns import (
    CLAUSE_OPENERS,
    CONTINUING_LEMMAS,
    DEMONSTRATIVES,
    DETERMINERS,
    FINITE_VERBS,
    GENERIC_TITLES,
    GROUP_OPENERS,
    HONORIFICS,
    LEADING_ADVERBIALS,
    MAX_SUBJECT_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    OUTLET_NOUNS,
    OWN_AGENCY_WORDS,
    PARTITIVES,
    PAST_VERBS,
    PRONOUNS,
    RELAY_MARKERS,
    SEGMENT_BREAKS,
    SPEECH_NOUNS,
    SUBORDINATORS,
    SUBJECT_STOPS,
    TIME_WORDS,
    TITLE_HEADS,
    VERB_PREFIXES,
)

_WORD = re.compile(r"[^\s]+")
_QUOTES = "«»\"'“”"
_SPEECH_STARTS = tuple(SPEECH_NOUNS)
# «به گزارش خبرگزاری فارس از سنندج مهران …»: the agency's dateline place, one word.
AGENCY_PLACE = re.compile(r"\s*از [^\s،,]+(?=\s)(?!\s+(?:و\s+)?به نقل)")
# «در همین زمینه»، «از این رو»: a prepositional adverbial before the subject.
DEMONSTRATIVE_ADVERBIAL = re.compile(r"(?:در|از|با|به) (?:این|همین|آن) [^\s،,]+(?=[\s،,]|$)")
# «… به نقل از روابط عمومی شرکت آبفا علیرضا قاسمی اظهار داشت» (no comma): the credit runs into the name.
CREDIT_RELAY = re.compile(r"\s*(?:از [^،,]{1,30}? )?(?:و )?به نقل از ")
# The relay markers, longest first, each a whole phrase: «به نقل از Y», «به نقل Y» (not «به نقل‌قول‌ها»).
RELAY = re.compile(
    r"(?<![\w\u200c])(?:" + "|".join(re.escape(m) for m in sorted(RELAY_MARKERS, key=len, reverse=True)) + r")(?=\s)"
)
QUOTED_NAME = re.compile(r"[«\"“]([^»\"”«]{2,40})[»\"”]")
_BREAK = re.compile("|".join(re.escape(b) for b in SEGMENT_BREAKS))
OPENING_WORDS = CLAUSE_OPENERS | TIME_WORDS  # words skipped before a subject
# Entity types that can speak, most specific first.
SPEAKER_TYPES = ("PER", "ORG", "POG", "LOC")
# «روزنامه آمریکایی "نیویورک تایمز"»: at most this many words describe a quoted name before it.
MAX_DESCRIPTOR_WORDS = 3
# Surnames this long or longer may be spelt with one letter more or less and still be one name.
MIN_VARIANT_LETTERS = 7
# take_noun_phrase reads no further than this many words: one past the longest noun phrase it takes.
NOUN_PHRASE_WORDS = MAX_SUBJECT_WORDS + 1
# A name longer than this is a misread clause, not a name to resolve a pronoun to.
MAX_NAME_WORDS = 4
ATTRIBUTION_OPENERS = ("به گزارش", "به نوشته", "به گفته", "به نقل از")
# The first letters of every attribution frame of `source_regex` («بنابراین گزارش»، «طبق اعلام X»): a segment
# that starts otherwise is not tried against it.
FRAME_OPENINGS = ("بر", "بنا", "طبق", "به")
OWN_AGENCY_PATTERN = re.compile(
    r"(?<![\w\u200c])(?:" + "|".join(re.escape(w) for w in OWN_AGENCY_WORDS if w != "خبرنگار") + r")(?![\w\u200c])"
)


@dataclass(frozen=True)
class Mention:
    """A stretch of text naming a source, with its name and title parts."""

    start: int
    end: int
    text: str
    name: str = ""
    title: str = ""

    @property
    def is_pronoun(self) -> bool:
        return self.text.strip(_QUOTES) in PRONOUNS

    @property
    def is_anaphor(self) -> bool:
        words = self.text.split()
        return len(words) >= 2 and words[0] in DEMONSTRATIVES


@dataclass
class Resolver:
    """The article's mentions so far, for resolving pronouns, surnames and titles."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    speakers: list[Mention] = field(default_factory=list)
    # Cited reports, each with the position from which it can be pointed back to.
    sources: list[tuple[int, Mention]] = field(default_factory=list)


def words_in(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[int, int]]:
    """Return the spans of the words of `text[start:end]`, the first `limit` of them when given."""
    return [m.span() for m in islice(_WORD.finditer(text, start, end), limit)]


def clean(word: str) -> str:
    """Strip quote marks and trailing punctuation from a word."""
    return word.strip(_QUOTES + "،,.:؛()")


def segments(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split `text[start:end]` at commas, «اما/ولی» and masked content."""
    cuts = [(m.start() + start, m.end() + start) for m in _BREAK.finditer(text[start:end])]
    cuts += [(max(a, start), min(b, end)) for a, b in masks if a < end and b > start]
    spans, pos = [], start
    for a, b in sorted(cuts):
        if a > pos:
            spans.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        spans.append((pos, end))
    return spans


def skip_openers(text: str, start: int, end: int) -> int:
    """Return where the subject may start: after conjunctions, time words and leading adverbials."""
    while True:
        pos = start
        while pos < end and text[pos] in " \u200c":
            pos += 1
        adverbial = DEMONSTRATIVE_ADVERBIAL.match(text, pos, end)
        for phrase in LEADING_ADVERBIALS:
            if text.startswith(phrase, pos) and (pos + len(phrase) >= end or not text[pos + len(phrase)].isalnum()):
                pos += len(phrase)
                break
        else:
            if adverbial:
                start = adverbial.end()
                continue
            word = _WORD.search(text, pos, end)
            first = clean(word.group()) if word else ""
            if not word or (first not in OPENING_WORDS and any(c.isalpha() for c in first)):
                return pos  # a word of digits and marks alone is a list number («1_»، «2 -»), not the subject
            pos = word.end()
        start = pos


def subject_in(text: str, start: int, end: int) -> Mention | None:
    """Return the subject noun phrase that opens `text[start:end]`, if one does."""
    words = words_in(text, skip_openers(text, start, end), end, NOUN_PHRASE_WORDS)
    if not words:
        return None
    relay = relayed_source(text, start, end)
    if relay:
        return relay
    first = clean(text[slice(*words[0])])
    if first in PRONOUNS:
        partner = coordinated_party(text, words)
        return partner or Mention(words[0][0], words[0][1], first)
    taken = take_noun_phrase(text, words)
    if not taken or is_verb(clean(text[slice(*taken[-1])])):
        return None
    if len(taken) < len(words) and clean(text[slice(*words[len(taken)])]) == "را":
        return None  # «مدیر … قطعنامه زیر را …»: the words before «را» end with the object; no clean subject
    if len(taken) == 1 and clean(text[slice(*taken[0])]) in DEMONSTRATIVES:
        return None
    return make_mention(text, taken[0][0], taken[-1][1])


def coordinated_party(text: str, words: list[tuple[int, int]]) -> Mention | None:
    """Return the party joined to a pronoun subject: «او و دو وزیر عضو گروه مینسک … خواستند» is the group's.

    A pronoun is never a speaker; with another party beside it the statement is joint, and that party is named.
    """
    if len(words) < 3 or clean(text[slice(*words[1])]) != "و":
        return None
    taken = take_noun_phrase(text, words[2:])
    if not taken or is_verb(clean(text[slice(*taken[-1])])):
        return None
    opener = clean(text[slice(*taken[0])])
    if not (opener in GROUP_OPENERS or opener.isdigit()):
        return None
    return make_mention(text, taken[0][0], taken[-1][1])


def is_verb(word: str) -> bool:
    """Tell whether a word is a finite verb that closes a clause («است», «ماند», «رسیدند»)."""
    return word in FINITE_VERBS or word in PAST_VERBS or (word.endswith("ند") and word[:-2] in PAST_VERBS)


def take_noun_phrase(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the leading words that form a noun phrase, up to a stop word."""
    taken: list[tuple[int, int]] = []
    for index, span in enumerate(words):
        word = clean(text[slice(*span)])
        partitive = index == 1 and word == "از" and clean(text[slice(*words[0])]) in PARTITIVES
        if (word in SUBJECT_STOPS and not partitive) or not word or len(taken) >= MAX_SUBJECT_WORDS:
            break
        if word.startswith(("به\u200c", "در\u200c")):
            break  # «به‌خاطر»، «در‌پی»: a preposition written joined
        if index > 0 and (word in DEMONSTRATIVES or word == "یکی"):
            break  # «رئیس جمهور این حضور را …»: a demonstrative opens the next noun phrase
        taken.append(span)
    if len(taken) >= MAX_SUBJECT_WORDS:
        return []
    return taken


def relayed_source(text: str, start: int, end: int) -> Mention | None:
    """Return Y of «X به نقل از Y» in a segment: relayed speech belongs to Y."""
    if "به نقل" not in text[start:end]:
        return None
    found = RELAY.search(text, start, end)
    if found and text[start : found.start()].strip() and not text[start : found.start()].strip().startswith("به گزارش"):
        words = words_in(text, found.end(), end, NOUN_PHRASE_WORDS)
        taken = take_noun_phrase(text, words) if words else []
        if taken:
            return make_mention(text, taken[0][0], taken[-1][1])
    return None


def make_mention(text: str, start: int, end: int) -> Mention:
    """Build a mention and split it into name and title at the first title word."""
    while start < end and text[start] in _QUOTES + " ":
        start += 1
    while end > start and text[end - 1] in _QUOTES + " ،,":
        end -= 1
    speech_noun = _WORD.match(text, start, end) if text.startswith(_SPEECH_STARTS, start) else None
    if speech_noun and clean(speech_noun.group()) in SPEECH_NOUNS and speech_noun.end() < end:
        start = speech_noun.end()  # «اظهارات رهبر …»: the source is who made the statements
        while start < end and text[start] in _QUOTES + " \u200c":
            start += 1
    phrase = text[start:end]
    quoted = QUOTED_NAME.search(text, max(start - 1, 0), min(end + 1, len(text)))
    words = phrase.split()
    # «"ملک سلمان" پادشاه …»: a title word inside the quoted name that opens the phrase is part of the name
    named = len(quoted.group(1).split()) if quoted and quoted.start() <= start else 0
    for index, word in enumerate(words):
        if index < named:
            continue
        if clean(word) in TITLE_HEADS or clean(word).split("\u200c")[0] in TITLE_HEADS:
            name = " ".join(w for w in words[:index] if clean(w) not in HONORIFICS or index > 1)
            if quoted and quoted.start() > start + len(" ".join(words[:index])):
                name = quoted.group(1)  # «سناتور "کیت باند"»: the name follows the title
            if all(is_no_name(clean(w)) for w in name.split()):
                name = ""  # «یکی از مقامات …»: a partitive, no name; «نخستین مربی …»، «دو منبع …»: a number
            return Mention(start, end, phrase, clean(name) if name else "", " ".join(words[index:]))
    descriptor = text[start : quoted.start()].split() if quoted and quoted.start() > start else []
    if 0 < len(descriptor) <= MAX_DESCRIPTOR_WORDS:
        # «روزنامه آمریکایی "نیویورک تایمز"»: a descriptor, then the name in quote marks
        return Mention(start, end, phrase, quoted.group(1), " ".join(descriptor))
    name = quoted.group(1) if quoted and quoted.start() <= start else phrase
    return Mention(start, end, phrase, name=name)


def is_no_name(word: str) -> bool:
    """Tell whether a word before a title names no one: a determiner, «از», a number or an ordinal."""
    return word in DETERMINERS or word in ORDINALS or word in NUMBER_WORDS or word == "از" or word.isdigit()


def after_attribution(text: str, start: int, end: int, limit: int) -> int | None:
    """Return where the subject may start in a segment opened by «به گزارش/به نوشته …», or None.

    A whole segment «به نوشته X،» is no subject. Without the comma, the subject
    follows the agency's name («به گزارش خبرگزاری فارس احمد سالک …») or starts at
    a quoted name («به نوشته بی‌بی‌سی «فیلیپ هاموند» …»).
    """
    lead = text[start:end].lstrip()
    if not lead.startswith(ATTRIBUTION_OPENERS):
        # «بنابراین گزارش، …»، «بر اساس اظهارات X، …»: a frame closed by its comma names no subject
        frame = source_regex().match(text, end - len(lead), end) if lead.startswith(FRAME_OPENINGS) else None
        if frame is None or frame.group("source") == "به گزارش":
            return start
        return None if text[end:limit].strip() else start
    own = OWN_AGENCY_PATTERN.search(text, start, end)
    if own:
        place = AGENCY_PLACE.match(text, own.end(), end)
        return place.end() if place else own.end()
    if text[end:limit].strip():
        return None
    mark = text.find("«", start, end)
    return mark if mark > 0 else None


def is_foreign_credit(text: str, start: int, end: int, limit: int) -> bool:
    """Tell whether a segment is «به گزارش OUTLET NAME …» running into the cue, the outlet not the article's."""
    lead = text[start:end].lstrip()
    reaches_cue = not text[end:limit].strip(" \u200c،,")
    own = OWN_AGENCY_PATTERN.search(text, start, end)
    return lead.startswith("به گزارش") and reaches_cue and own is None and "«" not in lead


def ends_with_verb(text: str, start: int, end: int) -> bool:
    """Tell whether a segment ends with a finite verb, so it is a clause of its own."""
    words = text[start:end].split()
    if not SUBORDINATORS.isdisjoint(words):
        # the verb closes a clause inside the segment: «X که … آمده بودند، …»، «X پس از آنکه … شد، …»
        return False
    return bool(words) and (clean(words[-1]) in FINITE_VERBS or clean(words[-1]).startswith(VERB_PREFIXES))


def credit_relay_name(text: str, start: int, end: int) -> Mention | None:
    """Guess the speaker where a relayed credit runs into the name without a comma.

    The name is the two words before the first title («… محارم نجفی مدیرعامل …»),
    else the last two words before the first stop word («… علیرضا قاسمی اظهار داشت»).
    """
    words = words_in(text, start, end)
    plain = [clean(text[slice(*w)]) for w in words]
    for index in range(2, len(words)):
        if plain[index] in TITLE_HEADS:
            return make_mention(text, words[index - 2][0], words[index - 1][1])
    stop = next((i for i, word in enumerate(plain) if word in SUBJECT_STOPS and i >= 2), len(words))
    if stop < 3:
        return None
    return make_mention(text, words[stop - 2][0], words[stop - 1][1])


def clause_starts(text: str, sentence_start: int, limit: int) -> list[int]:
    """Return where the cue's clause may start, most specific first.

    After «که» when a finite verb ends the clause before it («این در حالی است که X
    گفت»), after «اما/ولی» (a new main clause), then the sentence start. A «که» after
    a noun («در پاسخ به این سوال که …») opens a relative clause, not the cue's.
    """
    starts = []
    has_ke = text.find("که", sentence_start, limit) >= 0  # every frame holds «که»: most clauses are passed at once
    framed = [m.end() for m in as_frame_regex().finditer(text, sentence_start, limit)] if has_ke else []
    if framed and not re.search("[،,؛]", text[framed[-1] : limit]):
        starts.append(framed[-1])  # «آنطور که X گفته»: X follows the frame (in the cue's own clause)
    pos = text.rfind(" که ", sentence_start, limit)
    if pos >= 0:
        before = text[sentence_start:pos].split()
        last = clean(before[-1]) if before else ""
        if last in FINITE_VERBS or last.startswith(("می\u200c", "نمی\u200c")):
            starts.append(pos + 4)
    contrast = max(text.rfind(" اما ", sentence_start, limit), text.rfind(" ولی ", sentence_start, limit))
    if contrast >= 0:
        starts.append(contrast + 1)
    return [*starts, sentence_start]


def appositions(text: str, start: int, end: int) -> list[Mention]:
    """Return the quoted names that stand beside a title: «"هنری فوئنتس"، فرماندار ایالت لارا»."""
    found = []
    for match in QUOTED_NAME.finditer(text, start, end):
        after = match.end() + (1 if text[match.end() : match.end() + 1] in ("،", ",") else 0)
        words = words_in(text, after, min(end, match.end() + 80))
        if words and clean(text[slice(*words[0])]) in TITLE_HEADS:
            taken = take_noun_phrase(text, words)
            title_end = taken[-1][1] if taken else words[0][1]
            title = text[words[0][0] : title_end].split("،")[0]
            found.append(Mention(match.start(), title_end, text[match.start() : title_end], match.group(1), title))
    return found


def find_subject(text: str, sentence_start: int, limit: int, masks: list[tuple[int, int]]) -> Mention | None:
    """Return the subject of the clause ending at `limit`: the first segment that opens with one."""
    for start in clause_starts(text, sentence_start, limit):
        for seg_start, seg_end in segments(text, start, limit, masks):
            if is_foreign_credit(text, seg_start, seg_end, limit):
                mention = credit_relay_name(text, seg_start, seg_end)
                if mention is not None:
                    return mention
            seg_start = after_attribution(text, seg_start, seg_end, limit)
            if seg_start is None:
                continue  # the source line or another attribution, not the subject
            if ends_with_verb(text, seg_start, seg_end) and text[seg_end:limit].strip(" \u200c،,"):
                continue  # «… بود، X گفت»: a clause of its own before the cue's
            relay = CREDIT_RELAY.match(text, seg_start, seg_end)
            if relay:
                # a credit closed by a comma names no one; one running into the cue holds the name
                reaches_cue = not text[seg_end:limit].strip(" \u200c،,")
                mention = credit_relay_name(text, relay.end(), seg_end) if reaches_cue else None
                if mention is not None:
                    return mention
                continue
            mention = subject_in(text, seg_start, seg_end)
            if mention is not None:
                return mention
    return None


def last_word(phrase: str) -> str:
    """Return the last word of a phrase, quote marks stripped."""
    words = [clean(w) for w in phrase.replace("\u200c", " ").split()]
    words = [w for w in words if w]
    return words[-1] if words else ""


def same_surname(one: str, other: str) -> bool:
    """Tell whether two surnames are the same, the Arabic article aside («شمری», «الشمری»)."""
    return one.removeprefix("ال") == other.removeprefix("ال") if one and other else False


@lru_cache(maxsize=4096)
def full_surname(name: str) -> str:
    """Return the last word of a name with its half-spaces taken out («منتجب‌نیا» -> «منتجبنیا»)."""
    words = name.split()
    return clean(words[-1]).replace("\u200c", "") if words else ""


def one_letter_apart(one: str, other: str) -> bool:
    """Tell whether two long words differ by one letter added or left out (not by one letter changed)."""
    if abs(len(one) - len(other)) != 1 or min(len(one), len(other)) < MIN_VARIANT_LETTERS:
        return False
    short, long = (one, other) if len(one) < len(other) else (other, one)
    cut = next((i for i, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    return short[cut:] == long[cut + 1 :]


def longest_name(resolver: Resolver, name: str) -> Mention | None:
    """Return the longest mention in the article whose name ends like `name` (a surname -> full name)."""
    tail, surname = last_word(name), full_surname(name)
    best = None
    for mention in resolver.mentions:
        if (
            mention.name
            and (same_surname(last_word(mention.name), tail) or one_letter_apart(full_surname(mention.name), surname))
            and len(name.split()) <= len(mention.name.split()) <= MAX_NAME_WORDS
        ):
            if best is None or len(mention.name) > len(best.name):
                best = mention
    return best


def shorten_name(resolver: Resolver, mention: Mention) -> Mention:
    """Cut a name that ran into the next words after a name the article uses on its own.

    «پور سید آقایی کارآفرینی را … دانست»: «پور سید آقایی» is a subject elsewhere.
    """
    words = [clean(w) for w in mention.name.split()]
    best = 0
    for other in resolver.mentions:
        other_words = [clean(w) for w in other.name.split()] if other.name else []
        if 0 < len(other_words) < len(words) and words[: len(other_words)] == other_words:
            best = max(best, len(other_words))
    if not best:
        return mention
    name = " ".join(mention.name.split()[:best])
    return Mention(mention.start, mention.start + len(name), name, name, mention.title)


def title_words(title: str) -> set[str]:
    """Return the content words of a title."""
    return {clean(w) for w in title.split() if clean(w) and clean(w) not in ("و", "کشور", "کشورمان")}


def name_for_title(resolver: Resolver, title: str) -> Mention | None:
    """Return the named mention whose title best matches `title` (the name stands beside it elsewhere).

    On a tie the previous speaker wins, else the latest such mention.
    """
    wanted = title_words(title)
    scored: list[tuple[float, Mention]] = []
    for mention in resolver.mentions:
        have = title_words(mention.title) if mention.name and mention.title else set()
        if have and clean(mention.title.split()[0]) == clean(title.split()[0]):
            scored.append((len(wanted & have) / len(wanted), mention))
    best_score = max((score for score, _ in scored), default=0.0)
    if best_score < 0.5:
        return None
    best = [mention for score, mention in scored if score == best_score]
    previous = resolver.speakers[-1] if resolver.speakers else None
    for mention in best:
        if previous is not None and previous.name and last_word(previous.name) == last_word(mention.name):
            return mention
    return best[-1]


def titled_occurrences(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """Return each place a known full name stands right before a title, anywhere in the body."""
    found = []
    names = {m.name for m in mentions if m.name and 2 <= len(m.name.split()) <= MAX_NAME_WORDS}
    for name in names:
        for at in occurrences(text, name, start):
            end = at + len(name)
            stop = min(len(text), end + 120)
            stop = min([i for i in (text.find(mark, end, stop) for mark in "\n:.") if i >= 0], default=stop)
            words = words_in(text, end, stop)  # the title ends with its sentence: «X سفیر … گفت: …» is no title
            if words and clean(text[slice(*words[0])]) in TITLE_HEADS:
                taken = take_noun_phrase(text, words) or words[:1]
                title = text[words[0][0] : taken[-1][1]].split("،")[0]
                found.append(Mention(at, taken[-1][1], f"{name} {title}", name, title))
    return found


def occurrences(text: str, part: str, start: int) -> list[int]:
    """Return where `part` occurs in `text` from `start` on, without overlaps (as re.finditer would find it)."""
    found, at = [], text.find(part, start)
    while at != -1:
        found.append(at)
        at = text.find(part, at + len(part))
    return found


def head_noun_source(resolver: Resolver, anaphor: Mention) -> Mention | None:
    """Return the earlier speaker or source whose words hold the anaphor's head noun («این منبع»)."""
    head = clean(anaphor.text.split()[1])
    for mention in reversed(resolver.speakers + [source for _, source in resolver.sources]):
        if mention.start < anaphor.start and any(clean(w).startswith(head) for w in mention.text.split()):
            return mention
    if head in OUTLET_NOUNS:
        # «روزنامه X … خبر داده بود. این روزنامه گزارش داده بود که …»: the paper was named as a subject, not a
        # speaker; an outlet noun points back to the last outlet of that kind named so
        named = [
            m for m in resolver.mentions
            if m.end <= anaphor.start and len(m.text.split()) > 1 and clean(m.text.split()[0]) == head
        ]
        return named[-1] if named else None
    return None


def described_anew(text: str, anaphor: Mention) -> Mention | None:
    """Return «سرباز صهیونیست» of «این سرباز صهیونیست»: the noun phrase as written, without «این».

    Only a described noun with a qualifier; a bare title («این مقام») or an outlet («این روزنامه») is not.
    """
    words = anaphor.text.split()
    head = clean(words[1])
    if len(words) < 3 or head in GENERIC_TITLES or head in OUTLET_NOUNS:
        return None
    start = text.find(words[1], anaphor.start, anaphor.end)
    return make_mention(text, start, anaphor.end) if start >= 0 else None


def previous_source(resolver: Resolver, position: int) -> Mention | None:
    """Return the last speaker, or else the last named (failing that, titled) mention before `position`."""
    if resolver.speakers:
        return resolver.speakers[-1]
    named = [m for m in resolver.mentions if m.name and m.end <= position and len(m.name.split()) <= MAX_NAME_WORDS]
    if named:
        return named[-1]
    titled = [m for m in resolver.mentions if m.title and m.end <= position]
    return titled[-1] if titled else None


def resolve(resolver: Resolver, mention: Mention | None, position: int, lemma: str | None = None) -> Mention | None:
    """Return the most specific mention of the source `mention` (found before `position`) stands for.

    lemma (str | None): the cue's verb; one that carries a statement on («افزود») keeps the previous speaker
    under a title the article has not given before.
    """
    previous = previous_source(resolver, position)
    if mention is not None and mention.is_pronoun:
        # «وی»، «ایشان» stand for persons: after «خبرگزاری X … گزارش داد» they still point to the person before it
        people = [speaker for speaker in resolver.speakers if not is_outlet(speaker)]
        return people[-1] if people else previous
    if mention is None:
        return previous
    if mention.is_anaphor:
        found = head_noun_source(resolver, mention)
        if found is None and previous is not None and is_outlet(previous):
            found = described_anew(resolver.text, mention)  # «این سرباز …» after a paper's report: not the paper
        return found or previous or mention
    if mention.name:
        mention = shorten_name(resolver, mention)
        return longest_name(resolver, mention.name) or mention
    if mention.title:
        first = clean(mention.text.split()[0])
        if first in DETERMINERS or first in NUMBER_WORDS or first.isdigit():
            return mention  # «یک منبع …»، «دو منبع …» introduce a new source
        return name_for_title(resolver, mention.title) or previous_holder(resolver, mention, lemma)
    return mention


def is_outlet(mention: Mention) -> bool:
    """Tell whether a mention names a publication or a channel («روزنامه X», «شبکه X»)."""
    return clean(mention.text.split()[0]) in OUTLET_NOUNS


def previous_holder(resolver: Resolver, mention: Mention, lemma: str | None = None) -> Mention:
    """Return the previous speaker for a bare title, unless that speaker holds another title.

    «X قائم مقام ستاد … گفت … عضو شورای مرکزی … اضافه کرد»: a verb that carries the statement on keeps
    a named previous speaker under the second title.
    """
    if not resolver.speakers:
        return mention
    previous = resolver.speakers[-1]
    if lemma in CONTINUING_LEMMAS and previous.name and previous.title:
        return previous
    if is_outlet(previous):
        return mention  # «روزنامه X نوشت … پادشاه بحرین گفت»: an official, not the paper
    generic = clean(mention.title.split()[0]) in GENERIC_TITLES
    if previous.title and not generic and not title_matches(previous.title, mention.title):
        return mention  # «مسؤول جدید …» after «مسؤول سابق …»: someone else
    if generic and not previous.title:
        return mention  # «منابع فلسطینی» after «جنبش جهاد اسلامی»: a title that fits anyone points back to a titled one
    return previous


def title_matches(one: str, other: str) -> bool:
    """Tell whether two titles can name one person: the shorter's words all in the longer («سابق» ≠ «جدید»)."""
    first, second = title_words(one), title_words(other)
    return bool(first and second) and (first <= second or second <= first)


def speaker_text(mention: Mention) -> str:
    """Return the words to show for a resolved speaker: the name when it has one."""
    shown = re.sub(f"[{_QUOTES}()]", "", mention.name or mention.text)
    return " ".join(shown.split()).strip("،,.: \u200c")


def entity_for(entities: list[Entity], start: int, end: int) -> Entity | None:
    """Return the speaking entity inside a span: a person first, then an organisation, then a place."""
    inside = [e for e in entities if e.start >= start and e.end <= end and e.type in SPEAKER_TYPES]
    for kind in SPEAKER_TYPES:
        found = [e for e in inside if e.type == kind]
        if found:
            return found[0]
    return None


def most_specific(entities: list[Entity], entity: Entity) -> Entity:
    """Return the longest name of the same entity (same id, else same canonical name).

    A name beats a longer title-only mention («وزیر دفاع جمهوری اسلامی ایران»), as the guide asks.
    """
    key = entity.id or entity.canonical
    if not key:
        return entity
    same = [e for e in entities if (e.id or e.canonical) == key]
    return max(same, key=lambda e: (e.mention == "name", len(e.text), -e.start))
