"""Load the shipped NER model and tag token sequences with BIO tags.

The model folder holds one or more CRFs that share the same features (`model.json` lists each file and
the types it is trusted for, first CRF first). Features are extracted once per sentence and each CRF tags
them; a later CRF's span of a trusted type is kept only where the earlier ones left every token O.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.errors import ModelError
from khabar.ner.corpora import entity_spans
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import load_lexicon

MANIFEST = "model.json"
PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data" / "ner"


@dataclass
class Component:
    tagger: object  # pycrfsuite.Tagger
    types: frozenset[str]


def open_component(folder: Path, file: str, types: Sequence[str]) -> Component:
    """Open one CRF of the model folder."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(folder / file))
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot open the NER model {folder / file}: {error}") from error
    return Component(tagger, frozenset(types))


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
        self.components = [open_component(folder, part["file"], part["types"]) for part in manifest["models"]]
        self.extractor = FeatureExtractor(load_lexicon(folder))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """Return the BIO tags of one sentence's tokens."""
        if not tokens:
            return []
        features = self.extractor.sentence(tokens)
        if len(self.components) == 1:
            return self.components[0].tagger.tag(features)
        import pycrfsuite

        features = pycrfsuite.ItemSequence(features)  # converted once, read by every CRF
        merged = ["O"] * len(tokens)
        for component in self.components:
            spans = entity_spans(component.tagger.tag(features))
            merged = add_spans(merged, [span for span in spans if span[2] in component.types])
        return merged

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Return the BIO tags of each sentence."""
        return [self.tag(tokens) for tokens in sentences]


@lru_cache(maxsize=1)
def default_tagger() -> NerTagger:
    """Return the tagger shipped in the package, loaded once."""
    return NerTagger(PACKAGE_DATA)
