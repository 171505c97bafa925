-- khabar corpus, version 1 (SQLite). Postgres twin: ../postgres/001_init.sql.
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY,
    first_article INTEGER,
    size INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,          -- sha256 of the normalised title and text: the article's key
    external_id TEXT,                   -- the id the record carried, if any (not unique across sources)
    story_id INTEGER NOT NULL REFERENCES stories(id),
    source TEXT,
    url TEXT,
    title TEXT,
    published TEXT,                     -- ISO Gregorian day
    published_jalali TEXT,
    origin TEXT NOT NULL,               -- file[:line] it was first read from
    text TEXT NOT NULL,                 -- the repaired text every span points into
    analysis BLOB NOT NULL,             -- zlib-compressed Analysis JSON, every layer
    stages TEXT NOT NULL,
    signature BLOB,                     -- MinHash hash values, for near-duplicate grouping
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_external_id ON articles(external_id);

CREATE TABLE IF NOT EXISTS entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    key TEXT NOT NULL,                  -- folded name, for look-up by name
    type TEXT NOT NULL,
    entity_id TEXT,
    canonical TEXT,
    country TEXT
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_id ON entities(entity_id);

CREATE TABLE IF NOT EXISTS times (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    jalali TEXT
);
CREATE INDEX IF NOT EXISTS times_article ON times(article_id);

CREATE TABLE IF NOT EXISTS quotes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    type TEXT NOT NULL,
    actors TEXT NOT NULL,               -- JSON list of participants
    recipients TEXT NOT NULL,
    actor_countries TEXT NOT NULL,      -- space-separated codes with a leading and trailing space
    location TEXT,
    date TEXT,
    sentence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

-- Analysed terms (see search.py); BM25 via bm25(), the title weighted above the body.
CREATE VIRTUAL TABLE IF NOT EXISTS article_terms USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
