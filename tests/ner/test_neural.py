"""The numpy BiLSTM-CRF computes what a textbook LSTM computes, batched or not, and fails clearly on a bad file."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.errors import ModelError
from khabar.ner.neural import MAX_CHARS, VOCABULARIES, WINDOW, BiLstmCrf, NetInputs, windows

HIDDEN = 3
LABELS = ["B-LOC", "B-PER", "I-PER", "O"]
DIMS = {"words": 4, "char": 3, "filters": 5, "first_name": 2, "cluster": 2, "gazetteer": 2, "stacked": 2}


def random_model(path, seed: int = 0):
    """Write a model file of the layout `neural_train.export` writes, with random weights and tiny vocabularies."""
    rng = np.random.default_rng(seed)
    vocab = {
        "words": ["<pad>", "<unk>", "آقای", "احمدی", "در", "تهران"],
        "chars": ["<pad>", "<unk>", *sorted(set("آقایاحمدیدرتهران"))],
        "gazetteer": ["<pad>", "<unk>", "B-LOC", "O"],
        "stacked": ["<pad>", "<unk>", "B-PER", "O"],
        "cluster0": ["<pad>", "<unk>", "1", "none"],
        "cluster1": ["<pad>", "<unk>", "7", "none"],
        "cluster2": ["<pad>", "<unk>", "9", "none"],
        "labels": LABELS,
    }
    width = DIMS["words"] + DIMS["filters"] + DIMS["first_name"] + 3 * DIMS["cluster"] + DIMS["gazetteer"] + \
        DIMS["stacked"]
    arrays = {
        "words": rng.normal(size=(len(vocab["words"]), DIMS["words"])),
        "char": rng.normal(size=(len(vocab["chars"]), DIMS["char"])),
        "conv_w": rng.normal(size=(DIMS["filters"], DIMS["char"], 3)),
        "conv_b": rng.normal(size=DIMS["filters"]),
        "first_name": rng.normal(size=(3, DIMS["first_name"])),
        **{f"cluster{k}": rng.normal(size=(4, DIMS["cluster"])) for k in range(3)},
        "gazetteer": rng.normal(size=(4, DIMS["gazetteer"])),
        "stacked": rng.normal(size=(4, DIMS["stacked"])),
        "out_w": rng.normal(size=(len(LABELS), 2 * HIDDEN)),
        "out_b": rng.normal(size=len(LABELS)),
        "transition": rng.normal(size=(len(LABELS), len(LABELS))),
    }
    arrays["char"][0] = 0.0  # the padding letter, as PyTorch's padding_idx keeps it
    for direction in ("forward", "backward"):
        arrays[f"lstm_w_in_{direction}"] = rng.normal(size=(4 * HIDDEN, width))
        arrays[f"lstm_w_hidden_{direction}"] = rng.normal(size=(4 * HIDDEN, HIDDEN))
        arrays[f"lstm_bias_{direction}"] = rng.normal(size=4 * HIDDEN)
    arrays = {name: value.astype(np.float16) for name, value in arrays.items()}
    arrays.update({f"vocab_{name}": np.array(vocab[name]) for name in VOCABULARIES})
    np.savez(path, **arrays)
    return path


def textbook_lstm(inputs: np.ndarray, w_in: np.ndarray, w_hidden: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Run one LSTM direction over one sentence, gate by gate (i, f, g, o as PyTorch orders them)."""
    def sigmoid(x):
        return 1.0 / (1.0 + np.exp(-x))

    h, c, out = np.zeros(HIDDEN), np.zeros(HIDDEN), []
    for x in inputs:
        z = w_in @ x + w_hidden @ h + bias
        i, f, g, o = sigmoid(z[:HIDDEN]), sigmoid(z[HIDDEN:2 * HIDDEN]), np.tanh(z[2 * HIDDEN:3 * HIDDEN]), \
            sigmoid(z[3 * HIDDEN:])
        c = f * c + i * g
        h = o * np.tanh(c)
        out.append(h)
    return np.array(out)


@pytest.fixture()
def net(tmp_path):
    model = BiLstmCrf(random_model(tmp_path / "net.npz"))
    model.use_lexicon({"تهران": ("1", "7", "9")}, frozenset({"احمدی"}))
    return model


def sentence_inputs(sentences):
    keys = [key for sentence in sentences for key in sentence]
    lengths = [len(sentence) for sentence in sentences]
    starts = np.cumsum([0, *lengths[:-1]])
    gazetteer = ["B-LOC" if key == "تهران" else "O" for key in keys]
    stacked = ["B-PER" if key == "احمدی" else "O" for key in keys]
    return NetInputs(keys, gazetteer, stacked, np.array(starts, dtype=np.intp))


def test_neural_emissions_match_a_textbook_bilstm(net):
    sentence = ["آقای", "احمدی", "در", "تهران", "ناشناخته"]
    batch = sentence_inputs([sentence])
    w = net.weights
    words = net.word_vectors(sentence)
    gazetteer = w["gazetteer"][[net.vocab["gazetteer"][tag] for tag in batch.gazetteer]]
    stacked = w["stacked"][[net.vocab["stacked"][tag] for tag in batch.stacked]]
    inputs = np.concatenate([words, gazetteer, stacked], axis=1).astype(np.float64)
    forward = textbook_lstm(inputs, w["lstm_w_in_forward"], w["lstm_w_hidden_forward"], w["lstm_bias_forward"])
    backward = textbook_lstm(inputs[::-1], w["lstm_w_in_backward"], w["lstm_w_hidden_backward"],
                             w["lstm_bias_backward"])[::-1]
    expected = np.concatenate([forward, backward], axis=1) @ w["out_w"].T + w["out_b"]
    np.testing.assert_allclose(net.emissions(batch), expected, atol=1e-4)


def test_neural_batch_scores_each_sentence_as_alone(net):
    sentences = [["در", "تهران"], ["آقای", "احمدی", "در", "تهران", "ماند"], ["تهران"]]
    together = net.emissions(sentence_inputs(sentences))
    alone = np.concatenate([net.emissions(sentence_inputs([sentence])) for sentence in sentences])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_neural_letters_past_the_limit_are_ignored(net):
    long_word = "ت" * (MAX_CHARS + 5)
    np.testing.assert_array_equal(net.letter_vectors([long_word]), net.letter_vectors([long_word[:MAX_CHARS]]))


def test_neural_labels_align_to_a_crfs_order(net):
    before = net.emissions(sentence_inputs([["آقای", "احمدی"]]))
    transition = net.transition.copy()
    order = ["O", "B-PER", "I-PER", "B-LOC"]
    net.aligned_to(order)
    after = net.emissions(sentence_inputs([["آقای", "احمدی"]]))
    moved = [LABELS.index(label) for label in order]
    np.testing.assert_allclose(after, before[:, moved], atol=1e-6)
    np.testing.assert_array_equal(net.transition, transition[np.ix_(moved, moved)])


def test_neural_refuses_to_align_to_other_labels(net):
    with pytest.raises(ModelError):
        net.aligned_to(["O", "B-ORG", "I-ORG", "B-LOC"])


def test_neural_empty_batch_has_no_scores(net):
    assert net.emissions(NetInputs([], [], [], np.zeros(0, dtype=np.intp))).shape == (0, len(LABELS))


def test_neural_damaged_file_raises_model_error(tmp_path):
    path = tmp_path / "net.npz"
    path.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        BiLstmCrf(path)


def test_neural_file_missing_weights_raises_model_error(tmp_path):
    path = tmp_path / "net.npz"
    np.savez(path, words=np.zeros((2, 2)))
    with pytest.raises(ModelError):
        BiLstmCrf(path)


def test_neural_windows_keep_every_token_once():
    starts, lengths = np.array([0, 5, 105]), np.array([5, 100, 41])
    first, length, keep_from, keep_to = windows(starts, lengths)
    kept = np.concatenate([np.arange(f + a, f + b) for f, a, b in zip(first, keep_from, keep_to)])
    assert sorted(kept.tolist()) == list(range(146))
    assert length.max() <= WINDOW


def test_neural_window_states_match_a_whole_run_where_they_see_the_same_tokens(net):
    rng = np.random.default_rng(1)
    inputs = rng.normal(size=(60, net.input_width)).astype(np.float32)
    whole = net.run_lstm(inputs, np.array([0]), np.array([60]), np.array([0]), np.array([60]))
    windowed = net.run_lstm(inputs, *windows(np.array([0]), np.array([60])))
    # The forward direction of the first window and the backward direction of the last start where a whole run
    # does, so their kept states are the same; elsewhere each window starts from zero states.
    np.testing.assert_allclose(windowed[:24, :HIDDEN], whole[:24, :HIDDEN], atol=1e-5)
    np.testing.assert_allclose(windowed[48:, HIDDEN:], whole[48:, HIDDEN:], atol=1e-5)
    assert not np.allclose(windowed[24:48, :HIDDEN], whole[24:48, :HIDDEN])
