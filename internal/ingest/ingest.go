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
	"maps"
	"slices"
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
	// MergeEvery is how many articles are added between two runs of the
	// grouping's move pass (and at the end of AddStream); topics are
	// brought up to date at every commit. With Topics set, the
	// merge pass runs instead and joins the stories of a topic; its
	// merges are final, and made over few articles they join what a pass
	// over more would keep apart: run after every 16 articles, MultiLing
	// 2011's seven languages group at pairwise F1 0.64, after every 256 at
	// 0.94 (crosscheck eval cluster). Topics as a view are recomputed at
	// each run and have no such cost.
	MergeEvery int
	// Topics makes each story a topic: the grouping's merge pass joins
	// the events of one subject over days. By default (false) a story is
	// one event and the stories of one topic share Story.Topic in the
	// store. It overrides Cluster.Events.
	Topics bool
	// Cluster tunes the grouping.
	Cluster cluster.Options
}

// DefaultMergeEvery is MergeEvery's default.
const DefaultMergeEvery = 256

func (c Config) withDefaults() Config {
	if c.BatchSize <= 0 {
		c.BatchSize = 512
	}
	if c.MaxOpen <= 0 {
		c.MaxOpen = 20000
	}
	if c.MergeEvery <= 0 {
		c.MergeEvery = DefaultMergeEvery
	}
	c.Cluster.Events = !c.Topics
	return c
}

// Outcome says what happened to one article.
type Outcome struct {
	Source    string
	ID        string
	Story     string // the story it joined; later merges and moves may take it on (store ids stay resolvable)
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
	batches  int // batches committed, to pace saving the document frequencies
	// unmerged counts the articles added since the merge pass last ran;
	// mergeNow makes the next batch run it whatever the count (the end of
	// a stream).
	unmerged int
	mergeNow bool
	ids      map[string]bool // ids and URLs pending in the current batch
	inflight *commitJob      // the batch committing while the next one gathers
	// failed are batches whose commit failed (or came after one that
	// did), oldest first: the next flush commits them again before
	// anything newer, since their articles are grouped already.
	failed []*commitJob
}

type pendingArticle struct {
	a     *news.Article
	story string
}

// Blobs of learned state saved beside the stored articles: the grouping's
// document frequencies and the outlets' template lines.
const (
	dfBlob        = "cluster-df"
	templatesBlob = "outlet-templates"
)

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
	if err := restoreBlob(ctx, st, dfBlob, "grouping", in.cl.RestoreFrequencies); err != nil {
		return nil, err
	}
	if err := restoreBlob(ctx, st, templatesBlob, "outlet templates", in.templates.UnmarshalBinary); err != nil {
		return nil, err
	}
	if err := in.loadSeen(ctx); err != nil {
		return nil, err
	}
	states, err := st.ActiveStories(ctx, time.Time{}, cfg.MaxOpen)
	if err != nil {
		return nil, err
	}
	topics, sizes := map[string]string{}, map[string]int{}
	for _, s := range states {
		if len(s.State) == 0 {
			continue
		}
		if err := in.cl.Restore(s.ID, s.State); err != nil {
			return nil, fmt.Errorf("resume story %s: %w", s.ID, err)
		}
		topics[s.ID] = s.Topic
		if s.Topic != "" {
			sizes[s.Topic] = s.TopicSize
		}
	}
	in.cl.ResumeTopics(topics, sizes)
	return in, nil
}

// Add cleans a raw article (as read by source), groups it and queues it for
// the next commit. It returns when the article is queued, not when it is
// durable: call Flush for that. A returned error is a store failure; a bad
// article is reported in Outcome.Err. a is cleaned in place; its Tokens,
// which are not stored, are dropped once it is grouped.
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
			in.abandon(ctx)
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		in.abandon(ctx)
		return err
	}
	return in.Finish(ctx)
}

// Finish is Flush at the end of an input: the merge pass also runs over
// the stories split since it last ran, rather than when MergeEvery more
// articles have come.
func (in *Ingester) Finish(ctx context.Context) error {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.mergeNow = in.unmerged > 0
	return in.flushLocked(ctx, true)
}

// abandon lets the batch in flight finish before AddStream returns early,
// so that its outcomes reach this stream's done while it is still set.
func (in *Ingester) abandon(ctx context.Context) {
	in.mu.Lock()
	defer in.mu.Unlock()
	// The stream already fails with its first error; a second says no more.
	_ = in.settle(ctx, nil)
}

func drain[T any](c <-chan T) {
	for range c {
	}
}

// queued reports whether an article with a's id or URL is pending or
// committing, where the store cannot see it yet.
func (in *Ingester) queued(a *news.Article) bool {
	has := func(ids map[string]bool) bool { return ids[a.ID] || (a.URL != "" && ids["url:"+a.URL]) }
	if has(in.ids) || has(in.inflightIDs()) {
		return true
	}
	for _, job := range in.failed {
		if has(job.ids) {
			return true
		}
	}
	return false
}

func (in *Ingester) inflightIDs() map[string]bool {
	if in.inflight == nil {
		return nil
	}
	return in.inflight.ids
}

func (in *Ingester) addPrepared(ctx context.Context, a *news.Article) (Outcome, error) {
	out := Outcome{Source: a.Source, ID: a.ID}
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.queued(a) {
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
	// The tokens are the bulk of a prepared article and neither stored nor
	// read again once it is grouped: dropping them keeps the two batches
	// held (gathering and committing) small.
	a.Tokens = nil
	in.ids[a.ID] = true
	if a.URL != "" {
		in.ids["url:"+a.URL] = true
	}
	in.pending = append(in.pending, pendingArticle{a: a, story: out.Story})
	in.unmerged++
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
	if err := in.retryFailed(ctx); err != nil {
		return err
	}
	var job *commitJob
	if len(in.pending) > 0 || in.mergeNow {
		b, err := in.batch()
		if err != nil {
			return err
		}
		job = &commitJob{done: make(chan struct{}), batch: b, outcomes: in.outcomes, ids: in.ids}
		in.outcomes, in.ids = nil, map[string]bool{}
		in.pending = in.pending[:0]
		// The batch holds the closed stories' last state.
		in.cl.CloseIdle(in.cfg.MaxOpen)
	}
	// Batches commit one at a time and in order, since a batch may merge
	// stories the one before created.
	if err := in.settle(ctx, job); err != nil {
		if job != nil {
			in.failed = append(in.failed, job)
		}
		return err
	}
	if job != nil {
		in.inflight = job
		// The commit (SQLite work and the fsync) overlaps the grouping of
		// the next batch. It must not die with a request's context while
		// the ingester still counts on it, hence WithoutCancel.
		go job.run(context.WithoutCancel(ctx), in.st)
	}
	if !final {
		return nil
	}
	if err := in.settle(ctx, nil); err != nil {
		return err
	}
	in.report(in.outcomes, nil)
	in.outcomes = in.outcomes[:0]
	if in.batches%dfEvery != 0 {
		return in.saveFrequencies(ctx)
	}
	return nil
}

// batch builds the commit of the pending articles from the grouping's
// current state.
func (in *Ingester) batch() (*store.Batch, error) {
	b := &store.Batch{}
	if in.unmerged >= in.cfg.MergeEvery || in.mergeNow {
		for _, m := range in.cl.Merge() {
			b.Merges = append(b.Merges, store.Merge{From: m.From, Into: m.Into})
		}
		in.unmerged, in.mergeNow = 0, false
	}
	// Topics are a view that costs what changed, so every batch carries
	// them: a slow feed's stories get their topic at once, not after
	// MergeEvery articles.
	b.Topics = in.topicChanges()
	// touched maps each story the batch changes to a headline for it, used
	// only if the story is new.
	touched := map[string]string{}
	b.Moves = in.moves()
	for _, p := range in.pending {
		// StoryOf, not the story the article joined: the move pass may
		// have taken it elsewhere since.
		story, ok := in.cl.StoryOf(p.a.ID)
		if !ok {
			story = in.cl.Resolve(p.story)
		}
		if _, ok := touched[story]; !ok {
			touched[story] = p.a.Title
		}
		b.Articles = append(b.Articles, store.NewArticle{Article: p.a, Story: story})
	}
	// Stories changed without a new article keep their stored title.
	also := func(id string) {
		if id = in.cl.Resolve(id); !hasKey(touched, id) {
			touched[id] = ""
		}
	}
	for _, m := range b.Merges {
		also(m.Into)
	}
	for _, m := range b.Moves {
		also(m.From)
		also(m.To)
	}
	for id, title := range touched {
		state, last, err := in.cl.State(id)
		if err != nil {
			return nil, err
		}
		b.Stories = append(b.Stories, store.StoryUpdate{ID: id, Title: title, State: state, Updated: last})
	}
	return b, nil
}

// topicChanges returns the topic updates since the last call: each open
// story whose topic changed, "" for a story alone in its topic. With the
// merge pass on (Topics) every story is its own topic and there are none.
// A closed story stays in its topic, and counts as one of its stories
// after a restart too (cluster.Online.ResumeTopics); the store clears a
// topic left with one story.
func (in *Ingester) topicChanges() []store.TopicUpdate {
	ch := in.cl.TopicChanges()
	out := make([]store.TopicUpdate, 0, len(ch))
	for _, id := range slices.Sorted(maps.Keys(ch)) {
		out = append(out, store.TopicUpdate{Story: id, Topic: ch[id]})
	}
	return out
}

// retryFailed commits the batches that failed before, in order, waiting
// for each; it stops at the first that fails again.
func (in *Ingester) retryFailed(ctx context.Context) error {
	for len(in.failed) > 0 {
		job := in.failed[0]
		in.failed = in.failed[1:]
		job.done, job.err = make(chan struct{}), nil
		in.inflight = job
		go job.run(context.WithoutCancel(ctx), in.st)
		if err := in.settle(ctx, nil); err != nil {
			// settle put job back last: restore the order.
			in.failed = append([]*commitJob{job}, in.failed[:len(in.failed)-1]...)
			return err
		}
	}
	return nil
}

// commitJob is a batch committing in the background.
type commitJob struct {
	done     chan struct{}
	batch    *store.Batch
	outcomes []Outcome       // reported once the batch is durable
	ids      map[string]bool // the batch's ids and URLs, duplicates until it is stored
	res      store.CommitResult
	err      error
}

func (j *commitJob) run(ctx context.Context, st store.Store) {
	defer close(j.done)
	j.res, j.err = st.Commit(ctx, j.batch)
}

// settle waits for the batch in flight, if any, and reports its outcomes
// now that they are durable. next is the batch about to be committed, if
// any.
func (in *Ingester) settle(ctx context.Context, next *commitJob) error {
	job := in.inflight
	if job == nil {
		return nil
	}
	<-job.done
	in.inflight = nil
	if job.err != nil {
		in.failed = append(in.failed, job)
		return job.err
	}
	in.report(job.outcomes, job.res.Duplicates)
	// Document frequencies are a statistic: losing a few batches' share of
	// them in a crash (or counting the next batch, already grouped, twice
	// after one) only blurs weights slightly, so they are saved after every
	// dfEvery batches (and by Flush) rather than inside each batch's
	// transaction; encoding them costs milliseconds.
	in.batches++
	if in.batches%dfEvery == 0 {
		if err := in.saveFrequencies(ctx); err != nil {
			return err
		}
	}
	if in.seen.full() {
		if err := in.loadSeen(ctx); err != nil {
			return err
		}
		// The store does not hold the pending articles yet, nor the
		// next batch's or those of batches that failed.
		for k := range in.ids {
			in.seen.add(k)
		}
		for _, j := range append(in.failed, next) {
			if j != nil {
				for k := range j.ids {
					in.seen.add(k)
				}
			}
		}
	}
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

// saveFrequencies saves what the ingester learns as it goes and is not in
// the articles: the grouping's document frequencies and the outlets'
// template lines (which would otherwise let every tagline through again
// after a restart).
func (in *Ingester) saveFrequencies(ctx context.Context) error {
	df, err := in.cl.Frequencies()
	if err != nil {
		return err
	}
	if err := in.st.PutBlob(ctx, dfBlob, df); err != nil {
		return err
	}
	tpl, err := in.templates.MarshalBinary()
	if err != nil {
		return err
	}
	return in.st.PutBlob(ctx, templatesBlob, tpl)
}

// report hands outcomes to notify; dups are the articles the store itself
// found already stored (another writer got there first).
func (in *Ingester) report(outcomes []Outcome, dups map[string]string) {
	for _, o := range outcomes {
		if d, ok := dups[o.ID]; ok && o.Story != "" {
			o.Story, o.Duplicate = "", d
		}
		if in.notify != nil {
			in.notify(o)
		}
	}
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
		// triple the size of the store. Analyze also works out the content
		// ID, which for an article stored with its outlet's template lines
		// stripped is not the ID it was stored under (stripping keeps the
		// ID, so that a copy is known whatever was learned since); the
		// analysis must cite the stored one.
		id := a.ID
		textproc.Analyze(&a)
		a.ID = id
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
	outletOf := make(map[string]string, len(arts))
	for _, x := range arts {
		outletOf[x.ID] = x.Outlet
	}
	for _, r := range doc.OutletRoles(outletOf) {
		a.Roles = append(a.Roles, store.OutletRole{Outlet: r.Outlet, Origin: r.Origin, Echo: r.Echo, Divergences: r.Divergences, Minority: r.Minority})
	}
	return st.PutAnalysis(ctx, a)
}

// restoreBlob hands the stored blob name to restore; a store without it
// (a new one) is not an error.
func restoreBlob(ctx context.Context, st store.Store, name, what string, restore func([]byte) error) error {
	data, err := st.GetBlob(ctx, name)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil
	case err != nil:
		return err
	}
	if err := restore(data); err != nil {
		return fmt.Errorf("resume %s: %w", what, err)
	}
	return nil
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
