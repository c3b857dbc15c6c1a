package cluster

import "slices"

// Topics groups the live stories into topics and returns each story's
// topic: the ID of the topic's earliest story, which is the story's own ID
// when it stands alone.
//
// A topic is what the merge pass would make of the stories: the events of
// one subject over days (a launch and the spacewalks that follow, a trial
// and its verdict), which TDT and DUC 2004 count as one topic and which
// crosscheck keeps as separate stories, each with its own claims, when
// Options.Events is set. The merge pass is run on copies of the stories'
// centroids, so the stories themselves, their IDs and what later articles
// are compared with do not change: a topic is a view that is recomputed
// as stories grow, not a decision that later articles must live with.
// Without Options.Events the merge pass has already joined what it would
// join, and every story is its own topic.
//
// The cost is that of a merge pass over every live story: all pairs while
// stories are few (Options.IndexAbove), else each story against its index
// candidates.
func (c *Online) Topics() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &Online{
		opt:        c.opt,
		n:          c.n,
		df:         c.df, // read only, by queryKeys
		adf:        c.adf,
		byID:       map[string]*story{},
		mergedInto: map[string]string{},
		idx:        newIndex(),
	}
	for _, s := range c.stories {
		if s.dead {
			continue
		}
		// absorb replaces the centroids with new vectors, so only the
		// language counts, which it adds to in place, need copying.
		cp := &story{
			id: s.id, seq: s.seq,
			terms: s.terms, anchors: s.anchors, cross: s.cross,
			legacy: s.legacy, count: s.count,
			first: s.first, last: s.last, seen: s.seen,
			langs: slices.Clone(s.langs),
		}
		t.enlist(cp)
		t.restamp(cp)
		t.idx.add(cp, t.queryKeys(cp.terms, cp.anchors, t.opt.IndexTerms, t.opt.IndexAnchors), t.opt.PostingCap)
	}
	if c.opt.Events {
		if t.live() > t.opt.IndexAbove {
			t.mergeIndexed(slices.Clone(t.stories))
		} else {
			t.mergeAll()
		}
	}
	out := make(map[string]string, len(c.stories))
	for _, s := range c.stories {
		if !s.dead {
			out[s.id] = t.resolve(s.id)
		}
	}
	return out
}
