"""Errors the library raises; the CLI turns them into one-line messages."""

from __future__ import annotations


class KhabarError(Exception):
    """Base class: a problem with the input or the setup, reported without a traceback."""


class InputError(KhabarError):
    """An input file or article that cannot be read or analysed."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        where = f"{source}:{line}: " if source and line else f"{source}: " if source else ""
        super().__init__(f"{where}{message}")


class ModelError(KhabarError):
    """A shipped model or lexicon is missing or unreadable."""


class PipelineError(KhabarError):
    """A pipeline whose stages are missing or in an order that leaves a requirement unmet."""
