"""Mood beyond the predicate's own verb: a plan that governs its clause, the past imperfective, a later date
inside an announced event, a hedged criticism."""

from __future__ import annotations

import pytest

from khabar.events.export import happened
from khabar.events.mood import names_later_day
from khabar.analysis import Sentence, TimeExpression

from tests.events.helpers import happened_types


def test_events_plan_governs_the_clause_it_introduces(analyse):
    events = analyse("قرار است تا ارتش نیروهای خود را در مرز مستقر کند.")
    mobilize = [e for e in events if e.type == "MOBILIZE"]
    assert mobilize and mobilize[0].future and not happened(mobilize[0])


def test_events_clause_after_a_report_is_not_a_plan(analyse):
    events = analyse("گزارش شده است که ارتش نیروهای خود را در مرز مستقر کرد.")
    assert "MOBILIZE" in happened_types(events)


def test_events_past_imperfective_is_background_not_news(analyse):
    events = analyse("جلسه شورا هر هفته با حضور وزیر کشور برگزار می‌شد.")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and consult[0].hypothetical and not happened(consult[0])


def test_events_simple_past_of_the_same_predicate_is_news(analyse):
    events = analyse("جلسه شورا دیروز با حضور وزیر کشور برگزار شد.")
    assert "CONSULT" in happened_types(events)


def test_events_past_perfect_is_not_read_as_imperfective(analyse):
    events = analyse("وزارت خارجه ایران حمله به سفارت را محکوم کرده بود.")
    assert "ACCUSE" in happened_types(events)


def test_events_announced_event_dated_in_a_later_year_is_a_plan(hand_analysis):
    from khabar.events.stage import find_events

    analysis = hand_analysis("وزیر دفاع از خروج نیروهای آمریکایی از عراق در سال 2006 خبر داد.", published="2005-12-26")
    start = analysis.text.index("سال 2006")
    analysis.times = [TimeExpression(start=start, end=start + 8, text="سال 2006", value="2006")]
    retreat = [e for e in find_events(analysis) if e.type == "RETREAT"]
    assert retreat and retreat[0].future


def test_events_announced_event_dated_in_the_same_year_happened(hand_analysis):
    from khabar.events.stage import find_events

    analysis = hand_analysis("وزیر دفاع از خروج نیروهای آمریکایی از عراق در سال 2005 خبر داد.", published="2005-12-26")
    start = analysis.text.index("سال 2005")
    analysis.times = [TimeExpression(start=start, end=start + 8, text="سال 2005", value="2005")]
    assert "RETREAT" in happened_types(find_events(analysis))


@pytest.mark.parametrize(("value", "later"), [("2006", True), ("2005", False), ("2006-01", True), ("2005-11", False)])
def test_events_later_year_or_month_than_publication(value, later):
    sentence = Sentence(start=0, end=20, text="x" * 20)
    times = [TimeExpression(start=5, end=9, text="سال", value=value)]
    assert names_later_day(sentence, times, "2005-12-26") is later


def test_events_time_outside_the_span_does_not_date_the_event():
    sentence = Sentence(start=0, end=20, text="x" * 20)
    times = [TimeExpression(start=15, end=19, text="سال", value="2006")]
    assert names_later_day(sentence, times, "2005-12-26", (0, 10)) is False


def test_events_hedged_criticism_is_not_an_accusation(analyse):
    pytest.importorskip("khabar.resolve.countries")
    events = analyse("نماینده مجلس گفت: ممکن است این تصمیم توطئه آمریکا علیه ایران باشد.")
    assert "ACCUSE" not in happened_types(events)


def test_events_unhedged_criticism_is_an_accusation(analyse):
    pytest.importorskip("khabar.resolve.countries")
    events = analyse("نماینده مجلس گفت: این تصمیم توطئه آمریکا علیه ایران است.")
    assert "ACCUSE" in happened_types(events)


def events_next_friday(hand_analysis, text: str, event_type: str) -> list:
    """Code `text`, published on a Tuesday, whose «روز جمعه آینده» the time layer resolved to that week's Friday."""
    from khabar.events.stage import find_events

    analysis = hand_analysis(text, published="2024-01-09")
    when = "روز جمعه آینده"
    start = text.index(when)
    analysis.times = [TimeExpression(start=start, end=start + len(when), text=when, value="2024-01-12")]
    return [e for e in find_events(analysis) if e.type == event_type]


def test_events_request_for_a_later_day_is_made_now(hand_analysis):
    text = "ستاد نماز جمعه از مردم دعوت می‌کند روز جمعه آینده در راهپیمایی شرکت کنند."
    request = events_next_friday(hand_analysis, text, "REQUEST")
    assert request and happened(request[0])


def test_events_visit_on_a_later_day_is_still_a_plan(hand_analysis):
    consult = events_next_friday(hand_analysis, "وزیر خارجه روز جمعه آینده به مسکو سفر می‌کند.", "CONSULT")
    assert consult and not happened(consult[0])


def test_events_plan_of_a_closed_conjunct_is_not_the_predicates(analyse):
    events = analyse("قرار است فردا سمینار جدیدی برگزار شود و به همین سبب ارتش به حالت آماده‌باش درآمده است.")
    assert "MOBILIZE" in happened_types(events)


def test_events_plan_of_the_predicates_own_conjunct_still_counts(analyse):
    events = analyse("قرار است ارتش به حالت آماده‌باش درآید و مرزها بسته شود.")
    assert "MOBILIZE" not in happened_types(events)


def test_events_indirect_question_after_the_predicate_does_not_ask_it(analyse):
    events = analyse("وزیر خارجه پس از گفت و گوی تلفنی با همتای خود نگفت که آیا توافقی حاصل شده است یا خیر.")
    assert "CONSULT" in happened_types(events)


def test_events_question_in_the_predicates_clause_asks_it(analyse):
    events = analyse("آیا وزیر خارجه با همتای ترکیه‌ای خود گفت و گوی تلفنی داشت؟")
    assert "CONSULT" not in happened_types(events)


def test_events_warning_content_is_not_the_warnings_condition(analyse):
    events = analyse("ایران به آمریکا درباره احتمال بستن تنگه در صورت ادامه تحریم‌ها هشدار داده است.")
    assert "THREATEN" in happened_types(events)


def test_events_condition_on_the_warning_itself_still_counts(analyse):
    events = analyse("ایران در صورت ادامه تحریم‌ها به آمریکا هشدار خواهد داد.")
    assert "THREATEN" not in happened_types(events)


def test_events_otherwise_makes_the_consequence_conditional(analyse):
    events = analyse("مغازه‌ها باید از دستورات پیروی کنند و در غیر این صورت پلمب می‌شوند.")
    assert "COERCE" not in happened_types(events)


def test_events_agreement_reached_keeps_its_own_verbs_mood(analyse):
    text = "وی با اشاره به توافقی که هفته قبل در مونیخ به دست آمد و بر اساس آن قرار شد آتش‌بس اعلام شود، سخن گفت."
    assert "SUPPORT" in happened_types(analyse(text))


def test_events_agreement_still_to_be_reached_has_not_happened(analyse):
    assert "SUPPORT" not in happened_types(analyse("قرار است توافقی در مونیخ به دست آید."))


def test_events_modal_governs_coordinated_short_infinitives(analyse):
    text = "رئیس قوه قضاییه گفت: باید نقش مردم را پررنگ‌تر نمود و فعالیت‌های سالم اقتصادی را حمایت کرد."
    assert "SUPPORT" not in happened_types(analyse(text))


def test_events_hope_of_a_closed_conjunct_does_not_reach_the_predicate(analyse):
    events = analyse("وزیر امیدوار است مذاکرات به نتیجه برسد و پلیس مرزی دیروز به حالت آماده‌باش درآمد.")
    assert "MOBILIZE" in happened_types(events)


def test_events_noun_before_and_does_not_close_a_clause(analyse):
    events = analyse("ارتش در صورت ادامه حملات منافع خود و متحدانش را در مرز به حالت آماده‌باش درمی‌آورد.")
    assert "MOBILIZE" not in happened_types(events)


def test_events_pretext_of_an_arrest_is_not_its_mood(analyse):
    events = analyse("صهیونیست‌ها یک دختر فلسطینی را به بهانه قصد وی برای انجام عملیات بازداشت کردند.")
    assert "COERCE" in happened_types(events)


def test_events_charge_of_an_accusation_is_not_its_mood(analyse):
    events = analyse("ماریا بوتینا به تلاش برای نفوذ در گروه‌های سیاسی آمریکا متهم شده بود.")
    assert "ACCUSE" in happened_types(events)


def test_events_hedge_before_the_charge_still_governs_the_accusation(analyse):
    events = analyse("ممکن است او به جاسوسی متهم شود.")
    assert "ACCUSE" not in happened_types(events)


def test_events_a_nouns_future_is_no_plan(analyse):
    events = analyse("گروه‌های سیاسی عراق و مقامات آمریکایی برای تشکیل دولت آینده عراق به تبادل نظر پرداختند.")
    assert "CONSULT" in happened_types(events)


def test_events_a_time_to_come_is_a_plan(analyse):
    events = analyse("وزیر خارجه ایران در هفته آینده با همتای روس خود دیدار می‌کند.")
    assert "CONSULT" not in happened_types(events)
