-- +goose Up
-- Ingestion adds one FTS5 segment per batch; with automerge at 8 instead of
-- the default 4, segments are merged eight at a time, so each indexed word
-- is rewritten on about two thirds as many levels as the store grows,
-- for slightly more segments for a query to read.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);

-- +goose Down
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 4);
