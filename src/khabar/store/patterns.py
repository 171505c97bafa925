"""Persian knowledge the search analyser and the readers use, kept as data."""

from __future__ import annotations

from khabar.text.letters import SPELLING_VARIANTS

# Letters folded to one form for search only (the stored text keeps what normalize_text made of it).
# Arabic variants, hamza carriers and the heh/teh-marbuta pair are spelled both ways in scraped news.
SEARCH_LETTER_FOLDS: dict[str, str] = {
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه",
    **SPELLING_VARIANTS,
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
}

# Suffixes stripped from a search term, longest first; a term keeps at least MIN_STEM letters.
# Plural and ezafe/indefinite forms only: a light stemmer, so that «همکاری‌های» and «همکاریهای» meet «همکاری».
PLURAL_SUFFIXES: tuple[str, ...] = ("هایی", "های", "ها")
MIN_STEM = 2

# Words that carry no topic: dropped from queries and documents alike. Detached suffixes and verb
# prefixes («ها», «های», «می») are here because half-space spelling detaches them.
STOP_WORDS: frozenset[str] = frozenset(
    """
    و در به از که را با این آن برای تا بر یا هم نیز اما یک هر چه چون اگر پس ای ایی
    ها های هایی ی می نمی است هست بود شد شود شده کرد کند کرده کنند گفت باید
    او ما من تو شما ایشان انها اینها وی خود همه دیگر بین پیش بیش روی زیر
    """.split()
)
