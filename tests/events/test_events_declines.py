"""Round 16: declining to comment or to answer, and abstaining in a vote, refuse no one; refusing a thing still
is REJECT."""

from __future__ import annotations

import pytest

from .helpers import happened_types


@pytest.mark.parametrize(
    "sentence",
    [
        "سخنگوی دولت از اظهار نظر در این باره خودداری کرد.",
        "سفارت آمریکا از پاسخ به پرسش خبرنگاران امتناع کرد.",
        "نماینده دو کشور از رأی دادن به این قطعنامه خودداری کردند.",
        "عضو شورا از اظهارنظر درباره نتیجه انتخابات در حوزه‌هایی که نتیجه آنها تایید شد، خودداری کرد.",
    ],
)
def test_events_decline_to_comment_is_no_rejection(analyse, sentence):
    assert "REJECT" not in happened_types(analyse(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["ایران از پذیرش این قطعنامه خودداری کرد.", "دولت عراق از امضای توافقنامه امتناع کرد."],
)
def test_events_refusing_a_thing_is_rejection(analyse, sentence):
    assert "REJECT" in happened_types(analyse(sentence))
