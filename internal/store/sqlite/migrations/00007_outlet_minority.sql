-- +goose Up
-- How often an outlet's value in a divergence is the one fewer outlets
-- carry (report.OutletRole.Minority). Rows stored before it say 0 until
-- their story is analysed again, which migration 6 has asked for.
ALTER TABLE story_outlets ADD COLUMN minority INTEGER NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE story_outlets DROP COLUMN minority;
