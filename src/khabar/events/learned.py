"""Which PLOVER types a sentence reports, by a linear model learned from the annotated articles.

The patterns code what they know precisely, participants and all, but unseen news words its events in ways no
pattern has met, and there they find about four events in ten. This model reads a sentence's words and word
beginnings and scores each type; the events stage adds an event of a type the model is sure of where the patterns
found none of that type in the sentence (`events.stage.learned_events`). `khabar train events` rebuilds it
(`events/train.py`).
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources

import numpy as np

from khabar.errors import ModelError
from khabar.text.letters import ARABIC_TO_PERSIAN, SPELLING_VARIANTS, TO_LATIN_DIGITS

MODEL_RESOURCE = "events/sentence_types.tsv.gz"
WORD = re.compile(r"\w+")
STEM_LETTERS = 4  # a word's beginning stands for its inflections («محکوم»، «محکومیت»)
# The text layer's letter repairs, the spellings that vary in news (hamza seats, madda) and Latin digits: a
# sentence reads the same whether or not it was repaired, and «آمریکا» the same as «امریکا», «رئیس» as «رییس».
LETTERS = str.maketrans({**ARABIC_TO_PERSIAN, **SPELLING_VARIANTS, **TO_LATIN_DIGITS})


def sentence_words(text: str) -> list[str]:
    """Return the words of a sentence, letters unified."""
    return WORD.findall(text.translate(LETTERS))


def sentence_features(text: str) -> list[str]:
    """Return the features the model reads: each word and each word's first letters. (Pairs of neighbouring words
    as well scored no better on held-out batches and cost half as much time again.)"""
    words = sentence_words(text)
    return words + [f"{word[:STEM_LETTERS]}~" for word in words]


class SentenceTypes:
    """A one-against-the-rest logistic model per event type over sentence features."""

    def __init__(self, types: tuple[str, ...], biases: tuple[float, ...], weights: dict[str, tuple[float, ...]],
                 threshold: float):
        self.types = tuple(types)
        self.threshold = threshold
        self.biases = np.array(biases, dtype=np.float64)
        self.rows = {feature: index for index, feature in enumerate(sorted(weights))}
        # One row of per-type weights a feature: a sentence's scores are one sum over its rows.
        self.table = np.array([weights[feature] for feature in sorted(weights)], dtype=np.float32).reshape(
            len(weights), len(self.types)
        )

    def scores(self, text: str) -> np.ndarray:
        """Return each type's log-odds that the sentence reports an event of it (each feature counted once)."""
        get = self.rows.get
        rows = {get(feature) for feature in sentence_features(text)}
        rows.discard(None)
        return self.biases + self.table[list(rows)].sum(axis=0, dtype=np.float64)

    def probabilities(self, text: str) -> dict[str, float]:
        """Return each type's probability that the sentence reports an event of it."""
        return dict(zip(self.types, (1.0 / (1.0 + np.exp(-self.scores(text)))).tolist()))

    def likely_types(self, text: str) -> list[str]:
        """Return the types whose probability reaches the model's threshold, surest first."""
        scores = self.scores(text)
        bar = math.log(self.threshold / (1.0 - self.threshold)) if self.threshold < 1.0 else math.inf
        return [self.types[index] for index in np.argsort(-scores, kind="stable") if scores[index] >= bar]

    def dump_lines(self) -> list[str]:
        """Return the model as lines of text: a header, then one feature and its weights a line."""
        lines = [
            "#types\t" + "\t".join(self.types),
            "#biases\t" + "\t".join(f"{b:.4f}" for b in self.biases),
            f"#threshold\t{self.threshold}",
        ]
        for feature, index in self.rows.items():
            lines.append(f"{feature}\t" + "\t".join(f"{w:.3f}" for w in self.table[index]))
        return lines

    @classmethod
    def from_lines(cls, lines: list[str]) -> SentenceTypes:
        """Read what `dump_lines` wrote."""
        header = {}
        weights = {}
        for line in lines:
            name, *values = line.rstrip("\n").split("\t")
            if name.startswith("#"):
                header[name[1:]] = values
            elif name:
                weights[name] = tuple(float(value) for value in values)
        return cls(
            types=tuple(header["types"]), biases=tuple(float(b) for b in header["biases"]),
            weights=weights, threshold=float(header["threshold"][0]),
        )


@lru_cache(maxsize=1)
def load_sentence_types() -> SentenceTypes:
    """Read the shipped model once."""
    try:
        with resources.files("khabar.data").joinpath(MODEL_RESOURCE).open("rb") as raw:
            return SentenceTypes.from_lines(gzip.decompress(raw.read()).decode("utf-8").splitlines())
    except FileNotFoundError as error:
        raise ModelError(f"missing model {MODEL_RESOURCE} (rebuild it with `khabar train events`)") from error


# Models put in place of the shipped one, innermost last: for the benchmark and the tests, one thread at a time.
_IN_USE: list[SentenceTypes | None] = []


@contextmanager
def sentence_types_in_use(model: SentenceTypes | None) -> Iterator[None]:
    """Code events with `model` instead of the shipped one inside the block (None: with the patterns alone), as
    the benchmark does to cross-validate the model and to show what it adds."""
    _IN_USE.append(model)
    try:
        yield
    finally:
        _IN_USE.pop()


def sentence_types() -> SentenceTypes | None:
    """Return the model the events stage uses now: the shipped one unless a block put another in place."""
    return _IN_USE[-1] if _IN_USE else load_sentence_types()
