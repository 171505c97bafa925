"""Rebuild the shipped NER model from ../shared/data: `train_ner(data_dir, out)`.

Design (measured in bench/ner.py):
1. Word clusters from the raw text here (news_langml articles, the PerDT train token stream, and the
   tokens of PEYMA train and ParsTwiNER train): PPMI context vectors, SVD, k-means at three granularities
   (clusters.py).
2. A gazetteer of places (CLDR countries and world cities, Iranian provinces and cities) and of names
   harvested from the training corpora (lexicon.py). While training, each half of a corpus sees only the
   names harvested from the other half, so the CRF learns how far to trust a gazetteer hit on a name it
   has not seen.
3. One linear-chain CRF (python-crfsuite, L-BFGS with L1+L2) per corpus, all over the same features.
   The corpora annotate different types, and a type a corpus does not mark must not be taught as O, so
   each CRF is trusted only for types its own corpus marks. The PEYMA CRF is trusted for PER ORG LOC
   DATE TIME MONEY PERCENT; the Arman CRF adds FAC PRO EVENT where the PEYMA CRF found nothing (model.py).
   The corpora also disagree on where names start and end, so one CRF per type keeps each convention
   whole: letting the Arman or a ParsTwiNER CRF add PER/ORG/LOC as well cost 1 and 0.8 points of micro
   F1 on PEYMA dev (bench/ner.py docstring). ParsTwiNER's labels feed the harvested names, its text the
   clusters.
4. Stacking: the PEYMA CRF also reads the tags the Arman CRF gives each token and its neighbours
   (STACKED). Arman holds none of PEYMA's sentences, so its CRF's tags on PEYMA train are honest
   predictions, and the PEYMA CRF learns how far Arman's names and conventions agree with its own.
   The Arman CRF is trained first; on PEYMA train it reads the same jackknifed features as the PEYMA CRF.
5. A BiLSTM-CRF trained on PEYMA train (neural_train.py, PyTorch) joins the PEYMA CRF: its scores are added to
   the CRF's (model.py). It reads the word, its letters, its clusters, the jackknifed gazetteer tag and the
   Arman CRF's tag; its word embeddings start from the vectors the clusters are cut from, and the whole network
   is first pretrained on the raw text as a language model over word clusters (neural_train.pretrain_network).
   About 3 points of PEYMA dev F1 more than the CRFs alone (bench/ner.py).
6. Nationalities and political groups (ParsTwiNER's NAT and POG, which the taggers are not trained on): a table
   of the phrases ParsTwiNER train tags so at least half of the times they occur, with the people, organisations
   and places ParsTwiNER and PEYMA train tag in at least 70% of two or more uses, and ParsTwiNER's events that the
   Arman files trained on do not mostly leave untagged (groups.py).
Every step is deterministic (sorted inputs, fixed seeds, crfsuite is deterministic, PyTorch on one thread), so a
rebuild gives the same files.
"""

from __future__ import annotations

import gzip
import json
import logging
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from khabar.errors import InputError, ModelError
from khabar.ner.clusters import cluster_words, word_vectors
from khabar.ner.corpora import CORPUS_TYPES, Sentence, read_tagged
from khabar.ner.features import FeatureExtractor, Lexicon, gazetteer_tags, stack_features, token_key
from khabar.ner.groups import GROUPS_FILE, harvest_table, read_group_corpus, save_groups
from khabar.ner.lexicon import first_names, harvest_names, save_lexicon, shared_gazetteer
from khabar.ner.model import MANIFEST, PACKAGE_DATA, stacking_order
from khabar.ner.neural_train import (
    EPOCHS, PRETRAIN_PIECE, Encoder, Example, build_vocabularies, export, pretrained_state, require_torch,
    train_network,
)
from khabar.text.segment import TOKEN

log = logging.getLogger(__name__)

CRF_PARAMS = {"c1": 0.01, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
ALL_ARMAN = ("train_fold1.txt", "test_fold1.txt")  # fold 1's train and test files together are all of Arman
# The corpora each shipped CRF learns from, in the order model.json lists them.
COMPONENTS = ("peyma", "arman")
# The types each CRF is trusted for, in the order model.py merges them.
TRUSTED: dict[str, frozenset[str]] = {
    "peyma": CORPUS_TYPES["peyma"],
    "arman": frozenset({"FAC", "PRO", "EVENT"}),
    "parstwiner": CORPUS_TYPES["parstwiner"],
}
# Corpora whose text joins the raw text for the clusters. Arman's stays out so that the clusters, and so the
# PEYMA and ParsTwiNER CRFs, are the same whichever Arman files are trained on: cross-validation then
# retrains only the Arman CRF and the CRFs stacked on it (`reuse_from`).
CLUSTER_CORPORA = ("peyma", "parstwiner")
# The CRFs whose tags each CRF reads as features (trained, and run, before it).
STACKED: dict[str, tuple[str, ...]] = {"peyma": ("arman",)}
# The CRFs joined by a BiLSTM-CRF trained on the same corpus; the network reads the tags of the CRF's first
# STACKED one.
NETWORKS = ("peyma",)
# Corpora whose sentences join a network's training with partial labels (Example.unmarked): where such a corpus
# says O, a type it does not mark may be there. ParsTwiNER's PER/ORG/LOC: +5 to +6 points on ParsTwiNER dev.
PARTIAL: dict[str, tuple[str, ...]] = {"peyma": ("parstwiner",)}
# How much a network's token scores count beside its CRF's in the joint search (model.json's "net_weight"); chosen
# on PEYMA dev and ParsTwiNER dev among 1, 1.25, 1.5, 1.75 and 2 (bench/ner.py).
NET_WEIGHT = 1.5


def load_corpora(data_dir: Path, arman_files: Sequence[str] = ALL_ARMAN) -> dict[str, list[Sentence]]:
    """Read the training corpora: PEYMA train, the given Arman files, ParsTwiNER train."""
    return {
        "peyma": read_tagged(data_dir / "peyma" / "train.txt", "peyma"),
        "arman": [s for name in arman_files for s in read_tagged(data_dir / "arman" / name, "arman")],
        "parstwiner": read_tagged(data_dir / "parstwiner" / "train.txt", "parstwiner"),
    }


def raw_sentences(data_dir: Path) -> Iterator[list[str]]:
    """Yield token-key sentences of the raw text: news articles and the PerDT token stream."""
    for path in sorted((data_dir / "news_langml").glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for article in json.load(handle):
                for paragraph in [article.get("title") or "", *article.get("paragraphs", [])]:
                    keys = [token_key(m.group(0)) for m in TOKEN.finditer(paragraph)]
                    if keys:
                        yield keys
    with gzip.open(data_dir / "ud_perdt" / "perdt_train_tokens.txt.gz", "rt", encoding="utf-8") as handle:
        sentence: list[str] = []
        for line in handle:
            token = line.strip()
            if token:
                sentence.append(token_key(token))
            elif sentence:
                yield sentence
                sentence = []
        if sentence:
            yield sentence


def pretraining_text(data_dir: Path) -> list[list[str]]:
    """Return the raw text's token-key sentences, long paragraphs cut in pieces, that the network pretrains on."""
    pieces = []
    for keys in raw_sentences(data_dir):
        pieces.extend(keys[first : first + PRETRAIN_PIECE] for first in range(0, len(keys), PRETRAIN_PIECE))
    return [piece for piece in pieces if len(piece) >= 3]


def pretrained_weights(data_dir: Path, vocab: dict[str, list[str]], vectors: np.ndarray, encoder: Encoder,
                       cache: Path | None) -> dict:
    """Pretrain a network on the raw text, or take its weights from `cache` if that file holds a network
    pretrained over the same vocabularies (cross-validation retrains the network per fold, on the same raw text)."""
    torch = require_torch()
    if cache and cache.is_file():
        saved = torch.load(cache)
        if saved["vocab"] == vocab:
            return saved["state"]
    log.info("pretraining the BiLSTM on raw text")
    state = pretrained_state(pretraining_text(data_dir), vocab, vectors, encoder)
    if cache:
        torch.save({"vocab": vocab, "state": state}, cache)
    return state


def cluster_text(data_dir: Path, corpora: dict[str, list[Sentence]]) -> list[list[str]]:
    """Return every token-key sentence the clusters learn from (Arman's text left out: see CLUSTER_CORPORA)."""
    sentences = list(raw_sentences(data_dir))
    for name in CLUSTER_CORPORA:
        sentences.extend([token_key(t) for t in s.tokens] for s in corpora[name])
    return [[key for key in sentence if key] for sentence in sentences]


def build_lexicon(data_dir: Path, names_from: Sequence[Sentence], clusters: dict[str, tuple[str, ...]]) -> Lexicon:
    """Assemble clusters, shared gazetteers and names harvested from `names_from`."""
    gazetteer = {**shared_gazetteer(data_dir), **harvest_names(names_from)}
    return Lexicon(clusters=clusters, gazetteer=gazetteer, first_names=first_names(data_dir),
                   max_phrase=max(len(keys) for keys in gazetteer))


def featurize(sentences: Sequence[Sentence], lexicon: Lexicon) -> list[list[list[str]]]:
    """Return crfsuite attribute lists for sentences under one lexicon."""
    extractor = FeatureExtractor(lexicon)
    return [extractor.sentence(s.tokens) for s in sentences]


def jackknife(data_dir: Path, sentences: Sequence[Sentence], clusters: dict[str, tuple[str, ...]],
              read: Callable[[Sequence[Sentence], Lexicon], list]) -> list:
    """Apply `read` to each half of `sentences` under a lexicon whose names are harvested from the other half
    only; return its results in the sentences' order."""
    halves = (sentences[0::2], sentences[1::2])
    merged: list = [None] * len(sentences)
    for parity, (half, other) in enumerate(zip(halves, halves[::-1])):
        merged[parity::2] = read(half, build_lexicon(data_dir, other, clusters))
    return merged


def featurize_jackknife(data_dir: Path, sentences: Sequence[Sentence], clusters: dict[str, tuple[str, ...]]) -> list:
    """Featurize each half of `sentences` with names harvested from the other half only."""
    return jackknife(data_dir, sentences, clusters, featurize)


def neural_examples(data_dir: Path, sentences: Sequence[Sentence], clusters: dict[str, tuple[str, ...]],
                    below: Path) -> list[Example]:
    """Return the BiLSTM-CRF's training examples: jackknifed gazetteer tags (as `featurize_jackknife`) and the
    tags the CRF file `below` gives each sentence."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(below))

    def examples(half: Sequence[Sentence], lexicon: Lexicon) -> list[Example]:
        extractor = FeatureExtractor(lexicon)
        out = []
        for sentence in half:
            keys = extractor.keys(sentence.tokens)
            gazetteer = [tag or "O" for tag in gazetteer_tags(keys, lexicon)]
            out.append(Example(keys, gazetteer, tagger.tag(extractor.sentence(sentence.tokens)), sentence.tags))
        return out

    return jackknife(data_dir, sentences, clusters, examples)


def train_neural(data_dir: Path, sentences: Sequence[Sentence], clusters: dict[str, tuple[str, ...]],
                 embedded: tuple[list[str], np.ndarray], below: Path, target: Path, names: frozenset[str],
                 epochs: int | None = None, corpus: str = "peyma",
                 partial: dict[str, Sequence[Sentence]] | None = None, pretrained_cache: Path | None = None) -> Path:
    """Train the BiLSTM-CRF on sentences of `corpus` (and on the `partial` corpora's, where a type they do not mark
    may be anywhere they say O), reading the CRF file `below` and the first `names`, and export it to
    `target`; `embedded` holds the words whose embeddings start from their context vectors, and the vectors.
    The network is pretrained on the raw text first (`pretrained_weights`, which may keep it in `pretrained_cache`)."""
    examples = neural_examples(data_dir, sentences, clusters, below)
    words, vectors = embedded
    vocab = build_vocabularies(examples, words, clusters)  # the partial corpora's words stay out: same size
    for name, others in (partial or {}).items():
        unmarked = CORPUS_TYPES[corpus] - CORPUS_TYPES[name]
        for example in neural_examples(data_dir, others, clusters, below):
            labels = [label if label[2:] in CORPUS_TYPES[corpus] else "O" for label in example.labels]
            examples.append(replace(example, labels=labels, unmarked=unmarked))
    encoder = Encoder(vocab, clusters, names)
    vectors = vectors.astype(np.float32)
    start = pretrained_weights(data_dir, vocab, vectors, encoder, pretrained_cache)
    network = train_network(examples, vocab, vectors, encoder, epochs or EPOCHS, start)
    return export(network, vocab, target)


def add_stacked_tags(features: Sequence, folder: Path, names: Sequence[str]) -> list:
    """Add to each sentence's features the tags that the CRFs `names` in `folder` give it."""
    import pycrfsuite

    taggers = []
    for name in names:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(folder / f"{name}.crfsuite"))
        taggers.append((name, tagger))
    return [stack_features(xseq, [(name, tagger.tag(xseq)) for name, tagger in taggers]) for xseq in features]


def training_order(components: Sequence[str]) -> list[str]:
    """Order component names so that each comes after the CRFs it is stacked on."""
    try:
        return stacking_order({name: STACKED.get(name, ()) for name in components})
    except ModelError as error:
        raise InputError(f"cannot train the components {', '.join(components)}: {error}") from None


def fit_crf(features: Sequence, tags: Sequence[Sequence[str]], path: Path, iterations: int) -> Path:
    """Train a CRF with L-BFGS and write it to `path`."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in zip(features, tags):
        trainer.append(xseq, yseq)
    trainer.set_params({**CRF_PARAMS, "max_iterations": iterations})
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path


def train_ner(data_dir: Path, out: Path | None = None, *, arman_files: Sequence[str] | None = None,
              iterations: int | None = None, components: Sequence[str] = COMPONENTS,
              reuse_from: Path | None = None, epochs: int | None = None, pretrained_cache: Path | None = None) -> Path:
    """Rebuild the NER model and lexicon from `data_dir` (../shared/data) into `out`; return the folder.

    data_dir (Path): the shared data folder holding peyma/, arman/, parstwiner/, gazetteers/, news_langml/, ud_perdt/.
    out (Path | None): where to write; the package's data/ner folder by default.
    arman_files (Sequence[str] | None): the Arman files to train on (all of Arman by default; one train fold for CV).
    iterations (int | None): L-BFGS iterations per CRF (CRF_PARAMS by default).
    components (Sequence[str]): the corpora that get a CRF of their own.
    reuse_from (Path | None): a model folder built from the same data; its CRFs that learn nothing from Arman
        (directly or by stacking) are copied instead of retrained (they would come out identical: same
        clusters, corpus and seeds).
    epochs (int | None): training epochs of the BiLSTM-CRFs (neural_train.EPOCHS by default; 0 trains none and
        ships the CRFs alone).
    pretrained_cache (Path | None): a file keeping the network pretrained on raw text, so that rebuilds with other
        Arman files (cross-validation) pretrain it once.
    RETURNS (Path): the folder holding model.json, the CRFs and the lexicon files.
    """
    data_dir, out = Path(data_dir), Path(out) if out else PACKAGE_DATA
    if not (data_dir / "peyma" / "train.txt").is_file():
        raise InputError("not the shared data folder (no peyma/train.txt)", source=str(data_dir))
    if NETWORKS and epochs != 0:
        require_torch()  # before the CRFs' minutes of training, not after
    corpora = load_corpora(data_dir, arman_files or ALL_ARMAN)
    log.info("building word vectors and clusters")
    words, vectors = word_vectors(cluster_text(data_dir, corpora))
    clusters = cluster_words(words, vectors)
    for name in training_order(components):
        target = out / f"{name}.crfsuite"
        learns_arman = "arman" in (name, *STACKED.get(name, ()))
        if reuse_from and not learns_arman and (Path(reuse_from) / target.name).is_file():
            out.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(reuse_from) / target.name, target)
        else:
            log.info("training the %s CRF", name)
            features = featurize_jackknife(data_dir, corpora[name], clusters)
            if STACKED.get(name):
                features = add_stacked_tags(features, out, STACKED[name])
            fit_crf(features, [s.tags for s in corpora[name]], target, iterations or CRF_PARAMS["max_iterations"])
    all_sentences = [s for name in sorted(corpora) for s in corpora[name]]
    lexicon = build_lexicon(data_dir, all_sentences, clusters)
    manifest = []
    for name in components:
        part = {"file": f"{name}.crfsuite", "types": sorted(TRUSTED[name])}
        if STACKED.get(name):
            part["stacked_on"] = list(STACKED[name])
        if name in NETWORKS and epochs != 0:
            part["net"] = f"{name}.bilstm.npz"
            part["net_weight"] = NET_WEIGHT
            target = out / part["net"]
            if reuse_from and "arman" not in STACKED.get(name, ()) and (Path(reuse_from) / target.name).is_file():
                shutil.copyfile(Path(reuse_from) / target.name, target)
            else:
                log.info("training the %s BiLSTM-CRF", name)
                below = out / f"{STACKED[name][0]}.crfsuite"
                train_neural(data_dir, corpora[name], clusters, (words, vectors), below, target, lexicon.first_names,
                             epochs, name, {other: corpora[other] for other in PARTIAL.get(name, ())},
                             pretrained_cache)
        manifest.append(part)
    save_lexicon(lexicon, out)
    tweets = read_group_corpus(data_dir / "parstwiner" / "train.txt")
    save_groups(harvest_table(tweets, [*tweets, *corpora["peyma"]], corpora["arman"]), out)
    (out / MANIFEST).write_text(json.dumps({"models": manifest, "groups": GROUPS_FILE}, indent=1) + "\n",
                                encoding="utf-8")
    return out
