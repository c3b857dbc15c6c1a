package cluster

import (
	"maps"
	"slices"
	"time"
)

// State is the whole clustering state as plain data, for a store to
// persist and Restore to rebuild.
type State struct {
	Articles   int               `json:"articles"`
	DF         map[string]int    `json:"df"`
	AnchorDF   map[string]int    `json:"anchor_df"`
	Stories    []StoryState      `json:"stories"`
	ByArticle  map[string]string `json:"by_article"`
	MergedInto map[string]string `json:"merged_into,omitempty"`
}

// StoryState is one story's centroid and members.
type StoryState struct {
	ID       string             `json:"id"`
	Articles []string           `json:"articles"`
	Merged   []string           `json:"merged,omitempty"`
	Terms    map[string]float64 `json:"terms"`
	Anchors  map[string]float64 `json:"anchors"`
	Count    int                `json:"count"`
	First    time.Time          `json:"first,omitzero"`
	Last     time.Time          `json:"last,omitzero"`
	Langs    map[string]int     `json:"langs,omitempty"`
}

// Snapshot returns a deep copy of the state, without running the merge pass.
func (c *Online) Snapshot() State {
	c.mu.Lock()
	defer c.mu.Unlock()
	st := State{
		Articles:   c.n,
		DF:         maps.Clone(c.df),
		AnchorDF:   maps.Clone(c.adf),
		ByArticle:  maps.Clone(c.byArticle),
		MergedInto: maps.Clone(c.mergedInto),
	}
	for _, s := range c.stories {
		st.Stories = append(st.Stories, StoryState{
			ID:       s.id,
			Articles: slices.Clone(s.articles),
			Merged:   slices.Clone(s.merged),
			Terms:    maps.Clone(s.terms),
			Anchors:  maps.Clone(s.anchors),
			Count:    s.count,
			First:    s.first,
			Last:     s.last,
			Langs:    maps.Clone(s.langs),
		})
	}
	return st
}

// Restore rebuilds a clusterer from a snapshot; it continues exactly as the
// one the snapshot was taken from would.
func Restore(opt Options, st State) *Online {
	c := New(opt)
	c.n = st.Articles
	maps.Copy(c.df, st.DF)
	maps.Copy(c.adf, st.AnchorDF)
	maps.Copy(c.byArticle, st.ByArticle)
	maps.Copy(c.mergedInto, st.MergedInto)
	for _, s := range st.Stories {
		ns := &story{
			id:       s.ID,
			articles: slices.Clone(s.Articles),
			merged:   slices.Clone(s.Merged),
			terms:    vec(maps.Clone(s.Terms)),
			anchors:  vec(maps.Clone(s.Anchors)),
			count:    s.Count,
			first:    s.First,
			last:     s.Last,
			langs:    maps.Clone(s.Langs),
		}
		if ns.terms == nil {
			ns.terms = vec{}
		}
		if ns.anchors == nil {
			ns.anchors = vec{}
		}
		if ns.langs == nil {
			ns.langs = map[string]int{}
		}
		if ns.count <= 0 {
			ns.count = max(1, len(ns.articles))
		}
		c.stories = append(c.stories, ns)
	}
	return c
}
