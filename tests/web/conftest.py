"""Fixtures for the web tests: a corpus and a real uvicorn server process on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from tests.web.corpus import build_corpus

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-Zq81"
POSTGRES_ENV = "KHABAR_TEST_POSTGRES"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(db: str | Path, **env: str) -> Iterator[str]:
    """Run `uvicorn` on the test app in a child process; yield its base URL; stop it afterwards."""
    port = free_port()
    environment = {**os.environ, "KHABAR_WEB_TEST_DB": str(db), **env}
    command = [sys.executable, "-m", "uvicorn", "--factory", "tests.web.server:build_app", "--host", "127.0.0.1",
               "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=ROOT, env=environment)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_until_up(base: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the test server exited with status {process.returncode}")
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the test server did not come up")


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def corpus_db(request, tmp_path_factory) -> Iterator[str]:
    """The test corpus on each backend; PostgreSQL only when KHABAR_TEST_POSTGRES names a server (own schema)."""
    folder = tmp_path_factory.mktemp("web")
    if request.param == "sqlite":
        yield build_corpus(folder)
        return
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is unset: run scripts/postgres-start.sh and export its URL to test PostgreSQL")
    import psycopg

    schema = f"web_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in url else "?"
    yield build_corpus(folder, f"{url}{separator}options={quote(f'-csearch_path={schema}')}")
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(scope="session")
def server(corpus_db: str) -> Iterator[str]:
    """A read-only server over the test corpus (no token)."""
    with running_server(corpus_db) as base:
        yield base


@pytest.fixture(scope="session")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30) as http:
        yield http
