"""Pipeline factories for the batch tests; a module of its own so that worker processes can import them.

Each wraps khabar's default pipeline; some also kill a process when they meet a given article.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from khabar import default_pipeline
from khabar.analysis import Analysis
from khabar.errors import ModelError


def real_pipeline():
    """Return khabar's default pipeline."""
    return default_pipeline()


class KillingPipeline:
    """The default pipeline, except that meeting `article_id` kills a process first."""

    def __init__(self, article_id: str, whole_group: bool, flag: str | None, hang: bool = False):
        self.article_id = article_id
        self.whole_group = whole_group
        self.flag = Path(flag) if flag else None
        self.hang = hang
        self.pipeline = default_pipeline()

    def __call__(self, analysis: Analysis) -> Analysis:
        if analysis.id == self.article_id and self.hang:
            while True:  # a runaway stage: only the time limit ends it
                time.sleep(0.05)
        if analysis.id == self.article_id and self.should_kill():
            if self.whole_group:
                os.killpg(os.getpgid(0), signal.SIGKILL)  # the driver and every worker: an interrupted run
            os.kill(os.getpid(), signal.SIGKILL)  # this worker only
        return self.pipeline(analysis)

    def should_kill(self) -> bool:
        if self.flag is None:
            return True
        if self.flag.exists():
            return False  # killed once already: let the retry through
        self.flag.touch()
        return True


def interrupt_run_at(article_id: str) -> KillingPipeline:
    """Kill the whole run (driver and workers) when `article_id` comes up."""
    return KillingPipeline(article_id, whole_group=True, flag=None)


def kill_worker_once_at(article_id: str, flag: str) -> KillingPipeline:
    """Kill the worker that meets `article_id`, the first time only (`flag` remembers)."""
    return KillingPipeline(article_id, whole_group=False, flag=flag)


def kill_worker_always_at(article_id: str) -> KillingPipeline:
    """Kill every worker that meets `article_id`: a partition that can never finish."""
    return KillingPipeline(article_id, whole_group=False, flag=None)


def missing_model():
    """Return a pipeline whose model is missing, as a broken installation has it."""

    def pipeline(analysis: Analysis) -> Analysis:
        raise ModelError("the test model is missing")

    return pipeline


def hang_at(article_id: str) -> KillingPipeline:
    """Never finish `article_id`."""
    return KillingPipeline(article_id, whole_group=False, flag=None, hang=True)
