// Package store is crosscheck's durable memory: the contract every storage
// backend meets (embedded SQLite by default, PostgreSQL when several workers
// share the load), so that ingestion, the server and the reading commands
// never see which one is in use. Backends live in sub-packages and all pass
// the conformance suite in store/storetest.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Sentinel errors; backends wrap them so callers test with errors.Is.
var (
	// ErrNotFound: no article, story or feed with that id.
	ErrNotFound = errors.New("not found")
	// ErrConflict: a batch refers to a story or article that changed under it
	// (another worker merged the story away); retry the batch.
	ErrConflict = errors.New("conflict")
)

// Store is the storage contract. All methods are safe for concurrent use.
//
// Guarantees every backend keeps:
//   - Commit is atomic and durable: when it returns nil, every article,
//     story change and merge of the batch survives a crash of the process
//     (kill -9) or the machine; when it returns an error, none of it is
//     visible. No reader ever sees half a batch.
//   - Articles are unique by ID (a hash of their content) and by URL: Commit
//     skips an article already stored under either and reports it in
//     CommitResult.Duplicates; committing the same batch twice changes nothing.
//   - A story id stays resolvable for ever: after a merge, Story(old id)
//     returns the story it was merged into, with Requested set to the old id.
//   - Membership history is kept: every join, merge and move is recorded
//     with its time and read back by History.
type Store interface {
	// Commit stores a batch of ingestion results atomically.
	Commit(ctx context.Context, b *Batch) (CommitResult, error)
	// Seen returns the id of a stored article with this URL (when url is not
	// empty) or this content id, or ErrNotFound.
	Seen(ctx context.Context, url, contentID string) (string, error)

	// Keys calls fn with the id and URL ("" when none) of every stored
	// article, in no particular order, stopping at fn's first error.
	Keys(ctx context.Context, fn func(id, url string) error) error

	// Article returns one stored article.
	Article(ctx context.Context, id string) (*Article, error)
	// StoryArticles returns the live articles of a story (following merges),
	// oldest first.
	StoryArticles(ctx context.Context, storyID string) ([]*Article, error)
	// Story returns a story, following merges.
	Story(ctx context.Context, id string) (*Story, error)
	// Stories lists live (unmerged) stories.
	Stories(ctx context.Context, q StoryQuery) (StoryPage, error)
	// ActiveStories returns the grouping state of the live stories updated at
	// or after since, newest first, at most limit: what ingestion reloads to
	// resume where it stopped.
	ActiveStories(ctx context.Context, since time.Time, limit int) ([]StoryState, error)

	// StaleStories returns the ids of stories whose analysis is older than
	// their membership, at most limit, oldest change first.
	StaleStories(ctx context.Context, limit int) ([]string, error)
	// PutAnalysis stores the analysis of a story computed at a.Version. It is
	// ignored (nil error) when the story has changed since that version, so a
	// slow worker never overwrites a newer analysis.
	PutAnalysis(ctx context.Context, a *Analysis) error
	// Analysis returns the stored analysis document of a story (following
	// merges), or ErrNotFound when it has not been analysed yet.
	Analysis(ctx context.Context, storyID string) (*Analysis, error)

	// Search runs a full-text query over article titles and texts and over
	// claims.
	Search(ctx context.Context, query string, limit, offset int) ([]Hit, error)
	// Outlets returns per-outlet counts, most articles first. Its cost
	// must not grow with the analyses (it backs a page).
	Outlets(ctx context.Context) ([]OutletStats, error)
	// Counts returns store-wide totals.
	Counts(ctx context.Context) (Counts, error)

	// Feed returns the polling state of a feed, or ErrNotFound.
	Feed(ctx context.Context, url string) (*Feed, error)
	// PutFeed creates or replaces the polling state of a feed.
	PutFeed(ctx context.Context, f *Feed) error
	// Feeds lists all feeds' polling states.
	Feeds(ctx context.Context) ([]Feed, error)

	// History returns the membership changes of a story (following merges)
	// and of the stories merged into it, oldest first; joins are included
	// only when joins is true (a large story has thousands).
	History(ctx context.Context, storyID string, joins bool) ([]Event, error)

	// GetBlob and PutBlob keep small named state (the grouping's document
	// frequencies). GetBlob returns ErrNotFound for an unknown name.
	GetBlob(ctx context.Context, name string) ([]byte, error)
	PutBlob(ctx context.Context, name string, data []byte) error

	Close() error
}

// Batch is what one ingestion step commits.
type Batch struct {
	Articles []NewArticle
	// Stories are created or updated: grouping state, last update.
	Stories []StoryUpdate
	// Merges fold story From into story Into (articles move, From stays
	// resolvable). A merge whose From was never stored is a no-op: the
	// grouping may start and fold a story within one batch.
	Merges []Merge
	// Moves take one stored article out of its story into another, after
	// the batch's articles and merges are applied (both ids follow merges).
	// A move of an article that is not stored is a no-op (it was a
	// duplicate); a move whose article is no longer in From fails the batch
	// with ErrConflict. A story left without articles is folded into To, so
	// its id stays resolvable.
	Moves []Move
	// Topics set the topic of stories, after the rest of the batch: the
	// events of one subject over days that the grouping relates without
	// joining them (cluster.Online.Topics). Topic "" means the story is
	// alone in its topic. A topic names two stories or more: one that a
	// batch leaves with a single live story (a closed story whose open
	// companions moved on) is cleared from it.
	Topics []TopicUpdate
}

// TopicUpdate sets a story's topic: the ID of the topic's earliest story
// when the topic formed (the name outlives that story's closing).
type TopicUpdate struct{ Story, Topic string }

// NewArticle is an article with the story it joined.
type NewArticle struct {
	Article *news.Article
	Story   string
}

// StoryUpdate creates a story or updates its grouping state.
type StoryUpdate struct {
	ID      string
	Title   string    // set when the story is created; later titles come from its analysis
	State   []byte    // the grouping's opaque per-story state
	Updated time.Time // the newest article's time (published, else ingested)
}

// Merge folds one story into another.
type Merge struct{ From, Into string }

// Move takes an article that fits another story better out of its story.
type Move struct{ Article, From, To string }

// Event kinds of a story's history.
const (
	EventJoin    = "join"     // Other is the article that joined
	EventMerge   = "merge"    // Other is the story merged into this one
	EventMoveIn  = "move-in"  // Other is the article moved here; From its story before
	EventMoveOut = "move-out" // Other is the article moved away; To its story after
)

// Event is one membership change of a story.
type Event struct {
	Story string // the story changed
	Kind  string
	Other string
	// From is the story a moved-in article left, To the story a moved-out
	// article went to ("" for other kinds).
	From, To string
	At       time.Time
}

// CommitResult says what a Commit did.
type CommitResult struct {
	Added []string
	// Duplicates maps the batch's article id to the id already stored
	// (same content, or same URL with other content).
	Duplicates map[string]string
}

// Article is a stored article.
type Article struct {
	news.Article
	Story    string
	Ingested time.Time
}

// Story is a stored story's summary.
type Story struct {
	ID        string
	Requested string // the id asked for when it was merged into this one
	Title     string
	Created   time.Time
	Updated   time.Time
	Version   int64 // grows with every membership change
	Merged    []string
	// Topic is the ID of the story's topic when other stories share it
	// ("" when it is alone in it); StoryQuery.Topic lists its stories.
	Topic string
	// Counts as of the last analysis (zero before it).
	Articles    int
	Outlets     int
	Origins     int
	Divergences int
	Analysed    bool
}

// StoryQuery selects and orders stories.
type StoryQuery struct {
	Order  string // "newest" (default) or "largest"
	Since  time.Time
	Until  time.Time
	Outlet string // exact outlet name, case-insensitive
	Entity string // an entity name or variant, case-insensitive
	Topic  string // the stories of one topic (Story.Topic)
	Limit  int    // default 50
	Offset int
}

// StoryPage is one page of stories.
type StoryPage struct {
	Stories []Story
	Total   int
}

// StoryState is what the grouping needs to resume a story.
type StoryState struct {
	ID      string
	State   []byte
	Updated time.Time
	// Topic is the story's topic ("" when alone) and TopicSize how many
	// live stories, closed ones included, the store holds in it: what the
	// grouping's topic view resumes from (cluster.Online.ResumeTopics).
	Topic     string
	TopicSize int
}

// Analysis is a story's analysis: the per-story JSON document and the
// numbers and texts that listing and search need.
type Analysis struct {
	Story       string
	Version     int64
	Title       string
	Articles    int
	Outlets     int
	Origins     int
	Divergences int
	Entities    []string // names and variants, for filtering
	Claims      []ClaimText
	// Roles says what each outlet did in the story, for Outlets.
	Roles []OutletRole
	Doc   []byte // the report.Story JSON
}

// OutletRole is one outlet's part in one story, as of its analysis.
type OutletRole struct {
	Outlet      string
	Origin      int // 1 when the story's likely original is the outlet's
	Echo        int // articles restating another article
	Divergences int // divergences where the outlet carries a competing value
	Minority    int // those where its value has fewer outlets behind it than another (report.OutletRole)
}

// ClaimText is a claim as search indexes it.
type ClaimText struct{ ID, Text string }

// Hit is one search result.
type Hit struct {
	Kind    string // "article" or "claim"
	ID      string // article id or claim id
	Story   string
	Title   string
	Snippet string
}

// OutletStats counts one outlet's articles and, summed over the live
// stories' analyses, its roles. An outlet known only as the origin named by
// others has no articles.
type OutletStats struct {
	Outlet      string
	Articles    int
	Stories     int
	Origin      int
	Echo        int
	Divergences int
	Minority    int
}

// Counts are store-wide totals.
type Counts struct{ Articles, Stories int }

// Feed is the polling state of one feed.
type Feed struct {
	URL          string
	ETag         string
	LastModified string
	LastPolled   time.Time
	NextPoll     time.Time
	Failures     int
	LastError    string
	Items        int
}
