"""Persian place names to GeoNames: id, coordinates, country and feature class.

The bridge (khabar/data/resolve/places.tsv.gz, rebuilt by `khabar.resolve.train.train_places`) maps folded
Persian names to GeoNames records. Among homonyms the resolver prefers the place in a country the article
mentions, then the larger one; a name that is also a common word («کیف», «تیر») is accepted only with a
place cue beside it («شهر», «پایتخت») or when its country is mentioned elsewhere in the article.
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.errors import ModelError
from khabar.resolve.countries import lookup_country
from khabar.resolve.keys import fold, fold_tokens, read_table
from khabar.resolve.patterns import (
    COMMON_WORD_PLACES, NOT_WITHIN_COUNTRY, PLACE_CUES, PLACE_EPITHETS, PLACE_PREFIXES,
)

HOME_COUNTRY = "IRN"  # Persian news: a bare Iranian place name is more likely than its foreign homonym
# Score weights: a country the article names outweighs an order of magnitude of population.
MENTIONED_COUNTRY_BONUS = 2.0
HOME_COUNTRY_BONUS = 0.4
CURATED_BONUS = 1.5  # a spelling written into places_curated.tsv by hand beats a larger namesake abroad
# Records without a population: an Iranian town of the shared gazetteer that GeoNames lacks is taken as a small
# town; a US state, an Iranian province or a division abroad (regions.tsv) as large (they are asked for by «ایالت»,
# «استان» or stand alone).
ASSUMED_POPULATION = {
    "iran-unmatched": 20_000, "us-state": 1_000_000, "province": 1_000_000, "region": 1_000_000,
}
# Sources trusted to give an actor's country from a place in its description («سناتور ایالت فلوریدا»).
COUNTRY_SOURCES = ("curated", "iran-bridge", "iran-unmatched", "province", "us-state", "region")
COUNTRY_MIN_POPULATION = 100_000
# A name known only by the country it ends with («جنوب لبنان») is placed there, but as no particular place.
WITHIN_COUNTRY_CONFIDENCE = 0.6
NOT_WITHIN_HEADS = tuple(fold_tokens(head) for head in NOT_WITHIN_COUNTRY)


@dataclass(frozen=True)
class Place:
    """One GeoNames record (or an Iranian place the bridge knows without an id)."""

    geonames_id: int | None
    name: str
    country: str | None
    feature_class: str
    latitude: float | None
    longitude: float | None
    population: int
    source: str


@dataclass(frozen=True)
class PlaceMatch:
    place: Place
    confidence: float




def parse_place(cells: Sequence[str]) -> Place:
    """Turn one row of places.tsv.gz into a Place."""
    _, geonames_id, name, country, feature_class, latitude, longitude, population, source = cells
    return Place(int(geonames_id) if geonames_id else None, name, country or None, feature_class,
                 float(latitude) if latitude else None, float(longitude) if longitude else None,
                 int(population or 0), source)


class PlaceTable:
    """Persian key -> GeoNames records, parsed from their rows only when first asked for (loading stays fast)."""

    def __init__(self, rows: dict[str, tuple[tuple[str, ...], ...]]):
        self.rows = rows
        self.parsed: dict[str, list[Place]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self.rows

    def __getitem__(self, key: str) -> list[Place]:
        if key not in self.parsed:
            self.parsed[key] = unique_places(self.rows[key])
        return self.parsed[key]

    def get(self, key: str, default: list[Place] | None = None) -> list[Place] | None:
        return self[key] if key in self.rows else default


def unique_places(rows: Sequence[Sequence[str]]) -> list[Place]:
    """Parse a key's rows, keeping one record per place (the curated one when a name comes from two sources)."""
    kept: dict[tuple, Place] = {}
    for cells in rows:
        place = parse_place(cells)
        identity = (place.geonames_id, place.name, place.feature_class)
        if identity not in kept or place.source == "curated":
            kept[identity] = place
    return list(kept.values())


def read_places() -> PlaceTable:
    """Read the Persian -> GeoNames bridge."""
    try:
        payload = resources.files("khabar").joinpath("data/resolve/places.tsv.gz").read_bytes()
    except (FileNotFoundError, OSError) as error:
        raise ModelError(f"place bridge is missing (run khabar.resolve.train.train_places): {error}") from error
    rows: dict[str, list[tuple[str, ...]]] = {}
    lines = gzip.decompress(payload).decode("utf-8").split("\n")
    for line in lines[1:]:
        if line:
            cells = tuple(line.split("\t"))
            rows.setdefault(cells[0], []).append(cells)
    # Tuples of strings only: the garbage collector stops scanning them, so its full passes stay short.
    return PlaceTable({key: tuple(found) for key, found in rows.items()})


@dataclass
class Gazetteer:
    places: PlaceTable
    homonyms: frozenset[str]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the place bridge and the homonym list once."""
    homonyms = {row[0] for row in read_table("place_homonyms.tsv", 4)[1:]}
    homonyms |= {fold(word) for word in COMMON_WORD_PLACES}
    return Gazetteer(read_places(), frozenset(homonyms))


def split_prefix(tokens: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """Split a leading «استان», «شهر» … from a place name; return (wanted feature class or None, rest)."""
    for prefix, feature_class in PLACE_PREFIXES.items():
        words = fold_tokens(prefix)
        if tokens[: len(words)] == words and len(tokens) > len(words):
            return feature_class or "", tokens[len(words) :]
    return None, tokens


def score_place(place: Place, countries: set[str]) -> float:
    """Rank a candidate: population, a country the article mentions, the home country, a curated name."""
    score = math.log10((place.population or ASSUMED_POPULATION.get(place.source, 0)) + 10)
    score += MENTIONED_COUNTRY_BONUS if place.country in countries - {HOME_COUNTRY} else 0.0
    score += HOME_COUNTRY_BONUS if place.country == HOME_COUNTRY else 0.0
    return score + (CURATED_BONUS if place.source == "curated" else 0.0)


def has_place_cue(before: str, after: str) -> bool:
    """True when the words around a mention mark it as a place («شهر کیف», «کیف، پایتخت اوکراین»)."""
    near = fold_tokens(before)[-2:] + fold_tokens(after)[:3]
    return any(tuple(fold_tokens(cue)) == near[i : i + len(fold_tokens(cue))] for cue in PLACE_CUES for i in range(len(near)))


def country_place(name: str) -> Place | None:
    """Return the GeoNames record of a country named in full («جمهوری بلاروس»), if it is one."""
    found = lookup_country(name, demonyms=False)
    if found is None or found.kind != "country":
        return None
    candidates = load_gazetteer().places.get(" ".join(fold_tokens(found.canonical)), [])
    return next((place for place in candidates if place.feature_class == "A" and place.country == found.code), None)


def filter_class(candidates: list[Place], wanted_class: str | None) -> list[Place]:
    """Keep the candidates of the class a prefix asks for; without one, a province yields to its namesake city.

    A province and its capital often share a name («کرمان»), and the city is then meant unless a prefix says
    «استان». A town of that name abroad is no such namesake: «گیلان» is the province, not Gjilan in Kosovo.
    """
    if wanted_class:
        return [place for place in candidates if place.feature_class == wanted_class]
    provinces = [place for place in candidates if place.source == "province"]
    others = [place for place in candidates if place.source != "province"]
    namesake = any(place.country == province.country for place in others for province in provinces)
    return others if namesake else candidates


def pick(candidates: list[Place], wanted_class: str | None, countries: set[str]) -> PlaceMatch | None:
    """Choose the best candidate; confidence falls when a close rival exists."""
    candidates = filter_class(candidates, wanted_class)
    ranked = sorted(candidates, key=lambda place: (-score_place(place, countries), place.geonames_id or 0))
    if not ranked:
        return None
    margin = score_place(ranked[0], countries) - (score_place(ranked[1], countries) if len(ranked) > 1 else 0.0)
    confidence = 0.95 if len(ranked) == 1 or margin >= 1.0 else 0.6 + 0.35 * max(margin, 0.0)
    return PlaceMatch(ranked[0], round(confidence, 2))


def find_candidates(tokens: tuple[str, ...], whole: str) -> tuple[str, list[Place]]:
    """Return the key and records of a name: as written, without its prefix, or without a trailing epithet."""
    places = load_gazetteer().places
    epithets = {fold(word) for word in PLACE_EPITHETS}
    keys = [" ".join(tokens), whole]
    if len(tokens) > 1 and tokens[-1] in epithets:
        keys.append(" ".join(tokens[:-1]))
    for key in keys:
        if places.get(key):
            return key, places[key]
    return keys[0], []


def place_country_in(tokens: tuple[str, ...], *, whole: bool = False) -> str | None:
    """Return the country of the longest unambiguous, well-known place named inside (or equal to) a mention."""
    gazetteer = load_gazetteer()
    sizes = [len(tokens)] if whole else range(min(4, len(tokens)), 0, -1)
    for size in sizes:
        found: list[tuple[int, str]] = []
        for start in range(len(tokens) - size + 1):
            key = " ".join(tokens[start : start + size])
            places = [place for place in gazetteer.places.get(key, ())
                      if place.source in COUNTRY_SOURCES or place.population >= COUNTRY_MIN_POPULATION]
            if key in gazetteer.homonyms or (len(key) < 3 and not any(p.source == "province" for p in places)):
                continue  # two letters are too often a word («دو»، «بن»); a province («قم») is not
            trusted = {place.country for place in places}
            if len(trusted) == 1 and None not in trusted:
                found.append((max(place_size(place) for place in places), trusted.pop()))
        if found:
            # The largest place: a village that shares a word of a name («حمزه») yields to «اسکاتلند».
            return max(found, key=lambda item: item[0])[1]
    return None


def place_size(place: Place) -> int:
    """Return a place's population, or the one assumed for its kind of record."""
    return place.population or ASSUMED_POPULATION.get(place.source, 0)


def resolve_place(name: str, *, countries: set[str] = frozenset(), before: str = "", after: str = "",
                  prefer: str | None = None) -> PlaceMatch | None:
    """Return the place a mention names, or None when unknown or when a common word lacks a place cue.

    name (str): the mention as written («مینسک», «استان خوزستان», «کیف»).
    countries (set[str]): ISO alpha-3 codes of the countries the article mentions.
    before, after (str): the text just before and after the mention, for place cues.
    prefer (str | None): a country whose homonym, if any, is taken («قدس» listed among Iranian counties).
    RETURNS (PlaceMatch | None): the GeoNames record and a confidence.
    """
    if not isinstance(name, str) or not fold(name):
        return None
    country, wanted_class, key = read_place_name(name)
    if country is not None:
        return PlaceMatch(country, 0.95)
    if key is None:
        return place_within_country(name, countries)
    common_word = key in load_gazetteer().homonyms and wanted_class is None and not has_place_cue(before, after)
    return rank_candidates(key, wanted_class, prefer, frozenset(countries), common_word)


def split_trailing_country(tokens: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """Return the country a longer place name ends with and the words before it: «حلب سوریه», «غرب چین»."""
    for size in range(1, min(3, len(tokens) - 1) + 1):
        found = lookup_country(" ".join(tokens[-size:]), demonyms=False)
        if found is not None and found.kind == "country":
            return found.code, tokens[:-size]
    return None


def place_within_country(name: str, countries: set[str]) -> PlaceMatch | None:
    """Place a name the gazetteer lacks that ends with its country: the town when that country has it, else
    the country alone, with no GeoNames record («شمال عراق», «شین‌جیانگ چین»)."""
    split = split_trailing_country(fold_tokens(name))
    if split is None or any(split[1][: len(head)] == head for head in NOT_WITHIN_HEADS):
        return None
    code, rest = split
    town = resolve_place(" ".join(rest), countries={*countries, code}, prefer=code)
    if town is not None and town.place.country == code:
        return town
    return PlaceMatch(Place(None, " ".join(rest), code, "", None, None, 0, "within-country"), WITHIN_COUNTRY_CONFIDENCE)


@lru_cache(maxsize=16384)  # a place is named many times an article, and the same places in many articles
def read_place_name(name: str) -> tuple[Place | None, str | None, str | None]:
    """Return what the name alone says: a country's own record (else None), the feature class its prefix asks
    for, and the gazetteer key it is found under (None when it is not there)."""
    country = country_place(name)
    if country is not None:
        return country, None, None
    wanted_class, tokens = split_prefix(fold_tokens(name))
    key, candidates = find_candidates(tokens, fold(name))
    return None, wanted_class, key if candidates else None


@lru_cache(maxsize=16384)
def rank_candidates(key: str, wanted_class: str | None, prefer: str | None, countries: frozenset[str],
                    common_word: bool) -> PlaceMatch | None:
    """Choose among the records of a gazetteer key for an article that names these countries."""
    candidates = load_gazetteer().places[key]
    candidates = [place for place in candidates if place.country == prefer] or candidates
    if common_word and not any(place.country in countries - {HOME_COUNTRY} for place in candidates):
        return None
    return pick(candidates, wanted_class, set(countries))
