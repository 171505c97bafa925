"""Headlines that repeat the report under them: one record per event, the report's, not the headline's.

A roundup article runs «headline / report» pairs, each headline a paragraph with no final stop; a title of the
form «پاول: …» quotes what the body then reports with its verb. Both name an event the text under them reports
again: the headline's copy is dropped when its report holds an event of the same type.
"""

from __future__ import annotations

import re

from khabar.analysis import Analysis, Event

# A paragraph that ends in one of these is a report, not a headline.
FINAL_STOPS = ".!؟?…"
CLOSING_QUOTES = "»\"”' "
MAX_HEADLINE_WORDS = 25  # per part: a Fars headline may join several with «/»
# A title that quotes its speaker without a reporting verb: «بوش: سوریه بایستی …».
QUOTING_TITLE = re.compile(r"^[^:،.]{2,40}:")


# A title that asks a party in the subjunctive with no modal («کانادا از اقدامات شتابزده خودداری کند»، «X: آمریکا
# به تصمیم پارلمان عراق احترام بگذارد»): the demand its report goes on to quote. The active verb closes the title: a
# compound's light verb or a «ب» subjunctive of the list (a past «بستند»، a place «بویراحمد» is none); a passive
# («… ایجاد شود») or «باشد» asks no one.
SUBJUNCTIVE_END = re.compile(
    r"(?<![\w\u200c])(?:کند|کنند|نماید|نمایند|دهد|دهند|گیرد|گیرند|گذارد|گذارند|بردارد|بردارند|بگذارد|بگذارند|"
    r"بپذیرد|بپذیرند|بپردازد|بپردازند|بدهد|بدهند|بکند|بکنند|بگیرد|بگیرند|بماند|بمانند|بکشد|بکشند|بیندیشد|"
    r"بیندیشند|بازگردد|بازگردند|بپیوندد|بپیوندند|بایستد|بایستند)$"
)
# What makes a subjunctive no demand: another verb that governs it (a wish, a modal, a plan, an ability, a
# purpose), a question, a condition; a modal title is a statement the report codes.
NOT_DEMANDED = re.compile(
    r"(?<![\w\u200c])(?:می|نمی)[ \u200c]|خواهد|خواهند|امیدوار|آیا|؟|اگر|چنانچه|باید|نباید|بایستی|"
    r"(?<![\w\u200c])(?:تا|که|برای|مبادا|حق)(?![\w\u200c])|قرار است|ممکن|احتمال|شاید|توانست|نگذاریم|نمی‌گذاریم"
)


def title_demand(title: str) -> tuple[str, str] | None:
    """Return the speaker and the words of a title's demand in the subjunctive, or None: the speaker is the part
    before «:» («» when the title names none); a title of several parts joined by «/» is read part by part."""
    for part in title.split("/"):
        part = part.strip().rstrip(".!")
        speaker, _, demand = part.rpartition(":") if QUOTING_TITLE.match(part) else ("", "", part)
        demand = demand.strip()
        if len(demand.split()) >= 3 and SUBJUNCTIVE_END.search(demand) and not NOT_DEMANDED.search(demand):
            return speaker.strip(), demand
    return None


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """Return the start and end of the paragraph (line) that holds `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def report_span(analysis: Analysis, event: Event) -> tuple[int, int] | None:
    """Return the span of text that reports again what the event's headline says, or None if it is no headline."""
    text = analysis.text
    if analysis.title and event.start < analysis.body_start:
        return (analysis.body_start, len(text)) if QUOTING_TITLE.match(analysis.title) else None
    start, end = paragraph_bounds(text, event.start)
    paragraph = text[start:end].strip().rstrip(CLOSING_QUOTES)
    if (
        not paragraph
        or end >= len(text)
        or text[start : event.start].strip()
        or text[event.end : end].strip(CLOSING_QUOTES + FINAL_STOPS)  # the sentence is the whole paragraph
        or paragraph[-1] in FINAL_STOPS
        or max(len(part.split()) for part in paragraph.split("/")) > MAX_HEADLINE_WORDS
    ):
        return None
    return paragraph_bounds(text, end + 1)


def flagged(event: Event) -> bool:
    """Tell whether an event is reported as not having happened."""
    return event.negated or event.future or event.hypothetical


def drop_headline_repeats(events: list[Event], analysis: Analysis) -> list[Event]:
    """Drop each headline event whose report under it holds an event of the same type."""
    kept = []
    for event in events:
        span = report_span(analysis, event)
        if span is not None and any(
            other.type == event.type and span[0] <= other.start < span[1] and not flagged(other) for other in events
        ):
            continue
        kept.append(event)
    return kept
