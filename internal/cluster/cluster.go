// Package cluster groups articles into stories, one article at a time, so
// that crosscheck can show one news event through every outlet that ran it.
//
// Each new article is compared with every story so far (Miranda et al.,
// EMNLP 2018, without the learned parts): the average cosine between the
// article and the story's articles over TF-IDF vectors of stems, with
// document frequencies updated as articles arrive, blended with the same
// over language-independent anchors (words of names, and numbers), and
// scaled by a decay on the time between the article and the story. The
// article joins the best story at or above a threshold or starts a new one.
// Story state is the sum of member vectors, so the average link costs one
// dot product, and is pruned to the heaviest terms so it stays bounded.
//
// Stories runs a merge pass first: greedy average-link agglomeration of the
// stories, which joins a story that was split before enough articles showed
// what its halves share.
//
// Names are down-weighted among the terms and the time decay is strong
// enough that a later event with the same people (other event nouns, weeks
// apart) starts its own story. Terms are compared only between articles in
// the same language; an article in a language a story lacks is linked by
// anchors alone, as translations share names and numbers.
package cluster

import (
	"math"
	"slices"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Options tunes Online. Zero fields take the defaults (see DefaultOptions).
type Options struct {
	// Threshold is the least similarity for an article to join a story.
	Threshold float64
	// MergeThreshold is the least similarity of two stories for the merge
	// pass to join them. It is lower than Threshold: an average link over
	// many pairs of articles is lower, and steadier, than over one article.
	MergeThreshold float64
	// AnchorWeight is the weight of the anchor (names and numbers) average
	// link; the term average link gets 1-AnchorWeight.
	AnchorWeight float64
	// NameTermWeight scales the term frequency of tokens inside names.
	NameTermWeight float64
	// TitleWeight is added to the term frequency of stems that occur in the title.
	TitleWeight float64
	// Grace is the time gap with no decay; beyond it similarity decays
	// with half-life HalfLife, down to the factor MinDecay. MinDecay 1
	// turns the decay off, grouping by topic rather than by event.
	Grace, HalfLife time.Duration
	MinDecay        float64
	// CrossLingual scales the anchor cosine used for an article in another
	// language than the story, where terms do not compare.
	CrossLingual float64
	// MaxTerms bounds the entries kept per story centroid (terms and anchors each).
	MaxTerms int
}

// DefaultOptions returns the options tuned on the DUC 2004 story mix and
// checked on a small invented corpus (see the tests), where a later event
// with the same people must split off.
func DefaultOptions() Options {
	return Options{
		Threshold:      0.25,
		MergeThreshold: 0.11,
		AnchorWeight:   0.3,
		NameTermWeight: 0.5,
		TitleWeight:    1,
		Grace:          3 * 24 * time.Hour,
		HalfLife:       14 * 24 * time.Hour,
		MinDecay:       0.4,
		CrossLingual:   0.8,
		MaxTerms:       300,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Threshold <= 0 {
		o.Threshold = d.Threshold
	}
	if o.MergeThreshold <= 0 {
		o.MergeThreshold = d.MergeThreshold
	}
	if o.AnchorWeight <= 0 || o.AnchorWeight > 1 {
		o.AnchorWeight = d.AnchorWeight
	}
	if o.NameTermWeight <= 0 {
		o.NameTermWeight = d.NameTermWeight
	}
	if o.TitleWeight <= 0 {
		o.TitleWeight = d.TitleWeight
	}
	if o.Grace <= 0 {
		o.Grace = d.Grace
	}
	if o.HalfLife <= 0 {
		o.HalfLife = d.HalfLife
	}
	if o.MinDecay <= 0 || o.MinDecay > 1 {
		o.MinDecay = d.MinDecay
	}
	if o.CrossLingual <= 0 {
		o.CrossLingual = d.CrossLingual
	}
	if o.MaxTerms <= 0 {
		o.MaxTerms = d.MaxTerms
	}
	return o
}

// Story is a group of articles about one news event.
type Story struct {
	// ID is "s-" plus the ID of the story's first article; it does not
	// change as articles join or other stories merge into it.
	ID       string   `json:"id"`
	Articles []string `json:"articles"`
	// Merged holds the IDs of the stories merged into this one.
	Merged []string `json:"merged,omitempty"`
}

// Online is an incremental story clusterer. It is safe for concurrent use;
// articles are clustered in the order Add is called.
type Online struct {
	opt Options

	mu         sync.Mutex
	n          int            // articles seen
	df         map[string]int // term document frequencies
	adf        map[string]int // anchor document frequencies
	stories    []*story       // live stories in order of their first article
	byArticle  map[string]string
	mergedInto map[string]string
}

type story struct {
	id          string
	articles    []string
	merged      []string
	terms       vec // sum of member term vectors, each TF-IDF weighted when it joined, unit length
	anchors     vec // the same for anchors
	count       int // members, the divisor that turns a dot product into an average link
	first, last time.Time
	langs       map[string]int
}

// New returns an empty clusterer.
func New(opt Options) *Online {
	return &Online{
		opt:        opt.withDefaults(),
		df:         map[string]int{},
		adf:        map[string]int{},
		byArticle:  map[string]string{},
		mergedInto: map[string]string{},
	}
}

// Options returns the options in effect, defaults filled in.
func (c *Online) Options() Options { return c.opt }

// Add clusters a and returns the ID of its story: the most similar story at
// or above the threshold, else a new one. Adding an article ID a second
// time returns its story without changing anything.
func (c *Online) Add(a *news.Article) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if id, ok := c.byArticle[a.ID]; ok {
		return c.resolve(id)
	}
	f := extract(a, c.opt)
	c.n++
	for k := range f.terms {
		c.df[k]++
	}
	for k := range f.anchors {
		c.adf[k]++
	}
	f.terms = weigh(f.terms, c.idf)
	f.anchors = weigh(f.anchors, c.aidf)
	best, bestSim := -1, 0.0
	for i, s := range c.stories {
		if sim := c.similarity(f, a, s); sim >= c.opt.Threshold && sim > bestSim {
			best, bestSim = i, sim
		}
	}
	var s *story
	if best < 0 {
		s = &story{id: "s-" + a.ID, terms: vec{}, anchors: vec{}, langs: map[string]int{}}
		c.stories = append(c.stories, s)
	} else {
		s = c.stories[best]
	}
	s.articles = append(s.articles, a.ID)
	s.count++
	s.terms.add(f.terms, 1)
	s.anchors.add(f.anchors, 1)
	s.terms.prune(c.opt.MaxTerms)
	s.anchors.prune(c.opt.MaxTerms)
	if !a.Published.IsZero() {
		if s.first.IsZero() || a.Published.Before(s.first) {
			s.first = a.Published
		}
		if a.Published.After(s.last) {
			s.last = a.Published
		}
	}
	if a.Language != "" {
		s.langs[a.Language]++
	}
	c.byArticle[a.ID] = s.id
	return s.id
}

// StoryOf returns the current story of an article ID, following merges,
// and whether the article was added.
func (c *Online) StoryOf(articleID string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.byArticle[articleID]
	if !ok {
		return "", false
	}
	return c.resolve(id), true
}

func (c *Online) resolve(id string) string {
	for {
		to, ok := c.mergedInto[id]
		if !ok {
			return id
		}
		id = to
	}
}

// Stories runs the merge pass and returns the stories in the order of their
// first article.
func (c *Online) Stories() []Story {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.mergeLocked()
	out := make([]Story, 0, len(c.stories))
	for _, s := range c.stories {
		out = append(out, Story{
			ID:       s.id,
			Articles: slices.Clone(s.articles),
			Merged:   slices.Clone(s.merged),
		})
	}
	return out
}

// Assignments runs the merge pass and returns the story ID of every article.
func (c *Online) Assignments() map[string]string {
	out := map[string]string{}
	for _, s := range c.Stories() {
		for _, a := range s.Articles {
			out[a] = s.ID
		}
	}
	return out
}

func (c *Online) idf(t string) float64  { return smoothIDF(c.n, c.df[t]) }
func (c *Online) aidf(t string) float64 { return smoothIDF(c.n, c.adf[t]) }

// similarity scores article features f against story s: the average link
// of terms over the story's articles in the same language (other languages
// share few stems, so counting them would only dilute), blended with the
// average link of the language-independent anchors over all articles. A
// story with no article in the article's language is linked by anchors
// alone, scaled by CrossLingual.
func (c *Online) similarity(f features, a *news.Article, s *story) float64 {
	ac := dot(f.anchors, s.anchors) / float64(s.count)
	same := s.count
	if a.Language != "" && len(s.langs) > 0 {
		same = s.langs[a.Language]
	}
	var sim float64
	if same == 0 {
		sim = c.opt.CrossLingual * ac
	} else {
		tc := dot(f.terms, s.terms) / float64(same)
		sim = (1-c.opt.AnchorWeight)*tc + c.opt.AnchorWeight*ac
	}
	return sim * c.decay(gap(a.Published, a.Published, s.first, s.last))
}

// gap returns the time between the intervals [f1,l1] and [f2,l2], zero when
// they overlap or either is unknown.
func gap(f1, l1, f2, l2 time.Time) time.Duration {
	if f1.IsZero() || f2.IsZero() {
		return 0
	}
	switch {
	case l1.Before(f2):
		return f2.Sub(l1)
	case l2.Before(f1):
		return f1.Sub(l2)
	}
	return 0
}

// decay is 1 up to the grace period, then halves every HalfLife down to MinDecay.
func (c *Online) decay(d time.Duration) float64 {
	if d <= c.opt.Grace {
		return 1
	}
	x := math.Exp2(-float64(d-c.opt.Grace) / float64(c.opt.HalfLife))
	return max(x, c.opt.MinDecay)
}
