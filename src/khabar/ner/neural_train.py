"""Train the BiLSTM-CRF of `neural.py` with PyTorch and export its weights for the numpy tagger.

PyTorch is needed only here (the `train` extra); tagging runs in numpy. The inputs are those the runtime
reads (`neural.BiLstmCrf.word_vectors` and the two context tags), built from the same lexicon and the same
jackknifed gazetteer as the CRFs' training (train.py), and the Arman CRF's tags on each sentence. Word
embeddings start from the PPMI-SVD vectors the clusters are cut from. Training is deterministic: fixed seeds,
one thread, a fixed number of epochs, batches in a seeded order.

Before it learns any tag, the network learns to read raw text (`pretrain_network`): at each word its forward
LSTM guesses the fine word cluster of the next word and its backward LSTM that of the word before, a language
model over the 1,024 clusters rather than the 60,000 words, which costs a small output layer. The labelled
sentences then start from what raw news taught it.
"""

from __future__ import annotations

import logging
import random
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from khabar.errors import InputError
from khabar.ner.neural import MAX_CHARS, PAD, UNKNOWN, VOCABULARIES

log = logging.getLogger(__name__)

SEED = 7
EPOCHS = 8
BATCH_SIZE = 32
LEARNING_RATE = 3e-3
HIDDEN = 128
DIMS = {"words": 100, "chars": 32, "filters": 64, "first_name": 4, "cluster": 16, "gazetteer": 16, "stacked": 16}
DROPOUT = 0.5
# Pretraining on raw text: a fixed number of batches of sentences (16 minutes on one core beside another training).
PRETRAIN_STEPS = 3_000
PRETRAIN_BATCH = 64
PRETRAIN_LEARNING_RATE = 2e-3
PRETRAIN_PIECE = 60  # raw paragraphs are read in pieces of at most this many tokens
VOCABULARY_HEAD = ("<pad>", "<unk>")  # the first rows of every vocabulary but the labels'; PAD and UNKNOWN index them
MIN_TRAIN_COUNT = 2  # a training word outside the embedded vocabulary gets a row of its own from this count


@dataclass
class Example:
    """One sentence as the network reads it: its keys, context tags and gold labels."""

    keys: list[str]
    gazetteer: list[str]
    stacked: list[str]
    labels: list[str]
    # Types the sentence's corpus does not mark: where its label is O, a tag of these types is allowed too.
    unmarked: frozenset[str] = frozenset()


def require_torch():
    """Import PyTorch, or say how to get it."""
    try:
        import torch
    except ImportError:
        raise InputError("training the neural NER tagger needs PyTorch: pip install 'khabar[train]'") from None
    return torch


def build_vocabularies(examples: Sequence[Example], embedded: Sequence[str], clusters: dict) -> dict[str, list[str]]:
    """Return each vocabulary's entries; PAD and UNKNOWN take the first two rows of all but the labels."""
    counts = Counter(key for example in examples for key in example.keys)
    known = set(embedded)
    extra = sorted(key for key, n in counts.items() if n >= MIN_TRAIN_COUNT and key not in known)
    head = list(VOCABULARY_HEAD)
    levels = [sorted({ids[level] for ids in clusters.values()} | {"none"}) for level in range(3)]
    return {
        "words": head + list(embedded) + extra,
        "chars": head + sorted({char for key in counts for char in key[:MAX_CHARS]}),
        "gazetteer": head + sorted({tag for example in examples for tag in example.gazetteer}),
        "stacked": head + sorted({tag for example in examples for tag in example.stacked}),
        "cluster0": head + levels[0],
        "cluster1": head + levels[1],
        "cluster2": head + levels[2],
        "labels": sorted({label for example in examples for label in example.labels}),
    }


class Encoder:
    """Turn examples into the index lists the network reads."""

    def __init__(self, vocab: dict[str, list[str]], clusters: dict, first_names: frozenset[str]):
        self.index = {name: {entry: i for i, entry in enumerate(entries)} for name, entries in vocab.items()}
        self.clusters, self.first_names = clusters, first_names

    def encode(self, example: Example) -> dict[str, list]:
        index = self.index
        clusters = [self.clusters.get(key) or ("none",) * 3 for key in example.keys]
        return {
            "words": [index["words"].get(key, UNKNOWN) for key in example.keys],
            "chars": [[index["chars"].get(c, UNKNOWN) for c in key[:MAX_CHARS]] or [UNKNOWN] for key in example.keys],
            "first_name": [2 if key in self.first_names else 1 for key in example.keys],
            **{f"cluster{level}": [index[f"cluster{level}"].get(ids[level], UNKNOWN) for ids in clusters]
               for level in range(3)},
            "gazetteer": [index["gazetteer"].get(tag, UNKNOWN) for tag in example.gazetteer],
            "stacked": [index["stacked"].get(tag, UNKNOWN) for tag in example.stacked],
            "labels": [index["labels"][label] for label in example.labels],
            "allowed": [self.allowed(label, example.unmarked) for label in example.labels],
        }

    def allowed(self, label: str, unmarked: frozenset[str]) -> list[bool]:
        """Return which labels a token may take: its own, and where it is O any tag of an unmarked type."""
        free = label == "O"
        return [tag == label or (free and tag[2:] in unmarked) for tag in self.index["labels"]]


def batch_tensors(torch, encoded: Sequence[dict[str, list]]) -> dict:
    """Pad a batch of encoded sentences into tensors, with a token mask and each word's letter count."""
    size, longest = len(encoded), max(len(e["words"]) for e in encoded)
    letters = max(len(chars) for e in encoded for chars in e["chars"])
    out = {name: torch.zeros(size, longest, dtype=torch.long) for name in
           ("words", "first_name", "cluster0", "cluster1", "cluster2", "gazetteer", "stacked", "labels", "letters")}
    out["chars"] = torch.zeros(size, longest, letters, dtype=torch.long)
    out["mask"] = torch.zeros(size, longest, dtype=torch.bool)
    out["allowed"] = torch.ones(size, longest, len(encoded[0]["allowed"][0]), dtype=torch.bool)  # padding: never read
    for row, e in enumerate(encoded):
        n = len(e["words"])
        for name in ("words", "first_name", "cluster0", "cluster1", "cluster2", "gazetteer", "stacked", "labels"):
            out[name][row, :n] = torch.tensor(e[name])
        for i, chars in enumerate(e["chars"]):
            out["chars"][row, i, : len(chars)] = torch.tensor(chars)
            out["letters"][row, i] = len(chars)
        out["mask"][row, :n] = True
        out["allowed"][row, :n] = torch.tensor(e["allowed"])
    return out


def make_network(torch, vocab: dict[str, list[str]], vectors: np.ndarray):
    """Build the PyTorch module whose forward pass `neural.BiLstmCrf` repeats in numpy."""
    nn = torch.nn

    class Network(nn.Module):
        def __init__(self):
            super().__init__()
            self.words = nn.Embedding(len(vocab["words"]), DIMS["words"], padding_idx=PAD)
            with torch.no_grad():
                self.words.weight[2 : 2 + len(vectors)] = torch.from_numpy(vectors)
            self.char = nn.Embedding(len(vocab["chars"]), DIMS["chars"], padding_idx=PAD)
            self.conv = nn.Conv1d(DIMS["chars"], DIMS["filters"], 3, padding=1)
            self.first_name = nn.Embedding(3, DIMS["first_name"])
            self.clusters = nn.ModuleList(nn.Embedding(len(vocab[f"cluster{k}"]), DIMS["cluster"]) for k in range(3))
            self.gazetteer = nn.Embedding(len(vocab["gazetteer"]), DIMS["gazetteer"])
            self.stacked = nn.Embedding(len(vocab["stacked"]), DIMS["stacked"])
            width = DIMS["words"] + DIMS["filters"] + DIMS["first_name"] + 3 * DIMS["cluster"] + \
                DIMS["gazetteer"] + DIMS["stacked"]
            self.dropout = nn.Dropout(DROPOUT)
            self.lstm = nn.LSTM(width, HIDDEN, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * HIDDEN, len(vocab["labels"]))
            self.transition = nn.Parameter(torch.zeros(len(vocab["labels"]), len(vocab["labels"])))

        def letters(self, chars, counts):
            size, longest, width = chars.shape
            x = self.char(chars.view(size * longest, width)).transpose(1, 2)
            x = torch.relu(self.conv(x))  # (words, filters, letters)
            inside = torch.arange(width)[None, :] < counts.view(-1, 1)
            return (x * inside[:, None, :]).max(dim=2).values.view(size, longest, -1)

        def states(self, b):
            """Return the LSTM's states at each token: forward then backward, after dropout."""
            parts = [self.words(b["words"]), self.letters(b["chars"], b["letters"]), self.first_name(b["first_name"])]
            parts += [self.clusters[k](b[f"cluster{k}"]) for k in range(3)]
            parts += [self.gazetteer(b["gazetteer"]), self.stacked(b["stacked"])]
            x = self.dropout(torch.cat(parts, -1))
            lengths = b["mask"].sum(1)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.dropout(h)

        def emissions(self, b):
            return self.out(self.states(b))

        def loss(self, b):
            """Return the CRF's negative log-likelihood of the allowed label sequences, summed over the batch.

            A fully labelled sentence allows one sequence, its gold one. A sentence from a corpus that does not
            mark some types allows, where it says O, any tag of those types as well: summing over every allowed
            sequence teaches nothing about those types there, where the gold sequence alone would teach O.
            """
            e, mask, allowed = self.emissions(b), b["mask"], b["allowed"]
            blocked = torch.finfo(e.dtype).min / 4  # exp() of it is 0, and sums of a few stay finite
            alpha, gold = e[:, 0], e[:, 0].masked_fill(~allowed[:, 0], blocked)
            for t in range(1, e.shape[1]):
                live = mask[:, t].unsqueeze(1)
                moved = torch.logsumexp(alpha.unsqueeze(2) + self.transition.unsqueeze(0), 1) + e[:, t]
                alpha = torch.where(live, moved, alpha)
                moved = torch.logsumexp(gold.unsqueeze(2) + self.transition.unsqueeze(0), 1) + e[:, t]
                gold = torch.where(live, moved.masked_fill(~allowed[:, t], blocked), gold)
            return (torch.logsumexp(alpha, 1) - torch.logsumexp(gold, 1)).sum()

    return Network()


def raw_example(keys: list[str]) -> Example:
    """Return a raw sentence as the network reads it in pretraining: its context tags unknown, its labels O.

    The context tags (gazetteer, Arman CRF) come from whole sentences, so a tag at one word tells of the next
    («B-» is followed by «I-»): shown them, a language model would learn to read the next word off the tags.
    """
    unknown = [VOCABULARY_HEAD[UNKNOWN]] * len(keys)
    return Example(keys, unknown, unknown, ["O"] * len(keys))


def pretrain_network(torch, network, raw: Sequence[list[str]], encoder: Encoder, steps: int) -> None:
    """Train the network's inputs and LSTMs as a language model over word clusters on `raw` token-key sentences:
    the forward states guess the next word's fine cluster, the backward states the previous word's."""
    hidden, clusters = network.lstm.hidden_size, len(encoder.index["cluster2"])
    heads = torch.nn.ModuleList([torch.nn.Linear(hidden, clusters), torch.nn.Linear(hidden, clusters)])
    parameters = list(network.parameters()) + list(heads.parameters())
    optimiser = torch.optim.Adam(parameters, lr=PRETRAIN_LEARNING_RATE)
    order, shuffle = list(range(len(raw))), random.Random(SEED)
    shuffle.shuffle(order)
    position, loss_sum = 0, 0.0
    network.train()
    for step in range(steps):
        if position + PRETRAIN_BATCH > len(order):
            shuffle.shuffle(order)
            position = 0
        ids, position = order[position : position + PRETRAIN_BATCH], position + PRETRAIN_BATCH
        batch = batch_tensors(torch, [encoder.encode(raw_example(raw[k])) for k in ids])
        states, target, live = network.states(batch), batch["cluster2"], batch["mask"][:, 1:]
        ahead = heads[0](states[:, :-1, :hidden])[live]
        behind = heads[1](states[:, 1:, hidden:])[live]
        loss = torch.nn.functional.cross_entropy(ahead, target[:, 1:][live]) + \
            torch.nn.functional.cross_entropy(behind, target[:, :-1][live])
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(parameters, 5.0)
        optimiser.step()
        loss_sum += loss.detach().item()
        if (step + 1) % 500 == 0:
            log.info("neural NER pretraining step %d of %d: loss %.3f", step + 1, steps, loss_sum / 500)
            loss_sum = 0.0


def seeded_torch():
    """Import PyTorch set for a deterministic run: fixed seed, one thread."""
    torch = require_torch()
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    return torch


def pretrained_state(raw: Sequence[list[str]], vocab: dict[str, list[str]], vectors: np.ndarray, encoder: Encoder,
                     steps: int = PRETRAIN_STEPS) -> dict:
    """Return the weights of a network pretrained on the `raw` token-key sentences (`pretrain_network`)."""
    torch = seeded_torch()
    network = make_network(torch, vocab, vectors)
    pretrain_network(torch, network, raw, encoder, steps)
    return network.state_dict()


def train_network(examples: Sequence[Example], vocab: dict[str, list[str]], vectors: np.ndarray,
                  encoder: Encoder, epochs: int = EPOCHS, start: dict | None = None):
    """Train the network on examples, from the weights `start` if given (`pretrained_state`); return it."""
    torch = seeded_torch()
    shuffle = random.Random(SEED)
    network = make_network(torch, vocab, vectors)
    if start is not None:
        network.load_state_dict(start)
    optimiser = torch.optim.Adam(network.parameters(), lr=LEARNING_RATE)
    encoded = [encoder.encode(example) for example in examples]
    for epoch in range(epochs):
        network.train()
        order = list(range(len(encoded)))
        shuffle.shuffle(order)
        # Sentences of similar length share a batch (less padding); the batches then run in a shuffled order.
        chunks = [sorted(order[i : i + 50 * BATCH_SIZE], key=lambda k: len(encoded[k]["words"]))
                  for i in range(0, len(order), 50 * BATCH_SIZE)]
        batches = [chunk[i : i + BATCH_SIZE] for chunk in chunks for i in range(0, len(chunk), BATCH_SIZE)]
        shuffle.shuffle(batches)
        total = 0.0
        for ids in batches:
            loss = network.loss(batch_tensors(torch, [encoded[k] for k in ids]))
            optimiser.zero_grad()
            (loss / len(ids)).backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 5.0)
            optimiser.step()
            total += loss.detach().item()
        log.info("neural NER epoch %d: loss %.0f", epoch + 1, total)
    return network.eval()


def export(network, vocab: dict[str, list[str]], path: Path) -> Path:
    """Write the network's weights and vocabularies as the `.npz` file `neural.BiLstmCrf` reads (float16)."""
    state = {name: value.detach().numpy() for name, value in network.state_dict().items()}
    arrays = {
        "words": state["words.weight"], "char": state["char.weight"],
        "conv_w": state["conv.weight"], "conv_b": state["conv.bias"],
        "first_name": state["first_name.weight"],
        **{f"cluster{k}": state[f"clusters.{k}.weight"] for k in range(3)},
        "gazetteer": state["gazetteer.weight"], "stacked": state["stacked.weight"],
        "out_w": state["out.weight"], "out_b": state["out.bias"], "transition": state["transition"],
    }
    for direction, suffix in (("forward", ""), ("backward", "_reverse")):
        arrays[f"lstm_w_in_{direction}"] = state[f"lstm.weight_ih_l0{suffix}"]
        arrays[f"lstm_w_hidden_{direction}"] = state[f"lstm.weight_hh_l0{suffix}"]
        arrays[f"lstm_bias_{direction}"] = state[f"lstm.bias_ih_l0{suffix}"] + state[f"lstm.bias_hh_l0{suffix}"]
    arrays = {name: value.astype(np.float16) for name, value in arrays.items()}
    arrays.update({f"vocab_{name}": np.array(vocab[name]) for name in VOCABULARIES})
    path.parent.mkdir(parents=True, exist_ok=True)
    # numpy's savez stamps each member with the current time; a fixed stamp makes rebuilds byte-identical.
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, value in arrays.items():
            member = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(member, "w") as handle:
                np.lib.format.write_array(handle, value, allow_pickle=False)
    return path
