package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/store"
)

// move applies one store.Move inside a Commit and returns the live stories
// it changed.
func move(ctx context.Context, tx execQuerier, m store.Move, now int64) ([]string, error) {
	var cur string
	err := tx.QueryRowContext(ctx, `SELECT story FROM articles WHERE id = ?`, m.Article).Scan(&cur)
	if errors.Is(err, sql.ErrNoRows) {
		// The article was a duplicate of one stored earlier: nothing moves.
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("move %s: %w", m.Article, err)
	}
	from, err := resolve(ctx, tx, m.From)
	if err != nil {
		return nil, fmt.Errorf("move %s from %s: %w", m.Article, m.From, err)
	}
	to, err := resolve(ctx, tx, m.To)
	if err != nil {
		return nil, fmt.Errorf("move %s to %s: %w", m.Article, m.To, err)
	}
	if cur != from {
		return nil, fmt.Errorf("move %s from %s: it is in story %s: %w", m.Article, from, cur, store.ErrConflict)
	}
	if from == to {
		return nil, nil
	}
	stmts := []struct {
		q    string
		args []any
	}{
		{`UPDATE articles SET story = ? WHERE id = ?`, []any{to, m.Article}},
		{`INSERT INTO story_events (story, kind, other, peer, at) VALUES (?, 'move-out', ?, ?, ?)`, []any{from, m.Article, to, now}},
		{`INSERT INTO story_events (story, kind, other, peer, at) VALUES (?, 'move-in', ?, ?, ?)`, []any{to, m.Article, from, now}},
	}
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s.q, s.args...); err != nil {
			return nil, fmt.Errorf("move %s from %s to %s: %w", m.Article, from, to, err)
		}
	}
	var left int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE story = ?`, from).Scan(&left); err != nil {
		return nil, fmt.Errorf("move %s: %w", m.Article, err)
	}
	if left == 0 {
		// An empty story would list as a story with no articles; folding it
		// into where its last article went keeps its id resolvable.
		if err := merge(ctx, tx, store.Merge{From: from, Into: to}, now); err != nil {
			return nil, err
		}
		return []string{to}, nil
	}
	return []string{from, to}, nil
}

// History implements store.Store.
func (d *DB) History(ctx context.Context, storyID string, joins bool) ([]store.Event, error) {
	live, err := resolve(ctx, d.db, storyID)
	if err != nil {
		return nil, err
	}
	// The story and every story merged into it, however deep the chain.
	q := `WITH RECURSIVE family(id) AS (
			SELECT ?
			UNION SELECT s.id FROM stories s JOIN family f ON s.merged_into = f.id
		)
		SELECT e.story, e.kind, e.other, coalesce(e.peer, ''), e.at FROM story_events e
		WHERE e.story IN (SELECT id FROM family)`
	if !joins {
		q += ` AND e.kind <> 'join'`
	}
	q += ` ORDER BY e.seq`
	rows, err := d.db.QueryContext(ctx, q, live)
	if err != nil {
		return nil, fmt.Errorf("history of story %s: %w", storyID, err)
	}
	defer rows.Close()
	var out []store.Event
	for rows.Next() {
		var e store.Event
		var peer string
		var at int64
		if err := rows.Scan(&e.Story, &e.Kind, &e.Other, &peer, &at); err != nil {
			return nil, fmt.Errorf("history of story %s: %w", storyID, err)
		}
		e.At = fromUnix(at)
		switch e.Kind {
		case store.EventMoveIn:
			e.From = peer
		case store.EventMoveOut:
			e.To = peer
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
