"""Benchmark `khabar batch`: articles/s with 1 and 2 workers, local against Dask, peak memory per worker.

Reproduce (from the repository root, the shared data beside it):

    .venv/bin/python -m bench.batch --shared ../shared --repeat 3            # 2,000 articles (default)
    .venv/bin/python -m bench.batch --shared ../shared --articles 600        # quicker; start-up weighs more

The input is the raw news of ../shared/data/news_langml (Fars and Varzesh3 JSON arrays),
converted to one JSONL file in a temporary folder: an even stride over all articles, so
both outlets are in it. Every configuration analyses the same file into a fresh output
folder with the default pipeline (every stage that has landed). Wall time counts
everything a user waits for: planning, starting the workers (and the Dask cluster), loading
models once per worker, analysis and writing Parquet. "compute" is the sum of the
partitions' own times, so articles / compute is the per-core rate for the capacity
estimate in docs/batch.md; articles per CPU-second (the workers' own process time) is the
same rate with the time lost to other processes on a busy machine taken out. The baseline is
the issue's target: 2 workers >= 1.7x one.
The machine is shared, so the load average before each run is printed beside it.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import statistics
import tempfile
from pathlib import Path

from khabar.batch import BatchReport, run_batch
from khabar.batch.worker import default_factory, pipeline_of

TARGET_SPEEDUP = 1.7
SECONDS_PER_DAY = 86_400


def convert_news(shared: Path, out: Path, count: int) -> int:
    """Write `count` news_langml articles (an even stride over all) as JSONL; return how many."""
    articles = []
    for path in sorted((shared / "data" / "news_langml").glob("*.json.gz")):
        source = "Fars" if path.name.startswith("fars") else "Varzesh3"
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            articles.extend((source, item) for item in json.load(handle))
    stride = max(1, len(articles) // count)
    chosen = articles[::stride][:count]
    with out.open("w", encoding="utf-8") as handle:
        for number, (source, item) in enumerate(chosen):
            paragraphs = item.get("paragraphs") or []
            record = {
                "id": f"{source.lower()}-{number:05d}",
                "title": item.get("title"),
                "text": "\n".join(paragraphs) if isinstance(paragraphs, list) else str(paragraphs),
                "url": item.get("link"),
                "source": source,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(chosen)


def measure(inputs: Path, work: Path, engine: str, workers: int, args: argparse.Namespace, run: int) -> dict:
    """Run one configuration into a fresh folder; return its figures."""
    factory = functools.partial(pipeline_of, tuple(args.stages.split(","))) if args.stages else default_factory
    load = os.getloadavg()[0]
    report: BatchReport = run_batch(
        inputs,
        work / f"{engine}-{workers}-{run}",
        engine=engine,
        workers=workers,
        partition_size=args.partition_size,
        pipeline_factory=factory,
    )
    if report.failed:
        raise SystemExit(
            f"{engine} x{workers}: {len(report.failed)} partition(s) failed: {next(iter(report.failed.values()))}"
        )
    compute = sum(done.seconds for done in report.written)
    cpu = sum(done.cpu_seconds for done in report.written)
    busy: dict[str, float] = {}
    for done in report.written:
        busy[done.worker] = busy.get(done.worker, 0.0) + done.seconds
    rows = report.articles + report.errors
    return {
        "engine": engine,
        "workers": workers,
        "rows": rows,
        "errors": report.errors,
        "wall": report.seconds,
        "outside": report.seconds - max(busy.values()),
        "rate": rows / report.seconds,
        "per_core": rows / compute if compute else 0.0,
        "per_cpu": rows / cpu if cpu else 0.0,
        "peak_rss": max(report.peak_rss_mb.values()),
        "load": load,
    }


def median_figures(runs: list[dict]) -> dict:
    """Return the run with the median wall time."""
    ordered = sorted(runs, key=lambda figures: figures["wall"])
    return ordered[len(ordered) // 2]


def print_table(results: dict[tuple[str, int], dict], repeat: int) -> None:
    """Print the figures and the comparisons the issue asks for."""
    print(
        f"\n{'engine':<7}{'workers':>8}{'articles':>10}{'errors':>8}{'wall s':>9}{'art/s':>8}"
        f"{'outside s':>10}{'speedup':>9}{'target':>8}{'art/worker-s':>14}{'art/CPU-s':>11}"
        f"{'peak RSS MiB/worker':>21}{'load':>7}"
    )
    for (engine, workers), figures in results.items():
        one = results.get((engine, 1))
        speedup = figures["rate"] / one["rate"] if one else float("nan")
        target = f">={TARGET_SPEEDUP}" if workers == 2 else "-"
        print(
            f"{engine:<7}{workers:>8}{figures['rows']:>10}{figures['errors']:>8}{figures['wall']:>9.1f}"
            f"{figures['rate']:>8.1f}{figures['outside']:>10.1f}{speedup:>9.2f}{target:>8}{figures['per_core']:>14.1f}{figures['per_cpu']:>11.1f}"
            f"{figures['peak_rss']:>21.0f}{figures['load']:>7.2f}"
        )
    print(
        f"(median of {repeat} run(s) by wall time; outside s = wall time outside the busiest worker's partitions: "
        "planning, starting workers or the cluster, scheduling; art/worker-s = articles per second a worker spent "
        "in its partitions; art/CPU-s = per CPU-second the workers used; load = 1-minute load average before the run)"
    )
    for workers in sorted({w for _, w in results}):
        local, dask = results.get(("local", workers)), results.get(("dask", workers))
        if local and dask:
            overhead = (dask["wall"] - local["wall"]) / local["wall"] * 100
            print(
                f"dask overhead vs local, {workers} worker(s): "
                f"{dask['wall'] - local['wall']:+.1f} s ({overhead:+.0f}% wall)"
            )
    per_core = statistics.median(figures["per_cpu"] for figures in results.values())
    print(
        f"per-core rate (articles per CPU-second, median over configurations): {per_core:.1f} articles/s; "
        f"1,000,000 articles/day = {1_000_000 / SECONDS_PER_DAY:.1f} articles/s "
        f"-> {1_000_000 / SECONDS_PER_DAY / per_core:.2f} cores at 100% use"
    )


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--partition-size", type=int, default=25)
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--stages", default="", help="Comma-separated stages; the default pipeline when empty.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="khabar-bench-batch-") as folder:
        work = Path(folder)
        inputs = work / "news.jsonl"
        count = convert_news(args.shared, inputs, args.articles)
        stages = args.stages or ",".join(stage.name for stage in default_factory().stages)
        print(
            f"{count} articles from news_langml, partitions of {args.partition_size}, "
            f"stages {stages}, {os.cpu_count()} CPU(s)"
        )
        runs: dict[tuple[str, int], list[dict]] = {}
        for run in range(args.repeat):
            for engine in args.engines.split(","):
                for workers in (int(value) for value in args.workers.split(",")):
                    figures = measure(inputs, work, engine, workers, args, run)
                    runs.setdefault((engine, workers), []).append(figures)
                    print(
                        f"  run {run + 1}: {engine} x{workers}: "
                        f"{figures['wall']:.1f} s, {figures['rate']:.1f} articles/s"
                    )
        print_table({key: median_figures(values) for key, values in runs.items()}, args.repeat)


if __name__ == "__main__":
    main()
