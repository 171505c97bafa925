"""Readers: every format, and every bad item reported with its file and line while the rest is read."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from khabar.readers import MAX_ARTICLE_CHARS, MAX_LINE_BYTES, RawArticle, ReadError, published_from_url, read_paths
from tests.store.conftest import write_jsonl


def split(items) -> tuple[list[RawArticle], list[ReadError]]:
    items = list(items)
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, ReadError)]


def test_readers_jsonl_malformed_line_is_reported_with_its_line(tmp_path: Path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "خبر اول"}\n{"text": "خبر دوم"\n\n[1, 2]\n{"title": "بی متن"}\n{"text": "خبر سوم"}\n', encoding="utf-8")
    articles, errors = split(read_paths([path]))
    assert [a.text for a in articles] == ["خبر اول", "خبر سوم"]
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [
        (2, "malformed JSON"), (4, "expected a JSON object, got list"), (5, "no text")]
    assert all(e.origin == str(path) for e in errors) and str(errors[0]).startswith(f"{path}:2: ")


def test_readers_news_langml_array_maps_fields_and_dates(tmp_path: Path):
    record = {"title": "عنوان", "abstract": "چکیده خبر.", "paragraphs": ["بند یک.", "بند دو."], "cat": "world",
              "link": "https://www.farsnews.ir/news/13940915000538/x"}
    path = tmp_path / "fars.json.gz"
    path.write_bytes(gzip.compress(json.dumps([record, {"code": 7, "paragraphs": []}], ensure_ascii=False).encode()))
    articles, errors = split(read_paths([tmp_path]))
    assert len(articles) == 1 and len(errors) == 1 and errors[0].line == 2
    article = articles[0]
    assert (article.title, article.text, article.source) == ("عنوان", "چکیده خبر.\nبند یک.\nبند دو.", "Fars")
    assert article.published == "2015-12-06"  # 1394/09/15


def test_readers_fars_link_dates_decode_both_id_schemes():
    assert published_from_url("https://www.farsnews.ir/news/8707060255") == "2008-09-27"
    assert published_from_url("https://www.farsnews.ir/news/6001010001") is None  # 1360: another id scheme
    assert published_from_url("https://example.com/news/8707060255") is None


def test_readers_unknown_encoding_is_detected(tmp_path: Path):
    text = "خبرگزاري فارس گزارش داد که نشست وزيران امروز در تهران برگزار شد و درباره همكاري‌ها گفتگو كردند. " * 5
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1256"))  # Windows Arabic, as older Persian sites served
    articles, errors = split(read_paths([path]))
    assert not errors and articles[0].text == text


def test_readers_oversized_line_is_skipped_unread(tmp_path: Path):
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as stream:
        stream.write(b'{"text": "\xd8\xae\xd8\xa8\xd8\xb1 \xd8\xa7\xd9\x88\xd9\x84"}\n')
        stream.write(b'{"text": "' + b"x" * (100 * 2**20) + b'"}\n')  # a 100 MB line
        stream.write(b'{"text": "\xd8\xae\xd8\xa8\xd8\xb1 \xd8\xaf\xd9\x88\xd9\x85"}\n')
    articles, errors = split(read_paths([path]))
    assert [a.text for a in articles] == ["خبر اول", "خبر دوم"] and [a.line for a in articles] == [1, 3]
    assert len(errors) == 1 and errors[0].line == 2 and str(MAX_LINE_BYTES // 2**20) in errors[0].message


def test_readers_html_main_text_and_title(tmp_path: Path):
    body = "".join(f"<p>بند {i}: وزیر امور خارجه امروز در نشست خبری درباره روابط منطقه&zwnj;ای و همکاری‌های اقتصادی سخن گفت.</p>"
                   for i in range(6))
    page = (f"<html><head><title>نشست خبری وزیر</title><meta name='date' content='2024-01-31'></head>"
            f"<body><nav>خانه | ورزش | سیاست</nav><article><h1>نشست خبری وزیر</h1>{body}</article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    articles, errors = split(read_paths([tmp_path / "page.html"]))
    assert not errors and articles[0].title == "نشست خبری وزیر" and articles[0].text.startswith("بند 0:")
    assert "منطقه\u200cای و همکاری\u200cهای اقتصادی" in articles[0].text  # half-spaces survive extraction
    assert articles[0].published == "2024-01-31" and "خانه | ورزش" not in articles[0].text
    assert articles[0].id == "page"  # one article a file: named by it


def test_readers_parquet_rows_are_articles(tmp_path: Path):
    pq.write_table(pa.Table.from_pylist([{"id": "p1", "title": "یک", "text": "متن یک"}, {"id": "p2", "text": None}]),
                   tmp_path / "rows.parquet")
    articles, errors = split(read_paths([tmp_path / "rows.parquet"]))
    assert [a.id for a in articles] == ["p1"] and errors[0].line == 2


def test_readers_directories_recurse_and_unknown_files_are_reported(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    write_jsonl(tmp_path / "a" / "b" / "x.jsonl", [{"text": "خبر"}])
    (tmp_path / "a" / "note.md").write_text("not news")
    (tmp_path / "c.txt").write_text("متن ساده", encoding="utf-8")
    articles, errors = split(read_paths([tmp_path, tmp_path / "a" / "note.md", tmp_path / "missing.jsonl"]))
    assert sorted(a.text for a in articles) == ["خبر", "متن ساده"]
    assert [Path(e.origin).name for e in errors] == ["note.md", "missing.jsonl"]


def test_readers_json_lines_saved_as_json_are_read_as_lines(tmp_path: Path):
    path = tmp_path / "lines.json"
    path.write_text('{"text": "خبر اول"}\n{"text": "خبر دوم"}\n', encoding="utf-8")
    articles, errors = split(read_paths([path]))
    assert [a.line for a in articles] == [1, 2] and not errors


PERSIAN = "وزرای دفاع ایران و بلاروس روز دوشنبه در تهران تفاهم‌نامه همکاری امضا کردند."


def test_readers_directory_reports_each_bad_item_and_reads_the_rest(tmp_path: Path):
    (tmp_path / "one.txt").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 40)
    lines = [json.dumps({"id": "a1", "title": "عنوان", "text": PERSIAN}, ensure_ascii=False), "{not json",
             json.dumps({"id": "a2", "text": PERSIAN}, ensure_ascii=False)]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "empty-folder").mkdir()
    articles, errors = split(read_paths([tmp_path, tmp_path / "empty-folder", tmp_path / "missing.txt"]))
    assert sorted(a.id for a in articles) == ["a1", "a2", "one"]
    messages = [str(error) for error in errors]
    assert any("batch.jsonl:2: malformed JSON" in m for m in messages)
    assert any("noise.txt: binary file" in m for m in messages)
    assert any("empty-folder: no article files" in m for m in messages)
    assert any("missing.txt: no such file" in m for m in messages)


def test_readers_text_file_is_one_article_named_by_its_file(tmp_path: Path):
    path = tmp_path / "seed.txt.gz"
    path.write_bytes(gzip.compress(PERSIAN.encode("utf-8")))
    [article] = read_paths([path])
    assert article.id == "seed" and article.text == PERSIAN and article.published is None


def test_readers_keep_the_warning_of_a_legacy_encoding(tmp_path: Path):
    path = tmp_path / "old.txt"
    path.write_bytes(PERSIAN.replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ").encode("cp1256"))
    [article] = read_paths([path])
    assert "بلاروس" in article.text and any("cp1256" in warning for warning in article.warnings)


def test_readers_reject_an_article_too_long_to_be_one(tmp_path: Path):
    path = tmp_path / "dump.txt"
    path.write_text("الف " * (MAX_ARTICLE_CHARS // 4 + 1), encoding="utf-8")
    [error] = read_paths([path])
    assert isinstance(error, ReadError) and "too long" in error.message


def test_readers_jsonl_carries_the_reference_date(tmp_path: Path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": PERSIAN, "reference_date": "2023-08-05"}])
    [article] = read_paths([path])
    assert article.reference_date == "2023-08-05"
