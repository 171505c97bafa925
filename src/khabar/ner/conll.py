"""`khabar ner --conll FILE`: tag a file of one token a line, a blank line between sentences."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from khabar.errors import InputError
from khabar.ner.model import default_tagger


def read_token_lines(path: Path) -> list[list[str]]:
    """Read sentences of tokens; each line is one token exactly as written (it may contain spaces)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the token file: {error}", source=str(path)) from error
    sentences: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        if line.strip():
            current.append(line)
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def tag_conll(path: Path, out: TextIO, *, network: bool = True) -> None:
    """Write `token<TAB>tag` lines for every token of `path`, a blank line after each sentence."""
    sentences = read_token_lines(path)
    for tokens, tags in zip(sentences, default_tagger(network).tag_sentences(sentences)):
        out.write("".join(f"{token}\t{tag}\n" for token, tag in zip(tokens, tags)) + "\n")
