"""Find reported statements: the cue, the content's span, its kind and where to look for the speaker.

The finder walks each paragraph of the body left to right over five kinds of
cue, in the order they occur:
- a reporting verb («گفت»، «تصریح کرد»): a colon or «…» after it gives direct
  speech, «که», a comma or a bare clause gives indirect speech;
- a prefix frame («با بیان اینکه A، …»): A is indirect speech of the subject;
- a source frame («به گفته X، …»، «به نوشته X، …»، «بر اساس این گزارش، …»);
- a document cue («در بیانیه X آمده است: …»، «از گزارش X ادعا شده است: …»);
- a bare participle used as a finite verb («آنطور که X گفته، …»، «رویترز نوشته که …»), only in those
  contexts: elsewhere it is a noun or part of another verb («این گفته»، «گفته شده»).
Cues inside content already found are nested speech and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from khabar.analysis import Sentence
from khabar.quotes.cues import (
    as_frame_regex,
    document_regex,
    frame_regex,
    lemma_of,
    participle_matches,
    source_regex,
    verb_regex,
)
from khabar.quotes.patterns import (
    CLAUSE_ONLY,
    CONTINUATION_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    DOCUMENT_PREPOSITIONS,
    FINITE_VERBS,
    FROM_OBJECT_CUES,
    FUTURE_MARKERS,
    IMPERSONAL_MODALS,
    NEEDS_ADDRESSEE,
    NOT_CONTENT_OPENERS,
    NOT_OBJECT_FROM,
    NOT_PARTICIPLE_SUBJECT_ENDS,
    NOT_SOURCE_OPENERS,
    OBJECT_CUES,
    OWN_AGENCY_WORDS,
    PARTITIVES,
    PRONOUNS,
    REQUEST_COMPLEMENTISERS,
    SOURCE_ADJECTIVES,
    SOURCE_PREPOSITIONS,
    SUBJECT_STOPS,
    SUBORDINATORS,
    VERB_PREFIXES,
)

SpeakerMode = Literal["subject", "given", "report", "document"]
_SPACE = " \t\u200c\u200f\u200e"
_FINAL = ".。"
# A sentence break right after a short letter group is an abbreviation's dot, not a sentence end.
ABBREVIATION_END = re.compile(r"(?:[.\"«(][^\W\d_]{1,3}|(?:^|[\s\"«])[A-Za-z]{1,3})\.[\s\u200c]*$")
# A contrast that may open another speaker's report inside one sentence.
CONTRAST = re.compile(r"،?\s(?:اما|ولی)\s")
# Straight and curly quote pairs some outlets use instead of «».
STRAIGHT_QUOTES = {'"': '"', "“": "”"}
# A «…» quote left open may run on over this many paragraphs before it is taken as unclosed.
MAX_QUOTE_PARAGRAPHS = 3
# «در این بیانیه آمده است» points back to a «بیانیه‌ای» at most this many characters before it.
MAX_DOCUMENT_LOOKBACK = 1200
# A source frame names its source within this many characters before its comma.
MAX_SOURCE_CHARS = 120
# Without a comma, a source frame's source is this many words at most («به گفته پلیس چین بعد از …»).
MAX_BARE_SOURCE_WORDS = 4
# Words that end such a source: they open the content's first adverbial.
BARE_SOURCE_STOPS = SUBJECT_STOPS | {"ظرف", "طی", "طبق", "تنها", "فقط"}


@dataclass
class Candidate:
    """One statement found: content span, cue span, kind, and the speaker's clue."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    kind: Literal["direct", "indirect"]
    mode: SpeakerMode
    sentence_start: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    lemma: str | None = None
    # «در این بیانیه آمده است»: the words before the earlier «بیانیه‌ای», where its issuer is the subject.
    issuer_start: int | None = None
    issuer_end: int | None = None


@dataclass
class Context:
    """The text being searched, with its sentences and paragraph bounds."""

    text: str
    sentences: list[Sentence]
    body_start: int

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """Return the span of the sentence holding `pos` (the paragraph when none does).

        A sentence that starts right after an abbreviation («آر.ان.‌ای») is joined to the one before.
        """
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= pos < sentence.end:
                start = sentence.start
                while index > 0 and ABBREVIATION_END.search(self.text, self.sentences[index - 1].start, start):
                    index -= 1
                    start = self.sentences[index].start
                return start, sentence.end
        return self.paragraph_at(pos)

    def paragraph_at(self, pos: int) -> tuple[int, int]:
        """Return the span of the line holding `pos`."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end < 0 else end


def skip_space(text: str, pos: int, end: int) -> int:
    """Return the first position at or after `pos` that is not a space."""
    while pos < end and text[pos] in _SPACE:
        pos += 1
    return pos


def closing_mark(text: str, open_pos: int, limit: int) -> int:
    """Return the position of the » that closes the « at `open_pos`, or -1."""
    depth = 0
    for pos in range(open_pos, limit):
        if text[pos] == "«":
            depth += 1
        elif text[pos] == "»":
            depth -= 1
            if depth == 0:
                return pos
    return -1


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, a colon, enclosing «» and a final full stop from a content span."""
    start = skip_space(text, start, end)
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u200c"):
        end -= 1
    if end > start and text[end - 1] in _FINAL:
        end -= 1
    if end - start >= 2 and text[start] == "«" and closing_mark(text, start, end) == end - 1:
        start, end = skip_space(text, start + 1, end - 1), end - 1  # «‌…»: a half-space may follow the «
    elif end > start and text[end - 1] == "»" and text.count("«", start, end) < text.count("»", start, end):
        end -= 1  # the » of a colon quote whose « was left out
    elif end - start >= 2 and text[start] in STRAIGHT_QUOTES and text[end - 1] == STRAIGHT_QUOTES[text[start]]:
        if text.count(text[end - 1], start + 1, end - 1) == (
            0 if text[start] == text[end - 1] else text.count(text[start], start + 1, end - 1)
        ):
            start, end = start + 1, end - 1  # «"…"» around the whole content, none inside
    while end > start and text[end - 1] in " \u200c" + _FINAL:
        end -= 1
    return start, end


def indirect_end(ctx: Context, start: int) -> int:
    """Return where indirect speech starting at `start` ends: its sentence, or the next that continues it."""
    _, end = ctx.sentence_at(start)
    _, paragraph_end = ctx.paragraph_at(start)
    nxt = skip_space(ctx.text, end, paragraph_end)
    if nxt < paragraph_end and ctx.text.startswith(CONTINUATION_OPENERS, nxt):
        _, end = ctx.sentence_at(nxt)
    return end


def cut_before_other_report(text: str, start: int, end: int) -> int:
    """End indirect speech before «اما/ولی» when what follows reports someone else's speech.

    «X نوشته است که A، اما Y اعلام کرد که B»: A is X's, B is Y's.
    """
    for match in CONTRAST.finditer(text, start, end):
        verb = verb_regex().search(text, match.end(), end)
        if verb and not means_wants(text, verb, end) and introduces_content(text, verb.end(), end):
            return match.start()
    return end


def introduces_content(text: str, pos: int, end: int) -> bool:
    """Tell whether the words after a verb ending at `pos` can be what it reports.

    «ولی این فرمانده به کار خود ادامه می‌دهد و …»: a verb followed by «و» reports nothing; one that ends the
    sentence («اما بانیان شمار را ۳۰ هزار نفر اعلام کرد.») is still another source's word.
    """
    pos = skip_space(text, pos, end)
    if pos >= end or text[pos] in _FINAL:
        return True
    words = text[pos:end].split(maxsplit=1)
    return not words or words[0] not in NOT_CONTENT_OPENERS


def direct_span(ctx: Context, start: int, paragraph_end: int) -> tuple[int, int]:
    """Return the content span of direct speech opening at `start`: to » or to the paragraph's end.

    A «…» left open at the paragraph's end continues into the next paragraphs
    (a statement split over paragraphs), up to MAX_QUOTE_PARAGRAPHS of them.
    """
    start = skip_space(ctx.text, start, paragraph_end)
    if start < paragraph_end and ctx.text[start] == "«":
        limit = paragraph_end
        for _ in range(MAX_QUOTE_PARAGRAPHS):
            close = closing_mark(ctx.text, start, limit)
            if close > 0:
                return start, close + 1
            if limit >= len(ctx.text):
                break
            limit = ctx.paragraph_at(limit + 1)[1]
    return start, paragraph_end


def word_before(text: str, pos: int, floor: int) -> str:
    """Return the word that ends right before `pos` (not before `floor`)."""
    words = text[floor:pos].split()
    return words[-1] if words else ""


def content_after_verb(
    ctx: Context, match: re.Match[str], lemma: str, paragraph_end: int
) -> tuple[int, int, str] | None:
    """Return (start, end, kind) of what a reporting verb introduces, or None for no clause."""
    text = ctx.text
    pos = skip_space(text, match.end(), paragraph_end)
    if pos >= paragraph_end:
        return None
    if text[pos] == ":":
        start, end = direct_span(ctx, pos + 1, paragraph_end)
        return start, end, "direct"
    if text[pos] == "«":
        close = closing_mark(text, pos, paragraph_end)
        after = skip_space(text, close + 1, paragraph_end) if close > 0 else -1
        if close > 0 and (after >= paragraph_end or text[after] in _FINAL):
            return pos, close + 1, "direct"
        return pos, indirect_end(ctx, pos), "indirect"
    if text[pos] in "،," and lemma not in CLAUSE_ONLY:
        start = skip_space(text, pos + 1, paragraph_end)
        return start, indirect_end(ctx, start), "indirect"
    word = text[pos:paragraph_end].split(maxsplit=1)[0]
    if word == "که" or (word in REQUEST_COMPLEMENTISERS and lemma in NEEDS_ADDRESSEE):
        start = skip_space(text, pos + len(word), paragraph_end)
        return start, indirect_end(ctx, start), "indirect"
    if text[pos] in _FINAL + "؟!)" or word in NOT_CONTENT_OPENERS or lemma in CLAUSE_ONLY:
        return None
    return pos, indirect_end(ctx, pos), "indirect"


def means_wants(text: str, match: re.Match[str], end: int) -> bool:
    """Tell whether a present request verb means "wants": no «تا/که» after it («می‌خواهد در … حضور داشته باشد»).

    Such a verb is neither a cue nor the end of a frame's clause.
    """
    if not match.group(0).startswith("می") or lemma_of(match) not in NEEDS_ADDRESSEE:
        return False
    after = text[match.end() : end].split(maxsplit=1)
    return not after or after[0] not in ("که", *REQUEST_COMPLEMENTISERS)


def is_report(ctx: Context, match: re.Match[str], lemma: str) -> bool:
    """Tell whether a verb match reports speech: not future, not a noun-phrase object, addressee present."""
    sentence_start, _ = ctx.sentence_at(match.start())
    before = word_before(ctx.text, match.start(), sentence_start)
    if before in FUTURE_MARKERS or (before == "را" and lemma not in OBJECT_CUES):
        return False
    if any(modal in ctx.text[sentence_start : match.start()] for modal in IMPERSONAL_MODALS):
        scope = ctx.text[modal_scope(ctx.text, sentence_start, match.start()) : match.start()]
        if any(modal in scope for modal in IMPERSONAL_MODALS):
            return False
    clause = re.split("[،,]", ctx.text[sentence_start : match.start()])[-1]
    if re.search(r"(?<![\w\u200c])آنچه(?![\w\u200c])", clause):
        return False  # «آنچه X گفته بود»: what was said, named as a thing
    if lemma in FROM_OBJECT_CUES and has_from_object(clause):
        return False  # «از وقوع انفجار خبر دادند»: a noun phrase told of, not a statement
    if lemma in NEEDS_ADDRESSEE:
        return re.search(r"(?<![\w\u200c])از(?![\w\u200c])", ctx.text[sentence_start : match.start()]) is not None
    return True


def modal_scope(text: str, sentence_start: int, cue_start: int) -> int:
    """Return where the words that may make a cue impersonal start: after a «با بیان اینکه A،» frame's content.

    «X با بیان اینکه علم ثروتی نیست که بتوان آن را پس گرفت، افزود: …»: the modal is the frame's, not the cue's.
    """
    frames = list(frame_regex().finditer(text, sentence_start, cue_start))
    if not frames:
        return sentence_start
    comma = max(text.rfind("،", frames[-1].end(), cue_start), text.rfind(",", frames[-1].end(), cue_start))
    return comma + 1 if comma > 0 else sentence_start


def has_from_object(clause: str) -> bool:
    """Tell whether a clause holds an «از X» object (not «به نقل از»، «یکی از»، «پس از»)."""
    words = clause.split()
    return any(
        word == "از" and (index == 0 or words[index - 1] not in NOT_OBJECT_FROM) for index, word in enumerate(words)
    )


def verb_candidate(ctx: Context, match: re.Match[str], paragraph_end: int) -> Candidate | None:
    """Build the candidate a reporting verb introduces, if any."""
    lemma = lemma_of(match)
    if not is_report(ctx, match, lemma):
        return None
    found = content_after_verb(ctx, match, lemma, paragraph_end)
    if found is None:
        return None
    start, end, kind = found
    if kind == "indirect":
        end = cut_before_other_report(ctx.text, start, end)
    start, end = trim_content(ctx.text, start, end)
    if end <= start or not ctx.text[start].isalnum() and ctx.text[start] not in "«\"'(":
        return None  # «گزارش داد/ …»: a heading, not speech
    if kind == "indirect" and (verb := verb_regex().match(ctx.text, start)) and not means_wants(ctx.text, verb, end):
        return None  # «… اشاره کرد، گفت: …»: the next verb introduces the content
    sentence_start, _ = ctx.sentence_at(match.start())
    return Candidate(start, end, match.start(), match.end(), kind, "subject", sentence_start, lemma=lemma)


def participle_candidate(ctx: Context, match: re.Match[str], paragraph_end: int) -> Candidate | None:
    """Build the statement a bare participle reports: «آنطور که X گفته، A» or «X نوشته که A» (no «است»).

    Elsewhere the participle is a noun or part of another verb («این گفته»، «گفته شده»، «به نوشته X»).
    """
    text = ctx.text
    pos = skip_space(text, match.end(), paragraph_end)
    if pos >= paragraph_end:
        return None
    comma = text[pos] in "،,"
    if not (comma or text[pos] == ":" or text.startswith("که ", pos)):
        return None  # «گفته شده»، «گفته می‌شود»: another verb's part; checked first, as it is most of them
    sentence_start, _ = ctx.sentence_at(match.start())
    clause = re.split("[،,؛]", text[sentence_start : match.start()])[-1]
    words = clause.split()
    if not words or words[-1] in NOT_PARTICIPLE_SUBJECT_ENDS:
        return None
    framed = as_frame_regex().search(clause) is not None
    if comma != framed:
        return None  # «این گفته، …» closes a noun phrase; «آنطور که X گفته که» is no report either
    if not framed and any(word in SUBORDINATORS for word in words):
        return None  # «مطلبی که X نوشته که …»: inside a relative clause
    return verb_candidate(ctx, match, paragraph_end)


def frame_candidate(ctx: Context, match: re.Match[str], verbs: list[re.Match[str]]) -> Candidate | None:
    """Build the indirect statement of a «با بیان اینکه A، …» frame: A runs to the main verb's comma."""
    text = ctx.text
    sentence_start, sentence_end = ctx.sentence_at(match.start())
    start = skip_space(text, match.end(), sentence_end)
    limit = next((v.start() for v in verbs if start < v.start() < sentence_end), sentence_end)
    comma = max(text.rfind("،", start, limit), text.rfind(",", start, limit))
    end = comma if comma > start and not clause_continues(text, comma, limit) else limit
    start, end = trim_content(text, start, end)
    if end <= start:
        return None
    return Candidate(start, end, match.start(), match.end(), "indirect", "subject", sentence_start)


def clause_continues(text: str, comma: int, limit: int) -> bool:
    """Tell whether the words after a comma still belong to the frame's clause: they end with its verb."""
    words = text[comma + 1 : limit].split()
    return bool(words) and words[-1].strip("،,") in FINITE_VERBS


def source_candidate(
    ctx: Context, match: re.Match[str], verbs: list[re.Match[str]], first_sentence: tuple[int, int]
) -> Candidate | None:
    """Build the statement of «به گفته X، …» (speaker X) or «بر اساس این گزارش، …» (the report)."""
    text = ctx.text
    sentence_start, sentence_end = ctx.sentence_at(match.start())
    limit = min(sentence_end, match.end() + MAX_SOURCE_CHARS)
    comma = min((i for i in (text.find(mark, match.end(), limit) for mark in "،؛") if i >= 0), default=-1)
    if comma < 0 and match.group("source"):
        comma = bare_source_end(text, match.end(), sentence_end)  # «به گفته پلیس چین بعد از …» (no comma)
    if comma < 0:
        return None
    source = (match.end(), comma)
    if match.group("source"):
        named = text[source[0] : source[1]]
        if any(word in named for word in OWN_AGENCY_WORDS) or any(source[0] <= v.start() < source[1] for v in verbs):
            return None
        words = named.split()
        while words and words[0] in SOURCE_ADJECTIVES:
            words = words[1:]  # «بر اساس اعلام قبلی X»: the adjective is the report's, X still follows
            source = (text.index(words[0], source[0]) if words else source[1], source[1])
        if not words or words[0].split("\u200c")[0] in NOT_SOURCE_OPENERS or words[0] in SOURCE_PREPOSITIONS:
            return None  # «بر اساس گزارش منتشره در …»، «بر اساس گزارش اولیه، …»: no source named
        if match.group("source").startswith("به گزارش") and (sentence_start, sentence_end) == first_sentence:
            return None  # the article's own source line
    start = skip_space(text, comma + 1, sentence_end)
    end = indirect_end(ctx, start)
    if word_before(text, match.start(), sentence_start) == "که":
        # «ارتش X که بنا به اظهارات Y، A، هرگز …»: the frame sits in a relative clause, which ends at its comma
        clause_end = text.find("،", start, end)
        end = clause_end if clause_end > start else end
    if any(start <= v.start() < end for v in verbs):
        return None  # the frame attributes a sentence that has its own reporting verb
    start, end = trim_content(text, start, end)
    if end <= start:
        return None
    mode: SpeakerMode = "given" if match.group("source") else "report"
    candidate = Candidate(start, end, match.start(), match.end(), "indirect", mode, sentence_start)
    if mode == "given":
        candidate.speaker_start, candidate.speaker_end = source
    return candidate


def bare_source_end(text: str, start: int, sentence_end: int) -> int:
    """Return where the source of a frame with no comma ends («به گفته وی A»، «به گفته پلیس چین بعد از …»), or -1.

    A pronoun is the whole source; else the source is one to MAX_BARE_SOURCE_WORDS words before a word that
    opens an adverbial (a preposition, a time word, a number), with no verb among them.
    """
    words = [m for m in re.finditer(r"\S+", text[start:sentence_end])][: MAX_BARE_SOURCE_WORDS + 1]
    plain = [word.group().strip("«»\"()") for word in words]
    if not plain:
        return -1
    if plain[0] in PRONOUNS:
        return start + words[0].end()
    skip = 2 if len(plain) > 2 and plain[0] in PARTITIVES and plain[1] == "از" else 0  # «برخی از دیپلمات‌ها»
    for index in range(skip + 1, len(plain)):
        word = plain[index - 1]
        if word.startswith(VERB_PREFIXES) or word in FINITE_VERBS or word in SUBJECT_STOPS:
            return -1
        if index - 1 > skip and word in DETERMINERS | {"همه"}:
            return -1  # «به گفته رایگانی همه این پرونده‌ها …»: a new noun phrase, the content's subject
        if plain[index] in BARE_SOURCE_STOPS or any(char.isdigit() for char in plain[index]):
            return start + words[index - 1].end()
    return -1


def document_candidate(ctx: Context, match: re.Match[str], paragraph_end: int) -> Candidate | None:
    """Build the statement of «در بیانیه X آمده است: …»; the issuer X is the speaker."""
    text = ctx.text
    sentence_start, _ = ctx.sentence_at(match.start())
    lead = text[sentence_start : match.start()]
    nouns = "|".join(DOCUMENT_NOUNS)
    found = None
    for preposition in DOCUMENT_PREPOSITIONS:  # «در بیانیه …» first; «از گزارش X ادعا شده است» only without it
        found = re.search(
            rf"(?<![\w\u200c]){preposition} (?:ادامه |متن |بخشی از )?(?P<this>(?:این |آن |همین )?)(?P<noun>{nouns})",
            lead,
        )
        if found:
            break
    if not found:
        return None
    content = content_after_verb(ctx, match, "", paragraph_end)
    if content is None:
        return None
    start, end = trim_content(text, content[0], content[1])
    if end <= start:
        return None
    candidate = Candidate(start, end, match.start(), match.end(), content[2], "document", sentence_start)
    candidate.speaker_start, candidate.speaker_end = sentence_start + found.end(), match.start()
    if found.group("this"):
        introduced = introducing_mention(ctx, found.group("noun"), sentence_start)
        if introduced is not None:
            candidate.issuer_start, candidate.issuer_end = introduced
    return candidate


def introducing_mention(ctx: Context, noun: str, before: int) -> tuple[int, int] | None:
    """Return the words before the last «بیانیه‌ای»-like mention ahead of `before` (a document introduced).

    «X در بیانیه‌ای … . در این بیانیه آمده است …»: the span from its sentence's start to the noun, whose
    subject is the issuer.
    """
    floor = max(ctx.body_start, before - MAX_DOCUMENT_LOOKBACK)
    indefinite = re.compile(rf"(?<![\w\u200c]){re.escape(noun)}(?:\u200c?ای|ی)(?![\w\u200c])")
    found = [m.start() for m in indefinite.finditer(ctx.text, floor, before)]
    if not found:
        return None
    sentence_start, _ = ctx.sentence_at(found[-1])
    return sentence_start, found[-1]


def paragraph_spans(text: str, body_start: int) -> list[tuple[int, int]]:
    """Return the spans of the non-empty lines of the body."""
    spans, pos = [], body_start
    for line in text[body_start:].split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def find_candidates(text: str, sentences: list[Sentence], body_start: int = 0) -> list[Candidate]:
    """Return every reported statement in the body, in text order, nested speech left out."""
    ctx = Context(text, sentences, body_start)
    paragraphs = paragraph_spans(text, body_start)
    first_sentence = ctx.sentence_at(skip_space(text, paragraphs[0][0], paragraphs[0][1])) if paragraphs else (0, 0)
    found: list[Candidate] = []
    for paragraph_start, paragraph_end in paragraphs:
        covered = found[-1].end if found else paragraph_start
        found.extend(paragraph_candidates(ctx, paragraph_start, paragraph_end, first_sentence, covered))
    return found


def paragraph_candidates(
    ctx: Context, start: int, end: int, first_sentence: tuple[int, int], covered: int
) -> list[Candidate]:
    """Return the statements of one paragraph, skipping cues inside content already found (before `covered`)."""
    verbs = [m for m in verb_regex().finditer(ctx.text, start, end) if not means_wants(ctx.text, m, end)]
    cues: list[tuple[int, str, re.Match[str]]] = [(m.start(), "verb", m) for m in verbs]
    cues += [(m.start(), "frame", m) for m in frame_regex().finditer(ctx.text, start, end)]
    cues += [(m.start(), "source", m) for m in source_regex().finditer(ctx.text, start, end)]
    cues += [(m.start(), "document", m) for m in document_regex().finditer(ctx.text, start, end)]
    cues += [(m.start(), "participle", m) for m in participle_matches(ctx.text, start, end)]
    found: list[Candidate] = []
    for position, kind, match in sorted(cues, key=lambda cue: (cue[0], cue[1])):
        if position < covered:
            continue
        if kind == "verb":
            candidate = verb_candidate(ctx, match, end)
        elif kind == "frame":
            candidate = frame_candidate(ctx, match, verbs)
        elif kind == "source":
            candidate = source_candidate(ctx, match, verbs, first_sentence)
        elif kind == "participle":
            candidate = participle_candidate(ctx, match, end)
        else:
            candidate = document_candidate(ctx, match, end)
        if candidate is not None:
            found.append(candidate)
            covered = candidate.end
    return found
