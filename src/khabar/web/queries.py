"""Read-only queries the web pages need beyond the `Corpus` methods: facets, entity profiles, timelines, the network.

Every query goes through the corpus backend's `execute` with `?` parameters, so it runs on
SQLite and PostgreSQL alike. Lists are bounded (see the constants) so that one page never
scans the whole corpus for a frequent word.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from khabar.errors import KhabarError
from khabar.store.corpus import CANDIDATES_PER_HIT, Corpus, filter_sql, name_key
from khabar.store.search import Filters, Hit, analyze_query, highlight
from khabar.web.patterns import HIT_CLOSE, HIT_OPEN, RELATIONS

FACET_POOL = 200  # facets count the best this many matches, not every match of a frequent word
FACET_SIZE = 8
PROFILE_ARTICLES = 400  # an entity's newest articles read for its events and relations
ROLE_ARTICLES = 20  # analyses decompressed to collect an entity's roles
NETWORK_EVENTS = 20_000
NETWORK_NODES = 120


@dataclass
class SearchResult:
    """Hits of one query, their snippets marked with HIT_OPEN/HIT_CLOSE, and facet counts."""

    hits: list[Hit]
    facets: dict[str, list[dict]] = field(default_factory=dict)


def search_corpus(corpus: Corpus, query: str, filters: Filters, *, limit: int, facets: bool = True) -> SearchResult:
    """Rank once, keep the best article of each story, mark its snippet, and count facets over the ranked pool."""
    groups = analyze_query(query)
    if not groups:
        raise KhabarError(f"the query {query!r} has no searchable words (only stop words or punctuation)")
    rows = ranked_rows(corpus, groups, filters, limit, pool=FACET_POOL if facets else 0)
    best = _best_per_story(rows)[:limit]
    result = SearchResult(hits=_hits(corpus, best, groups))
    if facets and rows:
        result.facets = count_facets(corpus, rows[:FACET_POOL])
    return result


def ranked_rows(corpus: Corpus, groups: list, filters: Filters, limit: int, *, pool: int) -> list[tuple]:
    """Return (article id, story id, score, source, published) rows, best first: at least `pool`, and enough for
    `limit` stories."""
    where, params = filter_sql(filters)
    sql = corpus.backend.match_sql(where)
    expression = corpus.backend.render_query(groups)
    wanted = max(pool, limit * CANDIDATES_PER_HIT)
    while True:
        rows = corpus.backend.execute(sql, (expression, *params, wanted))
        if len(_best_per_story(rows)) >= limit or len(rows) < wanted:
            return rows
        wanted *= 4


def _best_per_story(rows: list[tuple]) -> list[tuple]:
    seen: set[int] = set()
    return [row for row in rows if not (row[1] in seen or seen.add(row[1]))]


def _hits(corpus: Corpus, rows: list[tuple], groups: list) -> list[Hit]:
    """Return the hits of ranked rows, each snippet marked with characters no stored text carries."""
    if not rows:
        return []
    ids = [row[0] for row in rows]
    marks = ", ".join("?" * len(ids))
    details = {row[0]: row[1:] for row in corpus.backend.execute(
        f"SELECT id, title, source, url, published, text FROM articles WHERE id IN ({marks})", ids)}
    stories = sorted({row[1] for row in rows})
    copies = dict(corpus.backend.execute(
        f"SELECT story_id, count(*) FROM articles WHERE story_id IN ({', '.join('?' * len(stories))}) GROUP BY story_id",
        stories))
    hits = []
    for article_id, story_id, score, *_ in rows:
        title, source, url, published, text = details[article_id]
        hits.append(Hit(article_id=article_id, story_id=story_id, score=round(float(score), 4), title=title,
                        source=source, url=url, published=published, copies=copies.get(story_id, 1),
                        snippet=highlight(strip_marks(text), groups, mark=(HIT_OPEN, HIT_CLOSE))))
    return hits


def strip_marks(text: str) -> str:
    """Remove the private-use characters used as hit marks, so the article's own text cannot forge one."""
    return text.replace(HIT_OPEN, "").replace(HIT_CLOSE, "")


def count_facets(corpus: Corpus, rows: list[tuple]) -> dict[str, list[dict]]:
    """Count sources, years, entities, event types and actor countries among ranked rows (the best matches)."""
    ids = [row[0] for row in rows]
    marks = ", ".join("?" * len(ids))
    run = lambda sql: corpus.backend.execute(sql.format(ids=marks) + f" LIMIT {FACET_SIZE}", ids)  # noqa: E731
    facets = {
        # Source and date came with the ranking: counted here, without reading the articles again.
        "source": _top_counts(row[3] for row in rows),
        "year": sorted(Counter(row[4][:4] for row in rows if row[4]).items(), reverse=True)[:FACET_SIZE],
        "entity": run("SELECT coalesce(entity_id, key), min(coalesce(canonical, text)), count(DISTINCT article_id) "
                      "FROM entities WHERE article_id IN ({ids}) GROUP BY 1 ORDER BY 3 DESC, 2"),
        "event_type": run("SELECT type, count(DISTINCT article_id) FROM events WHERE article_id IN ({ids}) "
                          "GROUP BY type ORDER BY 2 DESC, 1"),
    }
    shaped = {name: [_facet(row) for row in counted] for name, counted in facets.items()}
    shaped["country"] = _country_facet(corpus, ids, marks)
    return {name: values for name, values in shaped.items() if values}


def _top_counts(values) -> list[tuple]:
    """Return the FACET_SIZE commonest values that are not None, most common first, ties by value."""
    counts = Counter(value for value in values if value is not None)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]


def _facet(row: tuple) -> dict:
    if len(row) == 3:
        return {"value": row[0], "label": row[1], "count": row[2]}
    return {"value": row[0], "label": row[0], "count": row[1]}


def _country_facet(corpus: Corpus, ids: list[int], marks: str) -> list[dict]:
    """Count articles per event-actor country (the column holds space-separated codes)."""
    rows = corpus.backend.execute(f"SELECT article_id, actor_countries FROM events WHERE article_id IN ({marks})", ids)
    per_country: dict[str, set[int]] = defaultdict(set)
    for article_id, countries in rows:
        for code in countries.split():
            per_country[code].add(article_id)
    ranked = sorted(per_country.items(), key=lambda item: (-len(item[1]), item[0]))[:FACET_SIZE]
    return [{"value": code, "label": code, "count": len(articles)} for code, articles in ranked]


def article_meta(corpus: Corpus, article_id: int) -> dict | None:
    """Return the stored columns of one article (story, source, url, dates), or None."""
    rows = corpus.backend.execute(
        "SELECT id, story_id, source, url, title, published, published_jalali FROM articles WHERE id = ?", (article_id,)
    )
    keys = ("id", "story_id", "source", "url", "title", "published", "published_jalali")
    return dict(zip(keys, rows[0])) if rows else None


def story_copies(corpus: Corpus, story_id: int, article_id: int) -> list[dict]:
    """Return the other articles of a story (near-duplicate copies)."""
    rows = corpus.backend.execute(
        "SELECT id, source, title, published FROM articles WHERE story_id = ? AND id <> ? ORDER BY id LIMIT 20",
        (story_id, article_id),
    )
    return [dict(zip(("id", "source", "title", "published"), row)) for row in rows]


# -- entities -------------------------------------------------------------------------------------------------------


def entity_profile(corpus: Corpus, key: str) -> dict | None:
    """Return an entity's names, type, country, roles, mentions, events, quotations and relations; None if unknown."""
    rows = corpus.backend.execute(
        "SELECT e.text, e.type, e.canonical, e.country, e.article_id FROM entities e "
        "WHERE e.entity_id = ? OR (e.entity_id IS NULL AND e.key = ?)",
        (key, key),
    )
    if not rows:
        return None
    aliases = Counter(row[0] for row in rows)
    articles = sorted({row[4] for row in rows}, reverse=True)
    events = entity_events(corpus, key, articles[:PROFILE_ARTICLES])
    return {
        "key": key,
        "name": Counter(row[2] or row[0] for row in rows).most_common(1)[0][0],
        "type": Counter(row[1] for row in rows).most_common(1)[0][0],
        "country": next((row[3] for row in rows if row[3]), None),
        "aliases": [{"text": text, "count": count} for text, count in aliases.most_common(20)],
        "roles": entity_roles(corpus, key, articles[:ROLE_ARTICLES]),
        "mentions": len(rows),
        "articles": len(articles),
        "events": events,
        "quotes": entity_quotes(corpus, key, {name_key(text) for text in aliases}),
        "relations": entity_relations(events, key),
    }


def entity_roles(corpus: Corpus, key: str, article_ids: list[int]) -> list[str]:
    """Collect the roles (titles, posts) given to the entity in its newest articles."""
    roles: Counter[str] = Counter()
    for article_id in article_ids:
        analysis = corpus.analysis(article_id)
        for entity in analysis.entities:
            if entity_key(entity.id, entity.text) == key:
                roles.update(entity.roles)
    return [role for role, _ in roles.most_common(10)]


def entity_key(entity_id: str | None, text: str | None) -> str | None:
    """Return the key the pages use for an entity: its resolved id, else its folded name."""
    return entity_id or name_key(text)


def entity_events(corpus: Corpus, key: str, article_ids: list[int]) -> list[dict]:
    """Return the events, newest first, of the given articles in which the entity is an actor or a recipient."""
    if not article_ids:
        return []
    marks = ", ".join("?" * len(article_ids))
    rows = corpus.backend.execute(
        "SELECT ev.type, ev.sentence, ev.actors, ev.recipients, ev.date, a.id, a.title, a.published "
        f"FROM events ev JOIN articles a ON a.id = ev.article_id WHERE ev.article_id IN ({marks}) "
        "ORDER BY a.published DESC, a.id DESC, ev.start",
        article_ids,
    )
    events = []
    for type_, sentence, actors, recipients, date, article_id, title, published in rows:
        actors, recipients = json.loads(actors), json.loads(recipients)
        role = _role_in(key, actors, recipients)
        if role:
            events.append({"type": type_, "sentence": sentence, "actors": actors, "recipients": recipients,
                           "date": date, "article_id": article_id, "title": title, "published": published,
                           "role": role})
    return events


def _role_in(key: str, actors: list[dict], recipients: list[dict]) -> str | None:
    if any(participant_key(p) == key for p in actors):
        return "actor"
    if any(participant_key(p) == key for p in recipients):
        return "recipient"
    return None


def participant_key(participant: dict) -> str | None:
    return entity_key(participant.get("id"), participant.get("text"))


def entity_quotes(corpus: Corpus, key: str, name_keys: set[str | None], limit: int = 50) -> list[dict]:
    """Return quotations attributed to the entity (by id, or by any of its written names), newest first."""
    names = sorted(k for k in name_keys if k)
    marks = ", ".join("?" * len(names)) if names else "NULL"
    rows = corpus.backend.execute(
        "SELECT q.speaker, q.text, q.kind, a.id, a.title, a.published FROM quotes q JOIN articles a "
        f"ON a.id = q.article_id WHERE q.speaker_id = ? OR q.speaker_key IN ({marks}) "
        "ORDER BY a.published DESC, a.id DESC, q.start LIMIT ?",
        (key, *names, limit),
    )
    keys = ("speaker", "text", "kind", "article_id", "title", "published")
    return [dict(zip(keys, row)) for row in rows]


def entity_relations(events: list[dict], key: str) -> dict[str, list[dict]]:
    """Group the entity's counterparts by relation (meets, agrees with, accuses, accused by), most frequent first."""
    found: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, str] = {}
    for event in events:
        relation = RELATIONS.get(event["type"])
        if not relation:
            continue
        for other, direction in _counterparts(event, key, relation):
            other_key = participant_key(other)
            if other_key and other_key != key:
                found[direction][other_key] += 1
                names.setdefault(other_key, other.get("text") or other_key)
    return {direction: [{"key": k, "name": names[k], "count": n} for k, n in counts.most_common(15)]
            for direction, counts in found.items()}


def _counterparts(event: dict, key: str, relation: str) -> list[tuple[dict, str]]:
    """Return (other participant, relation seen from the entity) for one event."""
    if event["role"] == "actor":
        others = event["recipients"] + (event["actors"] if relation == "meets" else [])
        return [(other, relation) for other in others]
    reverse = "accused_by" if relation == "accuses" else relation
    return [(other, reverse) for other in event["actors"]]


# -- events ---------------------------------------------------------------------------------------------------------


def event_types(corpus: Corpus) -> list[str]:
    return [row[0] for row in corpus.backend.execute("SELECT DISTINCT type FROM events ORDER BY type")]


def event_groups(corpus: Corpus, filters: Filters, limit: int) -> list[dict]:
    """Return the events grouped across articles under the filters, each reporting article listed once."""
    groups = corpus.event_groups(filters, limit=limit)
    for group in groups:
        group["reports"] = merge_reports(group["reports"])
    return groups


def merge_reports(reports: list[dict]) -> list[dict]:
    """Collapse an event's mentions to one report per article (its first sentence), counting the mentions."""
    merged: dict[int, dict] = {}
    for report in reports:
        if report["article_id"] in merged:
            merged[report["article_id"]]["mentions"] += 1
        else:
            merged[report["article_id"]] = {**report, "mentions": 1}
    return list(merged.values())


def event_timeline(corpus: Corpus, filters: Filters) -> dict[str, Any]:
    """Count distinct events per month (of the event's day) and type under the filters, for the timeline chart.

    Like the list beside it, the chart counts an event reported by several articles once; events that did
    not happen (negated, future, hypothetical) have no group and are left out of both.
    """
    where, params = filter_sql(filters, events_alias="ev")
    rows = corpus.backend.execute(
        "SELECT substr(g.date, 1, 7), g.type, count(DISTINCT g.key) FROM events ev "
        "JOIN articles a ON a.id = ev.article_id JOIN event_groups g ON g.key = ev.event_key "
        f"WHERE g.date IS NOT NULL {where} GROUP BY 1, 2 ORDER BY 1, 2",
        params,
    )
    months = sorted({row[0] for row in rows})
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for month, type_, count in rows:
        counts[type_][month] = count
    return {"months": months, "series": [{"type": t, "counts": [c.get(m, 0) for m in months]}
                                         for t, c in sorted(counts.items())]}


# -- the actor network ----------------------------------------------------------------------------------------------


def actor_network(corpus: Corpus, filters: Filters, types: list[str]) -> dict[str, list[dict]]:
    """Return the graph of who met, agreed with or accused whom: nodes, and edges weighted by event count."""
    where, params = filter_sql(filters, events_alias="ev")
    marks = ", ".join("?" * len(types))
    rows = corpus.backend.execute(
        "SELECT ev.type, ev.actors, ev.recipients FROM events ev JOIN articles a ON a.id = ev.article_id "
        f"WHERE ev.type IN ({marks}) {where} LIMIT ?",
        (*types, *params, NETWORK_EVENTS),
    )
    edges: Counter[tuple[str, str, str]] = Counter()
    nodes: dict[str, dict] = {}
    for type_, actors, recipients in rows:
        for source, target in _event_pairs(type_, json.loads(actors), json.loads(recipients)):
            for participant in (source, target):
                nodes.setdefault(participant_key(participant), _node(participant))
            edges[(participant_key(source), participant_key(target), type_)] += 1
    return _top_graph(nodes, edges)


def _event_pairs(type_: str, actors: list[dict], recipients: list[dict]) -> list[tuple[dict, dict]]:
    """Return the (source, target) pairs of one event; a meeting of several actors links them to each other."""
    pairs = [(a, r) for a in actors for r in recipients]
    if RELATIONS.get(type_) == "meets" and not recipients:
        pairs += [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
    return [(s, t) for s, t in pairs if participant_key(s) and participant_key(t) and participant_key(s) != participant_key(t)]


def _node(participant: dict) -> dict:
    return {"id": participant_key(participant), "label": participant.get("text") or "", "country": participant.get("country")}


def _top_graph(nodes: dict[str, dict], edges: Counter) -> dict[str, list[dict]]:
    """Keep the NETWORK_NODES most connected nodes and the edges between them."""
    degree: Counter[str] = Counter()
    for (source, target, _), count in edges.items():
        degree[source] += count
        degree[target] += count
    kept = {key for key, _ in degree.most_common(NETWORK_NODES)}
    return {
        "nodes": [{**nodes[key], "weight": degree[key]} for key in sorted(kept)],
        "edges": [{"source": s, "target": t, "type": type_, "weight": n}
                  for (s, t, type_), n in sorted(edges.items()) if s in kept and t in kept],
    }
