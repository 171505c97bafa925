"""`khabar serve --workers N`: several server processes answer, with the settings the command was given."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import ROOT, free_port, wait_until_up
from tests.web.corpus import build_corpus


@pytest.fixture(scope="module")
def sqlite_corpus(tmp_path_factory) -> str:
    return build_corpus(tmp_path_factory.mktemp("serve"))


def test_serve_two_workers_answer_read_only_and_on_loopback_only(sqlite_corpus: str):
    port = free_port()
    khabar = Path(sys.executable).with_name("khabar")  # the console script installed beside this interpreter
    command = [str(khabar), "serve", "--db", sqlite_corpus, "--port", str(port), "--workers", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        answers = [httpx.get(f"{base}/api/search", params={"q": "ایران"}, timeout=30) for _ in range(4)]
        assert all(answer.status_code == 200 for answer in answers) and answers[0].json()["hits"]
        # The workers were built with serve's settings: no token (read-only), loopback Host headers only.
        refused = httpx.post(f"{base}/api/articles", json={"articles": [{"text": "خبر"}]}, timeout=30)
        assert refused.status_code in (401, 403)
        assert httpx.get(f"{base}/api/health", headers={"Host": "evil.example"}, timeout=30).status_code == 400
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert b"with 2 worker(s)" in stderr


@pytest.mark.parametrize("accurate, stage", [("1", "ner_bilstm"), ("0", None)])
def test_serve_workers_build_the_analyzer_they_were_asked_for(monkeypatch, sqlite_corpus: str, accurate, stage):
    from khabar.web import cli

    monkeypatch.setenv(cli.SERVE_DB_ENV, sqlite_corpus)
    monkeypatch.setenv(cli.SERVE_ACCURATE_NER_ENV, accurate)
    analyzer = cli.app_from_environment().state.analyzer
    if stage:
        assert stage in [step.name for step in analyzer.stages]
    else:
        assert analyzer is None  # the app builds the default pipeline on first use
