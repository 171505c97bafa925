"""Token features for the NER tagger: the word, its affixes and shape, word clusters, gazetteer hits, a ±2 window.

Every feature reads a *key* of the token, not its surface: letters unified as the text layer does
(Arabic yeh/kaf, digits to Latin, no diacritics) and every half-space and inner space removed, so
«می‌شود», «می شود» and «میشود» look the same. That makes the tagger blind to half-space damage, which is
the commonest damage in scraped Persian news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from khabar.text.letters import letter_table

MAX_GAZETTEER_TOKENS = 6
WINDOW = 2
SHAPE_RUNS = re.compile(r"(.)\1+")
_LETTER_TABLE = {**letter_table(digits="latin"), ord("\u200c"): None, ord(" "): None, ord("\u00a0"): None}


def token_key(token: str) -> str:
    """Return the key features read: unified letters, no half-spaces or spaces, lower case."""
    return token.translate(_LETTER_TABLE).lower()


def shape_of(key: str) -> str:
    """Return a compressed character-class shape: D digit, L Latin, F Persian letter, other kept."""
    classes = []
    for char in key:
        if char.isdigit():
            classes.append("D")
        elif "a" <= char <= "z":
            classes.append("L")
        elif char.isalpha():
            classes.append("F")
        else:
            classes.append(char)
    return SHAPE_RUNS.sub(r"\1", "".join(classes))


@dataclass
class Lexicon:
    """What the features look up: word clusters and a phrase gazetteer, all keyed by token keys."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gazetteer: dict[tuple[str, ...], str] = field(default_factory=dict)
    first_names: frozenset[str] = frozenset()
    max_phrase: int = MAX_GAZETTEER_TOKENS


def word_features(key: str, lexicon: Lexicon) -> list[str]:
    """Return the features of one token key, independent of its neighbours."""
    feats = [f"w={key}", f"sh={shape_of(key)}", f"len={min(len(key), 8)}"]
    for n in (1, 2, 3, 4):
        if len(key) > n:
            feats.append(f"p{n}={key[:n]}")
            feats.append(f"s{n}={key[-n:]}")
    clusters = lexicon.clusters.get(key)
    if clusters:
        feats.extend(f"c{level}={cluster}" for level, cluster in enumerate(clusters))
    else:
        feats.append("c=none")
    if key in lexicon.first_names:
        feats.append("fname")
    return feats


def gazetteer_tags(keys: Sequence[str], lexicon: Lexicon) -> list[str | None]:
    """Mark the longest gazetteer phrases in a sentence with B-/I- plus their type."""
    tags: list[str | None] = [None] * len(keys)
    i = 0
    while i < len(keys):
        for length in range(min(lexicon.max_phrase, len(keys) - i), 0, -1):
            kind = lexicon.gazetteer.get(tuple(keys[i : i + length]))
            if kind:
                tags[i] = f"B-{kind}"
                for j in range(i + 1, i + length):
                    tags[j] = f"I-{kind}"
                i += length
                break
        else:
            i += 1
    return tags


class FeatureExtractor:
    """Turn sentences of tokens into crfsuite attribute lists, caching per-word features."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._cache: dict[str, list[str]] = {}

    def _word(self, key: str) -> list[str]:
        feats = self._cache.get(key)
        if feats is None:
            feats = word_features(key, self.lexicon)
            if len(self._cache) < 200_000:
                self._cache[key] = feats
        return feats

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Return one attribute list per token of a sentence."""
        keys = [token_key(token) for token in tokens]
        gazetteer = gazetteer_tags(keys, self.lexicon)
        clusters = [self.lexicon.clusters.get(key, ("-",) * 3) for key in keys]
        padded = ["<s>"] * WINDOW + keys + ["</s>"] * WINDOW
        out = []
        for i, key in enumerate(keys):
            feats = list(self._word(key))
            for offset in (-2, -1, 1, 2):
                neighbour = padded[i + WINDOW + offset]
                feats.append(f"w{offset}={neighbour}")
                j = i + offset
                if 0 <= j < len(keys):
                    feats.append(f"c{offset}={clusters[j][1] if len(clusters[j]) > 1 else '-'}")
                    feats.append(f"s{offset}={neighbour[-2:]}")
            feats.append(f"w-1w0={padded[i + 1]}|{key}")
            feats.append(f"w0w1={key}|{padded[i + 3]}")
            feats.append(f"w-1w1={padded[i + 1]}|{padded[i + 3]}")
            if gazetteer[i]:
                feats.append(f"g={gazetteer[i]}")
            for offset in (-1, 1):
                j = i + offset
                if 0 <= j < len(keys) and gazetteer[j]:
                    feats.append(f"g{offset}={gazetteer[j]}")
            if i == 0:
                feats.append("BOS")
            out.append(feats)
        return out
