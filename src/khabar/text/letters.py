"""Letter and digit repair: Arabic variants to Persian, tatweel, diacritics, digits.

Hamza spellings are part of correct Persian (ارتقاء، تأکید، رؤسا، رشتهٔ) and stay.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ZWNJ = "\u200c"
TATWEEL = "\u0640"

# Arabic code points that Persian writes with another letter.
ARABIC_TO_PERSIAN: dict[int, str] = {
    ord("\u064a"): "\u06cc",  # ي Arabic yeh
    ord("\u0649"): "\u06cc",  # ى alef maksura
    ord("\u06d2"): "\u06cc",  # ے yeh barree (scraped Urdu-keyboard text)
    ord("\u0643"): "\u06a9",  # ك Arabic kaf
    ord("\u06aa"): "\u06a9",  # ڪ swash kaf
    ord("\u0629"): "\u0647",  # ة teh marbuta: Persian writes heh
    ord("\u06d5"): "\u0647",  # ە ae
    ord("\u06c1"): "\u0647",  # ہ heh goal
    ord("\u06be"): "\u0647",  # ھ heh doachashmee
}

# Spellings that vary in news without telling two words apart: hamza seats, madda, heh with yeh above.
# The text layer keeps them as written (تأکید is correct Persian); matching (search, name keys) folds them.
SPELLING_VARIANTS: dict[str, str] = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی", "ۀ": "ه"}

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"

ARABIC_TO_PERSIAN_DIGITS = {ord(a): p for a, p in zip(ARABIC_DIGITS, PERSIAN_DIGITS)}
TO_LATIN_DIGITS = {ord(d): latin for digits in (PERSIAN_DIGITS, ARABIC_DIGITS) for d, latin in zip(digits, LATIN_DIGITS)}
TO_PERSIAN_DIGITS = {ord(d): p for digits in (LATIN_DIGITS, ARABIC_DIGITS) for d, p in zip(digits, PERSIAN_DIGITS)}

# Harakat and other marks that are optional in Persian; hamza above/below (U+0654, U+0655)
# are spelling, not diacritics, and are kept.
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0656\u0657\u0658\u0670"

# Invisible characters that scraped pages scatter: ZW space, LRM/RLM and embeddings, BOM, soft hyphen.
INVISIBLES = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"

DIGIT_MODES = ("keep", "latin", "persian")


def _presentation_forms() -> dict[int, str]:
    """Fold Arabic presentation forms (left behind by PDF and page exports) to plain letters."""
    table = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)):
        folded = unicodedata.normalize("NFKC", chr(code))
        if folded != chr(code):
            table[code] = folded.translate(ARABIC_TO_PERSIAN).strip()
    return table


@lru_cache(maxsize=None)
def letter_table(*, digits: str = "keep", drop_diacritics: bool = True) -> dict[int, str | None]:
    """Return the `str.translate` table for one combination of options."""
    if digits not in DIGIT_MODES:
        raise ValueError(f"digits must be one of {', '.join(DIGIT_MODES)}, got {digits!r}")
    table: dict[int, str | None] = _presentation_forms()
    table.update(ARABIC_TO_PERSIAN)
    table[ord(TATWEEL)] = None
    table.update({ord(c): None for c in INVISIBLES})
    table[ord("\u200d")] = None  # ZWJ has no use in Persian running text
    table[0] = None  # NUL bytes from broken scrapes
    if drop_diacritics:
        table.update({ord(c): None for c in DIACRITICS})
    if digits == "latin":
        table.update(TO_LATIN_DIGITS)
    elif digits == "persian":
        table.update(TO_PERSIAN_DIGITS)
    else:  # keep Latin and Persian as written; Arabic-Indic digits become Persian
        table.update(ARABIC_TO_PERSIAN_DIGITS)
    return table


# The Arabic letters behind nearly every letter repair in news (yeh, kaf, alef maksura).
FREQUENT_VARIANTS = "\u064a\u0643\u0649"


@lru_cache(maxsize=None)
def frequent_swaps(*, digits: str = "keep", drop_diacritics: bool = True) -> tuple[tuple[str, str], ...]:
    """Return `letter_table`'s (letter, replacement) pairs for FREQUENT_VARIANTS whose replacement it never changes.

    `str.replace` makes these swaps several times faster than `str.translate`, which looks up every character;
    since the table leaves the replacements alone, doing them first and translating the rest is the same.
    """
    table = letter_table(digits=digits, drop_diacritics=drop_diacritics)
    swaps = []
    for letter in FREQUENT_VARIANTS:
        replacement = table.get(ord(letter))
        if replacement and not any(ord(char) in table for char in replacement):
            swaps.append((letter, replacement))
    return tuple(swaps)


@lru_cache(maxsize=None)
def letter_pattern(*, digits: str = "keep", drop_diacritics: bool = True) -> re.Pattern[str]:
    """Return a pattern matching every character that `letter_table` (same options) changes."""
    table = letter_table(digits=digits, drop_diacritics=drop_diacritics)
    changed = sorted(code for code, new in table.items() if new != chr(code))
    return re.compile("[" + "".join(re.escape(chr(code)) for code in changed) + "]")


# Letters that never join the next one: a ZWNJ after them is invisible, and a join
# decision after them is only about the spelling convention.
NON_JOINING = set("اآأإٱدذرزژوؤءۀة")
