"""One record per event: drop the copies of an event that a report tells more than once.

A report names an event by a noun in an adjunct («پس از بازداشت X») or after a demonstrative («این انفجار») and tells
it with its verb elsewhere; states an act and then its result in one sentence; quotes one demand from several
outlets; relays a media report that its own title denies; tells what demonstrators demanded, which is their
protest (PLOVER: a demand made by demonstrating is PROTEST); or tells an act with no actor again of the same
recipients. The GUIDE counts each event once. Headlines that repeat their report are handled in
khabar.events.headlines.
"""

from __future__ import annotations

import re

from khabar.analysis import Analysis, Event, Participant
from khabar.events.patterns import EventPattern

# A noun in an adjunct that names an event reported elsewhere too («پس از بازداشت X، …»).
ADJUNCT = re.compile(r"(?:پس از|بعد از|در پی|به دنبال|در جریان|در اعتراض به|در واکنش به|در محکومیت)[ \u200c]")
# A noun after a demonstrative names an event already told («این انفجار ۳۰ کشته بر جای گذاشت»).
ANAPHORIC = re.compile(r"(?<![\w\u200c])(?:این|همین|آن)[ \u200c]+$")
# Meetings are many in one article («پس از دیدار با X … با Y دیدار کرد»): a nominal one is its own event.
REPEATED_TYPES = frozenset({"COERCE", "ASSAULT", "RETREAT", "SANCTION", "SUPPORT", "PROTEST"})
# A title that denies a report («… شایعه پیوستن به دولت را تکذیب کرد»): what the media are said to have reported
# in the body is the report denied, no event.
DENIED_REPORT = re.compile(
    r"(?<![\w\u200c])(?:شایعه|شایعات|خبر|اخبار|گزارش|گزارش‌های|گزارش‌ها|ادعای)(?![\w\u200c])[^.:؛]{0,80}?"
    r"[ \u200c]را[ \u200c]+(?:[^\s.،:]+[ \u200c]+){0,2}(?:تکذیب|رد)[ \u200c]+(?:کرد|کردند|شد)(?![\w\u200c])"
)
MEDIA_REPORT = re.compile(
    r"(?<![\w\u200c])(?:رسانه‌ها|رسانه‌های|منابع|برخی منابع|خبرگزاری‌ها|خبرگزاری‌های|روزنامه‌ها|روزنامه‌های)"
    r"(?![\w\u200c])[^.:؛]{0,80}?(?:اعلام|گزارش|خبر|ادعا)[ \u200c]+"
    r"(?:کردند|دادند|کرده بودند|داده بودند|کرده‌اند|داده‌اند)(?![\w\u200c])"
)
# A sentence that opens on an incident already told: «این حادثه / این واقعه … رخ داد که …».
RETOLD_INCIDENT = re.compile(r"^\s*(?:این|همین)[ \u200c]+(?:حادثه|واقعه|رویداد|اتفاق|ماجرا)(?![\w\u200c])")
# Demands an article may quote again from other outlets; told with the same first words, they are one.
RETOLD_TYPES = frozenset({"REQUEST"})  # condemnations open with generic words («… را به شدت محکوم»)
RETOLD_WORDS = 3


# A demonstration held, or its crowd, in the sentence of a demand («معترضان … در طول تظاهرات … خواستار … شدند»); not
# one asked for («درخواست … نسبت به انجام تجمع»).
DEMONSTRATION = re.compile(
    r"(?<![\w\u200c])(?:(?:در|طی|ضمن|با برگزاری)[ \u200c]+(?:(?:طول|جریان)[ \u200c]+)?"
    r"(?:تظاهرات|راهپیمایی|تجمع|تجمعات|تحصن)|معترضان|معترضین|تظاهرکنندگان|تظاهر کنندگان|راهپیمایان|تجمع‌کنندگان)"
    r"(?![\w\u200c])"
)

# A request made of someone: «از X خواستند / درخواست کردند»، «از مردم دعوت می‌کند … در راهپیمایی شرکت کنند».
ADDRESSED = re.compile(r"(?<![\w\u200c])از[ \u200c][^.،:؛]{1,80}?(?:خواست|درخواست|تقاضا|دعوت)")


def states(parts: list[Participant]) -> frozenset[str]:
    """Return the states of some participants."""
    return frozenset(p.country for p in parts if p.country)


def is_told(event: Event) -> bool:
    """Tell whether an event is reported as having happened (not negated, future or hypothetical)."""
    return not (event.negated or event.future or event.hypothetical)


def drop_agentless_repeats(events: list[Event]) -> list[Event]:
    """Drop an event with no actor when its sentence reports one of the same type with one: «… آتش گشودند که
    بر اثر این تیراندازی دو تن زخمی شدند» is one assault, told as the act and as its result."""
    with_actor = {(e.start, e.type) for e in events if e.actors and is_told(e)}
    return [e for e in events if e.actors or (e.start, e.type) not in with_actor]


def drop_adjunct_repeats(events: list[Event], adjuncts: set[int]) -> list[Event]:
    """Drop an event named by a noun in an adjunct («پس از بازداشت X») when the article reports one of its type with
    its own verb whose participants share a state with it (or it names none): one record per event."""
    reported = [e for e in events if id(e) not in adjuncts and is_told(e)]
    return [
        e for e in events
        if id(e) not in adjuncts
        or not any(
            o.type == e.type and (not states(e.actors + e.recipients) or states(e.actors + e.recipients)
                                  & states(o.actors + o.recipients))
            for o in reported
        )
    ]


def drop_anaphoric_repeats(events: list[Event], anaphoric: set[int]) -> list[Event]:
    """Drop an event named by a noun after a demonstrative («این انفجار ۳۰ کشته بر جای گذاشت») when an earlier event
    of its type shares a state with it and its actors add no state of their own: the same event told again. With
    actors of another state («… نیروهای هند نیز به آتش متقابل پرداختند که این درگیری …») it is another event."""
    kept: list[Event] = []
    for event in events:
        own = states(event.actors + event.recipients)
        if id(event) in anaphoric and any(
            o.type == event.type and is_told(o)
            and states(event.actors) <= states(o.actors) and (not own or own & states(o.actors + o.recipients))
            for o in kept
        ):
            continue
        kept.append(event)
    return kept


def drop_retold_incidents(events: list[Event]) -> list[Event]:
    """Drop an event told again in a sentence that opens on the incident itself («این حادثه در ۷ ژوئن رخ داد که
    در آن یک سرباز … شلیک کرد») when an earlier event of its type has the same acting states: the detail of one
    event, not a second one."""
    kept: list[Event] = []
    for event in events:
        if RETOLD_INCIDENT.match(event.sentence) and any(
            o.type == event.type and is_told(o) and o.start < event.start and states(event.actors) <= states(o.actors)
            for o in kept
        ):
            continue
        kept.append(event)
    return kept


def drop_denied_reports(events: list[Event], analysis: Analysis) -> list[Event]:
    """Drop the events of a media report that the article's title denies («حزب اسلامی شایعه پیوستن به دولت را
    تکذیب کرد» over «رسانه‌ها اعلام کردند که حکمتیار هوادارانش را به آتش‌بس فراخوانده است»)."""
    if not analysis.title or not DENIED_REPORT.search(analysis.title):
        return events
    return [e for e in events if e.start < analysis.body_start or not MEDIA_REPORT.search(e.sentence)]


def drop_retold_acts(events: list[Event], openings: dict[int, str | None], body_start: int) -> list[Event]:
    """Drop a demand told again in a later sentence (the same demand quoted from several outlets: «X نیز گزارش
    داد، … خواستار تحریم کنفرانس … شدند»): same type, same actors' states, and its predicate opening with the same
    words. One record per event (GUIDE.md). A headline is matched to its report elsewhere: it hides nothing here."""
    told: set[tuple] = set()
    kept: list[Event] = []
    for event in events:
        key = (event.type, states(event.actors), openings.get(id(event)))
        done = is_told(event) and event.start >= body_start
        if key[1] and key[2] and done:
            if key in told:
                continue
            told.add(key)
        kept.append(event)
    return kept


def predicate_opening(pattern: EventPattern, match: re.Match[str]) -> str | None:
    """Return the first words of a demand's predicate («خواستار تحریم کنفرانس»), to tell it when retold."""
    if pattern.type not in RETOLD_TYPES:
        return None
    words = match.group().replace("\u200c", " ").split()
    return " ".join(words[:RETOLD_WORDS]) if len(words) > RETOLD_WORDS else None


def demonstrated_demands(events: list[Event]) -> list[Event]:
    """Code a demand told with a demonstration as the protest it is: dropped when its sentence already holds a
    protest, else kept as PROTEST (mode demo). A request made of a named party («از دیوان عالی خواستند») stays a
    REQUEST."""
    protests = {e.start for e in events if e.type == "PROTEST" and is_told(e)}
    kept: list[Event] = []
    for event in events:
        if event.type == "REQUEST" and not ADDRESSED.search(event.sentence) and (
            event.start in protests or DEMONSTRATION.search(event.sentence)
        ):
            if event.start in protests:
                continue
            event = event.model_copy(update={"type": "PROTEST", "mode": "demo"})
            protests.add(event.start)
        kept.append(event)
    return kept


def drop_agentless_retellings(events: list[Event]) -> list[Event]:
    """Keep the first of the events of a type that name no actor and the same recipients («کشتارگاه باشت پلمب شد» in
    the title, the lead and a quote): one act told again."""
    seen: set[tuple] = set()
    kept = []
    for event in events:
        if not event.actors and event.recipients and is_told(event):
            key = (event.type, tuple(sorted(p.text for p in event.recipients)))
            if key in seen:
                continue
            seen.add(key)
        kept.append(event)
    return kept
