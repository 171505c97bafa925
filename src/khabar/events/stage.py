"""The `events` stage: code who did what to whom, where and when, in PLOVER types, from Persian predicates.

Each predicate of data/event_patterns.tsv that occurs in a sentence gives one event: its participants are found
around it (subject, object, prepositional phrase or passive agent, per predicate), coded by the resolver, and
flagged when the sentence negates, plans, conditions or asks about it rather than reporting it as done. A
reported statement («X گفت: …») is coded by what its content does: a criticism (data/event_criticism.txt) is
ACCUSE disapprove, a demand addressed to a named state is REQUEST. A dropped subject, or one that names no one,
is the previous sentence's; a pronoun is the person the resolver linked it to; a bare surname takes the country of
its earlier, fuller mention. A person the resolver could not place is placed only by what the text says of them
(a title after the name, the state body whose report gives their words), or in Iran when the article is mostly
about Iran; a state body that names no country is in the state the article is mostly about. «او» in what a
speaker reports («… مدعی شد که ایران از او خواسته») is the speaker. A recipient that names no state is looked for
inside the predicate («خواستار رسیدگی مجلس … شد») and then in its clause; people with no state of their own
(«۵۰۸ زندانی») belong to the acting state, or, when harmed or held, to the place where it happened, the place
the report is filed from or the article's.
A warning that binds a state («هشدار داد: «روسیه نباید …»») is a demand on it; an agentless sanction or arrest
that an authority announces («… اعلام کرد که بانک … مورد تحریم قرار گرفت») is the authority's. One act is one
record: the copies a report tells of one event are dropped (khabar.events.repeats), as is a headline the report
under it repeats (khabar.events.headlines). A warning of a danger that is addressed
to no other party is not a threat, nor is a present «… را تهدید می‌کند»; people who hold no office entering a
place of their own state are coming home, not visiting. An expectation («در انتظار این امر است که ایران …») is a
demand on the state its complement names, and no event when it names none. A title that asks a party in the
subjunctive («کانادا از اقدامات شتابزده خودداری کند») is a demand when the report under it codes none. Last, in a
sentence that names no foreign state, a type the sentence model (khabar.events.learned) is sure of and the patterns
did not find there is an event too (`learned_events`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from khabar.analysis import Analysis, Dateline, Entity, Event, Participant, Sentence, SourceCredit, TimeExpression
from khabar.events.arguments import (
    FINITE_VERB,
    MEDIATION_HEADS,
    PROGRESSIVE_CLOSE,
    RELATIVE,
    Phrase,
    body_in_locative,
    clause_end,
    clause_start,
    conjunct_start,
    cut_before_object,
    find_after_marker,
    find_agent,
    find_inside,
    find_object,
    find_sentence_subject,
    find_subject,
    genitive_agent,
    is_located,
    names_state,
    opens_inner_phrase,
    past_time_span,
    pattern_needs,
    phrase_forward,
    skip_lead_ins,
)
from khabar.events.headlines import drop_headline_repeats, title_demand
from khabar.events.repeats import (
    ADJUNCT,
    ANAPHORIC,
    REPEATED_TYPES,
    demonstrated_demands,
    drop_adjunct_repeats,
    drop_agentless_repeats,
    drop_agentless_retellings,
    drop_anaphoric_repeats,
    drop_denied_reports,
    drop_retold_acts,
    drop_retold_incidents,
    predicate_opening,
    states,
)
from khabar.events.participants import (
    HOME_COUNTRY,
    STATE_GROUP,
    code_phrase,
    first_placed_people,
    locates_story,
    names_people,
    names_town,
    place_people,
    resolved_pronoun,
    tied_country,
)
from khabar.events.learned import sentence_types
from khabar.events.mood import flag, names_later_day
from khabar.events.patterns import (
    AGENT_MARKERS,
    ANAPHORIC_COUNTRY,
    BARE_CREDIT,
    CLAUSE_BREAK,
    MEDIA,
    PARTITIVES,
    PHRASE_STOPS,
    QUESTION,
    REPORTED_STATEMENT,
    EventPattern,
    PatternIndex,
    find_all,
    has_verb,
    load_index,
)
from khabar.events.statements import (
    PLACE,
    addressed_party,
    addressee_in_statement,
    find_filing_country,
    find_statement_events,
    locate_victims,
    name_states,
    own_bodies,
    speakers_country,
    warned_party,
)
from khabar.pipeline import stage

CONTEXTS_FILE = "event_contexts.tsv"
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FULL_NAME_SENTENCES = 3
ANTECEDENT_SENTENCES = 3  # how many sentences back a dropped subject's antecedent is looked for
# Types whose victims take the country of the place where it happened, when they name none.
PLACED_TYPES = frozenset({"ASSAULT", "COERCE"})
CROWD_TYPES = frozenset({"ASSAULT", "PROTEST"})  # acts done by crowds of a place: protesters, attackers
# Codes of international bodies: an article mostly about one does not place a ministry or parliament.
INTERNATIONAL_CODES = frozenset({None, "UNO", "EUR", "IGO", "NGO"})
# Pronouns that stand for one person, and the verbs of saying whose «که» clause they may point back from.
SPEAKER_PRONOUNS = frozenset({"او", "وی"})
# Types of force used somewhere: an army or police named by no state is that of the place («ارتش … در جنوب یمن»).
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# Prepositions whose phrase names both sides of an act («بین X و Y»), and the types whose two sides act together.
SIDES = frozenset({"بین", "میان"})
ANAPHORIC_REGIME = re.compile(r"(?:این|آن|همین)[ \u200c]+رژیم(?![\w\u200c])")
# «طرفین»، «دو طرف»: the parties of the meeting told last («در این دیدار طرفین بر گسترش روابط تاکید کردند»).
BOTH_SIDES = re.compile(r"(?:طرفین|دو[ \u200c]+طرف)")
# «دو کشور» with no state named after it («روسای جمهور دو کشور»، «سفرای دو کشور»): the two states named last.
# An adjunct of time or cause that opens a sentence, right before a noun predicate («به دنبال حمله …»).
OPENING_ADJUNCT = re.compile(r"[\s\u200c\-–—•*]*(?:پس از|بعد از|در پی|به دنبال|به دلیل|در جریان)[ \u200c]+")
TWO_STATES = re.compile(r"(?<![\w\u200c])دو[ \u200c]+کشور(?![\w\u200c])")
JOINT_TYPES = frozenset({"SUPPORT"})
REPORTING_COMPLEMENT = re.compile(
    r"(?:گفت|افزود|اعلام کرد|مدعی شد|ادعا کرد|نوشت|تاکید کرد|تأکید کرد|اظهار داشت)[ \u200c]+که[ \u200c]*$"
)
# A verb of saying whose report opens with its condition, with no «که» or colon («الهاشمی اعلام کرد در صورتی که …
# آن را وتو خواهد کرد»): what follows is announced.
REPORTED_CONDITION = re.compile(
    r"(?:گفت|افزود|اعلام کرد|تاکید کرد|تأکید کرد|اظهار داشت|تصریح کرد|هشدار داد)[ \u200c]+(?:که[ \u200c]+)?"
    r"(?:اگر|چنانچه|در صورتی|درصورتی|در صورت)(?![\w\u200c])"
)
# Types whose recipient a following quotation may name («هشدار داد و گفت: … ایران …»).
ADDRESSED_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT"})
# A warning («هشدار داد»), and a speaker's own future («پاسخ خواهیم داد»): a warning that says what the speaker
# will do is a threat.
WARNING = re.compile(r"هشدار")
ENTERED = re.compile(r"وارد[ \u200c]")  # «وارد مسکو شد»
# Going to the host's place before meeting them («با حضور در ستاد وزارت دفاع با … دیدار کرد»): a visit. Not a
# meeting, programme or chamber the speaker attends («با حضور در نشست خبری»، «با حضور در صحن علنی مجلس»).
WENT_TO = re.compile(
    r"(?<![\w\u200c])با[ \u200c]+حضور[ \u200c]+در[ \u200c]+(?!(?:جلسه|جلسات|نشست|همایش|مراسم|اجلاس|اجلاسیه|"
    r"برنامه|صحن|جمع|کنفرانس|گردهمایی|سمینار|کنگره)(?![\w\u200c]))[^.،:؛]+$"
)
OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})
SPEAKER_WILL = re.compile(r"(?<![\w\u200c])خواه(?:یم|م)(?![\w\u200c])")
# Words that open a counted phrase: never the genitive agent of the noun before it.
COUNTS = frozenset("یک دو سه چهار پنج شش هفت هشت نه ده صدها هزاران ده‌ها چند".split())
# Types whose target only a marker names: «در حمایت از فلسطین تظاهرات کردند» is not against Palestine.
MARKED_ONLY_TYPES = frozenset({"PROTEST"})
# A military exercise is MOBILIZE when one state holds it, COOPERATE when an alliance or several states do (PLOVER).
EXERCISE = re.compile(r"مانور|رزمایش")
# Help told by «کمک کرد» / «کمک می‌کند» / «یاری رساند» alone, with no word for what was given.
BARE_HELP = re.compile(
    r"(?:کمک|یاری)[ \u200c]+(?:ن?می[ \u200c]?|ن?خواه\S*[ \u200c]+|ن?ب?)?(?:کرد|کن|نمود|نما|رساند|رسان)"
)
ALLIANCE = re.compile(r"ناتو|پیمان|ائتلاف|کشورهای عضو|متحدان")
# Acts only an authority performs: when the report gives no agent, the authority announcing it is the one.
AUTHORITY_TYPES = frozenset({"SANCTION", "COERCE"})
ANNOUNCED = re.compile(r"اعلام (?:کرد|کردند|کرده است|کرده‌اند|نمود) که")
NAMED_TYPES = frozenset({"PER", "ORG", "POG", "LOC", "GPE"})
APPOSITION = re.compile(r"[»\"']?\s*،\s*")
NAME_WORD = re.compile(r"[\w\u200c]{3,}")
# An expectation whose complement says what another party should do («در انتظار … است که …»، «انتظار دارد که …»).
EXPECTATION = re.compile(r"(?:انتظار|منتظر)[^.]*(?:که|تا)$")


@dataclass
class Subject:
    """A sentence's opening subject, coded only when an event needs it (coding costs a resolver lookup)."""

    phrase: Phrase | None
    sentence: Sentence
    entities: list[Entity]
    reading: Reading
    _coded: list[Participant] | None = None

    def participants(self) -> list[Participant]:
        """Return the coded subject ([] when the sentence has none or only a pronoun)."""
        if self._coded is None:
            if self.phrase is None:
                self._coded = []
            elif self.phrase.is_anaphoric:
                self._coded = resolved_pronoun(self.phrase, self.sentence.start, self.entities)
            else:
                coded = code_phrase(
                    self.phrase, self.sentence.start, self.entities, self.reading.country,
                    setting=self.reading.setting,
                )
                coded = add_apposition(
                    coded, self.phrase, self.sentence, len(self.sentence.text), self.entities, self.reading.country
                )
                coded = self.reading.complete(coded)
                # A phrase that names no one («این افراد می‌توان») is no subject to take or to pass on.
                self._coded = coded if any(names_someone(p) for p in coded) else []
                self.reading.remember(self._coded)
        return self._coded


@dataclass
class Reading:
    """What the article has established so far: the subject a later sentence may drop, the last country."""

    subjects: list[Subject] = field(default_factory=list)
    country: str | None = None
    names: dict[str, Participant] = field(default_factory=dict)
    people: dict[str, Participant] = field(default_factory=dict)
    dominant: str | None = None
    filed_from: str | None = None
    ties: dict[str, str | None] = field(default_factory=dict)
    regime: str | None = None  # the state of the last «رژیم …» named, which «این رژیم» points to
    sides: list[Participant] = field(default_factory=list)  # the parties of the last meeting, which «طرفین» names
    towns: list[tuple[int, str]] = field(default_factory=list)  # (start, state) of each town named, in text order
    placed: list[tuple[int, str]] = field(default_factory=list)  # (start, state) of each state-placed name, in order
    first_mentions: dict[str, tuple[Entity, Entity | None]] = field(default_factory=dict)
    text: str = ""

    def learn_entities(self, entities: list[Entity], text: str = "") -> None:
        """Note the country the article names most, index its full person names by surname («کامرون»), and keep
        the first mention of each person the resolver could not place (with the entity before it)."""
        counts = Counter(entity.country for entity in entities if locates_story(entity))
        self.dominant = counts.most_common(1)[0][0] if counts else None
        self.placed = [
            (entity.start, entity.country) for entity in entities
            if locates_story(entity) and entity.country not in INTERNATIONAL_CODES
        ]
        # Towns, not capitals: a capital often stands for its government («واشنگتن»، «مسکو»).
        self.towns = sorted(
            (entity.start, entity.country) for entity in entities
            if entity.type == "LOC" and entity.country and entity.feature_class == "P" and not names_state(entity.text)
        )
        for index, entity in enumerate(entities):
            words = NAME_WORD.findall(entity.text)
            if entity.type == "PER" and entity.mention == "name" and entity.country and len(words) > 1:
                person = Participant(text=entity.text, id=entity.id, country=entity.country, sector=entity.sector)
                self.people.setdefault(words[-1], person)
            if entity.type == "PER" and not entity.country and entity.id and entity.id not in self.first_mentions:
                # The first mention is the one that gives a person's title.
                self.first_mentions[entity.id] = (entity, entities[index - 1] if index else None)
        self.text = text

    @property
    def setting(self) -> str | None:
        """Return the state a body that names none is in: the one the article is mostly about, if a state."""
        return self.dominant if self.dominant not in INTERNATIONAL_CODES else None

    def unplaced_country(self, participant: Participant) -> str | None:
        """Return the country of a person or body the resolver could not place.

        A body is in the country the article is mostly about. In an article mostly about Iran, a Persian outlet's
        own country, so is a person; elsewhere a person is only where the text puts them (a title or apposition
        that names a state: «اسکات دیورکین» از مقامات ارشد حزب دموکرات): the most-named state is no clue,
        «احمد چلبی» in a report from Washington is not American.
        """
        if not (participant.id or "").startswith("per:") or self.dominant == HOME_COUNTRY:
            return self.dominant
        if participant.id not in self.ties:  # only the few people an event names are looked at
            first = self.first_mentions.get(participant.id)
            self.ties[participant.id] = tied_country(first[0], self.text, first[1]) if first else None
        return self.ties[participant.id]

    @property
    def actors(self) -> list[Participant]:
        """Return the subject of the latest sentence that had one that names someone: the antecedent of a dropped
        subject (coded only now, and only as far back as needed)."""
        for subject in reversed(self.subjects[-ANTECEDENT_SENTENCES:]):
            participants = subject.participants()
            if participants:
                return participants
        return []

    def town_before(self, position: int) -> str | None:
        """Return the state of the last town the text names before `position` (a sentence's end: its own towns too)."""
        found = bisect_left(self.towns, (position,))
        return self.towns[found - 1][1] if found else None

    def two_states_before(self, position: int) -> list[str]:
        """Return the last two states the text names before `position`, in the order it named them ([] when it
        names fewer)."""
        states: list[str] = []
        for _, country in reversed(self.placed[: bisect_left(self.placed, (position,))]):
            if country not in states:
                states.insert(0, country)
                if len(states) == 2:
                    return states
        return []

    def remember(self, participants: list[Participant]) -> None:
        """Keep the words of coded mentions, so that a later bare surname («اولاند») finds its country."""
        for participant in participants:
            if participant.country:
                self.country = participant.country
            if participant.country and participant.text.startswith("رژیم"):
                self.regime = participant.country
            if participant.country and participant.id:
                # Only resolved mentions: the words of «یکی از اتباع آمریکا راننده‌ای» name no one.
                for word in NAME_WORD.findall(participant.text):
                    self.names[word] = participant

    def complete(self, participants: list[Participant]) -> list[Participant]:
        """Give an uncoded mention the country and sector of an earlier mention that shares its last word."""
        completed = []
        for participant in participants:
            words = NAME_WORD.findall(participant.text)
            person = self.people.get(words[0]) if words else None
            if person is not None and participant.country != person.country and participant.text.startswith(words[0]):
                # The phrase opens with a surname the article gave in full: the words after it do not place it.
                participant = participant.model_copy(
                    update={"country": person.country, "sector": person.sector, "id": person.id}
                )
            earlier = self.names.get(words[-1]) if words and not participant.country else None
            if earlier is not None:
                participant = participant.model_copy(
                    update={"country": earlier.country, "sector": participant.sector or earlier.sector,
                            "id": participant.id or earlier.id}
                )
            if (
                not participant.country and (participant.id or "").startswith(("per:", "org:"))
                and participant.sector != "REB"
            ):
                # A person or body the resolver could not place, not an armed group with no home («داعش»).
                country = self.unplaced_country(participant)
                participant = participant.model_copy(update={"country": country}) if country else participant
            completed.append(participant)
        return completed


@lru_cache(maxsize=1)
def load_contexts() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Read the context keywords of the shipped data file, once."""
    text = resources.files("khabar.data").joinpath(CONTEXTS_FILE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((re.compile(row[0]), row[1].strip()) for row in rows)


def find_matches(sentence: str, index: PatternIndex) -> list[tuple[EventPattern, re.Match[str]]]:
    """Return the predicates of a sentence, the longest winning where two overlap, but for a verb a nearer noun takes
    (`drop_far_nouns`) and a clause of its own inside a longer match (`own_clause`)."""
    found = []
    for pattern in index.candidates(sentence):
        matches = find_all(pattern, sentence)
        if not matches or (pattern.unless is not None and pattern.unless.search(sentence)):
            continue
        if any(sentence.startswith("از", match.start()) for match in matches):
            matches = [past_partitive(pattern, match, sentence) for match in matches]
            matches = [match for match in matches if match is not None]
        found.extend(
            (pattern, match) for match in matches if pattern.needs is None or pattern.needs.search(match.group())
        )
    found = drop_far_nouns(found, sentence)
    found.sort(key=lambda item: (-(item[1].end() - item[1].start()), item[0].line))
    chosen: list[tuple[EventPattern, re.Match[str]]] = []
    for pattern, match in found:
        if all(
            match.end() <= other.start() or match.start() >= other.end() or own_clause(match, other)
            for _, other in chosen
        ):
            chosen.append((pattern, match))
    return sorted(chosen, key=lambda item: item[1].start())


PREPOSITION_BEFORE = re.compile(r"(?<![\w\u200c])(?:با|به|از|بر|برای)[ \u200c]+$")


def drop_far_nouns(
    found: list[tuple[EventPattern, re.Match[str]]], sentence: str
) -> list[tuple[EventPattern, re.Match[str]]]:
    """Drop a predicate that lets any word stand before its light verb when it is the object of a preposition and a
    nearer noun of another type takes that verb: in «با درخواست X موافقت کرد» the verb is «موافقت کرد»; «از X
    درخواست کمک کرد» stays a request."""
    if not any(pattern.open_before_verb for pattern, _ in found):
        return found
    nearest: dict[int, tuple[int, str]] = {}  # verb start -> the latest start of a match on it, and its type
    for pattern, match in found:
        if has_verb(match) and match.start() > nearest.get(verb_start(match), (-1, ""))[0]:
            nearest[verb_start(match)] = (match.start(), pattern.type)
    return [
        (pattern, match)
        for pattern, match in found
        if not pattern.open_before_verb
        or not has_verb(match)
        or nearest[verb_start(match)][1] == pattern.type
        or not PREPOSITION_BEFORE.search(sentence, max(0, match.start() - 8), match.start())
    ]


def own_clause(match: re.Match[str], other: re.Match[str]) -> bool:
    """Tell whether a verbal match inside a longer one closes with a finite past verb before the longer one's verb: a
    clause of its own that the longer match only runs across («نیروهای X وعده دادند تا … خارج شوند» is a pledge); a
    bare participle («افراد بازداشت شده») describes a noun of the longer match."""
    return (
        has_verb(match) and has_verb(other) and match.group("past") is not None and not ends_in_participle(match)
        and other.start() <= match.start() and match.end() <= verb_start(other)
    )


def past_partitive(pattern: EventPattern, match: re.Match[str], sentence: str) -> re.Match[str] | None:
    """Move a match that opens with the «از» of a partitive («یکی از اعضای …») to the next «از», if any."""
    while match is not None and match.group().startswith("از"):
        before = sentence[: match.start()].split()
        if not before or before[-1] not in PARTITIVES:
            return match
        match = pattern.regex.search(sentence, match.start() + 2)
    return match


def verb_start(match: re.Match[str]) -> int:
    """Return where the predicate's verb starts (its light verb, else the end of the match)."""
    if has_verb(match):
        return match.start("aux") if match.group("aux") else match.start("verb")
    return match.end()


CLAIM = re.compile(r"مدعی[ \u200c]")  # «مدعی شد»: an allegation only when it names whom
DEMAND_OPENING = re.compile(r"خواستار[ \u200c]")  # a demand whose gap holds what is demanded
DEMAND_AGENTS = ("از سوی", "از طرف", "از جانب")


def find_role(role: str, sentence: str, match: re.Match[str], noun_before_verb: bool = True) -> Phrase | None:
    """Return the phrase that fills one role of a predicate in its sentence.

    A relative clause closed by a «می‌» verb does not hold the predicate («یک نوجوان لبنانی را که در خاک لبنان
    چوپانی می‌کرد … کشته‌اند»): its roles are looked for in the clause around it, as its subject is.
    """
    start = skip_lead_ins(sentence, clause_start(sentence, match.start(), progressive=True), match.start())
    end = clause_end(sentence, match.end())
    if role == "subject":
        subject = find_subject(sentence, match.start())
        subject = cut_before_object(subject) if subject is not None else None
        obj = find_object(sentence, start, verb_start(match))
        if subject is not None and obj is not None and subject.start < obj.start < subject.end:
            cut = sentence[subject.start : obj.start].rstrip(" \u200c،")
            return Phrase(cut, subject.start, subject.start + len(cut)) if cut else None
        return subject
    if role == "agent":
        # A relative clause may stand between the agent and the predicate («از سوی X که …، مورد … قرار گرفت»).
        agent = find_agent(sentence, start, end, match.start()) or find_agent(
            sentence, skip_lead_ins(sentence, 0, start), start, start
        )
        if agent is not None and not in_closed_relative(sentence, start, agent, match.start()):
            return cut_at_count(before_predicate(sentence, agent, match))
        return genitive_agent(sentence, match.start(), verb_start(match)) or body_in_locative(
            sentence, start, match.start()
        )
    if role == "را":
        subject = find_subject(sentence, match.start())
        after_subject = subject.end if subject is not None and subject.end <= match.start() else start
        obj = find_object(sentence, max(start, after_subject), verb_start(match))
        if obj is not None and subject is not None and after_subject > start and opens_inner_phrase(sentence, obj):
            # «ارتش ترکیه روستاهای کردنشین در شمال سوریه را»: the subject read on into the object's head.
            wider = find_object(sentence, start, verb_start(match))
            if wider is not None and wider.start > subject.start:
                return wider
        return obj
    if role == "…":
        first_word_end = sentence.find(" ", match.start(), verb_start(match))
        return find_inside(sentence, first_word_end + 1, verb_start(match)) if first_word_end >= 0 else None
    if role in (">", "pair>"):
        return phrase_forward(sentence, match.end(), end)
    region = past_time_span(sentence, conjunct_start(sentence, start, match.start()), match.start())
    # A predicate that opens with the preposition holds its phrase («از همه تولیدکنندگان … خواست»): an «از» before
    # it belongs to an adjunct («با استقبال از تداوم این نشست‌ها، …»).
    opens_with_role = sentence.startswith(role + " ", match.start())
    before = None if opens_with_role else find_in_nearest_segment(sentence, role, region, match.start(), end)
    if before is not None and role not in PHRASE_STOPS and opens_with_count(before):
        # «بر اثر این تیراندازی دو معترض زخمی شدند»: after a noun, a counted phrase is the next noun phrase,
        # not the noun's agent.
        return None
    if before is not None:
        return before
    if role == "از" and DEMAND_OPENING.match(match.group()):
        # «خواستار خروج نیروهای آمریکایی از لبنان شد»: an «از» inside the demand belongs to its noun (where from,
        # what from); the addressee of «خواستار» stands before it, or is the agent the demand names («خواستار کاهش
        # تعرفه‌ها از سوی اروپا»).
        agents = (find_after_marker(sentence, agent, match.start(), verb_start(match), end) for agent in DEMAND_AGENTS)
        return next((agent for agent in agents if agent is not None), None)
    # Inside the predicate («گفت‌وگوهایی را با X آغاز کردند»): stop before the word that carries the light verb.
    first_word_end = sentence.find(" ", match.start(), match.end())
    inner_end = sentence.rfind(" ", match.start(), verb_start(match) - 1)
    if first_word_end < 0 or inner_end <= first_word_end or not noun_before_verb or not pattern_needs(
        sentence, match, inner_end + 1, verb_start(match)
    ):
        # Only the predicate's own noun is left out: a word that fills the pattern's gap is the phrase's last
        # («وارد استان زنجان شد»، «از مردم این کشور خواست»).
        inner_end = verb_start(match)
    if opens_with_role:
        first_word_end = match.start() - 1  # the predicate opens with the preposition: «از روسیه خواست»
    inner = find_after_marker(sentence, role, first_word_end + 1 if first_word_end >= 0 else match.start(), inner_end, end)
    if inner is not None or (verb_start(match) < match.end() and not ends_in_participle(match)):
        return inner
    # A noun's phrase after it («سفر بوش به منطقه»), or a participle's («اعتراضات صورت گرفته نسبت به سفر بوش»).
    return find_after_marker(sentence, role, match.end(), end, end)


def in_closed_relative(sentence: str, start: int, phrase: Phrase, predicate: int) -> bool:
    """Tell whether a phrase lies in a relative clause that closes with its own verb before the predicate: «باند
    سارقان که توسط دو نفر … اقدام به سرقت می‌کردند، دستگیر شدند» names no agent of the arrest."""
    if not RELATIVE.search(sentence, start, phrase.start):
        return False
    # The verb may close the phrase itself, read on too far («سه نفر از افراد سابقه‌دار اداره می‌شد»).
    verb = FINITE_VERB.search(sentence, phrase.start, predicate) or PROGRESSIVE_CLOSE.search(
        sentence, phrase.start, predicate
    )
    return verb is not None


def find_in_nearest_segment(sentence: str, role: str, region: int, predicate: int, end: int) -> Phrase | None:
    """Return the phrase after a preposition before the predicate, looking first in the stretch after the last comma:
    «ضمن اعلام حمایت از X، از Y درخواست کرد» asks Y; X belongs to the adjunct before the comma."""
    comma = sentence.rfind("،", region, predicate)
    if comma > region:
        nearest = find_after_marker(sentence, role, comma + 1, predicate, end)
        if nearest is not None:
            return nearest
    return find_after_marker(sentence, role, region, predicate, end)


def ends_in_participle(match: re.Match[str]) -> bool:
    """Tell whether the predicate's verb is a bare participle («صورت گرفته»), which a phrase may follow."""
    verb = match.group("verb") if "verb" in match.re.groupindex else None
    return bool(verb) and verb.endswith("ه")


def reported_undergoers(
    pattern: EventPattern, match: re.Match[str], sentence: Sentence, recipients: list[Participant], main: Subject,
    entities: list[Entity], reading: Reading, scene: str | None,
) -> list[Participant]:
    """Return who underwent a passive that a speaker reports («وی ادامه داد: … ۱۴۱ نفر … دستگیر شدند»): never the
    speaker, whom a dropped subject falls back to, but the counted people, or premises closed, that the clause names
    last before the verb («… و ۲۸ واحد صنفی نیز … پلمب شد»), of the place where it happens; goods seized are none."""
    speaking = {p.text for p in main.participants() or reading.actors}  # «وی» is the speaker named before
    kept = [p for p in recipients if p.text not in speaking]
    undergoer = None if kept else counted_undergoer(sentence.text, match.start())
    closed = pattern.type == "COERCE" and pattern.mode in (None, "restrict")
    if undergoer is None or not (closed or names_people(undergoer.text)):
        return kept
    local = scene or reading.town_before(sentence.end) or reading.dominant
    coded = code_phrase(undergoer, sentence.start, entities, reading.country, None, scene or reading.setting)
    return [p if p.country else p.model_copy(update={"country": local}) for p in coded]


def counted_undergoer(sentence: str, trigger_start: int) -> Phrase | None:
    """Return the counted phrase a passive's clause names last before its verb, the ones who underwent it: «… کشف
    و ۳ نفر دستگیر شدند»، «… و ۲۸ واحد صنفی نیز به دلیل تخلفات پلمب شدند»; None when the clause counts nothing."""
    opening = clause_start(sentence, trigger_start)
    counted = [
        word for word in re.finditer(r"[^\s\u200c،]+", sentence[:trigger_start])
        if word.start() >= opening and is_count(word.group())
        and not AFTER_AGENT_MARKER.search(sentence, 0, word.start())
    ]
    return phrase_forward(sentence, counted[-1].start(), trigger_start) if counted else None


# A count right after «توسط / از سوی …» counts the agents («… که توسط دو نفر از افراد سابقه‌دار …»), not the
# ones who underwent the act.
AFTER_AGENT_MARKER = re.compile(
    r"(?<![\w\u200c])(?:" + "|".join(marker.replace(" ", "[ \u200c]+") for marker in AGENT_MARKERS) + r")[ \u200c]+$"
)


def before_predicate(sentence: str, agent: Phrase, match: re.Match[str]) -> Phrase:
    """End an agent that runs into its predicate before the predicate's own words: «از سوی ایران | ارسال شد»،
    «از سوی نماینده این شهرستان | خبر داد» (the noun of the light verb is a word of the trigger)."""
    verb = verb_start(match)
    if not agent.start < verb <= agent.end + 1:
        return agent
    words = list(re.finditer(r"\S+", sentence[agent.start : verb]))
    if len(words) > 1 and words[-1].group() in match.re.pattern:
        words.pop()
    end = agent.start + words[-1].end() if words else agent.end
    return Phrase(sentence[agent.start : end], agent.start, end) if end != agent.end else agent


def cut_at_count(agent: Phrase) -> Phrase:
    """End an agent before a number that opens the passive's own subject: «با تلاش کاراگاهان | یک قاتل فراری …
    دستگیر شدند»."""
    for word in re.finditer(r"[^\s\u200c]+", agent.text):
        if word.start() and is_count(word.group()):
            cut = agent.text[: word.start()].rstrip(" \u200c،")
            return Phrase(cut, agent.start, agent.start + len(cut))
    return agent


def opens_with_count(phrase: Phrase) -> bool:
    """Tell whether a phrase opens with a number («دو معترض»، «۳۰ نفر»)."""
    return is_count(phrase.text.split()[0])


def is_count(word: str) -> bool:
    """Tell whether a word is a number, in digits or words («۳۰»، «دو»، «صدها»)."""
    return word in COUNTS or word[:1].isdigit()


def fill_roles(
    roles: tuple[str, ...], sentence: str, match: re.Match[str], noun_before_verb: bool = True
) -> tuple[str | None, Phrase | None]:
    """Try the roles in order; return the first that finds a phrase, with the phrase."""
    for role in roles:
        phrase = find_role(role, sentence, match, noun_before_verb)
        if phrase is not None:
            return role, phrase
    return None, None


def in_first_person(match: re.Match[str]) -> bool:
    """Tell whether a predicate's own light verb is in the first person («می‌گویم»، «کرده‌ایم»، «خواهیم کرد»)."""
    if not has_verb(match):
        return False
    return match.group("verb").endswith("م") or (match.group("aux") or "").rstrip(" \u200c").endswith("م")


def code_role(
    roles: tuple[str, ...], sentence: Sentence, match: re.Match[str], entities: list[Entity], reading: Reading,
    main: Subject, noun_before_verb: bool = True, context: str | None = None, scene: str | None = None,
) -> tuple[str | None, list[Participant]]:
    """Code the participants of one role; a dropped or pronoun subject is the sentence's or the previous one's.

    «این کشور» in the phrase stands for `context` when given (the actor's country), else the last one read. A
    state body that names no country is in `scene` when given (where force is used), else in the article's state.
    """
    if roles[:1] == ("subject",) and in_first_person(match):
        # «کسب این مدال را به همه ورزش‌دوستان تبریک می‌گویم»: whoever says «I» or «we» is the one speaking, not a
        # phrase before the object.
        speaker = list(main.participants() or reading.actors)
        if speaker:
            return "subject", speaker
    role, phrase = fill_roles(roles, sentence.text, match, noun_before_verb)
    if phrase is not None and not phrase.is_anaphoric:
        pointed = state_named_before(phrase, sentence, entities, context) if ANAPHORIC_COUNTRY.search(phrase.text) else None
        if BOTH_SIDES.fullmatch(phrase.text) and reading.sides:
            return role, list(reading.sides)
        if ANAPHORIC_REGIME.search(phrase.text) and reading.regime:
            pointed = reading.regime  # «این رژیم»: the regime named last («رژیم صهیونیستی»), not any state
        coded = code_phrase(
            phrase, sentence.start, entities, pointed or context or reading.country, context, scene or reading.setting
        )
        participants = reading.complete(coded)
        if TWO_STATES.search(phrase.text) and not any(p.country for p in participants):
            participants = both_states(phrase, sentence, reading) or participants
        participants = add_apposition(participants, phrase, sentence, match.start(), entities, reading.country)
        later = roles[roles.index(role) + 1 :] if role in roles else ()
        if role != "subject" and later and not any(names_someone(p) for p in participants):
            # «خواستار خروج نیروهای آمریکایی از جهان اسلام شد»: a phrase that names no one is not the party;
            # the next place the predicate's recipient may stand is tried.
            other_role, others = code_role(
                later, sentence, match, entities, reading, main, noun_before_verb, context, scene
            )
            if any(names_someone(p) for p in others):
                return other_role, others
        if role != "subject" or any(names_someone(p) for p in participants):
            return role, participants
        # A subject that names no one («معتقدم»، «۸ میلیارد دلاری») is a misread: the subject was dropped.
        return role, list(main.participants() or reading.actors) or participants
    if phrase is not None and role != "subject":
        own = resolved_pronoun(phrase, sentence.start, entities)  # «او را بازداشت کردند»
        if not own and phrase.text in SPEAKER_PRONOUNS and reported_clause(sentence.text, match.start()):
            # «ترامپ مدعی شد که ایران از او خواسته …»: in what a speaker reports, «او» is the speaker.
            own = list(main.participants())
        elif not own and role == "را" and phrase.text in SPEAKER_PRONOUNS and context:
            # «او … اتهاماتش را پذیرفت و آمریکا او را … محکوم کرد»: the person the sentence or the one before is
            # about, when the clause's own actor is another state's.
            earlier = list(main.participants() or reading.actors)
            own = earlier if earlier and all(p.country and p.country != context for p in earlier) else []
        return role, own
    if "subject" in roles and (phrase is not None or role is None):
        own = resolved_pronoun(phrase, sentence.start, entities) if phrase is not None else []
        if not own and in_opening_adjunct(sentence.text, match):
            # «به دنبال حمله به نیروهای … ، سازمان ملل عملیات … را متوقف کرد»: the clause after an act told in an
            # adjunct names who reacted to it, not who did it.
            return "subject", []
        return "subject", own or list(main.participants() or reading.actors)
    return role, []


def in_opening_adjunct(sentence: str, match: re.Match[str]) -> bool:
    """Tell whether a noun predicate opens the sentence inside an adjunct of time or cause («پس از حمله به …»، «در پی
    ترور …»), with nothing before it."""
    if "verb" in match.re.groupindex:
        return False
    lead = sentence[: match.start()]
    return bool(OPENING_ADJUNCT.fullmatch(lead)) or (
        not lead.strip(" \u200c-–—•*") and bool(ADJUNCT.match(match.group()))
    )


@lru_cache(maxsize=256)
def scene_country(sentence: str) -> str | None:
    """Return the state of the first place the sentence names after «در» that names one («در جنوب یمن»)."""
    for place in PLACE.finditer(sentence):
        states = name_states(place.group(1))
        if states:
            return states[0].country
    return None


def struck_place(sentence: str, after: int) -> list[Participant]:
    """Return the state of the place named right after an attack's noun («حمله تروریستی در پاریس»), else []."""
    place = PLACE.match(sentence, len(sentence) - len(sentence[after:].lstrip(" \u200c")))
    return name_states(place.group(1)) if place else []


def both_states(phrase: Phrase, sentence: Sentence, reading: Reading) -> list[Participant]:
    """Code «دو کشور» («مقامات دو کشور»، «این دو کشور») as the two states the article named last before it."""
    states = reading.two_states_before(sentence.start + phrase.start)
    return [Participant(text=phrase.text, country=state, sector="GOV") for state in states]


def state_named_before(phrase: Phrase, sentence: Sentence, entities: list[Entity], other: str | None) -> str | None:
    """Return the state «این کشور» points to: the last one the sentence names before it, other than the event's
    other party's («رئیس جمهور سابق پرو … از سوی دستگاه قضایی این کشور»، «سوئد … رژیم صهیونیستی سفیر خود را از
    این کشور فراخواند»)."""
    start = sentence.start + phrase.start
    named = [
        entity.country for entity in entities
        if entity.type == "LOC" and entity.country and sentence.start <= entity.start and entity.end <= start
        and entity.country != other
    ]
    return named[-1] if named else None


def reported_clause(sentence: str, trigger_start: int) -> bool:
    """Tell whether the predicate sits in the «که» clause of a verb of saying («… مدعی شد که …»)."""
    opening = clause_start(sentence, trigger_start)
    return bool(opening) and REPORTING_COMPLEMENT.search(sentence, 0, opening) is not None


def announcer(sentence: str, trigger_start: int, main: Subject) -> list[Participant]:
    """Return the authority that announces an agentless sanction or arrest in the clause it governs
    («وزارت خزانه‌داری آمریکا اعلام کرد که بانک … مورد تحریم قرار گرفته است»): the one that imposed it."""
    if not ANNOUNCED.search(sentence, 0, trigger_start):
        return []
    return [p for p in main.participants() if p.sector not in (None, "MED", "CVL", "UNK") and not MEDIA.match(p.text)]


# God asked in a prayer («از خداوند متعال … خواستاریم»، «از درگاه الهی …»).
DIVINE = re.compile(r"(?:خداوند|خدای|خدا|پروردگار|درگاه (?:الهی|خداوند|حق)|حق تعالی|ذات اقدس)(?![\w\u200c])")
# Those praised, thanked or punished who name no state («از قصابان … تقدیر کرد»، «متهم را … محکوم کرد») are of the
# state of whoever praises or punishes them.
COMPATRIOT_TYPES = frozenset({"SUPPORT", "SANCTION"})
# Others named only in relation to the actor (counterparts, each other) or groups in the plural: no gathering of one
# place (states in the plural are participants.STATE_GROUP's).
COUNTERPARTS = re.compile(r"همتا|(?<![\w\u200c])(?:یکدیگر|همدیگر|گروه‌ها|گروه‌های|گروهها|گروههای)(?![\w\u200c])")


def place_unnamed(recipients: list[Participant], country: str) -> list[Participant]:
    """Give recipients who name no state `country`, unless they are counterparts or several states or groups.

    The unnamed side of a meeting is of the place where it meets: «در همایش شکوه ایستادگی گفت» speaks to those who
    gathered there («در نشست بررسی مشکلات روستاها»), of the town the report is filed from, else of the speaker's
    state; those praised or sentenced («از قصابان … تقدیر کرد») are of the state that praises or sentences them.
    """
    if any(COUNTERPARTS.search(r.text) or STATE_GROUP.search(r.text) for r in recipients):
        return recipients
    return [r.model_copy(update={"country": country}) for r in recipients]


def names_someone(participant: Participant) -> bool:
    """Tell whether a coded mention names an actor: a state, a sector, a resolved entity or people."""
    return bool(participant.country or participant.sector or participant.id or names_people(participant.text))


def add_apposition(
    participants: list[Participant], phrase: Phrase, sentence: Sentence, bound: int,
    entities: list[Entity], country: str | None,
) -> list[Participant]:
    """Code a bare name from the title after its comma, before `bound`: «تئودور کاتوف»، سفیر آمریکا در سوریه …."""
    if len(participants) != 1 or participants[0].country:
        return participants
    after = APPOSITION.match(sentence.text, phrase.end)
    if after is None or after.end() >= bound:
        return participants
    title = phrase_forward(sentence.text, after.end(), bound)
    if title is None:
        return participants
    coded = code_phrase(title, sentence.start, entities, country)
    if len(coded) == 1 and coded[0].country and coded[0].sector not in (None, "UNK"):
        return [participants[0].model_copy(update={"country": coded[0].country, "sector": coded[0].sector})]
    return participants


def named_in_clause(
    sentence: Sentence, match: re.Match[str], entities: list[Entity], actors: list[Participant]
) -> list[Participant]:
    """Return the first state, body or person the predicate's clause names before its verb, other than the
    actors: the party a phrase that names none is about («از گسترش روابط با ایران استقبال کرد»). A place named
    after «در» says where, not who («… فاجعه اخیر در استان ادلب سوریه»)."""
    opening = clause_start(sentence.text, match.start())
    start = sentence.start + skip_lead_ins(sentence.text, opening, match.start())
    end = sentence.start + verb_start(match)
    own = {actor.country for actor in actors}
    for entity in entities:
        if not (start <= entity.start and entity.end <= end and entity.type in NAMED_TYPES and entity.country):
            continue
        if entity.type in ("LOC", "GPE") and is_located(sentence.text, entity.start - sentence.start, opening):
            continue
        if brokered_by(sentence.text, entity.start - sentence.start):
            continue  # «با میانجیگری مسکو»: the go-between, no party
        if entity.mention == "name" and entity.sector != "MED":  # not «وی», not the outlet that reports it
            if entity.country not in own and not any(entity.text in actor.text for actor in actors):
                return [Participant(text=entity.text, id=entity.id, country=entity.country, sector=entity.sector)]
    return []


BROKER_REACH = 20  # characters before a name read for the word that makes it a go-between


def brokered_by(sentence: str, position: int) -> bool:
    """Tell whether the name at `position` follows a word for brokering («با میانجیگری / وساطت X»)."""
    before = sentence[max(0, position - BROKER_REACH) : position].split()
    return bool(before) and before[-1] in MEDIATION_HEADS


def event_contexts(pattern: EventPattern, sentence: str) -> list[str]:
    """Return the predicate's own contexts and those the sentence's words name."""
    contexts = list(pattern.context)
    for regex, context in load_contexts():
        if context not in contexts and regex.search(sentence):
            contexts.append(context)
    return contexts


def event_date(sentence: Sentence, times: list[TimeExpression], dateline: Dateline | None = None) -> str | None:
    """Return the day of the first day-level time expression in the sentence, if any; a dateline («۱۲ آذر:») says
    when the report was filed, not when its event happened («… در جلسه روز گذشته … تصویب کرد»)."""
    for time in times:
        if dateline is not None and dateline.start <= time.start < dateline.end:
            continue
        if sentence.start <= time.start < sentence.end and time.value and DAY.match(time.value):
            return time.value
    return None


def event_location(sentence: Sentence, entities: list[Entity], opening: int = 0) -> tuple[str | None, int | None]:
    """Return the first place named after «در» in the sentence from `opening` (the predicate's clause) on, with its
    GeoNames id."""
    for entity in entities:
        if entity.type in ("LOC", "FAC") and sentence.start + opening <= entity.start < sentence.end:
            before = sentence.text[: entity.start - sentence.start].rstrip()
            if before.endswith("در"):
                return entity.text, entity.geonames_id
    return None, None


def visited_place(
    sentence: Sentence, entities: list[Entity], hosts: list[Participant]
) -> tuple[str | None, int | None]:
    """Return the place a visit goes to where its host is named by that place («وارد مسکو شد»، «سفر به دمشق»)."""
    for host in hosts:
        for entity in entities:
            if entity.type == "LOC" and sentence.start <= entity.start < sentence.end and entity.text == host.text:
                return entity.text, entity.geonames_id
    return None, None


def build_event(
    pattern: EventPattern, match: re.Match[str], sentence: Sentence, analysis: Analysis, reading: Reading,
    main: Subject, entities: list[Entity],
) -> Event | None:
    """Build the event a predicate reports, or None when it is an interview rather than a meeting, a warning of a
    danger rather than a threat, or someone coming home rather than visiting; `entities` are the parties' names."""
    nominal = pattern.noun_before_verb
    scene = scene_country(sentence.text) if pattern.type in FORCE_TYPES else None
    actor_role, actors = code_role(pattern.actor, sentence, match, entities, reading, main, nominal, scene=scene)
    if not actors and pattern.actor[:1] == ("agent",) and pattern.type in AUTHORITY_TYPES:
        actors = announcer(sentence.text, match.start(), main)
    actor_country = next((actor.country for actor in actors if actor.country), None)
    _, recipients = code_role(
        pattern.recipient, sentence, match, entities, reading, main, nominal, actor_country, scene
    )
    reported_passive = pattern.actor[:1] == ("agent",) and pattern.recipient[:1] == ("subject",) and bool(
        REPORTED_STATEMENT.search(sentence.text, 0, match.start())
    )
    if reported_passive:
        recipients = reported_undergoers(pattern, match, sentence, recipients, main, entities, reading, scene)
    if pattern.type == "REQUEST" and DEMAND_OPENING.match(match.group()):
        # «خواستار تقسیم کرکوک …»، «خواستار ارسال کمک‌ها از کابل …»: a town inside a demand is what the demand is
        # about, not whom it is made of.
        recipients = [p for p in recipients if not names_town(p.text)]
    if actor_role == "pair>" and actors:
        actors, recipients = actors[:1], actors[1:]
    elif actor_role in SIDES and len(actors) > 1 and not recipients and pattern.type not in JOINT_TYPES:
        # «درگیری … بین ارتش و نیروهای طرفدار منصور هادی»: the first side acts on the others; an agreement
        # «بین موریتانی و عربستان» is both sides' own act.
        actors, recipients = actors[:1], actors[1:]
    if pattern.type == "MOBILIZE" and EXERCISE.search(match.group()) and is_joint(actors):
        pattern = replace(pattern, type="COOPERATE", mode=None)
    if pattern.type == "THREATEN" and actor_role == "subject":
        actors, recipients = threat_of_speaker(sentence.text, match, actors, recipients, main)
    if actor_role == "با" and pattern.type == "CONSULT":
        # «نشست فنی با آژانس برگزار شد»: the other side of a meeting "with" X is the one the sentence is about.
        own = {actor.country for actor in actors}
        actors = [p for p in main.participants() or reading.actors if p.country not in own] + actors
    if actors and [p.text for p in actors] == [p.text for p in recipients]:
        # One phrase found as both: it is the object of a dropped subject («وزیر خارجه ایران را متهم کردند»).
        actors = [p for p in reading.actors if p.text != recipients[0].text]
    if pattern.type == "AID" and BARE_HELP.match(match.group()) and not any(names_someone(r) for r in recipients):
        return None  # «این مسئله به رشد طلای جهانی کمک کرد»: helping a process or a thing along is no aid
    if pattern.type == "CONSULT" and any(MEDIA.match(r.text) for r in recipients):
        return None
    if pattern.type == "SUPPORT" and pattern.needs is not None and not any(names_someone(r) for r in recipients):
        return None  # «شناسایی مسیر شهدا … را اقدامی ارزشمند خواند»: praise of an activity, not of a party
    if pattern.type == "REQUEST" and recipients and all(DIVINE.match(r.text) for r in recipients):
        return None  # «از خداوند متعال خواستاریم …»: a prayer, not a demand on anyone
    if pattern.type == "REQUEST" and EXPECTATION.search(match.group()):
        # «در انتظار این امر است که ایران …»: a demand on the state the complement names; with none, it is only
        # an expectation («انتظار دارند که قیمت‌ها …»).
        complement = sentence.text[match.end() : clause_end(sentence.text, match.end())]
        recipients = name_states(complement, exclude={actor.country for actor in actors})
        if not recipients:
            return None
    bound = warned_party(sentence.text, match.end()) if pattern.type == "THREATEN" else []
    if bound:
        pattern, recipients = replace(pattern, type="REQUEST", mode=None, context=()), bound
    if not any(r.country for r in recipients) and pattern.type in ADDRESSED_TYPES:
        # From the predicate's start: «مدعی شد:» is both the predicate and the statement's opening.
        recipients = (
            addressee_in_statement(sentence.text, match.start(), actors)
            or addressed_party(sentence.text[: match.start()], actors)  # «در نامه‌ای خطاب به استاندار … خواستار …»
            or recipients
        )
    if pattern.type == "THREATEN" and is_bare_warning(match, sentence.text, actors, recipients):
        return None
    if pattern.mode == "visit" and ENTERED.match(match.group()) and is_home(actors, recipients):
        return None  # «شهروند روسیه … وارد مسکو شد»: coming home, not a visit
    if pattern.type in PLACED_TYPES and recipients and not any(r.country for r in recipients):
        recipients = locate_victims(recipients, sentence.text, actors, reading.filed_from)
    # People who name no state are those of the acting state, or, when harmed or held, of the article's country.
    # People hurt or held, and a crowd that acts (protesters, attackers), are of the place where it happens: the town
    # the report names last, else the state it names most.
    local = scene or reading.town_before(sentence.end) or reading.dominant
    people_country = local if pattern.type in PLACED_TYPES or not actor_country else actor_country
    recipients = place_people(recipients, people_country)
    actors = place_people(actors, local if pattern.type in CROWD_TYPES else reading.dominant)
    gathering_place = local or actor_country
    if pattern.type == "CONSULT" and gathering_place and recipients and not any(r.country or r.id for r in recipients):
        recipients = place_unnamed(recipients, gathering_place)
    if pattern.type in COMPATRIOT_TYPES and actor_country and recipients and not any(r.country for r in recipients):
        recipients = place_unnamed(recipients, actor_country)
    if pattern.type == "ASSAULT" and not recipients and pattern.recipient[:1] == (">",):
        recipients = struck_place(sentence.text, match.end())  # «حوادث تروریستی در پاریس»: the place attacked
    if pattern.recipient and pattern.type not in MARKED_ONLY_TYPES and not reported_passive and not any(
        r.country or r.sector == "REB" for r in recipients
    ):
        # A stateless armed group («داعش») is a recipient in its own right, not a pointer to a state.
        recipients = named_in_clause(sentence, match, entities, actors) or recipients
    if CLAIM.match(match.group()) and not any(names_someone(r) for r in recipients):
        # What is claimed of a state it names («مدعی شده بود که ایران … تهدید … است»); a claim that blames no one
        # is no accusation («مدعی شد … این خط لوله … باید بازسازی شود»).
        recipients = name_states(sentence.text[match.end() :], exclude={a.country for a in actors}, places=False)
        if not recipients:
            return None
    opening = clause_start(sentence.text, match.start())
    if pattern.type == "CONSULT" and pattern.mode is None and WENT_TO.search(sentence.text, opening, match.start()):
        pattern = replace(pattern, mode="visit")
    location, location_id = event_location(sentence, entities, opening)
    if location is None and pattern.mode == "visit":
        location, location_id = visited_place(sentence, entities, recipients)
    event = Event(
        start=sentence.start, end=sentence.end, type=pattern.type, mode=pattern.mode,
        context=event_contexts(pattern, sentence.text), actors=actors, recipients=recipients,
        location=location, location_id=location_id, date=event_date(sentence, analysis.times, analysis.dateline),
        sentence=sentence.text,
    )
    announced = (
        reported_clause(sentence.text, match.start())
        or bool(REPORTED_STATEMENT.search(sentence.text, 0, match.start()))
        or bool(REPORTED_CONDITION.search(sentence.text, 0, match.start()))
    )
    event = flag(event, sentence.text, match, announced)
    if pattern.type == "THREATEN" and is_present_progressive(match):
        event.hypothetical = True  # «… جهانی شدن را تهدید می‌کند» says what endangers something, not a threat made
    if analysis.title and sentence.start < analysis.body_start and is_present_progressive(match):
        event.future = True  # a headline's «دستگیر می‌کند» / «راهی فرانسه می‌شود» tells what is about to happen
    if not event.future and not (match.re.groupindex.get("past") and match.group("past")):
        # A request made now may name the later day of what it asks («… دعوت می‌کند با حضور در نماز جمعه …»):
        # only a day named up to its verb makes the request itself a plan; nor do the words of a statement made at a
        # meeting («در نشست … اظهار کرد: … امیدواریم مرداد ماه …») date the meeting.
        if pattern.type == "REQUEST":
            span = (0, match.end())
        else:
            statement = REPORTED_STATEMENT.search(sentence.text, match.end())
            span = (0, statement.start()) if statement else None
        event.future = names_later_day(sentence, analysis.times, analysis.published.iso, span)
    elif not event.future and sentence.text[: verb_start(match)].rstrip().endswith("خبر"):
        # An event announced in the past («از … خبر داد») is dated by the time inside its own phrase.
        own_phrase = (match.start(), verb_start(match))
        event.future = names_later_day(sentence, analysis.times, analysis.published.iso, own_phrase)
    return event


def is_bare_warning(
    match: re.Match[str], sentence: str, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """Tell whether «هشدار داد» warns of a danger («بانک جهانی هشدار داد که این بیماری می‌تواند …») rather than
    threatens: a threat is addressed to another state or party, or says what the speaker will do."""
    if not WARNING.match(match.group()):
        return False
    own = {actor.country for actor in actors}
    return not any(r.country and r.country not in own for r in recipients) and not SPEAKER_WILL.search(sentence)


def is_home(actors: list[Participant], recipients: list[Participant]) -> bool:
    """Tell whether people who hold no office enter a place of their own state (an official's tour of a province,
    «رئیس جمهور وارد شهرستان سقز شد», is still a visit)."""
    own = {actor.country for actor in actors if actor.country}
    places = {recipient.country for recipient in recipients}
    officials = any(actor.sector in OFFICIAL_SECTORS for actor in actors)
    return bool(own) and bool(places) and places <= own and not officials


def is_present_progressive(match: re.Match[str]) -> bool:
    """Tell whether the predicate's verb is a present progressive («می‌کند»، «می‌شوند»)."""
    groups = match.re.groupindex
    return "verb" in groups and match.group("verb") is not None and bool(match.group("pres") and match.group("prog"))


def is_joint(actors: list[Participant]) -> bool:
    """Tell whether the actors of an exercise are an alliance or several states rather than one."""
    countries = {actor.country for actor in actors if actor.country}
    return len(countries) > 1 or "IGO" in countries or any(ALLIANCE.search(actor.text) for actor in actors)


def threat_of_speaker(
    sentence: str, match: re.Match[str], actors: list[Participant], recipients: list[Participant], main: Subject
) -> tuple[list[Participant], list[Participant]]:
    """Return the actors and recipients of a quoted warning of what will follow: the speaker threatens the party
    the warning is about («سخنگو تأکید کرد: «اینکه واشنگتن … تبعات سنگینی خواهد داشت»»)."""
    if "verb" in match.re.groupindex or REPORTED_STATEMENT.search(sentence, 0, match.start()) is None:
        return actors, recipients  # a verb of threatening («تهدید کرد») names its own subject
    speakers = main.participants()
    if not speakers:
        return actors, recipients
    own = {speaker.country for speaker in speakers}
    return list(speakers), [p for p in actors if p.country and p.country not in own] + recipients


def event_key(event: Event) -> tuple:
    """Return what makes two events of one sentence the same event."""
    return (event.start, event.type, states(event.actors), states(event.recipients))


def find_events(analysis: Analysis) -> list[Event]:
    """Return every event the article's sentences report, in text order."""
    index = load_index()
    reading = Reading()
    # A nationality («عکاس ایرانی ساکن کانادا») describes a party, it does not name one: demonyms are read from
    # the words themselves (name_states), as before the tagger marked them.
    entities = [entity for entity in analysis.entities if entity.type != "NAT"]
    reading.learn_entities(entities, analysis.text)
    reading.filed_from = find_filing_country([s.text for s in analysis.sentences[:FULL_NAME_SENTENCES]])
    events: list[Event] = []
    seen: set[tuple] = set()
    adjuncts: set[int] = set()  # ids of the events named only by a noun in an adjunct
    anaphoric: set[int] = set()  # ids of the events named by a noun after a demonstrative («این انفجار»)
    title: Subject | None = None  # the title's subject, for a demand the title makes
    openings: dict[int, str | None] = {}  # ids of demands -> their predicates' first words
    prefixes = [credit for credit in analysis.credits if credit.kind == "prefix"]
    for number, sentence in enumerate(analysis.sentences):
        sentence = without_prefixes(sentence, prefixes)
        opening = find_sentence_subject(sentence.text) or credited_speaker(sentence, entities)
        main = Subject(opening, sentence, entities, reading)
        if number == 0 and analysis.title and sentence.start < analysis.body_start:
            title = main
        if number < FULL_NAME_SENTENCES:
            main.participants()  # the title and lead give full names that later surnames stand for
        for pattern, match in find_matches(sentence.text, index):
            event = build_event(pattern, match, sentence, analysis, reading, main, entities)
            if event is not None and event_key(event) not in seen:
                seen.add(event_key(event))
                events.append(event)
                nominal = "verb" not in match.re.groupindex
                if pattern.type in REPEATED_TYPES and nominal and ADJUNCT.match(match.group()):
                    adjuncts.add(id(event))
                elif pattern.type in REPEATED_TYPES and nominal and ANAPHORIC.search(
                    sentence.text, max(0, match.start() - 8), match.start()
                ):
                    anaphoric.add(id(event))
                reading.remember(event.actors + event.recipients)
                if event.type == "CONSULT" and len(states(event.actors + event.recipients)) > 1:
                    reading.sides = event.actors + event.recipients
                openings[id(event)] = predicate_opening(pattern, match)
        # What the predicates leave: a statement coded by what it says, then a type the sentence model is sure of.
        for find_more in (find_statement_events, learned_events):
            held = {event.type for event in events if event.start == sentence.start}
            for event in find_more(sentence, held, lambda: main.participants() or reading.actors):
                if event_key(event) not in seen:
                    seen.add(event_key(event))
                    # Dated by its sentence, as a predicate's event is (the place after «در» in its sentence is
                    # more often where something it tells of happened: not taken).
                    event.date = event_date(sentence, analysis.times, analysis.dateline)
                    events.append(event)
        if main.phrase is not None and not main.phrase.is_anaphoric:
            reading.subjects.append(main)
    events = drop_anaphoric_repeats(drop_adjunct_repeats(events, adjuncts), anaphoric)
    events += find_title_demand(analysis, title, events)
    events = drop_headline_repeats(drop_agentless_repeats(events), analysis)
    events = drop_denied_reports(drop_retold_incidents(events), analysis)
    events = demonstrated_demands(drop_retold_acts(events, openings, analysis.body_start if analysis.title else 0))
    as_written = {sentence.start: sentence.text for sentence in analysis.sentences}
    for event in events:
        event.sentence = as_written.get(event.start, event.sentence)
    return drop_agentless_retellings([event for event in events if not polled(event)])


def learned_events(
    sentence: Sentence, held: set[str], subject_of: Callable[[], list[Participant]]
) -> list[Event]:
    """Return an event of each type the sentence model is sure the sentence reports and the patterns did not find
    in it, in a sentence that names no foreign state: by the sentence's subject (or the one it dropped) on the home
    state where the sentence names it and the subject is foreign, else on a body of the subject's own state it names
    («دولت»، «مسئولان»), else on the first people it names («شهروندان»), of the subject's state. A question is
    hypothetical.

    The model learned most of what it adds from domestic reports (speeches that demand or criticise); in sentences
    naming foreign states its additions were right about one time in four on our annotated world news and cost
    the gold set 2.5 to 3 points, so there the patterns work alone."""
    model = sentence_types()
    kinds = [kind for kind in model.likely_types(sentence.text) if kind not in held] if model is not None else []
    if not kinds or name_states(sentence.text, exclude={HOME_COUNTRY}, places=False):
        return []  # nothing new, or a foreign state named: the patterns, written on world news, decide alone
    actors = list(subject_of())
    recipients = (
        name_states(sentence.text, exclude={actor.country for actor in actors}, places=False)
        or own_bodies(sentence.text, actors)
        or first_placed_people(sentence.text, speakers_country(actors))
    )
    asked = bool(QUESTION.search(sentence.text))
    return [
        Event(
            start=sentence.start, end=sentence.end, type=kind, actors=list(actors), recipients=list(recipients),
            sentence=sentence.text, hypothetical=asked,
        )
        for kind in kinds
    ]


def without_prefixes(sentence: Sentence, prefixes: list[SourceCredit]) -> Sentence:
    """Return the sentence with the source prefixes in it («تهران- ایسنا-», found by the text layer) blanked out,
    offsets kept: the dateline's city and the outlet are no party to what the sentence reports. Agency lead-ins
    («به گزارش …») stay: the subject search knows them, and the speaker some of them credit."""
    text = sentence.text
    for credit in prefixes:
        start, end = max(credit.start - sentence.start, 0), min(credit.end - sentence.start, len(text))
        if start < end:
            text = text[:start] + " " * (end - start) + text[end:]
    return sentence if text == sentence.text else sentence.model_copy(update={"text": text})


def credited_speaker(sentence: Sentence, entities: list[Entity]) -> Phrase | None:
    """Return the person named right after an agency credit that has no comma, before the sentence's first break:
    «به گزارش خبرگزاری فارس از بجنورد به نقل از روابط عمومی استانداری … علی بیگ‌زاده در جلسه … اظهار کرد:»."""
    credit = BARE_CREDIT.match(sentence.text)
    if credit is None:
        return None
    first_break = CLAUSE_BREAK.search(sentence.text)
    end = first_break.start() if first_break else len(sentence.text)
    if "،" in sentence.text[:end]:
        return None  # a credit closed by its comma: the subject after it was looked for and not found
    for entity in entities:
        start = entity.start - sentence.start
        if entity.type == "PER" and credit.end() <= start and entity.end - sentence.start <= end:
            return Phrase(entity.text, start, entity.end - sentence.start)
    return None


# A poll's share of respondents («۸۱ درصد از مردم ترکیه …»): what they think is an opinion, not an act.
POLL_SHARE = re.compile(r"^[\d۰-۹/.,]+[ \u200c]*درصد(?![\w\u200c])")


def polled(event: Event) -> bool:
    """Tell whether an event's only actors are shares of a poll's respondents."""
    return bool(event.actors) and all(POLL_SHARE.match(actor.text) for actor in event.actors)


def find_title_demand(analysis: Analysis, title: Subject | None, events: list[Event]) -> list[Event]:
    """Return the demand a title makes in the subjunctive («کانادا از اقدامات شتابزده خودداری کند») when the report
    codes none (one record per event): from the speaker the title names to the state its words name, or, with no
    speaker, on the title's subject."""
    if title is None or any(event.type == "REQUEST" for event in events):
        return []
    found = title_demand(title.sentence.text)
    if found is None:
        return []
    speaker, demand = found
    actors = title.participants() if speaker else []
    recipients = name_states(demand) if speaker else title.participants()
    sentence = title.sentence
    return [
        Event(
            start=sentence.start, end=sentence.end, type="REQUEST", actors=actors, recipients=recipients,
            date=event_date(sentence, analysis.times, analysis.dateline), sentence=sentence.text,
        )
    ]


@stage("events", requires=("text", "sentences", "times", "entities"), assigns=("events",))
def events_stage(analysis: Analysis) -> Analysis:
    """Fill `events` with the PLOVER events of the article."""
    analysis.events = find_events(analysis)
    return analysis
