"""The `khabar` command as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PERSIAN = "ایرنا: وزیر امور خارجه امروز در تهران گفت: همکاری‌های منطقه‌ای ادامه می‌یابد."


def khabar(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "khabar", *args], input=stdin, capture_output=True, timeout=120)


def test_cli_normalize_writes_one_line_per_input_line(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("كتاب يك ، دو\n\nسه .\n", encoding="utf-8")
    result = khabar("normalize", str(path))
    assert result.returncode == 0
    assert result.stdout.decode().split("\n") == ["کتاب یک، دو", "", "سه.", ""]


def test_cli_normalize_reads_stdin_and_windows_1256():
    result = khabar("normalize", stdin="گزارش خبرگزاري فارس".encode("cp1256"))
    assert result.returncode == 0
    assert result.stdout.decode().strip() == "گزارش خبرگزاری فارس"


def test_cli_normalize_empty_input_gives_empty_output():
    result = khabar("normalize", stdin=b"")
    assert (result.returncode, result.stdout) == (0, b"")


def test_cli_errors_are_one_line_not_a_traceback(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(bytes(range(256)) * 40)
    for args in (["normalize", str(binary)], ["normalize", str(tmp_path / "missing.txt")], ["analyze", "--published", "yesterday", str(binary)]):
        result = khabar(*args)
        assert result.returncode != 0
        assert b"Traceback" not in result.stderr and b"khabar:" in result.stderr


def test_cli_analyze_skips_bad_items_and_keeps_the_rest(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"id": "x1", "title": "تیتر", "text": PERSIAN, "published": "2023-07-31"}, ensure_ascii=False)
        + "\n{broken\n"
        + json.dumps({"id": "x2", "text": PERSIAN, "published": "not a date"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = khabar("analyze", str(good), "-o", str(out))
    assert result.returncode == 1
    stderr = result.stderr.decode()
    assert "good.jsonl:2" in stderr and "good.jsonl:3" in stderr and "Traceback" not in stderr
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "x1"
    assert record["published"] == {"iso": "2023-07-31", "jalali": "1402/05/09", "origin": "metadata"}
    assert record["text"].startswith("تیتر\nایرنا:")


def test_cli_analyze_flags_text_that_is_not_persian(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("The defence ministers of both countries signed a memorandum in Tehran on Monday.", encoding="utf-8")
    result = khabar("analyze", str(path))
    record = json.loads(result.stdout)
    assert result.returncode == 0
    assert record["language"]["is_persian"] is False and record["warnings"]


def test_cli_analyze_accurate_ner_finds_the_entities(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(PERSIAN, encoding="utf-8")
    result = khabar("analyze", str(article), "--accurate-ner")
    assert result.returncode == 0, result.stderr.decode()
    [record] = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert {"تهران"} <= {entity["text"] for entity in record["entities"] if entity["type"] == "LOC"}
