"""Context beyond the sentence: a name tagged once in an article labels its other mentions there.

News names a person in full once («امیر سرتیپ آشتیانی») and then by surname («آشتیانی»), and repeats
organisations and places verbatim. After every sentence is tagged, untagged token runs that repeat a
tagged name of at least two tokens get its type, and so does the last token of a multi-token person name.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.ner.corpora import entity_spans
from khabar.ner.features import longest_from, token_key

MIN_SURNAME_CHARS = 3  # shorter last tokens («نو», «زاده») are too often plain words


def known_names(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> dict[tuple[str, ...], str]:
    """Return the key tuples of the tagged names worth propagating, with their type."""
    names: dict[tuple[str, ...], str] = {}
    for tokens, sentence_tags in zip(sentences, tags):
        for start, end, kind in entity_spans(list(sentence_tags)):
            keys = tuple(token_key(token) for token in tokens[start:end])
            if len(keys) >= 2 and kind in ("PER", "ORG", "LOC", "FAC", "EVENT", "PRO"):
                names.setdefault(keys, kind)
                if kind == "PER" and len(keys[-1]) >= MIN_SURNAME_CHARS:
                    names.setdefault(keys[-1:], kind)
    return names


def propagate_names(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> list[list[str]]:
    """Tag untagged repeats of the article's names; return new tag lists."""
    names = known_names(sentences, tags)
    longest = longest_from(names)  # most words start no name, and are skipped at once
    out = []
    for tokens, sentence_tags in zip(sentences, tags):
        new = list(sentence_tags)
        out.append(new)
        keys = [token_key(token) for token in tokens] if longest else ()
        starts = [i for i, key in enumerate(keys) if key in longest]
        free = 0  # the first token no name found in this sentence covers
        for i in starts:
            if i < free:
                continue
            for length in range(min(longest[keys[i]], len(keys) - i), 0, -1):
                kind = names.get(tuple(keys[i : i + length]))
                if kind and all(tag == "O" for tag in new[i : i + length]):
                    new[i : i + length] = [f"B-{kind}"] + [f"I-{kind}"] * (length - 1)
                    free = i + length
                    break
    return out
