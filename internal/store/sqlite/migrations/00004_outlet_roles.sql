-- +goose Up
-- story_outlets keeps what each outlet did in each live story as of its
-- last analysis, so the outlets page sums a small table instead of
-- decoding every stored analysis.
CREATE TABLE story_outlets (
    story       TEXT NOT NULL,
    outlet      TEXT NOT NULL COLLATE NOCASE,
    origin      INTEGER NOT NULL,
    echo        INTEGER NOT NULL,
    divergences INTEGER NOT NULL,
    PRIMARY KEY (story, outlet)
) WITHOUT ROWID;
CREATE INDEX story_outlets_outlet ON story_outlets(outlet);
-- Analyses stored before this table existed have no rows in it: mark them
-- stale so the next ingest (or the next read of the story) redoes them.
UPDATE stories SET version = version + 1 WHERE analysed_version > 0 AND merged_into IS NULL;

-- +goose Down
DROP TABLE story_outlets;
