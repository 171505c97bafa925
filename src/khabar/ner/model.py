"""Load the shipped NER model and tag token sequences with BIO tags.

The model folder holds one or more CRFs that share the same features (`model.json` lists each file, the
types it is trusted for and the CRFs it is stacked on, first CRF first). Each CRF scores every token by
summing the weights of its attributes; the weights a word brings by itself and as a neighbour are summed
once and kept (`WordScores`), so a token costs a few vector additions instead of some thirty attribute
lookups. A CRF stacked on others also reads the tags they gave each token and its neighbours
(features.stacked_features). A later CRF's span of a trusted type is kept only where the earlier ones left
every token O. Where model.json names a `net` beside a CRF, that BiLSTM-CRF's scores (neural.py) are added to
the CRF's before its Viterbi search, unless the tagger is opened with `network=False`. The name table (groups.py)
then adds the phrases the corpora nearly always tag, and a title that opens a person's span is left out of it
(titles.py).
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
from khabar.ner.features import (
    OFFSETS,
    PAIR_PREFIXES,
    WINDOW,
    FeatureExtractor,
    Lexicon,
    edge_feature,
    gazetteer_tags,
    longest_from,
    marker_features,
    pair_features,
    shape_of,
    stacked_attributes,
)
from khabar.ner.groups import add_groups, load_groups
from khabar.ner.press import tag_outlet_before_colon
from khabar.ner.titles import drop_leading_titles
from khabar.ner.lexicon import load_lexicon
from khabar.ner.neural import BiLstmCrf, NetInputs

MANIFEST = "model.json"
PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data" / "ner"
WORD_CACHE_SIZE = 50_000  # words whose summed weights are kept (per CRF, 5 vectors of 13-15 floats each)
BATCH = 128  # sentences searched together
NEIGHBOUR_COUNTS = [3] * len(OFFSETS)  # attributes a word brings as each neighbour (neighbour_features)


@dataclass
class Component:
    crf: LinearChainCRF | None
    types: frozenset[str]
    name: str = ""
    stacked_on: tuple[str, ...] = ()  # the components whose tags this CRF reads
    net: BiLstmCrf | None = None  # a network whose scores join the CRF's (a product of the two models)
    net_weight: float = 1.0  # how much the network's token scores count beside the CRF's


def open_component(folder: Path, file: str, types: Sequence[str], stacked_on: Sequence[str] = (),
                   net: str | None = None, net_weight: float = 1.0) -> Component:
    """Open one CRF of the model folder, and the BiLSTM-CRF that joins it when `net` names one.

    The network's labels are put in the CRF's order and its transition weights added to the CRF's, so that
    one Viterbi search runs over the summed scores (the network's token scores times `net_weight`).
    """
    crf = LinearChainCRF.read(folder / file)
    component = Component(crf, frozenset(types), Path(file).stem, tuple(stacked_on), net_weight=net_weight)
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
        self.pairs = tuple(self._pair_table(prefix) for prefix in PAIR_PREFIXES)
        kinds: dict[str, dict[str, int]] = {}  # "p3" -> {"وزا": id}: a word's attributes found without naming them
        for name, index in self.ids.items():
            kind, equals, value = name.partition("=")
            if equals and not name.startswith(PAIR_PREFIXES):  # pairs have their own tables
                kinds.setdefault(kind, {})[value] = index
        self.kinds = kinds

    def lookup(self, attributes: Iterable[str]) -> np.ndarray:
        """Return the ids of attributes."""
        get, unknown = self.ids.get, self.unknown
        return np.array([get(name, unknown) for name in attributes], dtype=np.intp)

    def word_ids(self, key: str, lexicon: Lexicon) -> tuple[list[int], list[int]]:
        """Return the ids of a word's own attributes (features.word_features) and of its attributes as each
        neighbour (FeatureExtractor.neighbour_features, OFFSETS order, three each), in their order."""
        table, unknown = self._table, self.unknown
        own = [
            table("w").get(key, unknown),
            table("sh").get(shape_of(key), unknown),
            table("len").get(str(min(len(key), 8)), unknown),
        ]
        for n in range(1, min(len(key), 5)):
            own.append(table(f"p{n}").get(key[:n], unknown))
            own.append(table(f"s{n}").get(key[-n:], unknown))
        clusters = lexicon.clusters.get(key)
        if clusters:
            own += [table(f"c{level}").get(cluster, unknown) for level, cluster in enumerate(clusters)]
        else:
            own.append(self.ids.get("c=none", unknown))
        if key in lexicon.first_names:
            own.append(self.ids.get("fname", unknown))
        cluster = clusters[1] if clusters and len(clusters) > 1 else "-"
        suffix = key[-2:]
        neighbour = []
        for offset in OFFSETS:
            neighbour += [table(f"w{offset}").get(key, unknown), table(f"c{offset}").get(cluster, unknown),
                          table(f"s{offset}").get(suffix, unknown)]
        return own, neighbour

    @lru_cache(maxsize=None)  # noqa: B019 - a few dozen kinds; the index lives as long as its tagger
    def _table(self, kind: str) -> dict[str, int]:
        """Return the ids of the attributes of one kind ("p3"), keyed by the value after "="."""
        return self.kinds.get(kind, {})

    def _pair_table(self, prefix: str) -> dict[tuple[str, str], int]:
        """Return the ids of the pair attributes named `prefix` + "first|second", keyed by (first, second).

        A name with a second bar is left out: it is only ever looked up by a sentence with a bar in a word, and
        such sentences are looked up by name.
        """
        table = {}
        for name, index in self.ids.items():
            if name.startswith(prefix):
                first, _, second = name[len(prefix) :].partition("|")
                if "|" not in second:
                    table[first, second] = index
        return table

    def context(
        self, keys: Sequence[str], gazetteer: Sequence[str | None]
    ) -> tuple[list[list[int]], list[int], list[list[int]]]:
        """Return the ids of a sentence's context attributes (FeatureExtractor.context's, in the same order): the
        three pair attributes of each token, one list per kind, then the tokens that have edge or gazetteer
        attributes besides, and each one's whole list of ids.
        """
        count, unknown = len(keys), self.unknown
        padded = ["<s>"] * WINDOW + list(keys) + ["</s>"] * WINDOW
        before, own, after = padded[WINDOW - 1 : WINDOW - 1 + count], keys, padded[WINDOW + 1 : WINDOW + 1 + count]
        if any("|" in key for key in keys):  # a bar in a word makes pair names ambiguous: look them up by name
            get = self.ids.get
            names = [pair_features(padded, i) for i in range(count)]
            pairs = [[get(feats[kind], unknown) for feats in names] for kind in range(len(PAIR_PREFIXES))]
        else:
            pairs = [
                [table.get(pair, unknown) for pair in zip(first, second)]
                for table, first, second in zip(self.pairs, (before, own, before), (own, after, after))
            ]
        positions, ids = [], []
        last = count - 1
        for i in self._special_positions(count, gazetteer):
            edges = self._edge_ids(min(i, WINDOW), min(last - i, WINDOW))
            if i == 0:
                markers = self._marker_ids(True, None, gazetteer[0], gazetteer[1] if last else None)
            elif gazetteer[i] or gazetteer[i - 1] or (i < last and gazetteer[i + 1]):
                following = gazetteer[i + 1] if i < last else None
                markers = self._marker_ids(False, gazetteer[i - 1], gazetteer[i], following)
            else:
                markers = ()
            if edges or markers:
                positions.append(i)
                ids.append([pairs[0][i], pairs[1][i], pairs[2][i], *edges, *markers])
        return pairs, positions, ids

    @lru_cache(maxsize=None)  # noqa: B019 - a few dozen keys; the index lives as long as its tagger
    def _edge_ids(self, before: int, after: int) -> tuple[int, ...]:
        """Return the ids of the edge attributes of a token `before` tokens from its sentence's start and `after`
        from its end (each at most WINDOW)."""
        names = [edge_feature(offset) for offset in OFFSETS if not -before <= offset <= after]
        return tuple(self.ids.get(name, self.unknown) for name in names)

    @lru_cache(maxsize=None)  # noqa: B019 - a few hundred keys at most: gazetteer tags in threes
    def _marker_ids(self, first: bool, previous: str | None, tag: str | None, following: str | None) -> tuple[int, ...]:
        """Return the ids of the gazetteer and sentence-start attributes of a token, given its and its neighbours'
        gazetteer tags (None past an edge)."""
        names = marker_features([tag, following], 0) if first else marker_features([previous, tag, following], 1)
        return tuple(self.ids.get(name, self.unknown) for name in names)

    @staticmethod
    def _special_positions(count: int, gazetteer: Sequence[str | None]) -> list[int]:
        """Return the tokens that may have edge or gazetteer attributes: those near an edge or a gazetteer hit."""
        near = {*range(min(WINDOW, count)), *range(max(count - WINDOW, 0), count)}
        for i, tag in enumerate(gazetteer):
            if tag:
                near.update(j for j in (i - 1, i, i + 1) if 0 <= j < count)
        return sorted(near)


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
        # Full size at once: zeroed pages cost no memory until a row is written, and the tables never move.
        self.own = {  # (words, labels)
            name: np.zeros((WORD_CACHE_SIZE, len(crf.labels))) for name, crf in self.crfs.items()
        }
        self.neighbour = {  # (words, offsets, labels)
            name: np.zeros((WORD_CACHE_SIZE, len(OFFSETS), len(crf.labels))) for name, crf in self.crfs.items()
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
        ids: list[int] = []
        counts: list[int] = []
        lexicon = self.extractor.lexicon
        for key in keys:
            own, neighbour = self.index.word_ids(key, lexicon)
            ids += own
            ids += neighbour
            counts.append(len(own))
            counts += NEIGHBOUR_COUNTS
        starts = np.cumsum(counts) - counts
        first, end = len(self._rows), len(self._rows) + len(keys)
        ids_array = np.array(ids, dtype=np.intp)
        for name, crf in self.crfs.items():
            rows = self.index.rows[name][ids_array]
            sums = np.add.reduceat(crf.state[rows], starts).reshape(len(keys), 1 + len(OFFSETS), -1)
            while end > len(self.own[name]):  # one batch of more new words than the cache holds
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
                           part.get("net") if network else None, part.get("net_weight", 1.0))
            for part in manifest["models"]
        ]
        self.order = tagging_order(self.components)
        self.by_name = {component.name: component for component in self.components}
        lexicon = load_lexicon(folder)
        # Names, nationalities and political groups from a table, where the taggers found nothing (groups.py).
        self.groups = load_groups(folder) if manifest.get("groups") else {}
        self.group_starts = longest_from(self.groups)
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
        batch = Batch.of(self.extractor, self.attributes, sentences)
        rows = self.words.rows(batch.keys)
        labels: dict[str, np.ndarray] = {}
        for component in self.order:
            emissions = self.emissions(component, batch, rows)
            for name in component.stacked_on:
                emissions += self.stacked_scores(component, name, labels[name], batch)
            if component.net:
                emissions += component.net_weight * self.net_emissions(component, batch, labels)
            paths = component.crf.best_label_ids(np.split(emissions, batch.starts[1:]))
            labels[component.name] = np.concatenate(paths) if paths else np.zeros(0, dtype=np.intp)
        merged = [["O"] * len(sentence) for sentence in sentences]
        starts = batch.starts.tolist()
        for component in self.components:
            names = component.crf.labels
            tags = [names[label] for label in labels[component.name].tolist()]
            for sentence_tags, start in zip(merged, starts):
                own = tags[start : start + len(sentence_tags)]
                if own.count("O") < len(own):  # a sentence this CRF tags all O adds nothing
                    spans = entity_spans(own)
                    add_spans(sentence_tags, [span for span in spans if span[2] in component.types])
        for sentence_tags, start in zip(merged, starts):
            keys = batch.keys[start : start + len(sentence_tags)]
            if self.groups:
                add_groups(keys, sentence_tags, self.groups, self.group_starts)
            drop_leading_titles(keys, sentence_tags, self.groups)
            tag_outlet_before_colon(keys, sentence_tags)
        return merged

    def emissions(self, component: Component, batch: Batch, rows: np.ndarray) -> np.ndarray:
        """Return the (tokens, labels) scores of a batch under one CRF: words, neighbours and context summed.

        rows: each token's row in `self.words`.
        """
        crf = component.crf
        if not batch.keys:
            return np.zeros((0, len(crf.labels)))
        total = self.words.own[component.name][rows]
        neighbour = self.words.neighbour[component.name]
        for slot, offset in enumerate(OFFSETS):
            # Each token's neighbour at `offset` (wrapping round at the ends), zeroed where it lies outside its
            # sentence: adding a whole array is cheaper than adding into selected rows.
            scores = neighbour[np.roll(rows, -offset), slot]
            scores[batch.outside[offset]] = 0.0
            total += scores
        weight_rows = self.attributes.rows[component.name]
        # Summed as np.add.reduceat sums each token's list of context weights, so that the scores stay those of
        # crfsuite to the last bit: a token with three attributes as a + (b + c), the others by reduceat itself.
        pairs = crf.state[weight_rows[batch.pairs]]  # (kinds, tokens, labels)
        context = pairs[1] + pairs[2]
        context += pairs[0]
        if len(batch.special):
            context[batch.special] = np.add.reduceat(crf.state[weight_rows[batch.special_ids]], batch.special_starts)
        total += context
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
    pairs: np.ndarray  # (3, tokens): the ids of every token's three pair attributes (PAIR_PREFIXES order)
    special: np.ndarray  # the tokens with edge or gazetteer attributes besides their pairs
    special_ids: np.ndarray  # the ids of all their context attributes, one token after the other
    special_starts: np.ndarray  # where each special token's ids begin
    inside: dict[int, np.ndarray]  # per offset within ±2, the tokens whose neighbour there is in their sentence
    outside: dict[int, np.ndarray]  # per offset, the other tokens
    gazetteer: list[str | None]  # every token's gazetteer tag

    @classmethod
    def of(cls, extractor: FeatureExtractor, index: AttributeIndex, sentences: Sequence[Sequence[str]]) -> Batch:
        """Gather the keys and context attribute ids of sentences."""
        keys = [extractor.keys(tokens) for tokens in sentences]
        lengths = np.array([len(sentence) for sentence in keys], dtype=np.intp)
        starts = np.cumsum(lengths) - lengths
        pairs: list[list[int]] = [[] for _ in PAIR_PREFIXES]
        special: list[int] = []
        special_ids: list[int] = []
        counts: list[int] = []
        gazetteer: list[str | None] = []
        for sentence, start in zip(keys, starts.tolist()):
            tags = gazetteer_tags(sentence, extractor.lexicon)
            sentence_pairs, positions, ids = index.context(sentence, tags)
            for kind, kind_ids in zip(pairs, sentence_pairs):
                kind += kind_ids
            special += [start + position for position in positions]
            for token_ids in ids:
                special_ids += token_ids
                counts.append(len(token_ids))
            gazetteer += tags
        position = np.arange(int(lengths.sum())) - np.repeat(starts, lengths)
        length = np.repeat(lengths, lengths)
        return cls(
            keys=[key for sentence in keys for key in sentence],
            starts=starts,
            pairs=np.array(pairs, dtype=np.intp).reshape(len(PAIR_PREFIXES), -1),
            special=np.array(special, dtype=np.intp),
            special_ids=np.array(special_ids, dtype=np.intp),
            special_starts=np.cumsum(counts, dtype=np.intp) - counts,
            inside={offset: np.flatnonzero((position + offset >= 0) & (position + offset < length))
                    for offset in OFFSETS},
            outside={offset: np.flatnonzero((position + offset < 0) | (position + offset >= length))
                     for offset in OFFSETS},
            gazetteer=gazetteer,
        )


@lru_cache(maxsize=2)
def default_tagger(network: bool = True) -> NerTagger:
    """Return the tagger shipped in the package, loaded once: with its BiLSTM-CRF, or its CRFs alone."""
    return NerTagger(PACKAGE_DATA, network=network)
