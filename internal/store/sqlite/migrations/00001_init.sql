-- +goose Up
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    url         TEXT,
    source      TEXT NOT NULL,
    format      TEXT NOT NULL,
    outlet      TEXT NOT NULL,
    title       TEXT NOT NULL,
    published   INTEGER,            -- unix seconds, NULL when unknown
    language    TEXT NOT NULL,
    body        TEXT NOT NULL,
    boilerplate TEXT NOT NULL,      -- JSON [{"text","reason"}]
    sentences   TEXT NOT NULL,      -- JSON [[start,end]]
    mentions    TEXT NOT NULL,      -- JSON [{"start","end","text","kind"}]
    story       TEXT NOT NULL,
    ingested    INTEGER NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_story ON articles(story, published);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

CREATE TABLE stories (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL,
    created          INTEGER NOT NULL,
    updated          INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    analysed_version INTEGER NOT NULL DEFAULT 0,
    merged_into      TEXT,
    state            BLOB,
    n_articles       INTEGER NOT NULL DEFAULT 0,
    n_outlets        INTEGER NOT NULL DEFAULT 0,
    n_origins        INTEGER NOT NULL DEFAULT 0,
    n_divergences    INTEGER NOT NULL DEFAULT 0,
    analysis         TEXT
);
CREATE INDEX stories_live ON stories(updated) WHERE merged_into IS NULL;
CREATE INDEX stories_merged ON stories(merged_into) WHERE merged_into IS NOT NULL;

-- story_events keeps the history of membership changes: which article
-- joined which story and which story was merged into which.
CREATE TABLE story_events (
    seq   INTEGER PRIMARY KEY AUTOINCREMENT,
    story TEXT NOT NULL,
    kind  TEXT NOT NULL,            -- "join" or "merge"
    other TEXT NOT NULL,            -- the article joined, or the story merged in
    at    INTEGER NOT NULL
);
CREATE INDEX story_events_story ON story_events(story);

CREATE TABLE story_entities (
    story TEXT NOT NULL,
    name  TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (story, name)
) WITHOUT ROWID;
CREATE INDEX story_entities_name ON story_entities(name);

CREATE TABLE claims (
    id    INTEGER PRIMARY KEY,
    story TEXT NOT NULL,
    claim TEXT NOT NULL,
    body  TEXT NOT NULL
);
CREATE INDEX claims_story ON claims(story);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid');
CREATE VIRTUAL TABLE claims_fts USING fts5(body, content='', contentless_delete=1);

CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_polled   INTEGER NOT NULL DEFAULT 0,
    next_poll     INTEGER NOT NULL DEFAULT 0,
    failures      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    items         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE blobs (
    name TEXT PRIMARY KEY,
    data BLOB NOT NULL
);

-- +goose Down
DROP TABLE blobs;
DROP TABLE feeds;
DROP TABLE claims_fts;
DROP TABLE articles_fts;
DROP TABLE claims;
DROP TABLE story_entities;
DROP TABLE story_events;
DROP TABLE stories;
DROP TABLE articles;
