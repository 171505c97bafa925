"""Read mentions from the text around entities: folded words with offsets, titles, roles and «وی»."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from khabar.resolve.actors import SectorWord, actor_code, find_country_names, load_actor_tables
from khabar.resolve.keys import fold, fold_tokens
from khabar.resolve.patterns import (
    NOT_PRONOUN_AFTER,
    NOT_PRONOUN_BEFORE,
    ORG_LEADER_TITLES,
    ORG_TYPE_WORDS,
    PERSON_PRONOUNS,
    TITLE_MODIFIERS,
    TITLE_REACH,
    TITLE_STOPS,
)

WORD = re.compile(r"[\w\u200c]+")
STOPS = frozenset(fold(word) for word in TITLE_STOPS)
PRONOUNS = frozenset(fold(word) for word in PERSON_PRONOUNS)
LETTERS_BEFORE = frozenset(fold(word) for word in NOT_PRONOUN_BEFORE)
LETTERS_AFTER = frozenset(fold(word) for word in NOT_PRONOUN_AFTER)
LEADERS = frozenset(fold(word) for word in ORG_LEADER_TITLES)
ORG_TYPES = frozenset(fold(word) for word in ORG_TYPE_WORDS)
MODIFIERS = frozenset(fold(word) for word in TITLE_MODIFIERS)


class Word(NamedTuple):
    """A folded word of the text and its character span (a tuple: articles have thousands of them)."""

    key: str
    start: int
    end: int


KEY, START = itemgetter(0), itemgetter(1)  # Word.key and Word.start, read in C


@dataclass(frozen=True)
class Title:
    """A title phrase in the text: «وزیر دفاع جمهوری بلاروس» is (وزیر دفاع, BLR)."""

    start: int  # word index
    end: int  # word index, exclusive
    head: tuple[str, ...]  # folded words of the title word itself («وزیر دفاع»)
    head_end: int  # word index where the title word ends
    key: tuple[str, ...]  # the phrase's words without its country name, to compare two titles
    sector: str
    country: str | None
    plural: bool


def split_words(text: str) -> list[Word]:
    """Return the folded words of a text with their character spans (a word folding to two shares its span)."""
    words: list[Word] = []
    append, make = words.append, tuple.__new__  # what Word(...) runs, without its Python-level call: thousands a text
    for match in WORD.finditer(text):
        start, end = match.span()
        for key in fold_tokens(match.group()):
            append(make(Word, (key, start, end)))
    return words


def word_keys(words: list[Word]) -> tuple[str, ...]:
    """Return the folded words alone, for the phrase indexes."""
    return tuple(map(KEY, words))


def word_range(words: list[Word], start: int, end: int) -> tuple[int, int]:
    """Return the word indexes [first, last) that lie inside the character span [start, end)."""
    first = last = bisect_left(words, start, key=START)
    while last < len(words) and words[last].end <= end:
        last += 1
    return (first, last) if last > first else (0, 0)


def phrase_end(words: list[Word], text: str, end: int, stop_at: frozenset[int]) -> int:
    """Return where a title phrase that begins before word `end` stops: a stop word, punctuation or a name."""
    limit = end
    while limit < min(len(words), end + TITLE_REACH):
        word = words[limit]
        if word.key in STOPS or limit in stop_at or text[words[limit - 1].end : word.start].strip(" \u200c"):
            break
        limit += 1
    return limit


def title_key(phrase: tuple[str, ...]) -> tuple[str | None, tuple[str, ...], int]:
    """Return the country a title phrase names (or None), the phrase without that name, and where the name ends."""
    for start, end, name in find_country_names(phrase):
        if name.kind in ("country", "body", "demonym"):  # «سناتور شیلیایی»
            return name.code, phrase[:start], end
    return None, phrase, len(phrase)


def find_titles(words: list[Word], text: str = "", stop_at: frozenset[int] = frozenset()) -> list[Title]:
    """Return the title phrases (a «title» word of sectors.tsv and the words that complete it) in the text."""
    tokens = word_keys(words)
    titles = []
    for start, end, value in find_title_words(tokens):
        head = fold_tokens(value.text)
        last = phrase_end(words, text, end, stop_at) if text else end
        country, key, country_end = title_key(tokens[start:last])
        last = start + max(country_end, end - start)  # a country's name ends the phrase: «وزیر دفاع جمهوری بلاروس»
        code = actor_code(" ".join(tokens[start:last]))
        sector = code.sector if code is not None else value.sector
        titles.append(Title(start, last, head, end, key, sector, country or (code.country if code else None),
                            tokens[end - 1] != head[-1]))
    return titles


def find_title_words(tokens: tuple[str, ...]) -> list[tuple[int, int, SectorWord]]:
    """Return (first word, end word, title word) for the titles of sectors.tsv and for «رهبر» before an organisation."""
    found = [match for match in load_actor_tables().sectors.find(tokens) if match[2].kind == "title"]
    taken = {position for start, end, _ in found for position in range(start, end)}
    for index, token in enumerate(tokens):
        if token in LEADERS and index not in taken and names_organisation(tokens, index + 1):
            found.append((index, index + 1, SectorWord(token, "UNK", "title")))
    return sorted(found, key=lambda match: match[0])


def names_organisation(tokens: tuple[str, ...], index: int) -> bool:
    """True when an organisation, a kind of one («جنبش», «حزب») or a country begins at word `index`."""
    if index >= len(tokens):
        return False
    if tokens[index] in ORG_TYPES:
        return True
    tables = load_actor_tables()
    ahead = tokens[index : index + max(tables.orgs.longest, 4)]
    return any(start == 0 for start, _, _ in tables.orgs.find(ahead)) or any(
        start == 0 and name.kind in ("country", "body") for start, _, name in find_country_names(ahead))


def find_ranks(words: list[Word], first: int) -> tuple[int, str, str] | None:
    """Return (first word, text, sector) of a rank or honorific right before word `first` («امیر سرتیپ» آشتیانی)."""
    sectors = load_actor_tables().sectors
    for size in range(min(4, first), 0, -1):
        found = sectors.entries.get(tuple(word.key for word in words[first - size : first]))
        if found is not None and found.kind in ("rank", "honorific"):
            return first - size, found.text, found.sector
    return None


def find_inner_rank(words: list[Word], first: int, last: int) -> tuple[int, str, str] | None:
    """Return (end word, text, sector) of a rank or honorific opening a name span itself («ماموستا رحیمی»), the
    name going on after it."""
    sectors = load_actor_tables().sectors
    for size in range(min(4, last - first - 1), 0, -1):
        found = sectors.entries.get(tuple(word.key for word in words[first : first + size]))
        if found is not None and found.kind in ("rank", "honorific"):
            return first + size, found.text, found.sector
    return None


def find_pronouns(words: list[Word]) -> list[int]:
    """Return the indexes of person pronouns («وی»), leaving out the letter V of a spelt-out loanword («وی پی ان»)."""
    return [index for index, word in enumerate(words) if word.key in PRONOUNS and not spelt_letter(words, index)]


def spelt_letter(words: list[Word], index: int) -> bool:
    """True when the word at `index` is written next to other spelt-out letters («تی وی», «وی پی ان»)."""
    word = words[index]
    before = words[index - 1] if index > 0 else None
    after = words[index + 1] if index + 1 < len(words) else None
    # Only a single space or half-space apart: «… بی‌بی‌سی، وی گفت» keeps its pronoun.
    return bool(before and before.key in LETTERS_BEFORE and word.start - before.end <= 1
                or after and after.key in LETTERS_AFTER and after.start - word.end <= 1)


def titles_compatible(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """True when one title is the other or begins it («وزیر دفاع» and «وزیر دفاع و پشتیبانی …»), a kind of
    organisation before its name aside («رهبر جنبش انصارالله» and «رهبر انصارالله»)."""
    shorter, longer = sorted((drop_org_types(first), drop_org_types(second)), key=len)
    return longer[: len(shorter)] == shorter or begins_without_modifiers(shorter, longer)


def begins_without_modifiers(shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """True when the longer title, some of its modifiers left out («جدید», «تیم فوتبال»), begins with the shorter
    one, their first words alike: «سرمربی جدید تیم فوتبال بوریرام» and «سرمربی بوریرام»."""
    if not shorter or not longer or shorter[0] != longer[0]:
        return False
    index = 1
    for word in longer[1:]:
        if index == len(shorter):
            return True
        if word == shorter[index]:
            index += 1
        elif word not in MODIFIERS:
            return False
    return index == len(shorter)


def drop_org_types(title: tuple[str, ...]) -> tuple[str, ...]:
    """Return a title without the words that say what kind of organisation the next word names («جنبش»)."""
    return tuple(word for index, word in enumerate(title)
                 if index == 0 or word not in ORG_TYPES or index + 1 == len(title))
