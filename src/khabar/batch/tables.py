"""Flatten analyses into the Arrow tables a batch writes: articles, entities, times, quotes, events, errors.

The annotation tables take their columns from the `Analysis` sub-models themselves
(`Entity`, `TimeExpression`, `Quote`, `Event`), so a field added to a model shows up as a
column without a change here. Each annotation row starts with `article_id` and `index`
(its position in the article's list). docs/batch.md documents every column.
"""

from __future__ import annotations

import functools
import json
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from khabar.analysis import Analysis

# Annotation tables: name -> the `Analysis` list field they flatten.
ANNOTATION_TABLES = ("entities", "times", "quotes", "events")
TABLES = ("articles", *ANNOTATION_TABLES, "errors")

SCALAR_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}

ARTICLES_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("text", pa.string()),
        pa.field("published", pa.string()),
        pa.field("published_origin", pa.string()),
        pa.field("reference_date", pa.string()),
        pa.field("url", pa.string()),
        pa.field("source", pa.string()),
        pa.field("language", pa.string()),
        pa.field("stages", pa.list_(pa.string())),
        pa.field("warnings", pa.list_(pa.string())),
        pa.field("input", pa.string()),
        pa.field("row", pa.int64()),
        pa.field("partition", pa.string()),
        pa.field("analysis", pa.string()),
    ]
)

ERRORS_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string()),
        pa.field("input", pa.string()),
        pa.field("row", pa.int64()),
        pa.field("partition", pa.string()),
        pa.field("stage", pa.string()),
        pa.field("error", pa.string()),
        pa.field("message", pa.string()),
    ]
)


def arrow_type(annotation: Any) -> pa.DataType | None:
    """Return the Arrow type of a field annotation, or None when it has no plain Arrow form."""
    origin = get_origin(annotation)
    if annotation in SCALAR_TYPES:
        return SCALAR_TYPES[annotation]
    if origin is Literal:
        values = get_args(annotation)
        return pa.string() if all(isinstance(value, str) for value in values) else None
    if origin in (Union, types.UnionType):
        options = [arg for arg in get_args(annotation) if arg is not type(None)]
        return arrow_type(options[0]) if len(options) == 1 else None
    if origin is list:
        (item,) = get_args(annotation)
        item_type = arrow_type(item)
        return pa.list_(item_type) if item_type is not None else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = [(name, arrow_type(info.annotation)) for name, info in annotation.model_fields.items()]
        if any(kind is None for _, kind in fields):
            return None
        return pa.struct(fields)
    return None


def item_model(table: str) -> type[BaseModel]:
    """Return the model of the items of `Analysis.<table>`."""
    hints = typing.get_type_hints(Analysis)
    (model,) = get_args(hints[table])
    return model


@functools.cache
def annotation_schema(table: str) -> tuple[pa.Schema, frozenset[str]]:
    """Return the schema of an annotation table and the columns stored as JSON text."""
    fields = [pa.field("article_id", pa.string(), nullable=False), pa.field("index", pa.int64(), nullable=False)]
    as_json: set[str] = set()
    for name, info in item_model(table).model_fields.items():
        kind = arrow_type(info.annotation)
        if kind is None:  # a shape Arrow cannot hold plainly: keep it as JSON rather than drop it
            kind = pa.string()
            as_json.add(name)
        fields.append(pa.field(name, kind))
    return pa.schema(fields), frozenset(as_json)


@functools.cache
def schemas() -> dict[str, pa.Schema]:
    """Return the schema of every output table."""
    found = {"articles": ARTICLES_SCHEMA, "errors": ERRORS_SCHEMA}
    found.update({table: annotation_schema(table)[0] for table in ANNOTATION_TABLES})
    return {table: found[table] for table in TABLES}


class TableBuilder:
    """Collect the rows of one partition, then hand them out as Arrow tables."""

    def __init__(self, partition: str):
        self.partition = partition
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self.json_columns = {table: annotation_schema(table)[1] for table in ANNOTATION_TABLES}

    def add_analysis(self, analysis: Analysis, *, input_url: str, row: int, title: str | None, text: str) -> None:
        """Add one analysed article and its annotations."""
        self.rows["articles"].append(
            {
                "id": analysis.id,
                "title": title,
                "text": text,
                "published": analysis.published.iso,
                "published_origin": analysis.published.origin,
                "reference_date": analysis.reference_date,
                "url": analysis.url,
                "source": analysis.source,
                "language": analysis.language.code,
                "stages": list(analysis.stages),
                "warnings": list(analysis.warnings),
                "input": input_url,
                "row": row,
                "partition": self.partition,
                "analysis": analysis.model_dump_json(),
            }
        )
        for table in ANNOTATION_TABLES:
            for index, item in enumerate(getattr(analysis, table)):
                self.rows[table].append(self.flatten_item(table, analysis.id, index, item))

    def flatten_item(self, table: str, article_id: str | None, index: int, item: BaseModel) -> dict[str, Any]:
        """Return one annotation as a row, odd-shaped fields as JSON text."""
        values = item.model_dump()
        for name in self.json_columns[table]:
            values[name] = json.dumps(values[name], ensure_ascii=False)
        return {"article_id": article_id, "index": index, **values}

    def add_error(
        self, *, article_id: str | None, input_url: str, row: int, stage: str | None, error: str, message: str
    ) -> None:
        """Add one article that could not be read or analysed."""
        self.rows["errors"].append(
            {
                "article_id": article_id,
                "input": input_url,
                "row": row,
                "partition": self.partition,
                "stage": stage,
                "error": error,
                "message": message,
            }
        )

    def tables(self) -> dict[str, pa.Table]:
        """Return every table, empty ones included, with its fixed schema."""
        return {table: pa.Table.from_pylist(self.rows[table], schema=schema) for table, schema in schemas().items()}
