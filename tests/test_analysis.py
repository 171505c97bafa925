from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar import new_analysis
from khabar.analysis import Analysis
from khabar.errors import InputError, PipelineError
from khabar.pipeline import Pipeline, stage

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "analysis.schema.json"


def test_analysis_schema_in_docs_is_current():
    """docs/analysis.schema.json is regenerated with `khabar schema > docs/analysis.schema.json`."""
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == Analysis.model_json_schema()


def test_analysis_title_is_the_first_line_of_raw():
    analysis = new_analysis("متن خبر", title=" تیتر ", published="2023-07-31")
    assert analysis.raw == "تیتر\nمتن خبر"
    assert (analysis.published.iso, analysis.published.jalali, analysis.published.origin) == ("2023-07-31", "1402/05/09", "metadata")


def test_analysis_rejects_a_bad_date_clearly():
    with pytest.raises(InputError, match="published must be a date"):
        new_analysis("متن", published="31/07/2023")


def test_pipeline_rejects_an_order_with_an_unmet_requirement():
    @stage("needs_entities", requires=("entities",), assigns=("quotes",))
    def needs_entities(analysis: Analysis) -> Analysis:
        return analysis

    with pytest.raises(PipelineError, match="requires entities"):
        Pipeline(["text", "needs_entities"])


def test_pipeline_rejects_an_unknown_stage():
    with pytest.raises(PipelineError, match="unknown stage"):
        Pipeline(["text", "sentiment"])


def test_analysis_package_docstring_example_runs():
    import doctest

    import khabar

    result = doctest.testmod(khabar)
    assert result.attempted > 0 and result.failed == 0


def test_accurate_pipeline_swaps_only_the_ner_stage():
    from khabar.pipeline import ACCURATE_STAGES, DEFAULT_STAGES

    assert [name for name in ACCURATE_STAGES if name not in DEFAULT_STAGES] == ["ner_bilstm"]
    assert len(ACCURATE_STAGES) == len(DEFAULT_STAGES)
    Pipeline(ACCURATE_STAGES)  # the swapped stage provides what later stages need
