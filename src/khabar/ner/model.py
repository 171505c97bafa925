"""Load the shipped NER model and tag token sequences with BIO tags.

The model folder holds one or more CRFs that share the same features (`model.json` lists each file, the
types it is trusted for and the CRFs it is stacked on, first CRF first). Features are extracted once per
sentence and each CRF tags them; a CRF stacked on others also reads the tags they gave each token and its
neighbours (features.stack_features). A later CRF's span of a trusted type is kept only where the earlier
ones left every token O.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

from khabar.errors import ModelError
from khabar.ner.corpora import entity_spans
from khabar.ner.features import FeatureExtractor, stack_features
from khabar.ner.lexicon import load_lexicon

MANIFEST = "model.json"
PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data" / "ner"


@dataclass
class Component:
    tagger: object  # pycrfsuite.Tagger
    types: frozenset[str]
    name: str = ""
    stacked_on: tuple[str, ...] = ()  # the components whose tags this CRF reads


def open_component(folder: Path, file: str, types: Sequence[str], stacked_on: Sequence[str] = ()) -> Component:
    """Open one CRF of the model folder."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(folder / file))
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot open the NER model {folder / file}: {error}") from error
    return Component(tagger, frozenset(types), Path(file).stem, tuple(stacked_on))


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
    """CRFs over token features: `tag(tokens)` returns one BIO tag (B-PER, I-ORG, O) per token."""

    def __init__(self, folder: Path = PACKAGE_DATA):
        folder = Path(folder)
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            message = f"no usable NER model in {folder} ({error}); rebuild it with `khabar train ner`"
            raise ModelError(message) from error
        self.components = [
            open_component(folder, part["file"], part["types"], part.get("stacked_on", ()))
            for part in manifest["models"]
        ]
        self.order = tagging_order(self.components)
        self.extractor = FeatureExtractor(load_lexicon(folder))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """Return the BIO tags of one sentence's tokens."""
        if not tokens:
            return []
        features = self.extractor.sentence(tokens)
        if len(self.components) == 1 and not self.components[0].stacked_on:
            return self.components[0].tagger.tag(features)
        import pycrfsuite

        items = pycrfsuite.ItemSequence(features)  # converted once, read by every CRF that is not stacked
        tags: dict[str, list[str]] = {}
        for component in self.order:
            if component.stacked_on:
                stacked = stack_features(features, [(name, tags[name]) for name in component.stacked_on])
                tags[component.name] = component.tagger.tag(stacked)
            else:
                tags[component.name] = component.tagger.tag(items)
        merged = ["O"] * len(tokens)
        for component in self.components:
            spans = entity_spans(tags[component.name])
            merged = add_spans(merged, [span for span in spans if span[2] in component.types])
        return merged

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Return the BIO tags of each sentence."""
        return [self.tag(tokens) for tokens in sentences]


@lru_cache(maxsize=1)
def default_tagger() -> NerTagger:
    """Return the tagger shipped in the package, loaded once."""
    return NerTagger(PACKAGE_DATA)
