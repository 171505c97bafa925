"""The `resolve` stage: give the entities NER found stable ids, countries, sectors, roles and places."""

from __future__ import annotations

from khabar.analysis import Analysis
from khabar.errors import InputError
from khabar.pipeline import stage
from khabar.resolve.link import resolve_entities


def check_spans(analysis: Analysis) -> None:
    """Refuse entities whose span is not inside the text: they come from another text or a broken stage."""
    for entity in analysis.entities:
        if not 0 <= entity.start <= entity.end <= len(analysis.text):
            raise InputError(
                f"entity {entity.text!r} at {entity.start}-{entity.end} lies outside the text ({len(analysis.text)} characters)",
                source=analysis.id,
            )


@stage("resolve", requires=("text", "entities"), assigns=("entities",))
def resolve_stage(analysis: Analysis) -> Analysis:
    """Resolve `analysis.entities` in place, adding the title-only and «وی» mentions of people.

    analysis (Analysis): a record the text and ner stages have filled.
    RETURNS (Analysis): the same record, its entities resolved and in text order.
    """
    check_spans(analysis)
    analysis.entities = resolve_entities(analysis)
    return analysis
