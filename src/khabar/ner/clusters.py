"""Word clusters learned from the raw Persian text shipped in ../shared/data.

Each frequent word gets a vector from its left and right neighbours (positive PMI over the most frequent
context words, reduced by a truncated SVD); k-means at three granularities then gives each word three
cluster ids, the coarse-to-fine ladder that Brown-cluster prefixes give a CRF. Deterministic: fixed seeds,
sorted vocabulary, single-threaded BLAS is enough.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

VOCAB_SIZE = 60_000
CONTEXT_SIZE = 4_000
MIN_COUNT = 3
DIMENSIONS = 100
LEVELS = (64, 256, 1024)
SEED = 13


def count_words(sentences: Iterable[Sequence[str]]) -> Counter[str]:
    """Count token keys over sentences."""
    counts: Counter[str] = Counter()
    for sentence in sentences:
        counts.update(sentence)
    return counts


def cooccurrence(sentences: Sequence[Sequence[str]], vocab: dict[str, int], contexts: dict[str, int]):
    """Return the sparse word x (left context, right context) count matrix."""
    import numpy as np
    from scipy import sparse

    rows, cols = [], []
    width = len(contexts)
    for sentence in sentences:
        ids = [vocab.get(word, -1) for word in sentence]
        ctx = [contexts.get(word, -1) for word in sentence]
        for i, word_id in enumerate(ids):
            if word_id < 0:
                continue
            for offset, shift in ((-1, 0), (-2, 0), (1, width), (2, width)):
                j = i + offset
                if 0 <= j < len(ids) and ctx[j] >= 0:
                    rows.append(word_id)
                    cols.append(ctx[j] + shift)
    data = np.ones(len(rows), dtype=np.float32)
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(len(vocab), 2 * width), dtype=np.float32)
    matrix.sum_duplicates()
    return matrix


def ppmi(matrix):
    """Return the positive pointwise mutual information of a count matrix (context smoothing 0.75)."""
    import numpy as np

    matrix = matrix.tocoo()
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel()
    col_sums = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    col_sums /= col_sums.sum()
    values = np.log(matrix.data * 1.0 / (row_sums[matrix.row] / total * col_sums[matrix.col] * total))
    keep = values > 0
    from scipy import sparse

    return sparse.csr_matrix((values[keep], (matrix.row[keep], matrix.col[keep])), shape=matrix.shape)


def word_vectors(sentences: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray]:
    """Return the frequent token keys, most frequent first, and their unit-length PPMI-SVD context vectors."""
    import numpy as np
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    counts = count_words(sentences)
    ranked = sorted((word for word, n in counts.items() if n >= MIN_COUNT), key=lambda w: (-counts[w], w))
    vocab = {word: i for i, word in enumerate(ranked[:VOCAB_SIZE])}
    contexts = {word: i for i, word in enumerate(ranked[:CONTEXT_SIZE])}
    vectors = TruncatedSVD(DIMENSIONS, random_state=SEED, algorithm="arpack").fit_transform(
        ppmi(cooccurrence(sentences, vocab, contexts))
    )
    return list(vocab), normalize(vectors).astype(np.float64)


def cluster_words(words: Sequence[str], vectors: np.ndarray) -> dict[str, tuple[str, ...]]:
    """Return, for each word, its k-means cluster id at each granularity in LEVELS."""
    from sklearn.cluster import KMeans

    labels = [KMeans(k, n_init=1, random_state=SEED, max_iter=50).fit_predict(vectors) for k in LEVELS]
    return {word: tuple(str(int(level[i])) for level in labels) for i, word in enumerate(words)}
