"""PLOVER-style actor codes: a country (or IGO/UNO/EUR/NGO) and a sector for a mention.

The sector comes from the longest title or organisation word in the mention (khabar/data/resolve/sectors.tsv:
«وزیر دفاع» is MIL where «وزیر» alone is GOV); the country from a country name, demonym, capital or
international body in the mention, else from a known person (people.tsv), else from `default_country`
(the article's own country) when the mention is clearly a state actor such as «سخنگوی وزارت امور خارجه».
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from khabar.resolve.countries import CountryName
from khabar.resolve.countries import load_tables as load_country_tables
from khabar.resolve.keys import PhraseIndex, fold_tokens, read_table
from khabar.resolve.patterns import (
    COMMON_WORD_COUNTRIES, ETHNIC_COMPOUND_WORDS, LOCATIVE_PREPOSITIONS, NATIONAL_BODIES, OWN_COUNTRY_WORDS,
    STATE_COUNCILS,
)

SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "PTY", "REB", "SPY", "BUS", "CVL", "MED", "EDU", "REL", "UNK")
# How sure each source of the country is: a name in the mention, a known person, the article's country.
CONFIDENCE = {"country": 0.95, "body": 0.95, "demonym": 0.85, "capital": 0.8, "person": 0.9, "org": 0.9,
              "place": 0.8, "default": 0.7}
NAME_PREFIX_KINDS = ("rank", "honorific", "title")
FIRST_NAME_SIMILARITY = 0.8
COMMON_WORDS = frozenset(fold_tokens(word) for word in COMMON_WORD_COUNTRIES)
ETHNIC_TUPLES = frozenset(fold_tokens(word) for word in ETHNIC_COMPOUND_WORDS)
# The sector of an international body with no title in the mention.
BODY_SECTOR = {"UNO": "GOV", "IGO": "GOV", "EUR": "GOV", "NGO": "CVL"}


def index_names(names: tuple[str, ...]) -> PhraseIndex:
    """Return a phrase index that finds the given names."""
    index = PhraseIndex()
    for name in names:
        index.add(name, True)
    return index


NATIONAL_BODY_INDEX = index_names(NATIONAL_BODIES)
NATIONAL_BEFORE_STATE = frozenset(fold_tokens(name) for name in STATE_COUNCILS)


@dataclass(frozen=True)
class ActorCode:
    """Who acts, in PLOVER terms: the state (or international body) and the part of society."""

    country: str | None
    sector: str
    confidence: float
    roles: tuple[str, ...] = field(default=(), compare=False)
    canonical: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SectorWord:
    text: str
    sector: str
    kind: str  # title | org | rank | honorific | group


@dataclass(frozen=True)
class Person:
    canonical: str
    country: str | None
    sector: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class NamedOrg:
    text: str
    country: str | None
    sector: str


@dataclass
class ActorTables:
    sectors: PhraseIndex
    people: PhraseIndex
    orgs: PhraseIndex


@lru_cache(maxsize=1)
def load_actor_tables() -> ActorTables:
    """Read the sector words and the known people once."""
    sectors, people, orgs = PhraseIndex(), PhraseIndex(), PhraseIndex()
    for trigger, sector, kind in read_table("sectors.tsv", 3):
        sectors.add(trigger, SectorWord(trigger, sector, kind))
    for name, country, sector in read_table("orgs.tsv", 3):
        orgs.add(name, NamedOrg(name, None if country in ("", "-") else country, sector))
    for canonical, aliases, country, sector, roles in read_table("people.tsv", 5):
        person = Person(canonical, country.strip() or None, sector, tuple(filter(None, roles.split("|"))))
        for name in (canonical, *filter(None, aliases.split("|"))):
            people.add(name, person)
    return ActorTables(sectors, people, orgs)


def find_sector_words(tokens: tuple[str, ...]) -> list[SectorWord]:
    """Return the title, rank and organisation words in a mention, longest first."""
    found = load_actor_tables().sectors.find(tokens)
    return [word for _, _, word in sorted(found, key=lambda item: (item[0] - item[1], item[0]))]


def choose_sector(words: list[SectorWord]) -> str | None:
    """Return the sector of the longest word that has one; UNK when only sectorless titles are present."""
    for word in words:
        if word.sector != "UNK":
            return word.sector
    return "UNK" if words else None


@lru_cache(maxsize=16384)  # the same mentions and titles are looked at many times an article
def find_country_names(tokens: tuple[str, ...]) -> tuple[tuple[int, int, CountryName], ...]:
    """Return (first word, end word, name) for every country, body, demonym or capital in a mention."""
    return tuple(scan_country_names(tokens))


def scan_country_names(tokens: tuple[str, ...]) -> list[tuple[int, int, CountryName]]:
    """Return (first word, end word, name) for every country, body, demonym or capital in any words (uncached: a
    whole article's words are scanned once)."""
    tables = load_country_tables()
    found: list[tuple[int, int, CountryName]] = []
    national = {position for start, end, _ in NATIONAL_BODY_INDEX.find(tokens) for position in range(start, end)}
    for index in (tables.names, tables.demonyms, tables.capitals):
        taken = national | {position for start, end, _ in found for position in range(start, end)}
        found += [match for match in index.find(tokens) if not taken.intersection(range(match[0], match[1]))
                  and not (index is tables.demonyms and tokens[match[1] : match[1] + 1] in ETHNIC_TUPLES)]
    if len(tokens) > 1:
        found = [match for match in found if tokens[match[0] : match[1]] not in COMMON_WORDS
                 and not opens_foreign_place(tokens, match[0], match[1], match[2].code)
                 and not state_council(tokens, match, found)]
    return sorted(found, key=lambda item: item[0])


def state_council(tokens: tuple[str, ...], match: tuple[int, int, CountryName], found: list) -> bool:
    """True when an international body's name is a state's own council because the state follows it: «شورای امنیت
    روسیه» is Russia's Security Council, not the UN's."""
    if match[2].kind != "body" or tokens[match[0] : match[1]] not in NATIONAL_BEFORE_STATE:
        return False
    return any(start == match[1] and name.kind in ("country", "demonym") for start, _, name in found)


def opens_foreign_place(tokens: tuple[str, ...], start: int, end: int, code: str) -> bool:
    """True when a country's name is the first part of a longer place name of another country: «آذربایجان
    شرقی» is an Iranian province, not the Republic of Azerbaijan."""
    if end >= len(tokens):
        return False
    from khabar.resolve.places import load_gazetteer

    places = load_gazetteer().places.get(" ".join(tokens[start : end + 1]), ())
    return bool(places) and all(place.country != code for place in places)


def choose_country(tokens: tuple[str, ...]) -> CountryName | None:
    """Return the owner country of a mention: the first name not governed by a locative preposition."""
    found = find_country_names(tokens)
    owners = [name for start, _, name in found if start == 0 or tokens[start - 1] not in LOCATIVE_PREPOSITIONS]
    return (owners or [name for _, _, name in found] or [None])[0]


@lru_cache(maxsize=16384)  # every pair of names in an article is compared
def strip_titles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop leading ranks, honorifics and titles from a name («امیر سرتیپ آشتیانی» -> «آشتیانی»)."""
    sectors = load_actor_tables().sectors
    while tokens:
        found = sectors.find(tokens)
        if not found or found[0][0] != 0 or found[0][2].kind not in NAME_PREFIX_KINDS or found[0][1] >= len(tokens):
            return tokens
        tokens = tokens[found[0][1] :]
    return tokens


@lru_cache(maxsize=16384)  # every pair of names in an article is compared
def find_person(tokens: tuple[str, ...]) -> Person | None:
    """Return the known person a whole name denotes (titles before it aside), if any; «رند پاول» is not «پاول».

    A first name and surname not in the table still match when the surname is a known alias and the first name
    is spelled close to the known one («ولادمیر پوتین» = «ولادیمیر پوتین»).
    """
    people = load_actor_tables().people.entries
    name = strip_titles(tokens)
    found = people.get(tokens) or people.get(name)
    if found is not None or len(name) < 2:
        return found
    known = people.get(name[-1:])
    if known is not None and similar_first_name(name[0], fold_tokens(known.canonical)[0]):
        return known
    return None


def similar_first_name(first: str, known: str) -> bool:
    """True when two spellings of a first name are close enough to be one («ولادمیر», «ولادیمیر»)."""
    return SequenceMatcher(None, first, known).ratio() >= FIRST_NAME_SIMILARITY


# «کنگره» followed by one of these, or by a number, is a conference, not the US Congress: «کنگره بین‌المللی …»، «کنگره
# ۶۵۰۰ شهید استان کرمان».
CONFERENCE_WORDS = frozenset(fold_tokens("بین‌المللی بین المللی ملی سراسری شهدا شهید علمی جهانی سالانه تخصصی"))
CONFERENCE_NAMES = frozenset({fold_tokens("کنگره")})


def named_orgs(tokens: tuple[str, ...]) -> list[tuple[int, int, NamedOrg]]:
    """Return the named organisations in a mention with their spans, leaving out a congress that is a conference."""
    return [
        (start, end, org) for start, end, org in load_actor_tables().orgs.find(tokens)
        if not (tokens[start:end] in CONFERENCE_NAMES and end < len(tokens) and (
            tokens[end] in CONFERENCE_WORDS or tokens[end][:1].isdigit()
        ))
    ]


def names_conference(word: str, following: str) -> bool:
    """Tell whether a word and the one after it name a conference, not the body sharing its name («کنگره | ۶۵۰۰»)."""
    tokens = fold_tokens(f"{word} {following}")
    return len(tokens) >= 2 and tokens[:1] in CONFERENCE_NAMES and (
        tokens[1] in CONFERENCE_WORDS or tokens[1][:1].isdigit()
    )


def find_named_org(tokens: tuple[str, ...]) -> NamedOrg | None:
    """Return the longest named organisation («کنست», «حماس») in a mention, if any."""
    found = named_orgs(tokens)
    return max(found, key=lambda item: item[1] - item[0])[2] if found else None


def names_state_inside_org(tokens: tuple[str, ...]) -> bool:
    """Tell whether every state the mention names lies inside the longest named organisation in it."""
    found = named_orgs(tokens)
    if not found:
        return False
    start, end, _ = max(found, key=lambda item: item[1] - item[0])
    return all(start <= low and high <= end for low, high, _ in find_country_names(tokens))


def find_place_country(tokens: tuple[str, ...], *, whole: bool = False) -> str | None:
    """Return the country of an unambiguous known place in (or, with `whole`, equal to) a mention; a whole place
    may open with its kind («بندر عدن»، «ولایت هلمند»)."""
    from khabar.resolve.places import place_country_in, split_prefix

    found = place_country_in(tokens, whole=whole)
    if found is None and whole:
        kind, rest = split_prefix(tokens)
        found = place_country_in(rest, whole=True) if kind is not None else None
    return found


def mentions_own_country(tokens: tuple[str, ...]) -> bool:
    """True when the mention says «کشورمان» or the like."""
    text = " ".join(tokens)
    return any(" ".join(fold_tokens(word)) in text for word in OWN_COUNTRY_WORDS)


@lru_cache(maxsize=16384)  # titles and names recur within and across articles; the code is immutable
def actor_code(mention: str, *, default_country: str | None = None) -> ActorCode | None:
    """Return the actor code of a mention, or None when nothing in it marks a state, body or sector.

    mention (str): a name or description as written: «وزیر دفاع جمهوری بلاروس», «مجلس», «ظریف».
    default_country (str | None): the article's own country, used for a state actor that names none.
    RETURNS (ActorCode | None): country (None when unknown), sector and confidence.
    """
    if not isinstance(mention, str):
        return None
    tokens = fold_tokens(mention)
    if not tokens:
        return None
    words, person = find_sector_words(tokens), find_person(tokens)
    if person is not None:  # a whole name first: «دیوید کامرون» is not Cameroon
        sector = choose_sector(words)
        roles = tuple(word.text for word in words if word.kind in ("title", "rank"))
        return ActorCode(person.country, sector if sector not in (None, "UNK") else person.sector,
                         CONFIDENCE["person"], roles or person.roles, person.canonical)
    country, org = choose_country(tokens), find_named_org(tokens)
    if country is not None and org is not None and org.country and names_state_inside_org(tokens):
        country = None  # «حزب کارگران کردستان عراق»: a state inside a listed organisation's name is part of it
    sector = choose_sector(words)
    if org is not None and (sector in (None, "UNK") or len(fold_tokens(org.text)) >= max_word_length(words)):
        sector = org.sector
    roles = tuple(word.text for word in words if word.kind in ("title", "rank"))
    if country is not None:
        sector = sector or (BODY_SECTOR.get(country.code) if country.kind == "body" else None)
        sector = sector or ("GOV" if country.kind in ("country", "capital") else (person.sector if person else "UNK"))
        canonical = country.canonical if country.kind == "body" else (person.canonical if person else None)
        return ActorCode(country.code, sector, CONFIDENCE[country.kind], roles, canonical)
    if org is not None:
        return ActorCode(org.country, sector, CONFIDENCE["org"], roles, org.text)
    inner = find_inner_person(tokens)
    if inner is not None and inner.country:
        # «دولت تونی بلر», «سفر البرادعی»: a known person named inside a body or an act says whose it is.
        return ActorCode(inner.country, sector or inner.sector, CONFIDENCE["person"], roles, inner.canonical)
    if sector is None:
        # A place alone acts for its state, as a capital does («بم», «غزه»): only a whole, trusted place name.
        whole = find_place_country(tokens, whole=True)
        return ActorCode(whole, "GOV", CONFIDENCE["place"]) if whole else None
    place_country = find_place_country(tokens)
    if place_country is not None:
        return ActorCode(place_country, sector, CONFIDENCE["place"], roles)
    owner = default_country if (sector != "UNK" or mentions_own_country(tokens)) else None
    return ActorCode(owner, sector, CONFIDENCE["default"] if owner else 0.5, roles)


def find_inner_person(tokens: tuple[str, ...]) -> Person | None:
    """Return the known person named inside a mention after its head noun, if only one is: by a full name
    («دولت تونی بلر»), or by a surname right after a body («دولت بوش»); «رند پاول» is someone else."""
    found = {person for start, end, person in load_actor_tables().people.find(tokens) if start >= 1 and (
        end - start >= 2 or load_actor_tables().sectors.entries.get(tokens[start - 1 : start]) is not None)}
    return found.pop() if len(found) == 1 else None


def max_word_length(words: list[SectorWord]) -> int:
    """Return the length in words of the longest sector word found."""
    return max((len(fold_tokens(word.text)) for word in words if word.sector != "UNK"), default=0)
