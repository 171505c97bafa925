"""Half-space (ZWNJ, U+200C) restoration with a trained boundary classifier.

Two kinds of boundary are candidates, both after a letter that joins the next one:
between two letters of a space-free run (nothing or ZWNJ) and a single space between
two letters (space or ZWNJ). Each is scored by a logistic model over hashed character
n-grams of the two sides, their conjunctions, and counts from two word lexicons (PerDT
train and raw news; see `boundary_groups`, `junction_groups`), after a cheaper gate model
has let it through. A run's cuts are chosen jointly so that no piece is a single letter, and two
neighbouring cuts that each fall short of the bar are weighed together, since only one can be taken
(`either_cut`).
A space whose pair score lies close to the bar (within `band`) is decided by a third model
that also reads the pieces before and after the pair (`before_features`, `after_features`)
and how often the pair stands as two words where it is also seen joined (`spaced_shares`):
«ساخته شده از» is a participle (ساخته‌شده), «ساخته شده است» a verb.
Other decisions depend only on a run (or on the two pieces around a space), so they are cached
per type, and feature weights are summed and cached per group, which keeps Zipfian text fast.
The model file also holds a memo, written at training time by the same model: its decisions
on frequent runs and pairs (for unclear pairs, the context model's pair sum) and the weight
sums of frequent words, which start the caches (same results, far fewer decisions to score on news).

Existing ZWNJs are trusted and nothing is ever removed, so edits only add half-spaces;
`edits` repeats the decision on its own output until nothing changes, which makes the
repair idempotent by construction (the repeat only looks again at the tokens an edit touched
and two tokens either side: nothing else can read differently, since the neighbour pieces are
read across a space or a ZWNJ alike). Long text is cut into chunks of about a million
characters at newlines or after punctuation, so memory stays bounded per chunk.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import zlib
from array import array
from functools import lru_cache
from importlib import resources
from pathlib import Path

from khabar.errors import ModelError
from khabar.text.letters import NON_JOINING, ZWNJ
from khabar.text.offsets import Edit

MODEL_RESOURCE = "halfspace.model.gz"
# Weight tables in the file, in order: the two models, their gates, and the space model that reads context.
KINDS = ("inner", "space", "inner_gate", "space_gate", "space_context")
FAMILIES = ("inner", "space")
FORMAT_VERSION = 5
PERSIAN_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0\u0654"
# A run of Persian letters, possibly holding half-spaces already.
RUN = re.compile(f"[{PERSIAN_LETTERS}](?:[{PERSIAN_LETTERS}]|\u200c(?=[{PERSIAN_LETTERS}]))*")
CHUNK = 1 << 20
# Longer runs are not words (glued hashtags, garbage) and are left as they are.
MAX_RUN = 40
SAFE_CUT = re.compile(f"[^{PERSIAN_LETTERS}\u200c ] ")
# What stands for a missing neighbour piece (start or end of text, punctuation, digits, Latin).
NO_PIECE_BEFORE, NO_PIECE_AFTER = "^", "$"
# Longest neighbour piece read; longer ones are cut to their near end.
PIECE_LIMIT = 12
PIECE_START = re.compile(f"[{PERSIAN_LETTERS}]{{1,{PIECE_LIMIT}}}")
PIECE_END = re.compile(f"[{PERSIAN_LETTERS}]{{1,{PIECE_LIMIT}}}$")


def count_bucket(count: int) -> int:
    """Map a lexicon count to a coarse bucket."""
    if count <= 0:
        return 0
    if count < 4:
        return min(count, 2)
    return 3 if count < 10 else 4 if count < 100 else 5


NO_BUCKETS = (0, 0, 0)
BUCKET_LEVELS = 6  # count_bucket's values: 0 to 5
# count_bucket of the small counts, looked up when a model file is read (most counts are small).
SMALL_BUCKETS = tuple(count_bucket(count) for count in range(100))
NO_SPOTS: dict[int, int] = {}
UNSEEN = "unseen"


def bucket_triple(word: int, prefix: int, suffix: int) -> tuple[int, int, int]:
    """Return the count buckets of a lexicon entry's three counts."""
    return (SMALL_BUCKETS[word] if word < 100 else 5, SMALL_BUCKETS[prefix] if prefix < 100 else 5,
            SMALL_BUCKETS[suffix] if suffix < 100 else 5)


class Lexicon:
    """Counts, per ZWNJ-free skeleton, of whole words, prefixes and suffixes around a ZWNJ.

    Under a key "left right" (a space inside), the count of a pair of pieces written as two
    words, kept for the pairs also seen with a ZWNJ between them (see `spaced_shares`).
    """

    __slots__ = ("entries", "buckets")

    def __init__(self, entries: dict[str, tuple[int, int, int, dict[int, int]]]):
        self.entries = entries
        # The features only see coarse buckets of the counts: compute them once.
        self.buckets = {key: bucket_triple(e[0], e[1], e[2]) for key, e in entries.items()}

    def zwnj_share(self, skeleton: str, position: int) -> str:
        """Describe how often the word `skeleton` is written with a ZWNJ at `position`."""
        entry = self.entries.get(skeleton)
        if not entry or not entry[0]:
            return "unseen"
        share = entry[3].get(position, 0) / entry[0]
        level = "all" if share > 0.9 else "most" if share > 0.5 else "some" if share > 0 else "none"
        return f"{level}{count_bucket(entry[0])}"

    def dump_lines(self) -> list[str]:
        """Serialise as sorted TSV lines (deterministic)."""
        lines = []
        for key in sorted(self.entries):
            word, prefix, suffix, positions = self.entries[key]
            spots = ",".join(f"{p}:{c}" for p, c in sorted(positions.items()))
            lines.append(f"{key}\t{word}\t{prefix}\t{suffix}\t{spots}")
        return lines

    @classmethod
    def from_lines(cls, lines: list[str]) -> Lexicon:
        entries = {}
        for line in lines:
            key, word, prefix, suffix, spots = line.split("\t")
            # Most entries hold no ZWNJ: they share one empty (never modified) dict.
            positions = {int(p): int(c) for p, c in (s.split(":") for s in spots.split(","))} if spots else NO_SPOTS
            entries[key] = (int(word), int(prefix), int(suffix), positions)
        return cls(entries)


# (left width, right width) pairs of the conjoined n-grams.
PAIRS = ((1, 1), (2, 2), (3, 3), (1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2), (4, 2), (2, 4))


def left_features(left: str) -> list[str]:
    """Character n-grams ending at the boundary, the whole left part and its length."""
    padded = "^" + left
    feats = [f"l{n}{padded[-n:]}" for n in range(1, 6)]
    feats += [f"L{left}" if len(left) < 9 else "L*", f"nl{min(len(left), 8)}"]
    return feats


def right_features(right: str) -> list[str]:
    """Character n-grams starting at the boundary, the whole right part and its length."""
    padded = right + "$"
    feats = [f"r{n}{padded[:n]}" for n in range(1, 6)]
    feats += [f"R{right}" if len(right) < 9 else "R*", f"nr{min(len(right), 8)}"]
    return feats


# Per side, left (`left_features`) then right: the CRCs of the n-gram features' prefixes ("l0".."l5"), of the
# whole-word feature's prefix and of its long form ("L", "L*"), and of the length features ("nl0".."nl8"),
# which `HalfspaceModel._side_sum` continues over a word's bytes.
SIDE_CRCS = tuple(
    (tuple(zlib.crc32(f"{gram}{n}".encode()) for n in range(6)),
     (zlib.crc32(whole.encode()), zlib.crc32(f"{whole}*".encode())),
     tuple(zlib.crc32(f"n{gram}{n}".encode()) for n in range(9)))
    for gram, whole in (("l", "L"), ("r", "R"))
)


def pair_features(sides: tuple[str, str]) -> list[str]:
    """Conjoined n-grams across the boundary, from its last four and first four characters."""
    left_end, right_start = sides
    return [f"x{a}{b}{left_end[-a:]}|{right_start[:b]}" for a, b in PAIRS]


def pair_key(left: str, right: str) -> tuple[str, str]:
    return (("^" + left)[-4:], (right + "$")[:4])


def lexicon_key(lexicons: tuple[Lexicon, ...], left: str, right: str) -> tuple:
    """Summarise each lexicon's counts for a ZWNJ between `left` and `right` (one tuple each)."""
    whole = left + right
    keys = []
    for tag, lexicon in zip("GN", lexicons):
        before = lexicon.buckets.get(left, NO_BUCKETS)
        after = lexicon.buckets.get(right, NO_BUCKETS)
        keys.append((tag, before[0], before[1], after[0], after[2], lexicon.zwnj_share(whole, len(left))))
    return tuple(keys)


def lexicon_features(key: tuple) -> list[str]:
    """Expand one lexicon's part of a `lexicon_key` into features, alone and in combinations."""
    tag, wl, pl, wr, sr, share = key
    return [
        f"{tag}wl{wl}", f"{tag}wr{wr}", f"{tag}pl{pl}", f"{tag}sr{sr}", f"{tag}wlwr{wl}{wr}", f"{tag}plsr{pl}{sr}",
        f"{tag}wlsr{wl}{sr}", f"{tag}plwr{pl}{wr}", f"{tag}zs{share}", f"{tag}zs{share}pl{pl}sr{sr}",
    ]


def cut_features(j: int, cuts: tuple[int, ...], length: int) -> tuple[str, ...]:
    """Describe the ZWNJs a run already holds, seen from boundary `j`."""
    if not cuts:
        return ("E0",)
    before = max((c for c in cuts if c < j), default=0)
    after = min((c for c in cuts if c > j), default=length)
    near = f"{min(j - before, 5)},{min(after - j, 5)}"
    return ("E1", f"E{near}", f"E{near}{'^' if before == 0 else '-'}{'$' if after == length else '-'}")


def boundary_groups(lexicons: tuple[Lexicon, ...], skeleton: str, j: int, cuts: tuple[int, ...] = ()) -> tuple:
    """Group the evidence about the boundary before `skeleton[j]` inside one run."""
    left, right = skeleton[:j], skeleton[j:]
    return (left, right, lexicon_key(lexicons, left, right), cut_features(j, cuts, len(skeleton)), ())


def junction_groups(lexicons: tuple[Lexicon, ...], left: str, right: str) -> tuple:
    """Group the evidence about a single space between the pieces `left` and `right`."""
    whole = f"AB{left}|{right}" if len(left) + len(right) < 12 else "AB*"
    return (left, right, lexicon_key(lexicons, left, right), (), (whole,))


def piece_before(text: str, start: int) -> str:
    """Return the piece of letters before the one starting at `start`, across one space or ZWNJ ("^" if none)."""
    if start < 2 or text[start - 1] not in " \u200c":
        return NO_PIECE_BEFORE
    match = PIECE_END.search(text, max(0, start - 1 - PIECE_LIMIT), start - 1)
    return match.group() if match else NO_PIECE_BEFORE


def piece_after(text: str, end: int) -> str:
    """Return the piece of letters after the one ending at `end`, across one space or ZWNJ ("$" if none)."""
    if end + 1 >= len(text) or text[end] not in " \u200c":
        return NO_PIECE_AFTER
    match = PIECE_START.match(text, end + 1)
    return match.group() if match else NO_PIECE_AFTER


def before_features(before: str, left: str) -> list[str]:
    """Return the features of the piece before a junction's left piece, alone and with that piece."""
    short = before if len(before) < 9 else "~" + before[-4:]
    pair = f"{before}|{left}" if len(before) + len(left) < 14 else f"~{before[-3:]}|{left[:3]}"
    return [f"cp{short}", f"cp2{before[-2:]}", f"cpa{pair}", f"cpa2{before[-2:]}|{left[-2:]}"]


def after_features(right: str, after: str) -> list[str]:
    """Return the features of the piece after a junction's right piece, alone and with that piece."""
    short = after if len(after) < 9 else after[:4] + "~"
    pair = f"{right}|{after}" if len(right) + len(after) < 14 else f"{right[-3:]}|{after[:3]}~"
    return [f"cn{short}", f"cn2{after[:2]}", f"cbn{pair}", f"cbn2{right[-2:]}|{after[:2]}"]


def spaced_shares(lexicons: tuple[Lexicon, ...], left: str, right: str) -> list[str]:
    """Describe, per lexicon, how often a pair seen with a ZWNJ between its pieces is also written as two words."""
    feats = []
    for tag, lexicon in zip("GN", lexicons):
        entry = lexicon.entries.get(left + right)
        glued = entry[3].get(len(left), 0) if entry else 0
        if not glued:
            feats.append(f"{tag}psu")
            continue
        apart = lexicon.entries.get(f"{left} {right}")
        seen = glued + (apart[0] if apart else 0)
        level = "all" if glued / seen > 0.9 else "most" if glued / seen > 0.5 else "some"
        feats.append(f"{tag}ps{level}{count_bucket(seen)}")
    return feats


def context_expand(example: tuple) -> list[str]:
    """Return every feature of a junction in context: its pair features and its neighbours'."""
    groups, before, after, shares = example
    return [*expand(groups), *before_features(before, groups[0]), *after_features(groups[1], after), *shares]


def gate_expand(groups: tuple) -> list[str]:
    """Return the features of the gate model: every group but the ones joining both sides."""
    left, right, key, extras, _ = groups
    return [*left_features(left), *right_features(right), *(f for part in key for f in lexicon_features(part)), *extras]


def expand(groups: tuple) -> list[str]:
    """Return every feature of a grouped boundary."""
    left, right, key, extras, identity = groups
    return [*left_features(left), *right_features(right), *pair_features(pair_key(left, right)),
            *(f for part in key for f in lexicon_features(part)), *extras, *identity]


def hash_feature(feature: str, buckets: int) -> int:
    """Map a feature to its weight index (stable across runs, unlike `hash`)."""
    return zlib.crc32(feature.encode("utf-8")) % buckets


# Stored decisions: per run, per "left right" pair (see `decide_join`), per word the space model's
# side sums, and per family the gate and full sums of the lexicon and ZWNJ-context groups.
Memo = tuple[dict[str, tuple[int, ...]], dict[str, bool | tuple[int]], dict[str, tuple[int, int, int, int]],
             dict[str, dict[tuple, tuple[int, int]]]]
EMPTY_MEMO: Memo = ({}, {}, {}, {})


class HalfspaceModel:
    """Decide where half-spaces go; see the module docstring."""

    def __init__(self, lexicons: tuple[Lexicon, ...], weights: dict[str, array], meta: dict, memo: Memo = EMPTY_MEMO):
        self.lexicons = lexicons
        self.weights = weights
        self.meta = meta
        self.buckets = meta["buckets"]
        self.scale = meta["scale"]
        self.threshold = {"inner": meta["threshold_inner"], "space": meta["threshold_space"]}
        # What the same model computed at training time for frequent runs ("run"), pairs ("left right")
        # and the words around spaces (side weight sums): the caches start from it.
        self.memo_runs, self.memo_pairs, self.memo_sides, self.memo_groups = memo
        self._inner_cache: dict[str, tuple[int, ...]] = dict(self.memo_runs)
        self._space_cache: dict[str, bool | tuple[int]] = dict(self.memo_pairs)
        # Spaces whose pair score lies within `band` of the bar are decided by the context model.
        self.band = meta["band_space"]
        self._neighbours: dict[tuple[str, str, bool], int] = {}
        self._token_cache: dict[str, tuple[tuple[int, ...], str | None, str | None]] = {}
        self._joined: dict[tuple[str, str], bool | tuple[int]] = {}
        self._group_cache: dict[str, list[dict]] = {kind: [{} for _ in range(5)] for kind in KINDS}
        # Per family ("inner", "space"): weight sums of the gate and the full model, cached per group.
        self._biases = {family: (meta[f"bias_{family}_gate"], meta[f"bias_{family}"]) for family in FAMILIES}
        self._bars = {family: meta[f"threshold_{family}_gate"] for family in FAMILIES}
        self._lefts: dict[str, dict] = {family: {} for family in FAMILIES}
        self._rights: dict[str, dict] = {family: {} for family in FAMILIES}
        self._sums: dict[str, dict] = {family: dict(self.memo_groups.get(family, {})) for family in FAMILIES}
        self._pairs: dict[str, dict] = {family: {} for family in FAMILIES}
        # Each side's lexicon count buckets are packed into one small integer, so that combinations hash fast.
        self._bucket_maps = tuple(lexicon.buckets for lexicon in lexicons)
        # The words some lexicon holds: only for those do the ZWNJ shares need a look.
        self._words = {word for lexicon in lexicons for word, entry in lexicon.entries.items() if entry[0]}
        # Per family: the biases, lexicon groups and extras of `fast_sum` summed per context (see there).
        self._contexts: dict[str, dict] = {family: {} for family in FAMILIES}
        self._clears = 0
        # `_side`'s bucket codes, decoded (at most BUCKET_LEVELS ** (2 * lexicons) of them).
        self._decoded: dict[int, list[tuple[int, int]]] = {}

    def score(self, kind: str, groups: tuple) -> float:
        """Return the model's log-odds of a ZWNJ for one grouped boundary (sums cached per group).

        A cheaper gate model (no features that join both sides) answers first: when it
        is sure there is no ZWNJ, the full model is not asked. Training sets the gate's
        bar so that it lets through all but a sliver of the true half-spaces.
        """
        left, right, key, extras, identity = groups
        gate = f"{kind}_gate"
        if self._sum(gate, left, right, key, extras, ()) * self.scale < self.meta[f"threshold_{gate}"]:
            return -100.0
        return (self._sum(kind, left, right, key, extras, identity) + self._pair_sum(kind, left, right)) * self.scale

    def _sum(self, kind: str, left: str, right: str, key: tuple, extras: tuple, identity: tuple) -> int:
        """Add up the cached weights of every group but the n-gram pairs."""
        by_left, by_right, _, by_lexicon, by_extra = self._group_cache[kind]
        total = self.meta[f"bias_{kind}"]
        value = by_left.get(left)
        total += value if value is not None else self._fill(kind, by_left, left, left_features)
        value = by_right.get(right)
        total += value if value is not None else self._fill(kind, by_right, right, right_features)
        for part in key:
            value = by_lexicon.get(part)
            total += value if value is not None else self._fill(kind, by_lexicon, part, lexicon_features)
        for group in (extras, identity) if identity else (extras,):
            value = by_extra.get(group)
            total += value if value is not None else self._fill(kind, by_extra, group, list)
        return total

    def _pair_sum(self, kind: str, left: str, right: str) -> int:
        cache, sides = self._group_cache[kind][2], pair_key(left, right)
        value = cache.get(sides)
        return value if value is not None else self._fill(kind, cache, sides, pair_features)

    def _fill(self, kind: str, cache: dict, key, features) -> int:
        """Sum one group's feature weights and remember the sum."""
        table, buckets = self.weights[kind], self.buckets
        total = sum(table[zlib.crc32(f.encode("utf-8")) % buckets] for f in features(key))
        if len(cache) > 500_000:
            cache.clear()
        cache[key] = total
        return total

    def fast_sum(self, family: str, left: str, right: str, extras: tuple, identity: bool) -> int | None:
        """Return the integer sum behind `score` for one boundary, or None when the gate turns it away.

        Same sums as `score` (integers, so the order of the additions does not matter), but
        regrouped so that most boundaries cost a few lookups: each side's gate sum (see `_side`);
        the biases, lexicon groups of every lexicon and `extras` together, per combination of the
        sides' count buckets, the extras and (for a word some lexicon holds) its ZWNJ shares; and
        the full model's remaining groups only for boundaries the gate lets through.
        `identity` adds the junction's own feature (the space model's last group).
        """
        lefts, rights = self._lefts[family], self._rights[family]
        side = lefts.get(left) or self._side(family, left, lefts, 0)
        other = rights.get(right) or self._side(family, right, rights, 1)
        whole = left + right
        if whole in self._words:
            shares = tuple(lexicon.zwnj_share(whole, len(left)) for lexicon in self.lexicons)
            context = (side[1], other[1], extras, shares)
        else:
            context = (side[1], other[1], extras)
        value = self._contexts[family].get(context) or self._weigh_context(family, context)
        if (side[0] + other[0] + value[0]) * self.scale < self._bars[family]:
            return None
        full = value[1]
        sums = self._sums[family]
        if identity:
            group = (f"AB{left}|{right}" if len(left) + len(right) < 12 else "AB*",)
            full += (sums.get(group) or self._both(family, sums, group, group))[1]
        for entry, which in ((side, 0), (other, 1)):
            if entry[2] is None:
                entry[2] = self._side_sum(family, entry[3], which)
            full += entry[2]
        sides = pair_key(left, right)
        pairs = self._pairs[family]
        value = pairs.get(sides)
        if value is None:
            if len(pairs) > 500_000:
                pairs.clear()
            pairs[sides] = value = self._weigh(family, pair_features(sides))
        return full + value

    def _weigh_context(self, family: str, context: tuple) -> tuple[int, int]:
        """Return the gate and full sums of the biases, lexicon groups and extras of one `fast_sum` context."""
        decoded = self._decoded
        before = decoded.get(context[0]) or self._decode_buckets(context[0])
        after = decoded.get(context[1]) or self._decode_buckets(context[1])
        extras = context[2]
        shares = context[3] if len(context) > 3 else (UNSEEN,) * len(self.lexicons)
        sums, clears = self._sums[family], self._clears
        gate, full = self._biases[family]
        for tag, mine, theirs, share in zip("GN", before, after, shares):
            part = (tag, mine[0], mine[1], theirs[0], theirs[1], share)
            value = sums.get(part) or self._both(family, sums, part, lexicon_features(part))
            gate += value[0]
            full += value[1]
        if extras:
            value = sums.get(extras) or self._both(family, sums, extras, extras)
            gate += value[0]
            full += value[1]
        contexts = self._contexts[family]
        if len(contexts) > 500_000:
            contexts.clear()
        value = (gate, full)
        if clears == self._clears:  # kept only while its groups all stay in `sums`
            contexts[context] = value
        return value

    def _decode_buckets(self, code: int) -> list[tuple[int, int]]:
        """Return the (word, prefix or suffix) count buckets per lexicon that `_side` packed into `code` (cached)."""
        pairs = []
        packed = code
        for _ in self.lexicons:
            packed, second = divmod(packed, BUCKET_LEVELS)
            packed, first = divmod(packed, BUCKET_LEVELS)
            pairs.append((first, second))
        self._decoded[code] = pairs = pairs[::-1]
        return pairs

    def _side(self, family: str, text: str, cache: dict, which: int) -> list:
        """Return [gate sum, lexicon buckets code, full sum or None, the side's text] of one side of a boundary.

        The full model's sum waits until a boundary passes the gate (see `_side_sum`).
        """
        code = 0
        for buckets in self._bucket_maps:
            counts = buckets.get(text, NO_BUCKETS)
            code = (code * BUCKET_LEVELS + counts[0]) * BUCKET_LEVELS + counts[which + 1]
        known = self.memo_sides.get(text) if family == "space" else None
        if known is not None:
            value = [known[2 * which], code, known[2 * which + 1], text]
        else:
            value = [self._side_sum(f"{family}_gate", text, which), code, None, text]
        if len(cache) > 500_000:
            cache.clear()
        cache[text] = value
        return value

    def _side_sum(self, kind: str, text: str, which: int) -> int:
        """Return `_weigh` of `left_features(text)` (which=0) or `right_features(text)` (which=1), hashed faster.

        Persian letters take two bytes each in UTF-8, so every n-gram's bytes are a slice of the word's
        bytes, and its CRC continues the precomputed CRC of the feature's prefix ("l3", "nr", ...)
        instead of formatting and encoding seven strings.
        """
        if text and not ("\u0080" <= min(text) and max(text) < "\u0800"):  # not all two-byte: the plain way
            return self._weigh(kind, (right_features if which else left_features)(text))
        encoded = text.encode("utf-8")
        length = len(text)
        table, size, crc = self.weights[kind], self.buckets, zlib.crc32
        grams, whole, lengths = SIDE_CRCS[which]
        if which:
            edge = encoded + b"$"
            total = sum(table[crc(encoded[:2 * n] if n <= length else edge, grams[n]) % size] for n in range(1, 6))
        else:
            edge = b"^" + encoded
            total = sum(table[crc(encoded[-2 * n:] if n <= length else edge, grams[n]) % size] for n in range(1, 6))
        total += table[(crc(encoded, whole[0]) if length < 9 else whole[1]) % size]
        return total + table[lengths[min(length, 8)] % size]

    def group_sums(self) -> dict[str, dict[tuple, tuple[int, int]]]:
        """Return the gate and full sums of the lexicon and context groups weighed so far, per family."""
        return {family: {key: value for key, value in self._sums[family].items() if not key[0].startswith("AB")}
                for family in FAMILIES}

    def side_sums(self, word: str) -> tuple[int, int, int, int]:
        """Return the space model's gate and full sums of `word` as the left, then the right, piece."""
        sums = []
        for features in (left_features, right_features):
            feats = features(word)
            sums += [self._weigh("space_gate", feats), self._weigh("space", feats)]
        return tuple(sums)

    def _both(self, family: str, cache: dict, key, features) -> tuple[int, int]:
        """Weigh a group with the gate and the full model and remember both sums."""
        if len(cache) > 500_000:
            cache.clear()
            # The context sums were read from this cache: they go with it.
            self._contexts[family].clear()
            self._clears += 1
        cache[key] = value = (self._weigh(f"{family}_gate", features), self._weigh(family, features))
        return value

    def _weigh(self, kind: str, features) -> int:
        table, buckets, crc = self.weights[kind], self.buckets, zlib.crc32
        return sum(map(table.__getitem__, [crc(f.encode("utf-8")) % buckets for f in features]))

    def inner_positions(self, run: str) -> tuple[int, ...]:
        """Return the run positions that take a new ZWNJ before them (cached per run)."""
        cached = self._inner_cache.get(run)
        if cached is None:
            cached = self.decide_inner(run)
            if len(self._inner_cache) > 500_000:
                self._inner_cache = dict(self.memo_runs)
            self._inner_cache[run] = cached
        return cached

    def decide_inner(self, run: str) -> tuple[int, ...]:
        """Score every free boundary of a run and pick the best cuts with no one-letter piece."""
        skeleton, cuts = split_run(run)
        if len(skeleton) > MAX_RUN:
            return ()
        limit, scale = self.threshold["inner"], self.scale
        gains, unsure = {}, {}
        for j in range(2, len(skeleton) - 1):
            if skeleton[j - 1] not in NON_JOINING and j not in cuts:
                total = self.fast_sum("inner", skeleton[:j], skeleton[j:], cut_features(j, cuts, len(skeleton)), False)
                if total is None:
                    continue
                if total * scale - limit > 0:
                    gains[j] = total * scale - limit
                else:
                    unsure[j] = total * scale
        if len(unsure) > 1:
            gains.update(either_cut(unsure, limit))
        chosen = choose_cuts(gains, cuts, len(skeleton)) if gains else ()
        return tuple(to_run_position(run, j) for j in chosen)

    def joins(self, left: str, right: str) -> bool | tuple[int]:
        """Return `decide_join` for a pair (cached per pair)."""
        key = f"{left} {right}"
        cached = self._space_cache.get(key)
        if cached is None:
            cached = self.decide_join(left, right)
            if len(self._space_cache) > 500_000:
                self._space_cache = dict(self.memo_pairs)
            self._space_cache[key] = cached
        return cached

    def decide_join(self, left: str, right: str) -> bool | tuple[int]:
        """Decide the space between two pieces (no cache): ZWNJ or not, or a 1-tuple when context must decide.

        The pair model decides when it is clear; within `band` of its bar, the answer holds the context
        model's sum over the pair's own features (bias included), to which `join_in_context` adds the
        weights of the pieces around the pair. (A tuple is always true, so the common "no" costs one test.)
        """
        total = self.fast_sum("space", left, right, (), True)
        if total is None:
            return False
        margin = total * self.scale - self.threshold["space"]
        if abs(margin) >= self.band:
            return margin > 0
        # The same sum as weighing `expand` of the pair's groups, with each group's part cached.
        groups = junction_groups(self.lexicons, left, right)
        return (self._sum("space_context", *groups) + self._pair_sum("space_context", left, right)
                + self._weigh("space_context", spaced_shares(self.lexicons, left, right)),)

    def join_in_context(self, text: str, start: int, left: str, right: str, pair_sum: tuple[int]) -> bool:
        """Decide an unclear space between `left` (from `start` in `text`) and `right` from its neighbour pieces."""
        end = start + len(left) + 1 + len(right)
        before, after = piece_before(text, start), piece_after(text, end)
        neighbours = self._neighbours
        if len(neighbours) > 500_000:
            neighbours.clear()
        value = neighbours.get((before, left, False))
        if value is None:
            neighbours[(before, left, False)] = value = self._weigh("space_context", before_features(before, left))
        total = pair_sum[0] + value
        value = neighbours.get((right, after, True))
        if value is None:
            neighbours[(right, after, True)] = value = self._weigh("space_context", after_features(right, after))
        return (total + value) * self.scale > self.meta["threshold_space_context"]

    def edits(self, text: str) -> list[Edit]:
        """Return the ZWNJ insertions and space-to-ZWNJ changes that repair `text`."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        if len(text) <= CHUNK:  # a line or an article: one chunk
            return self._edits_in(text, 0, len(text))
        found: list[Edit] = []
        for start, end in _chunks(text):
            found += self._edits_in(text, start, end)
        return found

    def _edits_in(self, text: str, start: int, end: int) -> list[Edit]:
        """Repeat one pass over `text[start:end]` until it proposes nothing, then diff."""
        original = text[start:end]
        found = self._one_pass(original)
        if not found:
            return []
        current = _apply(original, found)
        if self._settled(current, found):
            return found if start == 0 else [Edit(e.start + start, e.end + start, e.replacement) for e in found]
        for _ in range(len(original) + 1):  # each pass adds a ZWNJ, so this ends
            found = self._one_pass(current)
            if not found:
                break
            current = _apply(current, found)
        return [Edit(e.start + start, e.end + start, e.replacement) for e in _diff(original, current)]

    def _settled(self, text: str, found: list[Edit]) -> bool:
        """Return whether a pass over `text` (the first pass's `found` applied) would propose nothing.

        Only the tokens an edit touched and their neighbours need a look, and for a ZWNJ added
        inside a token (which cuts its pieces) one more token either side, whose spaces may read
        the cut pieces as neighbours: every other token, and every space whose pieces and neighbour
        pieces no edit touched, reads as it did in the first pass, which proposed nothing there.
        """
        windows: list[list[int]] = []
        shift = 0
        for edit in found:
            spot = edit.start + shift
            inside = edit.start == edit.end
            shift += inside
            reach = 3 if inside else 2
            low = spot
            for _ in range(reach):
                low = text.rfind(" ", 0, low) if low > 0 else -1
                if low < 0:
                    break
            low += 1
            high = spot
            for _ in range(reach):
                high = text.find(" ", high + 1)
                if high < 0:
                    high = len(text)
                    break
            if windows and low <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], high)
            else:
                windows.append([low, high])
        return not any(self._one_pass(text, low, high) for low, high in windows)

    def _one_pass(self, text: str, low: int = 0, high: int | None = None) -> list[Edit]:
        """Propose edits on `text[low:high]` once, token by token (tokens are what single spaces separate).

        Unclear spaces read their neighbour pieces in the whole of `text`.
        """
        found: list[Edit] = []
        position, tail = low, None
        cache, joined = self._token_cache, self._joined
        for token in (text[low:high] if low or high is not None else text).split(" "):
            inner, head, next_tail = cache.get(token) or self._read_token(token)
            if tail is not None and head is not None:
                # Cached pieces are the same string objects each time: a pair of them hashes without rehashing text.
                joins = joined.get((tail, head))
                if joins is None:
                    joins = self._join_pieces(tail, head)
                # True, False, or (for an unclear pair) a tuple, which the neighbour pieces decide.
                if joins and (joins is True or self.join_in_context(text, position - 1 - len(tail), tail, head, joins)):
                    found.append(Edit(position - 1, position, ZWNJ))
            for offset in inner:
                found.append(Edit(position + offset, position + offset, ZWNJ))
            tail = next_tail
            position += len(token) + 1
        return found

    def _join_pieces(self, left: str, right: str) -> bool | tuple[int]:
        """Decide a pair through `joins` and remember it by the pair of pieces."""
        if len(self._joined) > 500_000:
            self._joined.clear()
        self._joined[(left, right)] = value = self.joins(left, right)
        return value

    def _read_token(self, token: str) -> tuple[tuple[int, ...], str | None, str | None]:
        """Return a token's inner insertions, and its first and last pieces when a space may join them."""
        if len(self._token_cache) > 500_000:
            self._token_cache.clear()
        if RUN.fullmatch(token):  # most tokens: one run of letters, nothing shielded
            if ZWNJ in token:
                head, tail = token.split(ZWNJ, 1)[0], token.rsplit(ZWNJ, 1)[-1]
            else:
                head = tail = token
            info = (self.inner_positions(token), head, tail if token[-1] not in NON_JOINING else None)
            self._token_cache[token] = info
            return info
        shielded = _protected(token)
        inner: list[int] = []
        head = tail = None
        for match in RUN.finditer(token):
            run_start, run_end = match.span()
            if shielded and _inside(shielded, run_start, run_end):
                continue
            run = match.group()
            inner += [run_start + i for i in self.inner_positions(run)]
            if run_start == 0:
                head = run.split(ZWNJ, 1)[0]
            if run_end == len(token) and run[-1] not in NON_JOINING:
                tail = run.rsplit(ZWNJ, 1)[-1]
        info = (tuple(inner), head, tail)
        self._token_cache[token] = info
        return info


def split_run(run: str) -> tuple[str, tuple[int, ...]]:
    """Return a run's ZWNJ-free skeleton and the skeleton positions its ZWNJs precede."""
    if ZWNJ not in run:
        return run, ()
    skeleton, positions = [], []
    for char in run:
        if char == ZWNJ:
            positions.append(len(skeleton))
        else:
            skeleton.append(char)
    return "".join(skeleton), tuple(positions)


def to_run_position(run: str, j: int) -> int:
    """Map a skeleton position to the run position of the same letter."""
    if ZWNJ not in run:
        return min(j, len(run))
    seen = 0
    for i, char in enumerate(run):
        if char != ZWNJ:
            if seen == j:
                return i
            seen += 1
    return len(run)


def either_cut(unsure: dict[int, float], limit: float) -> dict[int, float]:
    """Return the gains of cuts that two neighbouring boundaries, each below the bar, earn together.

    Cuts one letter apart exclude each other (no one-letter piece), so their probabilities add up:
    «جرگهای» is جرگه‌ای or جرگ‌های, each less likely than not, but hardly ever glued (after a joining
    letter, PerDT train writes a final های after a ZWNJ 3,905 times and glued 43). When the sum clears
    the bar, the likelier of the two cuts gets the sum's log-odds as its gain.
    """
    gains = {}
    for j, odds in unsure.items():
        other = unsure.get(j + 1)
        if other is None:
            continue
        both = probability(odds) + probability(other)
        if both > 0.5:
            gain = math.log(both / max(1 - both, 1e-9)) - limit
            if gain > 0:
                best = j if odds >= other else j + 1
                gains[best] = max(gains.get(best, 0.0), gain)
    return gains


def probability(log_odds: float) -> float:
    """Return the probability of a log-odds score (clamped: math.exp overflows past about 709)."""
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, log_odds))))


def choose_cuts(gains: dict[int, float], fixed: tuple[int, ...], length: int) -> tuple[int, ...]:
    """Pick the cuts of largest total gain such that, with `fixed`, every piece has two letters or more."""
    # Gold words almost never hold a one-letter piece (5 in the 34k PerDT train words with a ZWNJ), while
    # independent decisions would happily split خواستهای into خواست‌ه‌ای.
    points = sorted(set(gains) | set(fixed))
    best: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for point in points:
        options = [(total + gains.get(point, 0.0), chosen + (point,)) for last, (total, chosen) in best.items()
                   if point - last >= 2 and all(not (last < f < point) for f in fixed)]
        if options:
            best[point] = max(options)
        if point in fixed:
            best = {point: best[point]} if point in best else {}
    finals = [(total, chosen) for last, (total, chosen) in best.items() if length - last >= 2]
    if not finals:
        return ()
    return tuple(j for j in max(finals)[1] if j not in fixed)


def _chunks(text: str) -> list[tuple[int, int]]:
    """Split long text into pieces of about CHUNK characters at newlines or after punctuation."""
    bounds, start = [], 0
    while len(text) - start > CHUNK:
        bounds.append((start, _find_cut(text, start + CHUNK // 2, start + CHUNK)))
        start = bounds[-1][1]
    bounds.append((start, len(text)))
    return bounds


def _find_cut(text: str, low: int, high: int) -> int:
    """Return a cut in [low, high] that no candidate boundary straddles."""
    newline = text.rfind("\n", low, high)
    if newline >= 0:
        return newline + 1
    # After a space that follows a non-letter: no junction decision spans it.
    match = SAFE_CUT.search(text, low, high)
    if match:
        return match.end()
    space = text.rfind(" ", low, high)
    return space + 1 if space >= 0 else high


def _protected(text: str) -> list[tuple[int, int]]:
    """Return the URL and e-mail spans, which keep their spelling."""
    if "." not in text and "@" not in text and "/" not in text:
        return []
    from khabar.text.normalize import protected_spans  # deferred: normalize imports this module

    return protected_spans(text)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _apply(text: str, edits: list[Edit]) -> str:
    pieces, cursor = [], 0
    for edit in edits:
        pieces += (text[cursor:edit.start], edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _diff(original: str, repaired: str) -> list[Edit]:
    """Express `repaired` (original plus half-spaces) as edits of `original`."""
    if original == repaired:
        return []
    edits, i, k = [], 0, 0
    while i < len(original):
        if original[i] == repaired[k]:
            i, k = i + 1, k + 1
        elif original[i] == " ":
            edits.append(Edit(i, i + 1, ZWNJ))
            i, k = i + 1, k + 1
        else:
            edits.append(Edit(i, i, ZWNJ))
            k += 1
    return edits


def load(path: Path | str) -> HalfspaceModel:
    """Load a model written by `khabar train halfspace`."""
    try:
        data = gzip.decompress(Path(path).read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise ModelError(f"cannot read the half-space model {path}: {error}") from error
    return parse_model(data, str(path))


def parse_model(data: bytes, name: str) -> HalfspaceModel:
    """Build a model from the decompressed bytes of a model file."""
    header_end = data.find(b"\n")
    try:
        meta = json.loads(data[:header_end])
    except ValueError as error:
        raise ModelError(f"{name}: not a half-space model") from error
    if meta.get("format") != FORMAT_VERSION:
        raise ModelError(f"{name}: model format {meta.get('format')}, expected {FORMAT_VERSION}")
    cursor = header_end + 1
    lexicons = []
    for size in meta["lexicon_bytes"]:
        lines = data[cursor:cursor + size].decode("utf-8")
        lexicons.append(Lexicon.from_lines(lines.split("\n") if lines else []))
        cursor += size
    weights = {}
    for kind in KINDS:
        table = array("h")
        table.frombytes(data[cursor:cursor + 2 * meta["buckets"]])
        cursor += 2 * meta["buckets"]
        weights[kind] = table
    blocks = []
    for size in meta["memo_bytes"]:
        blocks.append(data[cursor:cursor + size])
        cursor += size
    return HalfspaceModel(tuple(lexicons), weights, meta, read_memo(blocks))


def read_memo(blocks: list[bytes]) -> Memo:
    """Rebuild the stored decisions from the blocks that `dump_memo` writes."""
    plain, cut, joined, apart, words, groups, unclear = (block.decode("utf-8").split("\n") if block else []
                                                         for block in blocks[:5] + blocks[6:])
    sums = array("i")
    sums.frombytes(blocks[5])
    runs: dict[str, tuple[int, ...]] = dict.fromkeys(plain, ())
    for line in cut:
        run, spots = line.split("\t")
        runs[run] = tuple(int(spot) for spot in spots.split(","))
    pairs = dict.fromkeys(apart, False)
    pairs.update(dict.fromkeys(joined, True))
    for line in unclear:
        pair, pair_sum = line.split("\t")
        pairs[pair] = (int(pair_sum),)
    sides = {word: tuple(sums[4 * i:4 * i + 4]) for i, word in enumerate(words)}
    weighed: dict[str, dict[tuple, tuple[int, int]]] = {}
    for line in groups:
        family, key, gate, full = json.loads(line)
        weighed.setdefault(family, {})[tuple(key)] = (gate, full)
    return runs, pairs, sides, weighed


@lru_cache(maxsize=1)
def default_model() -> HalfspaceModel:
    """Load the model shipped in khabar/data (cached)."""
    resource = resources.files("khabar.data").joinpath(MODEL_RESOURCE)
    try:
        data = gzip.decompress(resource.read_bytes())
    except (OSError, FileNotFoundError) as error:
        raise ModelError(f"the half-space model {MODEL_RESOURCE} is missing; run `khabar train halfspace`") from error
    return parse_model(data, MODEL_RESOURCE)
