"""Who is speaking, and whom «وی» refers to.

«وی» at the start of a sentence is the current speaker: the first person of the last sentence that named one,
before any quotation (a person named with «شهید» or «مرحوم» never is; nor is one named after a «وی» that opens its
sentence unlinked, since that sentence's speaker is the pronoun). Elsewhere it is the last person
mentioned, unless an unnamed person («شاکی», «فردی») came between; inside a «…» quotation it is no one; after
a sentence naming two people and reporting no speech it is left unlinked.
"""

from __future__ import annotations

import re

from khabar.analysis import Entity
from khabar.resolve.clusters import Article, Cluster
from khabar.resolve.keys import fold
from khabar.resolve.patterns import OTHER_PERSON_WORDS, SPEECH_WORDS

PRONOUN_OPENING = re.compile(r"[\s«\"]*(?:وی|او)(?![\w\u200c])")
SENTENCE_END = re.compile(r"[.!?؟\n]")  # as `sentence_begin` looks for them
OTHER_PERSONS = frozenset(fold(word) for word in OTHER_PERSON_WORDS)
SPEECH = re.compile(r"(?<![\w\u200c])(?:" + "|".join(re.escape(word).replace(r"\ ", "[ \u200c]") for word in SPEECH_WORDS)
                    + r")(?![\w\u200c])")


def sentence_begin(text: str, position: int) -> int:
    """Return the offset just after the last sentence end before `position` (0 when there is none)."""
    # Searches backwards in C: scanning the text from its start for every mention made articles quadratic.
    rfind = text.rfind
    return max(rfind(".", 0, position), rfind("!", 0, position), rfind("?", 0, position), rfind("؟", 0, position),
               rfind("\n", 0, position)) + 1


def sentence_start(text: str, position: int) -> bool:
    """True when nothing but spaces stands between the last sentence end and `position`."""
    return not text[sentence_begin(text, position) : position].strip()


def sentence_people(begin: int, position: int, article: Article) -> list[Cluster]:
    """Return the people mentioned between offsets `begin` and `position`, the last mentioned last."""
    seen = sorted((mention.start, index) for index, cluster in enumerate(article.clusters)
                  for mention in cluster.mentions if begin <= mention.start < position)
    return [article.clusters[index] for index in dict.fromkeys(index for _, index in reversed(seen))][::-1]


def has_speech(text: str) -> bool:
    """True when a sentence reports speech: a colon or a verb of saying («گفت», «افزود»)."""
    return ":" in text or bool(SPEECH.search(text))


def current_speaker(position: int, article: Article) -> Cluster | None:
    """Return the person who opens the last sentence (before `position`) that names someone, outside quotes."""
    return speaker_sentence(position, article)[0]


def speaker_sentence(position: int, article: Article) -> tuple[Cluster | None, int]:
    """Return the current speaker (see `current_speaker`) and where their sentence begins."""
    best, best_start = None, -1
    for cluster in article.clusters:
        if cluster.deceased:
            continue
        for mention in cluster.mentions:
            if mention.start >= position:
                continue
            begin = sentence_begin(article.text, mention.start)
            if opens_with_pronoun(article.text, begin, mention.start):
                continue  # «وی … به فرمان امام خمینی … گفت»: the sentence's speaker is its «وی», left unlinked
            if not is_quoted(article.text, begin, mention.start) and (
                begin > best_start or (begin == best_start and mention.start < best_first(best))
            ):
                best, best_start = (cluster, mention.start), begin
    return (best[0], best_start) if best else (None, -1)


def opens_with_pronoun(text: str, begin: int, position: int) -> bool:
    """Tell whether the sentence beginning at `begin` opens with «وی» or «او» before `position`: whoever it names
    after the pronoun is not its subject."""
    pronoun = PRONOUN_OPENING.match(text, begin)
    return pronoun is not None and pronoun.end() <= position


def is_quoted(text: str, begin: int, position: int) -> bool:
    """Tell whether a mention stands in someone's quoted words: after a colon in its sentence, or inside «…»."""
    before = text[begin:position].rstrip(" «\"")  # a name may stand in guillemets itself: «هادی مجیدی» گفت
    return ":" in before or before.count("«") > before.count("»")


def last_named(position: int, article: Article) -> Cluster | None:
    """Return the person last named before `position` outside quoted words («بوش: سوریه … حامیان صدام … . وی …»
    is Bush: Saddam is named in his words)."""
    best, best_start = None, -1
    for cluster in article.clusters:
        for mention in cluster.mentions:
            if best_start < mention.start < position and not is_quoted(
                article.text, sentence_begin(article.text, mention.start), mention.start
            ):
                best, best_start = cluster, mention.start
    return best


def best_first(best: tuple[Cluster, int] | None) -> int:
    return best[1] if best else 1 << 30


def link_pronoun(index: int, article: Article) -> Entity | None:
    """Return «وی» linked to the current speaker (sentence start) or to the last person mentioned."""
    word = article.words[index]
    if inside_quotation(article.text, word.start):
        return None
    if sentence_start(article.text, word.start):
        cluster, begin = speaker_sentence(word.start, article)
        if cluster is not None and ambiguous_sentence(begin, word.start, article):
            return None
    else:
        cluster = last_named(word.start, article)
        if cluster is not None and someone_else_between(article, cluster.last_seen, word.start):
            return None
    if cluster is None:
        return None
    entity = Entity(start=word.start, end=word.end, text=article.text[word.start : word.end], type="PER", mention="pronoun")
    cluster.mentions.append(entity)
    cluster.last_seen = word.start
    return entity


def inside_quotation(text: str, position: int) -> bool:
    """True when `position` lies inside a «…» quotation of its paragraph: there the speaker says «من», and «وی» is
    someone of the quoted words («هر کس … از قلب وی …»), not the speaker the article is reporting."""
    paragraph = text[text.rfind("\n", 0, position) + 1 : position]
    return paragraph.count("«") > paragraph.count("»")


def ambiguous_sentence(begin: int, position: int, article: Article) -> bool:
    """True when the sentence before a «وی» names two or more people and reports no speech: with no speaker to
    continue, «وی» may be any of them («ادانو … جایگزین سنگوکو می‌شود. وی …»), so it is left unlinked."""
    end = next((match.start() for match in SENTENCE_END.finditer(article.text, begin, position)), position)
    return len(sentence_people(begin, end, article)) > 1 and not has_speech(article.text[begin:end])


def someone_else_between(article: Article, start: int, end: int) -> bool:
    """True when another, unnamed person («شاکی», «فردی») is mentioned between two offsets."""
    return any(start <= word.start < end and word.key in OTHER_PERSONS for word in article.words)
