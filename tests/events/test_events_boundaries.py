"""Clause boundaries of participants: a «را» of an embedded clause, a predicate noun after the subject, and a
relative clause that opens with a preposition and has no subject of its own."""

from __future__ import annotations

import pytest

from khabar.events.arguments import find_object, find_subject, phrase_forward

pytest.importorskip("khabar.resolve.actors")


def test_events_object_of_embedded_clause_is_skipped():
    sentence = "مسکو، واشنگتن را برای اینکه بوتینا را برای اعتراف تحت فشار قرار داده، متهم کرد"
    obj = find_object(sentence, 0, sentence.index("متهم"))
    assert obj is not None and obj.text == "واشنگتن"


def test_events_object_before_relative_clause_is_kept():
    sentence = "وزیر خارجه کسانی را که سفارت را اشغال کرده بودند، محکوم کرد"
    obj = find_object(sentence, 0, sentence.index("محکوم"))
    assert obj is not None and obj.text.endswith("کسانی")


def test_events_last_object_without_embedded_clause_is_kept():
    sentence = "ارتش روستاها را محاصره و ساکنان آنها را بازداشت کرد"
    obj = find_object(sentence, 0, sentence.index("بازداشت"))
    assert obj is not None and "ساکنان" in obj.text and "روستاها" not in obj.text


@pytest.mark.parametrize("noun", ["موجب", "باعث"])
def test_events_subject_stops_before_predicate_noun(noun):
    sentence = f"حملات جنگنده‌های سعودی {noun} کشته شدن پنج تن شد"
    phrase = phrase_forward(sentence, 0, len(sentence))
    assert phrase is not None and phrase.text == "حملات جنگنده‌های سعودی"


def test_events_relative_clause_opening_with_preposition_takes_antecedent():
    sentence = "این سخنان با موضع دولت آمریکا که از تعیین جدول زمانی برای خروج نیروها خودداری کرده، متناقض است"
    subject = find_subject(sentence, sentence.index("خودداری"))
    assert subject is not None and "آمریکا" in subject.text and "جدول" not in subject.text


def test_events_relative_clause_with_own_subject_keeps_it():
    sentence = "روستایی که در آن نیروهای ارتش آمریکا غیرنظامیان را کشتند"
    subject = find_subject(sentence, sentence.index("کشتند"))
    assert subject is not None and "ارتش" in subject.text and "روستا" not in subject.text


def test_events_relative_clause_closed_by_progressive_is_skipped():
    sentence = "نیروهای اسرائیلی یک نوجوان لبنانی را که در خاک لبنان چوپانی می‌کرد به ضرب گلوله کشته‌اند"
    subject = find_subject(sentence, sentence.index("کشته"))
    assert subject is not None and subject.text == "نیروهای اسرائیلی"


def test_events_relative_clause_with_copula_progressive_is_skipped():
    sentence = "این سیاستمدار که دارای تابعیت ژاپنی نیز می‌باشد، به ژاپن گریخت و از سوی پلیس بازداشت شد"
    subject = find_subject(sentence, sentence.index("بازداشت"))
    assert subject is not None and subject.text == "این سیاستمدار"


def test_events_complement_after_verb_still_opens_a_clause():
    sentence = "وزیر گفت که آمریکا از تروریسم حمایت می‌کند و ایران را تهدید کرد"
    subject = find_subject(sentence, sentence.index("تهدید"))
    assert subject is not None and subject.text == "آمریکا"
