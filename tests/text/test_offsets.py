from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from khabar.text.letters import letter_table
from khabar.text.normalize import repair
from khabar.text.offsets import Edit, OffsetMap, TrackedText


def test_offsets_identity_maps_each_span_to_itself():
    offset_map = TrackedText.from_raw("سلام دنیا").offset_map()
    assert offset_map.to_raw(0, 4) == (0, 4)
    assert offset_map.to_raw(5, 9) == (5, 9)


def test_offsets_insertion_maps_to_the_boundary():
    tracked = TrackedText.from_raw("میکند").apply([Edit(2, 2, "\u200c")])
    assert tracked.text == "می\u200cکند"
    offset_map = tracked.offset_map()
    assert offset_map.to_raw(0, len(tracked.text)) == (0, 5)
    assert offset_map.to_raw(3, 6) == (2, 5)


def test_offsets_deletion_and_replacement_keep_raw_spans():
    raw = "كتاب  ـجديد"
    tracked = repair(raw)
    assert tracked.text == "کتاب جدید"
    offset_map = tracked.offset_map()
    start, end = offset_map.to_raw(5, 9)
    assert raw[start:end] == "جديد"


def test_offsets_survive_serialisation():
    tracked = repair("سلام  ، دنيا .")
    restored = OffsetMap.model_validate_json(tracked.offset_map().model_dump_json())
    assert restored.to_raw(0, len(tracked.text)) == (0, len("سلام  ، دنيا ."))


PERSIAN_PIECES = st.sampled_from(
    ["می", "شود", "ها", "ی", "كتاب", "يك", " ", "  ", "،", ".", " .", ":", "«", "»", "ـ", "\u200c", "1", "۲", "\n", "a", "َ"]
)


@given(st.lists(PERSIAN_PIECES, max_size=30).map("".join))
def test_offsets_every_word_maps_back_to_raw_text_with_the_same_letters(raw):
    tracked = repair(raw)
    offset_map = tracked.offset_map()
    for match in re.finditer(r"[^\W\d_]+", tracked.text):
        start, end = offset_map.to_raw(match.start(), match.end())
        assert 0 <= start < end <= len(raw)
        # The raw span holds exactly the same letters, once unified the way the repair unifies them.
        raw_letters = "".join(re.findall(r"[^\W\d_]", raw[start:end].translate(letter_table())))
        assert raw_letters == match.group(0)
