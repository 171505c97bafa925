"""Planning partitions and reading them back: JSONL (plain, gzip), Parquet, fsspec URLs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from khabar.batch.sources import plan_partitions, read_partition
from khabar.errors import InputError
from tests.batch.batch_samples import article_records, write_jsonl


def read_all(inputs: list[str], partition_size: int) -> list[tuple[int, dict]]:
    return [
        (record.row, record.fields)
        for part in plan_partitions(inputs, partition_size)
        for record in read_partition(part)
    ]


def test_sources_jsonl_partitions_cover_every_row_once(articles_jsonl: Path):
    partitions = plan_partitions([str(articles_jsonl)], 5)
    assert [(p.first_row, p.rows) for p in partitions] == [(0, 5), (5, 5), (10, 2)]
    assert len({p.key for p in partitions}) == 3
    rows = read_all([str(articles_jsonl)], 5)
    assert [row for row, _ in rows] == list(range(12))
    assert [fields["id"] for _, fields in rows] == [record["id"] for record in article_records()]


def test_sources_partition_keys_stable_across_plans(articles_jsonl: Path):
    first = plan_partitions([str(articles_jsonl)], 4)
    again = plan_partitions([str(articles_jsonl.parent)], 4)  # the directory names the same file
    assert [p.key for p in first] == [p.key for p in again]


def test_sources_gzip_reads_like_plain(articles_jsonl: Path, tmp_path: Path):
    packed = tmp_path / "packed.jsonl.gz"
    packed.write_bytes(gzip.compress(articles_jsonl.read_bytes()))
    assert read_all([str(packed)], 5) == read_all([str(articles_jsonl)], 5)
    assert all(p.byte_range is None and p.compression == "gzip" for p in plan_partitions([str(packed)], 5))


def test_sources_parquet_groups_row_groups(tmp_path: Path):
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(article_records()), path, row_group_size=3)
    partitions = plan_partitions([str(path)], 5)
    assert [(p.first_row, p.rows, p.row_groups) for p in partitions] == [(0, 6, (0, 1)), (6, 6, (2, 3))]
    rows = read_all([str(path)], 5)
    assert [fields["title"] for _, fields in rows] == [record["title"] for record in article_records()]


def test_sources_fsspec_url_input():
    records = article_records()[:3]
    with fsspec.open("memory://khabar-batch-test/in.jsonl", "w", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(record, ensure_ascii=False) for record in records))
    rows = read_all(["memory://khabar-batch-test/"], 2)
    assert [fields["id"] for _, fields in rows] == ["a00", "a01", "a02"]


def test_sources_bad_lines_become_problems(tmp_path: Path):
    path = write_jsonl(tmp_path / "in.jsonl", article_records()[:2], extra_lines=("[1, 2]", "{oops", "", "  "))
    records = [record for part in plan_partitions([str(path)], 10) for record in read_partition(part)]
    assert [record.problem is None for record in records] == [True, True, False, False]
    assert "JSON object" in records[2].problem and "malformed JSON" in records[3].problem


@pytest.mark.parametrize("name", ["missing.jsonl", "notes.txt"])
def test_sources_unusable_input_is_input_error(tmp_path: Path, name: str):
    (tmp_path / "notes.txt").write_text("متن", encoding="utf-8")
    with pytest.raises(InputError):
        plan_partitions([str(tmp_path / name)], 10)


def test_sources_partition_size_must_be_positive(articles_jsonl: Path):
    with pytest.raises(InputError):
        plan_partitions([str(articles_jsonl)], 0)


def test_sources_glob_pattern_selects_files(tmp_path: Path):
    write_jsonl(tmp_path / "day1.jsonl", article_records()[:2])
    write_jsonl(tmp_path / "day2.jsonl", article_records()[2:5])
    write_jsonl(tmp_path / "other.jsonl", article_records()[5:])
    rows = read_all([str(tmp_path / "day*.jsonl")], 10)
    assert [fields["id"] for _, fields in rows] == ["a00", "a01", "a02", "a03", "a04"]


def test_sources_same_file_twice_read_once(articles_jsonl: Path):
    twice = plan_partitions([str(articles_jsonl), str(articles_jsonl.parent)], 5)
    assert [p.key for p in twice] == [p.key for p in plan_partitions([str(articles_jsonl)], 5)]


def test_sources_output_inside_input_not_read(articles_jsonl: Path):
    output = articles_jsonl.parent / "out"
    (output / "articles").mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(article_records()), output / "articles" / "part-x.parquet")
    inside = plan_partitions([str(articles_jsonl.parent)], 5, exclude=output.as_uri())
    assert {p.url for p in inside} == {articles_jsonl.as_uri()}
