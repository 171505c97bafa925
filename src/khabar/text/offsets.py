"""Text edits that remember where every character came from.

`TrackedText` carries, for each character of the current text, the span of the
raw input it came from. Every repair is an edit of the current text; after the
last one, `OffsetMap` keeps the same information compactly as segments, so that
any span of the repaired text can be shown in the original.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Iterable
from typing import NamedTuple

import numpy as np
from pydantic import BaseModel, Field, PrivateAttr


class Edit(NamedTuple):
    """Replace `text[start:end]` with `replacement` (an insertion when start == end)."""

    start: int
    end: int
    replacement: str


class OffsetMap(BaseModel):
    """Segments `[text_start, text_end, raw_start, raw_end]` covering the text in order.

    A segment whose two lengths are equal maps character for character; any other
    segment is a replacement whose characters all map to the whole raw span.
    """

    segments: list[tuple[int, int, int, int]] = Field(default_factory=list)
    _text_starts: list[int] | None = PrivateAttr(None)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(segments=[(0, length, 0, length)] if length else [])

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Return the raw span behind the text span `[start, end)`."""
        if not self.segments:
            return (0, 0)
        if end <= start:
            point = self._raw_start(start)
            return (point, point)
        return (self._raw_start(start), self._raw_end(end))

    def _segment(self, position: int) -> tuple[int, int, int, int]:
        if self._text_starts is None:
            self._text_starts = [segment[0] for segment in self.segments]
        index = max(0, bisect.bisect_right(self._text_starts, position) - 1)
        return self.segments[index]

    def _raw_start(self, position: int) -> int:
        text_start, text_end, raw_start, raw_end = self._segment(position)
        if position >= text_end:
            return raw_end
        if text_end - text_start == raw_end - raw_start:
            return raw_start + position - text_start
        return raw_start

    def _raw_end(self, position: int) -> int:
        text_start, text_end, raw_start, raw_end = self._segment(position - 1)
        if text_end - text_start == raw_end - raw_start:
            return raw_start + min(position, text_end) - text_start
        return raw_end


def _positions(first: int, end: int) -> array:
    """Return the integers first..end-1 as machine integers (an article has thousands: lists of int objects and
    array's own filling from a range cost ten times more than numpy's)."""
    positions = array("q")
    positions.frombytes(np.arange(first, end, dtype=np.int64).tobytes())
    return positions


class TrackedText:
    """A text and, for each of its characters, the raw span it came from."""

    __slots__ = ("text", "starts", "ends", "raw_length")

    def __init__(self, text: str, starts: array, ends: array, raw_length: int):
        self.text = text
        self.starts = starts
        self.ends = ends
        self.raw_length = raw_length

    @classmethod
    def from_raw(cls, raw: str) -> TrackedText:
        n = len(raw)
        return cls(raw, _positions(0, n), _positions(1, n + 1), n)

    def _point(self, position: int) -> int:
        """Raw position of the boundary before `text[position]`."""
        if position < len(self.text):
            return self.starts[position]
        return self.ends[-1] if self.text else self.raw_length

    def apply(self, edits: Iterable[Edit]) -> TrackedText:
        """Return a new text with non-overlapping, ordered `edits` applied."""
        pieces: list[str] = []
        starts, ends = array("q"), array("q")
        cursor = copied = 0  # end of the last edit; how far the spans are copied
        for edit in edits:
            if edit.start < cursor:
                raise ValueError(f"overlapping edit at {edit.start}")
            pieces.append(self.text[cursor : edit.start])
            pieces.append(edit.replacement)
            cursor = edit.end
            if edit.end - edit.start == 1 == len(edit.replacement):
                continue  # one character for one keeps its raw span: copied with the rest later
            starts.extend(self.starts[copied : edit.start])
            ends.extend(self.ends[copied : edit.start])
            if edit.end > edit.start:
                raw_span = (self.starts[edit.start], self.ends[edit.end - 1])
            else:
                point = self._point(edit.start)
                raw_span = (point, point)
            starts.extend([raw_span[0]] * len(edit.replacement))
            ends.extend([raw_span[1]] * len(edit.replacement))
            copied = edit.end
        pieces.append(self.text[cursor:])
        starts.extend(self.starts[copied:])
        ends.extend(self.ends[copied:])
        return TrackedText("".join(pieces), starts, ends, self.raw_length)

    def sub(self, pattern: re.Pattern[str], replacement: str | Callable[[re.Match[str]], str]) -> TrackedText:
        """Like `pattern.sub`, keeping the offsets of every untouched character."""
        edits = []
        for match in pattern.finditer(self.text):
            new = replacement(match) if callable(replacement) else match.expand(replacement)
            if new != match.group(0):
                edits.append(Edit(match.start(), match.end(), new))
        return self.apply(edits) if edits else self

    def translate(self, table: dict[int, str | None], pattern: re.Pattern[str] | None = None) -> TrackedText:
        """Like `str.translate`, as edits so that offsets follow.

        `pattern`, when given, must match (one at a time) every character that `table` changes:
        only those are looked at, instead of every character.
        """
        edits = []
        if pattern is None:
            found = ((index, char) for index, char in enumerate(self.text))
        else:
            found = ((match.start(), match.group()) for match in pattern.finditer(self.text))
        for index, char in found:
            new = table.get(ord(char), char)
            if new != char:
                edits.append(Edit(index, index + 1, new or ""))
        return self.apply(edits) if edits else self

    def offset_map(self) -> OffsetMap:
        """Compress the per-character spans into segments: runs of characters copied one for one, and runs that
        share one replaced raw span (worked out over whole arrays: an article has thousands of characters)."""
        if not self.text:
            return OffsetMap(segments=[])
        starts, ends = np.asarray(self.starts), np.asarray(self.ends)
        copied = ends - starts == 1
        same_copy_run = copied[:-1] & copied[1:] & (starts[1:] == starts[:-1] + 1)
        same_replacement = ~copied[:-1] & (starts[1:] == starts[:-1]) & (ends[1:] == ends[:-1])
        first = np.concatenate([[0], np.flatnonzero(~(same_copy_run | same_replacement)) + 1])
        last = np.append(first[1:], len(self.text))
        raw_end = np.where(copied[first], starts[first] + (last - first), ends[first])
        segments = list(zip(first.tolist(), last.tolist(), starts[first].tolist(), raw_end.tolist()))
        return OffsetMap(segments=segments)
