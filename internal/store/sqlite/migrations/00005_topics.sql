-- +goose Up
-- topic groups the stories of one subject over days (a disaster and the
-- inquiry into it): the ID of the topic's earliest story when it formed, NULL for a story
-- alone in its topic.
ALTER TABLE stories ADD COLUMN topic TEXT;
CREATE INDEX stories_topic ON stories(topic) WHERE topic IS NOT NULL;

-- +goose Down
DROP INDEX stories_topic;
ALTER TABLE stories DROP COLUMN topic;
