"""Turn the phrases found around a predicate into coded participants (text, entity id, country, sector)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from khabar.analysis import Entity, Participant
from khabar.errors import ModelError
from khabar.events.arguments import Phrase
from khabar.events.patterns import ANAPHORIC_COUNTRY, PARTITIVES, PHRASE_OPENERS
from khabar.resolve.actors import actor_code, find_place_country, load_actor_tables
from khabar.resolve.countries import country_code
from khabar.resolve.keys import fold_tokens
from khabar.resolve.link import count_countries
from khabar.resolve.mentions import split_words
from khabar.resolve.patterns import OWN_COUNTRY_WORDS

# Persian-language outlets report from Iran: a bare title («وزیر کشور») with no country is Iranian.
HOME_COUNTRY = "IRN"
# Codes of international bodies, which are no story's state.
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO"})
# How many times as often as any other state the article must name a state for it to be the story's.
STORY_STATE_LEAD = 2
# An outlet's name, which may be a state's («خبرگزاری فرانسه»، «شبکه روسیه الیوم»): no clue to where a story is.
OUTLET_NAME = re.compile(r"(?<![\w\u200c])(?:خبرگزاری|روزنامه|شبکه|رادیو|تلویزیون)[ \u200c]+[\w\u200c]+")
# Sectors of groups with no single home country, which the home default must not claim.
STATELESS_SECTORS = frozenset({"REB", "UNK"})
NAMED_TYPES = frozenset({"PER", "ORG", "POG"})  # a political group is a named body
# Sectors of state bodies: one that names no country is in the country of the event's other party.
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})
QUOTE_MARKS = "«»\"'"
# Several states named together («کشورهای اروپایی»، «سه کشور اروپایی»، «نیروهای نظامی کشورهای همسایه»): an actor
# of no single country, never placed in a default one.
STATE_GROUP = re.compile(
    r"(?<![\w\u200c])(?:کشورهای|کشورها|کشورهایی|(?:دو|سه|چهار|پنج|چند|برخی|بسیاری از)[ \u200c]+کشور"
    # The people of a world region («مردم آمریکای لاتین»، «مسلمانان اروپا») are of no single state either.
    r"|آمریکای[ \u200c]+(?:لاتین|جنوبی|مرکزی)|اروپا|آفریقا|آسیا|خاورمیانه|قفقاز|بالکان)(?![\w\u200c])"
)
# «و»، a comma, or a focus adverb that picks out part of a list («کشورها، خصوصا کشورهای اروپایی»، «طرفین بویژه …»).
CONJUNCTION = re.compile(
    r"[ \u200c]+و[ \u200c]+|،[ \u200c]*"
    r"|[ \u200c]*(?<![\w\u200c])(?:بویژه|به[ \u200c]ویژه|خصوصا|خصوصاً|مخصوصا|مخصوصاً|بخصوص|به[ \u200c]خصوص|حتی)(?![\w\u200c])[ \u200c]*"
)
PEOPLE_FILE = "event_people.txt"
UNPLACED = "unplaced"  # the second field of a people noun that place_people leaves of no state
# Words for committees, whose names go on past «و» («کمیسیون امنیت ملی و سیاست خارجی»): not actors alone.
COMMITTEE_WORDS = frozenset("کمیسیون کمسیون کمیته ستاد شورای".split())
# Words that open another body's name after «و» («… شهرداری و مؤسسه توسعه سینمایی»), which the resolver lacks.
BODY_WORDS = frozenset("مؤسسه موسسه انجمن بنیاد".split())
# A representative's constituency, which «و» or a comma may join to more towns: «نماینده مردم اهر و هریس» and
# «نماینده مردم قائم‌شهر، سوادکوه، جویبار و سیمرغ» are one person each.
CONSTITUENCY = re.compile(
    r"نماینده(?:[ \u200c]+مردم)?[ \u200c]+[^\s،]+(?:(?:[ \u200c]*،[ \u200c]*|[ \u200c]+و[ \u200c]+)[^\s،]+)*$"
)
# Words that may come before the noun that heads a group of people: «بیش از دو هزار زندانی»، «یکی از».
QUANTITY_WORDS = frozenset(
    "از حدود نزدیک تقریبا تقریباً دست کم هزار صد میلیون ده بیست سی چهل پنجاه شصت هفتاد هشتاد نود ها".split()
) | PARTITIVES | PHRASE_OPENERS


def code_mention(text: str, default_country: str | None):
    """Return the resolver's actor code for a mention (memoised there), or None when it codes nothing."""
    return actor_code(text, default_country=default_country)


def names_town(text: str) -> bool:
    """Tell whether a mention is a known place that is no state («کرکوک»، «کابل»)."""
    return country_code(text) is None and find_place_country(fold_tokens(text), whole=True) is not None


def split_conjuncts(phrase: Phrase) -> list[Phrase]:
    """Split «وزرای دفاع ایران و بلاروس» into its conjuncts, keeping offsets."""
    parts, cursor = [], 0
    for match in CONJUNCTION.finditer(phrase.text):
        parts.append(Phrase(phrase.text[cursor : match.start()], phrase.start + cursor, phrase.start + match.start()))
        cursor = match.end()
    parts.append(Phrase(phrase.text[cursor:], phrase.start + cursor, phrase.end))
    return [part for part in parts if part.text.strip()] or [phrase]


def join_body_names(conjuncts: list[Phrase], phrase: Phrase, offset: int, entities: list[Entity]) -> list[Phrase]:
    """Join a conjunct that opens with a word naming no one to a body before it, or to the name NER found across
    the «و» unless it names another state: «سخنگوی کمیسیون آموزش و تحقیقات مجلس» is one body's name, while «وزارت
    خارجه ایران و دولت آمریکا» names two parties, and so do a quoted name («حماس» و نوار غزه) and a conjunct that
    opens with a name NER found."""
    if len(conjuncts) < 2:
        return conjuncts
    joined = [conjuncts[0]]
    for part in conjuncts[1:]:
        previous = joined[-1]
        separator = phrase.text[previous.end - phrase.start : part.start - phrase.start]
        if is_second_town(previous, part):
            start, end = previous.start - phrase.start, part.end - phrase.start
            joined[-1] = Phrase(phrase.text[start:end], previous.start, part.end)
        elif (
            "،" not in separator and not previous.text.endswith(tuple(QUOTE_MARKS)) and not opens_with_party(part.text)
            and not opens_entity(part, offset, entities)
            and (holds_body(previous.text) or (spans_conjunction(previous, part, offset, entities)
                                                and not names_another_state(previous, part)))
        ):
            start, end = previous.start - phrase.start, part.end - phrase.start
            joined[-1] = Phrase(phrase.text[start:end], previous.start, part.end)
        else:
            joined.append(part)
    return joined


def is_second_town(previous: Phrase, part: Phrase) -> bool:
    """Tell whether a conjunct is a further town of a representative's constituency («نماینده مردم اهر و هریس»),
    not a party of its own (nor Kamala Harris): one word, a known town or a word the resolver codes as nothing."""
    if CONSTITUENCY.search(previous.text) is None or len(part.text.split()) != 1:
        return False
    return names_town(part.text) or code_mention(part.text, None) is None


def spans_conjunction(previous: Phrase, part: Phrase, offset: int, entities: list[Entity]) -> bool:
    """Tell whether one name NER found runs across the «و» between two conjuncts: «وزیر دفاع و پشتیبانی نیروهای
    مسلح» (the ministry's name goes on after «و»)."""
    start, end = previous.end + offset, part.start + offset
    return any(entity.mention == "name" and entity.start < start and end < entity.end for entity in entities)


def names_another_state(previous: Phrase, part: Phrase) -> bool:
    """Tell whether a conjunct names a state other than the one before it («وزرای دفاع ایران و جمهوری بلاروس»)."""
    theirs = code_mention(part.text, None)
    if theirs is None or theirs.country is None:
        return False
    ours = code_mention(previous.text, None)
    return ours is not None and ours.country is not None and ours.country != theirs.country


def opens_entity(part: Phrase, offset: int, entities: list[Entity]) -> bool:
    """Tell whether a named person, body or place starts where the conjunct starts."""
    start = part.start + offset
    return any(entity.start == start and entity.mention == "name" for entity in entities)


def holds_body(text: str) -> bool:
    """Tell whether a mention holds a body's word: the resolver's, or a committee's, which it reads as no actor."""
    return names_body(text) or any(word in COMMITTEE_WORDS for word in text.split())


def opens_with_party(text: str) -> bool:
    """Tell whether a conjunct's first word could name a party of its own: a state, body, committee, title, person
    or people."""
    from khabar.events.arguments import names_actor, names_person, names_state, opens_title

    first = text.split()[0].strip(QUOTE_MARKS + "،,")
    return (
        not first or names_actor(first) or names_state(first) or names_person(first) or opens_title(first)
        or names_people(first) or first in COMMITTEE_WORDS or first in BODY_WORDS or names_body(first)
    )


def is_title(part: Phrase, offset: int, entities: list[Entity]) -> bool:
    """Tell whether a conjunct is a bare title («وزیر سابق خارجه مصر»): it opens with a role and names no person."""
    code = code_mention(part.text, None)
    if code is None or not code.roles or not any(part.text.startswith(role.split()[0]) for role in code.roles):
        return False
    start, end = part.start + offset, part.end + offset
    return not any(
        e.type == "PER" and e.mention == "name" and start <= e.start and e.end <= end for e in entities
    )


def drop_appositions(conjuncts: list[Phrase], phrase: Phrase, offset: int, entities: list[Entity]) -> list[Phrase]:
    """Drop the titles set off by a comma after a name: «عمرو موسی، وزیر سابق خارجه مصر و دبیرکل سابق اتحادیه
    عرب» is one person, while «اوباما، رئیس‌جمهور آمریکا و کامرون، نخست‌وزیر انگلیس» keeps both names."""
    if len(conjuncts) < 2:
        return conjuncts
    kept: list[Phrase] = []
    after_name = False
    for index, part in enumerate(conjuncts):
        if index and after_name and is_title(part, offset, entities):
            separator = phrase.text[conjuncts[index - 1].end - phrase.start : part.start - phrase.start]
            if "،" in separator or kept[-1] is not conjuncts[index - 1]:
                continue  # the comma after the name opens its titles; «و» goes on with them
        entity = entity_for(part, offset, entities)
        after_name = entity is not None and entity.type == "PER" and heads_phrase(entity, part, offset)
        kept.append(part)
    return kept


def entity_for(phrase: Phrase, offset: int, entities: list[Entity]) -> Entity | None:
    """Return the entity that lies inside the phrase (sentence offsets shifted by `offset`), if any."""
    start, end = phrase.start + offset, phrase.end + offset
    return next((entity for entity in entities if entity.start >= start and entity.end <= end), None)


def heads_phrase(entity: Entity, phrase: Phrase, offset: int) -> bool:
    """Tell whether a resolved person or organisation opens the phrase (quote marks aside)."""
    lead = phrase.text[: entity.start - offset - phrase.start].strip(QUOTE_MARKS + " \u200c")
    return entity.type in NAMED_TYPES and entity.mention == "name" and not lead


def participant_for(
    phrase: Phrase, offset: int, entities: list[Entity], default: str | None, home: str | None = None,
    setting: str = HOME_COUNTRY,
) -> Participant:
    """Code one conjunct: the resolved entity when NER and resolution ran, else the resolver on the phrase.

    A state actor whose text names no country («وزیر کشور») gets `default`; one the resolver placed in Iran only
    by default gets `home` when given.
    """
    entity = entity_for(phrase, offset, entities)
    code = code_mention(phrase.text, None)
    country = code.country if code else None
    sector = code.sector if code else None
    if country is None and names_own_country(phrase.text):
        country = HOME_COUNTRY  # «دیپلمات‌های کشورمان»: the outlet's own country
    if country is None and sector is not None and sector not in STATELESS_SECTORS:
        country = default
    if entity is not None and entity.country and (
        heads_phrase(entity, phrase, offset) or not (code and code.country and code.confidence >= 0.9)
    ):
        # A resolved name that opens the phrase outranks the words after it: «دیوید کامرون» نخست‌وزیر انگلیس.
        country, sector = entity.country, entity.sector or sector
        unplaced = country == HOME_COUNTRY and not (code and code.country)
        if (home or setting != HOME_COUNTRY) and unplaced and entity.type == "ORG" and sector in STATE_SECTORS:
            # The resolver's own home default for a body: the event's other party, else the state the article is
            # about, says where it is («شهرداری پالم بیچ» in a report on Florida).
            country = home or setting
    elif entity is not None and sector is None and entity.sector:
        sector = entity.sector  # placed nowhere, but known as what it is: «الظواهری» leads an armed group
    return Participant(text=phrase.text, id=entity.id if entity else None, country=country, sector=sector)


def locates_story(entity: Entity) -> bool:
    """Tell whether an entity's country says where the story is: a foreign agency the report is credited to
    («به گزارش خبرگزاری فرانسه از بیروت») says where the news came from, not where it happened. (The outlet's own
    credit stays: Persian news is about Iran unless its text says otherwise.)"""
    return bool(entity.country) and not (entity.sector == "MED" and entity.country != HOME_COUNTRY)


def titles_of_person(
    conjuncts: list[Phrase], participants: list[Participant], offset: int, entities: list[Entity]
) -> bool:
    """Tell whether the conjuncts after a named person are bare titles: more of the same person's titles."""
    return (participants[0].id or "").startswith("per:") and any(
        is_title(part, offset, entities) for part in conjuncts[1:]
    )


def names_body(text: str) -> bool:
    """Tell whether a mention holds an organisation word of the resolver's («اداره»، «وزارت»، «سازمان»): the
    «و» after it may go on with the body's name."""
    return any(word.kind == "org" for _, _, word in load_actor_tables().sectors.find(fold_tokens(text)))


def names_own_country(text: str) -> bool:
    """Tell whether a mention names the outlet's own country («کشورمان»، «میهن اسلامی»; not «کشور مالزی»)."""
    return own_country_pattern().search(text) is not None


@lru_cache(maxsize=1)
def own_country_pattern() -> re.Pattern[str]:
    """Compile the resolver's words for the outlet's own country as whole words, once."""
    words = "|".join(re.escape(word).replace("\\ ", "[ \u200c]+") for word in OWN_COUNTRY_WORDS)
    return re.compile(rf"(?<![\w\u200c])(?:{words})(?![\w\u200c])")


def resolved_pronoun(phrase: Phrase, offset: int, entities: list[Entity]) -> list[Participant]:
    """Code «وی» or «این مقام» by the entity the resolver linked it to, named as the article names it."""
    start, end = phrase.start + offset, phrase.end + offset
    for entity in entities:
        if start <= entity.start and entity.end <= end and entity.mention != "name" and entity.country:
            named = next(
                (other.text for other in entities if other.id == entity.id and other.mention == "name"), entity.text
            )
            return [Participant(text=named, id=entity.id, country=entity.country, sector=entity.sector)]
    return []


def placed(participant: Participant, default: str | None, home: str | None, named: bool) -> str | None:
    """Return the country of a mention that names none: a state body is in `home` when given (the other party's
    country), anyone else in `default`."""
    if home and not named and participant.sector in STATE_SECTORS:
        return home
    return default


def code_phrase(
    phrase: Phrase, offset: int, entities: list[Entity], context_country: str | None = None,
    home: str | None = None, setting: str | None = None,
) -> list[Participant]:
    """Code a phrase, one participant per conjunct.

    In «اعضای پارلمان و رهبران احزاب ایتالیا» the named country holds for every conjunct that names none; in
    «وزرای دفاع ایران و بلاروس» a bare country conjunct takes the first conjunct's sector. A state body that
    names no country («شهرداری») is in `home` when given, else in Iran.
    """
    conjuncts = join_body_names(split_conjuncts(phrase), phrase, offset, entities)
    conjuncts = drop_appositions(conjuncts, phrase, offset, entities)
    if conjuncts and names_town(conjuncts[0].text.split()[-1].strip(QUOTE_MARKS)):
        # Towns listed after a title that ends with one are its constituency: «نماینده مردم تهران، ری و اسلامشهر».
        conjuncts = conjuncts[:1] + [part for part in conjuncts[1:] if not names_town(part.text)]
    setting = setting or HOME_COUNTRY
    participants = [participant_for(part, offset, entities, None, home, setting) for part in conjuncts]
    participants = [
        p.model_copy(update={"country": context_country, "sector": "GOV"})
        if not p.country and not p.sector and ANAPHORIC_COUNTRY.fullmatch(p.text) else p
        for p in participants
    ]  # «این کشور» alone is the state named last
    named = [p.country for p in participants if p.country]
    anaphoric = ANAPHORIC_COUNTRY.search(phrase.text)
    default = named[-1] if named else (context_country if anaphoric else setting)
    participants = [
        p.model_copy(update={"country": placed(p, default, home, bool(named or anaphoric))})
        if not p.country and not STATE_GROUP.search(p.text) and (
            p.sector not in (None, *STATELESS_SECTORS)
            # «دستگاه قضایی این کشور»: the words say where it is, whatever the body is.
            or (p.sector is None and not named and ANAPHORIC_COUNTRY.search(p.text) and context_country)
        )
        else p
        for p in participants
    ]
    participants = [
        p.model_copy(update={"sector": "GOV"}) if not p.country and not p.sector and STATE_GROUP.search(p.text)
        else p
        for p in participants
    ]  # «کشورهای اروپایی»: several states, named but of no single country (GUIDE)
    if len(participants) == 1:
        return participants
    if not named:
        parties = all(p.id or p.sector not in (None, "UNK") or names_people(p.text) for p in participants)
        if parties and not names_body(conjuncts[0].text) and not titles_of_person(
            conjuncts, participants, offset, entities
        ):
            return participants  # «نمایندگان چایکاران و کارخانه‌داران»: each conjunct is a party by what it is
        # «صنایع‌دستی و گردشگری استان»: a conjunct that names no one is part of one name, and so is what follows
        # a body («روسای اداره ورزش و جوانان») or a person's title («X عضو شورا و مدیرکل اسبق سازمان»)
        return [participant_for(phrase, offset, entities, default, home, setting)]
    if not participants[0].country and participants[0].sector in (None, "UNK") and is_title(
        conjuncts[0], offset, entities
    ):
        # «معاون پژوهش و نیروی انسانی اداره کل …»: a title that names no one goes on past «و» to its body.
        return [participant_for(phrase, offset, entities, default, home, setting)]
    participants = [p for p in participants if p.country or p.sector not in (None, "UNK")] or participants[:1]
    head_sector = participants[0].sector
    for index in range(1, len(participants)):
        if participants[index].sector == "GOV" and head_sector and head_sector != "GOV":
            participants[index] = participants[index].model_copy(update={"sector": head_sector})
    return participants


@lru_cache(maxsize=1)
def load_people_table() -> dict[str, bool]:
    """Read the shipped nouns for people who name no state, once: each noun, and whether it is placed."""
    try:
        text = resources.files("khabar.data").joinpath(PEOPLE_FILE).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise ModelError(f"missing lexicon {PEOPLE_FILE}") from error
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {row[0].strip(): not (len(row) > 1 and row[1].strip() == UNPLACED) for row in rows}


def people_noun(word: str) -> str | None:
    """Return the noun for people a word is, whole or before a half-space («راننده‌ای» is «راننده»), else None."""
    people = load_people_table()
    if word in people:
        return word
    first = word.split("\u200c")[0]
    return first if first in people else None


def people_head(text: str) -> str | None:
    """Return the noun for people that heads a mention («۲۳۶۱ زندانی»، «امدادگران»، «حامیان خروج …»), if any."""
    for word in text.strip(QUOTE_MARKS + " ").split():
        word = word.strip(QUOTE_MARKS + "،,")
        noun = people_noun(word)
        if noun is not None:
            return noun
        if word in QUANTITY_WORDS or any(char.isdigit() for char in word) or not word:
            continue
        return None  # the head is some other noun: «کشورهای اسلامی»، «گروه‌ها»
    return None


def names_people(text: str) -> bool:
    """Tell whether a mention is headed by a noun for people («۲۳۶۱ زندانی»، «امدادگران»، «حامیان خروج …»)."""
    return people_head(text) is not None


def names_placed_people(text: str) -> bool:
    """Tell whether a mention is headed by a noun for people who belong where they are («زندانیان»), not for
    unnamed individuals («افراد ناشناس»), who stay of no state."""
    head = people_head(text)
    return head is not None and load_people_table()[head]


def first_placed_people(text: str, country: str | None) -> list[Participant]:
    """Return the first people of a place that a text names («شهروندان», not «افراد ناشناس») as civilians of
    `country`; [] when the country is unknown or the text names none."""
    if country is None:
        return []
    for word in re.findall(r"[\w\u200c]+", text):
        noun = people_noun(word)
        if noun is not None and load_people_table()[noun]:
            return [Participant(text=word, country=country, sector="CVL")]
    return []


def place_people(participants: list[Participant], country: str | None) -> list[Participant]:
    """Give people who name no state («بیش از ۵۰۸ زندانی») `country`, as civilians unless a sector is known.

    A person the resolver knows («مرد شماره دو القاعده» is «الظواهری») and a member of an armed group are no
    anonymous crowd: the state they are with is not theirs.
    """
    if country is None:
        return participants
    return [
        p.model_copy(update={"country": country, "sector": p.sector or "CVL"})
        if not p.country and p.sector != "REB" and not (p.id or "").startswith("per:") and names_placed_people(p.text)
        and not STATE_GROUP.search(p.text)
        else p
        for p in participants
    ]


# What may stand between a name and the title after it: quote marks, a comma, the partitive «از» of
# ««اسکات دیورکین» از مقامات ارشد حزب دموکرات».
TITLE_LEAD = re.compile(r"[\s\u200c»\"']*(?:،[\s\u200c]*)?(?:از[\s\u200c]+)?")
TITLE_REACH = 80
REPORT_LEAD = re.compile(r"به[ \u200c]+گزارش[ \u200c]+$")
SPEAKER_GAP = re.compile(r"[\s\u200c]*،[\s\u200c]*")


def title_country(text: str, name_end: int) -> str | None:
    """Return the state named by the title right after a name («…» رئیس هیأت ورزش عربستان سعودی), if any.

    A phrase that opens with a state or demonym is not the name's title but the next phrase («پوتین آمریکا را …»).
    """
    from khabar.events.arguments import phrase_forward  # arguments imports this module

    lead = TITLE_LEAD.match(text, name_end)
    start = lead.end() if lead else name_end
    phrase = phrase_forward(text, start, min(len(text), start + TITLE_REACH))
    if phrase is None:
        return None
    code = code_mention(phrase.text, None)
    if code is None or not code.country:
        return None
    first = code_mention(phrase.text.split()[0], None)
    return None if first is not None and first.country else code.country


def tied_country(entity: Entity, text: str, before: Entity | None = None) -> str | None:
    """Return the state the text ties an unplaced person to: a title the resolver read, the one after the name,
    the state body whose report gives their words («به گزارش … وزارت امور خارجه، حمید رضا آصفی تاکید کرد»),
    else, for a person named by name, the foreign state the article names most (see story_state)."""
    for role in entity.roles:
        code = code_mention(role, None)
        if code is not None and code.country:
            return code.country
    tied = title_country(text, entity.end) or reporting_body_country(text, entity, before)
    if tied is None and entity.mention == "name":
        tied = story_state(text)
    return tied


@lru_cache(maxsize=4)
def story_state(text: str) -> str | None:
    """Return the state a foreign story is about: the one its text names most, when that is not Iran.

    A foreign story's people are its own unless the text says otherwise (the gold places a Saudi prince with
    no title in a report on Saudi Arabia there). A state named fewer than twice as often as the next one, or
    Iran named most, or «کشورمان» in the text, places no one.
    """
    if any(word in text for word in OWN_COUNTRY_WORDS):
        return None  # «کشورمان»: the outlet's own country is in the story
    words = split_words(OUTLET_NAME.sub(" ", text))
    counts = [(code, n) for code, n in count_countries(words).most_common() if code not in INTERNATIONAL]
    if not counts or counts[0][0] == HOME_COUNTRY or counts[0][1] < STORY_STATE_LEAD * (
        counts[1][1] if len(counts) > 1 else 0
    ) or counts[0][1] < 2:
        return None  # no state stands out: the story is about several
    return counts[0][0]


def reporting_body_country(text: str, entity: Entity, before: Entity | None) -> str | None:
    """Return the country of the state body named in the «به گزارش X،» lead-in right before the name."""
    if before is None or before.type != "ORG" or not before.country or before.sector not in STATE_SECTORS:
        return None
    if REPORT_LEAD.search(text, max(0, before.start - 20), before.start) is None:
        return None
    return before.country if SPEAKER_GAP.fullmatch(text, before.end, entity.start) else None
