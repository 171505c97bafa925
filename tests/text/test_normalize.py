from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from khabar.text import normalize
from khabar.text.letters import letter_pattern, letter_table
from khabar.text.normalize import NormalizeOptions, normalize_text, repair
from khabar.text.offsets import Edit, TrackedText

RULES_ONLY = NormalizeOptions(halfspaces=False)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كتاب يك", "کتاب یک"),  # Arabic kaf and yeh
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("ارتقاء تأکید رؤسا مسئول", "ارتقاء تأکید رؤسا مسئول"),  # hamza spellings stay
        ("متنـــن", "متنن"),  # tatweel
        ("فَرزند", "فرزند"),  # diacritics dropped by default
        ("٣ نفر", "۳ نفر"),  # Arabic-Indic digits become Persian
        ("ﻛﺘﺎﺏ", "کتاب"),  # presentation forms
        ("a\u200bb\u200ec\ufeffd", "abcd"),  # invisible characters
    ],
)
def test_normalize_letters(raw, expected):
    assert normalize_text(raw, RULES_ONLY) == expected


def test_normalize_keeps_diacritics_on_request():
    assert normalize_text("فَرزند", NormalizeOptions(halfspaces=False, drop_diacritics=False)) == "فَرزند"


@pytest.mark.parametrize(
    ("digits", "expected"), [("keep", "سال 1402 و ۱۴۰۲"), ("latin", "سال 1402 و 1402"), ("persian", "سال ۱۴۰۲ و ۱۴۰۲")]
)
def test_normalize_digits_by_option(digits, expected):
    assert normalize_text("سال 1402 و ۱۴۰۲", NormalizeOptions(halfspaces=False, digits=digits)) == expected


def test_normalize_rejects_unknown_digit_mode():
    with pytest.raises(ValueError):
        normalize_text("سال", NormalizeOptions(digits="roman"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("سلام ، دنیا .", "سلام، دنیا."),
        ("او گفت:این", "او گفت: این"),
        ("پایان.آغاز", "پایان. آغاز"),
        ("جمله؟بعدی", "جمله؟ بعدی"),
        ("( متن ) داخل", "(متن) داخل"),
        ("« متن »", "«متن»"),
        ("گفت:«سلام»", "گفت: «سلام»"),
        ("سلام   دنیا\t!", "سلام دنیا!"),
        ("  فاصله در آغاز و پایان  ", "فاصله در آغاز و پایان"),
    ],
)
def test_normalize_punctuation_spacing(raw, expected):
    assert normalize_text(raw, RULES_ONLY) == expected


@pytest.mark.parametrize(
    "kept",
    [
        "قیمت 3.5 درصد",
        "تاریخ 1402/10/19 بود",
        "نشانی www.farsnews.ir/news/123 را ببینید",
        "https://example.com/a.b?c=d,e",
        "ایمیل info@irna.ir است",
        "نسبت ۲۵% و ۳٫۵",
        "ساعت 12:30 است",
        "سازمان ICT روستایی و Core",
    ],
)
def test_normalize_leaves_numbers_addresses_and_latin_alone(kept):
    assert normalize_text(kept, RULES_ONLY) == kept


def test_normalize_keeps_line_count():
    text = "سطر اول\n\nسطر  سوم \n"
    assert normalize_text(text, RULES_ONLY).count("\n") == text.count("\n")


TEXT = st.lists(
    st.sampled_from(["می", "شود", "ها", "ی", "كتاب", "يك", " ", "،", ".", ":", "«", "»", "(", ")", "ـ", "\u200c", "1", "۲", "3.5", "\n", "a", "َ", "؟"]),
    max_size=40,
).map("".join)


@settings(max_examples=200)
@given(TEXT)
@example("می .«")  # the stop is glued to the word only once the stray space is gone: a second pass must not change it
def test_normalize_rules_are_idempotent(text):
    once = normalize_text(text, RULES_ONLY)
    assert normalize_text(once, RULES_ONLY) == once


def test_normalize_mixed_right_to_left_and_left_to_right_text():
    text = "سازمان ICT روستایی (Core) در 300 دفتر و شرکت Apple Inc. فعال است."
    assert normalize_text(text, RULES_ONLY) == text


@settings(max_examples=200, deadline=None)  # the first example loads the half-space model
@given(TEXT)
def test_normalize_is_idempotent_with_half_spaces(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("می\u200c\u200c\u200cشود", "می\u200cشود"),
        ("کتاب \u200cها", "کتاب ها"),
        ("\u200cسلام\u200c", "سلام"),
        ("الف" + "\u200c" * 500 + " ب", "الف ب"),
    ],
)
def test_normalize_drops_half_spaces_that_join_nothing(raw, expected):
    assert normalize_text(raw, RULES_ONLY) == expected


# Characters that the spacing and punctuation rules look at, and words around them.
RULE_TEXT = st.lists(
    st.sampled_from([
        "کتاب", "می", "a", "ab", "1", "۲", " ", "  ", "\t", "\u00a0", "\u2009", "\n", "\u200c", "\u200c\u200c",
        "،", "؛", "؟", "!", ".", ":", "«", "»", "(", ")", "[", "]", "@", "www.", "http://", ".ir", "/",
    ]),
    max_size=30,
).map("".join)


@settings(max_examples=300)
@given(RULE_TEXT)
def test_normalize_quick_checks_match_full_patterns(text):
    """The cheap tests that skip a pass never skip one that would have found something."""
    assert normalize.zwnj_edits(text) == [Edit(m.start(), m.end(), "") for m in normalize.STRAY_ZWNJ.finditer(text)]
    runs = [Edit(m.start(), m.end(), " ") for m in normalize.SPACE_RUNS.finditer(text)]
    edges = [Edit(m.start(), m.end(), "") for m in normalize.EDGE_SPACES.finditer(text)]
    assert normalize.spacing_edits(text) == (normalize._merge(runs, edges) if edges else runs)
    missing = [m.start() for m in normalize.MISSING_SPACE_AFTER.finditer(text)]
    assert [m.end() for m in normalize.MISSING_SPACE_QUICK.finditer(text)] == missing
    assert normalize.protected_spans(text) == [m.span() for m in normalize.PROTECTED.finditer(text)]


def test_normalize_quick_checks_keep_rules_at_inner_line_edges():
    text = "سطر\u200c\n\u200cدوم \n سوم\t\u200cچهارم"
    assert normalize_text(text, RULES_ONLY) == "سطر\nدوم\nسوم چهارم"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="كيىةـَّ٣ﻛﺘﺎﺏﻻﱞﹰ\u200b\u200dکتاب 1۲\n", max_size=30),
       st.sampled_from(["keep", "latin", "persian"]), st.booleans())
@example("يكى ﱞ ي", "keep", True)
def test_normalize_letter_repair_matches_one_translate(text, digits, drop_diacritics):
    """Swapping the frequent Arabic letters first, then translating the rest, is one `str.translate`."""
    options = NormalizeOptions(digits=digits, drop_diacritics=drop_diacritics)
    table = letter_table(digits=digits, drop_diacritics=drop_diacritics)
    assert normalize.repair_letters(text, options) == text.translate(table)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="كيىةـَ٣ﻛﺘﺎﺏﻻ\u200b\u200dکتاب 1۲\n", max_size=30))
def test_normalize_letter_repair_looks_only_at_changed_characters(text):
    table, pattern = letter_table(), letter_pattern()
    plain, quick = TrackedText.from_raw(text).translate(table), TrackedText.from_raw(text).translate(table, pattern)
    assert (quick.text, quick.starts, quick.ends) == (plain.text, plain.starts, plain.ends)
    assert quick.text == text.translate(table)
    assert repair(text).text == normalize_text(text)
