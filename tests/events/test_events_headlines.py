"""Headlines that the report under them repeats: one record per event, the report's."""

from __future__ import annotations

import pytest

from khabar.events.stage import find_events

pytest.importorskip("khabar.resolve.actors")


def with_title(hand_analysis, title: str, body: str):
    """Return an Analysis whose first line is the title."""
    analysis = hand_analysis(f"{title}\n{body}")
    analysis.title = title
    analysis.body_start = len(title) + 1
    return analysis


def types_by_sentence(events):
    return [(e.type, e.sentence) for e in events]


def test_events_subheadline_repeated_by_next_paragraph_is_dropped(hand_analysis):
    text = (
        "ژاپن تحریم‌های تازه‌ای علیه کره شمالی اعمال کرد\n"
        "نخست‌وزیر ژاپن امروز تحریم‌های تازه‌ای علیه کره شمالی اعمال کرد."
    )
    events = [e for e in find_events(hand_analysis(text)) if e.type == "SANCTION"]
    assert len(events) == 1, types_by_sentence(events)
    assert events[0].sentence.startswith("نخست‌وزیر ژاپن")


def test_events_subheadline_kept_when_next_paragraph_reports_another_type(hand_analysis):
    text = (
        "ژاپن تحریم‌های تازه‌ای علیه کره شمالی اعمال کرد\n"
        "وزیر خارجه ژاپن با همتای کره‌ای خود در توکیو دیدار کرد."
    )
    events = find_events(hand_analysis(text))
    assert [e.type for e in events if e.type == "SANCTION"] == ["SANCTION"]


def test_events_paragraph_ending_in_a_closed_quote_is_no_headline(hand_analysis):
    text = (
        "وزیر خارجه ژاپن گفت: «ژاپن تحریم‌های تازه‌ای علیه کره شمالی اعمال کرد.»\n"
        "نخست‌وزیر ژاپن امروز تحریم‌های تازه‌ای علیه کره شمالی اعمال کرد."
    )
    events = [e for e in find_events(hand_analysis(text)) if e.type == "SANCTION"]
    assert len(events) == 2, types_by_sentence(events)


def test_events_quoting_title_repeated_in_body_is_dropped(hand_analysis):
    analysis = with_title(
        hand_analysis,
        "پوتین: اوکراین باید از مرزها عقب‌نشینی کند",
        "ولادیمیر پوتین روز دوشنبه گفت: «اوکراین باید نیروهایش را از مرزها خارج کند.»\n"
        "پوتین از اوکراین خواست نیروهایش را از مرزها خارج کند.",
    )
    events = [e for e in find_events(analysis) if e.type == "REQUEST"]
    assert events and all(e.start >= analysis.body_start for e in events), types_by_sentence(events)


def test_events_plain_title_is_kept_beside_its_report(hand_analysis):
    analysis = with_title(
        hand_analysis,
        "ژاپن تحریم‌های تازه‌ای علیه کره شمالی اعمال کرد",
        "نخست‌وزیر ژاپن امروز تحریم‌های تازه‌ای علیه کره شمالی اعمال کرد.",
    )
    events = [e for e in find_events(analysis) if e.type == "SANCTION"]
    assert len(events) == 2, types_by_sentence(events)


def test_events_headline_of_several_parts_joined_by_slashes_is_a_headline(hand_analysis):
    parts = [
        "سخنگوی دولت ژاپن در گفت‌وگو با خبرنگاران در پایتخت این کشور در پایان نشست هفتگی کابینه",
        "اقتصاد ما در سال آینده رشد خواهد کرد و بیکاری کاهش خواهد یافت",
        "تحریم‌های تازه‌ای علیه کره شمالی اعمال کردیم",
    ]
    text = "/ ".join(parts) + "\nسخنگوی دولت ژاپن گفت که دولت تحریم‌های تازه‌ای علیه کره شمالی اعمال کرد."
    events = [e for e in find_events(hand_analysis(text)) if e.type == "SANCTION"]
    assert len(events) == 1, types_by_sentence(events)
    assert events[0].sentence.startswith("سخنگوی دولت ژاپن گفت")
