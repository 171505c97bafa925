"""The cue lexicon: mined reporting verbs and frames, inflected and compiled to patterns.

`khabar/data/quote_cues.tsv` holds lemmas («تصریح کرد», «گفت») with their counts in
the news corpus; here each lemma becomes every form news uses («تصریح کرده است»،
«گفته بود»، «می‌گوید»، «اعلام کردند»), with a space, a half-space or nothing
between the words.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.errors import ModelError
from khabar.quotes.mine import CUES_FILE
from khabar.quotes.patterns import (
    AS_FRAMES,
    ATTRIBUTION_NOUNS,
    ATTRIBUTION_PREPOSITIONS,
    CLAIM_FRAMES,
    DOCUMENT_CUES,
    FRAME_COMPLEMENTISERS,
    LIGHT_VERB_VARIANTS,
    LIGHT_VERBS,
    PERFECT_AUXILIARIES,
    PRESENT_STEMS,
    REPORT_ANAPHORS,
)

GAP = r"[ \u200c]?"  # between the words of one phrase: a space, a half-space or nothing
# Word edges: a half-space joins letters, but one before a colon («افزود‌:») ends the word.
BOUNDARY_BEFORE = r"(?<![\w\u200c])"
BOUNDARY_AFTER = r"(?!\w|\u200c+\w)"


@dataclass(frozen=True)
class Lexicon:
    verbs: tuple[str, ...]
    frames: tuple[str, ...]
    sources: tuple[str, ...]


@lru_cache(maxsize=4)
def load_lexicon(path: Path = CUES_FILE) -> Lexicon:
    """Read the mined cue table."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except OSError as error:
        raise ModelError(f"the cue lexicon {path.name} is missing; run `khabar train cues`") from error
    by_kind: dict[str, list[str]] = {"verb": [], "frame": [], "source": []}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row["cue"])
    return Lexicon(tuple(by_kind["verb"]), tuple(by_kind["frame"]), tuple(by_kind["source"]))


def present_ending(stem: str) -> tuple[str, str]:
    """Return the third-person present endings (singular, plural) for a present stem."""
    return ("ید", "یند") if stem.endswith(("و", "ا")) else ("د", "ند")


def verb_forms(verb: str) -> list[str]:
    """Return regex alternatives for the third-person forms of one past stem."""
    past = re.escape(verb)
    forms = [past + "ند", past, rf"{past}ه{GAP}(?:{'|'.join(a.lstrip(chr(0x200C)) for a in PERFECT_AUXILIARIES)})"]
    present = LIGHT_VERBS.get(verb) or PRESENT_STEMS.get(verb)
    if present:
        singular, plural = present_ending(present)
        forms.insert(0, rf"می{GAP}{re.escape(present)}(?:{plural}|{singular})")
    return forms


def lemma_pattern(lemma: str) -> str:
    """Return the regex for every form of a lemma such as «تصریح کرد», its light-verb variants included."""
    *preverb, verb = lemma.split()
    head = GAP.join(re.escape(word) for word in preverb)
    verbs = (verb, *LIGHT_VERB_VARIANTS.get(verb, ())) if preverb else (verb,)
    forms = "|".join(form for variant in verbs for form in verb_forms(variant))
    return f"{head}{GAP}(?:{forms})" if head else f"(?:{forms})"


@lru_cache(maxsize=1)
def verb_regex() -> re.Pattern[str]:
    """Compile one pattern matching any reporting verb; group `lemma<i>` tells which."""
    lemmas = sorted(load_lexicon().verbs, key=lambda lemma: (-len(lemma), lemma))
    parts = [f"(?P<lemma{i}>{lemma_pattern(lemma)})" for i, lemma in enumerate(lemmas)]
    # Every form starts as its lemma does (the first two letters of its first word) or with «می»: a word that
    # starts otherwise is passed over at once instead of being tried against every form.
    starts = {lemma.split()[0][:2] for lemma in lemmas} | {"می"}
    heads = "|".join(re.escape(start) for start in sorted(starts))
    return re.compile(f"{BOUNDARY_BEFORE}(?={heads})(?:{'|'.join(parts)}){BOUNDARY_AFTER}")


@lru_cache(maxsize=1)
def participle_regex() -> re.Pattern[str]:
    """Compile the bare past participles of the reporting verbs («گفته»، «اعلام کرده»), with no auxiliary.

    News writes «آنطور که X گفته، …» and «رویترز نوشته که …» for «گفته است»; whether one is a report is
    decided by its context (`detect.participle_candidate`).
    """
    lemmas = verb_lemmas()
    parts = []
    for index, lemma in enumerate(lemmas):
        *preverb, verb = lemma.split()
        verbs = (verb, *LIGHT_VERB_VARIANTS.get(verb, ())) if preverb else (verb,)
        head = f"{GAP.join(re.escape(word) for word in preverb)}{GAP}" if preverb else ""
        parts.append(f"(?P<lemma{index}>{head}(?:{'|'.join(re.escape(v) for v in verbs)})ه)")
    # As in `verb_regex`: a word whose first two letters start no lemma is passed over at once.
    heads = "|".join(re.escape(start) for start in sorted({lemma.split()[0][:2] for lemma in lemmas}))
    return re.compile(f"{BOUNDARY_BEFORE}(?={heads})(?:{'|'.join(parts)}){BOUNDARY_AFTER}")


# Where a bare participle could report: its final «ه» before a comma, a colon or «که». Scanning for these and
# trying the participles only there is much faster than scanning for every participle.
PARTICIPLE_END = re.compile(r"ه(?=[ \u200c]*[،,:]|[ \u200c]+که(?![\w\u200c]))")
# The most words a lemma has («ابراز امیدواری کرد»): how far back a participle may start.
MAX_LEMMA_WORDS = 3


def participle_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Return the bare participles in `text[start:end]` followed by a comma, a colon or «که», in text order."""
    found = []
    for anchor in PARTICIPLE_END.finditer(text, start, end):
        stop = anchor.end()
        word_start = stop
        candidates = []
        for _ in range(MAX_LEMMA_WORDS):
            word_start = max(text.rfind(" ", start, word_start - 1), start - 1) + 1
            candidates.append(word_start)
            if word_start <= start:
                break
        for word_start in reversed(candidates):  # the longest lemma first: «اعلام کرده» before «کرده»
            match = participle_regex().fullmatch(text, word_start, stop)
            if match:
                found.append(match)
                break
    return found


@lru_cache(maxsize=1)
def verb_lemmas() -> tuple[str, ...]:
    """Return the lemmas in the order of `verb_regex` groups."""
    return tuple(sorted(load_lexicon().verbs, key=lambda lemma: (-len(lemma), lemma)))


def lemma_of(match: re.Match[str]) -> str:
    """Return the lemma a `verb_regex` match belongs to."""
    name = match.lastgroup or ""
    return verb_lemmas()[int(name.removeprefix("lemma"))]


def spaced(phrase: str) -> str:
    """Return a regex for a phrase whose words may be joined by a space, a half-space or nothing."""
    return GAP.join(re.escape(word) for word in phrase.split())


@lru_cache(maxsize=1)
def frame_regex() -> re.Pattern[str]:
    """Compile «با بیان اینکه»-style frames: a mined frame, optionally opened by «ضمن», and a complementiser."""
    heads = set()
    for frame in load_lexicon().frames:
        words = frame.split()
        heads.add(spaced(frame))
        heads.add(spaced(" ".join(["ضمن", *words[1:]])))
    complementisers = "|".join(spaced(c) for c in sorted(FRAME_COMPLEMENTISERS, key=len, reverse=True))
    alternatives = "|".join(sorted(heads, key=len, reverse=True))
    return re.compile(f"{BOUNDARY_BEFORE}(?P<cue>(?:{alternatives}) (?:{complementisers})){BOUNDARY_AFTER}")


@lru_cache(maxsize=1)
def source_regex() -> re.Pattern[str]:
    """Compile «به گفته X،»-style frames («بر اساس اعلام X،» among them) and «بر اساس این گزارش،» anaphors."""
    prepositions = "|".join(spaced(p) for p in ATTRIBUTION_PREPOSITIONS)
    frames = f"(?:{prepositions}){GAP}(?:{'|'.join(spaced(n) for n in ATTRIBUTION_NOUNS)})"
    sources = "|".join([*(spaced(s) for s in (*load_lexicon().sources, *CLAIM_FRAMES)), frames])
    anaphors = "|".join(spaced(a) for a in REPORT_ANAPHORS)
    return re.compile(f"{BOUNDARY_BEFORE}(?:(?P<source>{sources}|به گزارش)|(?P<anaphor>{anaphors})){BOUNDARY_AFTER}")


@lru_cache(maxsize=1)
def document_regex() -> re.Pattern[str]:
    """Compile «… آمده است» document cues."""
    cues = "|".join(spaced(c) for c in sorted(DOCUMENT_CUES, key=len, reverse=True))
    return re.compile(f"{BOUNDARY_BEFORE}(?:{cues}){BOUNDARY_AFTER}")


@lru_cache(maxsize=1)
def as_frame_regex() -> re.Pattern[str]:
    """Compile the «آنطور که»-style frames that open a clause whose subject is a speaker."""
    frames = "|".join(re.escape(frame) for frame in sorted(AS_FRAMES, key=len, reverse=True))
    return re.compile(f"(?<![\\w\u200c])(?:{frames})(?![\\w\u200c])")
