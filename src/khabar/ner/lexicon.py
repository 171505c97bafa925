"""Build, save and load the NER lexicon: word clusters, a phrase gazetteer and first names.

The gazetteer joins the shared lists (CLDR country names, Iranian provinces and cities), the world cities
of CLDR (the time-zone exemplar cities in the pinned `babel` package, training only) and names
harvested from the training corpora: a phrase tagged as an entity often enough, and mostly with one type.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from khabar.errors import ModelError
from khabar.ner.corpora import Sentence, entity_spans
from khabar.ner.features import Lexicon, token_key

MIN_HARVEST = 2  # a phrase must be tagged this often to enter the gazetteer
MIN_PURITY = 0.6  # and carry its majority type at least this share of the times
NAME_TYPES = ("PER", "ORG", "LOC", "FAC", "PRO", "EVENT")
CLUSTERS_FILE, GAZETTEER_FILE, NAMES_FILE = "clusters.tsv.gz", "gazetteer.tsv.gz", "first_names.txt.gz"


def phrase_keys(phrase: str) -> list[tuple[str, ...]]:
    """Return the key tuples of a phrase: split at spaces, and as one token (corpora keep spaces inside tokens)."""
    parts = tuple(token_key(part) for part in phrase.split())
    parts = tuple(part for part in parts if part)
    variants = [parts] if parts else []
    if len(parts) > 1:
        variants.append(("".join(parts),))
    return variants


def cldr_cities() -> set[str]:
    """Return the Persian names of the world cities that CLDR names time zones after (Minsk, Kabul, ...)."""
    from babel import Locale

    return {zone["city"] for zone in Locale("fa").time_zones.values() if zone.get("city")}


def shared_gazetteer(data_dir: Path) -> dict[tuple[str, ...], str]:
    """Return the place names of ../shared/data/gazetteers and CLDR's world cities as key tuples."""
    folder = data_dir / "gazetteers"
    places: set[str] = cldr_cities()
    with open(folder / "countries_fa_cldr.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            for name in (row["name_fa"], row["name_fa_AF"]):
                places.add(name)
                places.add(name.replace("\u0654", ""))  # news drops the hamza: کرهٔ جنوبی -> کره جنوبی
    for province in json.loads((folder / "iran_provinces_cities.json").read_text(encoding="utf-8")):
        places.add(province["province-fa"])
        places.update(city["city-fa"] for city in province["cities"])
    return {keys: "LOC" for name in places for keys in phrase_keys(name)}


def first_names(data_dir: Path) -> frozenset[str]:
    """Return the keys of the single-word first names in the shared list."""
    with open(data_dir / "gazetteers" / "persian_first_names_gender.csv", encoding="utf-8") as handle:
        names = {token_key(row["name"]) for row in csv.DictReader(handle) if " " not in row["name"].strip()}
    return frozenset(name for name in names if len(name) > 1)


def harvest_names(sentences: Iterable[Sentence]) -> dict[tuple[str, ...], str]:
    """Return the entity phrases tagged often enough, with their majority type."""
    seen: defaultdict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for start, end, kind in entity_spans(sentence.tags):
            if kind in NAME_TYPES and end - start <= 6:
                seen[tuple(token_key(token) for token in sentence.tokens[start:end])][kind] += 1
    harvested = {}
    for keys, kinds in seen.items():
        kind, count = kinds.most_common(1)[0]
        total = sum(kinds.values())
        if total >= MIN_HARVEST and count / total >= MIN_PURITY and all(keys):
            harvested[keys] = kind
    return harvested


def save_lexicon(lexicon: Lexicon, folder: Path) -> None:
    """Write the lexicon as three small gzipped text files, sorted so that rebuilds are byte-identical."""
    folder.mkdir(parents=True, exist_ok=True)
    _write_lines(folder / CLUSTERS_FILE, ("\t".join((key, *ids)) for key, ids in sorted(lexicon.clusters.items())))
    phrases = sorted(lexicon.gazetteer.items())
    _write_lines(folder / GAZETTEER_FILE, (f"{kind}\t{' '.join(keys)}" for keys, kind in phrases))
    _write_lines(folder / NAMES_FILE, sorted(lexicon.first_names))


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    # mtime=0 keeps the gzip header, and so the file, identical between rebuilds.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


def _read_lines(path: Path) -> list[str]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return [line for line in handle.read().splitlines() if line]
    except OSError as error:
        raise ModelError(f"cannot read the NER lexicon {path.name}: {error}") from error


def load_lexicon(folder: Path) -> Lexicon:
    """Read a lexicon written by `save_lexicon`."""
    clusters = {}
    for line in _read_lines(folder / CLUSTERS_FILE):
        key, *ids = line.split("\t")
        clusters[key] = tuple(ids)
    gazetteer = {}
    for line in _read_lines(folder / GAZETTEER_FILE):
        kind, _, keys = line.partition("\t")
        gazetteer[tuple(keys.split(" "))] = kind
    names = frozenset(_read_lines(folder / NAMES_FILE))
    return Lexicon(clusters=clusters, gazetteer=gazetteer, first_names=names,
                   max_phrase=max((len(keys) for keys in gazetteer), default=1))
