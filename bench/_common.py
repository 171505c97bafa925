"""Helpers the benchmarks share: reading JSONL and importing the scorers of ../shared/eval."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType


def read_jsonl(path: Path) -> list[dict]:
    """Read one JSON object a line."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_eval(shared: Path, name: str) -> ModuleType:
    """Import ../shared/eval/<name>.py, the scorer that defines how results are judged."""
    spec = importlib.util.spec_from_file_location(f"shared_eval_{name}", Path(shared) / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
