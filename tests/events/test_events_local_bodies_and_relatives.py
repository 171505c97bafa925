"""Round 38 (batches 59-61): a speaker at a local council's meeting «که … برگزار شد» takes part in it, and the
council is of the speaker's state; a relative clause closed by its own verb holds neither the subject nor the
agent of the passive after it; a band of offenders names people."""

from __future__ import annotations

import pytest

from .helpers import countries, only


@pytest.mark.parametrize(
    "sentence",
    [
        "به گزارش خبرگزاری فارس از کاشان، علی رضایی امروز در جلسه شورای اداری که در فرمانداری برگزار شد، "
        "اظهار کرد: ده مدرسه جدید ساخته شده است.",
        "به گزارش خبرگزاری فارس از بم، حسن احمدی صبح امروز در جلسه شورای اداری شهرستان که با حضور وزیر کشور "
        "برگزار شد گفت: راه روستایی تکمیل شده است.",
    ],
)
def test_events_speaker_at_a_council_meeting_held_somewhere_takes_part_in_it(analyse, sentence):
    meeting = only(analyse(sentence), "CONSULT")
    assert [actor.text for actor in meeting.actors][0].endswith(("علی رضایی", "حسن احمدی"))
    assert countries(meeting.recipients) == ["IRN"]


def test_events_passive_after_a_closed_relative_clause_is_undergone_by_its_head(analyse):
    sentence = (
        "رئیس پلیس آگاهی استان با بیان اینکه باند سارقان منازل که شامل سه مرد بودند دستگیر شد، گفت: "
        "اموال مسروقه به مالکان تحویل شد."
    )
    arrest = only(analyse(sentence), "COERCE")
    assert [recipient.text for recipient in arrest.recipients] == ["باند سارقان منازل"]


def test_events_agent_inside_a_closed_relative_clause_is_no_agent_of_the_passive(analyse):
    sentence = (
        "وی گفت: باند قاچاقچیان که توسط سه نفر از افراد سابقه‌دار اداره می‌شد، در مرز دستگیر شدند."
    )
    arrest = only(analyse(sentence), "COERCE")
    assert not any("سه نفر" in actor.text for actor in arrest.actors)
    assert [recipient.text for recipient in arrest.recipients] == ["باند قاچاقچیان"]
