"""Benchmark the web application: page and API latency under concurrent load on a 100,000-article corpus.

Reproduce (from the repository root, the shared data beside it):

    .venv/bin/python -m bench.web --shared ../shared                 # 20 clients, 30 s, 100,000 articles
    .venv/bin/python -m bench.web --shared ../shared --size 20000 --seconds 10 --clients 10   # quicker

1. Corpus: `--size` articles synthesised by the store benchmark's builder (`bench.store.build_corpus`: real
   news_langml paragraphs recombined, random dates 2003-2021, three sources; no annotation layers), written
   once to bench/out/web-<size>.sqlite and reused by later runs (delete it to rebuild).
2. Server: `uvicorn` in a child process (`--workers` processes, default one per core) serving `create_app(db)` on
   a free 127.0.0.1 port, read-only, as `khabar serve --workers N` does.
3. Load: this process runs `--clients` threads, each a closed loop (next request when the previous answers, no
   pause) for `--seconds`, at most 100,000 requests each, only to 127.0.0.1. Each request picks one kind at
   random: the search page (`/search?q=…`, ranking, one hit per story, snippets and facets), the search page with
   a source and date filter, the search API, an article page (a random stored id) and the events page. The
   queries are the store benchmark's 50 (`bench.store.pick_queries`: 20 frequent words, 15 rare words, 15
   two-word phrases, fixed seed). Ten seconds of the same load run first, unmeasured, to warm caches.
4. Figures: per kind, requests, errors (any status but 200, or a transport error), p50/p95/max latency in ms
   measured by the client (queueing included); the baseline is the issue's target: search pages p95 <= 200 ms,
   no errors; then the CPU each request cost the server (its processes' user + system time) and the load generator,
   which shows whether the server was short of CPU. The machine is shared: rerun when another heavy job was running.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx

from bench.store import build_corpus, paragraph_pool, percentile, pick_queries, read_articles
from khabar.web.cli import SERVE_DB_ENV, SERVE_LOOPBACK_ENV

ROOT = Path(__file__).resolve().parents[1]
MAX_REQUESTS_PER_CLIENT = 100_000
KINDS = ("search page", "search page, filtered", "search API", "article page", "events page")
SEARCH_KINDS = ("search page", "search page, filtered")


def ensure_corpus(shared: Path, size: int) -> tuple[Path, list[str]]:
    """Return the benchmark corpus (built on first use) and the queries to load it with."""
    raws = read_articles(shared)
    db = ROOT / "bench" / "out" / f"web-{size}.sqlite"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        partial = db.with_suffix(".building")
        for stale in db.parent.glob(f"{partial.name}*"):
            stale.unlink()
        seconds, _ = build_corpus(str(partial), raws, size)
        partial.rename(db)
        for leftover in db.parent.glob(f"{partial.name}-*"):  # WAL side files of the finished build
            leftover.unlink()
        print(f"built {size:,} articles in {seconds:.0f} s: {db}", flush=True)
    paragraphs, _ = paragraph_pool(raws)
    return db, pick_queries(paragraphs)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, workers: int) -> tuple[subprocess.Popen, str]:
    """Start uvicorn on a free loopback port; return the process and base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "--factory", "khabar.web.cli:app_from_environment", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"]
    # The app `khabar serve --workers N` runs in each worker, configured the way serve configures it.
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, SERVE_DB_ENV: str(db), SERVE_LOOPBACK_ENV: "1"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/health", timeout=5).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("the server did not start")


def cpu_seconds(pid: int) -> float:
    """Return the CPU time (user + system) used so far by a process and its child processes (uvicorn workers)."""
    tick = os.sysconf("SC_CLK_TCK")

    def own(stat: str) -> tuple[int, float]:
        fields = stat.rsplit(")", 1)[1].split()
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / tick  # parent pid, CPU seconds

    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent, used = own((entry / "stat").read_text())
        except OSError:
            continue  # a process that ended meanwhile
        if int(entry.name) == pid or parent == pid:
            total += used
    return total


def request_for(kind: str, rng: random.Random, queries: list[str], articles: int) -> tuple[str, dict]:
    """Return the path and query parameters of one request of `kind`."""
    query = rng.choice(queries)
    if kind == "search page":
        return "/search", {"q": query}
    if kind == "search page, filtered":
        return "/search", {"q": query, "source": rng.choice(("Fars", "IRNA", "Varzesh3")), "date_from": "2010-01-01"}
    if kind == "search API":
        return "/api/search", {"q": query}
    if kind == "article page":
        return f"/articles/{rng.randint(1, articles)}", {}
    return "/events", {}


def run_load(base: str, queries: list[str], articles: int, clients: int, seconds: float, seed: int) -> dict:
    """Run `clients` closed-loop clients for `seconds`; return latencies (ms) and errors per kind."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        with httpx.Client(base_url=base, timeout=30) as http:
            for _ in range(MAX_REQUESTS_PER_CLIENT):
                if time.monotonic() >= deadline:
                    return
                kind = rng.choice(KINDS)
                path, params = request_for(kind, rng, queries, articles)
                started = time.perf_counter()
                try:
                    ok = http.get(path, params=params).status_code == 200
                except httpx.TransportError:
                    ok = False
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies[kind].append(elapsed)
                    errors[kind] += not ok

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"latencies": latencies, "errors": errors}


def print_table(result: dict, seconds: float) -> None:
    rows = [("kind", "requests", "errors", "p50 ms", "p95 ms", "max ms", "baseline (issue 9)")]
    all_latencies: list[float] = []
    for kind in KINDS:
        values = result["latencies"].get(kind, [])
        all_latencies += values
        baseline = "p95 <= 200 ms, no errors" if kind in SEARCH_KINDS else "no errors"
        rows.append((kind, str(len(values)), str(result["errors"].get(kind, 0)), *_figures(values), baseline))
    total_errors = sum(result["errors"].values())
    rows.append(("all", str(len(all_latencies)), str(total_errors), *_figures(all_latencies),
                 f"{len(all_latencies) / seconds:.0f} requests/s"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) if i in (0, 6) else cell.rjust(width) for i, (cell, width) in enumerate(zip(row, widths))))


def _figures(values: list[float]) -> tuple[str, str, str]:
    if not values:
        return ("-", "-", "-")
    return (f"{percentile(values, 0.5):.1f}", f"{percentile(values, 0.95):.1f}", f"{max(values):.1f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--size", type=int, default=100_000, help="articles in the corpus")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--warmup", type=float, default=10)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="server processes (default: one per core, as `khabar serve --workers N` runs it)")
    args = parser.parse_args(argv)

    db, queries = ensure_corpus(args.shared, args.size)
    process, base = start_server(db, args.workers)
    try:
        articles = httpx.get(f"{base}/api/stats", timeout=120).json()["articles"]
        run_load(base, queries, articles, args.clients, args.warmup, seed=1)
        server_before, client_before = cpu_seconds(process.pid), time.process_time()
        result = run_load(base, queries, articles, args.clients, args.seconds, seed=2)
        server_cpu, client_cpu = cpu_seconds(process.pid) - server_before, time.process_time() - client_before
    finally:
        process.terminate()
        process.wait(timeout=30)
    print(f"\n{articles:,} articles, {args.clients} clients, {args.seconds:.0f} s, {args.workers} worker(s), "
          f"{os.cpu_count()} CPUs\n")
    print_table(result, args.seconds)
    requests = sum(len(values) for values in result["latencies"].values())
    print(f"\nCPU per request: server {server_cpu / requests * 1000:.1f} ms ({server_cpu / args.seconds:.2f} cores), "
          f"load generator {client_cpu / requests * 1000:.1f} ms ({client_cpu / args.seconds:.2f} cores); "
          f"1-minute load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
