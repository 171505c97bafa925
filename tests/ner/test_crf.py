"""The numpy CRF reads crfsuite's model file exactly and finds the same best label sequences as crfsuite."""

from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from khabar.errors import ModelError
from khabar.ner.crf import LinearChainCRF

# Toy sentences written for these tests: a person after «آقای», a city after «در».
TRAINING = [
    ("آقای احمدی در تهران بود", ["O", "B-PER", "O", "B-LOC", "O"]),
    ("آقای رضا احمدی امروز آمد", ["O", "B-PER", "I-PER", "O", "O"]),
    ("او در شیراز ماند", ["O", "O", "B-LOC", "O"]),
    ("در مشهد و تبریز باران آمد", ["O", "B-LOC", "O", "B-LOC", "O", "O"]),
    ("آقای کریمی گفت", ["O", "B-PER", "O"]),
    ("امروز باران آمد", ["O", "O", "O"]),
]


def features(words: list[str]) -> list[list[str]]:
    padded = ["<s>", *words, "</s>"]
    return [[f"w={word}", f"w-1={padded[i]}", f"w1={padded[i + 2]}", f"s1={word[-1:]}"] for i, word in enumerate(words)]


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence, tags in TRAINING:
        trainer.append(features(sentence.split()), tags)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 50, "feature.possible_transitions": True})
    path = tmp_path_factory.mktemp("crf") / "toy.crfsuite"
    trainer.train(str(path))
    return path


def test_crf_reads_the_weights_crfsuite_wrote(model_file):
    crf = LinearChainCRF.read(model_file)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    info = tagger.info()
    assert list(crf.labels) == tagger.labels()
    label = {name: i for i, name in enumerate(crf.labels)}
    for (attribute, name), weight in info.state_features.items():  # the dump prints six decimals
        assert crf.state[crf.attributes[attribute], label[name]] == pytest.approx(weight, abs=1e-6)
    for (before, after), weight in info.transitions.items():
        assert crf.transition[label[before], label[after]] == pytest.approx(weight, abs=1e-6)
    assert np.count_nonzero(crf.state) == len(info.state_features)


@pytest.mark.parametrize(
    "sentence",
    ["", "آقای", "در تهران", "آقای احمدی و آقای کریمی در مشهد بودند", "امروز در شیراز آقای رضا کریمی باران دید"],
)
def test_crf_best_paths_match_crfsuite(model_file, sentence):
    crf = LinearChainCRF.read(model_file)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    words = sentence.split()
    emissions = np.array([crf.score(feats) for feats in features(words)]).reshape(len(words), len(crf.labels))
    assert crf.best_paths([emissions]) == [tagger.tag(features(words))]


def test_crf_searches_sentences_of_any_lengths_together(model_file):
    crf = LinearChainCRF.read(model_file)
    sentences = ["آقای احمدی در تهران بود", "", "در", "امروز در شیراز آقای رضا کریمی باران دید"]
    emissions = [np.array([crf.score(f) for f in features(s.split())]).reshape(-1, len(crf.labels)) for s in sentences]
    assert crf.best_paths(emissions) == [crf.best_paths([scores])[0] for scores in emissions]
    assert crf.best_paths([]) == []


def test_crf_file_that_is_not_a_model_is_a_model_error(tmp_path):
    path = tmp_path / "broken.crfsuite"
    path.write_bytes(b"not a model at all, just some bytes" * 4)
    with pytest.raises(ModelError):
        LinearChainCRF.read(path)


def test_crf_truncated_model_is_a_model_error(model_file, tmp_path):
    path = tmp_path / "truncated.crfsuite"
    path.write_bytes(model_file.read_bytes()[:200])
    with pytest.raises(ModelError):
        LinearChainCRF.read(path)
