"""The BiLSTM-CRF's training encodes sentences as the numpy tagger reads them, and exports what it trained."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.ner.neural import PAD, UNKNOWN, BiLstmCrf, NetInputs
from khabar.ner.neural_train import Encoder, Example, build_vocabularies

# Toy sentences written for these tests.
EXAMPLES = [
    Example(["آقای", "احمدی", "در", "تهران", "بود"], ["O", "O", "O", "B-LOC", "O"], ["O", "B-PER", "O", "B-LOC", "O"],
            ["O", "B-PER", "O", "B-LOC", "O"]),
    Example(["آقای", "کریمی", "در", "تهران", "ماند"], ["O", "O", "O", "B-LOC", "O"], ["O", "O", "O", "B-LOC", "O"],
            ["O", "B-PER", "O", "B-LOC", "O"]),
]
CLUSTERS = {"تهران": ("3", "12", "40"), "در": ("1", "2", "5")}


def test_neural_vocabularies_start_with_padding_and_unknown():
    vocab = build_vocabularies(EXAMPLES, ["در", "از"], CLUSTERS)
    for name in ("words", "chars", "gazetteer", "stacked", "cluster0"):
        assert vocab[name][PAD] == "<pad>" and vocab[name][UNKNOWN] == "<unk>"
    assert vocab["words"][2:4] == ["در", "از"]  # the embedded words keep their rows
    assert "تهران" in vocab["words"] and "احمدی" not in vocab["words"]  # seen twice / once in training
    assert vocab["labels"] == ["B-LOC", "B-PER", "O"]


def test_neural_encoder_maps_unseen_words_to_unknown():
    vocab = build_vocabularies(EXAMPLES, ["در"], CLUSTERS)
    encoded = Encoder(vocab, CLUSTERS, frozenset({"کریمی"})).encode(
        Example(["کریمی", "در", "زنجان"], ["O", "O", "O"], ["O", "O", "O"], ["B-PER", "O", "O"]))
    assert encoded["words"][0] == UNKNOWN and encoded["words"][1] == vocab["words"].index("در")
    assert encoded["first_name"] == [2, 1, 1]
    assert encoded["cluster0"][1] == vocab["cluster0"].index("1")
    assert encoded["cluster0"][2] == vocab["cluster0"].index("none")


def test_neural_export_gives_the_scores_pytorch_computes(tmp_path):
    torch = pytest.importorskip("torch")
    from khabar.ner.neural_train import batch_tensors, export, train_network

    vocab = build_vocabularies(EXAMPLES, ["در"], CLUSTERS)
    encoder = Encoder(vocab, CLUSTERS, frozenset())
    vectors = np.ones((1, 100), dtype=np.float32)
    network = train_network(EXAMPLES, vocab, vectors, encoder, epochs=1)
    path = export(network, vocab, tmp_path / "net.npz")
    assert export(network, vocab, tmp_path / "again.npz").read_bytes() == path.read_bytes()
    with torch.no_grad():
        for parameter in network.parameters():  # the file holds float16 weights
            parameter.copy_(parameter.half().float())
        expected = network.emissions(batch_tensors(torch, [encoder.encode(EXAMPLES[0])]))[0].numpy()
    net = BiLstmCrf(path)
    net.use_lexicon(CLUSTERS, frozenset())
    example = EXAMPLES[0]
    got = net.emissions(NetInputs(example.keys, example.gazetteer, example.stacked, np.array([0])))
    np.testing.assert_allclose(got, expected, atol=1e-3)  # the LSTM's two biases are rounded as one sum
