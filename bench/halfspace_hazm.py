"""Helper of bench/halfspace.py: run hazm's Normalizer over a file, in hazm's own interpreter.

    .venv-bench/bin/python bench/halfspace_hazm.py IN.txt OUT.txt

Writes one normalized line per input line and prints its own timing as JSON
({"seconds": wall, "cpu_seconds": process time, "setup_cpu_seconds": the part spent
importing hazm and building the Normalizer, "lines": n}), not counting the interpreter's start.
Run alone with `--shared` (as `python -m bench` does) it only says what it is.
"""

from __future__ import annotations

import json
import sys
import time


def normalize_file(source: str, target: str) -> dict:
    """Normalize every line of `source` into `target` and return the timing."""
    with open(source, encoding="utf-8") as stream:
        lines = stream.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    wall, cpu = time.perf_counter(), time.process_time()
    from hazm import Normalizer

    normalizer = Normalizer()
    setup_cpu = time.process_time() - cpu
    out = [normalizer.normalize(line) for line in lines]
    timing = {"seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu,
              "setup_cpu_seconds": setup_cpu, "lines": len(lines)}
    with open(target, "w", encoding="utf-8") as stream:
        stream.write("".join(line.replace("\n", " ") + "\n" for line in out))
    return timing


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2 or argv[0].startswith("--"):
        print("bench/halfspace_hazm.py is a helper of bench/halfspace.py (runs hazm in its own venv).")
        return 0
    print(json.dumps(normalize_file(argv[0], argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
