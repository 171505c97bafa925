"""The mood of a predicate: whether its sentence reports it as done, or negates, plans, conditions or asks it."""

from __future__ import annotations

import re

from khabar.analysis import Event, Sentence, TimeExpression
from khabar.events.arguments import clause_end, clause_start, is_verb
from khabar.events.patterns import (
    FUTURE_MARKERS,
    HYPOTHETICAL_MARKERS,
    IRREALIS_VERB,
    NEGATED_VERB,
    QUESTION,
    SENTENCE_HYPOTHETICAL,
)

INDICATIVE_PRESENT = frozenset({"دار"})  # «دارد» is indicative without «می»
# Adjuncts that present a nominal event as past: «پس از سفر …»، «در پی حملات …».
AFTER = re.compile(r"(?:پس از|بعد از|در پی|به دنبال|در جریان)(?![\w\u200c])")
AFTER_END = re.compile(r"(?<![\w\u200c])(?:پس از|بعد از|در پی|به دنبال|در جریان)\s*$")
PURPOSE = re.compile(r"(?:برای|جهت|منظور|طرح|طرحی|قصد|تهدید به|طرفدار|خواستار)\s*$")


def is_subjunctive(match: re.Match[str]) -> bool:
    """Tell whether the predicate's verb is a present subjunctive («کند»، «بکنند»): a wish, purpose or plan."""
    if "verb" not in match.re.groupindex or match.group("verb") is None:
        return False
    verb = match.group("verb")
    if match.group("past"):
        return bool(re.search(r"باشد|باشند", verb))
    return not match.group("prog") and match.group("pres") not in INDICATIVE_PRESENT and not match.group("aux")


def flag(event: Event, sentence: str, match: re.Match[str]) -> Event:
    """Set the negated, future and hypothetical flags from the verb and the words before it in its clause."""
    before = sentence[clause_start(sentence, match.start()) : match.start()]
    verb_groups = "verb" in match.re.groupindex and match.group("verb") is not None
    event.negated = bool(verb_groups and match.group("neg"))
    event.future = bool(verb_groups and match.group("aux")) or bool(FUTURE_MARKERS.search(before))
    event.hypothetical = (
        is_subjunctive(match)
        or bool(HYPOTHETICAL_MARKERS.search(before))
        or bool(SENTENCE_HYPOTHETICAL.search(sentence[: match.start()]))
        or bool(QUESTION.search(sentence))
    )
    if verb_groups and match.group("pres") and match.group("prog") and in_relative_clause(sentence, match.start()):
        event.hypothetical = True  # «اشخاصی که از او حمایت می‌کنند»: what some people do, not an event
    if not verb_groups and (AFTER.match(match.group()) or AFTER_END.search(before)):
        return event  # «پس از سفر خود به یزد …»: what a clause follows has happened, whatever the clause says
    if not verb_groups:
        # A nominal predicate: its mood is that of the verb closing its clause, and «برای حمله»/«عدم ارسال»
        # name a purpose or an absence, not an act.
        rest = sentence[match.end() : clause_end(sentence, match.end())]
        event.hypothetical = event.hypothetical or bool(IRREALIS_VERB.search(rest)) or bool(PURPOSE.search(before))
        event.negated = bool(NEGATED_VERB.search(rest)) or before.rstrip().endswith("عدم")
    return event


def in_relative_clause(sentence: str, position: int) -> bool:
    """Tell whether `position` is in a clause opened by a relative «که» (after a noun, not after a verb)."""
    opening = clause_start(sentence, position)
    head = sentence[:opening].rstrip()
    if not head.endswith("که"):
        return False
    words = head[:-2].split()
    return bool(words) and not is_verb(words[-1].strip("،,»\""))


def names_later_day(sentence: Sentence, times: list[TimeExpression], published: str | None) -> bool:
    """Tell whether the sentence dates itself after publication («اواخر ماه جاری» in an early-month article):
    a present-tense or nominal predicate is then a plan."""
    if not published:
        return False
    for time in times:
        if sentence.start <= time.start < sentence.end and time.value and time.value[:1].isdigit():
            start = time.value.split("/")[0]
            if len(start) == 10 and start > published:
                return True
    return False
