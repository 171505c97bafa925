"""Compose the analysis stages: each reads and fills one `Analysis`.

A stage is a function `Analysis -> Analysis` registered with the fields it
`requires` and the fields it `assigns`. `Pipeline` checks the order once, then
runs the stages as a plain loop.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from khabar.analysis import Analysis
from khabar.errors import PipelineError

StageFunc = Callable[[Analysis], Analysis]

# Stage name -> module that registers it, in the order the data flows.
STAGE_MODULES: dict[str, str] = {
    "text": "khabar.text.stage",
    "time": "khabar.time.stage",
    "ner": "khabar.ner.stage",
    "ner_bilstm": "khabar.ner.stage",  # the CRFs joined by the BiLSTM-CRF: more accurate, slower
    "resolve": "khabar.resolve.stage",
    "quotes": "khabar.quotes.stage",
    "events": "khabar.events.stage",
}
# The stages `khabar.analyze` runs: every stage that has landed, in data-flow order.
DEFAULT_STAGES: tuple[str, ...] = ("text", "time", "ner", "resolve", "quotes", "events")
# The same with the more accurate, slower named-entity stage.
ACCURATE_STAGES: tuple[str, ...] = tuple("ner_bilstm" if name == "ner" else name for name in DEFAULT_STAGES)


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[StageFunc], StageFunc]:
    """Register a stage function under `name`."""

    def register(func: StageFunc) -> StageFunc:
        _REGISTRY[name] = Stage(name, func, tuple(requires), tuple(assigns))
        return func

    return register


def get_stage(name: str) -> Stage:
    """Return the registered stage `name`, importing its module on first use."""
    if name not in _REGISTRY and name in STAGE_MODULES:
        importlib.import_module(STAGE_MODULES[name])
    if name not in _REGISTRY:
        raise PipelineError(f"unknown stage {name!r}; known: {', '.join(STAGE_MODULES)}")
    return _REGISTRY[name]


class Pipeline:
    """Run named stages in order over articles."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES):
        self.stages = [get_stage(name) for name in stages]
        self._check_order()

    def _check_order(self) -> None:
        assigned = {"raw", "id", "source", "url", "title", "published", "reference_date"}
        for current in self.stages:
            missing = [field for field in current.requires if field not in assigned]
            if missing:
                raise PipelineError(f"stage {current.name!r} requires {', '.join(missing)}, which no earlier stage assigns")
            assigned.update(current.assigns)

    def __call__(self, analysis: Analysis) -> Analysis:
        for current in self.stages:
            analysis = current.func(analysis)
            analysis.stages.append(current.name)
            if not analysis.language.is_persian:
                break  # later stages read Persian only; the record says why they did not run
        return analysis

    def pipe(self, analyses: Iterable[Analysis]) -> Iterator[Analysis]:
        for analysis in analyses:
            yield self(analysis)
