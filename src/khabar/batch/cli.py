"""`khabar batch INPUT OUTPUT`: the command-line shell over `run_batch`."""

from __future__ import annotations

import enum
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from khabar.batch.run import DEFAULT_PARTITION_SIZE, run_batch
from khabar.batch.worker import ARTICLE_TIMEOUT_S, accurate_factory, default_factory
from khabar.errors import KhabarError
from khabar.options import AccurateNer

# Failed partitions listed one by one before the rest are only counted.
MAX_LISTED_FAILURES = 10


class EngineChoice(str, enum.Enum):
    local = "local"
    dask = "dask"


def progress_bar() -> Progress:
    """Return a progress display on stderr, silent when stderr is not a terminal."""
    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def register(app: typer.Typer) -> None:
    """Add the `batch` command to `app`."""
    app.command("batch")(batch_cli)


def batch_cli(
    input: Annotated[str, typer.Argument(help="JSONL or Parquet file, or a directory of them; a path or fsspec URL.")],  # noqa: A002
    output: Annotated[str, typer.Argument(help="Output folder for the Parquet tables; a path or fsspec URL.")],
    engine: Annotated[
        EngineChoice, typer.Option(help="local: processes on this machine; dask: a Dask cluster.")
    ] = EngineChoice.local,
    scheduler: Annotated[
        Optional[str],
        typer.Option(help="Dask scheduler address, tcp://host:8786 (dask engine); a LocalCluster when omitted."),
    ] = None,
    workers: Annotated[
        Optional[int], typer.Option(help="Worker processes (local engine or LocalCluster); all cores when omitted.")
    ] = None,
    partition_size: Annotated[
        int, typer.Option(help="Articles per partition; keep it the same when resuming.")
    ] = DEFAULT_PARTITION_SIZE,
    article_timeout: Annotated[
        float, typer.Option(help="Seconds one article may take; a hung article goes to the errors table. 0: no limit.")
    ] = ARTICLE_TIMEOUT_S,
    accurate_ner: AccurateNer = False,
) -> None:
    """Analyse many articles into Parquet tables, resuming where an earlier run stopped."""
    try:
        with progress_bar() as progress:
            task = progress.add_task("partitions", total=None)
            report = run_batch(
                input,
                output,
                engine=engine.value,
                scheduler=scheduler,
                workers=workers,
                partition_size=partition_size,
                article_timeout=article_timeout or None,
                pipeline_factory=accurate_factory if accurate_ner else default_factory,
                on_partition=lambda key, done: progress.advance(task),
            )
    except KhabarError as error:
        typer.secho(f"khabar: {error}", err=True, fg="red")
        raise typer.Exit(1) from None
    typer.echo(report.summary())
    for key, reason in list(report.failed.items())[:MAX_LISTED_FAILURES]:
        typer.secho(f"khabar: partition {key} failed: {reason}", err=True, fg="red")
    if report.failed:
        typer.secho(
            f"khabar: {len(report.failed)} partition(s) failed; run the same command again to retry them",
            err=True,
            fg="red",
        )
        raise typer.Exit(1)
