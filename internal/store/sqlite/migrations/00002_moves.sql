-- +goose Up
-- peer is the other story of a move: for a "move-in" event the story the
-- article left, for a "move-out" event the story it went to.
ALTER TABLE story_events ADD COLUMN peer TEXT;

-- +goose Down
ALTER TABLE story_events DROP COLUMN peer;
