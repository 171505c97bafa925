"""Run partition tasks on processes of this machine (`local`) or on a Dask cluster (`dask`).

Both engines take the same task function and the same partitions, and both survive a
worker that dies: the local engine starts a fresh process pool and resubmits what was in
flight; Dask's scheduler reschedules the lost tasks on the workers still alive. A
partition whose task fails `MAX_ATTEMPTS` times is reported as failed, not written, so
a rerun tries it again.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from khabar.batch.output import PartitionDone
from khabar.batch.sources import Partition
from khabar.batch.worker import SETUP_ERRORS
from khabar.errors import KhabarError

log = logging.getLogger(__name__)

# Tries per partition when worker processes die under it (Dask's own default is 3 too).
MAX_ATTEMPTS = 3

Task = Callable[[Partition], PartitionDone]


@dataclass(frozen=True)
class Outcome:
    """One partition's end: its marker when written, else why it failed."""

    partition: Partition
    done: PartitionDone | None = None
    failure: str | None = None
    fatal: bool = False  # a setup error (a missing model): every other partition would fail the same way


def failed(partition: Partition, error: BaseException) -> Outcome:
    """Return the outcome of a partition whose task raised `error`."""
    return Outcome(partition, failure=f"{type(error).__name__}: {error}", fatal=isinstance(error, SETUP_ERRORS))


def default_workers() -> int:
    """Return the number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_local(task: Task, partitions: list[Partition], workers: int) -> Iterator[Outcome]:
    """Run `task` over `partitions` on `workers` fresh processes, restarting the pool if one dies."""
    attempts = {partition.key: 0 for partition in partitions}
    waiting = list(reversed(partitions))
    while waiting:
        # 'spawn': a clean interpreter per worker, safe whatever threads the caller runs.
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            broken = yield from drain_pool(pool, task, waiting, workers, attempts)
        for partition in broken:
            if attempts[partition.key] >= MAX_ATTEMPTS:
                yield Outcome(partition, failure=f"a worker process died {MAX_ATTEMPTS} times while analysing it")
            else:
                waiting.append(partition)


def drain_pool(
    pool: ProcessPoolExecutor, task: Task, waiting: list[Partition], workers: int, attempts: dict[str, int]
) -> Iterator[Outcome]:
    """Keep `workers` partitions in flight until done; return those lost if the pool breaks."""
    running: dict[Future[PartitionDone], Partition] = {}
    while waiting or running:
        while waiting and len(running) < workers:
            partition = waiting.pop()
            attempts[partition.key] += 1
            running[pool.submit(task, partition)] = partition
        finished, _ = wait(running, return_when=FIRST_COMPLETED)
        lost = []
        for future in finished:
            partition = running.pop(future)
            try:
                yield Outcome(partition, done=future.result())
            except BrokenProcessPool:
                lost.append(partition)
            except Exception as error:  # noqa: BLE001 - one partition's failure must not stop the run
                yield failed(partition, error)
        if lost:
            # Every task still in flight is lost with the pool, not only the one that killed it.
            lost.extend(running.values())
            log.warning("a worker process died; retrying %d partition(s) on a fresh pool", len(lost))
            return lost
    return []


def outcome_of(partition: Partition, future: Any) -> Outcome:
    """Return the outcome of a finished Dask future."""
    try:
        return Outcome(partition, done=future.result())
    except (Exception, CancelledError, asyncio.CancelledError) as error:  # noqa: BLE001 - reported per partition
        return failed(partition, error)


def run_dask(task: Task, partitions: list[Partition], scheduler: str | None, workers: int) -> Iterator[Outcome]:
    """Run `task` over `partitions` on the Dask scheduler at `scheduler`, or on a LocalCluster."""
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, set_as_default=False)
        else:
            # Port 0: any free port for the scheduler's HTTP server, so two clusters on one machine do not clash.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
            client = Client(cluster, set_as_default=False)
            log.info("Dask LocalCluster of %d worker(s); dashboard: %s", workers, cluster.dashboard_link)
    except OSError as error:
        raise KhabarError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    run = uuid.uuid4().hex[:8]  # task keys unique to this run, so a long-lived scheduler never mixes two runs
    try:
        futures: dict[Any, Partition] = {
            client.submit(task, partition, key=f"khabar-batch-{run}-{partition.key}"): partition
            for partition in partitions
        }
        for future in as_completed(futures, loop=client.loop):
            yield outcome_of(futures[future], future)
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
