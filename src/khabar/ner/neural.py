"""A BiLSTM-CRF, trained with PyTorch (`neural_train.py`) and run here in numpy, whose scores join a CRF's.

Each token is read as its word (an embedding first learned from the raw text's contexts), its letters (a
convolution over character embeddings), its three word-cluster ids, whether it is a known first name, its
gazetteer tag and the tag the Arman CRF gave it. A bidirectional LSTM reads the sentence; a linear layer gives
each token its label scores, and transition weights score each pair of labels. model.py adds both to the
PEYMA CRF's scores and searches the best path over the sums: the product of the two models.

Most of that is a function of the word alone: the embedding, the letters, the clusters and the first-name flag.
Their share of the LSTM's input (both directions) is computed once per word and kept (`word_rows`), so a
token costs two table lookups before the recurrence. Both directions advance together, one position a step,
over every sentence of a batch, long sentences cut into overlapping windows (`windows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from khabar.errors import ModelError

MAX_CHARS = 20  # letters of a word the convolution reads
PAD, UNKNOWN = 0, 1  # the first two rows of every vocabulary
WINDOW, STRIDE, CONTEXT = 40, 24, 8  # longer sentences run as windows of kept parts with context (`windows`)
WORD_CACHE_BYTES = 60_000_000  # memory for the words' kept input shares (4 KiB a word at 128 hidden units)
# Vocabularies stored in the model file, in the order `NetInputs` reads them.
VOCABULARIES = ("words", "chars", "gazetteer", "stacked", "cluster0", "cluster1", "cluster2", "labels")


@dataclass(frozen=True)
class NetInputs:
    """What the network reads of one batch of sentences, one token after the other."""

    keys: list[str]
    gazetteer: list[str]  # the gazetteer's BIO tag of each token, O where none
    stacked: list[str]  # the tag the CRF below gave each token
    starts: np.ndarray  # each sentence's first token


def windows(starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, ...]:
    """Cut sentences longer than WINDOW tokens into overlapping windows; return each window's first token, length,
    and the part of it whose states are kept (relative start and end).

    A step of the LSTM costs about as much for one window as for many, so a batch costs as many steps as its
    longest window: the long sentences of news (70 tokens and more) would double an article's steps. Each kept
    part of STRIDE tokens sees CONTEXT tokens on both sides, which is what the LSTM's states mostly carry.
    """
    rows = []  # (first token, length, keep from, keep to)
    for start, n in zip(starts.tolist(), lengths.tolist()):
        if n <= WINDOW:
            rows.append((start, n, 0, n))
            continue
        for core in range(0, n, STRIDE):
            low, high = max(0, core - CONTEXT), min(n, core + STRIDE + CONTEXT)
            rows.append((start + low, high - low, core - low, min(core + STRIDE, n) - low))
    return tuple(np.array(column, dtype=np.intp).reshape(-1) for column in zip(*rows)) if rows else \
        tuple(np.zeros(0, dtype=np.intp) for _ in range(4))


class BiLstmCrf:
    """The network's weights and vocabularies, read from a `.npz` file that `neural_train.export` writes."""

    def __init__(self, path: Path):
        try:
            with np.load(path, allow_pickle=False) as archive:
                stored = {name: archive[name] for name in archive.files}
        except (OSError, ValueError) as error:
            raise ModelError(f"cannot read the neural NER model {path}: {error}") from error
        try:
            self.vocab = {name: {entry: i for i, entry in enumerate(stored.pop(f"vocab_{name}").tolist())}
                          for name in VOCABULARIES}
            self.weights = {name: value.astype(np.float32) for name, value in stored.items()}
            self.labels = tuple(self.vocab["labels"])
            self.transition = self.weights["transition"].astype(np.float64)  # (from, to)
            self._split_input_weights()
        except KeyError as error:
            raise ModelError(f"the neural NER model {path} lacks {error}") from error
        self.first_names: frozenset[str] = frozenset()
        self.clusters: dict[str, tuple[str, ...]] = {}
        self._rows: dict[str, int] = {}
        self._inputs = np.zeros((1024, self.input_width), dtype=np.float32)  # rows past len(_rows) are free

    def _split_input_weights(self) -> None:
        """Split the LSTM's input weights into the word's share and one table for the two context tags.

        Gates i, f and o are sigmoids, computed as tanh of half their input (`run_lstm`): their weights are halved.
        """
        w = self.weights
        self.hidden = size = w["lstm_w_hidden_forward"].shape[1]
        halve = np.tile(np.repeat(np.array([0.5, 0.5, 1.0, 0.5], dtype=np.float32), size), 2)
        w_in = np.concatenate([w["lstm_w_in_forward"], w["lstm_w_in_backward"]]) * halve[:, None]  # (2 * 4H, inputs)
        self.input_width = w_in.shape[0]
        tags_width = w["gazetteer"].shape[1] + w["stacked"].shape[1]
        word_width = w_in.shape[1] - tags_width
        self.word_in = np.ascontiguousarray(w_in[:, :word_width].T)
        gaz_width = w["gazetteer"].shape[1]
        gazetteer_in = w["gazetteer"] @ w_in[:, word_width : word_width + gaz_width].T
        stacked_in = w["stacked"] @ w_in[:, word_width + gaz_width :].T
        bias = np.concatenate([w["lstm_bias_forward"], w["lstm_bias_backward"]]) * halve
        # One row per (gazetteer tag, stacked tag) pair, bias included: row gazetteer id * stacked tags + stacked id.
        self.context_in = (gazetteer_in[:, None, :] + stacked_in[None, :, :] + bias).reshape(-1, self.input_width)
        self.recurrent = np.stack([w["lstm_w_hidden_forward"].T, w["lstm_w_hidden_backward"].T]) * halve[: 4 * size]

    def use_lexicon(self, clusters: dict[str, tuple[str, ...]], first_names: frozenset[str]) -> None:
        """Give the network the lexicon its word inputs read (the model folder's)."""
        self.clusters, self.first_names = clusters, first_names
        self.clear_cache()

    def clear_cache(self) -> None:
        """Forget every word's kept input share."""
        self._rows.clear()
        self._inputs = np.zeros((1024, self.input_width), dtype=np.float32)

    def word_vectors(self, keys: Sequence[str]) -> np.ndarray:
        """Return the network's input vector of each word, before the context tags: (words, width)."""
        w, vocab = self.weights, self.vocab
        words = w["words"][[vocab["words"].get(key, UNKNOWN) for key in keys]]
        letters = self.letter_vectors(keys)
        clusters = [self.clusters.get(key) or ("none",) * 3 for key in keys]
        parts = [words, letters, w["first_name"][[2 if key in self.first_names else 1 for key in keys]]]
        for level in range(3):
            table = vocab[f"cluster{level}"]
            parts.append(w[f"cluster{level}"][[table.get(ids[level], UNKNOWN) for ids in clusters]])
        return np.concatenate(parts, axis=1)

    def letter_vectors(self, keys: Sequence[str]) -> np.ndarray:
        """Return each word's letter vector: a width-3 convolution over its letters, max-pooled over them."""
        chars = self.vocab["chars"]
        lengths = np.array([max(1, min(len(key), MAX_CHARS)) for key in keys])
        ids = np.zeros((len(keys), int(lengths.max(initial=1)) + 2), dtype=np.intp)  # one pad each side
        for row, key in enumerate(keys):
            ids[row, 1 : 1 + len(key[:MAX_CHARS])] = [chars.get(char, UNKNOWN) for char in key[:MAX_CHARS]]
            if not key:
                ids[row, 1] = UNKNOWN
        embedded = self.weights["char"][ids]  # (words, chars + 2, dims); row PAD is zeros
        kernel = self.weights["conv_w"]  # (filters, dims, 3)
        slides = np.concatenate([embedded[:, k : k + ids.shape[1] - 2] for k in range(3)], axis=2)
        flat_kernel = kernel.transpose(2, 1, 0).reshape(-1, kernel.shape[0])  # (3 * dims, filters)
        out = np.maximum(slides @ flat_kernel + self.weights["conv_b"], 0.0)
        out[np.arange(out.shape[1])[None, :] >= lengths[:, None]] = 0.0  # positions past the word: ReLU's floor
        return out.max(axis=1)

    def word_rows(self, keys: Sequence[str]) -> np.ndarray:
        """Return each key's row of kept word input shares, computing those of new words."""
        new = [key for key in dict.fromkeys(keys) if key not in self._rows]
        if len(self._rows) + len(new) > WORD_CACHE_BYTES // (4 * self.input_width):
            self.clear_cache()
            new = list(dict.fromkeys(keys))
        if new:
            used = len(self._rows)
            if used + len(new) > len(self._inputs):  # grow by doubling: appends stay linear in time
                grown = np.empty((max(2 * len(self._inputs), used + len(new)), self.input_width), dtype=np.float32)
                grown[:used] = self._inputs[:used]
                self._inputs = grown
            self._inputs[used : used + len(new)] = self.word_vectors(new) @ self.word_in
            self._rows.update({key: used + i for i, key in enumerate(new)})
        return np.array([self._rows[key] for key in keys], dtype=np.intp)

    def emissions(self, batch: NetInputs) -> np.ndarray:
        """Return the (tokens, labels) scores of a batch."""
        if not batch.keys:
            return np.zeros((0, len(self.labels)))
        gazetteer, stacked = self.vocab["gazetteer"], self.vocab["stacked"]
        contexts = np.array([gazetteer.get(tag, UNKNOWN) for tag in batch.gazetteer], dtype=np.intp) * len(stacked)
        contexts += np.array([stacked.get(tag, UNKNOWN) for tag in batch.stacked], dtype=np.intp)
        rows = self.word_rows(batch.keys)  # first: it may grow self._inputs
        lengths = np.diff(np.append(batch.starts, len(rows)))
        hidden = self.run_lstm(self._inputs[rows] + self.context_in[contexts], *windows(batch.starts, lengths))
        return (hidden @ self.weights["out_w"].T + self.weights["out_b"]).astype(np.float64)

    def run_lstm(self, inputs: np.ndarray, first: np.ndarray, lengths: np.ndarray, keep_from: np.ndarray,
                 keep_to: np.ndarray) -> np.ndarray:
        """Run both LSTM directions over token windows; return (tokens, 2H) hidden states, forward first.

        inputs: (tokens, 2 * 4H), both directions' input projections side by side (forward first), gates i, f and
        o pre-halved: one tanh then serves all four gates, as sigmoid(x) = (1 + tanh(x / 2)) / 2.
        first, lengths: each window's tokens; keep_from, keep_to: the part of it whose states are kept.
        Windows run longest first, so the ones still going at a step are a prefix of the batch and a step
        computes no finished window; the inputs are laid out by step beforehand, so that a step slices them.
        """
        size, gates = self.hidden, 4 * self.hidden
        order = np.argsort(-lengths, kind="stable")
        first, lengths, keep_from, keep_to = first[order], lengths[order], keep_from[order], keep_to[order]
        position = np.arange(int(lengths.max(initial=0)))[:, None]  # (steps, 1)
        inside = position < lengths  # (steps, windows)
        forward = first + np.minimum(position, np.maximum(lengths - 1, 0))  # each step's token, the last repeated
        backward = first + np.maximum(lengths - 1 - position, 0)
        steps = np.stack([inputs[forward, :gates], inputs[backward, gates:]], axis=1)  # (steps, 2, windows, 4H)
        states = np.zeros((len(position), 2, len(lengths), size), dtype=np.float32)
        h = np.zeros((2, len(lengths), size), dtype=np.float32)
        c = np.zeros_like(h)
        for t, live in enumerate(inside.sum(axis=1).tolist()):
            z = h[:, :live] @ self.recurrent
            z += steps[t, :, :live]
            np.tanh(z, out=z)
            c = c[:, :live] * (z[..., size : 2 * size] + 1.0)
            c += (z[..., :size] + 1.0) * z[..., 2 * size : 3 * size]
            c *= 0.5
            h = np.tanh(c)
            h *= z[..., 3 * size :] + 1.0
            h *= 0.5
            states[t, :, :live] = h
        out = np.empty((len(inputs), 2 * size), dtype=np.float32)
        kept = inside & (position >= keep_from) & (position < keep_to)
        out[forward[kept], :size] = states[:, 0][kept]
        from_end = lengths - 1 - position
        kept = inside & (from_end >= keep_from) & (from_end < keep_to)
        out[backward[kept], size:] = states[:, 1][kept]
        return out

    def aligned_to(self, labels: Sequence[str]) -> BiLstmCrf:
        """Put the network's labels in the given order (a CRF's), so that their scores add up; return self."""
        if sorted(labels) != sorted(self.labels):
            raise ModelError(f"the network's labels {sorted(self.labels)} are not the CRF's {sorted(labels)}")
        order = [self.labels.index(label) for label in labels]
        self.weights["out_w"] = self.weights["out_w"][order]
        self.weights["out_b"] = self.weights["out_b"][order]
        self.transition = self.transition[np.ix_(order, order)]
        self.labels = tuple(labels)
        return self
