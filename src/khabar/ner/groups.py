"""Nationalities and political groups: the two ParsTwiNER types the taggers are not trained to find.

ParsTwiNER marks nationalities and ethnicities (NAT: «ایرانی»، «یزدی») and political groups and dynasties (POG:
«اصلاح‌طلبان»، «قاجار»); PEYMA and Arman mark neither, so the taggers learn a nationality as no name and a political
group as ORG. The phrases ParsTwiNER train tags NAT or POG at least half of the times they occur are kept in a small
table; a tagged sentence gets those phrases where the taggers found nothing (a name they found keeps its type).
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from khabar.errors import ModelError
from khabar.ner.corpora import Sentence, entity_spans, read_tagged
from khabar.ner.features import token_key

GROUP_TYPES = ("NAT", "POG")
MIN_SHARE = 0.5  # a phrase must carry its group type at least this share of the times it occurs
MAX_WORDS = 6
GROUPS_FILE = "groups.tsv.gz"
Groups = dict[tuple[str, ...], str]


def corpus_tag(tag: str) -> str:
    """Return a corpus tag in khabar's BIO spelling with its own type kept (B_nat -> B-NAT)."""
    return f"{tag[0].upper()}-{tag[2:].upper()}" if len(tag) > 2 else "O"


def read_group_corpus(path: Path) -> list[Sentence]:
    """Read ParsTwiNER with its own types, NAT and POG included."""
    return read_tagged(path, "parstwiner", canonical=corpus_tag)


def harvest_groups(sentences: Sequence[Sentence]) -> Groups:
    """Return the phrases tagged NAT or POG at least MIN_SHARE of the times they occur, with that type."""
    tagged: defaultdict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    keyed = []
    for sentence in sentences:
        keys = tuple(token_key(token) for token in sentence.tokens)
        keyed.append(keys)
        for start, end, kind in entity_spans(sentence.tags):
            if kind in GROUP_TYPES and end - start <= MAX_WORDS:
                tagged[keys[start:end]][kind] += 1
    occurrences: Counter[tuple[str, ...]] = Counter()
    lengths = sorted({len(phrase) for phrase in tagged})
    for keys in keyed:
        for length in lengths:
            windows = (keys[i : i + length] for i in range(len(keys) - length + 1))
            occurrences.update(window for window in windows if window in tagged)
    groups = {}
    for phrase, kinds in tagged.items():
        kind, count = kinds.most_common(1)[0]
        if all(phrase) and count / occurrences[phrase] >= MIN_SHARE:
            groups[phrase] = kind
    return groups


def save_groups(groups: Groups, folder: Path) -> None:
    """Write the table sorted, gzipped with no timestamp, so that rebuilds are byte-identical."""
    lines = "".join(f"{kind}\t{' '.join(phrase)}\n" for phrase, kind in sorted(groups.items()))
    with open(folder / GROUPS_FILE, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(lines.encode("utf-8"))


def load_groups(folder: Path) -> Groups:
    """Read a table written by `save_groups`."""
    try:
        with gzip.open(folder / GROUPS_FILE, "rt", encoding="utf-8") as handle:
            rows = [line.split("\t", 1) for line in handle.read().splitlines() if line]
    except OSError as error:
        raise ModelError(f"cannot read the NER group table {GROUPS_FILE}: {error}") from error
    return {tuple(phrase.split(" ")): kind for kind, phrase in rows}


def add_groups(tokens: Sequence[str], tags: list[str], groups: Groups, longest: Mapping[str, int]) -> list[str]:
    """Tag the table's phrases, longest first, where every token of the phrase is still O; `longest` maps a
    phrase's first key to the length of the longest phrase it opens (`features.longest_from`)."""
    keys = [token_key(token) for token in tokens]
    position = 0
    while position < len(keys):
        for length in range(min(longest.get(keys[position], 0), len(keys) - position), 0, -1):
            kind = groups.get(tuple(keys[position : position + length]))
            if kind and all(tag == "O" for tag in tags[position : position + length]):
                tags[position : position + length] = [f"B-{kind}"] + [f"I-{kind}"] * (length - 1)
                position += length
                break
        else:
            position += 1
    return tags
