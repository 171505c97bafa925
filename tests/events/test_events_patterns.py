"""The predicate index: every predicate runs only on sentences holding one of its anchor words."""

from __future__ import annotations

from khabar.events.patterns import find_all, find_anchors, load_index, load_patterns, translate


def test_events_light_verb_gives_anchors_when_nothing_else_does():
    assert set(find_anchors("از … {خواست}")) == {"خواست", "خواه"}


def test_events_telling_word_outranks_light_verb_stems():
    assert find_anchors("(?:عذرخواهی|پوزش) {خواست}") == ("عذرخواهی", "پوزش")


def test_events_every_match_holds_an_anchor_of_its_predicate():
    sentences = [
        "وزیر از روسیه خواست که نیروهایش را خارج کند",
        "وزیران دو کشور قرارداد را به امضا رساندند",
        "شبه‌نظامیان دو مهندس را به گروگان گرفتند",
        "او در حال تحقیق درباره این پرونده است",
    ]
    for pattern in load_patterns():
        for sentence in sentences:
            if pattern.regex.search(sentence) and pattern.anchors:
                assert any(anchor in sentence for anchor in pattern.anchors), (pattern.line, sentence)


def test_events_index_skips_predicates_whose_anchors_are_absent():
    index = load_index()
    trigger = translate(
        "(?<!تشکر\\s)(?<!قدردانی\\s)(?<!تقدیر\\s)(?<!سپاسگزاری\\s)از … {خواست}(?![\\w\\u200c])(?<!خواستار)"
    )
    request = next(p for p in load_patterns() if p.regex.pattern == trigger)
    assert request not in index.candidates("سفیر ژاپن به تهران سفر کرد")
    assert request in index.candidates("وزیر از روسیه خواست")


def test_events_find_all_gives_the_matches_of_the_whole_regex():
    # Triggers inside longer words («ناامضا», «بازدیدکننده») and back to back, partitives, the start of the line.
    sentences = [
        "امضا شد و وزیر از روسیه خواست که یکی از اعضای هیئت را آزاد کند و از چین خواست که بیاید",
        "بازدیدکنندگان از نمایشگاه دیدن کردند و ناامضا ماند اما سفیر از تهران دیدن کرد",
        "شبه‌نظامیان دو مهندس را به گروگان گرفتند و نیروهای پلیس آنها را دستگیر کردند",
        "رئیس‌جمهور با همتای خود دیدار و گفت‌وگو کرد و دو کشور قرارداد همکاری امضا کردند",
        "دادگاه پرونده را مسترد کرد و پلیس او را بازداشت کرد",
        "آنها ابرتهدید کردند و ناسفر کرد و دوباره تهدید کرد",
    ]
    for pattern in load_patterns():
        for sentence in sentences:
            expected = [(m.span(), m.groups()) for m in pattern.regex.finditer(sentence)]
            assert [(m.span(), m.groups()) for m in find_all(pattern, sentence)] == expected, pattern.line
