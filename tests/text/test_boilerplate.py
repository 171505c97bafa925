from __future__ import annotations

import pytest

from khabar.analysis import SourceCredit
from khabar.text.boilerplate import find_credits, find_dateline, find_outlet, footer_edits
from khabar.text.normalize import apply_edits


def test_boilerplate_empty_footers_are_removed():
    text = "متن خبر.\n  • نویسنده :\n  • منبع :\n"
    assert apply_edits(text, footer_edits(text)) == "متن خبر."


def test_boilerplate_filled_footer_stays():
    text = "متن خبر.\n• منبع : ایرنا\n"
    assert apply_edits(text, footer_edits(text)) == text


@pytest.mark.parametrize(
    ("text", "outlet", "kind"),
    [
        ("ایرنا: رئیس جمهور امروز به تهران رفت.", "خبرگزاری جمهوری اسلامی", "prefix"),
        ("تهران- ایسنا- وزیر امور خارجه گفت", "خبرگزاری دانشجویان ایران", "prefix"),
        ("به گزارش خبرگزاری فارس از تهران، وزیر گفت", "خبرگزاری فارس", "lead-in"),
        ("به گزارش حوزه دولت خبرگزاری فارس به نقل از پایگاه اطلاع‌رسانی وزارت کشور، …", "خبرگزاری فارس", "lead-in"),
        ('به گزارش "ورزش سه"، تیم ملی', "ورزش سه", "lead-in"),
        ("تهران (پانا) - مدیرکل گفت", "خبرگزاری پانا", "prefix"),
    ],
)
def test_boilerplate_credit_names_the_outlet_and_its_kind(text, outlet, kind):
    credits = find_credits(text)
    assert [(credit.outlet, credit.kind) for credit in credits] == [(outlet, kind)]
    assert text[credits[0].start : credits[0].end] == credits[0].text


def test_boilerplate_credit_stored_without_a_kind_gets_one_from_its_text():
    stored = {"start": 0, "end": 5, "text": "ایرنا:", "outlet": "خبرگزاری جمهوری اسلامی"}
    assert SourceCredit.model_validate(stored).kind == "prefix"
    assert SourceCredit.model_validate({**stored, "text": "به گزارش ایرنا"}).kind == "lead-in"


def test_boilerplate_ordinary_sentence_has_no_credit():
    assert find_credits("وزیر گفت: همکاری ادامه دارد.") == []


def test_boilerplate_dateline_with_year():
    dateline = find_dateline("۱۲ آذر ۱۴۰۲ - وزیر امور خارجه امروز گفت که مذاکرات ادامه دارد")
    assert (dateline.day, dateline.month, dateline.year, dateline.ambiguous_outlet) == (12, 9, 1402, None)


def test_boilerplate_dateline_with_city_and_two_digit_year():
    dateline = find_dateline("مشهد - پنجم مهر ۸۷: جلسه برگزار شد")
    assert (dateline.day, dateline.month, dateline.year) == (5, 7, 1387)


def test_boilerplate_seed_prefix_is_ambiguous_with_an_outlet(seed_text):
    dateline = find_dateline(seed_text)
    assert (dateline.day, dateline.month, dateline.year) == (19, 10, None)
    assert dateline.ambiguous_outlet == "۱۹ دی"


@pytest.mark.parametrize("text", ["۳۱ مهر: روز", "۴۰ دی: متن", "دی ماه سرد است", "سال ۱۴۰۲: گزارش"])
def test_boilerplate_impossible_or_partial_dates_are_not_datelines(text):
    assert find_dateline(text) is None


def test_boilerplate_outlet_lookup_ignores_digits_and_spacing():
    assert find_outlet("19 دی").canonical == find_outlet("۱۹  دی").canonical == "۱۹ دی"
    assert find_outlet("روزنامه‌ای ناشناخته") is None
