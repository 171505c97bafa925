"""The shipped model loads from the installed package, offline, and tags sentences written for these tests."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from khabar.errors import ModelError
from khabar.ner.corpora import entity_spans
from khabar.ner.features import gazetteer_tags, stack_features, token_key
from khabar.ner.model import (
    MANIFEST, PACKAGE_DATA, Component, NerTagger, add_spans, default_tagger, tagging_order,
)

# Sentences written for these tests; each expected span is (first token, end token, type). PEYMA tags the
# ministry in «وزیر دفاع بلاروس» as ORG and leaves ranks («امیر سرتیپ») out of names, so neither is pinned.
FIXTURE = [
    ("ویکتور خرنین گنادوویچ وزیر دفاع بلاروس با امیر سرتیپ آشتیانی دیدار کرد .", {(0, 3, "PER")}),
    ("الکساندر لوکاشنکو پیش از این به تهران سفر کرده بود .", {(0, 2, "PER"), (6, 7, "LOC")}),
    ("وزرای دفاع کشورهای عضو سازمان همکاری شانگهای در مینسک گرد آمدند .", {(4, 7, "ORG"), (8, 9, "LOC")}),
    ("گسترش ناتو به شرق ریشه بحران است .", {(1, 2, "ORG")}),
]


@pytest.fixture(scope="module", params=[True, False], ids=["with-network", "crfs-only"])
def tagger(request):
    return default_tagger(request.param)


def test_model_loads_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the NER model tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    default_tagger.cache_clear()
    assert default_tagger().tag(["سلام"]) in (["O"], ["B-PER"], ["B-LOC"], ["B-ORG"])


def test_model_missing_folder_is_a_model_error(tmp_path):
    with pytest.raises(ModelError):
        NerTagger(tmp_path)


@pytest.mark.parametrize(("sentence", "expected"), FIXTURE)
def test_model_finds_fixture_spans(tagger, sentence, expected):
    tags = tagger.tag(sentence.split(" "))
    assert expected <= set(entity_spans(tags))


def test_model_finds_person_after_rank(tagger):
    tags = tagger.tag("وزیر دفاع با امیر سرتیپ آشتیانی دیدار کرد .".split(" "))
    assert any(end == 6 and kind == "PER" for _, end, kind in entity_spans(tags))


def crfsuite_tags(tagger: NerTagger, tokens: list[str]) -> list[str]:
    """Tag a sentence with crfsuite's own tagger over the shipped CRF files, stacking and merging as model.py does."""
    import pycrfsuite

    features = tagger.extractor.sentence(tokens)
    tags = {}
    for component in tagger.order:
        crf = pycrfsuite.Tagger()
        crf.open(str(PACKAGE_DATA / f"{component.name}.crfsuite"))
        tags[component.name] = crf.tag(stack_features(features, [(name, tags[name]) for name in component.stacked_on]))
    merged = ["O"] * len(tokens)
    for component in tagger.components:
        merged = add_spans(merged, [s for s in entity_spans(tags[component.name]) if s[2] in component.types])
    return merged


def test_model_has_its_network_only_when_asked():
    assert any(component.net for component in default_tagger(True).components)
    assert not any(component.net for component in default_tagger(False).components)


def test_model_crfs_tag_as_crfsuite_does():
    tagger = default_tagger(False)
    sentences = [sentence.split(" ") for sentence, _ in FIXTURE] + [
        "سخنگوی وزارت امور خارجه روز دوشنبه ۱۹ دی ۱۴۰۲ در نشست خبری گفت ایران ۵۰ درصد سهم را دارد .".split(" "),
        "قیمت دلار به ۵۰ هزار تومان رسید".split(" "),
        ["مینسک"],
    ]
    assert tagger.tag_sentences(sentences) == [crfsuite_tags(tagger, tokens) for tokens in sentences]


def test_model_tags_empty_sentence(tagger):
    assert tagger.tag([]) == []


def test_model_stacked_crf_runs_after_its_inputs():
    peyma = Component(None, frozenset({"PER"}), "peyma", ("arman",))
    arman = Component(None, frozenset({"FAC"}), "arman")
    assert [c.name for c in tagging_order([peyma, arman])] == ["arman", "peyma"]


def test_model_stacked_on_missing_crf_is_a_model_error():
    with pytest.raises(ModelError):
        tagging_order([Component(None, frozenset({"PER"}), "peyma", ("arman",))])


def test_model_crfs_stacked_in_a_circle_are_a_model_error():
    peyma = Component(None, frozenset({"PER"}), "peyma", ("arman",))
    arman = Component(None, frozenset({"FAC"}), "arman", ("peyma",))
    with pytest.raises(ModelError, match="circle"):
        tagging_order([peyma, arman])


# Sentences that reach every kind of context attribute: gazetteer phrases, one- and two-token sentences (edges on
# both sides), and a bar inside a word, which makes pair attribute names ambiguous.
CONTEXT_SENTENCES = [
    "سفیر کره جنوبی در سازمان ملل متحد گفت ایران و روسیه توافق کردند .".split(" "),
    ["تهران"],
    ["وزیر", "گفت"],
    ["نرخ", "a|b", "|", "دلار", "در", "تهران"],
    [],
]


def context_names(tagger: NerTagger, tokens: list[str]) -> list[list[str]]:
    """Return each token's context attribute names as FeatureExtractor.context gives them."""
    names, counts, _ = tagger.extractor.context(tagger.extractor.keys(tokens))
    out, at = [], 0
    for count in counts:
        out.append(names[at : at + count])
        at += count
    return out


def test_model_context_ids_are_those_of_the_attribute_names():
    tagger = default_tagger(False)
    index = tagger.attributes
    for tokens in CONTEXT_SENTENCES:
        keys = tagger.extractor.keys(tokens)
        pairs, positions, ids = index.context(keys, gazetteer_tags(keys, tagger.extractor.lexicon))
        expected = [index.lookup(names).tolist() for names in context_names(tagger, tokens)]
        got = [[kind[i] for kind in pairs] for i in range(len(tokens))]
        for position, token_ids in zip(positions, ids):
            got[position] = token_ids
        assert got == expected


@pytest.mark.parametrize("word", ["ایران", "و", "۱۴۰۲", "ab", "علی", "x", "لوکاشنکو", "a|b", "%"])
def test_model_word_ids_are_those_of_the_attribute_names(word):
    tagger = default_tagger(False)
    key = token_key(word)
    own, neighbour = tagger.attributes.word_ids(key, tagger.extractor.lexicon)
    assert own == tagger.attributes.lookup(tagger.extractor.own_features(key)).tolist()
    names = [name for feats in tagger.extractor.neighbour_features(key) for name in feats]
    assert neighbour == tagger.attributes.lookup(names).tolist()


def model_copy(folder, weight: float | None):
    """Link the shipped model's files into `folder`, with its manifest's network weight set to `weight` (or left
    out when None)."""
    import json

    for path in PACKAGE_DATA.iterdir():
        if path.is_file() and path.name != MANIFEST:
            (folder / path.name).symlink_to(path)
    manifest = json.loads((PACKAGE_DATA / MANIFEST).read_text(encoding="utf-8"))
    for part in manifest["models"]:
        part.pop("net_weight", None)
        if weight is not None and "net" in part:
            part["net_weight"] = weight
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return folder


class RecordingSearch:
    """A CRF whose Viterbi search records the scores it is given."""

    def __init__(self, crf, searched: list):
        self.crf, self.searched = crf, searched

    def __getattr__(self, name: str):
        return getattr(self.crf, name)

    def best_label_ids(self, rows):
        self.searched.append(rows)
        return self.crf.best_label_ids(rows)


def test_model_network_weight_comes_from_the_manifest_and_scales_its_scores(tmp_path):
    sentence = "ویکتور خرنین گنادوویچ وزیر دفاع بلاروس با امیر سرتیپ آشتیانی دیدار کرد .".split(" ")
    searched, network = {}, {}
    for name, weight in (("plain", None), ("doubled", 2.0)):
        (tmp_path / name).mkdir()
        tagger = NerTagger(model_copy(tmp_path / name, weight))
        (component,) = [c for c in tagger.components if c.net]
        assert component.net_weight == (weight or 1.0)
        component.crf = RecordingSearch(component.crf, searched.setdefault(name, []))
        tagger.net_emissions = lambda *args, tagger=tagger, name=name: network.setdefault(
            name, NerTagger.net_emissions(tagger, *args))
        tagger.tag(sentence)
    np.testing.assert_allclose(network["doubled"], network["plain"])
    np.testing.assert_allclose(searched["doubled"][0][0] - searched["plain"][0][0], network["plain"], atol=1e-6)
