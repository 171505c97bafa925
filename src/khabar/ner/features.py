"""Token features for the NER tagger: the word, its affixes and shape, word clusters, gazetteer hits, a ±2 window.

Every feature reads a *key* of the token, not its surface: letters unified as the text layer does
(Arabic yeh/kaf, digits to Latin, no diacritics) and every half-space and inner space removed, so
«می‌شود», «می شود» and «میشود» look the same. That makes the tagger blind to half-space damage, which is
the commonest damage in scraped Persian news.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.text.letters import letter_table

MAX_GAZETTEER_TOKENS = 6
WINDOW = 2
OFFSETS = (-2, -1, 1, 2)  # the neighbours each token's features read
PAIR_PREFIXES = ("w-1w0=", "w0w1=", "w-1w1=")  # how pair_features names a token's three word pairs, in its order
CACHE_SIZE = 200_000  # words whose features are kept, per cache
SHAPE_RUNS = re.compile(r"(.)\1+")
_LETTER_TABLE = {**letter_table(digits="latin"), ord("\u200c"): None, ord(" "): None, ord("\u00a0"): None}


@lru_cache(maxsize=CACHE_SIZE)
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
    # The longest gazetteer phrase starting with each word: most words start none, and are skipped at once.
    longest_from: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.longest_from = longest_from(phrase for phrase in self.gazetteer if len(phrase) <= self.max_phrase)


def longest_from(phrases: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """Return the length of the longest phrase that starts with each word."""
    longest: dict[str, int] = {}
    for phrase in phrases:
        longest[phrase[0]] = max(longest.get(phrase[0], 0), len(phrase))
    return longest


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
    longest_from = lexicon.longest_from
    free = 0  # the first token no phrase found so far covers
    for i in [i for i, key in enumerate(keys) if key in longest_from]:  # most words start no phrase
        if i < free:
            continue
        for length in range(min(longest_from[keys[i]], len(keys) - i), 0, -1):
            kind = lexicon.gazetteer.get(tuple(keys[i : i + length]))
            if kind:
                tags[i] = f"B-{kind}"
                for j in range(i + 1, i + length):
                    tags[j] = f"I-{kind}"
                free = i + length
                break
    return tags


def pair_features(padded: Sequence[str], i: int) -> list[str]:
    """Return the word-pair features of token i (`padded` holds the keys with WINDOW pads each side)."""
    before, key, after = padded[i + WINDOW - 1], padded[i + WINDOW], padded[i + WINDOW + 1]
    return [f"w-1w0={before}|{key}", f"w0w1={key}|{after}", f"w-1w1={before}|{after}"]


def edge_feature(offset: int) -> str:
    """Return what a token reads at `offset` past the sentence's edge: only the padding word."""
    return f"w{offset}={'<s>' if offset < 0 else '</s>'}"


def marker_features(gazetteer: Sequence[str | None], i: int) -> list[str]:
    """Return the gazetteer hits of token i and its ±1 neighbours, and whether it starts the sentence."""
    feats = []
    if gazetteer[i]:
        feats.append(f"g={gazetteer[i]}")
    if i > 0 and gazetteer[i - 1]:
        feats.append(f"g-1={gazetteer[i - 1]}")
    if i < len(gazetteer) - 1 and gazetteer[i + 1]:
        feats.append(f"g1={gazetteer[i + 1]}")
    if i == 0:
        feats.append("BOS")
    return feats


class FeatureExtractor:
    """Turn sentences of tokens into crfsuite attribute lists, caching the features each word brings.

    A token's attributes come in three parts: the word's own (`own_features`), what each neighbour within
    ±2 says about it (`neighbour_features`), and the rest, which depends on the pair or the sentence
    (`context`). `sentence` joins them into crfsuite's lists; the tagger sums each part's weights instead.
    """

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        # Tuples, not lists: once they survive a collection the garbage collector stops scanning them, and a
        # long run caches a hundred thousand words.
        self._own: dict[str, tuple[str, ...]] = {}
        self._as_neighbour: dict[str, tuple[tuple[str, ...], ...]] = {}

    def clear_cache(self) -> None:
        """Forget the cached word features (benchmarks time a cold cache)."""
        self._own.clear()
        self._as_neighbour.clear()

    def own_features(self, key: str) -> tuple[str, ...]:
        """Return the features of a word itself, whatever its neighbours."""
        feats = self._own.get(key)
        if feats is None:
            feats = tuple(word_features(key, self.lexicon))
            if len(self._own) < CACHE_SIZE:
                self._own[key] = feats
        return feats

    def neighbour_features(self, key: str) -> tuple[tuple[str, ...], ...]:
        """Return what a word says about the tokens 2 after, 1 after, 1 before and 2 before it (OFFSETS order)."""
        feats = self._as_neighbour.get(key)
        if feats is None:
            clusters = self.lexicon.clusters.get(key, ("-",) * 3)
            cluster = clusters[1] if len(clusters) > 1 else "-"
            feats = tuple((f"w{offset}={key}", f"c{offset}={cluster}", f"s{offset}={key[-2:]}") for offset in OFFSETS)
            if len(self._as_neighbour) < CACHE_SIZE:
                self._as_neighbour[key] = feats
        return feats

    def keys(self, tokens: Sequence[str]) -> list[str]:
        """Return the token keys of a sentence."""
        return [token_key(token) for token in tokens]

    def context(self, keys: Sequence[str]) -> tuple[list[str], list[int], list[str | None]]:
        """Return the features of each token that are neither its word's nor a neighbour word's own, one token
        after the other, how many each token has, and each token's gazetteer tag.

        The tagger finds the ids of the same attributes without naming them (model.AttributeIndex.context, and
        .word_ids for own_features and neighbour_features); tests hold them equal to these names.
        """
        gazetteer = gazetteer_tags(keys, self.lexicon)
        padded = ["<s>"] * WINDOW + list(keys) + ["</s>"] * WINDOW
        last = len(keys) - 1
        flat: list[str] = []
        counts = []
        for i in range(len(keys)):
            before = len(flat)
            flat += pair_features(padded, i)
            if i < WINDOW or i > last - WINDOW:
                flat += [edge_feature(offset) for offset in OFFSETS if not 0 <= i + offset <= last]
            if i == 0 or gazetteer[i] or gazetteer[i - 1] or (i < last and gazetteer[i + 1]):
                flat += marker_features(gazetteer, i)
            counts.append(len(flat) - before)
        return flat, counts, gazetteer

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Return one attribute list per token of a sentence (the order crfsuite was trained with)."""
        keys = self.keys(tokens)
        gazetteer = gazetteer_tags(keys, self.lexicon)
        neighbours = [self.neighbour_features(key) for key in keys]
        padded = ["<s>"] * WINDOW + keys + ["</s>"] * WINDOW
        last = len(keys) - 1
        out = []
        for i, key in enumerate(keys):
            feats = [*self.own_features(key), *pair_features(padded, i)]
            for slot, offset in enumerate(OFFSETS):
                j = i + offset
                if 0 <= j <= last:
                    feats += neighbours[j][slot]
                else:
                    feats.append(edge_feature(offset))
            out.append(feats + marker_features(gazetteer, i))
        return out


def stacked_attributes(name: str, tag: str) -> tuple[str, str, str]:
    """Return how another CRF's tag reads on its own token, on the token after it and on the token before it."""
    return f"{name}={tag}", f"{name}-1={tag}", f"{name}1={tag}"


def stacked_features(name: str, tags: Sequence[str]) -> list[list[str]]:
    """Return, per token, the tag another CRF (`name`) gave it and its two neighbours."""
    padded = ["<s>", *tags, "</s>"]
    return [
        [stacked_attributes(name, padded[i + 1])[0], stacked_attributes(name, padded[i])[1],
         stacked_attributes(name, padded[i + 2])[2]]
        for i in range(len(tags))
    ]


def stack_features(
    features: Sequence[Sequence[str]], predictions: Sequence[tuple[str, Sequence[str]]]
) -> list[list[str]]:
    """Add the tags other CRFs gave each token and its two neighbours to its attributes."""
    out = [list(feats) for feats in features]
    for name, tags in predictions:
        for feats, extra in zip(out, stacked_features(name, tags)):
            feats += extra
    return out
