"""The `ner` stage: tag each sentence's tokens, then the article's repeated names, and fill `Analysis.entities`."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from khabar.analysis import Analysis, Entity, Token
from khabar.ner.context import propagate_names
from khabar.ner.corpora import entity_spans
from khabar.ner.model import default_tagger
from khabar.pipeline import stage


def sentence_tokens(analysis: Analysis) -> list[list[Token]]:
    """Group the tokens by the sentence that holds them (tokens outside every sentence are skipped)."""
    tokens = analysis.tokens
    starts, ends = [token.start for token in tokens], [token.end for token in tokens]
    groups: list[list[Token]] = []
    index = 0
    for sentence in analysis.sentences:
        # Tokens and sentences are in text order: skip the tokens before the sentence, take those inside it.
        index = bisect_left(starts, sentence.start, index)
        last = bisect_right(ends, sentence.end, index)
        if last > index:
            groups.append(tokens[index:last])
        index = last
    return groups


def find_entities(analysis: Analysis, *, network: bool = False) -> list[Entity]:
    """Return the entities the tagger finds (with its BiLSTM-CRF when `network`), with offsets into `analysis.text`."""
    groups = sentence_tokens(analysis)
    texts = [[token.text for token in group] for group in groups]
    tagged = propagate_names(texts, default_tagger(network).tag_sentences(texts))
    entities = []
    for group, tags in zip(groups, tagged):
        for start, end, kind in entity_spans(tags):
            begin, finish = group[start].start, group[end - 1].end
            entities.append(Entity(start=begin, end=finish, text=analysis.text[begin:finish], type=kind))
    return entities


@stage("ner", requires=("text", "tokens", "sentences"), assigns=("entities",))
def ner_stage(analysis: Analysis) -> Analysis:
    """Fill `analysis.entities` from the shipped CRFs alone: the pipeline's default, since the BiLSTM-CRF would
    cost about 6 ms more an article (`ner_bilstm`).

    analysis (Analysis): a record the text stage has filled.
    RETURNS (Analysis): the same record with `entities` set.
    """
    analysis.entities = find_entities(analysis)
    return analysis


@stage("ner_bilstm", requires=("text", "tokens", "sentences"), assigns=("entities",))
def ner_bilstm_stage(analysis: Analysis) -> Analysis:
    """Fill `analysis.entities` from the shipped CRFs joined by the BiLSTM-CRF: about 3 points of F1 more on
    PEYMA dev, at about 6 ms more per article (bench/ner.py, bench/events.py).

    analysis (Analysis): a record the text stage has filled.
    RETURNS (Analysis): the same record with `entities` set.
    """
    analysis.entities = find_entities(analysis, network=True)
    return analysis
