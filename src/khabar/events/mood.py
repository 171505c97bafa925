"""The mood of a predicate: whether its sentence reports it as done, or negates, plans, conditions or asks it."""

from __future__ import annotations

import re

from khabar.analysis import Event, Sentence, TimeExpression
from khabar.events.arguments import FINITE_VERB, clause_end, clause_start, is_verb
from khabar.events.patterns import (
    FUTURE_MARKERS,
    HYPOTHETICAL_MARKERS,
    IRREALIS_VERB,
    NEGATED_VERB,
    PREDICTED,
    QUESTION,
    SENTENCE_HYPOTHETICAL,
    has_verb,
)

INDICATIVE_PRESENT = frozenset({"دار"})  # «دارد» is indicative without «می»
# A perfect («کرده است»، «می‌کرده است»): not the simple past imperfective.
PERFECT_TAIL = re.compile(r"ه[ \u200c]+(?:است|اند|ایم|ای|ام|بود|بودند|باشد|باشند)$")
# Adjuncts that present a nominal event as past: «پس از سفر …»، «در پی حملات …».
AFTER_WORDS = r"(?:پس از|بعد از|در پی|به دنبال|در جریان)"
AFTER = re.compile(AFTER_WORDS + r"(?![\w\u200c])")
AFTER_END = re.compile(r"(?<![\w\u200c])" + AFTER_WORDS + r"\s*$")  # the same adjunct ending the text before a noun
# A nominal event a speaker refers to, dated in the past: «با توجه به نشست هفته قبل …» happened, whatever the
# clause goes on to plan.
REFERRED_PAST = re.compile(
    r"(?:با توجه به|با اشاره به|درباره|در رابطه با|در مورد|در خصوص)[ \u200c]+(?:[^\s\u200c.،:]+[ \u200c]+){1,2}"
    r"(?:(?:هفته|ماه|روز|سال)[ \u200c]+(?:قبل|گذشته|پیش)|دیروز|اخیر)(?![\w\u200c])"
)
RELATIVE = re.compile(r"(?<![\w\u200c])که(?![\w\u200c])")
# «هرگونه حمله به …»، «هر حمله‌ای» is any attack that might come, not one that came.
PURPOSE = re.compile(
    r"(?:برای|جهت|منظور|طرح|طرحی|قصد|تهدید به|طرفدار|خواستار|هرگونه|هر[ \u200c]+گونه|هر[ \u200c]+نوع|"
    # The ways of an act («راه‌ها و شیوه‌های حمله به کاروان‌ها»): how it could be done.
    r"شیوه[ \u200c]?های|روش[ \u200c]?های|راه[ \u200c]?های|نحوه|"
    r"(?<![\w\u200c])هر)\s*$"
)
# A plan that governs the clause it introduces: «قرار است تا نیروهای خود را … مستقر کند».
PLAN_COMPLEMENT = re.compile(
    r"(?:قرار است|قرار بود|قرار شد|قرار شده است|در نظر دارد|در نظر دارند|تصمیم دارد|تصمیم دارند|قصد دارد|"
    r"قصد دارند|برنامه دارد|برنامه دارند|درصدد است|در صدد است)[ \u200c]+(?:تا|که)[ \u200c]*$"
)

# A demand governs the clause it introduces: «از دولت می‌خواهد تا فلسطین را به رسمیت شناخته …» asks, not reports.
DEMAND_COMPLEMENT = re.compile(
    # «می‌خواهند که» also closes a relative («چیزی را می‌خواهند که ما … درخواست کرده بودیم»): «تا» only.
    r"(?:می[ \u200c]?خواه(?:د|ند|یم)[ \u200c]+تا|(?:خواست|خواستند|خواسته است|خواسته‌اند|خواستار (?:شد|شدند|است|هستند)|"
    r"درخواست (?:کرد|کردند|کرده است)|دستور (?:داد|دادند))[ \u200c]+(?:تا|که))[ \u200c]*$"
)

# What someone is accused of doing: «دمشق را متهم کردند که رهبران بعثی را … پناه دادند» is the charge, not an act
# the report states, however many clauses the charge runs to.
ACCUSED_COMPLEMENT = re.compile(
    r"متهم[ \u200c]+(?:کرد|کردند|کرده[ \u200c]+(?:است|اند|بود|بودند)|می[ \u200c]?کند|می[ \u200c]?کنند)[ \u200c]+"
    r"(?:که|به[ \u200c]+اینکه)(?![\w\u200c])"
)

# The charge an arrest or trial names («به اتهام … تلاش برای نفوذ …»، «به جرم …»), up to its comma: what the
# person is accused of trying or planning is not the mood of the arrest.
# A nominal predicate that is the charge of an accusation («ارمنستان را به حمله به … متهم کرد»، «با متهم کردن
# ارمنستان به حمله …»): what one party says the other did, not an act the report vouches for.
CHARGED_AFTER = re.compile(r"^[^.،:؛]{0,80}?(?<![\w\u200c])متهم(?![\w\u200c])")
# An act one party lays at another's door («حمله شیمیایی به حومه دمشق را به نیروهای مخالف نسبت داد»): the charge.
ASCRIBED = re.compile(
    r"^[^.،:؛]{0,80}?[ \u200c]را[ \u200c]+به[ \u200c]+[^.،:؛]{1,60}?[ \u200c]نسبت[ \u200c]+(?:داد|دادند|داده|می)"
)
CHARGED_BEFORE = re.compile(r"متهم[ \u200c]+(?:کردن|ساختن|نمودن)(?![\w\u200c])[^.،:؛]{0,60}$")
# A charge or pretext named before the predicate («به اتهام جاسوسی»، «به بهانه قصد وی برای انجام عملیات»): what
# someone is said to have meant or done, not the mood of the act.
CHARGE = re.compile(r"(?<![\w\u200c])(?:به|با) (?:اتهام|اتهامات|جرم|بهانه|بهانه‌ی)(?![\w\u200c])[^،.:؛]*")
# The charge of an accusation «به … متهم شد» («به تلاش برای نفوذ در گروه‌های سیاسی متهم شده بود»).
ACCUSED_OF = re.compile(r"(?<![\w\u200c])به(?![\w\u200c])[^،.:؛«»]*$")
# The future auxiliary inside a threat's own words («پاسخ خواهیم داد»).
FUTURE_VERB = re.compile(r"(?<![\w\u200c])خواه(?:د|ند|یم|م)(?![\w\u200c])")
FIRST_PERSON_FUTURE = re.compile(r"(?<![\w\u200c])خواه(?:یم|م)(?![\w\u200c])")
# A first-person present that states what the speaker will do («اگر کشتارها متوقف نشوند اعلام جهاد می‌کنیم»).
FIRST_PERSON_PRESENT = re.compile(r"(?<![\w\u200c])می\u200c[^\s\u200c]+(?:یم|م)$")
# A past «could / managed to» that governs the subjunctive after it: «پلیس توانست او را مهار کند» happened.
ACHIEVED = re.compile(r"(?<![\w\u200c])(?:توانست|توانستند|موفق شد|موفق شدند)(?![\w\u200c])")
# Conditions a threat states as its own terms («در صورت ادامه حملات، پاسخ سختی خواهیم داد»).
CONDITION = re.compile(r"(?<![\w\u200c])(?:اگر|چنانچه|درصورتی|در صورتی|در صورت)(?![\w\u200c])")

# A verb and the «و» after it: a coordinated clause that has closed («به زودی قرار است فیلمی … منتشر شود و به همین
# دلیل پلیس … به حالت آماده‌باش درآمده‌اند»). A plan or hedge before it is that clause's, not the predicate's.
CLOSED_CONJUNCT = re.compile(
    r"(?<![\w\u200c])(?:شود|شوند|باشد|باشند|کند|کنند|دهد|دهند|گیرد|گیرند|است|هستند|بود|بودند|"
    r"\w+ه[ \u200c](?:است|اند)|می[ \u200c]\w+(?:د|ند)|"
    # The simple pasts of the light verbs and common verbs only: «خود و»، «سیاست و»، «نفت و» are nouns.
    r"(?:کرد|نمود|شد|گردید|داد|گرفت|رسید|یافت|داشت|زد|کشید|آمد|رفت|گفت|خواست|دانست|ساخت|گذاشت|انداخت|"
    r"پذیرفت|افزود|نوشت|کشت|درآمد|برد)(?:ند)?|"
    # A subjunctive with «ب» («برسد»، «بگیرند»), not «بلند» or «بعد».
    r"ب(?!لند|عد|ند)\w{2,}(?:د|ند))[ \u200c]+و(?=[ \u200c])"
)
# Modals that govern short infinitives («باید … حمایت کرد»).
MODAL = re.compile(r"(?<![\w\u200c])(?:باید|نباید|بایستی|نبایستی|می[ \u200c]?بایست|ن?می[ \u200c]?توان)(?![\w\u200c])")
# A warning's own content («به واشنگتن درباره احتمال از سرگیری … در صورت … هشدار داده است»): what it warns of, with
# its conditions and likelihoods, is not the warning's mood.
WARNING_VERB = re.compile(r"^هشدار")
WARNING_CONTENT = re.compile(r"(?<![\w\u200c])(?:درباره|درباره‌ی|در مورد|در خصوص|در رابطه با|نسبت به)(?![\w\u200c])")

# Adverbs that make a present imperfective a habit or a trend rather than something that happened.
HABITUAL = re.compile(
    r"(?<![\w\u200c])(?:همواره|همیشه|اغلب|معمولا|معمولاً|غالبا|غالباً|مرتبا|مرتباً|به طور مرتب|بارها|روزانه|"
    r"هر روز|هر هفته|هر ماه|هر سال|هرساله|هر ساله|سالانه|به (?:نحو|طور|شکل) فزاینده‌ای)(?![\w\u200c])"
)
# A readiness stated in the present («آماده هستیم که …»، «آماده‌اند …»، «آمادگی داریم …»): an offer made now,
# whose complement is in the subjunctive by its nature.
OFFER = re.compile(r"(?:آماده|آمادگی)(?![\w\u200c])|آماده\u200c(?:اند|ایم)(?![\w\u200c])")
# An expectation stated («انتظار داریم …»، «ایران انتظار دارد که …»، «منتظر است که …»): a demand made now, whose
# complement is in the subjunctive by its nature.
EXPECTATION = re.compile(
    r"(?:انتظار|منتظر)(?:[ \u200c]+(?:این امر|آن|این))?[ \u200c]+(?:دارد|دارند|داریم|دارم|داشت|داشتند|است|هستند|هستیم|"
    r"بود|بودند)(?:[ \u200c]+(?:که|تا))?$"
)
# A past verb that closes a match written without a light verb («به دست آمد»، «به عمل آمد»، «داشتند»).
OWN_PAST_VERB = re.compile(
    r"(?<![\w\u200c])(?:آمد|آمدند|داشت|داشتند|گرفت|گرفتند|رسید|رسیدند)(?:ه[ \u200c]+(?:است|اند|بود|بودند))?$"
)

# Simple pasts that govern a complement clause («… خواست … اعلام کنند»، «… گفت باید …»).
GOVERNING_PAST = re.compile(
    r"(?<![\w\u200c])(?:خواست|خواستند|گفت|گفتند|افزود|افزودند|کرد|کردند|نمود|نمودند|داد|دادند)(?![\w\u200c])"
)
# A nominal predicate that is the object of a demand («آزادی گروگان‌ها را خواستار شد») is asked for, not done.
DEMANDED = re.compile(
    r"(?:(?!(?<![\w\u200c])و(?![\w\u200c]))[^.،:؛]){0,60}?(?<![\w\u200c])را[ \u200c]+(?:خواستار|خواهان)(?![\w\u200c])"
)


# A participle with a present or future passive auxiliary after the match («به آتش کشیده شود»، «قرار داده خواهد
# شد»): the light verb the pattern read as a past is the participle of a passive still to come.
PASSIVE_SUBJUNCTIVE = re.compile(r"[ \u200c]+ن?(?:ب)?(?:شود|شوند|گردد|گردند)(?![\w\u200c])")
PASSIVE_FUTURE = re.compile(r"[ \u200c]+خواه(?:د|ند)[ \u200c]+(?:شد|گردید)(?![\w\u200c])")
# A noun event in a general or hypothetical argument («حمله به … باعث … می‌شود / خواهد بود»، «اسرائیل نمی‌تواند در
# برابر حمله … دوام بیاورد», «در صورتی که … به فکر حمله به ایران بیفتد») names no act that happened.
CONSEQUENCE = re.compile(
    r"^[^،:؛]*?(?<![\w\u200c])(?:باعث|موجب|سبب|منجر|معنا|معنای|معنی)(?![\w\u200c])[^،:؛]*?"
    r"(?<![\w\u200c])(?:ن?می[ \u200c]?(?:شود|شوند|گردد|گردند)|خواه(?:د|ند)[ \u200c]+(?:بود|شد|گردید))(?![\w\u200c])"
)
UNABLE = re.compile(r"(?<![\w\u200c])نمی[ \u200c]?توان(?:د|ند|یم|م)?(?![\w\u200c])")
CONDITION_OPENED = re.compile(r"(?<![\w\u200c])(?:اگر|چنانچه|درصورتی|در صورتی)(?: که)?(?![\w\u200c])[^،:؛«»]*$")


def is_subjunctive(match: re.Match[str]) -> bool:
    """Tell whether the predicate's verb is a present subjunctive («کند»، «بکنند»): a wish, purpose or plan."""
    if not has_verb(match):
        return False
    verb = match.group("verb")
    if match.group("past"):
        return bool(re.search(r"باشد|باشند", verb))
    return not match.group("prog") and match.group("pres") not in INDICATIVE_PRESENT and not match.group("aux")


def flag(event: Event, sentence: str, match: re.Match[str], announced: bool = False) -> Event:
    """Set the negated, future and hypothetical flags from the verb and the words before it in its clause.

    `announced`: the predicate is in what someone says or announces, where a threat states its own terms.
    """
    opening = clause_start(sentence, match.start())
    before = without_charge(without_closed_relatives(sentence[opening : match.start()]))
    preceding = without_closed_relatives(without_charge(sentence[: match.start()]))
    if is_indicative(sentence, match) and not governed_infinitive(before, match):
        # A plan or modal distributes over coordinated subjunctives («باید … کند و … دهد»), not over an
        # indicative that follows a closed clause.
        before, preceding = own_conjunct(before), own_conjunct(preceding)
    if event.type == "ACCUSE" and match.group().startswith("متهم"):
        before, preceding = ACCUSED_OF.sub(" ", before), ACCUSED_OF.sub(" ", preceding)
    if event.type == "THREATEN" and WARNING_VERB.match(match.group()):
        before = without_warning_content(before)
    if event.type == "THREATEN" and (announced or FIRST_PERSON_FUTURE.search(match.group())):
        # «اعلام کرد که در صورت ادامه حملات، پاسخ سختی خواهیم داد»: the threat's terms, not a condition on it;
        # the writer's own «اگر دشمن حمله کند، ارتش … خواهد داد» stays a conditional.
        if FUTURE_VERB.search(match.group()) or FIRST_PERSON_PRESENT.search(match.group()):
            before, preceding = CONDITION.sub(" ", before), CONDITION.sub(" ", preceding)
    verb_groups = has_verb(match)
    event.negated = bool(verb_groups and match.group("neg"))
    event.future = (
        bool(verb_groups and match.group("aux"))
        or bool(FUTURE_MARKERS.search(before))
        or bool(PLAN_COMPLEMENT.search(sentence, 0, opening))
    )
    event.hypothetical = (
        (is_subjunctive(match) and not ACHIEVED.search(before))
        or bool(HYPOTHETICAL_MARKERS.search(before))
        # A relative clause closed before the predicate («هواداران ائتلافی که درصدد سرنگونی دولت است تظاهرات
        # کردند») qualifies its noun: its «درصدد» is not the predicate's.
        or bool(SENTENCE_HYPOTHETICAL.search(preceding))
        or asks(sentence, match, opening)
        or bool(DEMAND_COMPLEMENT.search(sentence, 0, opening))
        or bool(ACCUSED_COMPLEMENT.search(sentence, 0, match.start()))
    )
    if verb_groups and match.group("past") and match.group("verb").endswith("ه"):
        event.hypothetical = event.hypothetical or bool(PASSIVE_SUBJUNCTIVE.match(sentence, match.end()))
        event.future = event.future or bool(PASSIVE_FUTURE.match(sentence, match.end()))
    if verb_groups and match.group("past") and match.group("prog") and not PERFECT_TAIL.search(match.group("verb")):
        # The past imperfective («برگزار می‌شد»، «اصلاح می‌شد») tells what used to happen, what was going on
        # around the news or what would have happened: background, habit or counterfactual, not the news.
        event.hypothetical = True
    if verb_groups and match.group("pres") and match.group("prog") and in_relative_clause(sentence, match.start()):
        event.hypothetical = True  # «اشخاصی که از او حمایت می‌کنند»: what some people do, not an event
    if verb_groups and match.group("pres") and match.group("prog") and HABITUAL.search(before):
        event.hypothetical = True  # «مهاجمان همواره … را هدف حمله قرار می‌دهند»: a habit, not an event
    elif verb_groups and match.group("pres") and match.group("prog") and event.mode == "visit":
        event.future = True  # «پوتین … به چین سفر می‌کند»: a visit told in the present is one on the programme
    if not verb_groups and (
        AFTER.match(match.group()) or AFTER_END.search(before) or REFERRED_PAST.match(match.group())
    ):
        return event  # «پس از سفر خود به یزد …»: what a clause follows has happened, whatever the clause says
    if not verb_groups:
        # A nominal predicate: its mood is that of the verb closing its clause, and «برای حمله»/«عدم ارسال»
        # name a purpose or an absence, not an act. A match that ends with its own past verb («توافقی که … به
        # دست آمد») has that verb's mood: what follows it («و بر اساس آن قرار شد … اعلام شود») is another clause.
        own_verb = (
            OWN_PAST_VERB.search(match.group())
            or (event.type == "AGREE" and OFFER.match(match.group()))
            or (event.type == "REQUEST" and EXPECTATION.search(match.group()))
        )
        rest = "" if own_verb else sentence[match.end() : clause_end(sentence, match.end())]
        charged = before.rstrip().endswith("به") and bool(CHARGED_AFTER.match(rest) or CHARGED_BEFORE.search(before))
        charged = charged or bool(ASCRIBED.match(rest))
        # The clause's verb is the first finite past one: a subjunctive after it is its complement's («ضمن تشکر از
        # مردم از هم‌استانی‌ها خواست … اعلام کنند»).
        governing = GOVERNING_PAST.search(rest)
        own_clause = rest[: governing.start()] if governing else rest
        event.hypothetical = (
            event.hypothetical or charged or bool(IRREALIS_VERB.search(own_clause)) or bool(PURPOSE.search(before))
            or bool(DEMANDED.match(rest)) or bool(PREDICTED.search(rest)) or is_argued(before, rest, preceding)
        )
        # A negative word right after the noun is its complement («انتقاد از نبود اختیارات»), not the verb.
        negative = NEGATED_VERB.search(rest)
        opens_rest = negative is not None and not rest[: negative.start()].strip(" \u200cاز")
        event.negated = (negative is not None and not opens_rest) or before.rstrip().endswith("عدم")
    return event


def is_argued(before: str, rest: str, preceding: str) -> bool:
    """Tell whether a noun event is part of a general or hypothetical argument: it is the cause of a consequence
    told in the present or future («باعث … می‌شود»، «به معنای … خواهد بود»), a «نمی‌تواند» stands before it in its
    clause, or a condition opened before it is still open («در صورتی که … به فکر حمله به ایران بیفتد»)."""
    return bool(CONSEQUENCE.match(rest) or UNABLE.search(before) or CONDITION_OPENED.search(preceding))


def is_indicative(sentence: str, match: re.Match[str]) -> bool:
    """Tell whether the predicate's verb (or, for a noun, the verb closing its clause) is indicative."""
    if has_verb(match):
        return not is_subjunctive(match)
    return not IRREALIS_VERB.search(sentence, match.end(), clause_end(sentence, match.end()))


def governed_infinitive(before: str, match: re.Match[str]) -> bool:
    """Tell whether the predicate's verb is a bare past stem after a modal in its clause: «باید … پر رنگتر نمود و
    … را حمایت کرد» are short infinitives the modal governs, not pasts."""
    bare = "verb" in match.re.groupindex and match.group("past") and match.group("verb") == match.group("past")
    return bool(bare and MODAL.search(before))


def own_conjunct(text: str) -> str:
    """Keep the words after the last clause that closed with its verb and «و»: its plan is not the predicate's."""
    last = None
    for last in CLOSED_CONJUNCT.finditer(text):
        pass
    return text[last.end() :] if last is not None else text


def without_warning_content(text: str) -> str:
    """Cut what a warning is about («درباره احتمال … در صورت …») out of the words before its verb."""
    content = WARNING_CONTENT.search(text)
    return text[: content.start()] if content is not None else text


def asks(sentence: str, match: re.Match[str], opening: int) -> bool:
    """Tell whether the predicate's own clause is a question: «آیا» in it, or the «؟» that ends it. An indirect
    question after it («… اشاره نکرد که آیا ایران …») asks about something else."""
    end = clause_end(sentence, match.end())
    return bool(QUESTION.search(sentence[opening:end])) or sentence.startswith("؟", end)


def without_charge(text: str) -> str:
    """Cut the charge or pretext named by «به اتهام / به جرم / به بهانه …» out of the words before a predicate."""
    return CHARGE.sub(" ", text) if "اتهام" in text or "جرم" in text or "بهانه" in text else text


def without_closed_relatives(text: str) -> str:
    """Cut the relative clauses that end before the predicate: a hedge inside one («عناصری که به احتمال قوی …
    دست داشته‌اند») qualifies its noun, not the predicate."""
    while True:
        relative = RELATIVE.search(text)
        verb = FINITE_VERB.search(text, relative.end()) if relative else None
        if verb is None:
            return text
        text = text[: relative.start()] + text[verb.end() :]


def in_relative_clause(sentence: str, position: int) -> bool:
    """Tell whether `position` is in a clause opened by a relative «که» (after a noun, not after a verb)."""
    opening = clause_start(sentence, position)
    head = sentence[:opening].rstrip()
    if not head.endswith("که"):
        return False
    words = head[:-2].split()
    return bool(words) and not is_verb(words[-1].strip("،,»\""))


def names_later_day(
    sentence: Sentence, times: list[TimeExpression], published: str | None, span: tuple[int, int] | None = None
) -> bool:
    """Tell whether the sentence dates itself after publication («اواخر ماه جاری» in an early-month article,
    «سال 2006» in a 2005 one): a present-tense or nominal predicate is then a plan. With `span` (offsets in the
    sentence), only a time expression inside it counts: «از عقب‌نشینی … در سال 2006 خبر داد» dates the
    withdrawal, not the announcement."""
    if not published:
        return False
    low, high = (sentence.start, sentence.end) if span is None else (sentence.start + span[0], sentence.start + span[1])
    for time in times:
        if low <= time.start < high and time.value and time.value[:1].isdigit():
            start = time.value.split("/")[0]
            # A day, month or year after the publication's («در سال 2006» in a 2005 article).
            if len(start) in (4, 7, 10) and start > published[: len(start)]:
                return True
    return False
