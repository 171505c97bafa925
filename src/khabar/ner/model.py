"""Load the shipped NER model and tag token sequences with BIO tags.

The model folder holds one or more CRFs that share the same features (`model.json` lists each file, the
types it is trusted for and the CRFs it is stacked on, first CRF first). Each CRF scores every token by
summing the weights of its attributes; the weights a word brings by itself and as a neighbour are summed
once and kept (`WordScores`), so a token costs a few vector additions instead of some thirty attribute
lookups. A CRF stacked on others also reads the tags they gave each token and its neighbours
(features.stacked_features). A later CRF's span of a trusted type is kept only where the earlier ones left
every token O. Where model.json names a `net` beside a CRF, that BiLSTM-CRF's scores (neural.py) are added to
the CRF's before its Viterbi search, unless the tagger is opened with `network=False`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import numpy as np

from khabar.errors import ModelError
from khabar.ner.corpora import entity_spans
from khabar.ner.crf import LinearChainCRF
from khabar.ner.features import OFFSETS, FeatureExtractor, stacked_attributes
from khabar.ner.lexicon import load_lexicon
from khabar.ner.neural import BiLstmCrf, NetInputs

MANIFEST = "model.json"
PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data" / "ner"
WORD_CACHE_SIZE = 50_000  # words whose summed weights are kept (per CRF, 5 vectors of 13-15 floats each)
BATCH = 128  # sentences searched together


@dataclass
class Component:
    crf: LinearChainCRF | None
    types: frozenset[str]
    name: str = ""
    stacked_on: tuple[str, ...] = ()  # the components whose tags this CRF reads
    net: BiLstmCrf | None = None  # a network whose scores join the CRF's (a product of the two models)


def open_component(folder: Path, file: str, types: Sequence[str], stacked_on: Sequence[str] = (),
                   net: str | None = None) -> Component:
    """Open one CRF of the model folder, and the BiLSTM-CRF that joins it when `net` names one.

    The network's labels are put in the CRF's order and its transition weights added to the CRF's, so that
    one Viterbi search runs over the summed scores.
    """
    crf = LinearChainCRF.read(folder / file)
    component = Component(crf, frozenset(types), Path(file).stem, tuple(stacked_on))
    if net:
        component.net = BiLstmCrf(folder / net).aligned_to(crf.labels)
        component.crf = replace(crf, transition=crf.transition + component.net.transition)
    return component


class AttributeIndex:
    """One id for each attribute any of the CRFs knows, and per CRF the weight row of each id, so that a token's
    attributes are looked up once however many CRFs read them."""

    def __init__(self, crfs: Mapping[str, LinearChainCRF]):
        names = list(dict.fromkeys(name for crf in crfs.values() for name in crf.attributes))
        self.ids = {name: index for index, name in enumerate(names)}
        self.unknown = len(names)  # the id of attributes no CRF knows
        self.rows = {
            key: np.array([*(crf.attributes.get(name, crf.unknown) for name in names), crf.unknown], dtype=np.intp)
            for key, crf in crfs.items()
        }

    def lookup(self, attributes: Iterable[str]) -> np.ndarray:
        """Return the ids of attributes."""
        get, unknown = self.ids.get, self.unknown
        return np.array([get(name, unknown) for name in attributes], dtype=np.intp)


class WordScores:
    """Each CRF's summed weights of each word's own attributes and of the word as each neighbour, one row per word.

    Rows are handed out as words first appear and kept until `WORD_CACHE_SIZE` words have been seen; then
    the table starts afresh.
    """

    def __init__(self, crfs: Mapping[str, LinearChainCRF], index: AttributeIndex, extractor: FeatureExtractor):
        self.crfs, self.index, self.extractor = crfs, index, extractor
        self.clear()

    def clear(self) -> None:
        """Forget every word's row."""
        self._rows: dict[str, int] = {}
        self.own = {name: np.zeros((1024, len(crf.labels))) for name, crf in self.crfs.items()}  # (words, labels)
        self.neighbour = {  # (words, offsets, labels)
            name: np.zeros((1024, len(OFFSETS), len(crf.labels))) for name, crf in self.crfs.items()
        }

    def rows(self, keys: Sequence[str]) -> np.ndarray:
        """Return the row of each key, summing the weights of words not seen before."""
        if len(self._rows) + len(keys) > WORD_CACHE_SIZE:
            self.clear()
        new = [key for key in dict.fromkeys(keys) if key not in self._rows]
        if new:
            self._add(new)
        found = self._rows
        return np.array([found[key] for key in keys], dtype=np.intp)

    def _add(self, keys: Sequence[str]) -> None:
        """Give new words rows: their own attributes' weights and, per offset, theirs as a neighbour, summed at once."""
        lists = []
        for key in keys:
            lists.append(self.extractor.own_features(key))
            lists.extend(self.extractor.neighbour_features(key))
        counts = np.array([len(feats) for feats in lists])
        starts = np.cumsum(counts) - counts
        first, end = len(self._rows), len(self._rows) + len(keys)
        ids = self.index.lookup(attribute for feats in lists for attribute in feats)
        for name, crf in self.crfs.items():
            rows = self.index.rows[name][ids]
            sums = np.add.reduceat(crf.state[rows], starts).reshape(len(keys), 1 + len(OFFSETS), -1)
            while end > len(self.own[name]):
                self.own[name] = np.concatenate([self.own[name], np.zeros_like(self.own[name])])
                self.neighbour[name] = np.concatenate([self.neighbour[name], np.zeros_like(self.neighbour[name])])
            self.own[name][first:end] = sums[:, 0]
            self.neighbour[name][first:end] = sums[:, 1:]
        self._rows.update(zip(keys, range(first, end)))


def stacking_order(stacked_on: Mapping[str, Sequence[str]]) -> list[str]:
    """Order CRF names so that each comes after the CRFs it is stacked on (training and tagging alike)."""
    try:
        names = list(TopologicalSorter(stacked_on).static_order())
    except CycleError:
        raise ModelError("the NER model's CRFs are stacked on each other in a circle") from None
    missing = [name for name in names if name not in stacked_on]
    if missing:
        raise ModelError(f"the NER model has no CRF {missing[0]!r} for another to be stacked on")
    return names


def tagging_order(components: Sequence[Component]) -> list[Component]:
    """Order components so that each comes after those it is stacked on."""
    by_name = {component.name: component for component in components}
    return [by_name[name] for name in stacking_order({c.name: c.stacked_on for c in components})]


def add_spans(tags: list[str], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """Write spans into BIO tags where every token they cover is still O."""
    for start, end, kind in spans:
        if all(tag == "O" for tag in tags[start:end]):
            tags[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
    return tags


class NerTagger:
    """CRFs over token features, joined by a BiLSTM-CRF where the model has one (and `network` is True):
    `tag(tokens)` returns one BIO tag (B-PER, I-ORG, O) per token."""

    def __init__(self, folder: Path = PACKAGE_DATA, *, network: bool = True):
        folder = Path(folder)
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            message = f"no usable NER model in {folder} ({error}); rebuild it with `khabar train ner`"
            raise ModelError(message) from error
        self.components = [
            open_component(folder, part["file"], part["types"], part.get("stacked_on", ()),
                           part.get("net") if network else None)
            for part in manifest["models"]
        ]
        self.order = tagging_order(self.components)
        self.by_name = {component.name: component for component in self.components}
        lexicon = load_lexicon(folder)
        self.extractor = FeatureExtractor(lexicon)
        for component in self.components:
            if component.net:
                component.net.use_lexicon(lexicon.clusters, lexicon.first_names)
        crfs = {c.name: c.crf for c in self.components}
        self.attributes = AttributeIndex(crfs)
        self.words = WordScores(crfs, self.attributes, self.extractor)
        self.stacking = {
            (c.name, name): self.stacking_tables(c, name) for c in self.components for name in c.stacked_on
        }

    def clear_cache(self) -> None:
        """Forget every word's kept features and scores (benchmarks time a cold cache)."""
        self.extractor.clear_cache()
        self.words.clear()
        for component in self.components:
            if component.net:
                component.net.clear_cache()

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """Return the BIO tags of one sentence's tokens."""
        return self.tag_sentences([tokens])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Return the BIO tags of each sentence."""
        tagged: list[list[str]] = []
        for first in range(0, len(sentences), BATCH):
            tagged.extend(self._tag_batch(sentences[first : first + BATCH]))
        return tagged

    def _tag_batch(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        batch = Batch.of(self.extractor, sentences)
        rows = self.words.rows(batch.keys)
        context = self.attributes.lookup(batch.context)
        labels: dict[str, np.ndarray] = {}
        for component in self.order:
            emissions = self.emissions(component, batch, rows, context)
            for name in component.stacked_on:
                emissions += self.stacked_scores(component, name, labels[name], batch)
            if component.net:
                emissions += self.net_emissions(component, batch, labels)
            paths = component.crf.best_label_ids(np.split(emissions, batch.starts[1:]))
            labels[component.name] = np.concatenate(paths) if paths else np.zeros(0, dtype=np.intp)
        merged = []
        for i, sentence in enumerate(sentences):
            sentence_tags = ["O"] * len(sentence)
            for component in self.components:
                ids = labels[component.name][batch.starts[i] : batch.starts[i] + len(sentence)]
                spans = entity_spans([component.crf.labels[label] for label in ids.tolist()])
                sentence_tags = add_spans(sentence_tags, [span for span in spans if span[2] in component.types])
            merged.append(sentence_tags)
        return merged

    def emissions(self, component: Component, batch: Batch, rows: np.ndarray, context: np.ndarray) -> np.ndarray:
        """Return the (tokens, labels) scores of a batch under one CRF: words, neighbours and context summed.

        rows: each token's row in `self.words`; context: the ids of the batch's context attributes.
        """
        crf = component.crf
        if not batch.keys:
            return np.zeros((0, len(crf.labels)))
        total = self.words.own[component.name][rows]
        neighbour = self.words.neighbour[component.name]
        for slot, offset in enumerate(OFFSETS):
            inside = batch.inside[offset]
            total[inside] += neighbour[rows[inside + offset], slot]
        weights = crf.state[self.attributes.rows[component.name][context]]
        total += np.add.reduceat(weights, batch.context_starts)  # no token lacks pair features
        return total

    def net_emissions(self, component: Component, batch: Batch, labels: dict[str, np.ndarray]) -> np.ndarray:
        """Return the (tokens, labels) scores a component's BiLSTM-CRF gives a batch; it reads the tags of the
        first CRF the component is stacked on."""
        stacked = ["O"] * len(batch.keys)
        if component.stacked_on:
            below = component.stacked_on[0]
            names = self.by_name[below].crf.labels
            stacked = [names[label] for label in labels[below].tolist()]
        gazetteer = [tag or "O" for tag in batch.gazetteer]
        return component.net.emissions(NetInputs(batch.keys, gazetteer, stacked, batch.starts))

    def stacked_scores(self, component: Component, name: str, labels: np.ndarray, batch: Batch) -> np.ndarray:
        """Return the (tokens, labels) scores a stacked CRF gets from the labels CRF `name` gave the batch."""
        same, after, before = self.stacking[(component.name, name)]
        previous = np.full(len(labels), len(same) - 2)  # the padding words' rows come last: "<s>", "</s>"
        following = np.full(len(labels), len(same) - 1)
        inside = batch.inside[-1]
        previous[inside] = labels[inside - 1]
        inside = batch.inside[1]
        following[inside] = labels[inside + 1]
        return same[labels] + after[previous] + before[following]

    def stacking_tables(self, component: Component, name: str) -> tuple[np.ndarray, ...]:
        """Return the scores `component` gives each label of CRF `name` on the token itself, the next and the previous.

        Rows follow `name`'s labels, then the padding words "<s>" and "</s>".
        """
        tags = [*self.by_name[name].crf.labels, "<s>", "</s>"]
        attributes = [stacked_attributes(name, tag) for tag in tags]
        return tuple(np.array([component.crf.score([row[slot]]) for row in attributes]) for slot in range(3))


@dataclass
class Batch:
    """Sentences tagged together: their token keys one after another, and what each token's features need."""

    keys: list[str]
    starts: np.ndarray  # each sentence's first token
    context: list[str]  # every token's context attributes, one token after the other
    context_starts: np.ndarray  # where each token's context attributes begin
    inside: dict[int, np.ndarray]  # per offset within ±2, the tokens whose neighbour there is in their sentence
    gazetteer: list[str | None]  # every token's gazetteer tag

    @classmethod
    def of(cls, extractor: FeatureExtractor, sentences: Sequence[Sequence[str]]) -> Batch:
        """Gather the keys and context attributes of sentences."""
        keys = [extractor.keys(tokens) for tokens in sentences]
        lengths = np.array([len(sentence) for sentence in keys], dtype=np.intp)
        starts = np.cumsum(lengths) - lengths
        context: list[str] = []
        counts: list[int] = []
        gazetteer: list[str | None] = []
        for sentence in keys:
            attributes, sizes, tags = extractor.context(sentence)
            context += attributes
            counts += sizes
            gazetteer += tags
        position = np.arange(int(lengths.sum())) - np.repeat(starts, lengths)
        length = np.repeat(lengths, lengths)
        return cls(
            keys=[key for sentence in keys for key in sentence],
            starts=starts,
            context=context,
            context_starts=np.cumsum(counts, dtype=np.intp) - counts,
            inside={offset: np.flatnonzero((position + offset >= 0) & (position + offset < length))
                    for offset in OFFSETS},
            gazetteer=gazetteer,
        )


@lru_cache(maxsize=2)
def default_tagger(network: bool = True) -> NerTagger:
    """Return the tagger shipped in the package, loaded once: with its BiLSTM-CRF, or its CRFs alone."""
    return NerTagger(PACKAGE_DATA, network=network)
