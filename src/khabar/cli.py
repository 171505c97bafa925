"""The `khabar` command: a thin shell over the library.

Each command turns its options into a call of a plain function; library errors
(`KhabarError`) become a one-line message and exit status 1, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from khabar.errors import KhabarError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Persian news to searchable knowledge.")
train_app = typer.Typer(no_args_is_help=True, help="Rebuild a shipped model from ../shared/data.")
app.add_typer(train_app, name="train")

DEFAULT_DATA = Path("../shared/data")
DataDir = Annotated[Path, typer.Option("--data", help="The shared data folder.")]


def fail(message: str) -> None:
    typer.secho(f"khabar: {message}", err=True, fg="red")
    raise typer.Exit(1)


@app.command("normalize")
def normalize_cli(
    file: Annotated[Optional[Path], typer.Argument(help="A text file; stdin when omitted.")] = None,
    digits: Annotated[str, typer.Option(help="keep | latin | persian")] = "keep",
    keep_diacritics: Annotated[bool, typer.Option(help="Keep Arabic diacritics.")] = False,
) -> None:
    """Repair Persian text: one output line per input line."""
    from khabar.text.cli import normalize_stream

    normalize_stream(file, sys.stdout, digits=digits, drop_diacritics=not keep_diacritics)


@train_app.command("halfspace")
def train_halfspace_cli(data: DataDir = DEFAULT_DATA, out: Annotated[Optional[Path], typer.Option()] = None) -> None:
    """Train the half-space model from the PerDT train token stream."""
    from khabar.text.halfspace_train import train_halfspace

    train_halfspace(data, out)


def main() -> None:
    try:
        app()
    except KhabarError as error:
        fail(str(error))
