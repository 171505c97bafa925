"""A linear-chain CRF trained by crfsuite, read into numpy arrays for fast tagging.

crfsuite looks up every attribute string of every token on each call. News repeats its words, and most of a
token's attributes belong to the word itself or to it as a neighbour, so `model.py` sums those weights once per
word and CRF and keeps the sum; this module gives it the weights and the Viterbi search over the summed scores.
The weights are read straight from crfsuite's model file (the "lCRF" layout of crfsuite 0.12: a header, the
feature array, and two CQDB string tables for labels and attributes), so the shipped `.crfsuite` files stay the
one model, and tagging gives crfsuite's own best paths.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from khabar.errors import ModelError

MAGIC = b"lCRF"
HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, 3 counts, 5 chunk offsets
FEATURE = np.dtype([("kind", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
STATE, TRANSITION = 0, 1  # feature kinds: attribute -> label, label -> label
CQDB_HEADER = struct.Struct("<4sIIIII")  # magic, size, flag, byte order, number of strings, backward-table offset


def read_strings(data: bytes, start: int) -> list[str]:
    """Read a CQDB string table at `start`: the strings in id order."""
    magic, _size, _flag, _order, count, backward = CQDB_HEADER.unpack_from(data, start)
    if magic != b"CQDB":
        raise ModelError("not a crfsuite model: a string table is missing")
    offsets = np.frombuffer(data, dtype="<u4", count=count, offset=start + backward)
    strings = []
    for expected_id, offset in enumerate(offsets.tolist()):
        string_id, length = struct.unpack_from("<II", data, start + offset)
        if string_id != expected_id:
            raise ModelError("not a crfsuite model: its string table is out of order")
        at = start + offset + 8
        strings.append(data[at : at + length - 1].decode("utf-8"))  # stored with a closing NUL
    return strings


@dataclass(frozen=True)
class LinearChainCRF:
    """Label names, one weight row per attribute (plus a zero row for unknown ones), label-to-label weights."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray  # (attributes + 1, labels)
    transition: np.ndarray  # (labels, labels): from the row's label to the column's

    @classmethod
    def read(cls, path: Path) -> LinearChainCRF:
        """Read a model file written by crfsuite's trainer."""
        try:
            data = Path(path).read_bytes()
            magic, _size, _kind, _version, _features, n_labels, n_attributes, at_features, at_labels, at_attributes, \
                _, _ = HEADER.unpack_from(data, 0)
            if magic != MAGIC:
                raise ModelError(f"{path} is not a crfsuite model")
            (count,) = struct.unpack_from("<I", data, at_features + 8)
            features = np.frombuffer(data, dtype=FEATURE, count=count, offset=at_features + 12)
            labels = read_strings(data, at_labels)
            attributes = read_strings(data, at_attributes)
        except (OSError, struct.error, ValueError, UnicodeDecodeError) as error:
            raise ModelError(f"cannot read the crfsuite model {path}: {error}") from error
        kept = features[features["kind"] == STATE]
        moves = features[features["kind"] == TRANSITION]
        if (
            len(labels) != n_labels
            or len(attributes) != n_attributes
            or (len(kept) and (kept["source"].max() >= n_attributes or kept["target"].max() >= n_labels))
            or (len(moves) and max(moves["source"].max(), moves["target"].max()) >= n_labels)
        ):
            raise ModelError(f"{path}: a damaged crfsuite model (its tables do not match its header)")
        state = np.zeros((n_attributes + 1, n_labels))
        state[kept["source"], kept["target"]] = kept["weight"]
        transition = np.zeros((n_labels, n_labels))
        transition[moves["source"], moves["target"]] = moves["weight"]
        return cls(tuple(labels), {name: row for row, name in enumerate(attributes)}, state, transition)

    @property
    def unknown(self) -> int:
        """The row of attributes the model never saw: all zeros."""
        return len(self.state) - 1

    def score(self, attributes: Iterable[str]) -> np.ndarray:
        """Return the summed label weights of a set of attributes."""
        rows = [self.attributes.get(name, self.unknown) for name in attributes]
        return self.state[rows].sum(axis=0)

    def best_paths(self, emissions: Sequence[np.ndarray]) -> list[list[str]]:
        """Return the highest-scoring label sequence of each sentence, given its (tokens, labels) scores."""
        return [[self.labels[label] for label in path] for path in self.best_label_ids(emissions)]

    def best_label_ids(self, emissions: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Return the label ids of the highest-scoring sequence of each sentence, given its (tokens, labels) scores.

        Each sentence is searched from both ends at once, its first half forwards and its second half backwards,
        and the halves meet at the best pair of labels across the middle. All halves of all sentences advance
        together, one position at a time, so that a batch costs as many numpy steps as half its longest sentence.
        """
        if not emissions:
            return []
        count, width = len(emissions), len(self.labels)
        middles = [(len(scores) + 1) // 2 for scores in emissions]
        heads = [scores[:middle] for scores, middle in zip(emissions, middles)]
        tails = [scores[middle:][::-1] for scores, middle in zip(emissions, middles)]  # last token first
        into = np.concatenate([  # (halves, to, from)
            np.broadcast_to(self.transition.T, (count, width, width)),
            np.broadcast_to(self.transition, (count, width, width)),
        ])
        chains = heads + tails
        best = self._forward(chains, into)
        lengths = np.array([len(chain) for chain in chains], dtype=np.intp)
        final = best[np.maximum(lengths - 1, 0), np.arange(2 * count)]
        meeting = final[:count, :, None] + self.transition + final[count:, None, :]  # (sentences, head's, tail's)
        head_last, tail_last = np.divmod(meeting.reshape(count, -1).argmax(axis=1), width)
        alone = lengths[count:] == 0  # one token or none: no second half to meet
        head_last[alone] = final[:count][alone].argmax(axis=1)
        labels = self._backward(best, into, lengths, np.concatenate([head_last, tail_last])).T.tolist()
        return [
            np.array(labels[i][: len(head)] + labels[count + i][: len(tail)][::-1], dtype=np.intp)
            for i, (head, tail) in enumerate(zip(heads, tails))
        ]

    @staticmethod
    def _forward(chains: Sequence[np.ndarray], into: np.ndarray) -> np.ndarray:
        """Return, per position, chain and label, the best score of a path ending there (`into[c]`: (to, from)).

        The maximum over the previous label is taken across contiguous slabs, one per previous label, which
        numpy does far faster than many short row maxima.
        """
        count, width = len(chains), into.shape[-1]
        longest = max((len(chain) for chain in chains), default=0)
        best = np.zeros((max(longest, 1), count, width))
        for i, chain in enumerate(chains):
            best[: len(chain), i] = chain
        moves = np.ascontiguousarray(into.transpose(2, 0, 1))  # (from, chains, to)
        scores = np.empty_like(moves)  # reused at every position
        for position in range(1, longest):
            np.add(best[position - 1].T[:, :, None], moves, out=scores)
            best[position] += scores.max(axis=0)
        return best

    @staticmethod
    def _backward(best: np.ndarray, into: np.ndarray, lengths: np.ndarray, last: np.ndarray) -> np.ndarray:
        """Return (positions, chains) labels of the best paths, tracing back from each chain's `last` label."""
        labels = np.zeros(best.shape[:2], dtype=np.intp)
        chains = np.arange(best.shape[1])
        current = last.copy()
        ending: dict[int, list[int]] = {}  # the chains whose last position each is
        for chain, length in enumerate(lengths.tolist()):
            ending.setdefault(length - 1, []).append(chain)
        for position in range(best.shape[0] - 1, -1, -1):
            if position in ending:
                current[ending[position]] = last[ending[position]]
            labels[position] = current
            if position:
                current = (best[position - 1] + into[chains, current]).argmax(axis=1)
        return labels
