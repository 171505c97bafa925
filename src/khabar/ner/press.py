"""Press reviews: a news outlet named at the start of a line, before a colon, is an organisation.

Persian news sites run a daily digest of the morning papers, one line a paper: «آفتاب یزد: …»، «کار و کارگر:
…». The taggers read such an opening as a place («یزد»), a person («ابتکار») or a date («امروز»). An opening that
is, word for word, an outlet of the text layer's gazetteer (data/outlets.tsv, its names with «روزنامه» and the like
taken off) followed by a colon is tagged ORG, as the corpora tag a credited outlet («خبرگزاری فارس: …»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from khabar.ner.features import token_key

# The kind of outlet a name may open with in the gazetteer («روزنامه شرق»): the digest names the paper alone.
KIND_WORDS = re.compile(r"^(?:روزنامه|هفته[ \u200c]?نامه|خبرگزاری|پایگاه خبری|شبکه)[ \u200c]+")
COLON = ":"


@lru_cache(maxsize=1)
def outlet_keys() -> tuple[frozenset[str], int]:
    """Return the outlets' names as keys of their words run together (`token_key` of each, joined, so «کار و
    کارگر» and «کاروکارگر» are one), and the most words a name has."""
    from khabar.text.boilerplate import outlets

    names = {KIND_WORDS.sub("", name) for outlet in outlets() for name in (outlet.canonical, *outlet.aliases)}
    names.discard("")
    keys = frozenset("".join(token_key(word) for word in name.split()) for name in names)
    return keys, max(len(name.split()) for name in names)


def tag_outlet_before_colon(keys: Sequence[str], tags: list[str]) -> list[str]:
    """Tag ORG the outlet that opens a sentence before a colon; `keys` are the tokens' `token_key`s."""
    names, longest = outlet_keys()
    for length in range(1, min(longest, len(keys) - 1) + 1):
        if keys[length] == COLON:
            if "".join(keys[:length]) in names:
                tags[:length] = ["B-ORG"] + ["I-ORG"] * (length - 1)
                tags[length] = "O"
                if length + 1 < len(tags) and tags[length + 1].startswith("I-"):
                    tags[length + 1] = "B-" + tags[length + 1][2:]
            break
    return tags
