"""The sentence model (events/learned.py): which types a sentence reports, learned from the annotated articles, adds
an event where the patterns found none of that type in a sentence that names no foreign state: by the sentence's
subject, on the home state it names or a body of the subject's own state. The small models here are written by
hand; one test reads the shipped model."""

from __future__ import annotations

import pytest

from khabar.events.learned import (
    SentenceTypes,
    load_sentence_types,
    sentence_features,
    sentence_types_in_use,
)

from .helpers import countries, happened_types, only

TYPES = ("ACCUSE", "CONSULT", "REQUEST")


def made_up_model(word: str, kind: str, weight: float = 3.0) -> SentenceTypes:
    """A model sure of `kind` (probability about 0.73) when `word` is in the sentence, sure of nothing otherwise."""
    row = tuple(weight if name == kind else 0.0 for name in TYPES)
    return SentenceTypes(types=TYPES, biases=(-2.0,) * len(TYPES), weights={word: row}, threshold=0.5)


def test_sentence_features_are_words_and_word_beginnings():
    features = sentence_features("وزیر خارجه كشور")  # an Arabic kaf, read as the Persian one
    assert features == ["وزیر", "خارجه", "کشور", "وزیر~", "خارج~", "کشور~"]


def test_scores_read_each_feature_once_as_the_features_list_them():
    model = SentenceTypes(
        types=TYPES, biases=(0.0, 0.0, 0.0), weights={"محکوم": (1.0, 0.0, 0.0), "محکو~": (0.5, 0.0, 0.0)},
        threshold=0.5,
    )
    # «محکوم» twice and «محکومیت» share one beginning: the word counts once, the beginning once.
    assert model.scores("محکوم و محکوم و محکومیت")[0] == pytest.approx(1.5)
    assert model.scores("محکومیت")[0] == pytest.approx(0.5)


def test_likely_types_follow_the_threshold_surest_first():
    model = SentenceTypes(
        types=TYPES, biases=(-2.0, -2.0, -2.0),
        weights={"انتقاد": (3.0, 0.0, 2.5), "دیدار": (0.0, 1.0, 0.0)}, threshold=0.5,
    )
    assert model.likely_types("وزیر از سیاست‌ها انتقاد کرد") == ["ACCUSE", "REQUEST"]
    assert model.likely_types("دیدار انجام شد") == []  # CONSULT at 0.27
    assert model.probabilities("هیچ")["CONSULT"] == pytest.approx(1 / (1 + 2.718281828**2), rel=1e-6)


def test_model_reads_back_what_it_wrote():
    model = SentenceTypes(
        types=TYPES, biases=(-1.5, -2.0, -0.25), weights={"الف": (0.5, -0.25, 1.0), "ب_پ": (0.0, 2.0, 0.0)},
        threshold=0.4,
    )
    again = SentenceTypes.from_lines(model.dump_lines())
    assert again.types == model.types and again.threshold == 0.4
    for text in ("الف ب پ", "ب پ", "هیچ"):
        assert again.probabilities(text) == pytest.approx(model.probabilities(text))


def test_events_learned_event_by_the_subject_on_the_home_state_it_names(analyse):
    text = "سفیر فرانسه امروز سخنرانی کرد.\nوی درباره ایران سخنانی زیگزاگ گفت."
    with sentence_types_in_use(None):
        assert happened_types(analyse(text)) == []
    with sentence_types_in_use(made_up_model("زیگزاگ", "ACCUSE")):
        event = only(analyse(text), "ACCUSE")
    assert countries(event.actors) == ["FRA"] and countries(event.recipients) == ["IRN"]


def test_events_learned_event_not_added_where_a_foreign_state_is_named(analyse):
    with sentence_types_in_use(made_up_model("زیگزاگ", "ACCUSE")):
        assert happened_types(analyse("وزیر خارجه فرانسه درباره آلمان سخنانی زیگزاگ گفت.")) == []
        assert happened_types(analyse("وزیر کشور ایران درباره آلمان سخنانی زیگزاگ گفت.")) == []


def test_events_learned_event_on_a_body_of_the_subjects_own_state(analyse):
    sentence = "وزیر کشور ایران گفت: مسئولان کارهای زیگزاگ را انجام دهند."
    with sentence_types_in_use(made_up_model("زیگزاگ", "REQUEST")):
        event = only(analyse(sentence), "REQUEST")
    assert countries(event.actors) == ["IRN"]
    assert [(r.text, r.country) for r in event.recipients] == [("مسئولان", "IRN")]


def test_events_learned_type_the_patterns_found_is_not_added_again(analyse):
    sentence = "وزارت خارجه ایران اقدام آمریکا را محکوم کرد."
    with sentence_types_in_use(None):
        alone = happened_types(analyse(sentence))
    with sentence_types_in_use(made_up_model("محکوم", "ACCUSE")):
        assert happened_types(analyse(sentence)) == alone == ["ACCUSE"]


def test_events_learned_event_in_a_question_did_not_happen(analyse):
    with sentence_types_in_use(made_up_model("زیگزاگ", "ACCUSE")):
        events = analyse("آیا وزیر کشور ایران درباره مسئولان سخنانی زیگزاگ گفت؟")
    assert [event.type for event in events] == ["ACCUSE"] and events[0].hypothetical
    assert happened_types(events) == []


def test_events_shipped_model_codes_a_demand_the_patterns_miss(analyse):
    sentence = (
        "وی ادامه داد: با توجه به اینکه نیروهای امدادی در تمامی حوادث حضور دارند لازم است آموزش‌های لازم را هم "
        "دیده باشند تا کمک بیشتری به مردم کنند."
    )
    with sentence_types_in_use(None):
        assert happened_types(analyse(sentence)) == []
    assert load_sentence_types().likely_types(sentence) == ["REQUEST"]
    assert happened_types(analyse(sentence)) == ["REQUEST"]



def test_events_learned_event_on_the_people_the_sentence_names(analyse):
    sentence = "فرماندار شهرستان گفت: شهروندان کارهای زیگزاگ را انجام دهند."
    with sentence_types_in_use(made_up_model("زیگزاگ", "REQUEST")):
        event = only(analyse(sentence), "REQUEST")
    assert [(r.text, r.country) for r in event.recipients] == [("شهروندان", "IRN")]
