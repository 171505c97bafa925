"""Kill -9 in the middle of an ingest: what was committed stays, nothing is half-written, a rerun completes."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from khabar.store.corpus import open_corpus
from khabar.store.ingest import ingest
from tests.store.conftest import write_jsonl

TOTAL, BATCH = 1200, 20
# The child ingests with a trivial analyser slowed to ~1 ms an article, so the kill lands mid-run.
CHILD = """
import sys, time
from khabar.store.corpus import open_corpus
from khabar.store.ingest import ingest

def slow(analysis):
    time.sleep(0.001)
    analysis.text = analysis.raw
    return analysis

with open_corpus(sys.argv[1]) as corpus:
    ingest(corpus, [sys.argv[2]], analyzer=slow, batch_size=int(sys.argv[3]), progress=False)
"""


def plain(analysis):
    analysis.text = analysis.raw
    return analysis


def make_articles(path: Path) -> Path:
    words = ["خبر", "ورزش", "سیاست", "اقتصاد", "تهران", "مجلس", "بازار", "باران", "دانشگاه", "پزشکی"]
    return write_jsonl(path, [
        {"id": f"k{i}", "title": f"عنوان {i}", "text": f"متن شماره {i} درباره {words[i % 10]} و {words[i // 10 % 10]}."}
        for i in range(TOTAL)
    ])


def wait_for_rows(db_url: str, minimum: int, child: subprocess.Popen, timeout: float = 60.0) -> int:
    """Poll the corpus until it holds `minimum` articles; return the count seen."""
    deadline = time.monotonic() + timeout
    with open_corpus(db_url) as corpus:
        while time.monotonic() < deadline and child.poll() is None:
            count = corpus.count_articles()
            if count >= minimum:
                return count
            time.sleep(0.02)
    raise AssertionError(f"the child ingest exited or stalled (return code {child.poll()})")


def test_kill_mid_ingest_loses_nothing_and_rerun_completes(db_url: str, tmp_path: Path):
    source = make_articles(tmp_path / "many.jsonl")
    child = subprocess.Popen([sys.executable, "-c", CHILD, db_url, str(source), str(BATCH)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_rows(db_url, 4 * BATCH, child)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL  # killed, not finished: the test exercised a real interruption

    with open_corpus(db_url) as corpus:
        survived = corpus.count_articles()
        assert corpus.check() == [] and 0 < survived < TOTAL and survived % BATCH == 0  # whole batches only
        report = ingest(corpus, [source], analyzer=plain, batch_size=BATCH, progress=False)
        assert (report.added, report.already_stored) == (TOTAL - survived, survived)
        assert corpus.count_articles() == TOTAL and corpus.check() == []
        ids = corpus.backend.execute("SELECT count(DISTINCT external_id), count(*) FROM articles")[0]
        assert tuple(ids) == (TOTAL, TOTAL)
