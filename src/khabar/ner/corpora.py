"""Read the NER corpora in ../shared/data and map their tags to khabar's entity types.

PEYMA writes `tok|B_TAG`, Arman `tok TAG`, ParsTwiNER `tok<TAB>TAG`; tokens may hold spaces, so a
line is split at its last separator. Types become PER ORG LOC FAC PRO EVENT DATE TIME MONEY PERCENT (ParsTwiNER's
NAT and POG are read with their own names only for the group table: groups.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from khabar.errors import InputError

# Corpus type names -> khabar types; None drops the type (nationality adjectives are not names here).
TYPE_MAP: dict[str, str | None] = {
    "PER": "PER", "PERS": "PER", "ORG": "ORG", "LOC": "LOC", "FAC": "FAC", "PRO": "PRO",
    "EVE": "EVENT", "EVENT": "EVENT", "DAT": "DATE", "TIM": "TIME", "MON": "MONEY", "PCT": "PERCENT",
    "POG": "ORG", "NAT": None,
}
# Which types each corpus annotates: a type outside its set is unknown there, not absent.
CORPUS_TYPES: dict[str, frozenset[str]] = {
    "peyma": frozenset({"PER", "ORG", "LOC", "DATE", "TIME", "MONEY", "PERCENT"}),
    "arman": frozenset({"PER", "ORG", "LOC", "FAC", "PRO", "EVENT"}),
    "parstwiner": frozenset({"PER", "ORG", "LOC", "EVENT"}),
}


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]
    corpus: str = ""


def split_line(line: str) -> tuple[str, str]:
    """Split a `token<sep>tag` line at its last tab, pipe or space."""
    for separator in ("\t", "|", " "):
        token, found, tag = line.rpartition(separator)
        if found and tag and " " not in tag and (separator != "|" or "\t" not in line):
            return token, tag.strip()
    raise ValueError(line)


def canonical_tag(tag: str) -> str:
    """Map a corpus tag (B_PERS, I-loc, O) to khabar's BIO tag, or O for dropped types."""
    if tag in ("", "O") or len(tag) < 3:
        return "O"
    kind = TYPE_MAP.get(tag[2:].upper())
    return f"{tag[0].upper()}-{kind}" if kind else "O"


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue its type into B- (a few corpus lines break IOB2)."""
    fixed = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def read_tagged(path: Path, corpus: str = "", canonical: Callable[[str], str] = canonical_tag) -> list[Sentence]:
    """Read one tagged corpus file into sentences with BIO tags in khabar's types (`canonical` maps each tag)."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the corpus: {error}", source=str(path)) from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            if tokens:
                sentences.append(Sentence(tokens, repair_bio(tags), corpus))
                tokens, tags = [], []
            continue
        try:
            token, tag = split_line(line)
        except ValueError:
            raise InputError("expected `token<separator>tag`", source=str(path), line=number) from None
        tokens.append(token)
        tags.append(canonical(tag))
    if tokens:
        sentences.append(Sentence(tokens, repair_bio(tags), corpus))
    return sentences


def entity_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Return (start, end, type) token spans of a BIO tag sequence (an I- tag without its B- starts a span)."""
    spans, start, kind = [], None, None
    for i, tag in enumerate(tags):
        if tag == "O":  # most tags: checked first
            if start is not None:
                spans.append((start, i, kind))
                start = None
            continue
        if start is not None and tag[2:] == kind and tag.startswith("I-"):
            continue
        if start is not None:
            spans.append((start, i, kind))
        start, kind = (i, tag[2:]) if tag.startswith(("B-", "I-")) else (None, None)
    if start is not None:
        spans.append((start, len(tags), kind))
    return spans
