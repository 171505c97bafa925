"""docs/batch.md documents the output tables: every column batch defines, and no column that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.batch.tables import ANNOTATION_TABLES, TABLES, schemas

DOCS = Path(__file__).resolve().parents[2] / "docs" / "batch.md"


def documented_columns(table: str) -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    section = text.split(f"### {table}", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
    names = []
    for line in section.splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            names.extend(part.strip().strip("`") for part in first_cell.split(","))
    return names


@pytest.mark.parametrize("table", ["articles", "errors"])
def test_docs_batch_lists_every_column(table: str):
    assert documented_columns(table) == schemas()[table].names


@pytest.mark.parametrize("table", ANNOTATION_TABLES)
def test_docs_batch_annotation_columns_exist(table: str):
    # These columns come from the Analysis models, which other stages extend: the docs must not name a
    # column that is not there; a new model field is described in analysis.py until the page catches up.
    missing = [name for name in documented_columns(table) if name not in schemas()[table].names]
    assert not missing, f"docs/batch.md names columns {missing} that table {table} does not have"


def test_docs_batch_sections_cover_tables():
    assert all(documented_columns(table) for table in TABLES)
