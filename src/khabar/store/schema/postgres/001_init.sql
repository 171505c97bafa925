-- khabar corpus, version 1 (PostgreSQL). Same tables as ../sqlite/001_init.sql.
CREATE TABLE IF NOT EXISTS stories (
    id BIGSERIAL PRIMARY KEY,
    first_article BIGINT,
    size INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS articles (
    id BIGSERIAL PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    external_id TEXT,
    story_id BIGINT NOT NULL REFERENCES stories(id),
    source TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    published_jalali TEXT,
    origin TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis BYTEA NOT NULL,
    stages TEXT NOT NULL,
    signature BYTEA,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_external_id ON articles(external_id);

CREATE TABLE IF NOT EXISTS entities (
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    entity_id TEXT,
    canonical TEXT,
    country TEXT
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_id ON entities(entity_id);

CREATE TABLE IF NOT EXISTS times (
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    jalali TEXT
);
CREATE INDEX IF NOT EXISTS times_article ON times(article_id);

CREATE TABLE IF NOT EXISTS quotes (
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    speaker_key TEXT,
    speaker_id TEXT,
    cue TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_key);

CREATE TABLE IF NOT EXISTS events (
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    type TEXT NOT NULL,
    actors TEXT NOT NULL,
    recipients TEXT NOT NULL,
    actor_countries TEXT NOT NULL,
    location TEXT,
    date TEXT,
    sentence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

-- Analysed terms (see search.py) as a weighted tsvector: title A, body B; ranked with ts_rank_cd.
CREATE TABLE IF NOT EXISTS article_terms (
    article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    terms TSVECTOR NOT NULL
);
CREATE INDEX IF NOT EXISTS article_terms_gin ON article_terms USING GIN (terms);
