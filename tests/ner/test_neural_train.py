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


# A corpus that marks no dates: «دیروز» is a date it leaves as O. Labels include B-DATE through the second sentence.
DATED = [
    EXAMPLES[0],
    Example(["دیروز", "کریمی", "در", "تهران", "ماند"], ["O", "O", "O", "B-LOC", "O"], ["O", "O", "O", "B-LOC", "O"],
            ["B-DATE", "B-PER", "O", "B-LOC", "O"]),
]


def unmarked_dates(example: Example) -> Example:
    return Example(example.keys, example.gazetteer, example.stacked, example.labels, frozenset({"DATE"}))


def test_neural_train_unmarked_type_is_allowed_only_where_the_corpus_says_o():
    vocab = build_vocabularies(DATED, ["در"], CLUSTERS)
    allowed = Encoder(vocab, CLUSTERS, frozenset()).encode(unmarked_dates(DATED[0]))["allowed"]
    labels = vocab["labels"]
    assert [labels[i] for i, ok in enumerate(allowed[0]) if ok] == ["B-DATE", "O"]
    assert [labels[i] for i, ok in enumerate(allowed[1]) if ok] == ["B-PER"]


def path_scores(network, emissions, paths):
    """Score each label path (rows of `paths`) as the CRF does: emissions plus transitions."""
    steps = range(paths.shape[1])
    return emissions[list(steps), paths].sum(1) + network.transition[paths[:, :-1], paths[:, 1:]].sum(1)


def toy_network():
    """Return torch, the batching function, the encoder and an untrained network over DATED's labels."""
    torch = pytest.importorskip("torch")
    from khabar.ner.neural_train import batch_tensors, make_network

    torch.manual_seed(0)
    vocab = build_vocabularies(DATED, ["در"], CLUSTERS)
    network = make_network(torch, vocab, np.ones((1, 100), dtype=np.float32)).eval()
    return torch, batch_tensors, Encoder(vocab, CLUSTERS, frozenset()), network


def test_neural_train_loss_of_fully_labelled_sentences_is_the_textbook_one():
    torch, batch_tensors, encoder, network = toy_network()
    labels = len(encoder.index["labels"])
    with torch.no_grad():
        network.transition.normal_()
        batch = batch_tensors(torch, [encoder.encode(example) for example in DATED])
        emissions, gold = network.emissions(batch), batch["labels"]
        expected = 0.0
        for row in range(len(DATED)):  # log Z by brute force, minus the gold path's score
            paths = torch.cartesian_prod(*[torch.arange(labels)] * 5)
            scores = path_scores(network, emissions[row], paths)
            expected += float(torch.logsumexp(scores, 0) - path_scores(network, emissions[row], gold[row : row + 1])[0])
        assert float(network.loss(batch)) == pytest.approx(expected, rel=1e-4)


def test_neural_train_partial_loss_sums_every_allowed_path():
    torch, batch_tensors, encoder, network = toy_network()
    labels = len(encoder.index["labels"])
    with torch.no_grad():
        whole = float(network.loss(batch_tensors(torch, [encoder.encode(DATED[0])])))
        batch = batch_tensors(torch, [encoder.encode(unmarked_dates(DATED[0]))])
        loose = float(network.loss(batch))
        paths = torch.cartesian_prod(*[torch.arange(labels)] * 5)
        ok = batch["allowed"][0][torch.arange(5), paths].all(1)
        scores = path_scores(network, network.emissions(batch)[0], paths)
        expected = float(torch.logsumexp(scores, 0) - torch.logsumexp(scores[ok], 0))
    assert loose == pytest.approx(expected, rel=1e-4) and loose < whole


def test_neural_pretraining_sentences_hide_the_context_tags():
    from khabar.ner.neural_train import raw_example

    vocab = build_vocabularies(EXAMPLES, ["در"], CLUSTERS)
    encoded = Encoder(vocab, CLUSTERS, frozenset()).encode(raw_example(["کریمی", "در", "تهران"]))
    assert encoded["gazetteer"] == [UNKNOWN] * 3 and encoded["stacked"] == [UNKNOWN] * 3
    assert encoded["labels"] == [vocab["labels"].index("O")] * 3


def test_neural_pretraining_is_repeatable_and_teaches_the_lstm():
    torch = pytest.importorskip("torch")
    from khabar.ner.neural_train import SEED, make_network, pretrained_state

    vocab = build_vocabularies(EXAMPLES, ["در"], CLUSTERS)
    encoder = Encoder(vocab, CLUSTERS, frozenset())
    vectors = np.ones((1, 100), dtype=np.float32)
    raw = [["آقای", "کریمی", "در", "تهران"], ["در", "تهران", "ماند"]]
    first = pretrained_state(raw, vocab, vectors, encoder, steps=3)
    again = pretrained_state(raw, vocab, vectors, encoder, steps=3)
    torch.manual_seed(SEED)
    untrained = make_network(torch, vocab, vectors).state_dict()
    assert all(torch.equal(first[name], again[name]) for name in first)
    assert not torch.equal(first["lstm.weight_hh_l0"], untrained["lstm.weight_hh_l0"])
    assert torch.equal(first["out.weight"], untrained["out.weight"])  # the tag layer learns nothing from raw text
