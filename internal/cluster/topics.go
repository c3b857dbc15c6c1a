package cluster

import (
	"cmp"
	"maps"
	"slices"
)

// Topics groups the live stories into topics and returns each story's
// topic: the ID of the topic's earliest story when the topic formed (see
// keepNames), which is the story's own ID when it stands alone.
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
// Recomputing every topic at every call would cost a merge pass over all
// open stories (on a stream of 100,000 articles, called every 256, it cut
// ingestion from about 6,100 to 1,100 articles a second), so the view is
// kept between calls: the pairs of stories similar enough to merge (the
// edges of a graph), and each story's topic. A call rescans only the
// stories changed since the last one (joined by an article, moved from or
// to, or new) against their candidates, and regroups only the connected
// parts of the graph that hold a changed story or lost one. The merge pass
// joins only stories that are linked through such pairs, so a part that
// did not change keeps its topics. A part larger than IndexAbove stories
// (chains of pairs through a long-running subject) is regrouped only once
// an eighth of it has changed since it last was; until then a changed
// story takes the topic of the neighbour it is most similar to. Without
// that, regrouping a few large parts at every call held a stream of
// 100,000 articles at 3,800 articles a second. TopicChanges is the
// same, returning only what changed.
func (c *Online) Topics() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]string, c.live())
	if c.opt.Events {
		c.updateTopics()
	}
	for _, s := range c.stories {
		if s.dead {
			continue
		}
		if t, ok := c.topics.of[s]; ok {
			out[s.id] = t
		} else {
			out[s.id] = s.id
		}
	}
	return out
}

// TopicChanges updates the topics as Topics does and returns the open
// stories whose topic changed since the last call, new stories included:
// the topic's name, or "" for a story alone in its topic. Its cost grows
// with what changed, not with the open stories, so ingestion can call it
// often. Without Options.Events it returns nothing.
func (c *Online) TopicChanges() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.opt.Events {
		return nil
	}
	c.updateTopics()
	v := &c.topics
	out := make(map[string]string, len(v.changed))
	for s := range v.changed {
		if s.dead {
			continue
		}
		t := v.of[s]
		if v.size(t) < 2 {
			t = ""
		}
		// A topic that lost a story and gained one in between is no change.
		if r, ok := v.reported[s]; ok && r == t {
			continue
		}
		v.reported[s] = t
		out[s.id] = t
	}
	clear(v.changed)
	return out
}

// updateTopics brings the topic view up to date (see Topics).
func (c *Online) updateTopics() {
	v := &c.topics
	v.ensure()
	var seeds []*story
	// A closed story leaves its neighbours to be regrouped; it stays a
	// member of its topic, which so keeps its other stories together
	// (its name stays with them, see keepNames).
	for _, s := range v.killed {
		for n := range v.adj[s] {
			delete(v.adj[n], s)
			seeds = append(seeds, n)
		}
		delete(v.adj, s)
		if t, ok := v.of[s]; ok && s.closed {
			v.closed[t]++
		}
		v.assign(s, "")
		delete(v.pending, s)
		delete(v.changed, s)
		delete(v.reported, s)
	}
	v.killed = v.killed[:0]
	dirty := v.dirty[:0:0]
	for _, s := range v.dirty {
		s.tdirty = false
		if !s.dead {
			dirty = append(dirty, s)
		}
	}
	v.dirty = v.dirty[:0]
	if !v.init {
		// The first call (or the first after a restore) knows no pairs.
		v.init = true
		dirty = dirty[:0]
		for _, s := range c.stories {
			if !s.dead {
				dirty = append(dirty, s)
			}
		}
	}
	for _, d := range dirty {
		for n := range v.adj[d] {
			delete(v.adj[n], d)
			seeds = append(seeds, n)
		}
		delete(v.adj, d)
	}
	changed := make(map[*story]bool, len(dirty))
	for _, d := range dirty {
		changed[d] = true
	}
	all := c.live() <= c.opt.IndexAbove
	for _, d := range dirty {
		for _, u := range c.topicCandidates(d) {
			// Comparing every pair, one of two changed stories scores it.
			if all && changed[u] && u.seq < d.seq {
				continue
			}
			if c.mergeScore(d, u) >= c.opt.MergeThreshold {
				v.link(d, u)
			}
		}
	}
	seeds = append(seeds, dirty...)
	done := map[*story]bool{}
	claimed := map[string]bool{} // topic names given in this call
	for _, s := range seeds {
		if s.dead || done[s] {
			continue
		}
		part := v.component(s, done)
		if len(part) > c.opt.IndexAbove && !v.due(part, changed) {
			c.attachTopics(part, changed)
			continue
		}
		for s, t := range v.keepNames(c.groupTopics(part), claimed) {
			v.assign(s, t)
			delete(v.pending, s)
		}
	}
}

// topicView is what Topics keeps between calls.
type topicView struct {
	init     bool
	dirty    []*story                   // stories changed since the last call (see touch)
	killed   []*story                   // stories closed since the last call (see kill)
	adj      map[*story]map[*story]bool // pairs of live stories at or above MergeThreshold
	of       map[*story]string          // each story's topic as last computed
	members  map[string]map[*story]bool // the stories of each topic
	pending  map[*story]bool            // stories of large parts changed since their part was regrouped
	changed  map[*story]bool            // stories whose topic changed since TopicChanges last ran
	reported map[*story]string          // what TopicChanges last reported for each story
	// closed counts the stories of each topic that were closed (or, after
	// a restart, are stored but not open): they still belong to it, as the
	// store keeps them, so one open story left with them is not alone. A
	// topic with no open story left is forgotten.
	closed map[string]int
}

func (v *topicView) ensure() {
	if v.adj != nil {
		return
	}
	v.adj, v.of = map[*story]map[*story]bool{}, map[*story]string{}
	v.members, v.changed, v.pending = map[string]map[*story]bool{}, map[*story]bool{}, map[*story]bool{}
	v.reported, v.closed = map[*story]string{}, map[string]int{}
}

// size is how many stories topic t holds, closed ones included.
func (v *topicView) size(t string) int { return len(v.members[t]) + v.closed[t] }

// assign puts s in topic t ("" takes it out of every topic) and records
// the stories whose topic, as TopicChanges reports it, changes: s, and the
// other story of a topic that grows from one story to two or shrinks from
// two to one.
func (v *topicView) assign(s *story, t string) {
	old, had := v.of[s]
	if had && old == t {
		return
	}
	if had {
		m := v.members[old]
		delete(m, s)
		if len(m) == 0 {
			delete(v.members, old)
			delete(v.closed, old)
		} else if v.size(old) == 1 {
			for o := range m {
				v.changed[o] = true
			}
		}
		delete(v.of, s)
	}
	if t == "" {
		return
	}
	m := v.members[t]
	if m == nil {
		m = map[*story]bool{}
		v.members[t] = m
	}
	m[s] = true
	if v.size(t) == 2 {
		for o := range m {
			v.changed[o] = true
		}
	}
	v.of[s] = t
	v.changed[s] = true
}

// keepNames renames the topics of a regrouped part after the topics its
// stories had before, where most of a topic's stories that had one had the
// same, so that a topic keeps its ID when its earliest story closes (the
// earliest is the first to close) and when a story joins it. A name goes
// to one topic per call, the largest first; the others are named after
// their earliest story.
func (v *topicView) keepNames(of map[*story]string, claimed map[string]bool) map[*story]string {
	groups := map[string][]*story{}
	group := map[string]string{} // story ID to its new topic
	for s, t := range of {
		groups[t] = append(groups[t], s)
		group[s.id] = t
	}
	names := slices.Collect(maps.Keys(groups))
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(groups[b]), len(groups[a])), cmp.Compare(a, b))
	})
	for _, name := range names {
		members := groups[name]
		before := map[string]int{}
		known := 0
		for _, s := range members {
			if t, ok := v.of[s]; ok {
				before[t]++
				known++
			}
		}
		best, n := "", 0
		for t, k := range before {
			if k > n || k == n && t < best {
				best, n = t, k
			}
		}
		keep := name
		// The name of a story of another topic stays with that topic.
		if g, ok := group[best]; best != "" && 2*n > known && !claimed[best] && (!ok || g == name) {
			keep = best
		}
		claimed[keep] = true
		for _, s := range members {
			of[s] = keep
		}
	}
	return of
}

// due records the part's stories changed in this call as pending and
// reports whether an eighth of the part is, so that the part is due to
// be regrouped.
func (v *topicView) due(part []*story, changed map[*story]bool) bool {
	n := 0
	for _, s := range part {
		if changed[s] {
			v.pending[s] = true
		}
		if v.pending[s] {
			n++
		}
	}
	return 8*n >= len(part)
}

// attachTopics gives each story of part changed in this call the topic of
// the neighbour it is most similar to, preferring neighbours not pending
// themselves (their topics come from a regrouping); one with no neighbour
// is its own topic. The rest of the part keeps its topics.
func (c *Online) attachTopics(part []*story, changed map[*story]bool) {
	v := &c.topics
	for _, s := range part {
		if !changed[s] {
			continue
		}
		best, bestSim, bestSettled := s.id, -1.0, false
		for n := range v.adj[s] {
			t, ok := v.of[n]
			if !ok {
				continue
			}
			settled := !v.pending[n]
			if settled != bestSettled && !settled {
				continue
			}
			if sim := c.mergeScore(s, n); sim > bestSim || settled && !bestSettled {
				best, bestSim, bestSettled = t, sim, settled
			}
		}
		v.assign(s, best)
	}
}

func (v *topicView) link(a, b *story) {
	for _, p := range [][2]*story{{a, b}, {b, a}} {
		if v.adj[p[0]] == nil {
			v.adj[p[0]] = map[*story]bool{}
		}
		v.adj[p[0]][p[1]] = true
	}
}

// component returns the stories linked to s through pairs, s included, in
// order of creation, and marks them done.
func (v *topicView) component(s *story, done map[*story]bool) []*story {
	part := []*story{s}
	done[s] = true
	for i := 0; i < len(part); i++ {
		for n := range v.adj[part[i]] {
			if !done[n] && !n.dead {
				done[n] = true
				part = append(part, n)
			}
		}
	}
	slices.SortFunc(part, func(a, b *story) int { return cmp.Compare(a.seq, b.seq) })
	return part
}

// topicCandidates returns the stories d is compared with for topic pairs:
// every other live story while they are few, else d's index candidates.
func (c *Online) topicCandidates(d *story) []*story {
	if c.live() <= c.opt.IndexAbove {
		out := make([]*story, 0, c.live())
		for _, s := range c.stories {
			if !s.dead && s != d {
				out = append(out, s)
			}
		}
		return out
	}
	keys := c.queryKeys(d.terms, d.anchors, 2*c.opt.IndexTerms, 2*c.opt.IndexAnchors)
	return slices.Clone(c.idx.candidates(keys, d, c.opt.MergeCandidates))
}

// groupTopics runs the merge pass over copies of part's stories and
// returns each story's topic.
func (c *Online) groupTopics(part []*story) map[*story]string {
	out := make(map[*story]string, len(part))
	if len(part) == 1 {
		out[part[0]] = part[0].id
		return out
	}
	t := &Online{
		opt:        c.opt,
		n:          c.n,
		df:         c.df, // read only, by queryKeys
		adf:        c.adf,
		byID:       map[string]*story{},
		mergedInto: map[string]string{},
		idx:        newIndex(),
	}
	for _, s := range part {
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
		t.idx.add(cp, t.queryKeys(cp.terms, cp.anchors, t.opt.IndexTerms, t.opt.IndexAnchors), t.opt.PostingCap)
	}
	if len(part) > t.opt.IndexAbove {
		t.mergeIndexed(slices.Clone(t.stories))
	} else {
		t.mergeAll()
	}
	for _, s := range part {
		out[s] = t.resolve(s.id)
	}
	return out
}

// ResumeTopics gives restored stories the topics the store holds for them,
// so that a restarted ingester keeps the topics' names and reports only
// what changes: topics maps an open story's ID to its stored topic ("" for
// a story alone), and sizes a topic to the stories the store holds in it,
// closed ones included, which go on counting as its members. Call it after
// Restore and before the first Topics or TopicChanges; without
// Options.Events it does nothing.
func (c *Online) ResumeTopics(topics map[string]string, sizes map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.opt.Events {
		return
	}
	v := &c.topics
	v.ensure()
	for _, id := range slices.Sorted(maps.Keys(topics)) {
		s, t := c.byID[id], topics[id]
		if s == nil || s.dead {
			continue
		}
		if t != "" {
			v.assign(s, t)
		}
		v.reported[s] = t
	}
	for t, m := range v.members {
		if n := sizes[t] - len(m); n > 0 {
			v.closed[t] = n
		}
	}
	// A stored topic that holds one story is reported as none.
	clear(v.changed)
	for s, t := range v.of {
		if v.size(t) < 2 {
			v.changed[s] = true
		}
	}
}
