from __future__ import annotations

import pytest

from khabar.text.language import detect_language


@pytest.mark.parametrize(
    ("text", "code", "persian"),
    [
        ("وزرای دفاع جمهوری اسلامی ایران و جمهوری بلاروس روز دوشنبه در تهران تفاهم‌نامه همکاری امضا کردند.", "fa", True),
        ("وقع وزيرا الدفاع في البلدين مذكرة تفاهم للتعاون العسكري يوم الاثنين في طهران.", "ar", False),
        ("دونوں ممالک کے وزرائے دفاع نے پیر کے روز تہران میں ایک مفاہمت نامے پر دستخط کیے۔", "ur", False),
        ("The defence ministers of both countries signed a memorandum in Tehran on Monday.", "en", False),
    ],
)
def test_language_detects_persian_and_its_neighbours(text, code, persian):
    language = detect_language(text)
    assert (language.code, language.is_persian) == (code, persian)


def test_language_short_text_is_not_rejected():
    assert detect_language("۱۲۳ -").is_persian
