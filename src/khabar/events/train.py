"""Learn which PLOVER types a sentence reports from the events annotated by hand (`events/learned.py`).

Each annotated event names its sentence; the article is repaired and split as the pipeline does, the event is
given to the sentence that holds its text, and one logistic regression a type learns from every sentence's
features whether it reports an event of that type. Needs the train extra (scikit-learn); deterministic.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from pathlib import Path

from khabar.events.learned import LETTERS, MODEL_RESOURCE, SentenceTypes, sentence_features

ANNOTATED = Path("tests/events/data/annotated.jsonl")
NEWS = "news_langml"
STRENGTH = 1.0  # inverse regularisation, chosen with the threshold by batch-wise cross-validation
THRESHOLD = 0.6
MIN_SENTENCES = 2  # a feature seen in fewer sentences is not learned from
SMALLEST_WEIGHT = 0.01  # weights this small on every type are not shipped
MIN_OVERLAP = 0.4  # share of letter triples an annotated sentence must share with the pipeline's sentence


def article_bodies(data_dir: Path) -> dict[str, str]:
    """Return the body of each news_langml article by its link, paragraphs joined by newlines."""
    bodies = {}
    for path in sorted((data_dir / NEWS).glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for article in json.load(stream):
                bodies[article["link"]] = "\n".join(article.get("paragraphs") or [])
    return bodies


def letter_triples(text: str) -> set[str]:
    """Return the letter triples of a text with everything but letters and digits taken out, letters and digits
    unified (the annotation quotes the article as scraped: «رئيس»، «۱۲»; the pipeline's sentences are repaired)."""
    squeezed = re.sub(r"[\W_]+", "", text.translate(LETTERS))
    return {squeezed[i : i + 3] for i in range(max(1, len(squeezed) - 2))} if squeezed else set()


def holding_sentence(sentences: list[set[str]], annotated: str) -> int | None:
    """Return the index of the sentence (given by its `letter_triples`) that holds an annotated sentence's text, or
    None."""
    wanted = letter_triples(annotated)
    best, best_share = None, MIN_OVERLAP
    for index, triples in enumerate(sentences):
        share = len(wanted & triples) / len(wanted | triples) if wanted and triples else 0.0
        if wanted and wanted <= triples:
            share = 1.0  # an event annotated on a clause of the sentence
        if share > best_share or (share == 1.0 and best_share < 1.0):
            best, best_share = index, share
    return best


def labelled_articles(records: Iterable[dict], bodies: dict[str, str]) -> list[list[tuple[str, set[str]]]]:
    """Return, for each annotated article, its sentences with the types of the events annotated on each ([] for an
    article whose body is missing)."""
    from khabar import new_analysis
    from khabar.pipeline import get_stage

    split = get_stage("text").func
    articles = []
    for record in records:
        body = bodies.get(record.get("url") or "")
        if body is None:
            articles.append([])
            continue
        analysis = split(new_analysis(body, title=record.get("title"), published=record.get("published")))
        sentences = [sentence.text for sentence in analysis.sentences]
        triples = [letter_triples(sentence) for sentence in sentences]
        labels: list[set[str]] = [set() for _ in sentences]
        for event in record.get("events") or []:
            index = holding_sentence(triples, event.get("sentence") or "")
            if index is not None:
                labels[index].add(event["type"])
        articles.append(list(zip(sentences, labels)))
    return articles


def labelled_sentences(records: Iterable[dict], bodies: dict[str, str]) -> list[tuple[str, set[str]]]:
    """Return each sentence of the annotated articles with the types of the events annotated on it."""
    return [example for article in labelled_articles(records, bodies) for example in article]


def fit(
    examples: list[tuple[str, set[str]]], strength: float = STRENGTH, threshold: float = THRESHOLD
) -> SentenceTypes:
    """Fit one logistic regression a type over binary sentence features."""
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    types = sorted({kind for _, labels in examples for kind in labels})
    vectorizer = CountVectorizer(
        analyzer=sentence_features, binary=True, min_df=MIN_SENTENCES, lowercase=False
    )
    matrix = vectorizer.fit_transform([text for text, _ in examples])
    features = vectorizer.get_feature_names_out()
    columns, biases = [], []
    for kind in types:
        labels = np.array([kind in labels for _, labels in examples])
        model = LogisticRegression(C=strength, max_iter=2000).fit(matrix, labels)
        columns.append(model.coef_[0])
        biases.append(float(model.intercept_[0]))
    table = np.column_stack(columns)
    weights = {
        str(feature): tuple(round(float(w), 3) for w in row)
        for feature, row in zip(features, table)
        if np.abs(row).max() >= SMALLEST_WEIGHT
    }
    return SentenceTypes(types=tuple(types), biases=tuple(biases), weights=weights, threshold=threshold)


def write_model(model: SentenceTypes, out: Path) -> None:
    """Write the model as gzipped text (mtime 0: the same bytes on every rebuild)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = ("\n".join(model.dump_lines()) + "\n").encode("utf-8")
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as stream:
        stream.write(payload)


def train_sentence_types(data_dir: Path, annotated: Path = ANNOTATED, out: Path | None = None) -> Path:
    """Learn the sentence model from `annotated` (one article a line, with the link to its news_langml body) and
    write it to `out` or into the package; return the path."""
    with open(annotated, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    model = fit(labelled_sentences(records, article_bodies(data_dir)))
    if out is None:
        out = Path(__file__).resolve().parent.parent / "data" / MODEL_RESOURCE
    write_model(model, out)
    return out
