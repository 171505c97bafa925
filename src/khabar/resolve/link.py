"""Resolve one article's entities: merge the mentions of each person, attach roles, give stable ids.

People: a name mention joins an earlier cluster when it is that cluster's name, its surname, or a longer
form of it; a title read right before or after a name («امیر سرتیپ آشتیانی وزیر دفاع …») becomes a role of
that person; a later title alone («وزیر دفاع جمهوری بلاروس») joins the person holding a compatible title
(same country when it names one, else the most recently mentioned); «وی» goes to the current speaker or the
last person named outside quoted words (speakers.py). A name whose own title matches a person known so far only
by that title (a headline's «رهبر انصارالله:») joins that person, and a bare name opening the sentence right after
one where a person known only by a title spoke is that person. «الشمری» and «شمری» are one name. Two NER slips are
mended first: a name cut in two, and a person's surname read as a country («کامرون»). Places go to GeoNames
(places.py), organisations and states to actor codes.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache

from khabar.analysis import Analysis, Entity
from khabar.resolve.actors import (
    CONFIDENCE,
    Person,
    actor_code,
    find_country_names,
    find_person,
    find_sector_words,
    scan_country_names,
    similar_first_name,
    strip_titles,
)
from khabar.resolve.clusters import Article, Cluster
from khabar.resolve.countries import country_name, lookup_country
from khabar.resolve.keys import fold, fold_tokens
from khabar.resolve.mentions import (
    Title,
    Word,
    find_inner_rank,
    find_pronouns,
    find_ranks,
    find_titles,
    split_words,
    titles_compatible,
    word_keys,
    word_range,
)
from khabar.resolve.patterns import ANOTHER_PERSON_WORDS, ARABIC_ARTICLE, DECEASED_HONORIFICS, TITLE_TOPIC_WORDS
from khabar.resolve.places import HOME_COUNTRY, resolve_place
from khabar.resolve.speakers import SENTENCE_END, link_pronoun, sentence_people, sentence_start, speaker_sentence

PERSON_TYPES = ("PER",)
PLACE_TYPES = ("LOC", "FAC")
ORG_TYPES = ("ORG", "POG")  # a political group is resolved as the body it is
LIST_SEPARATOR = re.compile(r"\s*[،,]\s*|\s+و\s+")
CONTEXT_CHARS = 40  # how far before and after a place mention to look for «شهر», «پایتخت» …
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# A word right after a title that brings in another person than the current speaker («سخنگوی دولت نیز گفت»).
ANOTHER = frozenset(fold(word) for word in ANOTHER_PERSON_WORDS)
DECEASED = frozenset(fold(word) for word in DECEASED_HONORIFICS)
ARTICLE = fold(ARABIC_ARTICLE)
TOPICS = frozenset(fold(word) for word in TITLE_TOPIC_WORDS)


def make_id(prefix: str, key: str) -> str:
    """Return a stable id: the prefix and a short hash of the folded canonical name."""
    return f"{prefix}:{hashlib.blake2b(fold(key).encode('utf-8'), digest_size=6).hexdigest()}"


def count_countries(words: list[Word]) -> Counter:
    """Count how often the article names each country (names, demonyms, capitals)."""
    return Counter(name.code for _, _, name in scan_country_names(word_keys(words)))


# ---- places and organisations ---------------------------------------------------------------------


def resolve_place_entity(entity: Entity, article: Article, prefer: str | None = None) -> Entity:
    """Fill GeoNames fields (or a country) for a place mention; leave it unresolved when unknown."""
    before = article.text[max(0, entity.start - CONTEXT_CHARS) : entity.start]
    after = article.text[entity.end : entity.end + CONTEXT_CHARS]
    match = resolve_place(entity.text, countries=article.countries, before=before, after=after, prefer=prefer)
    if match is None:
        return entity.model_copy(update={"id": make_id("loc", entity.text)})
    place = match.place
    identity = f"country:{place.country}" if place.feature_class == "A" and place.source == "country" else (
        f"geo:{place.geonames_id}" if place.geonames_id else make_id("loc", entity.text))
    canonical = country_name(place.country) if place.source == "country" else " ".join(fold_tokens(entity.text))
    return entity.model_copy(update={
        "id": identity, "canonical": canonical, "country": place.country, "geonames_id": place.geonames_id,
        "feature_class": place.feature_class, "latitude": place.latitude, "longitude": place.longitude,
        "confidence": match.confidence,
    })


def resolve_org_entity(entity: Entity, article: Article) -> Entity:
    """Fill the actor code and id of an organisation (an international body or a state keeps its own id)."""
    return entity.model_copy(update=dict(organisation_fields(entity.text, article.home)))


@lru_cache(maxsize=16384)  # the same bodies recur in an article and across articles
def organisation_fields(name: str, home: str | None) -> tuple[tuple[str, object], ...]:
    """Return the fields an organisation's name gives it, as (field, value) pairs."""
    named = lookup_country(name, demonyms=False)
    if named is not None:
        identity = f"country:{named.code}" if named.kind == "country" else make_id("org", named.canonical)
        sector = "GOV" if named.kind == "country" or named.code != "NGO" else "CVL"
        return (("id", identity), ("canonical", named.canonical), ("country", named.code), ("sector", sector),
                ("confidence", 0.95))
    code = actor_code(name, default_country=home)
    fields = (("id", make_id("org", name)), ("canonical", " ".join(fold_tokens(name))))
    if code is not None:
        fields += (("country", code.country), ("sector", code.sector), ("confidence", code.confidence))
    return fields


def resolve_nationality_entity(entity: Entity) -> Entity:
    """Give a nationality («ایرانی»، «آمریکایی‌ها») the state whose people it names; a town's people («یزدی») get
    none."""
    code = actor_code(entity.text)
    if code is None or code.country is None:
        return entity
    return entity.model_copy(update={"country": code.country, "confidence": code.confidence})


# ---- people ---------------------------------------------------------------------------------------


def same_person(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """True when two names can be one person: equal, a surname of the other, or two or more shared words."""
    shorter, longer = sorted((drop_article(name), drop_article(other)), key=len)
    if not shorter:
        return False
    if "".join(shorter) == "".join(longer):  # «نائوتوکان» and «نائو توکان»
        return True
    if longer[-len(shorter) :] == shorter:
        return True
    return len(shorter) >= 2 and any(longer[i : i + len(shorter)] == shorter for i in range(len(longer)))


@lru_cache(maxsize=65536)  # every pair of names in an article is compared
def drop_article(name: tuple[str, ...]) -> tuple[str, ...]:
    """Return a name without the Arabic article joined to its words («الشمری» -> «شمری»); short words keep it,
    since there «ال» is part of the word («الهی»)."""
    size = len(ARTICLE)
    return tuple(word[size:] if word.startswith(ARTICLE) and len(word) > size + 2 else word for word in name)


def find_cluster(name: tuple[str, ...], article: Article) -> Cluster | None:
    """Return the most recently seen cluster this name belongs to."""
    person = find_person(name)
    matches = [cluster for cluster in article.clusters
               if any(same_person(name, known) for known in cluster.names)
               or (person is not None and any(find_person(known) == person for known in cluster.names))]
    return max(matches, key=lambda cluster: cluster.last_seen, default=None)


def adjacent_titles(first: int, last: int, titles: list[Title]) -> list[Title]:
    """Return the titles that touch a name at word indexes [first, last): just before or just after."""
    return [title for title in titles if not title.plural and (title.start == last or title.end == first)]


COPULAS = frozenset(
    fold(word) for word in "است هست هستم هستیم هستید هستند نیست نیستیم نیستند بود بودند باشد باشند".split()
)


def ends_in_copula(words: list[Word], title: Title) -> bool:
    """Tell whether a title phrase holds or is followed by a copula: then it is a predicate («… مسئول هستیم»)."""
    return any(word.key in COPULAS for word in words[title.head_end : min(title.end + 1, len(words))])


def add_person(entity: Entity, titles: list[Title], article: Article) -> Entity:
    """Put a person mention in its cluster, with the titles around it as roles."""
    first, last = word_range(article.words, entity.start, entity.end)
    name = strip_titles(tuple(word.key for word in article.words[first:last]))
    around = [*inside_titles(first, last, titles), *adjacent_titles(first, last, titles)]
    # «به گزارش خبرنگار … خبرگزاری فارس، «مائورو وییرا» وزیر خارجه برزیل»: a reporter's title just before a name
    # credits the report; it is not the named person's.
    around = [title for title in around if not (title.end == first and title.sector == "MED")]
    # «همه ما در مقابل شهدا و امام راحل مسئول هستیم»: a title a copula closes is said of the name, not its role.
    around = [title for title in around if not (title.start == last and ends_in_copula(article.words, title))]
    rank = find_ranks(article.words, first)
    cluster = find_cluster(name, article) or find_titled_cluster(around, article)
    if cluster is None and not around and rank is None:
        cluster = find_title_speaker(entity, last, article)
    if cluster is None:
        cluster = Cluster()
        article.clusters.append(cluster)
    cluster.deceased = cluster.deceased or named_deceased(article.words, first, last)
    cluster.names.append(name)
    cluster.surfaces.append(entity.text)
    if rank is not None:
        cluster.role_texts.append(span_text(article, rank[0], first))
        if rank[2] != "UNK":
            cluster.rank_sectors.append(rank[2])
    inner = find_inner_rank(article.words, first, last)  # NER often keeps the honorific in the name
    if inner is not None:
        cluster.role_texts.append(span_text(article, first, inner[0]))
        if inner[2] != "UNK":
            cluster.rank_sectors.append(inner[2])
    for title in around:
        cluster.titles.append(title)
        cluster.role_texts.append(span_text(article, title.start, title.end))
    cluster.last_seen = entity.start
    cluster.mentions.append(entity)
    return entity


def named_deceased(words: list[Word], first: int, last: int) -> bool:
    """True when «شهید» or «مرحوم» stands in a name or right before it («شهید مطهری»); further back it may
    belong to something else («مسئول طلاب شهید استان‌ها …»)."""
    return any(word.key in DECEASED for word in words[max(0, first - 1) : last])


def find_title_speaker(entity: Entity, last: int, article: Article) -> Cluster | None:
    """Return the person known only by a title who spoke in the sentence right before a bare name opening the
    next one: news names an official by title first, then by name («مدیر کل … گیلان … دانست. علی‌اوسط
    اکبری‌مقدم … تصریح کرد»). «نیز» or «هم» after the name brings in someone else."""
    if not sentence_start(article.text, entity.start):
        return None
    if last < len(article.words) and article.words[last].key in ANOTHER:
        return None
    cluster, begin = speaker_sentence(entity.start, article)
    if cluster is None or cluster.names:
        return None
    between = article.text[begin : entity.start].rstrip(" \u200c\n.!?؟")
    return None if SENTENCE_END.search(between) else cluster


def find_titled_cluster(titles: list[Title], article: Article) -> Cluster | None:
    """Return the last person known so far only by a title that a name's own title matches: a headline's
    «رهبر انصارالله:» is the «الحوثی رهبر جنبش انصارالله یمن» of the lead. The countries must agree, so that
    «وزیر خارجه» alone does not become «لاوروف وزیر خارجه روسیه»."""
    matches = [cluster for cluster in article.clusters if not cluster.names and any(
        titles_compatible(title.key, held.key) and title.country == held.country
        for title in titles for held in cluster.titles)]
    return max(matches, key=lambda cluster: cluster.last_seen, default=None)


def inside_titles(first: int, last: int, titles: list[Title]) -> list[Title]:
    """Return the titles inside a name span (NER sometimes keeps «وزیر» in the name)."""
    return [title for title in titles if first <= title.start and title.end <= last]


def span_text(article: Article, first: int, last: int) -> str:
    """Return the text covered by words [first, last)."""
    return article.text[article.words[first].start : article.words[last - 1].end]


def link_title(title: Title, article: Article, named: Entity | None = None) -> Entity | None:
    """Return a title-only mention linked to the person who holds that title, or None.

    A title opening a sentence, and one NER read as a person (`named`: «مقام معظم رهبری» tagged PER), is a person
    even when no one named holds it yet: it then starts a person of its own («سخنگوی دولت گفت: … وی افزود»).
    """
    start = article.words[title.start].start
    candidates = [cluster for cluster in article.clusters if cluster.last_seen < start and (any(
        titles_compatible(title.key, held.key) and (title.country is None or held.country in (None, title.country))
        for held in cluster.titles) or holds_known_role(cluster, title))]
    if title.country is not None:
        exact = [cluster for cluster in candidates if any(held.country == title.country for held in cluster.titles)]
        candidates = exact or candidates
    opens = sentence_start(article.text, start)
    if candidates:
        cluster = max(candidates, key=lambda item: item.last_seen)
    elif opens or named is not None:
        cluster = (find_speaker_for(title, start, article) if opens else None) or new_cluster(article)
        cluster.titles.append(title)
    else:
        return None
    if named is not None:
        entity = named.model_copy(update={"mention": "title"})
    else:
        end = article.words[title.end - 1].end
        entity = Entity(start=start, end=end, text=article.text[start:end], type="PER", mention="title")
    if not cluster.names:  # a person known only by titles: they are all it has for a role
        cluster.role_texts.append(entity.text)
    cluster.mentions.append(entity)
    cluster.last_seen = start
    return entity


def find_speaker_for(title: Title, start: int, article: Article) -> Cluster | None:
    """Return who a title opening a sentence names again: the current speaker, or None for someone new.

    «… نیز» after the title brings in another speaker. When the speaker holds another country's office, a title
    naming a country is the other person that sentence named («… حکم فوجیموری را رد کرد. رئیس جمهور سابق پرو …»).
    """
    if title.end < len(article.words) and article.words[title.end].key in ANOTHER:
        return None
    cluster, begin = speaker_sentence(start, article)
    if cluster is None or can_hold(cluster, title):
        return cluster
    others = [other for other in sentence_people(begin, start, article) if can_hold(other, title)]
    return others[-1] if title.country is not None and others else None


def new_cluster(article: Article) -> Cluster:
    """Add a person known so far only by a title and return it."""
    cluster = Cluster()
    article.clusters.append(cluster)
    return cluster


def holds_known_role(cluster: Cluster, title: Title) -> bool:
    """True when the cluster is a known person (people.tsv) whose roles include this title («مقام معظم رهبری»)."""
    person = known_person(cluster)
    if person is None or title.country not in (None, person.country):
        return False
    return any(titles_compatible(title.key, fold_tokens(role)) for role in person.roles)


def known_person(cluster: Cluster) -> Person | None:
    """Return the known person (people.tsv) a cluster is; a surname alone does not outweigh the rest of it.

    «گروسی» alone matches Rafael Grossi, but not in a cluster that also holds «حسین گروسی» (another first name)
    or a title of another country (an Iranian MP): a common surname is shared by many people.
    """
    found = [(name, find_person(name)) for name in cluster.names]
    person = next((known for _, known in found if known is not None), None)
    if person is None or any(known == person and len(name) >= 2 for name, known in found):
        return person
    first = fold_tokens(person.canonical)[0]
    if any(known is None and len(name) >= 2 and not same_first_name(name[0], first) for name, known in found):
        return None
    if any(title.country not in (None, person.country) for title in cluster.titles):
        return None
    return person


def same_first_name(first: str, known: str) -> bool:
    """True when a first name may be the known one: spelled alike, or one part of the other («جواد», «محمدجواد»)."""
    return similar_first_name(first, known) or first in known or known in first


def can_hold(cluster: Cluster, title: Title) -> bool:
    """True when nothing known of a person (titles held, people.tsv) ties them to another country than the title's."""
    if any(held.country not in (None, title.country) for held in cluster.titles):
        return False
    person = known_person(cluster)
    return person is None or title.country is None or person.country in (None, title.country)


def describe_cluster(cluster: Cluster, home: str | None) -> dict:
    """Return the fields every mention of a person shares: id, canonical name, country, sector, roles."""
    person = known_person(cluster)
    roles = list(dict.fromkeys(cluster.role_texts))
    roles = [role for role in roles if not any(role != other and role in other for other in roles)]
    if person is not None:
        return {"id": make_id("per", person.canonical), "canonical": person.canonical, "country": person.country,
                "sector": person.sector, "roles": roles or list(person.roles), "confidence": 0.9}
    if cluster.names:
        longest = max(zip(cluster.names, cluster.surfaces), key=lambda item: len(item[0]))
        canonical = " ".join(longest[0]) or fold(longest[1])
        identity = make_id("per", canonical)
    else:  # known only by a title: the id stays local to the article, two such people must not share it
        canonical = fold(cluster.role_texts[0])
        identity = make_id("per", f"{canonical}#{cluster.mentions[0].start}")
    fields = {"id": identity, "canonical": canonical, "roles": roles}
    title = choose_title(cluster.titles)
    if title is not None:
        # The outlet's country only for a state office («استاندار», «وزیر کشور»); a coach or a professor with no
        # country named may be foreign, and is left without one rather than guessed.
        country = title.country or (home if title.sector in STATE_SECTORS else None)
        confidence = CONFIDENCE["country"] if title.country else CONFIDENCE["default"]
        fields |= {"country": country, "sector": title.sector, "confidence": confidence}
    elif cluster.rank_sectors:
        fields |= {"sector": cluster.rank_sectors[0], "confidence": 0.5}
    placed = next((title for title in cluster.titles if title.country and not TOPICS.intersection(title.key)), None)
    if "country" not in fields and placed is not None:
        # A title of no known sector still says whose it is («رئیس هیأت ورزش عربستان سعودی»), unless the country
        # is its subject («کارشناس امور کره شمالی»).
        fields |= {"country": placed.country, "confidence": CONFIDENCE["country"]}
    return fields


def choose_title(titles: list[Title]) -> Title | None:
    """Return the title that says most about a person: one with a sector and a country, else one with a sector."""
    useful = [title for title in titles if title.sector not in (None, "UNK")]
    return next((title for title in useful if title.country), useful[0] if useful else None)


# ---- the article ----------------------------------------------------------------------------------


def resolve_entities(analysis: Analysis, *, home: str | None = HOME_COUNTRY) -> list[Entity]:
    """Return the article's entities resolved, with title-only and «وی» mentions of people added."""
    words = split_words(analysis.text)
    counts = count_countries(words)
    # The outlet's own country for an office with none named: guessing the story's country from the countries
    # it names fails on the commonest genre, an Iranian official speaking about another country.
    article = Article(analysis.text, words, set(counts), home)
    entities = repair_people(sorted(analysis.entities, key=lambda entity: entity.start), analysis.text)
    taken = [word_range(words, entity.start, entity.end) for entity in entities if entity.type in PERSON_TYPES]
    titles = find_titles(words, analysis.text, frozenset(first for first, _ in taken))
    events = [(entity.start, 0, entity) for entity in entities]
    events += [(words[title.start].start, 1, title) for title in standalone_titles(titles, taken, entities, article)]
    events += [(words[index].start, 2, index) for index in find_pronouns(words) if not covered(words[index], entities)]
    resolved: list[Entity] = []
    for _, kind, item in sorted(events, key=lambda event: (event[0], event[1])):
        entity = resolve_one(kind, item, titles, article)
        if entity is not None:
            resolved.append(entity)
    return finish_people(settle_place_lists(resolved, article), article)


def settle_place_lists(resolved: list[Entity], article: Article) -> list[Entity]:
    """Give a place listed with others («شهرستان‌های شهریار، قدس و ملارد») their country when it has a homonym
    there: the towns of one list lie in one country, so «قدس» there is the Iranian town, not Jerusalem."""
    places = [index for index, entity in enumerate(resolved) if entity.type in PLACE_TYPES]
    settled = list(resolved)
    for position, index in enumerate(places):
        neighbours = [resolved[other] for other in places[max(0, position - 1) : position + 2] if other != index
                      and listed_together(resolved[index], resolved[other], article.text)]
        towns = {entity.country for entity in neighbours if entity.country and not names_country(entity)}
        entity = resolved[index]
        if len(towns) == 1 and entity.country not in towns and not names_country(entity):
            again = resolve_place_entity(entity, article, prefer=next(iter(towns)))
            settled[index] = again if again.country in towns else entity
    return settled


def names_country(entity: Entity) -> bool:
    """True when a place mention is a whole country («ایران»), not a town or province."""
    return (entity.id or "").startswith("country:")


def listed_together(first: Entity, second: Entity, text: str) -> bool:
    """True when only a comma or «و» stands between two mentions («شهریار، قدس»، «قدس و ملارد»)."""
    left, right = sorted((first, second), key=lambda entity: entity.start)
    return LIST_SEPARATOR.fullmatch(text[left.end : right.start]) is not None


def repair_people(entities: list[Entity], text: str) -> list[Entity]:
    """Mend two NER slips about people before linking: a name split in two with only a space between («سید هاشم
    رسولی» «محلاتی»), and the surname of a person the article names read as a place or an organisation («کامرون»
    beside «دیوید کامرون» is Cameron, not Cameroon)."""
    joined: list[Entity] = []
    for entity in entities:
        if joined and split_name(joined[-1], entity, text):
            joined[-1] = joined[-1].model_copy(update={"end": entity.end, "text": text[joined[-1].start : entity.end]})
        else:
            joined.append(entity)
    names = [strip_titles(fold_tokens(entity.text)) for entity in joined if entity.type in PERSON_TYPES]
    surnames = {name[-1:] for name in names if len(name) >= 2}
    return [entity.model_copy(update={"type": "PER"})
            if entity.type in PLACE_TYPES + ORG_TYPES and fold_tokens(entity.text) in surnames else entity
            for entity in joined]


def split_name(first: Entity, second: Entity, text: str) -> bool:
    """True when two person names stand with only a space between and no title in either: one name NER cut."""
    if first.type not in PERSON_TYPES or second.type not in PERSON_TYPES:
        return False
    if text[first.end : second.start] not in (" ", "\u200c"):
        return False
    return not any(word.kind == "title" for word in find_sector_words(fold_tokens(f"{first.text} {second.text}")))


def resolve_one(kind: int, item, titles: list[Title], article: Article) -> Entity | None:
    """Resolve one event of the walk: an NER entity (0), a title alone (1) or a pronoun (2)."""
    if kind == 1:
        return link_title(item, article)
    if kind == 2:
        return link_pronoun(item, article)
    if item.type in PERSON_TYPES:
        title = whole_title(item, titles, article)
        if title is not None:
            return link_title(title, article, named=item)
        title = enclosing_title(item, titles, article)
        if title is not None:
            start, end = article.words[title.start].start, article.words[title.end - 1].end
            named = item.model_copy(update={"start": start, "end": end, "text": article.text[start:end]})
            return link_title(title, article, named=named)
        return add_person(item, titles, article)
    if item.type in PLACE_TYPES:
        return resolve_place_entity(item, article)
    if item.type in ORG_TYPES:
        return resolve_org_entity(item, article)
    if item.type == "NAT":
        return resolve_nationality_entity(item)
    return item


def whole_title(entity: Entity, titles: list[Title], article: Article) -> Title | None:
    """Return the title a person span consists of («مقام معظم رهبری», «وزیر خارجه آمریکا» tagged PER by NER), or
    None for a name: words other than the title word and a country's name («رئیس جمهور روحانی») make it a name."""
    first, last = word_range(article.words, entity.start, entity.end)
    title = next((title for title in titles if title.start == first and not title.plural and first < last), None)
    if title is None or title.end < last:
        return None
    rest = tuple(word.key for word in article.words[title.head_end : last])
    named = {position for start, end, _ in find_country_names(rest) for position in range(start, end)}
    return title if len(named) == len(rest) else None


def enclosing_title(entity: Entity, titles: list[Title], article: Article) -> Title | None:
    """Return the title whose title word holds a person span after its first word: NER reads «مقام معظم رهبری»
    in «نماینده مقام معظم رهبری در …» as a person, but the person meant is the representative."""
    first, last = word_range(article.words, entity.start, entity.end)
    return next((title for title in titles
                 if not title.plural and title.start < first and last <= title.head_end and first < last), None)


def covered(word: Word, entities: list[Entity]) -> bool:
    return any(entity.start <= word.start and word.end <= entity.end for entity in entities)


def standalone_titles(titles: list[Title], names: list[tuple[int, int]], entities: list[Entity], article: Article) -> list[Title]:
    """Return the singular titles that neither touch nor overlap a person's name: those with a sector, and those
    without one that open a sentence («عضو کمیسیون فرهنگی …»، «معاون حفاظت …» گفت), where news names the speaker.

    An organisation or place inside a title is normal («سخنگوی وزارت امور خارجه», «استاد دانشگاه تهران»).
    """
    words, kept = article.words, []
    for title in titles:
        if title.plural or title.sector is None:
            continue
        if title.sector == "UNK" and not sentence_start(article.text, words[title.start].start):
            continue
        if any(title.start == last or title.end == first or (first <= title.start < last) for first, last in names):
            continue
        span = (words[title.start].start, words[title.head_end - 1].end)
        if any(entity.start < span[1] and span[0] < entity.end for entity in entities if entity.type in PERSON_TYPES):
            continue
        kept.append(title)
    return kept


def finish_people(resolved: list[Entity], article: Article) -> list[Entity]:
    """Copy each cluster's shared fields onto all its mentions."""
    fields = {}
    for cluster in article.clusters:
        shared = describe_cluster(cluster, article.home)
        for mention in cluster.mentions:
            fields[id(mention)] = shared
    return [entity.model_copy(update=fields[id(entity)]) if id(entity) in fields else entity for entity in resolved]
