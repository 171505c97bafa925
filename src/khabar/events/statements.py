"""Reported statements coded by what they do, and states named in a statement or a place phrase."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from khabar.analysis import Event, Participant, Sentence
from khabar.events.arguments import FINITE_VERB, is_common_word_state, is_verb
from khabar.events.patterns import (
    DEMAND,
    HEDGE,
    MEDIA,
    PRAISE_FILE,
    QUESTION,
    REPORTED_STATEMENT,
    WISH,
    load_criticism,
    load_word_list,
)
from khabar.resolve.actors import CONFIDENCE, actor_code, find_country_names, names_conference
from khabar.resolve.countries import INTERNATIONAL, names_capital
from khabar.resolve.keys import fold

# An agency lead-in that names where the report is filed from: «به گزارش خبرگزاری فرانسه از بغداد،».
FILED_FROM = re.compile(r"^\s*به گزارش [^،:]{0,60}?(?<!نقل )(?<![\w\u200c])از ([^،:]{2,40})،")
# «در» and up to four words, stopping before the next «در» so that «در اردوگاه بلاطه در نابلس» yields both places.
PLACE = re.compile(
    r"(?<![\w\u200c])در[ \u200c]+((?:(?!در[ \u200c])[^\s\u200c.،:؛]+[ \u200c]+){0,3}(?!در(?![\w\u200c]))[^\s\u200c.،:؛]+)"
)


def find_statement_events(
    sentence: Sentence, held: set[str], speaker_of: Callable[[], list[Participant]]
) -> list[Event]:
    """Code a reported statement by what its content does: criticise (ACCUSE disapprove) or demand (REQUEST),
    from the speaker to the first state the content names; nothing for a type the sentence already holds. A word
    that blames only when someone is named («سهل‌انگاری»، «غیرقانونی») needs another state, or a body of the
    speaker's own near it («… عدم همت مسوولان»); a demand on officials («مسئولان باید …») is addressed to them.

    speaker_of: returns the statement's speaker, coded only when the sentence is a statement.
    """
    statement = REPORTED_STATEMENT.search(sentence.text)
    if statement is None:
        return []
    content = sentence.text[statement.end() :]
    cues = (DEMAND, load_criticism(), load_named_criticism(), INTENT, load_praise())
    if not any(cue.search(content) for cue in cues):
        return []  # no cue: the speaker need not be coded
    speakers = speaker_of()
    if not speakers or any(MEDIA.match(speaker.text) for speaker in speakers):
        return []  # what a newspaper writes is reporting, not the paper's own demand or criticism
    found = []
    addressed = addressed_party(sentence.text[: statement.end()], speakers)
    finders = (
        ("ACCUSE", "disapprove", find_criticism),
        ("REQUEST", None, partial(find_demand, addressed=addressed)),
        ("SUPPORT", None, find_praise),
    )
    for event_type, mode, find in finders:
        if event_type in held or (event_type == "REQUEST" and "THREATEN" in held):
            continue  # «هشدار داد و گفت: … باید بپردازید»: the demand is the warning's own
        coded = find(content, speakers)
        if coded is None:
            continue
        cue, targets = coded
        event = Event(
            start=sentence.start, end=sentence.end, type=event_type, mode=mode, actors=list(speakers),
            recipients=targets, sentence=sentence.text,
        )
        event.hypothetical = bool(QUESTION.search(sentence.text)) or (
            event_type == "ACCUSE" and bool(HEDGE.search(content, 0, cue.start()))
        )
        found.append(event)
    return found


def find_criticism(content: str, speakers: list[Participant]) -> tuple[re.Match[str], list[Participant]] | None:
    """Return the cue of a criticism in a statement and whom it blames, or None.

    A criticism word blames the first other state named, else any («اسپانیا با ایران روابط دارد اما …»), else the
    speaker's own officials or government named near it («متاسفانه بی‌توجهی مسئولان …»); a word that blames only
    when someone is named («سهل‌انگاری») needs another state or a body of the speaker's own near it («معادلات
    ظالمانه … به نفع ملت ایران» blames no one in Iran); hostile intent («آمریکایی‌ها دنبال … هستند») blames the state
    that is its subject.
    """
    own = {speaker.country for speaker in speakers}
    cue = load_criticism().search(content)
    if cue is not None:
        targets = name_states(content, exclude=own, places=False) or name_states(content, places=False)
        targets = targets or own_bodies(near(content, cue), speakers)
        if not targets and MISHAP.search(content):
            return None  # «متأسفانه در این تصادف یک نفر فوت شد»: regret at a mishap blames no one
        return cue, targets
    cue = load_named_criticism().search(content)
    if cue is not None:
        targets = name_states(content, exclude=own, places=False) or own_bodies(near(content, cue), speakers)
        return (cue, targets) if targets else None
    cue = INTENT.search(content)
    if cue is not None:
        targets = name_states(content[: cue.start()], exclude=own, places=False)
        return (cue, targets) if is_subject_state(content[: cue.start()], targets) else None
    return None


# A demand told as an agentless passive («… باید اصلاحاتی در قانون انجام شود»، «باید تحقیقاتی صورت گیرد»).
# Its verb is the clause's first: the words before it hold no «و / که / تا» and no other subjunctive.
AGENTLESS = re.compile(
    r"(?:(?!(?<![\w\u200c])(?:و|که|تا|باشد|باشند|کند|کنند|دهد|دهند|کرد)(?![\w\u200c]))[^.،:؛«»])*?"
    r"[ \u200c](?:ن?(?:ب)?(?:شود|شوند|گردد|گردند)|صورت[ \u200c]+(?:گیرد|بگیرد|پذیرد|بپذیرد))(?![\w\u200c])"
)
# A passive whose subject undergoes the act («افرادی نظیر صدام باید در دادگاه محاکمه شوند»): a call for a trial or a
# punishment, addressed to no one named, not a demand on the subject.
UNDERGONE = re.compile(
    r"(?<![\w\u200c])(?:محاکمه|مجازات|دستگیر|بازداشت|اعدام|تنبیه|اخراج|تحریم|محکوم|زندانی|مواخذه|مؤاخذه|بازخواست|"
    r"عزل|برکنار|توقیف)[ \u200c]+ن?(?:ب)?(?:شود|شوند|گردد|گردند)(?![\w\u200c])"
)
# «باید» with a past imperfective in its clause («دولت باید مبادرت به سرمایه‌گذاری می‌نمود»): what should have been
# done, told as history, not a demand.
PAST_OBLIGATION = re.compile(
    r"[^.،:؛]*?(?<![\w\u200c])می[ \u200c]?(?:کرد|کردند|نمود|نمودند|شد|شدند|داد|دادند|گرفت|گرفتند|رفت|رفتند|آمد|"
    r"آمدند|داشت|داشتند|گذاشت|گذاشتند|ساخت|ساختند)(?![\w\u200c])"
    # or a perfect («دولت باید نظارت … داشته است»): what should have been done
    r"|[^.،:؛]*?(?<![\w\u200c])(?:داشته|کرده|نموده|شده|داده|گرفته|بوده)[ \u200c]+(?:است|اند|بود|بودند)(?![\w\u200c])"
)
# The agent of a demand's passive, up to its next preposition («توسط اداره دامپزشکی کمپینی راه‌اندازی شود»).
PASSIVE_AGENT = re.compile(
    r"(?<![\w\u200c])(?:توسط|از[ \u200c]+سوی|از[ \u200c]+طرف)[ \u200c]+((?:(?!(?:برای|به|در|با|از|تا)[ \u200c])"
    r"[^\s\u200c.،:؛]+[ \u200c]+){1,3})"
    r"(?!ن?ب?(?:شود|شوند|گردد|گردند)(?![\w\u200c]))"  # not the passive verb's own noun («توسط دولت | حمایت شود»)
)
# A place before «باید» («در این کشور باید …»): where, not who.
LOCATIVE_TAIL = re.compile(r"(?<![\w\u200c])در[ \u200c]+(?:[^\s\u200c]+[ \u200c]*){1,3}$")
SUBJECT_WORDS = 4  # how far before «باید» an agentless passive's subject may stand
WISH_SUBJECT_WORDS = 6  # how far after «انتظار داریم» its subject may stand («هر چه سریع‌تر شهردار تهران …»)


# Where a clause opens: after a comma, a semicolon or «و».
LAST_CLAUSE = re.compile(r"[،؛]|(?<![\w\u200c])و(?![\w\u200c])")


def find_demand(
    content: str, speakers: list[Participant], addressed: Sequence[Participant] = ()
) -> tuple[re.Match[str], list[Participant]] | None:
    """Return the first cue of a demand in a statement that is addressed to someone, and whom, or None: each
    «باید» is read in turn, since an agentless one may come first («نباید شرکت‌ها رها شوند و دولت باید …»). A
    statement made to someone («خطاب به کاندیداها افزود: …») asks them what names no one else."""
    previous_end = 0
    for cue in DEMAND.finditer(content):
        found = addressees(content, cue, speakers, previous_end)
        if not found and addressed and not PAST_OBLIGATION.match(content, cue.end()) and not undergone(
            AGENTLESS.match(content, cue.end())
        ):
            found = list(addressed)
        if found:
            return cue, found
        previous_end = cue.end()
    return None


# Whom a statement is made to: «وی خطاب به کاندیداهای ریاست جمهوری افزود: …» (the words up to the verb of saying).
ADDRESSED = re.compile(r"(?<![\w\u200c])خطاب[ \u200c]+به[ \u200c]+")
ADDRESSED_MAX_WORDS = 8


def addressed_party(lead: str, speakers: list[Participant]) -> list[Participant]:
    """Return the party a statement is addressed to, named in its lead-in (up to and with its verb of saying), else
    []: a state it names, or a group or body of the speaker's own state («کاندیداهای ریاست جمهوری»)."""
    match = ADDRESSED.search(lead)
    if match is None:
        return []
    verb = REPORTED_STATEMENT.search(lead, match.end())
    text = lead[match.end() : verb.start() if verb else len(lead)].strip(" \u200c:،")
    if not text or len(text.split()) > ADDRESSED_MAX_WORDS or any(mark in text for mark in "،:؛.«»"):
        return []
    states = name_states(text, places=False)
    if states:
        return states
    country = speakers_country(speakers)
    code = actor_code(text)
    sector = code.sector if code is not None and code.sector not in (None, "UNK") else "CVL"
    return [Participant(text=text, country=country, sector=sector)] if country else []


def addressees(content: str, cue: re.Match[str], speakers: list[Participant], since: int = 0) -> list[Participant]:
    """Return whom one demand is addressed to, none when it names no one: a state or the speaker's own body before
    its «باید» and after `since`, the demand before it («آمریکا باید …»), or after a wish («امیدواریم طرف آمریکایی
    …»); none for what should have been done, nor for a trial or punishment its subject is to undergo."""
    if PAST_OBLIGATION.match(content, cue.end()):
        return []
    if WISH.match(cue.group()):
        # «امیدواریم طرف آمریکایی …»، «انتظار داریم شهردار تهران …»: the addressee follows the wish, a foreign state
        # anywhere in it, or a body of the speaker's own state as its subject.
        after = content[cue.end() :]
        own = {speaker.country for speaker in speakers}
        return name_states(after, exclude=own, places=False) or own_bodies(
            " ".join(after.split()[:WISH_SUBJECT_WORDS]), speakers
        )
    before = content[since : cue.start()]
    if since:
        # A later «باید» is addressed to the subject of its own clause, not to a state the clause before it named
        # («همه ما باید برای عظمت ایران تلاش کنیم و نسل جوان باید …»).
        before = LAST_CLAUSE.split(before)[-1]
    agentless = AGENTLESS.match(content, cue.end())
    if undergone(agentless):
        return []
    if agentless:
        # «سرانه فضاهای فرهنگی … توسط شهرداران … باید ایجاد شود»: a passive's agent is asked to do it.
        agent = PASSIVE_AGENT.search(LAST_CLAUSE.split(before)[-1] + agentless.group())
        if agent is not None and (found := named_subject(agent.group(1), speakers)):
            return found
        # «در این کشور باید اصلاحاتی … انجام شود»: a passive with no agent binds no one named earlier in the
        # statement; only a state standing as its subject right before «باید» («روسیه نباید … تبدیل شود») is addressed.
        before = LOCATIVE_TAIL.sub("", " ".join(before.split()[-SUBJECT_WORDS:]))
    # The demand's own clause first: a body of the speaker's opening it is asked, not a state named in the clause
    # before («… ایران است و صدا و سیمای مرکز کرمان باید …»); else any state before «باید», whose relative
    # clause may stand between («هر کدام از اعضای کنگره که … شرکت کرده‌اند نباید …»).
    subject = demand_subject(before)
    return (
        name_states(subject, places=False) or own_government(before, speakers)
        or (named_subject(subject, speakers) if not agentless else [])
        or name_states(before, places=False)
    )


# Where the clause of a demand's subject opens: after the last finite verb, colon, comma or «که» before «باید»
# («… از ارکان کشاورزی ایران است و صدا و سیمای مرکز کرمان باید …» asks the broadcaster, not Iran).
SUBJECT_OPENING = re.compile(
    r".*(?:[:،؛]|(?<![\w\u200c])(?:که|است|هستند|نیست|نیستند|بود|بودند|باشد|باشند|دارد|دارند|شد|شدند|"
    r"کرد|کردند|کند|کنند|شود|شوند|داد|دادند|دهد|دهند|گفت|گفتند)"
    r"(?![\w\u200c]))",
    re.S,
)
# Words around a subject that are no part of it («و هم مسئولان»، «قطعا هم باید»).
SUBJECT_PARTICLES = frozenset("و هم نیز قطعا قطعاً همچنین البته امروز حتما حتماً".split())
ALSO = frozenset({"هم", "نیز"})
PREPOSITIONS = frozenset("از به با در برای بر".split())
SUBJECT_MAX_WORDS = 7  # a longer stretch is no subject phrase but a clause
# Words that open an adverbial, not a subject («در مرحله مقدماتی …»، «لذا …»).
NOT_SUBJECT_OPENERS = frozenset("در به از با برای بر تا لذا پس سپس اگر چون زیرا چرا وقتی هرچند".split())


def undergone(agentless: re.Match[str] | None) -> bool:
    """Tell whether a demand's agentless passive (AGENTLESS after its «باید») calls for a trial or punishment its
    subject is to undergo («… باید محاکمه شوند»)."""
    return agentless is not None and UNDERGONE.search(agentless.group()) is not None


def demand_subject(before: str) -> str:
    """Return the words of the demand's own clause before «باید»."""
    opening = SUBJECT_OPENING.match(before)
    return before[opening.end() :] if opening else before


def named_subject(subject: str, speakers: list[Participant]) -> list[Participant]:
    """Return the body or group a demand's clause opens with, of the speaker's own state («دانشگاه‌های ما باید …»،
    «اوقاف باید …»، «مردم و مسئولان باید …»), else []: it must be a short phrase the resolver gives a sector."""
    words = subject.split()
    while words and words[0] in SUBJECT_PARTICLES:
        words = words[1:]
    # The subject ends at «هم / نیز» after it («مردم نیز به عنوان یک مهارت …»).
    words = words[: next((i for i, word in enumerate(words) if word in ALSO), len(words))]
    if not words or len(words) > SUBJECT_MAX_WORDS or "را" in words or words[0] in NOT_SUBJECT_OPENERS:
        return []
    if any(is_verb(word) or FINITE_VERB.fullmatch(word) for word in words):
        return []  # a clause, not a phrase: «زیرا مردم رای دادند و»، «مقام معظم رهبری گفتند مرز»
    # Its first words name the body or group: «صدا و سیمای …»، «حوزه‌های علمیه ما»; not «حمایت از سرمایه‌گذاران».
    heading = next(
        (
            code for size in (1, 2, 3)
            if not PREPOSITIONS & set(words[1:size]) and (code := actor_code(" ".join(words[:size]))) and code.sector
        ),
        None,
    )
    code = actor_code(" ".join(words))
    country = speakers_country(speakers)
    if heading is None or country is None or (code and code.country and code.country != country):
        return []
    return [Participant(text=" ".join(words), country=country, sector=heading.sector)]


def find_praise(content: str, speakers: list[Participant]) -> tuple[re.Match[str], list[Participant]] | None:
    """Return the cue of praise in a statement and the state it praises, or None: the first state named within six
    words of the cue, not the speaker's own («نقش سازنده روسیه در …»), else a body of the speaker's own state named
    there («… نگاه فرهنگی مسئولان ارشد استان کرمان … قابل تقدیر است»); none when the cue is negated («سازنده نبود»)
    or the statement also blames, nor a right the speaker claims as his own («حق قانونی خود»)."""
    cue = next((cue for cue in load_praise().finditer(content) if not OWN_AFTER.match(content, cue.end())), None)
    if cue is None or NEGATED_AFTER.match(content, cue.end()) or load_criticism().search(content):
        return None
    targets = name_states(near(content, cue), exclude={speaker.country for speaker in speakers}, places=False)
    targets = targets or own_bodies(near(content, cue), speakers)
    return (cue, targets) if targets else None


# A right or merit the speaker claims for himself («از حق قانونی خود … استفاده خواهم کرد»، «حق مسلم ما»): no praise of
# anyone.
OWN_AFTER = re.compile(r"[ \u200c]+(?:خود|خویش|ما|خودمان|خودم)(?![\w\u200c])")
# A praise word denied by the words right after it («… ارزشمند نیست»، «قابل تقدیر نبود»).
NEGATED_AFTER = re.compile(
    r"(?:[ \u200c]+[^\s\u200c.،:؛]+){0,2}?[ \u200c]+(?:نیست|نیستند|نبود|نبودند|نمی|ن(?:دارد|داشت))"
)


@lru_cache(maxsize=1)
def load_praise() -> re.Pattern[str]:
    """Compile the words of praise, once: whole words («نقش موثرتری» is no praise)."""
    return re.compile(load_word_list(PRAISE_FILE).pattern + r"(?![\w\u200c])")


# A bare «دولت / مجلس / رئیس جمهور» opening a statement's last clause before «باید» is the speaker's own state's
# («دولت باید … پایان دهد»، «… هستند و دولت نباید …»، «دولت یازدهم باید …»، «رئیس جمهور باید …»).
OWN_BODY = re.compile(
    r"(?:^|[،؛]|(?<![\w\u200c])(?:و|که|اما|ولی|البته)(?![\w\u200c]))[ \u200c«\"]*"
    r"(?:(دولت|حکومت|مجلس|پارلمان|کنگره|رئیس[ \u200c]جمهور|رییس[ \u200c]جمهور)(?:[ \u200c]+[^\s\u200c.،:]+){0,2}"
    # Officials and state bodies with a word or two after them («مسئولان استان»، «هیأت رئیسه مجلس»).
    # The country's media, managers, staff and institutions as a group («رسانه‌ها باید …»، «مدیران باید …»).
    r"|(?:(?:همه|تمام|تمامی|کلیه)[ \u200c]+)?"
    r"(مسئولان|مسئولین|مسوولان|مسؤولان|هیأت رئیسه|هیئت رئیسه|هیات رئیسه|قوه قضاییه|قوه قضائیه|دستگاه قضایی|"
    r"رسانه‌ها|مدیران|کارکنان|شهرداران|شهرداری‌ها|دستگاه‌ها|دستگاه‌های اجرایی|نهادها|بانک‌ها)"
    r"(?:[ \u200c]+[^\s\u200c.،:]+){0,2})[ \u200c]*$"
)


NAMED_CRITICISM_FILE = "event_criticism_named.txt"
# The speaker's own government, parliament or officials named anywhere in a statement («دولت … سهل‌انگاری کرد»).
OWN_BODIES = re.compile(
    r"(?<![\w\u200c])(دولت|حکومت|مجلس|پارلمان|مسئولان|مسئولین|مسوولان|مسؤولان|مسوولین|مسؤولین|"
    r"وزارت|وزارتخانه|وزارتخانه‌ها|سازمان|معاونت|معاونت‌های|قوه|دستگاه‌ها|دستگاه‌های|نهادها|نهادهای|"
    r"شهردار|شهرداری|استانداری|فرمانداری|کمیسیون|اداره|ادارات|هیأت رئیسه|هیئت رئیسه|هیات رئیسه|بانک مرکزی|"
    r"میراث فرهنگی|مدیرعامل|مدیران)(?![\w\u200c])"
)
# The sectors of the bodies above; any other body is the government's.
BODY_SECTORS = {
    "دولت": "GOV", "حکومت": "GOV", "مجلس": "LEG", "پارلمان": "LEG", "کنگره": "LEG",
    "مسئولان": "GOV", "مسئولین": "GOV", "مسوولان": "GOV", "مسؤولان": "GOV", "هیأت رئیسه": "LEG", "هیئت رئیسه": "LEG",
    "هیات رئیسه": "LEG", "قوه قضاییه": "JUD", "قوه قضائیه": "JUD", "دستگاه قضایی": "JUD", "کمیسیون": "LEG",
    "رسانه‌ها": "MED", "بانک‌ها": "BUS",
}


@lru_cache(maxsize=1)
def load_named_criticism() -> re.Pattern[str]:
    """Compile the words that blame only when the statement names whom, once."""
    return load_word_list(NAMED_CRITICISM_FILE)


# Hostile intent a speaker ascribes («… دنبال تشکیل دولت ضعیف در ایران هستند»، «سعی در تیره کردن روابط دارد»).
INTENT = re.compile(
    r"(?<![\w\u200c])(?<!به )(?:دنبال|درصدد|در صدد|سعی در|در پی)"
    r"(?=[ \u200c][^.،:؛]{3,80}?(?:است|هستند|بوده|دارد|دارند|داشته)(?![\w\u200c]))"
)


def is_subject_state(before: str, targets: list[Participant]) -> bool:
    """Tell whether the state found before an intent is its subject: among the last four words before it."""
    return bool(targets) and targets[0].text in before.split()[-4:]


# A mishap told with regret («متأسفانه در این حادثه دو کارگر جان باختند»): sorrow, not blame, when no one is named.
MISHAP = re.compile(
    r"(?<![\w\u200c])(?:(?:تصادف|حادثه|سانحه|واژگونی|زلزله|سیل|آتش[ \u200c]?سوزی)(?:\u200c?(?:ای|ها|های|ات))?|فوت)"
    r"(?![\w\u200c])|(?<![\w\u200c])(?:جان[ \u200c]+باخت|مصدوم|درگذشت)"  # not «فوتبال»، «سیلی»
)
NEAR_WORDS = 6  # how far from a blaming word its own-state body may stand («سهل‌انگاری و عدم همت مسوولان»)


def near(content: str, cue: re.Match[str]) -> str:
    """Return the words around a cue, up to NEAR_WORDS each side."""
    before = content[: cue.start()].split()[-NEAR_WORDS:]
    after = content[cue.end() :].split()[:NEAR_WORDS]
    return " ".join([*before, cue.group(), *after])


def own_bodies(content: str, speakers: list[Participant]) -> list[Participant]:
    """Return the first body of the speaker's own state that a statement names («دولت»، «مسئولان»), else []."""
    body = OWN_BODIES.search(content)
    return speakers_body(body.group(1), speakers) if body is not None else []


def own_government(before_demand: str, speakers: list[Participant]) -> list[Participant]:
    """Return the speaker's own government or parliament when a demand's subject is that bare noun, else []."""
    body = OWN_BODY.search(before_demand)
    return speakers_body(body.group(1) or body.group(2), speakers) if body is not None else []


def speakers_country(speakers: list[Participant]) -> str | None:
    """Return the state of the first speaker whose state is known."""
    return next((speaker.country for speaker in speakers if speaker.country), None)


def speakers_body(word: str, speakers: list[Participant]) -> list[Participant]:
    """Return a body of the speakers' own state («دولت»، «مسئولان») as a participant; [] when their state is
    unknown."""
    country = speakers_country(speakers)
    return [Participant(text=word, country=country, sector=BODY_SECTORS.get(word, "GOV"))] if country else []


# A warning quoted right after its verb whose first clause opens with the party it binds: «هشدار داد: «روسیه نباید …».
WARNED_DEMAND = re.compile(
    r"[ \u200c]*:[ \u200c«\"]*((?:[^\s\u200c،:«»]+[ \u200c]+){1,4}?)(?:باید|نباید|بایستی|نبایستی)(?![\w\u200c])"
)


def warned_party(sentence: str, after: int) -> list[Participant]:
    """Return the state a warning binds when it is a demand on it («هشدار داد: «روسیه نباید …»»), else [].

    A warning that names no consequence is a demand (PLOVER REQUEST), not a threat.
    """
    demand = WARNED_DEMAND.match(sentence, after)
    return name_states(demand.group(1)) if demand is not None else []


def locate_victims(
    recipients: list[Participant], sentence: str, actors: list[Participant] | None = None,
    filed_from: str | None = None,
) -> list[Participant]:
    """Give victims with no country of their own («30 نفر») the country of the place where it happened
    («در بغداد»): people hurt or held somewhere are, absent other word, of that place. With no such place,
    the country the report is filed from (`filed_from`, «به گزارش … از غزه»), else the first state the sentence
    names after its agency lead-in other than the attackers' («وزارت بهداشت غزه»)."""
    states: list[Participant] = []
    for place in PLACE.finditer(sentence):
        # «در روستایی در استان ادلب سوریه»: the first place phrase that names a state.
        states = name_states(place.group(1))
        if states:
            break
    own = {actor.country for actor in actors or []}
    if not states and filed_from and filed_from not in own:
        states = [Participant(text=filed_from, country=filed_from)]
    if not states and actors:
        lead = FILED_FROM.match(sentence)
        states = name_states(sentence[lead.end() if lead else 0 :], exclude=own)
    if not states:
        return recipients
    # An armed group with no home («مواضع داعش در سوریه») is not of the place where it is hit.
    return [
        r if r.sector == "REB" else r.model_copy(update={"country": states[0].country, "sector": r.sector or "CVL"})
        for r in recipients
    ]


def addressee_in_statement(sentence: str, after: int, actors: list[Participant]) -> list[Participant]:
    """Return the state a warning or demand is addressed to when the sentence goes on to quote it
    («… هشدار داد و گفت: «پیام من به ایران …»»): the first state the quote names, other than the actor's."""
    statement = REPORTED_STATEMENT.search(sentence, after)
    if statement is None:
        return []
    own = {actor.country for actor in actors}
    return name_states(sentence[statement.end() :], exclude=own, conjoined=True)


@lru_cache(maxsize=8192)
def code_word(word: str):
    """Return the resolver's code of one word (None when it codes nothing): words recur, codes are kept."""
    return actor_code(word)


def name_states(
    content: str, exclude: set[str | None] | frozenset = frozenset(), conjoined: bool = False, places: bool = True
) -> list[Participant]:
    """Return the first state, capital or international body that a text names, as a participant; with
    `conjoined`, the states joined to it by «و» too («ایران و سوریه»); with `places`, a town or province standing
    for its state too («بم»، «غزه»)."""
    words = re.findall(r"[\w\u200c]+", content)
    found: list[Participant] = []
    for index, word in enumerate(words):
        if len(word) < 3 or is_common_word_state(word):
            continue  # «معاونت مالی» is financial, not Mali
        if index + 1 < len(words) and names_conference(word, words[index + 1]):
            continue  # «کنگره ۶۵۰۰ شهید»: a conference, not the US Congress
        code = code_word(word)
        if not places and code is not None and code.confidence <= CONFIDENCE["place"] and not names_capital(word):
            continue
        if code is not None and code.country and code.country not in exclude and code.confidence >= 0.8:
            found.append(Participant(text=word, country=code.country, sector=code.sector))
            if conjoined:
                found += joined_states(words[index + 1 :], {code.country, *exclude}, code_word)
            return found
    # No state: a party (not a place) may be an international body named in several words, which the scan word by
    # word cannot see («اتحادیه اروپا به تعهدات خود عمل نکرده است»).
    body = None if places else first_international_body(words, exclude)
    return [body] if body is not None else []


def first_international_body(words: list[str], exclude: set[str | None] | frozenset) -> Participant | None:
    """Return the first international body named in several words («اتحادیه اروپا»، «شورای امنیت سازمان ملل»),
    else None."""
    bodies = [
        (start, end, name) for start, end, name in find_country_names(tuple(fold(word) for word in words))
        if name.kind == "body" and end - start > 1 and name.code in INTERNATIONAL and name.code not in exclude
    ]
    if not bodies:
        return None
    start, end, name = min(bodies, key=lambda body: body[0])
    text = " ".join(words[start:end])
    code = actor_code(text)
    return Participant(text=text, country=name.code, sector=code.sector if code is not None else None)


def joined_states(words: list[str], exclude: set[str | None], actor_code) -> list[Participant]:
    """Return the states that follow as «و X و Y», up to the first word that is neither «و» nor a state."""
    joined = []
    for conjunction, word in zip(words[::2], words[1::2]):
        code = actor_code(word) if conjunction == "و" else None
        if code is None or not code.country or code.confidence < 0.8:
            break
        if code.country not in exclude:
            joined.append(Participant(text=word, country=code.country, sector=code.sector))
    return joined


def find_filing_country(sentences: list[str]) -> str | None:
    """Return the state the article is filed from, named in an agency lead-in of its first sentences."""
    for sentence in sentences:
        lead = FILED_FROM.match(sentence)
        states = name_states(lead.group(1).split(" به نقل ")[0]) if lead else []
        if states:
            return states[0].country
    return None
