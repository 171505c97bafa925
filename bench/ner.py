"""Benchmark the shipped NER model: accuracy on the shared corpora, robustness, speed, load time, memory.

Reproduce (from the repository root, one core):
    OMP_NUM_THREADS=1 .venv/bin/python -m bench.ner --shared ../shared            # everything, CV included
    OMP_NUM_THREADS=1 .venv/bin/python -m bench.ner --shared ../shared --skip-cv  # no Arman retraining

Scores come from ../shared/eval/ner.py (exact entity spans; only the types the gold file annotates).
- PEYMA dev and ParsTwiNER dev are tagged by the shipped model (trained on PEYMA train, all of Arman and
  ParsTwiNER train; neither dev file is in its training data).
- Arman 3-fold cross-validation rebuilds the model three times with `train_ner` on train_foldK (the lexicon's
  harvested names then come from train_foldK, PEYMA train and ParsTwiNER train) and scores test_foldK.
  The Arman CRF and the PEYMA CRF stacked on it are retrained; a CRF that learns nothing from Arman
  would be copied from the shipped model (train.py, `reuse_from`). It takes a while, hence --skip-cv.
- Damaged PEYMA dev: PEYMA keeps no ZWNJ, it writes a space inside the token instead («می شود»), so the
  damage of ../shared/eval/halfspace.py `strip` is applied to those inner spaces: `join` deletes them
  («میشود»); `split` turns each such token into separate tokens, as a tokenizer splitting at spaces
  would, and the tag of a gold token is the tag of its first piece.
- Article context (context.py) needs articles; PEYMA dev keeps its sentences in article order without
  boundaries, so runs of 10 consecutive sentences stand in for articles.
- Measured while building the model (PEYMA dev micro F1; PEYMA-only CRF, 100 L-BFGS iterations unless
  said; the shipped CRF runs 150):
    word + affixes + shape + ±2 window + shared gazetteers, c1=c2=0.01         0.732
    + word clusters (3 k-means levels), c1=0.05 c2=0.02                         0.765
    + names harvested from train, jackknifed                                     0.767
    c1=c2=0.01                                                                   0.771
    + 32 SVD dimensions as real-valued features, vocabulary from 2 occurrences  0.767 (dropped)
    150 iterations                                                               0.778
    + CLDR world cities in the gazetteer (shipped: PEYMA CRF, then Arman FAC/PRO/EVENT)  0.780
    the same two CRFs, Arman's FAC/PRO/EVENT spans first                        0.766
    + Arman CRF adding PER/ORG/LOC where PEYMA's found nothing                  0.768 (ParsTwiNER dev 0.555)
    + ParsTwiNER CRF adding PER/ORG/LOC/EVENT likewise                          0.770 (ParsTwiNER dev 0.599)
    the same three CRFs merged by mean marginal probability                      0.738
      (ParsTwiNER dev 0.638; 3.6k tokens/s)
  (the rows with an Arman or ParsTwiNER CRF are before the cities were added.)
  Issue 4, second round (PEYMA CRF alone on the same jackknifed features, 150 iterations, c1=c2=0.01
  unless said; P / R / F1 on PEYMA dev; noise between runs of similar settings is about 0.4 points):
    shipped model before this round                                            .824 .741 .780
    + every cluster level of the ±1 neighbours, the coarse one of ±2            .819 .737 .776 (dropped)
    + cluster bigrams (i-1|i, i|i+1, two levels) and prefix|suffix             .825 .741 .781 (dropped)
    + trigger words learned from train (the word before an entity, >= 5 times and
      >= 30% of its uses), as "k tokens after a trigger of type T", k <= 4      .819 .738 .776 (dropped)
    c1=0.05 / c1=0.001 / 300 iterations                                 .776 / .776 / .775 (dropped)
    self-training: + the 4,000 news_langml sentences with entities the CRF
      is most sure of (sequence probability >= 0.996)                          .822 .740 .779 (dropped)
    stacking: + the Arman CRF's tags of the token and of its ±1 neighbours      .826 .745 .784 (kept)
      the same, + a ParsTwiNER CRF's tag of the token                          .823 .747 .784 (dropped:
        no gain for a third CRF)
      the same, 300 iterations / c1=c2=0.02                           .777 / .779 (dropped)
      the same, + the Arman tag's marginal probability (3 buckets)             .820 .741 .779 (dropped)
      the same, + inside-quotes flags and the word bigrams at ±2               .817 .738 .776 (dropped)
      the same, + self-training on the 9,027 Fars sentences with entities and
        sequence probability >= 0.5                                            .815 .740 .776 (dropped)
  Stacking also lifted ParsTwiNER dev from .544 to .567, damaged PEYMA (split) from .773 to .777 and
  Arman 3-fold CV (shipped system) from .626 to .644.
  Arman fold 1 (Arman-only CRF, 100 iterations): 0.754. One CRF over all three corpora did not finish
  100 iterations within 25 minutes on the shared machine and was not measured.
  Issue 4, third round: a BiLSTM-CRF (neural.py, trained with PyTorch on the CPU by neural_train.py) reading
  the word (embedding started from the clusters' PPMI-SVD vectors), its letters (a width-3 convolution), its
  clusters, the first-name flag, the gazetteer tag and the Arman CRF's tag. Prototype runs, PEYMA dev micro F1
  after the last epoch (the network alone / its scores added to the shipped PEYMA CRF's, one Viterbi search):
    128 hidden units, 10 epochs                                                 .763 / .798
    64 hidden units, 8 epochs                                                   .766 / .793
    128 units, trained on Arman too (a second output layer for Arman's labels)  .762 / .799 (dropped: no gain)
    64 units trained on top of the PEYMA CRF's scores (CRFs trained on each half
      of PEYMA train scoring the other half; the network learns the remainder)  .742 alone with the CRF
      (dropped: the half-trained CRFs are weaker than the full one it then joins)
  The shipped network is the 64-unit one (8 epochs, about 21 s each on one core), for speed: with it, PEYMA dev
  0.800 (CRFs alone 0.783), ParsTwiNER dev 0.590 (0.567), Arman CV 0.658 (0.644). Long sentences run as
  overlapping windows of 40 tokens (neural.windows): 0.8003 against 0.8011 for whole sentences, and an
  article's LSTM steps drop from about 72 to 40. Seed noise: with seed 11 instead of 7, or 12 epochs instead of
  8, the pair scores 0.792; both seeds' networks added to the CRFs together 0.797 (not shipped).
  Issue 4, fourth round: network-only retrains on the shipped CRFs (64 units, 8 epochs), PEYMA dev / ParsTwiNER
  dev micro F1 with the CRFs, seeds 7 / 11 / 13:
    the shipped recipe                                                          .800 .792 .790 / .590 .582 .587
    weights averaged over the last 3 epochs                                     .801 .798 .795 / .586 .579 .590
    cosine learning-rate decay to 0, averaged over the last 3                   .794 (seed 7) / .585 (dropped)
    word dropout 0.1                                                            .797 (seed 7) / .593 (dropped)
    + ParsTwiNER train with partial labels: where ParsTwiNER says O, a type it
      does not mark (DATE, TIME, MONEY, PERCENT) may be there, so the loss sums
      over every allowed label sequence                                          .800 .794 - / .643 .651 -
    the same, its loss weighted 0.5                                             .798 (seed 7) / .647
  Shipped: ParsTwiNER train with partial labels (neural_train.py, `PARTIAL` in train.py), seed 7, as rebuilt by
  `khabar train ner`: PEYMA dev 0.796 (DATE 0.824 -> 0.787, within the seed noise above), ParsTwiNER dev 0.647
  (ORG 0.43 -> 0.54, PER 0.60 -> 0.69), Arman CV 0.666 (0.658 before).
  Issue 4, fifth round: the shipped network's scores weighted against the CRF's in the joint Viterbi search
  (emissions and transitions times w; no retraining), PEYMA dev / ParsTwiNER dev micro F1:
    w = 0.7 / 1 (shipped) / 1.4 / 1.6 / 2 / 2.5 / 3        .795 .796 .798 .796 .797 .796 .789 /
                                                            .643 .648 .660 .660 .667 .673 .679
    at w = 2 PEYMA MONEY fell .926 -> .837 (4 of 49) and the shipped model on Arman's test folds (which its Arman
    CRF has seen) lost half a point on each: dropped, a trade between corpora rather than a gain.
  Issue 4, sixth round: a gazetteer harvested from the raw news (news_langml) by context patterns: the one or two
  words after a trigger of one type (ORG «باشگاه/تیم/روزنامه/خبرگزاری/شرکت ... X», LOC «شهر/شهرستان/استان/روستای/
  کشور ... X», PER «آقای/سردار/دکتر/شهید ... X»), >= 3 times, >= 60% with one type, dropping words the training
  corpora tag mostly as O (>= 3 times, < 50% inside names), function words and the head words of longer names
  («استان», «سازمان»: < 30% of the names they are in end with them); lowest priority in the gazetteer; the O-filter
  jackknifed like the harvested names. CRFs alone (deterministic), PEYMA dev P / R / F1, F1 of ORG / LOC / PER,
  ParsTwiNER dev F1, damaged PEYMA (split) F1:
    no news names (rebuilt: the shipped CRFs, byte for byte)      .826 .745 .783  .701 .815 .822  .567  .777
    A  ORG+LOC+PER triggers, tagged B-newsORG ... (types of their own)  .821 .740 .778  .704 .805 .809  .570  .771
    B  the ORG triggers only                                      .822 .738 .778  .699 .809 .817  .570  .769
    C  A, head words dropped                                      .824 .739 .779  .702 .811 .816  .573  .773
    D  C + «مقابل/برابر/تیم فوتسال X», and the surname after a
       first name of the shared list («علیرضا فغانی» -> «فغانی»)    .821 .744 .781  .704 .812 .812  .566  .775
    E  D tagged with the corpora's own types (B-ORG ...)          .827 .741 .781  .710 .812 .814  .566  .775
    F  ORG only (D's triggers) with the corpora's types             .824 .739 .779  .699 .816 .810  .568  .774
  The whole model with D (CRFs + BiLSTM-CRF, seed 7, `train_ner` unpatched, 12 min): PEYMA dev .831 .748 .787
  (ORG .712, LOC .828, PER .828; shipped .796), ParsTwiNER dev .653 (.647), damaged split / join .791 / .787; speed
  unchanged (110,600 / 65,950 tokens/s against 112,300 / 65,700 in the same run). Dropped: no run gains beyond the
  noise. Why: coverage. Of PEYMA dev's 1,655 PER/ORG/LOC spans, 873 are already exact gazetteer phrases; the news
  harvest adds 7 (C) to 22 (D), ParsTwiNER dev 14 of 938. Of the PER/ORG/LOC spans the CRFs miss entirely on PEYMA
  dev, 95 occur >= 3 times in the raw news, but mostly as plain words (newspapers «جوان», «اعتماد», «شروع», «امتیاز»;
  «محیط زیست») or as teams in score lines with no trigger before them.
  Issue 4, seventh round: ParsTwiNER's own types NAT (nationalities, ethnicities) and POG (political groups,
  dynasties), which its dev set scores (56 + 15 of 1,017 names) and the taggers never produced: a table of the
  phrases ParsTwiNER train tags NAT/POG in at least half of their occurrences, added where the tagger says O
  (groups.py). ParsTwiNER dev micro F1 (the whole model; the rows marked * from a prototype script):
    before                                                                      .647
    table: phrases tagged once or more, >= 50% of their uses                    .674 (NAT .701, POG .545)
    * the same, twice or more                                                   .671
    * the same, twice or more, >= 70%                                           .668
    * + each NAT word's plural/suffix variants («ایرانی‌ها»، «ایرانیان»)         .664 (dropped)
    once or more, >= 50%, and a POG phrase the taggers found as one whole ORG
      retyped POG (shipped)                                                     .678 (POG .690, ORG .554)
  PEYMA dev .7957 -> .7958 (the ORGs retyped were hardly PEYMA's ORGs); Arman marks neither type (on its test folds,
  which the shipped model has seen, the retyping moves ORG F1 by -.3 to +.1 points).
- The same table with the phrases ParsTwiNER train and PEYMA train tag PER, ORG or LOC in >= 70% of 2+ uses, added
  where the taggers say O (shipped): ParsTwiNER dev .678 -> .686, PEYMA dev .796 -> .797, Arman CV .666 unchanged
  (folds .672 .656 .671). The same harvested from Arman train as well: PEYMA dev .7971 -> .7967, ParsTwiNER dev .6905 -> .6912
  (with the titles rule; dropped, within the noise).
- Arman's FAC/PRO/EVENT (which the Arman CRF finds and the PEYMA CRF reads as LOC or ORG: a university, a newspaper,
  a cup) were let replace the PEYMA CRF's spans they cover (a throwaway subclass of the tagger; Arman folds 2 and 3
  retrained as the CV does; not shipped):
                                          PEYMA dev   ParsTwiNER dev   Arman fold 2   Arman fold 3
    shipped (Arman types only where O)      .797          .686            .656           .671
    FAC may replace                         .790          .684            .675           .686
    FAC, PRO and EVENT may replace          .784          .681            .693           .705
  The corpora disagree on what a university or a newspaper is; PEYMA's reading is kept, which the quotes, resolution
  and events stages expect (a newspaper speaks, a university signs).
- A title opening a PER span («سردار سلیمانی») left out of it, unless the name table holds the whole span
  (titles.py; shipped): PEYMA dev .7966 -> .7971, ParsTwiNER dev .6862 -> .6905 (PER .709 -> .720), Arman
  folds unchanged (.672, .656, .671).
  The news outlets of data/outlets.tsv (the text layer's gazetteer) added to the table as ORG: the 73 aliases of
  two or more words lift PEYMA dev by one span (.7971 -> .7974) and leave ParsTwiNER dev unchanged; with the one-word
  aliases too («جوان»، «اطلاعات» are words), PEYMA .7960, ParsTwiNER .6925. Dropped.
- The network pretrained on raw text first (neural_train.pretrain_network: the news and the PerDT token stream,
  1.7 million tokens in 64,383 pieces of at most 60; its forward LSTM guesses the next word's fine cluster, its
  backward LSTM the previous word's; the context tags hidden), then trained as before. Prototype runs (a script
  outside the package, the same examples, vocabularies and recipe as train.py; PEYMA dev / ParsTwiNER dev micro F1,
  the whole model, seeds 7 / 11 / 13):
    no pretraining, 64 units (the recipe before)                       .794 .796 .799 / .696 .691 .687
    pretrained 15 min (about 3,900 batches of 64 pieces), 64 units     .800 .805 .808 / .702 .690 .694
    pretrained 25 min (about 6,500 batches), 64 units                  .802 (seed 7)  / .695
    pretrained 15 min (about 2,800 batches: slower), 128 units         .814 .806 -    / .703 .699 -
    128 units without pretraining (third round, above)                 about the same as 64
  Shipped: 128 units, 3,000 pretraining batches (PRETRAIN_STEPS), seed 7, as rebuilt by `khabar train ner`:
  PEYMA dev .797 -> .815, ParsTwiNER dev .691 -> .699, Arman CV .666 -> .671 (folds .676 .659 .677; the
  cross-validation pretrains once, `pretrained_cache`, and each fold then trains in about 11 minutes).
  Pretraining lets the larger network use its size; longer pretraining gained nothing. Tagging speed with 128
  units: about 45,000 tokens/s against 65,000 (same run, PEYMA dev, one core).
- The pretrained network's token scores weighted w in the joint search (model.json "net_weight", no retraining;
  its transitions stay as trained), PEYMA dev / ParsTwiNER dev micro F1:
    w = 1 / 1.25 / 1.5 / 1.75 / 2                    .815 .817 .817 .813 .812 / .699 .705 .715 .719 .721
    transitions weighted too, w = 1.5 / 2            .817 .816 / .709 .718
  Shipped: w = 1.5 (train.NET_WEIGHT): ParsTwiNER dev +1.6 (ORG .552 -> .607), PEYMA dev +0.2 (TIME .683 -> .591,
  20 gold; MONEY unchanged), the shipped model on Arman's test folds (which its Arman CRF has seen) -0.2 to -0.3
  (.744 .731 .747 -> .743 .729 .745); Arman CV .6707 -> .6713 (folds .678 .659 .677). The 64-unit network before
  gained nothing on PEYMA from any weight.
- Round after the pretraining: variants of the shipped recipe, each a network fine-tuned (from the same pretrained
  weights unless said) by a prototype script outside the package and added to the shipped CRFs at w = 1.5,
  PEYMA dev / ParsTwiNER dev micro F1 (the shipped network: .817 / .715):
    seed 11 instead of 7                                                        .815 / .711
    both networks (seeds 7 and 11), their token scores averaged in the search   .817 / .711 (w = 2: .814 / .727)
    + all of Arman's sentences, scored by an output layer and transitions of
      their own (PEYMA's types; the Arman CRF's tags hidden), seeds 7 / 11      .806 .804 / .709 .710
    + 8,000 raw news pieces (6-50 tokens) with a name, tagged by the shipped
      model (self-training)                                                     .811 / .709
    learning rate 1e-3 instead of 3e-3                                          .811 / .711
    dropout 0.3 instead of 0.5                                                  .805 / .714
    5 / 12 epochs instead of 8                                                  .810 .811 / .717 .724
    pretrained on the raw text and PEYMA train and ParsTwiNER train (2.16
      million tokens instead of 1.7)                                            .810 / .716
  None gained beyond the seed noise (about half a point): the shipped recipe stays as it was.
- ParsTwiNER's events (its EVE; 23 names of its dev set, which only the Arman CRF found: EVENT F1 .121) in the name
  table (groups.py), written in as EVENT where the taggers found nothing (the shipped model otherwise unchanged;
  micro F1 on ParsTwiNER dev / each Arman test fold with the shipped model, which has seen them):
    phrases tagged EVE in >= 50% of 1+ uses (235)                               .718 / -.2 to -.3 each
    >= 50% of 2+ uses (37)                                                      .719 / -.2 to -.3 each
    >= 70% of 2+ uses (27)                                                      .716 / .000 to -.0004
    >= 50% of 2+ uses, less those Arman tags as an event in under half of 2+
      occurrences («انقلاب اسلامی» 0 of 70, «دفاع مقدس» 1 of 43): 32 (shipped)   .717 / .000 to -.0002
  Shipped: ParsTwiNER dev .715 -> .717 (EVENT .121 -> .333), PEYMA dev unchanged (it marks no events), Arman CV
  .671 unchanged (folds .678 .659 .677; in each fold the filter reads that fold's train file). The resolver's 68
  demonyms and their plurals as NAT where the taggers found nothing: ParsTwiNER dev .7167 -> .7166 / .7169 (dropped).
- A news outlet of data/outlets.tsv (26 national dailies added) that opens a line before a colon, as in a press
  digest («آفتاب یزد: …»), tagged ORG (press.py; shipped): PEYMA dev .817 -> .826 (ORG .742 -> .762), every span of it
  from the dev set's one digest (25 lines; the rule fires on 1 line of PEYMA train, 3 of ParsTwiNER train, 1 of
  Arman's folds, all tagged ORG there); ParsTwiNER dev unchanged (.717); damaged PEYMA .817 / .812 -> .826 / .820.
- Speed: tokens per second tagging PEYMA dev in this process (one core, features included); load time
  and peak memory are measured in a fresh interpreter that loads the model and tags one sentence.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._common import load_eval
from khabar.ner.corpora import CORPUS_TYPES
from khabar.ner.model import PACKAGE_DATA, NerTagger, open_component

# Published figures quoted by issue 4. Sources: the ParsBERT v2 model card for PEYMA
# (HooshvareLab/bert-fa-base-uncased-ner-peyma: ParsBERT 93.10, Beheshti-NER 90.59, rule-based CRF 84.00,
# all on PEYMA's test split) and Stanza's performance page for Arman (fa, NER 80.1).
PUBLISHED = [
    ("ParsBERT (BERT-base, fine-tuned)", "PEYMA test", 93.1),
    ("Beheshti-NER (multilingual BERT)", "PEYMA test", 90.6),
    ("CRF with rules", "PEYMA test", 84.0),
    ("Stanza fa (BiLSTM-CRF)", "Arman test", 80.1),
]


def score_file(scorer, tagger: NerTagger, gold_path: Path, damage: str | None = None) -> dict:
    """Tag the tokens of a gold file (optionally damaged) and score them against it."""
    gold = scorer.read(str(gold_path))
    predicted = []
    for sentence in gold:
        tokens = [token for token, _ in sentence]
        tags = tag_damaged(tagger, tokens, damage)
        predicted.append([(token, tag) for token, tag in zip(tokens, tags)])
    return scorer.score(predicted, gold)


def score_with_context(scorer, tagger: NerTagger, gold_path: Path, window: int) -> dict:
    """Score after the article-context pass, taking each run of `window` consecutive sentences as one article."""
    from khabar.ner.context import propagate_names

    gold = scorer.read(str(gold_path))
    sentences = [[token for token, _ in sentence] for sentence in gold]
    tags = tagger.tag_sentences(sentences)
    for start in range(0, len(sentences), window):
        tags[start : start + window] = propagate_names(sentences[start : start + window], tags[start : start + window])
    predicted = [[(token, tag) for token, tag in zip(tokens, row)] for tokens, row in zip(sentences, tags)]
    return scorer.score(predicted, gold)


def tag_damaged(tagger: NerTagger, tokens: list[str], damage: str | None) -> list[str]:
    """Tag tokens after deleting (`join`) or splitting at (`split`) their inner spaces and half-spaces."""
    if damage is None:
        return tagger.tag(tokens)
    if damage == "join":
        return tagger.tag([token.replace(" ", "").replace("\u200c", "") or token for token in tokens])
    pieces, first = [], []
    for token in tokens:
        parts = token.replace("\u200c", " ").split() or [token]
        first.append(len(pieces))
        pieces.extend(parts)
    tags = tagger.tag(pieces)
    out = []
    for index in first:
        tag = tags[index]
        out.append(tag)
    return out


def arman_cv(scorer, shared: Path, iterations: int | None) -> list[dict]:
    """Train on train_foldK (plus PEYMA and ParsTwiNER) and score test_foldK, for K = 1..3."""
    results = []
    with tempfile.TemporaryDirectory() as kept:  # the network's pretraining on raw text is the same in every fold
        for fold in (1, 2, 3):
            results.append(arman_fold(scorer, shared, fold, iterations, Path(kept) / "pretrained.pt"))
    return results


def arman_fold(scorer, shared: Path, fold: int, iterations: int | None, pretrained: Path) -> dict:
    """Train on train_foldK (plus PEYMA and ParsTwiNER), score test_foldK and print the scores."""
    from khabar.ner.train import train_ner

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        train_ner(shared / "data", Path(folder), arman_files=(f"train_fold{fold}.txt",), iterations=iterations,
                  reuse_from=None if iterations else PACKAGE_DATA, pretrained_cache=pretrained)
        trained = time.perf_counter() - started
        gold = shared / "data" / "arman" / f"test_fold{fold}.txt"
        result = score_file(scorer, NerTagger(Path(folder)), gold)
        alone = NerTagger(Path(folder), network=False)
        alone.components = [open_component(Path(folder), "arman.crfsuite", sorted(CORPUS_TYPES["arman"]))]
        result["arman_crf_alone"] = score_file(scorer, alone, gold)
    result["train_s"] = round(trained, 1)
    print_scores(f"Arman test_fold{fold}, shipped system", result)
    print_scores(f"Arman test_fold{fold}, Arman CRF alone (all six Arman types)", result["arman_crf_alone"])
    return result


def measure_speed(scorer, tagger: NerTagger, shared: Path, rounds: int = 3) -> float:
    """Return tokens per second tagging PEYMA dev, best of `rounds` (features included)."""
    gold = scorer.read(str(shared / "data" / "peyma" / "dev.txt"))
    sentences = [[token for token, _ in sentence] for sentence in gold]
    count = sum(map(len, sentences))
    best = float("inf")
    for _ in range(rounds):
        tagger.clear_cache()  # cold word cache: every round pays for feature extraction and word scores
        started = time.perf_counter()
        tagger.tag_sentences(sentences)
        best = min(best, time.perf_counter() - started)
    return count / best


def measure_pipeline(shared: Path, count: int = 150) -> dict[str, float]:
    """Return articles per CPU second of the whole pipeline, with the CRFs alone and with the BiLSTM-CRF, on the
    same ~2,500-character Fars articles as bench.events (after a warm-up on 20 of them)."""
    from bench.events import speed_articles
    from khabar import new_analysis
    from khabar.pipeline import ACCURATE_STAGES, DEFAULT_STAGES, Pipeline

    texts = speed_articles(shared, count + 20)
    rates = {}
    for name, stages in (("CRFs alone", DEFAULT_STAGES), ("with the BiLSTM-CRF", ACCURATE_STAGES)):
        pipeline = Pipeline(stages)
        for text in texts[:20]:
            pipeline(new_analysis(text))
        started = time.process_time()
        for text in texts[20:]:
            pipeline(new_analysis(text))
        rates[name] = count / (time.process_time() - started)
    return rates


LOAD_PROBE = """
import time, json
started = time.perf_counter()
from khabar.ner.model import NerTagger
imported = time.perf_counter()
tagger = NerTagger()
loaded = time.perf_counter()
tagger.tag(["ویکتور", "خرنین", "گنادوویچ", "وزیر", "دفاع", "بلاروس"])
# VmHWM, not ru_maxrss: ru_maxrss survives exec and would report the parent's peak.
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"import_s": imported - started, "load_s": loaded - imported, "peak_mb": peak / 1024}))
"""


def measure_load() -> dict:
    """Return import and model-load seconds and the peak resident memory of a fresh interpreter."""
    output = subprocess.run([sys.executable, "-c", LOAD_PROBE], capture_output=True, text=True, check=True).stdout
    return json.loads(output)


def model_size_mb() -> float:
    """Return the size of the shipped model folder in MB."""
    return sum(path.stat().st_size for path in PACKAGE_DATA.glob("*") if path.is_file()) / 1e6


def print_scores(name: str, result: dict) -> None:
    """Print micro and per-type P/R/F1 of one evaluation."""
    print(f"\n{name}\n  {'type':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for kind, values in result.items():
        if isinstance(values, dict) and "f1" in values:
            print(f"  {kind:8} {values['p']:6.3f} {values['r']:6.3f} {values['f1']:6.3f} {values['gold']:6d}")


def main(argv: list[str] | None = None) -> None:
    """Run the NER benchmark and print its tables."""
    parser = argparse.ArgumentParser(prog="bench.ner", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--skip-cv", action="store_true", help="skip the Arman 3-fold cross-validation (3 retrainings)")
    parser.add_argument("--cv-iterations", type=int, default=None, help="CRF iterations for the CV models")
    args = parser.parse_args(argv)
    scorer = load_eval(args.shared, "ner")
    data = args.shared / "data"
    tagger, crfs = NerTagger(), NerTagger(network=False)

    results = {
        "PEYMA dev": score_file(scorer, tagger, data / "peyma" / "dev.txt"),
        "PEYMA dev, CRFs alone": score_file(scorer, crfs, data / "peyma" / "dev.txt"),
        "PEYMA dev, damaged (join)": score_file(scorer, tagger, data / "peyma" / "dev.txt", "join"),
        "PEYMA dev, damaged (split)": score_file(scorer, tagger, data / "peyma" / "dev.txt", "split"),
        "ParsTwiNER dev": score_file(scorer, tagger, data / "parstwiner" / "dev.txt"),
        "ParsTwiNER dev, CRFs alone": score_file(scorer, crfs, data / "parstwiner" / "dev.txt"),
        "PEYMA dev, context of 10 sent.": score_with_context(scorer, tagger, data / "peyma" / "dev.txt", 10),
    }
    for name, result in results.items():
        print_scores(name, result)
    cv = None if args.skip_cv else arman_cv(scorer, args.shared, args.cv_iterations)
    speed, crf_speed, load = measure_speed(scorer, tagger, args.shared), measure_speed(scorer, crfs, args.shared), \
        measure_load()

    print("\nkhabar (measured here) beside published figures")
    print(f"  {'system':36} {'data':28} {'micro F1':>8}")
    for name, result in results.items():
        system = "khabar CRFs" if "CRFs alone" in name else "khabar CRFs + BiLSTM-CRF"
        print(f"  {system:36} {name:28} {100 * result['micro']['f1']:8.1f}")
    if cv:
        for label, pick in (("shipped", lambda r: r), ("Arman CRF alone", lambda r: r["arman_crf_alone"])):
            mean = sum(pick(r)["micro"]["f1"] for r in cv) / len(cv)
            folds = ", ".join(f"{100 * pick(r)['micro']['f1']:.1f}" for r in cv)
            system = f"khabar ({label})"
            print(f"  {system:36} {'Arman 3-fold CV mean':28} {100 * mean:8.1f}   (folds {folds})")
    else:
        print(f"  {'khabar':36} {'Arman 3-fold CV':28} {'skipped':>8}")
    for name, corpus, f1 in PUBLISHED:
        print(f"  {name:36} {corpus:28} {f1:8.1f}   (published)")
    pipeline = measure_pipeline(args.shared)
    print("\nresources (one core)")
    print(f"  speed        {speed:10,.0f} tokens/s   (target >= 20,000; CRFs alone {crf_speed:,.0f})")
    print(f"  load         {load['load_s']:10.2f} s          (target <= 1; model and lexicon files)")
    print(f"  import       {load['import_s']:10.2f} s          (import khabar.ner.model, pydantic included)")
    print(f"  peak memory  {load['peak_mb']:10.0f} MB         (target <= 500)")
    print(f"  model size   {model_size_mb():10.1f} MB         (target <= 50; ParsBERT is a BERT-base checkpoint)")
    for name, rate in pipeline.items():
        print(f"  pipeline     {rate:10.1f} articles/s (whole pipeline, NER {name}; issue 7's target >= 50)")


if __name__ == "__main__":
    main()
