"""The `Corpus`: one class over SQLite or PostgreSQL for storing, grouping and searching articles.

Writes happen in batches, one transaction each, so a killed process leaves every
batch either wholly stored or absent. Reads are small named methods; the CLI and
the benchmark call nothing else.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from khabar.analysis import Analysis
from khabar.errors import KhabarError
from khabar.store import links
from khabar.store.dedup import StoryIndex, shingles, signature_bytes, signature_from_bytes
from khabar.store.links import name_key
from khabar.store.search import Filters, Hit, analyze_query, analyze_terms, highlight

DEFAULT_DB_ENV = "KHABAR_DB"
CANDIDATES_PER_HIT = 4  # fetched per wanted hit before copies of one story are folded together


def default_db_path() -> Path:
    """Return the corpus file in the user's data directory (XDG_DATA_HOME on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("khabar", appauthor=False) / "corpus.sqlite"


def open_corpus(db: str | Path | None = None) -> Corpus:
    """Open (creating and migrating when needed) the corpus at a path or postgresql:// URL."""
    db = db or os.environ.get(DEFAULT_DB_ENV) or default_db_path()
    if str(db).startswith(("postgresql://", "postgres://")):
        from khabar.store.postgres import PostgresBackend

        return Corpus(PostgresBackend(str(db)))
    from khabar.store.sqlite import SQLiteBackend

    return Corpus(SQLiteBackend(db))


@dataclass
class StoredArticle:
    """An analysed article ready to be written: the analysis plus what the store derives from it."""

    analysis: Analysis
    hash: str
    origin: str
    title_terms: str
    body_terms: str
    signature: Any = None  # a datasketch MinHash, or None for a text too short to compare
    terms: list[str] = field(default_factory=list)  # the body's search terms, for the exact near-duplicate check
    id: int | None = None
    story_id: int | None = None
    joined_story: bool = False


@dataclass
class Stats:
    articles: int
    stories: int
    near_duplicates: int
    sources: dict[str, int] = field(default_factory=dict)
    layers: dict[str, int] = field(default_factory=dict)
    first_published: str | None = None
    last_published: str | None = None
    schema_version: int = 0


class Corpus:
    """Articles, their layers and stories, behind one interface for both backends."""

    def __init__(self, backend: Any):
        self.backend = backend
        self._stories: StoryIndex | None = None
        self.migrate()

    # -- schema -----------------------------------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply the schema files newer than the version recorded in the database; return the version."""
        self.backend.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        current = self.schema_version()
        for version, script in self._migrations():
            if version > current:
                with self.backend.transaction():
                    self.backend.execute_script(script)
                    if version == 1:
                        self.backend.after_migration()
                    if version == 2:
                        links.backfill(self.backend, self.analysis)
                    self._set_meta("schema_version", str(version))
                current = version
        return current

    def _migrations(self) -> list[tuple[int, str]]:
        folder = resources.files("khabar.store") / "schema" / self.backend.name
        files = sorted((int(f.name.split("_")[0]), f) for f in folder.iterdir() if f.name.endswith(".sql"))
        return [(version, f.read_text(encoding="utf-8")) for version, f in files]

    def schema_version(self) -> int:
        rows = self.backend.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(rows[0][0]) if rows else 0

    def _set_meta(self, key: str, value: str) -> None:
        self.backend.execute("DELETE FROM meta WHERE key = ?", (key,))
        self.backend.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------------------------

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Return those of `hashes` already stored."""
        found: set[str] = set()
        for chunk in _chunks(list(hashes), 500):
            marks = ", ".join("?" * len(chunk))
            found.update(row[0] for row in self.backend.execute(f"SELECT hash FROM articles WHERE hash IN ({marks})", chunk))
        return found

    def known_external_ids(self, ids: Sequence[str]) -> set[str]:
        """Return those of `ids` already carried by a stored article."""
        found: set[str] = set()
        for chunk in _chunks([i for i in ids if i], 500):
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT external_id FROM articles WHERE external_id IN ({marks})"
            found.update(row[0] for row in self.backend.execute(sql, chunk))
        return found

    def story_index(self) -> StoryIndex:
        """Return the near-duplicate index, loading stored signatures on first use."""
        if self._stories is None:
            self._stories = StoryIndex()
            rows = self.backend.execute("SELECT id, story_id, signature FROM articles WHERE signature IS NOT NULL")
            for article_id, story_id, blob in rows:
                self._stories.add(article_id, story_id, signature_from_bytes(blob))
        return self._stories

    def _stored_shingles(self, article_id: int) -> set[bytes]:
        """Return the body shingles of a stored article (recomputed from its text)."""
        title, text = self.backend.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,))[0]
        body = text.split("\n", 1)[1] if title and "\n" in text else text
        return shingles(analyze_terms(body))

    def add_batch(self, batch: Sequence[StoredArticle]) -> None:
        """Store a batch of new articles in one transaction, each joining a story or starting one."""
        index = self.story_index()
        added: list[int] = []
        try:
            with self.backend.transaction():
                for article in batch:
                    self._insert_article(article, index)
                    added.append(article.id)
                self.backend.insert_terms([(a.id, a.title_terms, a.body_terms) for a in batch])
                self._insert_layers(batch)
                links.refresh(self.backend, *links.stored_links(self.backend, added))
        except BaseException:
            for article_id in added:  # the transaction is gone: so are these articles
                index.forget(article_id)
            raise

    def _insert_article(self, article: StoredArticle, index: StoryIndex) -> None:
        story_id = (index.find_story(article.signature, shingles(article.terms), self._stored_shingles)
                    if article.signature is not None else None)
        article.joined_story = story_id is not None
        if story_id is None:
            story_id = self.backend.execute("INSERT INTO stories(size) VALUES (0) RETURNING id")[0][0]
        analysis = article.analysis
        row = (
            article.hash, analysis.id, story_id, analysis.source, analysis.url, analysis.title,
            analysis.published.iso, analysis.published.jalali, article.origin, analysis.text,
            compress_analysis(analysis), ",".join(analysis.stages),
            signature_bytes(article.signature) if article.signature is not None else None,
            dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        )
        article.id = self.backend.execute(
            "INSERT INTO articles(hash, external_id, story_id, source, url, title, published, published_jalali, "
            "origin, text, analysis, stages, signature, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            row,
        )[0][0]
        article.story_id = story_id
        self.backend.execute(
            "UPDATE stories SET size = size + 1, first_article = coalesce(first_article, ?) WHERE id = ?",
            (article.id, story_id),
        )
        if article.signature is not None:
            index.add(article.id, story_id, article.signature)

    def _insert_layers(self, batch: Sequence[StoredArticle]) -> None:
        """Write the entity, time, quote and event rows of every article in the batch."""
        days = links.story_days(self.backend, [a.id for a in batch])
        for table, (sql, rows) in layer_rows([(a.id, a.analysis) for a in batch], days).items():
            self.backend.executemany(sql, rows)

    def replace_analyses(self, updates: Sequence[tuple[int, Analysis, str, str]]) -> None:
        """Replace stored analyses, layers and terms of (article id, analysis, title terms, body terms), one transaction."""
        ids = [update[0] for update in updates]
        with self.backend.transaction():
            old_entities, old_events = links.stored_links(self.backend, ids)
            for table in LAYER_TABLES:
                self.backend.executemany(f"DELETE FROM {table} WHERE article_id = ?", [(i,) for i in ids])
            self.backend.delete_terms(ids)
            for article_id, analysis, _, _ in updates:
                self.backend.execute(
                    "UPDATE articles SET text = ?, analysis = ?, stages = ?, title = ?, published = ?, "
                    "published_jalali = ? WHERE id = ?",
                    (analysis.text, compress_analysis(analysis), ",".join(analysis.stages), analysis.title,
                     analysis.published.iso, analysis.published.jalali, article_id),
                )
            self.backend.insert_terms([(i, title, body) for i, _, title, body in updates])
            days = links.story_days(self.backend, ids)
            for sql, rows in layer_rows([(i, a) for i, a, _, _ in updates], days).values():
                self.backend.executemany(sql, rows)
            new_entities, new_events = links.stored_links(self.backend, ids)
            links.refresh(self.backend, old_entities | new_entities, old_events | new_events)

    # -- reading ----------------------------------------------------------------------------------------------------

    def count_articles(self) -> int:
        return self.backend.execute("SELECT count(*) FROM articles")[0][0]

    def article_ids(self, after: int = 0, limit: int = 1000) -> list[int]:
        """Return stored article ids above `after`, in order (for paging through the corpus)."""
        return [r[0] for r in self.backend.execute("SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", (after, limit))]

    def analysis(self, article_id: int) -> Analysis:
        """Return the stored analysis of one article."""
        rows = self.backend.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise KhabarError(f"no article {article_id} in the corpus")
        return decompress_analysis(rows[0][0])

    def search(self, query: str, filters: Filters | None = None, *, limit: int = 10, per_story: bool = True) -> list[Hit]:
        """Return the best matches for `query`: one hit per story unless `per_story` is False."""
        groups = analyze_query(query)
        if not groups:
            raise KhabarError(f"the query {query!r} has no searchable words (only stop words or punctuation)")
        expression = self.backend.render_query(groups)
        where, params = filter_sql(filters or Filters())
        sql = self.backend.match_sql(where)
        wanted = limit * CANDIDATES_PER_HIT if per_story else limit
        while True:
            rows = self.backend.execute(sql, (expression, *params, wanted))
            chosen = _best_per_story(rows) if per_story else rows
            if len(chosen) >= limit or len(rows) < wanted:
                break
            wanted *= 4
        return self._hits(chosen[:limit], groups, per_story)

    def _hits(self, rows: list[tuple], groups: list, per_story: bool) -> list[Hit]:
        """Fetch the details, snippet and copies of ranked (article id, story id, score, …) rows."""
        if not rows:
            return []
        marks = ", ".join("?" * len(rows))
        details = {row[0]: row[1:] for row in self.backend.execute(
            f"SELECT id, title, source, url, published, text FROM articles WHERE id IN ({marks})", [r[0] for r in rows])}
        copies: dict[int, list] = {}
        if per_story:
            sql = f"SELECT story_id, url FROM articles WHERE story_id IN ({marks}) ORDER BY id"
            for story_id, url in self.backend.execute(sql, [r[1] for r in rows]):
                copies.setdefault(story_id, []).append(url)
        hits = []
        for article_id, story_id, score, *_ in rows:
            title, source, url, published, text = details[article_id]
            story_urls = copies.get(story_id, [])
            hits.append(Hit(article_id=article_id, story_id=story_id, score=round(float(score), 4), title=title,
                            source=source, url=url, published=published, snippet=highlight(text, groups),
                            copies=max(1, len(story_urls)), copy_urls=[u for u in story_urls if u]))
        return hits

    def entities(self, filters: Filters | None = None, *, type_: str | None = None, name: str | None = None,
                 limit: int = 50) -> list[dict]:
        """Return the most mentioned entities, counted in stories and in mentions, with their aliases.

        `name` keeps the entity with that id, or any entity one of whose names (alias or canonical) it is.
        """
        where, params = filter_sql(filters or Filters())
        if type_:
            where += " AND e.type = ?"
            params.append(type_)
        if name:
            where += (" AND (e.entity_id = ? OR (e.entity_id IS NULL AND e.key = ?) OR e.entity_id IN "
                      "(SELECT al.entity_id FROM entity_aliases al WHERE al.key = ?) OR e.entity_id IN "
                      "(SELECT r.id FROM entity_records r WHERE r.canonical = ?))")
            params += [name, name_key(name), name_key(name), name]
        sql = (
            # A resolved entity is one row whatever types its mentions were tagged with; an unresolved name is
            # one row per type.
            "SELECT coalesce(e.entity_id, e.key), min(coalesce(e.canonical, e.text)), min(e.type), "
            "count(DISTINCT a.story_id), count(*) FROM entities e JOIN articles a ON a.id = e.article_id "
            f"WHERE 1 = 1 {where} GROUP BY coalesce(e.entity_id, e.key), CASE WHEN e.entity_id IS NULL THEN e.type END "
            "ORDER BY count(DISTINCT a.story_id) DESC, count(*) DESC, min(coalesce(e.canonical, e.text)) LIMIT ?"
        )
        rows = [dict(zip(("key", "name", "type", "stories", "mentions"), row))
                for row in self.backend.execute(sql, (*params, limit))]
        records = self._entity_records([row["key"] for row in rows])
        aliases = links.aliases_of(self.backend, list(records))
        for row in rows:
            record = records.get(row["key"])
            row["id"] = row["key"] if record else None
            if record:
                row["name"], row["type"] = record[0], record[1]
            row["country"] = record[2] if record else None
            row["aliases"] = aliases.get(row["key"], [])
        return rows

    def _entity_records(self, ids: Sequence[str]) -> dict[str, tuple[str, str, str | None]]:
        """Return (canonical name, type, country) of those of `ids` that are stored entity records."""
        found = {}
        for chunk in _chunks(list(ids), 500):
            marks = ", ".join("?" * len(chunk))
            for entity_id, *record in self.backend.execute(
                    f"SELECT id, canonical, type, country FROM entity_records WHERE id IN ({marks})", chunk):
                found[entity_id] = tuple(record)
        return found

    def event_groups(self, filters: Filters | None = None, *, limit: int = 50) -> list[dict]:
        """Return events grouped across articles, newest first, each with its mention count and articles.

        A group is listed when at least one of its mentions lies in an article matching the filters.
        """
        where, params = filter_sql(filters or Filters(), events_alias="ev")
        sql = (
            "SELECT g.key, g.type, g.actors, g.recipients, g.date, g.mentions, g.articles, g.stories FROM event_groups g "
            "WHERE EXISTS (SELECT 1 FROM events ev JOIN articles a ON a.id = ev.article_id "
            f"WHERE ev.event_key = g.key {where}) ORDER BY g.date DESC NULLS LAST, g.mentions DESC, g.key LIMIT ?"
        )
        keys = ("key", "type", "actors", "recipients", "date", "mentions", "articles", "stories")
        groups = [dict(zip(keys, row)) for row in self.backend.execute(sql, (*params, limit))]
        members: dict[str, list[dict]] = {}
        for chunk in _chunks([g["key"] for g in groups], 500):
            marks = ", ".join("?" * len(chunk))
            for key, article_id, story_id, title, source, url, published, sentence in self.backend.execute(
                "SELECT ev.event_key, a.id, a.story_id, a.title, a.source, a.url, a.published, ev.sentence "
                f"FROM events ev JOIN articles a ON a.id = ev.article_id WHERE ev.event_key IN ({marks}) "
                "ORDER BY a.published, a.id, ev.start", chunk,
            ):
                members.setdefault(key, []).append({
                    "article_id": article_id, "story_id": story_id, "title": title, "source": source, "url": url,
                    "published": published, "sentence": sentence})
        for group in groups:
            group["actors"], group["recipients"] = json.loads(group["actors"]), json.loads(group["recipients"])
            group["reports"] = members.get(group["key"], [])
        return groups

    def events(self, filters: Filters | None = None, *, limit: int = 50) -> list[dict]:
        """Return stored events, newest first."""
        where, params = filter_sql(filters or Filters(), events_alias="ev")
        sql = (
            "SELECT ev.type, ev.sentence, ev.actors, ev.recipients, ev.location, ev.date, a.id, a.title, a.published "
            f"FROM events ev JOIN articles a ON a.id = ev.article_id WHERE 1 = 1 {where} "
            "ORDER BY a.published DESC NULLS LAST, a.id, ev.start LIMIT ?"
        )
        keys = ("type", "sentence", "actors", "recipients", "location", "date", "article_id", "title", "published")
        events = [dict(zip(keys, row)) for row in self.backend.execute(sql, (*params, limit))]
        for event in events:
            event["actors"], event["recipients"] = json.loads(event["actors"]), json.loads(event["recipients"])
        return events

    def quotes(self, filters: Filters | None = None, *, limit: int = 50) -> list[dict]:
        """Return stored quotations, newest first."""
        where, params = filter_sql(filters or Filters(), quotes_alias="q")
        sql = (
            "SELECT q.speaker, q.speaker_id, q.cue, q.text, q.kind, a.id, a.title, a.published "
            f"FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1 = 1 {where} "
            "ORDER BY a.published DESC NULLS LAST, a.id, q.start LIMIT ?"
        )
        keys = ("speaker", "speaker_id", "cue", "text", "kind", "article_id", "title", "published")
        return [dict(zip(keys, row)) for row in self.backend.execute(sql, (*params, limit))]

    def stats(self) -> Stats:
        """Count articles, stories, near-duplicate copies, sources and layer rows."""
        one = lambda sql: self.backend.execute(sql)[0][0]  # noqa: E731
        articles = one("SELECT count(*) FROM articles")
        stories = one("SELECT count(DISTINCT story_id) FROM articles")
        first, last = self.backend.execute("SELECT min(published), max(published) FROM articles")[0]
        sources = dict(self.backend.execute("SELECT coalesce(source, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"))
        layers = {table: one(f"SELECT count(*) FROM {table}") for table in LAYER_TABLES}
        return Stats(articles=articles, stories=stories, near_duplicates=articles - stories, sources=sources,
                     layers=layers, first_published=first, last_published=last, schema_version=self.schema_version())

    def export_rows(self, batch: int = 500) -> Iterator[dict]:
        """Yield every article as a flat record with its full analysis JSON."""
        last = 0
        while rows := self.backend.execute(
            "SELECT id, story_id, hash, external_id, source, url, title, published, published_jalali, origin, text, "
            "analysis FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
        ):
            for row in rows:
                record = dict(zip(EXPORT_COLUMNS, row[:-1]))
                record["analysis"] = zlib.decompress(bytes(row[-1])).decode("utf-8")
                yield record
            last = rows[-1][0]

    def check(self) -> list[str]:
        """Return every inconsistency found: engine integrity, index rows, story sizes, orphan layers."""
        problems = list(self.backend.check())
        articles, indexed = self.count_articles(), self.backend.count_terms()
        if articles != indexed:
            problems.append(f"{articles} articles but {indexed} indexed")
        bad_sizes = self.backend.execute(
            "SELECT s.id FROM stories s LEFT JOIN articles a ON a.story_id = s.id GROUP BY s.id, s.size "
            "HAVING count(a.id) <> s.size"
        )
        problems += [f"story {row[0]} has a wrong size" for row in bad_sizes]
        problems += self._check_links()
        for table in LAYER_TABLES:
            orphans = self.backend.execute(
                f"SELECT count(*) FROM {table} x LEFT JOIN articles a ON a.id = x.article_id WHERE a.id IS NULL"
            )[0][0]
            if orphans:
                problems.append(f"{orphans} {table} rows without an article")
        return problems


    def _check_links(self) -> list[str]:
        """Return where the entity records or event groups disagree with the per-article rows."""
        one = lambda sql: self.backend.execute(sql)[0][0]  # noqa: E731
        problems = []
        if one("SELECT coalesce(sum(mentions), 0) FROM entity_records") != one(
                "SELECT count(*) FROM entities WHERE entity_id IS NOT NULL"):
            problems.append("entity records do not count every resolved mention")
        if one("SELECT coalesce(sum(count), 0) FROM entity_aliases") != one(
                f"SELECT count(*) FROM entities WHERE entity_id IS NOT NULL AND {links.ALIAS_MENTION}"):
            problems.append("entity aliases do not count every resolved mention")
        if one("SELECT coalesce(sum(mentions), 0) FROM event_groups") != one(
                "SELECT count(*) FROM events WHERE event_key IS NOT NULL"):
            problems.append("event groups do not count every keyed event")
        return problems


EXPORT_COLUMNS = ("id", "story_id", "hash", "external_id", "source", "url", "title", "published", "published_jalali",
                  "origin", "text")
LAYER_TABLES = ("entities", "times", "quotes", "events")


def compress_analysis(analysis: Analysis) -> bytes:
    """Return the analysis JSON, zlib-compressed (a tenth of its size on news text)."""
    return zlib.compress(analysis.model_dump_json().encode("utf-8"), 6)


def decompress_analysis(blob: bytes) -> Analysis:
    return Analysis.model_validate_json(zlib.decompress(bytes(blob)))


def layer_rows(pairs: Sequence[tuple[int, Analysis]], story_days: dict[int, str | None] | None = None,
               ) -> dict[str, tuple[str, list[tuple]]]:
    """Return, per layer table, the insert statement and the rows of every (article id, analysis).

    `story_days` gives each article's story day, the date of undated events (see links.event_key).
    """
    story_days = story_days or {}
    entities, times, quotes, events = [], [], [], []
    for article_id, analysis in pairs:
        entities += [(article_id, e.start, e.end, e.text, name_key(e.text), e.type, e.id, e.canonical, e.country,
                      e.mention) for e in analysis.entities]
        times += [(article_id, t.start, t.end, t.text, t.value, t.jalali) for t in analysis.times]
        quotes += [(article_id, q.start, q.end, q.speaker, name_key(q.speaker), q.speaker_id, q.cue, q.text, q.kind)
                   for q in analysis.quotes]
        events += [_event_row(article_id, ev, key) for ev, key in zip(analysis.events, links.event_keys(analysis, story_days.get(article_id)))]
    return {
        "entities": ('INSERT INTO entities(article_id, start, "end", text, key, type, entity_id, canonical, country, '
                     "mention) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entities),
        "times": ('INSERT INTO times(article_id, start, "end", text, value, jalali) VALUES (?, ?, ?, ?, ?, ?)', times),
        "quotes": ('INSERT INTO quotes(article_id, start, "end", speaker, speaker_key, speaker_id, cue, text, kind) '
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", quotes),
        "events": ('INSERT INTO events(article_id, start, "end", type, actors, recipients, actor_countries, location, '
                   "date, sentence, event_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events),
    }


def _event_row(article_id: int, event: Any, key: str | None) -> tuple:
    countries = sorted({actor.country for actor in event.actors if actor.country})
    return (
        article_id, event.start, event.end, event.type,
        json.dumps([a.model_dump() for a in event.actors], ensure_ascii=False),
        json.dumps([r.model_dump() for r in event.recipients], ensure_ascii=False),
        " " + " ".join(countries) + " ", event.location, event.date, event.sentence, key,
    )


def filter_sql(filters: Filters, *, events_alias: str | None = None, quotes_alias: str | None = None) -> tuple[str, list]:
    """Return the `AND …` clauses and parameters narrowing articles `a` to the filters."""
    clauses: list[str] = []
    params: list[Any] = []
    if filters.date_from:
        clauses.append("a.published >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append("a.published <= ?")
        params.append(filters.date_to)
    if filters.source:
        clauses.append("lower(a.source) = lower(?)")
        params.append(filters.source)
    if filters.entity:
        # An alias of a resolved entity finds every mention of that entity, under any of its names.
        clauses.append("EXISTS (SELECT 1 FROM entities e2 WHERE e2.article_id = a.id "
                       "AND (e2.entity_id = ? OR e2.key = ? OR e2.canonical = ? "
                       "OR e2.entity_id IN (SELECT al.entity_id FROM entity_aliases al WHERE al.key = ?)))")
        params += [filters.entity, name_key(filters.entity), filters.entity, name_key(filters.entity)]
    if filters.event_type:
        target = events_alias or "ev2"
        clause = f"{target}.type = ?"
        clauses.append(clause if events_alias else f"EXISTS (SELECT 1 FROM events ev2 WHERE ev2.article_id = a.id AND {clause})")
        params.append(filters.event_type)
    if filters.actor_country:
        target = events_alias or "ev3"
        clause = f"{target}.actor_countries LIKE ?"
        clauses.append(clause if events_alias else f"EXISTS (SELECT 1 FROM events ev3 WHERE ev3.article_id = a.id AND {clause})")
        params.append(f"% {filters.actor_country.upper()} %")
    if filters.speaker:
        target = quotes_alias or "q2"
        clause = f"({target}.speaker_id = ? OR {target}.speaker_key LIKE ?)"
        clauses.append(clause if quotes_alias else f"EXISTS (SELECT 1 FROM quotes q2 WHERE q2.article_id = a.id AND {clause})")
        params += [filters.speaker, f"%{name_key(filters.speaker)}%"]
    return "".join(f" AND {clause}" for clause in clauses), params


def _best_per_story(rows: list[tuple]) -> list[tuple]:
    """Keep the first (best-ranked) row of each story."""
    seen: set[int] = set()
    kept = []
    for row in rows:
        if row[1] not in seen:
            seen.add(row[1])
            kept.append(row)
    return kept


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
