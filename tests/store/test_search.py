"""Search analysis: half-space, letter and digit variants meet; stop words drop; queries cannot inject syntax."""

from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.store.search import analyze_query, analyze_terms, fts5_query, highlight, parse_day, tsquery


def matches(query: str, document: str) -> bool:
    """Tell whether every query group has an alternative whose terms all occur in the document."""
    terms = set(analyze_terms(document))
    return all(any(set(alt) <= terms for alt in group.alternatives) for group in analyze_query(query))


@pytest.mark.parametrize("query", ["همکاری", "همکاری‌های", "همکاریهای", "همکاری های", "همكاري"])
@pytest.mark.parametrize("document", [
    "گسترش همکاری‌های دو کشور", "گسترش همکاریهای دو کشور", "گسترش همکاری های دو کشور",
    "گسترش همكاري‌هاي دو كشور", "گسترش همکاری دو کشور", "گسترش همکاری‌ها",
])
def test_search_halfspace_variants_match(query: str, document: str):
    assert matches(query, document)


@pytest.mark.parametrize(("query", "document"), [
    ("تفاهم‌نامه", "امضای تفاهم نامه همکاری"),
    ("تفاهم نامه", "امضای تفاهمنامه همکاری"),
    ("تفاهمنامه", "امضای تفاهم‌نامه همکاری"),
    ("کتاب ۱۴۰۲", "نمایشگاه كتاب 1402 تهران"),
    ("ي ك ۱۲", "ی ک 12"),
])
def test_search_compound_letter_and_digit_variants_match(query: str, document: str):
    assert matches(query, document)


def test_search_different_words_do_not_match():
    assert not matches("همکاری", "همکاران وزیر در جلسه حاضر بودند")
    assert not matches("تفاهم‌نامه", "نامه وزیر به مجلس")


def test_search_stop_words_are_dropped():
    assert analyze_terms("این کتاب را به او داد") == ["کتاب", "داد"]
    assert analyze_query("و در به از") == []


@pytest.mark.parametrize("query", ['"همکاری', "NEAR(a b)", "a* OR -b", "title:x", "'; DROP TABLE articles; --", "a & !b | c:*"])
def test_search_query_syntax_is_quoted(query: str):
    groups = analyze_query(query)
    for rendered in (fts5_query(groups), tsquery(groups)):
        assert ";" not in rendered and ":" not in rendered and "*" not in rendered and "!" not in rendered


def test_search_highlight_marks_every_variant():
    text = "در این نشست درباره همکاری‌های دو کشور و همکاری های علمی گفتگو شد."
    snippet = highlight(text, analyze_query("همکاری"))
    assert snippet.count("[") == 2 and "[همکاری‌های]" in snippet


@pytest.mark.parametrize(("value", "last", "expected"), [
    ("2024-01-31", False, "2024-01-31"),
    ("1402/11/11", False, "2024-01-31"),
    ("۱۴۰۲/۱۱/۱۱", False, "2024-01-31"),
    ("1402", False, "2023-03-21"),
    ("1402", True, "2024-03-19"),
    ("2024-02", True, "2024-02-29"),
])
def test_search_parse_day_reads_jalali_and_gregorian(value: str, last: bool, expected: str):
    assert parse_day(value, last=last) == expected


@pytest.mark.parametrize("value", ["yesterday", "1402/13/01", "2024-02-30"])
def test_search_parse_day_rejects_bad_dates(value: str):
    with pytest.raises(InputError):
        parse_day(value)
