"""Run every benchmark: `python -m bench --shared ../shared [--only NAME ...] [--quick]`.

Each module in bench/ has `main(argv)` and prints its own table; this runner only
calls them in turn and says how long each took.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path


def benchmark_names() -> list[str]:
    folder = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if not m.name.startswith("_"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--only", nargs="*", default=None, help="run only these benchmarks")
    args, rest = parser.parse_known_args(argv)
    failed = []
    for name in args.only or benchmark_names():
        print(f"\n=== bench/{name}.py ===", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        try:
            module.main(["--shared", args.shared, *rest])
        except SystemExit as done:
            if done.code not in (0, None):
                failed.append(name)
        print(f"(bench/{name}.py took {time.perf_counter() - started:.1f} s)", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
