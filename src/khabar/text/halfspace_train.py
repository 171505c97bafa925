"""Train the half-space model from the UD PerDT train token stream.

The gold text is the PerDT train stream (tokens joined by spaces, letters unified).
Three logistic models and two gates are fitted with scikit-learn (a training-time
dependency only; the shipped file is a plain weight table read with the standard library):

- inner: for every boundary after a joining letter inside a gold word, ZWNJ or nothing,
  seen from the word's ZWNJ-free skeleton (the "deleted" damage);
- space: for every single space between two runs after damaging the gold (every ZWNJ
  turned into a space, or each ZWNJ kept, deleted or spaced at random), ZWNJ or space;
- space_context: the same spaces, with the pieces before and after the pair, and how often
  the pair stands apart where it is also seen joined, as features too; it decides the spaces
  the space model leaves within CONTEXT_BAND of its bar.

Lexicon features of a sentence come from a lexicon built on the other folds (jackknife),
so the models learn how far to trust the lexicon on words it has not seen; the shipped
lexicon is built on all sentences. Last, the written model itself decides every run and
every space-separated pair seen at least MEMO_MIN_COUNT times in the training text (gold,
both damages) and the news, and those decisions are stored in the file as a memo that
warms its caches: typical news then skips scoring altogether, with the same results.
Everything is seeded: same data, same bytes.
"""

from __future__ import annotations

import gzip
import json
import random
from array import array
from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from khabar.errors import InputError
from khabar.text import halfspace
from khabar.text.halfspace import (
    FORMAT_VERSION,
    KINDS,
    RUN,
    Lexicon,
    boundary_groups,
    context_expand,
    expand,
    gate_expand,
    hash_feature,
    junction_groups,
    piece_after,
    piece_before,
    spaced_shares,
    split_run,
)
from khabar.text.letters import NON_JOINING, ZWNJ, letter_table

TRAIN_STREAM = Path("ud_perdt/perdt_train_tokens.txt.gz")
NEWS = Path("news_langml")
DEFAULT_OUT = Path(halfspace.__file__).resolve().parent.parent / "data" / halfspace.MODEL_RESOURCE
FOLDS = 5
BUCKETS = 1 << 18
REGULARIZATION = {"inner": 1.0, "space": 1.0}
# Share of true half-spaces (in training) that a gate may turn away before the full model sees them.
GATE_LOSS = 0.002
SEED = 20240419
# Log-odds above which the full models add a ZWNJ. On every 10th sentence of the PerDT train stream,
# held out of training (`train_halfspace(..., holdout=10)`), the curves are flat around 0: -0.25 for
# spaces gained 0.001 F1 there (0.9682 against 0.9672) but also glued words of correct text, so 0 stays.
DECISION_BARS = {"inner": 0.0, "space": 0.0, "space_context": 0.0}
# Spaces whose pair model log-odds lie within this distance of its bar are decided by the context model.
# On the held-out slice (see DECISION_BARS), spaced-damage F1 rose with the band up to 2 (0.9678 at 1,
# 0.9687 at 2, 0.9689 at 4 and above, before the spaced-pair shares were added); 2 keeps the extra scoring rare.
CONTEXT_BAND = 2.0
# A run or pair seen this often in the memo's text gets its decision stored in the model file.
MEMO_MIN_COUNT = 2


def read_sentences(data_dir: Path) -> list[str]:
    """Read the PerDT train stream as one letter-unified line per sentence."""
    path = Path(data_dir) / TRAIN_STREAM
    if not path.is_file():
        raise InputError("the PerDT train token stream is missing", source=str(path))
    table = letter_table()
    sentences, tokens = [], []
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        for line in stream:
            token = line.strip()
            if token:
                tokens.append(token)
            elif tokens:
                sentences.append(" ".join(tokens).translate(table))
                tokens = []
    if tokens:
        sentences.append(" ".join(tokens).translate(table))
    return sentences


def read_news(data_dir: Path, skip: tuple[str, ...] = ()) -> list[str]:
    """Read the raw news articles (title, abstract, paragraphs), letter-unified, one text each.

    Much of this text lost its ZWNJs, so its counts of whole words say little about
    spelling; the ZWNJs it does hold are good evidence, which the model learns to weigh.
    """
    paths = [path for path in sorted((Path(data_dir) / NEWS).glob("*.json.gz")) if path.name not in skip]
    if not paths:
        raise InputError("the news corpus is missing", source=str(Path(data_dir) / NEWS))
    table = letter_table()
    texts = []
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for article in json.load(stream):
                parts = [article.get("title") or "", article.get("abstract") or "", *(article.get("paragraphs") or [])]
                texts.append("\n".join(parts).translate(table))
    return texts


def build_lexicon(sentences: Iterable[str]) -> Lexicon:
    """Count skeletons of gold words, of the parts before and after each ZWNJ, and of joined pairs apart."""
    words: Counter[str] = Counter()
    prefixes: Counter[str] = Counter()
    suffixes: Counter[str] = Counter()
    spots: dict[str, Counter[int]] = {}
    apart: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        previous = None
        for match in RUN.finditer(sentence):
            run = match.group()
            skeleton, positions = split_run(run)
            words[skeleton] += 1
            for j in positions:
                prefixes[skeleton[:j]] += 1
                suffixes[skeleton[j:]] += 1
                spots.setdefault(skeleton, Counter())[j] += 1
            if previous is not None and previous[0] == match.start() - 1 and sentence[previous[0]] == " ":
                apart[(previous[1], run.split(ZWNJ, 1)[0])] += 1
            previous = (match.end(), run.rsplit(ZWNJ, 1)[-1])
    keys = sorted(set(words) | set(prefixes) | set(suffixes))
    entries = {k: (words[k], prefixes[k], suffixes[k], dict(spots.get(k, {}))) for k in keys}
    # Pairs also seen with a ZWNJ between them: how often they stand apart, under the key "left right".
    for (left, right), count in sorted(apart.items()):
        if spots.get(left + right, {}).get(len(left)):
            entries[f"{left} {right}"] = (count, 0, 0, {})
    return Lexicon(dict(sorted(entries.items())))


Examples = Counter  # (feature groups, label) -> how many times seen


def inner_examples(sentences: Iterable[str], lexicons: tuple[Lexicon, ...], rng: random.Random) -> Examples:
    """Count (feature groups, label) of the free boundaries after a joining letter inside gold words.

    Each word is seen with all its ZWNJs deleted, and, when it has any, also as written
    (nothing to add) and with a random part of them deleted (more than one ZWNJ).
    """
    runs = Counter(run for sentence in sentences for run in RUN.findall(sentence))
    examples: Examples = Counter()
    for run in sorted(runs):
        skeleton, positions = split_run(run)
        for cuts in views(positions, rng):
            for j in range(2, len(skeleton) - 1):
                if skeleton[j - 1] not in NON_JOINING and j not in cuts:
                    groups = boundary_groups(lexicons, skeleton, j, cuts)
                    examples[(groups, int(j in positions))] += runs[run]
    return examples


def views(positions: tuple[int, ...], rng: random.Random) -> list[tuple[int, ...]]:
    """Return the ZWNJ positions a damaged copy of a word keeps, one tuple per copy."""
    if not positions:
        return [()]
    copies = [(), positions]
    if len(positions) > 1:
        kept = tuple(p for p in positions if rng.random() < 0.5)
        if 0 < len(kept) < len(positions):
            copies.append(kept)
    return copies


def damage(sentence: str, rng: random.Random, mode: str) -> str:
    """Turn every ZWNJ into a space ("space") or keep, delete or space each at random ("mixed")."""
    if mode == "space":
        return sentence.replace(ZWNJ, " ")
    return "".join(rng.choice((ZWNJ, "", " ")) if char == ZWNJ else char for char in sentence)


def junctions(gold: str, damaged: str) -> Iterable[tuple[str, str, str, str, int]]:
    """Yield (piece before, left piece, right piece, piece after, label) for each single space between runs."""
    origin = align_spaces(gold, damaged)
    previous = None
    for match in RUN.finditer(damaged):
        start, run = match.start(), match.group()
        if previous is not None and previous[0] == start - 1 and damaged[start - 1] == " ":
            left = previous[1].rsplit(ZWNJ, 1)[-1]
            if left[-1] not in NON_JOINING:
                right = run.split(ZWNJ, 1)[0]
                yield (piece_before(damaged, start - 1 - len(left)), left, right,
                       piece_after(damaged, start + len(right)), int(origin.get(start - 1) == ZWNJ))
        previous = (match.end(), run)


def align_spaces(gold: str, damaged: str) -> dict[int, str]:
    """Map each space of `damaged` to the gold character it came from (space or ZWNJ)."""
    origin, g = {}, 0
    for d, char in enumerate(damaged):
        while gold[g] == ZWNJ and char != " " and char != ZWNJ:
            g += 1  # a deleted ZWNJ
        if char == " ":
            origin[d] = gold[g]
        g += 1
    return origin


def damaged_junctions(sentences: list[str], rng: random.Random) -> Counter[tuple[str, str, str, str, int]]:
    """Count (piece before, left, right, piece after, label) of the spaces between runs in damaged copies."""
    seen: Counter[tuple[str, str, str, str, int]] = Counter()
    for sentence in sentences:
        for mode in ("space", "mixed"):
            seen.update(junctions(sentence, damage(sentence, rng, mode)))
    return seen


def space_examples(seen: Counter[tuple[str, str, str, str, int]],
                   lexicons: tuple[Lexicon, ...]) -> tuple[Examples, Examples]:
    """Count (feature groups, label) of the junctions in `seen`: per pair, and per pair in context."""
    groups: dict[tuple[str, str], tuple] = {}
    pairs: Examples = Counter()
    contexts: Examples = Counter()
    spaced: dict[tuple[str, str], tuple[str, ...]] = {}
    for (before, left, right, after, label), count in seen.items():
        group = groups.get((left, right))
        if group is None:
            groups[(left, right)] = group = junction_groups(lexicons, left, right)
        pairs[(group, label)] += count
        shares = spaced.get((left, right))
        if shares is None:
            spaced[(left, right)] = shares = tuple(spaced_shares(lexicons, left, right))
        contexts[((group, before, after, shares), label)] += count
    return pairs, contexts


def fit(examples: Examples, strength: float, expand_groups=expand) -> tuple[list[float], float, float]:
    """Fit a weighted logistic regression over hashed features; return weights, bias and gate bar.

    `expand_groups` lists the features the model reads; the bar is the log-odds under which
    at most GATE_LOSS of the (weighted) true half-spaces fall.
    """
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows, cols, labels, weights = [0], [], [], []
    for (groups, label), count in examples.items():
        cols.extend(sorted({hash_feature(f, BUCKETS) for f in expand_groups(groups)}))
        rows.append(len(cols))
        labels.append(label)
        weights.append(count)
    matrix = csr_matrix((np.ones(len(cols)), cols, rows), shape=(len(labels), BUCKETS))
    model = LogisticRegression(C=strength, solver="liblinear", max_iter=200, random_state=0)
    model.fit(matrix, np.array(labels), sample_weight=np.array(weights, dtype=float))
    bar = gate_bar(model.decision_function(matrix), labels, weights)
    return model.coef_[0].tolist(), float(model.intercept_[0]), bar


def gate_bar(scores, labels: list[int], weights: list[int]) -> float:
    """Return the score under which at most GATE_LOSS of the weighted positives fall."""
    positives = sorted((score, weight) for score, label, weight in zip(scores.tolist(), labels, weights) if label)
    allowed, lost = GATE_LOSS * sum(weight for _, weight in positives), 0
    for score, weight in positives:
        lost += weight
        if lost > allowed:
            return float(score) - 1e-6
    return 0.0


def jackknife(sentences: list[str], news: Lexicon, progress) -> dict[str, Examples]:
    """Collect the example sets, each fold's gold-lexicon features drawn from the other folds."""
    rng = random.Random(SEED)
    examples = {"inner": Counter(), "space": Counter(), "space_context": Counter()}
    for fold in range(FOLDS):
        held = [s for i, s in enumerate(sentences) if i % FOLDS == fold]
        lexicons = (build_lexicon(s for i, s in enumerate(sentences) if i % FOLDS != fold), news)
        examples["inner"].update(inner_examples(held, lexicons, rng))
        pairs, contexts = space_examples(damaged_junctions(held, rng), lexicons)
        examples["space"].update(pairs)
        examples["space_context"].update(contexts)
        progress(f"fold {fold + 1}/{FOLDS}")
    return examples


def quantize(weights: list[float], bias: float, scale: float) -> tuple[bytes, int]:
    """Round weights to int16 steps of `scale`."""
    table = array("h", (max(-32767, min(32767, round(w / scale))) for w in weights))
    return table.tobytes(), round(bias / scale)


def write_model(out: Path, lexicons: tuple[Lexicon, ...], fitted: dict[str, tuple[list[float], float, float]],
                memo: halfspace.Memo = halfspace.EMPTY_MEMO) -> None:
    """Write header, lexicons, weight tables and memo into one gzip file (mtime 0: reproducible)."""
    largest = max(max(abs(w) for w in weights + [bias]) for weights, bias, _ in fitted.values())
    scale = largest / 32767
    lexicon_parts = ["\n".join(lexicon.dump_lines()).encode("utf-8") for lexicon in lexicons]
    memo_parts = dump_memo(*memo)
    tables, meta = [], {"format": FORMAT_VERSION, "buckets": BUCKETS, "scale": scale}
    for kind in KINDS:
        weights, bias, bar = fitted[kind]
        table, meta[f"bias_{kind}"] = quantize(weights, bias, scale)
        tables.append(table)
        meta[f"threshold_{kind}"] = bar if kind.endswith("_gate") else DECISION_BARS[kind]
    meta["band_space"] = CONTEXT_BAND
    meta["lexicon_bytes"] = [len(part) for part in lexicon_parts]
    meta["memo_bytes"] = [len(part) for part in memo_parts]
    header = json.dumps(meta, sort_keys=True).encode("utf-8") + b"\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9, filename="") as gz:
        gz.write(header + b"".join(lexicon_parts) + b"".join(tables) + b"".join(memo_parts))


def dump_memo(runs: dict[str, tuple[int, ...]], pairs: dict[str, bool | tuple[int]], sides: dict[str, tuple[int, ...]],
              groups: dict[str, dict[tuple, tuple[int, int]]]) -> list[bytes]:
    """Serialise the memo as sorted blocks: runs left alone, runs cut, pairs joined, pairs not, words,
    side sums, group sums, pairs left to context (with their sums)."""
    words = sorted(sides)
    weighed = sorted(json.dumps([family, list(key), *sums], ensure_ascii=False)
                     for family, table in groups.items() for key, sums in table.items())
    texts = [
        "\n".join(sorted(run for run, cuts in runs.items() if not cuts)),
        "\n".join(sorted(f"{run}\t{','.join(map(str, cuts))}" for run, cuts in runs.items() if cuts)),
        "\n".join(sorted(pair for pair, joined in pairs.items() if joined is True)),
        "\n".join(sorted(pair for pair, joined in pairs.items() if joined is False)),
        "\n".join(words),
    ]
    unclear = sorted(f"{pair}\t{joined[0]}" for pair, joined in pairs.items() if joined.__class__ is tuple)
    return [text.encode("utf-8") for text in texts] + [array("i", (s for w in words for s in sides[w])).tobytes(),
                                                       "\n".join(weighed).encode("utf-8"),
                                                       "\n".join(unclear).encode("utf-8")]


def memo_texts(sentences: list[str], news: list[str]) -> Iterable[str]:
    """Yield the lines the memo counts: gold sentences in both damages and as written, and news lines."""
    for sentence in sentences:
        yield sentence
        yield sentence.replace(ZWNJ, "")
        yield sentence.replace(ZWNJ, " ")
    for text in news:
        for line in text.split("\n"):
            yield " ".join(line.split())


def count_queries(lines: Iterable[str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Count the runs, and the pieces around single spaces between runs, that the model is asked about."""
    runs: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for line in lines:
        previous = None
        for match in RUN.finditer(line):
            start, run = match.start(), match.group()
            runs[run] += 1
            if previous is not None and previous[0] == start - 1 and line[start - 1] == " ":
                left = previous[1].rsplit(ZWNJ, 1)[-1]
                if left[-1] not in NON_JOINING:
                    pairs[(left, run.split(ZWNJ, 1)[0])] += 1
            previous = (match.end(), run)
    return runs, pairs


def build_memo(model: halfspace.HalfspaceModel, lines: Iterable[str],
               min_count: int = MEMO_MIN_COUNT) -> halfspace.Memo:
    """Let `model` decide every run and pair seen at least `min_count` times in `lines`, and weigh their words."""
    runs, pairs = count_queries(lines)
    decided_runs = {run: model.decide_inner(run) for run in sorted(runs) if runs[run] >= min_count}
    decided_pairs = {f"{left} {right}": model.decide_join(left, right)
                     for left, right in sorted(pairs) if pairs[(left, right)] >= min_count}
    pieces: Counter[str] = Counter()
    for (left, right), count in pairs.items():
        pieces[left] += count
        pieces[right] += count
    sides = {word: model.side_sums(word) for word in sorted(pieces) if pieces[word] >= min_count}
    return decided_runs, decided_pairs, sides, model.group_sums()


@contextmanager
def reporting():
    """Yield a callback that advances a rich progress bar over the training steps."""
    from rich.progress import Progress

    with Progress(transient=False) as bar:
        task = bar.add_task("half-space model", total=FOLDS + 3)

        def advance(step: str) -> None:
            bar.update(task, advance=1, description=f"half-space model: {step}")

        yield advance


def train_halfspace(data_dir: Path, out: Path | None = None, *, holdout: int = 0) -> Path:
    """Train and write the half-space model; return its path.

    data_dir (Path): the shared data folder (holding ud_perdt/).
    out (Path | None): where to write; the shipped model file by default.
    holdout (int): when > 0, leave every `holdout`-th sentence out (for tuning).
    RETURNS (Path): the model file written.
    """
    out = Path(out) if out else DEFAULT_OUT
    sentences = read_sentences(data_dir)
    if holdout:
        sentences = [s for i, s in enumerate(sentences) if i % holdout != 0]
    with reporting() as progress:
        news_texts = read_news(data_dir)
        news = build_lexicon(news_texts)
        examples = jackknife(sentences, news, progress)
        fitted = {}
        for kind in ("inner", "space"):
            fitted[kind] = fit(examples[kind], REGULARIZATION[kind])
            fitted[f"{kind}_gate"] = fit(examples[kind], REGULARIZATION[kind], expand_groups=gate_expand)
        fitted["space_context"] = fit(examples["space_context"], REGULARIZATION["space"], expand_groups=context_expand)
        progress("fitted")
        lexicons = (build_lexicon(sentences), news)
        progress("lexicon")
        write_model(out, lexicons, fitted)
        # The memo must hold the decisions of the model as read back (quantised weights).
        memo = build_memo(halfspace.load(out), memo_texts(sentences, news_texts))
        progress("memo")
        write_model(out, lexicons, fitted, memo)
        progress(f"written {out}")
    return out
