"""Titles stay outside a person's name: «سردار | سلیمانی»، «دکتر | ظریف».

PEYMA, ParsTwiNER and Arman all leave these titles out of PER spans (in PEYMA and ParsTwiNER train they stand
before 201 and 382 spans and open 8 and 9), yet the taggers sometimes take them in. A PER span that opens with one
loses it, unless the name table holds the whole span as a name («سردار آزمون», a footballer whose first name is
Sardar).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from khabar.ner.features import token_key

TITLES = frozenset(token_key(title) for title in "سردار دکتر آقای خانم شهید مهندس حاج".split())


def drop_leading_titles(keys: Sequence[str], tags: list[str], names: Mapping[tuple[str, ...], str]) -> list[str]:
    """Start each PER span of a sentence after a title that opens it; `keys` are the tokens' `token_key`s and
    `names` the name table (groups.py)."""
    for start, key in enumerate(keys):
        if tags[start] != "B-PER" or key not in TITLES or start + 1 == len(keys) or tags[start + 1] != "I-PER":
            continue
        end = start + 1
        while end < len(keys) and tags[end] == "I-PER":
            end += 1
        if names.get(tuple(keys[start:end])) != "PER":
            tags[start], tags[start + 1] = "O", "B-PER"
    return tags
