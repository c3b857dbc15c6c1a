-- +goose Up
-- Analyses made before November 2026 cite an article stored with its
-- outlet's template lines stripped by the ID of its stripped text, which
-- is not the ID it is stored under: the story page showed it as an
-- untitled article of no outlet. Mark them stale so the next ingest (or
-- the next read of the story) redoes them with the stored IDs.
UPDATE stories SET version = version + 1 WHERE analysed_version > 0 AND merged_into IS NULL;

-- +goose Down
SELECT 1;
