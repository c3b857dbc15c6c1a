// Package sqlite is the default store backend: one embedded SQLite file
// (pure-Go driver, WAL journal, full fsync on commit) holding articles,
// stories, analyses, full-text indexes and feed state. It implements
// store.Store and passes store/storetest.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/crosscheck-news/crosscheck/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

var _ store.Store = (*DB)(nil)

// DB is a store in one SQLite file.
type DB struct {
	db   *sql.DB
	path string
	// Batches commit on one connection of their own, whose page cache is
	// sized for a batch (writerCacheKB); reads keep SQLite's default 2 MB
	// per pooled connection, so memory does not grow with the pool.
	writeMu sync.Mutex
	writer  *sql.Conn
}

// writerCacheKB is the writer's page cache. A batch of 512 articles dirties
// more pages (rows, four indexes, the FTS segments) than the default 2 MB
// holds, so SQLite spilled them to the WAL mid-transaction and read them
// back; 16 MB holds a batch (at 300k articles the profile shows no spill)
// and the hot index pages, at half the resident memory of 32 MB.
const writerCacheKB = 16 << 10

// Open opens (creating on first use) the store at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	q := url.Values{}
	for _, p := range []string{
		"journal_mode(WAL)",
		// FULL syncs the WAL on every commit: a batch reported done survives
		// a power cut, not only a killed process.
		"synchronous(FULL)",
		"busy_timeout(10000)",
		"foreign_keys(ON)",
		// Checkpointing every 4000 pages instead of 1000 writes a page
		// that several batches touch (index and FTS pages) once instead of
		// once per checkpoint; the WAL stays bounded at about 16 MB.
		"wal_autocheckpoint(4000)",
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate store %s: %w", path, err)
	}
	w, err := db.Conn(ctx)
	if err == nil {
		_, err = w.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", writerCacheKB))
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: writer: %w", path, err)
	}
	return &DB{db: db, path: path, writer: w}, nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, sub)
	if err != nil {
		return err
	}
	_, err = p.Up(ctx)
	return err
}

// Close closes the database.
func (d *DB) Close() error {
	d.writeMu.Lock()
	d.writer.Close()
	d.writeMu.Unlock()
	return d.db.Close()
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}

func nullUnix(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Statements Commit runs for every article of a batch.
const (
	insertArticle = `INSERT INTO articles (id, url, source, format, outlet, title, published, language, body, boilerplate, sentences, mentions, story, ingested)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`
	insertArticleFTS = `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`
	insertJoin       = `INSERT INTO story_events (story, kind, other, at) VALUES (?, 'join', ?, ?)`
)

// Commit implements store.Store.
func (d *DB) Commit(ctx context.Context, b *store.Batch) (store.CommitResult, error) {
	res := store.CommitResult{Duplicates: map[string]string{}}
	d.writeMu.Lock()
	defer d.writeMu.Unlock()
	tx, err := d.writer.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("commit: %w", err)
	}
	defer tx.Rollback()
	// Every statement runs up to hundreds of times a batch: prepared once,
	// not parsed again each time.
	q := &txStmts{tx: tx}
	defer q.close()
	now := time.Now().Unix()
	for _, s := range b.Stories {
		_, err := q.ExecContext(ctx, `INSERT INTO stories (id, title, created, updated, state) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET state = excluded.state,
				updated = max(stories.updated, excluded.updated)`,
			s.ID, s.Title, now, max(unix(s.Updated), 1), s.State)
		if err != nil {
			return res, fmt.Errorf("commit story %s: %w", s.ID, err)
		}
	}
	touched := map[string]bool{}
	live := map[string]string{} // story id as given -> live story, per batch
	for _, na := range b.Articles {
		a := na.Article
		storyID, ok := live[na.Story]
		if !ok {
			if storyID, err = resolve(ctx, q, na.Story); err != nil {
				return res, fmt.Errorf("commit article %s: story %s: %w", a.Source, na.Story, err)
			}
			live[na.Story] = storyID
		}
		bp, ss, ms, err := store.EncodeParts(a)
		if err != nil {
			return res, fmt.Errorf("commit article %s: %w", a.Source, err)
		}
		// Insert first and look for the stored twin only when the insert is
		// refused: duplicates are the exception, so the common case costs
		// one statement.
		r, err := q.ExecContext(ctx, insertArticle, a.ID, nullString(a.URL), a.Source, a.Format, a.Outlet, a.Title, nullUnix(a.Published), a.Language, a.Text, bp, ss, ms, storyID, now)
		if err != nil {
			return res, fmt.Errorf("commit article %s: %w", a.Source, err)
		}
		if n, err := r.RowsAffected(); err != nil {
			return res, fmt.Errorf("commit article %s: %w", a.Source, err)
		} else if n == 0 {
			dup, err := seen(ctx, q, a.URL, a.ID)
			if err != nil {
				return res, fmt.Errorf("commit article %s: %w", a.Source, err)
			}
			res.Duplicates[a.ID] = dup
			continue
		}
		rowid, err := r.LastInsertId()
		if err != nil {
			return res, fmt.Errorf("commit article %s: %w", a.Source, err)
		}
		if _, err := q.ExecContext(ctx, insertArticleFTS, rowid, a.Title, a.Text); err != nil {
			return res, fmt.Errorf("commit article %s: index: %w", a.Source, err)
		}
		if _, err := q.ExecContext(ctx, insertJoin, storyID, a.ID, now); err != nil {
			return res, fmt.Errorf("commit article %s: %w", a.Source, err)
		}
		touched[storyID] = true
		res.Added = append(res.Added, a.ID)
	}
	for _, m := range b.Merges {
		if err := merge(ctx, q, m, now); err != nil {
			return res, err
		}
		touched[m.Into] = true
	}
	for _, m := range b.Moves {
		changed, err := move(ctx, q, m, now)
		if err != nil {
			return res, err
		}
		for _, id := range changed {
			touched[id] = true
		}
	}
	if err := commitTopics(ctx, q, b.Topics); err != nil {
		return res, err
	}
	for id := range touched {
		if _, err := q.ExecContext(ctx, `UPDATE stories SET version = version + 1,
				n_articles = (SELECT count(*) FROM articles WHERE story = ?) WHERE id = ?`, id, id); err != nil {
			return res, fmt.Errorf("commit story %s: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return store.CommitResult{}, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

func merge(ctx context.Context, tx execQuerier, m store.Merge, now int64) error {
	from, err := resolve(ctx, tx, m.From)
	if errors.Is(err, store.ErrNotFound) {
		// The grouping started and folded this story within one batch;
		// its articles are already committed to the story it joined.
		return nil
	}
	if err != nil {
		return fmt.Errorf("merge %s into %s: %w", m.From, m.Into, err)
	}
	into, err := resolve(ctx, tx, m.Into)
	if err != nil {
		return fmt.Errorf("merge %s into %s: %w", m.From, m.Into, err)
	}
	if from == into {
		return nil
	}
	stmts := []struct {
		q    string
		args []any
	}{
		{`UPDATE articles SET story = ? WHERE story = ?`, []any{into, from}},
		{`UPDATE stories SET merged_into = ?, state = NULL, analysis = NULL WHERE id = ?`, []any{into, from}},
		{`UPDATE stories SET updated = max(updated, (SELECT updated FROM stories WHERE id = ?)) WHERE id = ?`, []any{from, into}},
		{`DELETE FROM story_entities WHERE story = ?`, []any{from}},
		{`DELETE FROM story_outlets WHERE story = ?`, []any{from}},
		{`INSERT INTO story_events (story, kind, other, at) VALUES (?, 'merge', ?, ?)`, []any{into, from, now}},
	}
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s.q, s.args...); err != nil {
			return fmt.Errorf("merge %s into %s: %w", from, into, err)
		}
	}
	return deleteClaims(ctx, tx, from)
}

// commitTopics sets the topics of stories, then clears every topic the
// updates left with fewer than two live stories: the grouping reports only
// its open stories, and a closed story would otherwise keep naming a topic
// whose other stories all left it.
func commitTopics(ctx context.Context, q execQuerier, updates []store.TopicUpdate) error {
	var names []string
	for _, tu := range updates {
		id, err := resolve(ctx, q, tu.Story)
		if errors.Is(err, store.ErrNotFound) {
			continue // a story the grouping made and folded before it was stored
		}
		if err != nil {
			return fmt.Errorf("commit topic of story %s: %w", tu.Story, err)
		}
		var old sql.NullString
		if err := q.QueryRowContext(ctx, `SELECT topic FROM stories WHERE id = ?`, id).Scan(&old); err != nil {
			return fmt.Errorf("commit topic of story %s: %w", tu.Story, err)
		}
		if old.String == tu.Topic {
			continue
		}
		if _, err := q.ExecContext(ctx, `UPDATE stories SET topic = ? WHERE id = ?`, nullString(tu.Topic), id); err != nil {
			return fmt.Errorf("commit topic of story %s: %w", tu.Story, err)
		}
		names = append(names, old.String, tu.Topic)
	}
	slices.Sort(names)
	for _, t := range slices.Compact(names) {
		if t == "" {
			continue
		}
		if _, err := q.ExecContext(ctx, `UPDATE stories SET topic = NULL WHERE topic = ?1
				AND (SELECT count(*) FROM stories WHERE topic = ?1 AND merged_into IS NULL) < 2`, t); err != nil {
			return fmt.Errorf("commit topic %s: %w", t, err)
		}
	}
	return nil
}

// resolve follows merges from a story id to the live story.
func resolve(ctx context.Context, q querier, id string) (string, error) {
	cur := id
	for range 64 {
		var into sql.NullString
		err := q.QueryRowContext(ctx, `SELECT merged_into FROM stories WHERE id = ?`, cur).Scan(&into)
		if errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("story %s: %w", id, store.ErrNotFound)
		}
		if err != nil {
			return "", err
		}
		if !into.Valid {
			return cur, nil
		}
		cur = into.String
	}
	return "", fmt.Errorf("story %s: merge chain too long", id)
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// execQuerier is a transaction: *sql.Tx, or Commit's txStmts, which runs
// the same queries through statements prepared once per commit.
type execQuerier interface {
	querier
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func seen(ctx context.Context, q querier, u, id string) (string, error) {
	var got string
	err := q.QueryRowContext(ctx, `SELECT id FROM articles WHERE id = ?`, id).Scan(&got)
	if err == nil {
		return got, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", err
	}
	if u != "" {
		err = q.QueryRowContext(ctx, `SELECT id FROM articles WHERE url = ?`, u).Scan(&got)
		if err == nil {
			return got, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", err
		}
	}
	return "", store.ErrNotFound
}

// Seen implements store.Store.
func (d *DB) Seen(ctx context.Context, u, contentID string) (string, error) {
	id, err := seen(ctx, d.db, u, contentID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return "", fmt.Errorf("look up article: %w", err)
	}
	return id, err
}

// Keys implements store.Store.
func (d *DB) Keys(ctx context.Context, fn func(id, url string) error) error {
	rows, err := d.db.QueryContext(ctx, `SELECT id, coalesce(url, '') FROM articles`)
	if err != nil {
		return fmt.Errorf("article keys: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, u string
		if err := rows.Scan(&id, &u); err != nil {
			return fmt.Errorf("article keys: %w", err)
		}
		if err := fn(id, u); err != nil {
			return err
		}
	}
	return rows.Err()
}

const articleCols = `id, url, source, format, outlet, title, published, language, body, boilerplate, sentences, mentions, story, ingested`

func scanArticle(sc interface{ Scan(...any) error }) (*store.Article, error) {
	var (
		a          store.Article
		u          sql.NullString
		pub        sql.NullInt64
		ing        int64
		bp, ss, ms []byte
	)
	if err := sc.Scan(&a.ID, &u, &a.Source, &a.Format, &a.Outlet, &a.Title, &pub, &a.Language, &a.Text, &bp, &ss, &ms, &a.Story, &ing); err != nil {
		return nil, err
	}
	a.URL = u.String
	if pub.Valid {
		a.Published = fromUnix(pub.Int64)
	}
	a.Ingested = fromUnix(ing)
	if err := store.DecodeParts(&a.Article, bp, ss, ms); err != nil {
		return nil, err
	}
	return &a, nil
}

// Article implements store.Store.
func (d *DB) Article(ctx context.Context, id string) (*store.Article, error) {
	a, err := scanArticle(d.db.QueryRowContext(ctx, `SELECT `+articleCols+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// StoryArticles implements store.Store.
func (d *DB) StoryArticles(ctx context.Context, storyID string) ([]*store.Article, error) {
	id, err := resolve(ctx, d.db, storyID)
	if err != nil {
		return nil, err
	}
	rows, err := d.db.QueryContext(ctx, `SELECT `+articleCols+` FROM articles WHERE story = ?
		ORDER BY coalesce(published, ingested), rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("story %s articles: %w", id, err)
	}
	defer rows.Close()
	var out []*store.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("story %s articles: %w", id, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

const storyCols = `id, title, created, updated, version, analysed_version, n_articles, n_outlets, n_origins, n_divergences, topic`

func scanStory(sc interface{ Scan(...any) error }) (*store.Story, error) {
	var s store.Story
	var created, updated, analysed int64
	var topic sql.NullString
	if err := sc.Scan(&s.ID, &s.Title, &created, &updated, &s.Version, &analysed, &s.Articles, &s.Outlets, &s.Origins, &s.Divergences, &topic); err != nil {
		return nil, err
	}
	s.Topic = topic.String
	s.Created, s.Updated = fromUnix(created), fromUnix(updated)
	s.Analysed = analysed > 0
	return &s, nil
}

// Story implements store.Store.
func (d *DB) Story(ctx context.Context, id string) (*store.Story, error) {
	live, err := resolve(ctx, d.db, id)
	if err != nil {
		return nil, err
	}
	s, err := scanStory(d.db.QueryRowContext(ctx, `SELECT `+storyCols+` FROM stories WHERE id = ?`, live))
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	if live != id {
		s.Requested = id
	}
	rows, err := d.db.QueryContext(ctx, `SELECT id FROM stories WHERE merged_into = ? ORDER BY id`, live)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return nil, err
		}
		s.Merged = append(s.Merged, m)
	}
	return s, rows.Err()
}

// Stories implements store.Store.
func (d *DB) Stories(ctx context.Context, q store.StoryQuery) (store.StoryPage, error) {
	where := []string{"merged_into IS NULL"}
	var args []any
	if !q.Since.IsZero() {
		where = append(where, "updated >= ?")
		args = append(args, q.Since.Unix())
	}
	if !q.Until.IsZero() {
		where = append(where, "updated <= ?")
		args = append(args, q.Until.Unix())
	}
	if q.Outlet != "" {
		where = append(where, "id IN (SELECT story FROM articles WHERE outlet = ? COLLATE NOCASE)")
		args = append(args, q.Outlet)
	}
	if q.Entity != "" {
		where = append(where, "id IN (SELECT story FROM story_entities WHERE name = ?)")
		args = append(args, q.Entity)
	}
	if q.Topic != "" {
		where = append(where, "topic = ?")
		args = append(args, q.Topic)
	}
	cond := strings.Join(where, " AND ")
	var page store.StoryPage
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE `+cond, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("list stories: %w", err)
	}
	order := "updated DESC, id"
	if q.Order == "largest" {
		order = "n_articles DESC, updated DESC, id"
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	rows, err := d.db.QueryContext(ctx, `SELECT `+storyCols+` FROM stories WHERE `+cond+` ORDER BY `+order+` LIMIT ? OFFSET ?`,
		append(args, limit, max(q.Offset, 0))...)
	if err != nil {
		return page, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return page, fmt.Errorf("list stories: %w", err)
		}
		page.Stories = append(page.Stories, *s)
	}
	return page, rows.Err()
}

// ActiveStories implements store.Store.
func (d *DB) ActiveStories(ctx context.Context, since time.Time, limit int) ([]store.StoryState, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, state, updated, topic,
			CASE WHEN topic IS NULL THEN 0 ELSE (SELECT count(*) FROM stories t WHERE t.topic = stories.topic AND t.merged_into IS NULL) END
		FROM stories WHERE merged_into IS NULL AND updated >= ? ORDER BY updated DESC, id LIMIT ?`, unix(since), limit)
	if err != nil {
		return nil, fmt.Errorf("active stories: %w", err)
	}
	defer rows.Close()
	var out []store.StoryState
	for rows.Next() {
		var s store.StoryState
		var updated int64
		var topic sql.NullString
		if err := rows.Scan(&s.ID, &s.State, &updated, &topic, &s.TopicSize); err != nil {
			return nil, fmt.Errorf("active stories: %w", err)
		}
		s.Topic = topic.String
		s.Updated = fromUnix(updated)
		out = append(out, s)
	}
	return out, rows.Err()
}

// StaleStories implements store.Store.
func (d *DB) StaleStories(ctx context.Context, limit int) ([]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id FROM stories WHERE merged_into IS NULL AND analysed_version < version
		ORDER BY updated, id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("stale stories: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// PutAnalysis implements store.Store.
func (d *DB) PutAnalysis(ctx context.Context, a *store.Analysis) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store analysis of %s: %w", a.Story, err)
	}
	defer tx.Rollback()
	r, err := tx.ExecContext(ctx, `UPDATE stories SET analysed_version = ?, title = ?, n_articles = ?, n_outlets = ?,
			n_origins = ?, n_divergences = ?, analysis = ?
		WHERE id = ? AND merged_into IS NULL AND version = ?`,
		a.Version, a.Title, a.Articles, a.Outlets, a.Origins, a.Divergences, string(a.Doc), a.Story, a.Version)
	if err != nil {
		return fmt.Errorf("store analysis of %s: %w", a.Story, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return nil // the story moved on (or was merged) since this analysis began
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_entities WHERE story = ?`, a.Story); err != nil {
		return fmt.Errorf("store analysis of %s: %w", a.Story, err)
	}
	for _, name := range a.Entities {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_entities (story, name) VALUES (?, ?)`, a.Story, name); err != nil {
			return fmt.Errorf("store analysis of %s: %w", a.Story, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_outlets WHERE story = ?`, a.Story); err != nil {
		return fmt.Errorf("store analysis of %s: %w", a.Story, err)
	}
	for _, r := range a.Roles {
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_outlets (story, outlet, origin, echo, divergences, minority) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT DO UPDATE SET origin = origin + excluded.origin, echo = echo + excluded.echo,
					divergences = divergences + excluded.divergences, minority = minority + excluded.minority`,
			a.Story, r.Outlet, r.Origin, r.Echo, r.Divergences, r.Minority); err != nil {
			return fmt.Errorf("store analysis of %s: %w", a.Story, err)
		}
	}
	if err := deleteClaims(ctx, tx, a.Story); err != nil {
		return fmt.Errorf("store analysis of %s: %w", a.Story, err)
	}
	for _, c := range a.Claims {
		r, err := tx.ExecContext(ctx, `INSERT INTO claims (story, claim, body) VALUES (?, ?, ?)`, a.Story, c.ID, c.Text)
		if err != nil {
			return fmt.Errorf("store analysis of %s: %w", a.Story, err)
		}
		rowid, _ := r.LastInsertId()
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (rowid, body) VALUES (?, ?)`, rowid, c.Text); err != nil {
			return fmt.Errorf("store analysis of %s: %w", a.Story, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store analysis of %s: %w", a.Story, err)
	}
	return nil
}

func deleteClaims(ctx context.Context, tx execQuerier, story string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM claims_fts WHERE rowid IN (SELECT id FROM claims WHERE story = ?)`, story); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE story = ?`, story)
	return err
}

// Analysis implements store.Store.
func (d *DB) Analysis(ctx context.Context, storyID string) (*store.Analysis, error) {
	id, err := resolve(ctx, d.db, storyID)
	if err != nil {
		return nil, err
	}
	var a store.Analysis
	var doc sql.NullString
	err = d.db.QueryRowContext(ctx, `SELECT id, analysed_version, title, n_articles, n_outlets, n_origins, n_divergences, analysis
		FROM stories WHERE id = ?`, id).Scan(&a.Story, &a.Version, &a.Title, &a.Articles, &a.Outlets, &a.Origins, &a.Divergences, &doc)
	if err != nil {
		return nil, fmt.Errorf("analysis of %s: %w", storyID, err)
	}
	if !doc.Valid {
		return nil, fmt.Errorf("analysis of %s: %w", storyID, store.ErrNotFound)
	}
	a.Doc = []byte(doc.String)
	return &a, nil
}

// Search implements store.Store.
func (d *DB) Search(ctx context.Context, query string, limit, offset int) ([]store.Hit, error) {
	words := store.QueryWords(query)
	if len(words) == 0 {
		return nil, nil
	}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = `"` + w + `"`
	}
	match := strings.Join(quoted, " ")
	if limit <= 0 {
		limit = 20
	}
	rows, err := d.db.QueryContext(ctx, `
		SELECT kind, id, story, title, snip FROM (
			SELECT 'article' AS kind, a.id AS id, a.story AS story, a.title AS title,
				snippet(articles_fts, 1, '[', ']', '…', 16) AS snip, bm25(articles_fts) AS rank
			FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
			WHERE articles_fts MATCH ?
			UNION ALL
			SELECT 'claim', c.claim, c.story, s.title, c.body, bm25(claims_fts)
			FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN stories s ON s.id = c.story
			WHERE claims_fts MATCH ?
		) ORDER BY rank, kind, id LIMIT ? OFFSET ?`, match, match, limit, max(offset, 0))
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var out []store.Hit
	for rows.Next() {
		var h store.Hit
		if err := rows.Scan(&h.Kind, &h.ID, &h.Story, &h.Title, &h.Snippet); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// Outlets implements store.Store.
func (d *DB) Outlets(ctx context.Context) ([]store.OutletStats, error) {
	// Two aggregates joined on the outlet name: article counts from the
	// articles, roles from the per-story rows PutAnalysis keeps; outlets
	// that appear only as a named origin come from the second.
	rows, err := d.db.QueryContext(ctx, `WITH a AS (
			SELECT outlet, count(*) AS n, count(DISTINCT story) AS s FROM articles GROUP BY outlet COLLATE NOCASE
		), r AS (
			SELECT outlet, sum(origin) AS o, sum(echo) AS e, sum(divergences) AS d, sum(minority) AS m FROM story_outlets GROUP BY outlet COLLATE NOCASE
		)
		SELECT a.outlet, a.n, a.s, coalesce(r.o, 0), coalesce(r.e, 0), coalesce(r.d, 0), coalesce(r.m, 0)
			FROM a LEFT JOIN r ON r.outlet = a.outlet COLLATE NOCASE
		UNION ALL
		SELECT r.outlet, 0, 0, r.o, r.e, r.d, r.m FROM r
			WHERE NOT EXISTS (SELECT 1 FROM a WHERE a.outlet = r.outlet COLLATE NOCASE)
		ORDER BY 2 DESC, 4 DESC, 1`)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	defer rows.Close()
	var out []store.OutletStats
	for rows.Next() {
		var o store.OutletStats
		if err := rows.Scan(&o.Outlet, &o.Articles, &o.Stories, &o.Origin, &o.Echo, &o.Divergences, &o.Minority); err != nil {
			return nil, fmt.Errorf("outlets: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// Counts implements store.Store.
func (d *DB) Counts(ctx context.Context) (store.Counts, error) {
	var c store.Counts
	err := d.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories WHERE merged_into IS NULL)`).Scan(&c.Articles, &c.Stories)
	if err != nil {
		return c, fmt.Errorf("counts: %w", err)
	}
	return c, nil
}

// Feed implements store.Store.
func (d *DB) Feed(ctx context.Context, u string) (*store.Feed, error) {
	var f store.Feed
	var polled, next int64
	err := d.db.QueryRowContext(ctx, `SELECT url, etag, last_modified, last_polled, next_poll, failures, last_error, items FROM feeds WHERE url = ?`, u).
		Scan(&f.URL, &f.ETag, &f.LastModified, &polled, &next, &f.Failures, &f.LastError, &f.Items)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("feed %s: %w", u, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", u, err)
	}
	f.LastPolled, f.NextPoll = fromUnix(polled), fromUnix(next)
	return &f, nil
}

// PutFeed implements store.Store.
func (d *DB) PutFeed(ctx context.Context, f *store.Feed) error {
	_, err := d.db.ExecContext(ctx, `INSERT INTO feeds (url, etag, last_modified, last_polled, next_poll, failures, last_error, items)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
			last_polled = excluded.last_polled, next_poll = excluded.next_poll, failures = excluded.failures,
			last_error = excluded.last_error, items = excluded.items`,
		f.URL, f.ETag, f.LastModified, unix(f.LastPolled), unix(f.NextPoll), f.Failures, f.LastError, f.Items)
	if err != nil {
		return fmt.Errorf("store feed %s: %w", f.URL, err)
	}
	return nil
}

// Feeds implements store.Store.
func (d *DB) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT url, etag, last_modified, last_polled, next_poll, failures, last_error, items FROM feeds ORDER BY url`)
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	defer rows.Close()
	var out []store.Feed
	for rows.Next() {
		var f store.Feed
		var polled, next int64
		if err := rows.Scan(&f.URL, &f.ETag, &f.LastModified, &polled, &next, &f.Failures, &f.LastError, &f.Items); err != nil {
			return nil, fmt.Errorf("feeds: %w", err)
		}
		f.LastPolled, f.NextPoll = fromUnix(polled), fromUnix(next)
		out = append(out, f)
	}
	return out, rows.Err()
}

// GetBlob implements store.Store.
func (d *DB) GetBlob(ctx context.Context, name string) ([]byte, error) {
	var data []byte
	err := d.db.QueryRowContext(ctx, `SELECT data FROM blobs WHERE name = ?`, name).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("blob %s: %w", name, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("blob %s: %w", name, err)
	}
	return data, nil
}

// PutBlob implements store.Store.
func (d *DB) PutBlob(ctx context.Context, name string, data []byte) error {
	_, err := d.db.ExecContext(ctx, `INSERT INTO blobs (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data`, name, data)
	if err != nil {
		return fmt.Errorf("store blob %s: %w", name, err)
	}
	return nil
}
