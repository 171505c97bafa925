from __future__ import annotations

import pytest

from khabar.text.segment import split_sentences, tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("او می‌شود", ["او", "می‌شود"]),
        ("تاریخ ۱۴۰۲/۱۰/۱۹ بود", ["تاریخ", "۱۴۰۲/۱۰/۱۹", "بود"]),
        ("3.5 درصد و 1,250 نفر و ۲۵٪", ["3.5", "درصد", "و", "1,250", "نفر", "و", "۲۵٪"]),
        ("نشانی www.irna.ir؟", ["نشانی", "www.irna.ir", "؟"]),
        ("گفت: «بله»، سپس", ["گفت", ":", "«", "بله", "»", "،", "سپس"]),
        ("ج.ا.ا اعلام کرد", ["ج.ا.ا", "اعلام", "کرد"]),
    ],
)
def test_segment_tokens(text, tokens):
    assert [token.text for token in tokenize(text)] == tokens


def test_segment_token_offsets_point_into_the_text():
    text = "وزیر دفاع، امروز گفت: «همکاری ادامه دارد.»"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_segment_sentences_end_at_persian_punctuation():
    text = "متن اول. متن دوم؟ سوم! چهارم"
    assert [s.text for s in split_sentences(text)] == ["متن اول.", "متن دوم؟", "سوم!", "چهارم"]


def test_segment_headline_line_is_its_own_sentence():
    text = "فرصت تعمیق روابط ایران و بلاروس\nوزیر دفاع گفت: این ملاقات فرصت است."
    sentences = split_sentences(text)
    assert [(s.text, s.heading) for s in sentences] == [
        ("فرصت تعمیق روابط ایران و بلاروس", True),
        ("وزیر دفاع گفت: این ملاقات فرصت است.", False),
    ]


@pytest.mark.parametrize("text", ["دکتر ا. محمدی آمد. بعد رفت.", "ج.ا.ا. گفت که می‌آید. بعد رفت."])
def test_segment_initials_and_abbreviations_do_not_end_a_sentence(text):
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("text", ["مأموران اف. بی. آی. او را بازداشت کردند. بعد رفتند.",
                                  "شبکه بی. بی. سی گزارش داد. بعد رفت."])
def test_segment_spelled_initialisms_do_not_end_a_sentence(text):
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("text", ["جلسه در ۱۹ دی. سی نفر آمدند.", "شگفت‌زده ام. بی شک درست است."])
def test_segment_letter_names_that_are_words_still_end_a_sentence(text):
    assert len(split_sentences(text)) == 2


def test_segment_decimal_does_not_end_a_sentence():
    assert len(split_sentences("رشد 3.5 درصد بود. سال بعد بیشتر شد.")) == 2


def test_segment_sentence_offsets_point_into_the_text():
    text = "  تیتر\n\nجمله یک.  جمله دو؟\n"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
