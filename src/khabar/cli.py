"""The `khabar` command: a thin shell over the library.

Each command turns its options into a call of a plain function. Library errors
(`KhabarError`) become a one-line message and exit status 1, never a traceback.
"""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from khabar.errors import InputError, KhabarError
from khabar.options import AccurateNer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Persian news to searchable knowledge, offline.")
train_app = typer.Typer(no_args_is_help=True, help="Rebuild a shipped model from the shared data, deterministically.")
app.add_typer(train_app, name="train")

stderr = Console(stderr=True)
DEFAULT_DATA = Path("../shared/data")
DataOption = Annotated[Path, typer.Option("--data", help="The shared data folder (../shared/data).")]
OutOption = Annotated[Optional[Path], typer.Option("--out", help="Where to write the model (default: the package).")]


def _warn(message: str) -> None:
    stderr.print(f"[yellow]khabar:[/] {escape(message)}", highlight=False)


@app.command("analyze")
def analyze_cli(
    inputs: Annotated[list[Path], typer.Argument(
        help=".txt, .html, JSONL, JSON or Parquet files of articles (.gz too), or directories.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="JSONL output (stdout when omitted).")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for .txt inputs.")] = None,
    reference_date: Annotated[Optional[str], typer.Option(help="Date the articles were collected, YYYY-MM-DD.")] = None,
    accurate_ner: AccurateNer = False,
) -> None:
    """Analyse articles; write one Analysis JSON object a line."""
    from khabar import default_pipeline
    from khabar.run import analyze_paths

    failures: list[str] = []

    def report(error: object) -> None:
        failures.append(str(error))
        _warn(f"skipped {error}")

    pipeline = default_pipeline(accurate_ner=accurate_ner)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with _progress() as progress:
            task = progress.add_task("analysing", total=None)
            for analysis in analyze_paths(inputs, pipeline, published=published, reference_date=reference_date, on_error=report):
                out.write(analysis.model_dump_json() + "\n")
                progress.advance(task)
    finally:
        if output:
            out.close()
    if failures:
        _warn(f"{len(failures)} item(s) skipped")
        raise typer.Exit(1)


@contextmanager
def _working(description: str) -> Iterator[None]:
    """Show a spinner with the elapsed time, and the library's progress messages, while a long task runs."""
    handler = RichHandler(console=stderr, show_path=False, show_time=False)
    logger = logging.getLogger("khabar")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=stderr, transient=True) as progress:
            progress.add_task(description, total=None)
            yield
    finally:
        logger.removeHandler(handler)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=True, disable=not stderr.is_terminal,
    )


@app.command("normalize")
def normalize_cli(
    file: Annotated[Optional[Path], typer.Argument(help="A text file; stdin when omitted.")] = None,
    digits: Annotated[str, typer.Option(help="keep | latin | persian")] = "keep",
    keep_diacritics: Annotated[bool, typer.Option(help="Keep Arabic diacritics.")] = False,
) -> None:
    """Repair Persian text: exactly one output line per input line."""
    from khabar.io import decode_bytes, normalize_stream
    from khabar.text.letters import DIGIT_MODES
    from khabar.text.normalize import NormalizeOptions

    if digits not in DIGIT_MODES:
        raise InputError(f"--digits must be one of {', '.join(DIGIT_MODES)}, not {digits!r}")
    name = str(file) if file else "<stdin>"
    try:
        data = file.read_bytes() if file else sys.stdin.buffer.read()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=name) from None
    text, warnings = decode_bytes(data, name)
    for warning in warnings:
        _warn(f"{name}: {warning}")
    options = NormalizeOptions(digits=digits, drop_diacritics=not keep_diacritics)
    normalize_stream(io.StringIO(text, newline=None), sys.stdout, options)


@app.command("show")
def show_cli(file: Annotated[Path, typer.Argument(help="A JSONL file written by `khabar analyze`.")]) -> None:
    """Summarise analyses for a person: repairs, dates, entities, quotes, events."""
    from khabar.analysis import Analysis
    from khabar.show import show_analyses

    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source=str(file)) from None
    show_analyses(Analysis.model_validate_json(line) for line in lines if line.strip())


@app.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of the Analysis record."""
    from khabar.analysis import Analysis

    print(json.dumps(Analysis.model_json_schema(), ensure_ascii=False, indent=2))


@train_app.command("halfspace")
def train_halfspace_cli(data: DataOption = DEFAULT_DATA, out: OutOption = None) -> None:
    """Train the half-space model from the UD PerDT train token stream."""
    from khabar.text.halfspace_train import train_halfspace

    print(train_halfspace(data, out))


@train_app.command("ner")
def train_ner_cli(data: DataOption = DEFAULT_DATA, out: OutOption = None) -> None:
    """Train the named-entity tagger from PEYMA, Arman and ParsTwiNER (the BiLSTM-CRF needs the train extra)."""
    from khabar.ner.train import train_ner

    with _working("training the NER model (about half an hour)"):
        path = train_ner(data, out)
    print(path)


@train_app.command("cues")
def train_cues_cli(data: DataOption = DEFAULT_DATA, out: OutOption = None) -> None:
    """Mine the lexicon of quotation cues (reporting verbs) from the raw news corpora."""
    from khabar.quotes.mine import mine_cues

    with _working("mining quotation cues"):
        path = mine_cues(data, out)
    print(path)


@train_app.command("events")
def train_events_cli(
    data: DataOption = DEFAULT_DATA,
    annotated: Annotated[
        Path, typer.Option("--annotated", help="The events annotated by hand, one article a line.")
    ] = Path("tests/events/data/annotated.jsonl"),
    out: OutOption = None,
) -> None:
    """Learn which event types a sentence reports from the annotated articles (needs the train extra)."""
    from khabar.events.train import train_sentence_types

    if not annotated.is_file():
        raise typer.BadParameter(f"{annotated} is not a file (run from a khabar checkout)", param_hint="--annotated")
    with _working("learning the event types of sentences"):
        path = train_sentence_types(data, annotated, out)
    print(path)


@train_app.command("resolve")
def train_resolve_cli(data: DataOption = DEFAULT_DATA, out: OutOption = None) -> None:
    """Rebuild the Persian-to-GeoNames place table and the list of place names that are common words."""
    from khabar.resolve.train import train_places

    with _working("building the place tables"):
        paths = train_places(data, out)
    for path in paths:
        print(path)


@app.command("ner")
def ner_cli(
    conll: Annotated[Path, typer.Option("--conll", help="One token a line, a blank line between sentences.")],
    crf_only: Annotated[bool, typer.Option(
        "--crf-only", help="Tag with the CRFs alone, as `khabar analyze` does by default.")] = False,
) -> None:
    """Tag tokens for evaluation with the full model: prints `token<TAB>BIO-tag` lines in the same order."""
    from khabar.ner.conll import tag_conll

    tag_conll(conll, sys.stdout, network=not crf_only)


def _register_subcommands() -> None:
    """Add the commands that live beside their subsystem (store, batch, web)."""
    from khabar.batch.cli import register as register_batch
    from khabar.store.cli import register as register_store
    from khabar.web.cli import register as register_web

    register_store(app)
    register_batch(app)
    register_web(app)


_register_subcommands()


def main() -> None:
    """Entry point of the `khabar` console script."""
    try:
        app()
    except KhabarError as error:
        stderr.print(f"[red]khabar:[/] {escape(str(error))}", highlight=False)
        sys.exit(1)
    except OSError as error:  # a file that cannot be read or written, a full disk: say which, no traceback
        where = f"{error.filename}: " if error.filename else ""
        stderr.print(f"[red]khabar:[/] {escape(where + (error.strerror or str(error)))}", highlight=False)
        sys.exit(1)
