"""The date of an event: its own time expression, not the dateline that opens the report."""

import khabar


def test_events_date_is_the_events_own_day_not_the_datelines():
    # A council passing its own plan is no PLOVER event (the annotation codes none); a resolution adopted is.
    text = "۱۲ آذر: شورای امنیت سازمان ملل در جلسه روز گذشته قطعنامه‌ای درباره آتش‌بس در یمن را تصویب کرد."
    analysis = khabar.analyze(text, published="2023-12-03")
    assert analysis.dateline is not None
    assert [(event.type, event.date) for event in analysis.events] == [("AGREE", "2023-12-02")]


def test_events_date_from_a_day_named_in_the_sentence():
    text = "وزیر خارجه ایران روز دوشنبه با همتای ترکیه‌ای خود دیدار کرد."
    analysis = khabar.analyze(text, published="2023-12-06")  # a Wednesday
    assert [(event.type, event.date) for event in analysis.events] == [("CONSULT", "2023-12-04")]
