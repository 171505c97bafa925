-- khabar corpus, version 2 (PostgreSQL): entities and events across articles. Same tables as ../sqlite/002_links.sql.
-- Both tables are derived from the per-article `entities` and `events` rows (see links.py) and are
-- recomputed for the ids a write touches, in the same transaction.
CREATE TABLE IF NOT EXISTS entity_records (
    id TEXT PRIMARY KEY,                -- Entity.id from the resolve stage
    canonical TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id TEXT NOT NULL,
    text TEXT NOT NULL,                 -- one distinct surface form seen for the entity
    key TEXT NOT NULL,                  -- its folded form, for look-up by name
    count INTEGER NOT NULL,
    PRIMARY KEY (entity_id, text)
);
CREATE INDEX IF NOT EXISTS entity_aliases_key ON entity_aliases(key);

ALTER TABLE entities ADD COLUMN IF NOT EXISTS mention TEXT;       -- name, title or pronoun (Entity.mention); pronouns are no alias

ALTER TABLE events ADD COLUMN IF NOT EXISTS event_key TEXT;   -- null for negated, future and hypothetical statements
CREATE INDEX IF NOT EXISTS events_key ON events(event_key);

CREATE TABLE IF NOT EXISTS event_groups (
    key TEXT PRIMARY KEY,               -- type | actors | recipients | day (see links.event_key)
    type TEXT NOT NULL,
    actors TEXT NOT NULL,               -- JSON participants of the first mention
    recipients TEXT NOT NULL,
    date TEXT,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    stories INTEGER NOT NULL,
    first_article BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_groups_date ON event_groups(date);
