"""Entities and events across articles: one record per resolved entity, one group per reported event.

Entities. The resolve stage gives each entity a stable id (Entity.id). `entity_records` keeps that id
once, with its canonical name, type and country (the most frequent non-empty value among its mentions)
and `entity_aliases` every distinct surface text seen for it with its count (names and titles; not the
pronoun «وی»), so «ایران» and
«جمهوری اسلامی ایران» under one id are one entity that either name finds.

Events. Copies of one story, and different stories about the same happening, each code the event
again. An event's key is

    type | sorted distinct actor keys | sorted distinct recipient keys | day

where a participant's key is its entity id, else its country code, else its folded text, and the day is
the event's own date, else the story day: the publication day of the first stored copy of the article's
story (so a copy republished a day later still keys its undated events like the original; different
stories of one day meet on that day). Ids are preferred so that two different
meetings between the same two countries on one day stay apart when the participants are resolved; the
country fallback lets an unresolved «وزیر خارجه عراق» still match its resolved copy's country only when
neither copy resolved it. Mode, location and sentence are left out: outlets word the same event
differently. Negated, future and hypothetical statements get no key (they report nothing that happened).

Both derived tables are recomputed, inside the writer's transaction, for exactly the ids and keys a write
adds or removes: the counts therefore always equal a fresh aggregate over the per-article rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from khabar.analysis import Analysis, Event, Participant
from khabar.store.search import fold_letters

CHUNK = 500  # ids per IN (…) list
# «وی» refers to an entity but names nothing: pronoun mentions count as mentions, not as aliases.
ALIAS_MENTION = "coalesce(mention, 'name') <> 'pronoun'"


def name_key(name: str | None) -> str | None:
    """Return the folded form of a name, for look-up regardless of letter variants and spacing."""
    if not name:
        return None
    return " ".join(fold_letters(name).replace("\u200c", " ").split())


def participant_key(participant: Participant) -> str:
    """Return what identifies a participant across articles: entity id, else country, else folded text."""
    if participant.id:
        return participant.id
    if participant.country:
        return f"@{participant.country}"
    return f"~{name_key(participant.text) or ''}"


def event_key(event: Event, story_day: str | None) -> str | None:
    """Return the cross-article key of an event, or None for one that did not happen."""
    if event.negated or event.future or event.hypothetical:
        return None
    actors = ",".join(sorted({participant_key(p) for p in event.actors}))
    recipients = ",".join(sorted({participant_key(p) for p in event.recipients}))
    return "|".join((event.type, actors, recipients, event.date or story_day or ""))


def event_keys(analysis: Analysis, story_day: str | None) -> list[str | None]:
    """Return the key of each event of an analysis, in order (`story_day` falls back to its own publication)."""
    return [event_key(event, story_day or analysis.published.iso) for event in analysis.events]


def story_days(backend: Any, article_ids: Sequence[int]) -> dict[int, str | None]:
    """Return, per stored article, the publication day of its story's first article."""
    days: dict[int, str | None] = {}
    for chunk in chunks(list(article_ids)):
        marks = ", ".join("?" * len(chunk))
        days.update(backend.execute(
            "SELECT a.id, f.published FROM articles a JOIN stories s ON s.id = a.story_id "
            f"JOIN articles f ON f.id = s.first_article WHERE a.id IN ({marks})", chunk))
    return days


def stored_links(backend: Any, article_ids: Sequence[int]) -> tuple[set[str], set[str]]:
    """Return the entity ids and event keys the stored rows of some articles contribute."""
    entity_ids: set[str] = set()
    keys: set[str] = set()
    for chunk in chunks(list(article_ids)):
        marks = ", ".join("?" * len(chunk))
        entity_ids.update(r[0] for r in backend.execute(
            f"SELECT DISTINCT entity_id FROM entities WHERE article_id IN ({marks}) AND entity_id IS NOT NULL", chunk))
        keys.update(r[0] for r in backend.execute(
            f"SELECT DISTINCT event_key FROM events WHERE article_id IN ({marks}) AND event_key IS NOT NULL", chunk))
    return entity_ids, keys


def refresh(backend: Any, entity_ids: Iterable[str], keys: Iterable[str]) -> None:
    """Recompute the entity records, aliases and event groups of the given ids and keys."""
    for chunk in chunks(sorted(set(entity_ids))):
        refresh_entities(backend, chunk)
    for chunk in chunks(sorted(set(keys))):
        refresh_event_groups(backend, chunk)


def refresh_entities(backend: Any, ids: list[str]) -> None:
    """Rewrite the record and aliases of each entity id from its mentions."""
    marks = ", ".join("?" * len(ids))
    backend.execute(f"DELETE FROM entity_aliases WHERE entity_id IN ({marks})", ids)
    backend.execute(f"DELETE FROM entity_records WHERE id IN ({marks})", ids)
    mentions: dict[str, list[tuple]] = {}
    for row in backend.execute(
        f"SELECT entity_id, text, type, canonical, country, article_id, {ALIAS_MENTION} FROM entities "
        f"WHERE entity_id IN ({marks}) ORDER BY article_id, start", ids,
    ):
        mentions.setdefault(row[0], []).append(row[1:])
    records, aliases = [], []
    for entity_id, rows in mentions.items():
        texts = Counter(row[0] for row in rows if row[5])
        canonical = most_common(row[2] for row in rows) or most_common(texts.elements()) or rows[0][0]
        records.append((entity_id, canonical, most_common(row[1] for row in rows), most_common(row[3] for row in rows),
                        len(rows), len({row[4] for row in rows})))
        aliases += [(entity_id, text, name_key(text) or text, count) for text, count in texts.items()]
    backend.executemany("INSERT INTO entity_records(id, canonical, type, country, mentions, articles) "
                        "VALUES (?, ?, ?, ?, ?, ?)", records)
    backend.executemany("INSERT INTO entity_aliases(entity_id, text, key, count) VALUES (?, ?, ?, ?)", aliases)


def refresh_event_groups(backend: Any, keys: list[str]) -> None:
    """Rewrite the group of each event key from its mentions."""
    marks = ", ".join("?" * len(keys))
    backend.execute(f"DELETE FROM event_groups WHERE key IN ({marks})", keys)
    mentions: dict[str, list[tuple]] = {}
    for row in backend.execute(
        "SELECT ev.event_key, ev.type, ev.actors, ev.recipients, ev.date, ev.article_id, a.story_id, a.published "
        f"FROM events ev JOIN articles a ON a.id = ev.article_id WHERE ev.event_key IN ({marks}) "
        "ORDER BY ev.article_id, ev.start", keys,
    ):
        mentions.setdefault(row[0], []).append(row[1:])
    groups = []
    for key, rows in mentions.items():
        type_, actors, recipients, _, first_article, _, _ = rows[0]
        groups.append((key, type_, actors, recipients, key.rsplit("|", 1)[1] or None, len(rows), len({r[4] for r in rows}),
                       len({r[5] for r in rows}), first_article))
    backend.executemany("INSERT INTO event_groups(key, type, actors, recipients, date, mentions, articles, stories, "
                        "first_article) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", groups)


def backfill(backend: Any, load: Any) -> None:
    """Key the events already stored and build every entity record and event group (migration to version 2)."""
    last = 0
    while ids := [r[0] for r in backend.execute("SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, CHUNK))]:
        updates, mentions, days = [], [], story_days(backend, ids)
        for article_id in ids:
            analysis = load(article_id)
            updates += [(key, article_id, event.start, event.end, event.type)
                        for event, key in zip(analysis.events, event_keys(analysis, days.get(article_id)))]
            mentions += [(e.mention, article_id, e.start, e.end) for e in analysis.entities]
        backend.executemany('UPDATE events SET event_key = ? WHERE article_id = ? AND start = ? AND "end" = ? AND type = ?',
                            updates)
        backend.executemany('UPDATE entities SET mention = ? WHERE article_id = ? AND start = ? AND "end" = ?', mentions)
        last = ids[-1]
    entity_ids = [r[0] for r in backend.execute("SELECT DISTINCT entity_id FROM entities WHERE entity_id IS NOT NULL")]
    keys = [r[0] for r in backend.execute("SELECT DISTINCT event_key FROM events WHERE event_key IS NOT NULL")]
    refresh(backend, entity_ids, keys)


def aliases_of(backend: Any, ids: Sequence[str]) -> dict[str, list[dict]]:
    """Return the aliases of each entity id, most frequent first."""
    found: dict[str, list[dict]] = {}
    for chunk in chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        for entity_id, text, count in backend.execute(
            f"SELECT entity_id, text, count FROM entity_aliases WHERE entity_id IN ({marks}) "
            "ORDER BY entity_id, count DESC, text", chunk,
        ):
            found.setdefault(entity_id, []).append({"text": text, "count": count})
    return found


def most_common(values: Iterable[str | None]) -> str | None:
    """Return the most frequent non-empty value (the first seen among equals), or None."""
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
