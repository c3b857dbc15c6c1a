package cluster

import (
	"maps"
	"slices"
	"time"
)

// State is the whole clustering state as plain data, members included,
// for tests and batch tools to persist and Restore to rebuild; live
// ingestion stores per-story encodings instead (see Online.State).
type State struct {
	// Frequencies is the blob of Online.Frequencies.
	Frequencies []byte            `json:"frequencies"`
	Stories     []StoryState      `json:"stories"`
	ByArticle   map[string]string `json:"by_article"`
	MergedInto  map[string]string `json:"merged_into,omitempty"`
	// Recent are the articles in the move window (see Online.Moves),
	// oldest first; snapshots from before moves have none.
	Recent []RecentState `json:"recent,omitempty"`
}

// RecentState is one article of the move window.
type RecentState struct {
	ID        string             `json:"id"`
	Terms     map[uint64]float64 `json:"terms"`
	Anchors   map[uint64]float64 `json:"anchors"`
	Cross     map[uint64]float64 `json:"cross,omitempty"`
	Lang      string             `json:"lang,omitempty"`
	Published time.Time          `json:"published,omitzero"`
	// Age is how many articles were added after it; Level and Moves are
	// how often the move pass examined and moved it.
	Age   uint64 `json:"age"`
	Level int    `json:"level,omitempty"`
	Moves int    `json:"moves,omitempty"`
}

// StoryState is one story's centroid and members. Centroid entries are
// keyed by the hash of their term.
type StoryState struct {
	ID       string             `json:"id"`
	Articles []string           `json:"articles"`
	Merged   []string           `json:"merged,omitempty"`
	Terms    map[uint64]float64 `json:"terms"`
	Anchors  map[uint64]float64 `json:"anchors"`
	Cross    map[uint64]float64 `json:"cross,omitempty"`
	// Legacy marks a story restored from a version 1 State, which kept no
	// cross-lingual centroid.
	Legacy bool           `json:"legacy,omitempty"`
	Count  int            `json:"count"`
	First  time.Time      `json:"first,omitzero"`
	Last   time.Time      `json:"last,omitzero"`
	Seen   time.Time      `json:"seen,omitzero"`
	Langs  map[string]int `json:"langs,omitempty"`
}

func langMap(ls langs) map[string]int {
	if len(ls) == 0 {
		return nil
	}
	m := make(map[string]int, len(ls))
	for _, x := range ls {
		m[x.lang] = x.n
	}
	return m
}

// Snapshot returns a deep copy of the state, without running the merge pass.
func (c *Online) Snapshot() State {
	c.mu.Lock()
	defer c.mu.Unlock()
	st := State{
		Frequencies: c.encodeFrequencies(),
		ByArticle:   maps.Clone(c.byArticle),
		MergedInto:  maps.Clone(c.mergedInto),
	}
	for _, s := range c.stories {
		if s.dead {
			continue
		}
		st.Stories = append(st.Stories, StoryState{
			ID:       s.id,
			Articles: slices.Clone(s.articles),
			Merged:   slices.Clone(s.merged),
			Terms:    toMap(s.terms),
			Anchors:  toMap(s.anchors),
			Cross:    toMap(s.cross),
			Legacy:   s.legacy,
			Count:    s.count,
			First:    s.first,
			Last:     s.last,
			Seen:     s.seen,
			Langs:    langMap(s.langs),
		})
	}
	for _, r := range c.recentWindow() {
		if c.windowed[r.id] != r.added {
			continue
		}
		st.Recent = append(st.Recent, RecentState{
			ID: r.id, Terms: toMap(r.terms), Anchors: toMap(r.anchors), Cross: toMap(r.cross), Lang: r.lang, Published: r.published,
			Age: c.adds - r.added, Level: r.level, Moves: r.moves,
		})
	}
	return st
}

func toMap(p packed) map[uint64]float64 {
	m := make(map[uint64]float64, len(p))
	for _, e := range p {
		m[e.id] = e.w
	}
	return m
}

func fromMap(m map[uint64]float64) packed {
	p := make(packed, 0, len(m))
	for id, w := range m {
		p = append(p, entry{id, w})
	}
	return p.sorted()
}

// Restore rebuilds a clusterer from a snapshot; it continues exactly as the
// one the snapshot was taken from would. A snapshot whose frequencies do
// not decode starts from empty frequencies.
func Restore(opt Options, st State) *Online {
	c := New(opt)
	if len(st.Frequencies) > 0 {
		_ = c.RestoreFrequencies(st.Frequencies)
	}
	maps.Copy(c.byArticle, st.ByArticle)
	maps.Copy(c.mergedInto, st.MergedInto)
	for _, s := range st.Stories {
		ns := c.newStory(s.ID)
		ns.articles = slices.Clone(s.Articles)
		ns.merged = slices.Clone(s.Merged)
		ns.terms, ns.anchors, ns.cross = fromMap(s.Terms), fromMap(s.Anchors), fromMap(s.Cross)
		// A snapshot from before cross-lingual centroids has none; a story
		// whose articles had no numbers or names has none either, and for
		// it the anchors are as good a stand-in.
		ns.legacy = s.Legacy || len(s.Cross) == 0 && len(s.Anchors) > 0
		ns.count = s.Count
		ns.first, ns.last, ns.seen = s.First, s.Last, s.Seen
		for _, l := range slices.Sorted(maps.Keys(s.Langs)) {
			ns.langs.add(c.intern(l), s.Langs[l])
		}
		if ns.count <= 0 {
			ns.count = max(1, len(ns.articles))
		}
		c.restamp(ns)
		if ns.seen.After(c.clock) {
			c.clock = ns.seen
		}
		c.idx.add(ns, c.queryKeys(ns.terms, ns.anchors, c.opt.IndexTerms, c.opt.IndexAnchors), c.opt.PostingCap)
	}
	// The add counter restarts past the oldest window article's age, so
	// ages, and so when the move pass examines articles, carry on.
	for _, r := range st.Recent {
		c.adds = max(c.adds, r.Age+1)
	}
	for _, r := range st.Recent {
		if _, ok := c.byArticle[r.ID]; !ok || r.Age >= c.adds {
			continue
		}
		terms, anchors := fromMap(r.Terms), fromMap(r.Anchors)
		c.remember(recent{
			id: r.ID, terms: terms, anchors: anchors, cross: fromMap(r.Cross), lang: c.intern(r.Lang), published: r.Published,
			keys:  slices.Clone(c.queryKeys(terms, anchors, c.opt.IndexTerms, c.opt.IndexAnchors)),
			added: c.adds - r.Age, level: r.Level, moves: r.Moves,
		})
	}
	return c
}
