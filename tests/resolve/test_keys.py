from khabar.resolve.keys import PhraseIndex, fold_tokens
from khabar.resolve.mentions import split_words, word_range


def test_keys_find_prefers_the_longest_phrase_left_to_right():
    index = PhraseIndex()
    for name in ("وزیر", "وزیر امور خارجه", "امور", "وزارتخانه"):
        index.add(name, name)
    tokens = fold_tokens("وزیر امور خارجه و وزیر امور و وزارتخانه‌ها")
    found = [(start, end, value) for start, end, value in index.find(tokens)]
    assert found == [(0, 3, "وزیر امور خارجه"), (4, 5, "وزیر"), (5, 6, "امور"), (7, 8, "وزارتخانه")]


def test_keys_find_skips_a_phrase_longer_than_what_is_left():
    index = PhraseIndex()
    index.add("وزیر امور خارجه", "long")
    index.add("وزیر", "short")
    assert index.find(fold_tokens("گفت وزیر امور")) == [(1, 2, "short")]


def test_keys_word_range_covers_the_words_inside_a_span():
    text = "علی رضایی گفت: نشست بین‌المللی آغاز شد."
    words = split_words(text)
    start = text.index("رضایی")
    assert word_range(words, 0, start + len("رضایی")) == (0, 2)
    assert word_range(words, text.index("بین"), len(text)) == (4, 8)  # «بین‌المللی» folds to two words
    assert word_range(words, 3, 4) == (0, 0)
