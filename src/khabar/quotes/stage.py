"""The `quotes` stage: who said what, direct and indirect, with the speaker resolved.

`find_quotes` computes the statements of one analysed article (pure); the stage
function writes them into `Analysis.quotes`.
"""

from __future__ import annotations

import re

from khabar.analysis import Analysis, Entity, Quote, Span
from khabar.pipeline import stage
from khabar.quotes.detect import Candidate, find_candidates, skip_space
from khabar.quotes.patterns import OWN_AGENCY_WORDS, PLACE_NOUNS, REPORT_NOUN
from khabar.quotes.speaker import (
    Mention,
    Resolver,
    appositions,
    entity_for,
    find_subject,
    make_mention,
    most_specific,
    resolve,
    segments,
    speaker_text,
    subject_in,
    titled_occurrences,
    words_in,
)

# Verbs whose speakers are publications: a later «این گزارش» points back to them.
PUBLISHING_LEMMAS = ("نوشت", "گزارش داد")
# Words between a document noun and its issuer: «بیانیه منتشره از سوی X»، «بیانیه‌ای که X …».
DOCUMENT_FILLERS = re.compile(r"^(?:\u200c?ای|ی)?\s*(?:منتشره|صادره|منتشر شده|صادر شده)?\s*(?:از سوی|از طرف|توسط)?\s*")

# «در این بیانیه همچنین آمده است»: adverbs where the issuer would stand are no issuer.
DOCUMENT_ADVERBS = re.compile(r"[\s\u200c]*(?:(?:همچنین|نیز|هم|ضمنا|ضمناً|در ادامه|سپس)[\s\u200c]*)*")

# A title-only speaker becomes an entity only when the entity covers this share of it.
ENTITY_COVER = 0.6
# A cited report: «به نوشته روزنامه X،»، «بنا بر گزارش خبرگزاری X،».
REPORT_SOURCE = re.compile(r"(?:به|بنا ?بر|طبق|براساس|بر اساس) (?:گزارش|نوشته) ([^،.\n]{2,60}?)،")
# The dateline place right after the agency's source line, one word or a place noun and its name, followed by a
# space (not a comma) and no relay.
_PLACE_NOUNS = "|".join(PLACE_NOUNS)
DATELINE_PLACE = re.compile(
    rf"\s*از (?:(?:{_PLACE_NOUNS})\s+[^\s،,]+|(?!(?:{_PLACE_NOUNS})\s)[^\s،,]+)(?=\s)(?!\s+(?:و\s+)?به نقل)"
)
# A comma this close after a dateline place may close a longer place name: the place is then left to its comma.
PLACE_COMMA_REACH = 40
# A headline «X: …» names the article's main speaker.
HEADLINE_SPEAKER = re.compile(r"([^:\n]{2,40}):")


def find_quotes(analysis: Analysis) -> list[Quote]:
    """Return the statements in `analysis.text` with resolved speakers, in text order.

    analysis (Analysis): an article after the "text" stage (entities are used when present).
    RETURNS (list[Quote]): one record per introduced content.
    """
    text = analysis.text
    candidates = find_candidates(text, analysis.sentences, analysis.body_start)
    masks = [(c.start, c.end) for c in candidates] + [
        (c.cue_start, c.cue_end) for c in candidates if c.kind == "indirect"
    ]
    # «بر اساس اعلام قبلی X»: the words between a frame and its source are the frame's, never a subject.
    masks += [
        (c.cue_end, c.speaker_start)
        for c in candidates
        if c.mode == "given" and c.speaker_start is not None and c.speaker_start > c.cue_end + 1
    ]
    # The article's own source line («تهران- ایسنا-»، «به گزارش خبرگزاری فارس از کرمان») is never a subject.
    masks += [(credit.start, credit_end(text, credit.end)) for credit in analysis.credits]
    raws = [raw_mention(text, candidate, masks) for candidate in candidates]  # read twice below: found once
    resolver = Resolver(text, mentions=collect_mentions(analysis, raws, masks))
    resolver.sources = collect_sources(analysis)
    resolved: list[tuple[Candidate, Mention | None, bool]] = []
    for candidate, raw in zip(candidates, raws):
        mention = resolve_candidate(resolver, candidate, raw)
        if mention is None and (candidate.mode in ("report", "document") or (raw is not None and is_own_report(raw))):
            continue  # «بنا بر این گزارش»، «این گزارش می‌افزاید» with no report cited before: the article's own
        resolved.append((candidate, mention, raw is not None and raw.is_pronoun))
    return [
        build_quote(analysis, candidate, mention or (named_after(resolved, index) if pronoun else None))
        for index, (candidate, mention, pronoun) in enumerate(resolved)
    ]


def is_own_report(mention: Mention) -> bool:
    """Tell whether a subject is «این گزارش» (left unresolved, it is the article's own report, as in the guide)."""
    return mention.is_anaphor and mention.text.split()[1] == REPORT_NOUN


def named_after(resolved: list[tuple[Candidate, Mention | None, bool]], index: int) -> Mention | None:
    """Return the first named speaker after statement `index`: «وی» that opens an article points ahead.

    «به نقل از روابط عمومی حزب، وی … گفت … حبیبی افزود»: the lead lost the name; the article names it later.
    """
    return next((mention for _, mention, _ in resolved[index + 1 :] if mention is not None and mention.name), None)


def credit_end(text: str, end: int) -> int:
    """Return where a source line ending at `end` ends with its dateline place when a name follows it with no
    comma («… فارس از کرمان سید محمدعلی محمدی …»); «… از استان سمنان به نقل از X،» is left to the relay."""
    place = DATELINE_PLACE.match(text, end)
    if place is None or "،" in text[place.end() : place.end() + PLACE_COMMA_REACH]:
        return end  # «… از جنوب استان تهران، X گفت»: the place runs on to its comma, where the segment ends anyway
    return place.end()


def collect_mentions(analysis: Analysis, raws: list[Mention | None], masks: list[tuple[int, int]]) -> list[Mention]:
    """Collect every subject and source mention of the article, for names given anywhere (`raws`: each
    candidate's `raw_mention`)."""
    text = analysis.text
    mentions = []
    headline = HEADLINE_SPEAKER.match(text, 0, analysis.body_start) if analysis.title else None
    if headline:
        found = subject_in(text, headline.start(1), headline.end(1))
        if found is not None and found.name:
            mentions.append(found)
    for sentence in analysis.sentences:
        if sentence.start < analysis.body_start or sentence.heading:
            continue
        for seg_start, seg_end in segments(text, sentence.start, sentence.end, masks)[:2]:
            found = subject_in(text, seg_start, seg_end)
            if found is not None and (found.name or found.title):
                mentions.append(found)
    mentions += [found for found in raws if found is not None]
    mentions.extend(appositions(text, analysis.body_start, len(text)))
    mentions.extend(titled_occurrences(text, analysis.body_start, mentions))
    return sorted(set(mentions), key=lambda m: (m.start, m.end, m.text))  # one order, whatever the set's hashing


def collect_sources(analysis: Analysis) -> list[tuple[int, Mention]]:
    """Collect the reports the article cites («به نوشته روزنامه X،»، «بنا بر گزارش X،»), not its own."""
    text = analysis.text
    first_line_end = text.find("\n", analysis.body_start)
    sources = []
    for match in REPORT_SOURCE.finditer(text, analysis.body_start):
        named = match.group(1)
        if any(word in named for word in OWN_AGENCY_WORDS):
            continue
        if match.group(0).startswith("به گزارش") and match.start() < max(first_line_end, 0):
            continue  # the lead's source line belongs to the article itself
        sources.append((match.start(), make_mention(text, match.start(1), match.end(1))))
    return sources


def raw_mention(text: str, candidate: Candidate, masks: list[tuple[int, int]]) -> Mention | None:
    """Return the mention the text gives for a candidate's speaker, before resolution."""
    if candidate.mode == "subject":
        return find_subject(text, candidate.sentence_start, candidate.cue_start, masks)
    if candidate.mode == "given" and candidate.speaker_start is not None:
        end = candidate.speaker_end or candidate.speaker_start
        words = words_in(text, candidate.speaker_start, end)
        cut = next((span for span in words[1:] if text[slice(*span)] == "در"), None)
        if cut is not None:
            end = cut[0]  # «بر اساس اعلام X در پایان طرح، …»: the source ends before the adverbial
        return make_mention(text, candidate.speaker_start, end)
    if candidate.mode == "document" and candidate.speaker_start is not None:
        start = candidate.speaker_start
        filler = DOCUMENT_FILLERS.match(text, start, candidate.speaker_end)
        start = skip_space(text, filler.end() if filler else start, candidate.speaker_end or start)
        end = candidate.speaker_end or start
        adverbs = DOCUMENT_ADVERBS.fullmatch(text, start, end)
        if (end - start > 1) and not adverbs:
            return make_mention(text, start, end)
        if candidate.issuer_start is not None and candidate.issuer_end is not None:
            # the sentence that introduced the document may itself be a statement («به نوشته X، Y در بیانیه‌ای …»):
            # its masks go, and its attribution frames are skipped as in any subject search
            issuer_start, issuer_end = candidate.issuer_start, candidate.issuer_end
            outside = [(a, b) for a, b in masks if b <= issuer_start or a >= issuer_end]
            return find_subject(text, issuer_start, issuer_end, outside)
    return None


def resolve_candidate(resolver: Resolver, candidate: Candidate, raw: Mention | None) -> Mention | None:
    """Resolve the speaker of one candidate (`raw`: its `raw_mention`) and remember it for the statements that
    follow."""
    if raw is None and candidate.mode in ("report", "document"):
        earlier = [m for position, m in sorted(resolver.sources, key=lambda s: s[0]) if position < candidate.cue_start]
        mention = earlier[-1] if earlier else None
    else:
        mention = resolve(resolver, raw, candidate.cue_start, candidate.lemma)
    if mention is not None and is_own_report(mention):
        return None  # «این گزارش» that points back to nothing cited: the article's own report, no speaker
    if mention is not None:
        resolver.speakers.append(mention)
        if candidate.mode == "given" or candidate.lemma in PUBLISHING_LEMMAS:
            resolver.sources.append((candidate.cue_start, mention))
    return mention


def build_quote(analysis: Analysis, candidate: Candidate, mention: Mention | None) -> Quote:
    """Build the output record, naming the speaker by its entity when entities are present."""
    speaker, speaker_id, span = (speaker_text(mention), None, name_span(mention)) if mention else (None, None, None)
    if mention is not None and analysis.entities:
        entity = speaking_entity(analysis.entities, mention)
        if entity is not None:
            speaker, speaker_id, span = entity.text, entity.id, (entity.start, entity.end)
    text = analysis.text
    return Quote(
        start=candidate.start,
        end=candidate.end,
        speaker=speaker,
        speaker_id=speaker_id,
        speaker_span=Span(start=span[0], end=span[1]) if span else None,
        cue=text[candidate.cue_start : candidate.cue_end],
        text=text[candidate.start : candidate.end],
        kind=candidate.kind,
    )


def name_span(mention: Mention) -> tuple[int, int]:
    """Return the span of the words shown as the speaker: the name inside the mention, or all of it."""
    shown = speaker_text(mention)
    offset = mention.text.find(shown.split()[0]) if shown else -1
    if offset < 0:
        return mention.start, mention.end
    start = mention.start + offset
    last = shown.split()[-1]
    end = mention.text.find(last, offset)
    return start, mention.start + end + len(last) if end >= 0 else mention.end


def speaking_entity(entities: list[Entity], mention: Mention) -> Entity | None:
    """Return the most specific mention of the entity that speaks in `mention`'s span.

    With a name, the entity must lie in the name; a bare title («سخنگوی وزارت خارجه
    ایران») is kept unless one entity covers most of it (not the «ایران» inside).
    """
    start, end = mention.start, mention.end
    offset = mention.text.find(mention.name) if mention.name else -1
    if offset >= 0:
        start, end = mention.start + offset, mention.start + offset + len(mention.name)
    entity = entity_for(entities, start, end)
    if offset < 0 and (entity is None or entity.type != "PER"):
        # A bare title: the person it names elsewhere («نماینده مردم رامیان و آزادشهر … . غلامعلی کوهساری …»),
        # else what lies in it, as below («رامیان» is no speaker).
        titled = person_titled(entities, mention)
        if titled is not None or entity is None:
            return most_specific(entities, titled) if titled is not None else None
    if entity is None or (offset < 0 and entity.end - entity.start < ENTITY_COVER * (end - start)):
        return None
    if offset < 0 and entity.type != "PER" and entity.start > start:
        return None  # «مدیرکل فرهنگ و ارشاد …»: the official speaks, not the organisation after the title
    return most_specific(entities, entity)


def person_titled(entities: list[Entity], mention: Mention) -> Entity | None:
    """Return the person the same title names elsewhere in the article (before or after), when no person's entity
    lies in this mention.

    «به نقل رهبر معظم انقلاب اسلامی ایران»: the recogniser may take the title here into another name, while
    the same words elsewhere are linked to the person they name (the guide asks for the full name).
    """
    words = mention.text.split()
    titled = [
        e for e in entities
        if e.type == "PER" and e.id and e.mention == "title" and opens_title(e.text.split(), words)
    ]
    return max(titled, key=lambda e: len(e.text.split()), default=None)


def opens_title(title: list[str], words: list[str]) -> bool:
    """Tell whether a linked title is the mention's words, or opens them with two words or more up to an «و»: the
    resolver may stop a title at «و» («نماینده مردم رامیان | و آزادشهر»); «سخنگوی وزارت | امور خارجه کره شمالی» is
    another office."""
    return title == words or (
        len(title) >= 2 and words[: len(title)] == title and words[len(title) : len(title) + 1] == ["و"]
    )


@stage("quotes", requires=("text", "sentences"), assigns=("quotes",))
def quotes_stage(analysis: Analysis) -> Analysis:
    """Fill `analysis.quotes` with every reported statement and its speaker."""
    analysis.quotes = find_quotes(analysis)
    return analysis
