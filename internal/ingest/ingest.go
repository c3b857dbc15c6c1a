// Package ingest follows the news into a durable store: each article is
// cleaned as in analyze, checked against what is stored (same URL or same
// content), joins an existing story or starts one through the same
// incremental grouping analyze uses, and is committed in batches; stories
// whose membership changed are then re-analysed (claims, divergences,
// provenance, brief) and their analysis stored. It is the one write path:
// the ingest and watch commands and the server's POST /api/articles all go
// through it.
package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/analyze"
	"github.com/crosscheck-news/crosscheck/internal/cluster"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// Config tunes an Ingester. Zero fields take the defaults.
type Config struct {
	// BatchSize is how many new articles are committed together.
	BatchSize int
	// MaxOpen caps the stories kept open in memory for new articles to
	// join: beyond it the stories that gained an article least recently
	// are closed (they stay in the store), which keeps memory flat however
	// large the store grows, whatever order the articles arrive in.
	MaxOpen int
	// Cluster tunes the grouping.
	Cluster cluster.Options
}

func (c Config) withDefaults() Config {
	if c.BatchSize <= 0 {
		c.BatchSize = 512
	}
	if c.MaxOpen <= 0 {
		c.MaxOpen = 20000
	}
	return c
}

// Outcome says what happened to one article.
type Outcome struct {
	Source    string
	ID        string
	Story     string
	Duplicate string // id of the stored article it duplicates, if any
	Err       error
}

// Ingester adds articles to a store. It is safe for concurrent use; the
// grouping itself is sequential, in the order Add is called.
type Ingester struct {
	st  store.Store
	cfg Config
	log *slog.Logger

	mu        sync.Mutex
	cl        *cluster.Online
	templates *textproc.Templates // lines each outlet repeats, learned as articles arrive
	seen      *seenFilter         // ids and URLs stored, to skip most store lookups
	pending   []pendingArticle
	// outcomes since the last commit, handed to notify once durable.
	outcomes []Outcome
	notify   func(Outcome)
	batches  int             // batches committed, to pace saving the document frequencies
	ids      map[string]bool // ids and URLs pending in the current batch
}

type pendingArticle struct {
	a     *news.Article
	story string
}

const dfBlob = "cluster-df"

// dfEvery is how many batches pass between saves of the grouping's
// document frequencies.
const dfEvery = 16

// New opens an ingester on st, reloading the open stories' grouping state
// so that a new run resumes where the last one stopped.
func New(ctx context.Context, st store.Store, cfg Config, log *slog.Logger) (*Ingester, error) {
	cfg = cfg.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	in := &Ingester{st: st, cfg: cfg, log: log.With("component", "ingest"), cl: cluster.New(cfg.Cluster), ids: map[string]bool{}, templates: textproc.NewTemplates()}
	df, err := st.GetBlob(ctx, dfBlob)
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return nil, err
	default:
		if err := in.cl.RestoreFrequencies(df); err != nil {
			return nil, fmt.Errorf("resume grouping: %w", err)
		}
	}
	if err := in.loadSeen(ctx); err != nil {
		return nil, err
	}
	states, err := st.ActiveStories(ctx, time.Time{}, cfg.MaxOpen)
	if err != nil {
		return nil, err
	}
	for _, s := range states {
		if len(s.State) == 0 {
			continue
		}
		if err := in.cl.Restore(s.ID, s.State); err != nil {
			return nil, fmt.Errorf("resume story %s: %w", s.ID, err)
		}
	}
	return in, nil
}

// Add cleans a raw article (as read by source), groups it and queues it for
// the next commit. It returns when the article is queued, not when it is
// durable: call Flush for that. A returned error is a store failure; a bad
// article is reported in Outcome.Err.
func (in *Ingester) Add(ctx context.Context, a *news.Article) (Outcome, error) {
	if err := prepare(a); err != nil {
		return Outcome{Source: a.Source, Err: err}, nil
	}
	return in.addPrepared(ctx, a)
}

func prepare(a *news.Article) error {
	if err := analyze.Prepare(a); err != nil {
		return err
	}
	a.Mentions = entity.Mentions(a)
	return nil
}

// AddStream adds the articles arriving on arts, cleaning them on several
// workers but grouping them strictly in arrival order, so that a run is
// reproducible. done is called for each article in order. It returns when
// arts is closed and everything is flushed, or on the first store error.
func (in *Ingester) AddStream(ctx context.Context, arts <-chan *news.Article, workers int, done func(Outcome)) error {
	if workers <= 0 {
		workers = 1
	}
	type item struct {
		a   *news.Article
		err error
		ok  chan struct{}
	}
	// queue holds items in arrival order; each is closed when prepared.
	queue := make(chan *item, workers*4)
	jobs := make(chan *item, workers*4)
	go func() {
		defer close(queue)
		defer close(jobs)
		for a := range arts {
			it := &item{a: a, ok: make(chan struct{})}
			select {
			case queue <- it:
			case <-ctx.Done():
				return
			}
			jobs <- it
		}
	}()
	for range workers {
		go func() {
			for it := range jobs {
				it.err = prepare(it.a)
				close(it.ok)
			}
		}()
	}
	in.mu.Lock()
	in.notify = done
	in.mu.Unlock()
	defer func() {
		in.mu.Lock()
		in.notify = nil
		in.mu.Unlock()
	}()
	for it := range queue {
		<-it.ok
		if it.err != nil {
			in.mu.Lock()
			in.outcomes = append(in.outcomes, Outcome{Source: it.a.Source, Err: it.err})
			in.mu.Unlock()
			continue
		}
		if _, err := in.addPrepared(ctx, it.a); err != nil {
			go drain(queue)
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return in.Flush(ctx)
}

func drain[T any](c <-chan T) {
	for range c {
	}
}

func (in *Ingester) addPrepared(ctx context.Context, a *news.Article) (Outcome, error) {
	out := Outcome{Source: a.Source, ID: a.ID}
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.ids[a.ID] || (a.URL != "" && in.ids["url:"+a.URL]) {
		out.Duplicate = a.ID
		in.outcomes = append(in.outcomes, out)
		return out, nil
	}
	if in.seen.mayHave(a.ID) || (a.URL != "" && in.seen.mayHave("url:"+a.URL)) {
		dup, err := in.st.Seen(ctx, a.URL, a.ID)
		switch {
		case err == nil:
			out.Duplicate = dup
			in.outcomes = append(in.outcomes, out)
			return out, nil
		case !errors.Is(err, store.ErrNotFound):
			return out, err
		}
	}
	// Learn the outlet's lines before stripping, so that the third article
	// carrying a tagline already loses it; earlier ones lose it when their
	// story is next analysed.
	if in.templates.Observe(a) > 0 {
		a.Mentions = entity.Mentions(a)
	}
	out.Story = in.cl.Add(a)
	in.ids[a.ID] = true
	if a.URL != "" {
		in.ids["url:"+a.URL] = true
	}
	in.pending = append(in.pending, pendingArticle{a: a, story: out.Story})
	in.outcomes = append(in.outcomes, out)
	in.seen.add(a.ID)
	if a.URL != "" {
		in.seen.add("url:" + a.URL)
	}
	if len(in.pending) >= in.cfg.BatchSize {
		if err := in.flushLocked(ctx, false); err != nil {
			return out, err
		}
	}
	return out, nil
}

// Flush commits everything queued. After it returns nil every article
// added before is durable.
func (in *Ingester) Flush(ctx context.Context) error {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.flushLocked(ctx, true)
}

func (in *Ingester) flushLocked(ctx context.Context, final bool) error {
	if len(in.pending) == 0 {
		in.report(nil)
		if final && in.batches%dfEvery != 0 {
			return in.saveFrequencies(ctx)
		}
		return nil
	}
	b := &store.Batch{}
	merges := in.cl.Merge()
	for _, m := range merges {
		b.Merges = append(b.Merges, store.Merge{From: m.From, Into: m.Into})
	}
	// touched maps each story the batch changes to a headline for it, used
	// only if the story is new.
	touched := map[string]string{}
	for _, p := range in.pending {
		story := in.cl.Resolve(p.story)
		if _, ok := touched[story]; !ok {
			touched[story] = p.a.Title
		}
		b.Articles = append(b.Articles, store.NewArticle{Article: p.a, Story: story})
	}
	for _, m := range merges {
		if into := in.cl.Resolve(m.Into); !hasKey(touched, into) {
			touched[into] = ""
		}
	}
	for id, title := range touched {
		state, last, err := in.cl.State(id)
		if err != nil {
			return err
		}
		b.Stories = append(b.Stories, store.StoryUpdate{ID: id, Title: title, State: state, Updated: last})
	}
	res, err := in.st.Commit(ctx, b)
	if err != nil {
		return err
	}
	// Document frequencies are a statistic: losing a few batches' share of
	// them in a crash only blurs weights slightly, so they are saved after
	// every dfEvery batches (and by Flush) rather than inside each batch's
	// transaction; encoding them costs milliseconds.
	in.batches++
	if in.batches%dfEvery == 0 || final {
		if err := in.saveFrequencies(ctx); err != nil {
			return err
		}
	}
	in.pending = in.pending[:0]
	clear(in.ids)
	in.report(res.Duplicates)
	if in.seen.full() {
		if err := in.loadSeen(ctx); err != nil {
			return err
		}
	}
	in.cl.CloseIdle(in.cfg.MaxOpen)
	return nil
}

// loadSeen (re)builds the filter of stored ids and URLs from the store.
func (in *Ingester) loadSeen(ctx context.Context) error {
	c, err := in.st.Counts(ctx)
	if err != nil {
		return err
	}
	f, err := loadSeen(ctx, in.st.Keys, c.Articles)
	if err != nil {
		return fmt.Errorf("load stored article keys: %w", err)
	}
	in.seen = f
	return nil
}

func (in *Ingester) saveFrequencies(ctx context.Context) error {
	df, err := in.cl.Frequencies()
	if err != nil {
		return err
	}
	return in.st.PutBlob(ctx, dfBlob, df)
}

// report hands the outcomes since the last commit to notify; dups are the
// articles the store itself found already stored (another writer got there
// first).
func (in *Ingester) report(dups map[string]string) {
	for _, o := range in.outcomes {
		if d, ok := dups[o.ID]; ok && o.Story != "" {
			o.Story, o.Duplicate = "", d
		}
		if in.notify != nil {
			in.notify(o)
		}
	}
	in.outcomes = in.outcomes[:0]
}

// Refresh re-analyses up to limit stories whose membership changed since
// their last analysis and stores the results. It returns how many it did.
func (in *Ingester) Refresh(ctx context.Context, limit int) (int, error) {
	ids, err := in.st.StaleStories(ctx, limit)
	if err != nil {
		return 0, err
	}
	for i, id := range ids {
		if err := in.Reanalyse(ctx, id); err != nil {
			return i, err
		}
	}
	return len(ids), nil
}

// Reanalyse is the package's Reanalyse using what this ingester has
// learned of its outlets' template lines.
func (in *Ingester) Reanalyse(ctx context.Context, storyID string) error {
	return reanalyse(ctx, in.st, storyID, in.templates)
}

// Reanalyse computes a story's analysis from its stored articles and stores
// it, tagged with the story version it was computed from.
func Reanalyse(ctx context.Context, st store.Store, storyID string) error {
	return reanalyse(ctx, st, storyID, nil)
}

// reanalyse is Reanalyse that also strips the outlet template lines that
// templates has learned since the articles were stored.
func reanalyse(ctx context.Context, st store.Store, storyID string, templates *textproc.Templates) error {
	s, err := st.Story(ctx, storyID)
	if err != nil {
		return err
	}
	stored, err := st.StoryArticles(ctx, s.ID)
	if err != nil {
		return err
	}
	arts := make([]*news.Article, len(stored))
	for i, sa := range stored {
		a := sa.Article
		// Tokens are not stored: they are cheap to recompute and would
		// triple the size of the store.
		textproc.Analyze(&a)
		if templates != nil && templates.Strip(&a) > 0 {
			a.Mentions = entity.Mentions(&a)
		}
		arts[i] = &a
	}
	doc := analyze.Story(s.ID, s.Merged, arts)
	data, err := json.Marshal(doc)
	if err != nil {
		return fmt.Errorf("encode analysis of %s: %w", s.ID, err)
	}
	a := &store.Analysis{
		Story: s.ID, Version: s.Version, Title: doc.Title, Articles: len(doc.Articles), Outlets: len(doc.Outlets),
		Divergences: len(doc.Divergences), Origins: doc.IndependentOrigins(), Doc: data,
	}
	seen := map[string]bool{}
	for _, e := range doc.Entities {
		for _, v := range append([]string{e.Name}, variantTexts(e)...) {
			if k := strings.ToLower(v); !seen[k] {
				seen[k] = true
				a.Entities = append(a.Entities, v)
			}
		}
	}
	for _, c := range doc.Claims {
		a.Claims = append(a.Claims, store.ClaimText{ID: c.ID, Text: c.Text})
	}
	return st.PutAnalysis(ctx, a)
}

func variantTexts(e report.Entity) []string {
	out := make([]string, len(e.Variants))
	for i, v := range e.Variants {
		out[i] = v.Text
	}
	return out
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}
