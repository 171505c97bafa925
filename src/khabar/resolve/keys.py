"""Fold Persian names to lookup keys, so that spelling variants meet in one table."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from importlib import resources

from khabar.errors import ModelError
from khabar.text.letters import SPELLING_VARIANTS
from khabar.text.normalize import NormalizeOptions, normalize_text

# Letters only: the half-space model and punctuation rules are not needed for short names.
LETTERS_ONLY = NormalizeOptions(halfspaces=False, punctuation=False)
# Spellings that vary in news but never tell two names apart: hamza seats, madda, half-space vs space.
FOLD = str.maketrans({**SPELLING_VARIANTS, "\u0654": None, "\u200c": " "})
NON_WORD = re.compile(r"[^\w ]+")
SPACES = re.compile(r"\s+")
# A plural or adjective ending written apart («حوثی ها», «حوثی‌ها») joins its word, as in «حوثیها».
DETACHED_SUFFIX = re.compile(r" (ها|های|هایی|ای|ایی)(?= |$)")
# Endings under which an indexed name is still found («وزارتخانه» in «وزارتخانههای»).
PLURAL_ENDINGS = ("ها", "های", "ان")
# A state, body or capital takes no «ان»: «ناتوان» is unable, not NATO, and «رمان» a novel, not Rome.
PLACE_ENDINGS = ("ها", "های")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Return the lookup key of a name: repaired letters, no hamza or madda, words split by single spaces."""
    text = normalize_text(name, LETTERS_ONLY).translate(FOLD)
    text = SPACES.sub(" ", NON_WORD.sub(" ", text)).strip()
    return DETACHED_SUFFIX.sub(r"\1", text)


@lru_cache(maxsize=65536)
def fold_tokens(name: str) -> tuple[str, ...]:
    """Return the words of a name's lookup key."""
    return tuple(fold(name).split())


def read_table(name: str, columns: int) -> list[list[str]]:
    """Read a shipped TSV from khabar/data/resolve, skipping comments and padding missing columns."""
    try:
        text = resources.files("khabar").joinpath("data/resolve/" + name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as error:
        raise ModelError(f"resolve table {name} is missing: {error}") from error
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        rows.append((cells + [""] * columns)[:columns])
    return rows


class PhraseIndex:
    """Map folded word sequences to values and find the longest ones inside a longer phrase."""

    def __init__(self, endings: tuple[str, ...] = PLURAL_ENDINGS) -> None:
        self.endings = endings  # the plural endings a name is also found under
        self.entries: dict[tuple[str, ...], object] = {}
        self.longest = 0
        # The key lengths that begin with each word, longest first: `find` tries only those (it runs on whole
        # articles, where most words begin no key at all).
        self.sizes: dict[str, tuple[int, ...]] = {}

    def add(self, name: str, value: object, *, overwrite: bool = False) -> None:
        """Add a name; the first value added for a key wins unless `overwrite`."""
        key = fold_tokens(name)
        if not key:
            return
        if overwrite or key not in self.entries:
            self.entries[key] = value
        self.note_size(key)
        for ending in self.endings:
            plural = key[:-1] + (key[-1] + ending,)
            self.entries.setdefault(plural, value)
            self.note_size(plural)
        self.longest = max(self.longest, len(key))

    def note_size(self, key: tuple[str, ...]) -> None:
        """Record that a key of this length begins with its first word."""
        sizes = self.sizes.get(key[0], ())
        if len(key) not in sizes:
            self.sizes[key[0]] = tuple(sorted((*sizes, len(key)), reverse=True))

    def get(self, name: str) -> object | None:
        """Return the value of exactly this name, or None."""
        return self.entries.get(fold_tokens(name))

    def find(self, tokens: tuple[str, ...]) -> list[tuple[int, int, object]]:
        """Return (first word, end word, value) for the longest matches, left to right, not overlapping."""
        found, taken, count = [], 0, len(tokens)
        entries, sizes = self.entries, self.sizes
        # Most words begin no key: the starts are picked out at C speed (compress over a membership map).
        for index in compress(range(count), map(sizes.__contains__, tokens)):
            if index < taken:
                continue
            for size in sizes[tokens[index]]:
                if index + size <= count:
                    value = entries.get(tokens[index : index + size])
                    if value is not None:
                        found.append((index, index + size, value))
                        taken = index + size
                        break
        return found
