package cluster

import (
	"container/heap"
	"math"
)

// Merge is one story merged into another by the merge pass.
type Merge struct{ From, Into string }

// Merge runs the move pass (see Moves), then the merge pass over the
// stories changed since the last merge pass, each compared with the
// candidate stories the index finds for it rather than with every story,
// and returns the merges made since the last call, in order (including
// those made by Stories and Moves). The later story is merged into the
// earlier one, whose ID lives on; Resolve follows merges. Moves made by
// the move pass are returned by Moves.
func (c *Online) Merge() []Merge {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.movePass(false)
	if !c.opt.Events {
		c.mergeIndexed(c.touched)
	}
	c.untouch()
	c.compact(false)
	out := c.merges
	c.merges = nil
	return out
}

func (c *Online) untouch() {
	for _, s := range c.touched {
		s.touched = false
	}
	clear(c.touched)
	c.touched = c.touched[:0]
}

// mergeAll joins stories whose similarity (average link over members, with
// the time decay) is at least MergeThreshold, the closest pair first and
// the later story into the earlier, until no pair qualifies: a story split
// early, before enough articles showed what the halves share, is made whole
// again. It computes all pair similarities once and then only those of each
// merged story, so a pass costs O(S²) dot products for S stories; Stories
// uses it only while stories are few.
func (c *Online) mergeAll() {
	c.compact(true)
	c.untouch()
	n := len(c.stories)
	if n < 2 {
		return
	}
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range i {
			sim[i][j] = c.mergeScore(c.stories[i], c.stories[j])
			sim[j][i] = sim[i][j]
		}
	}
	for {
		bi, bj, best := -1, -1, c.opt.MergeThreshold
		for i := range n {
			if c.stories[i].dead {
				continue
			}
			for j := i + 1; j < n; j++ {
				if !c.stories[j].dead && sim[i][j] >= best {
					bi, bj, best = i, j, sim[i][j]
				}
			}
		}
		if bi < 0 {
			break
		}
		c.absorb(c.stories[bi], c.stories[bj])
		for k := range n {
			if !c.stories[k].dead && k != bi {
				sim[bi][k] = c.mergeScore(c.stories[bi], c.stories[k])
				sim[k][bi] = sim[bi][k]
			}
		}
	}
	c.compact(true)
}

// mergeIndexed is the merge pass for many stories: each of list is scored
// against its index candidates, and qualifying pairs are merged closest
// first; a story that absorbs another is scored again against its new
// candidates. The cost is linear in len(list).
func (c *Online) mergeIndexed(list []*story) {
	h := &edgeHeap{}
	scan := func(t *story) {
		keys := c.queryKeys(t.terms, t.anchors, 2*c.opt.IndexTerms, 2*c.opt.IndexAnchors)
		for _, u := range c.idx.candidates(keys, t, c.opt.MergeCandidates) {
			if sim := c.mergeScore(t, u); sim >= c.opt.MergeThreshold {
				heap.Push(h, edge{t, u, t.version, u.version, sim})
			}
		}
	}
	for _, t := range list {
		if !t.dead {
			scan(t)
		}
	}
	for h.Len() > 0 {
		e := heap.Pop(h).(edge)
		if e.a.dead || e.b.dead || e.a.version != e.va || e.b.version != e.vb {
			continue
		}
		into, from := e.a, e.b
		if from.seq < into.seq {
			into, from = from, into
		}
		c.absorb(into, from)
		scan(into)
	}
}

type edge struct {
	a, b   *story
	va, vb int // versions of a and b when scored
	sim    float64
}

// edgeHeap pops the most similar pair first, ties to the older pair so
// runs are reproducible.
type edgeHeap []edge

func (h edgeHeap) Len() int { return len(h) }
func (h edgeHeap) Less(i, j int) bool {
	if h[i].sim != h[j].sim {
		return h[i].sim > h[j].sim
	}
	if h[i].a.seq != h[j].a.seq {
		return h[i].a.seq < h[j].a.seq
	}
	return h[i].b.seq < h[j].b.seq
}
func (h edgeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *edgeHeap) Push(x any)   { *h = append(*h, x.(edge)) }
func (h *edgeHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

// mergeScore is what the merge pass compares with MergeThreshold: the
// similarity of two stories, divided by 1+MergeGrowth·ln(n) for n the
// articles of the smaller story. Two halves of one event that were split
// early keep linking at about their own articles' level as they grow,
// while two events on one topic at one time (DUC 2004's remaining errors:
// two Gaza stories, two on North Korea) link lower but above the threshold
// a pair of single articles needs; an average over many pairs is also a
// steadier estimate than over one, so a larger pair can be held to more.
func (c *Online) mergeScore(a, b *story) float64 {
	sim := c.storySimilarity(a, b)
	if n := min(a.count, b.count); n > 1 && c.opt.MergeGrowth > 0 {
		sim /= 1 + c.opt.MergeGrowth*math.Log(float64(n))
	}
	return sim
}

// storySimilarity is similarity for two stories: average links over pairs
// of articles, terms counted over same-language pairs only.
func (c *Online) storySimilarity(a, b *story) float64 {
	ac := a.anchors.dot(b.anchors) / float64(a.count*b.count)
	pairs := sameLanguagePairs(a, b)
	var sim float64
	if pairs == 0 {
		sim = c.crossLink(ac, a.cross.dot(b.cross)/float64(a.count*b.count), a.legacy || b.legacy)
	} else {
		tc := a.terms.dot(b.terms) / float64(pairs)
		sim = (1-c.opt.AnchorWeight)*tc + c.opt.AnchorWeight*ac
	}
	return sim * c.decay(gap(a.first, a.last, b.first, b.last))
}

// sameLanguagePairs counts the pairs of articles, one from each story, in
// the same language; all pairs when either story has no language recorded.
func sameLanguagePairs(a, b *story) int {
	if len(a.langs) == 0 || len(b.langs) == 0 {
		return a.count * b.count
	}
	n := 0
	for _, x := range a.langs {
		n += x.n * b.langs.get(x.lang)
	}
	return n
}

// absorb moves story b into a and posts a under b's heaviest keys, so that
// what found b now finds a.
func (c *Online) absorb(a, b *story) {
	a.articles = append(a.articles, b.articles...)
	a.merged = append(a.merged, b.id)
	a.merged = append(a.merged, b.merged...)
	for _, x := range b.langs {
		a.langs.add(x.lang, x.n)
	}
	c.grow(a, b.terms, b.anchors, b.cross)
	a.legacy = a.legacy || b.legacy
	a.count += b.count
	if !b.first.IsZero() && (a.first.IsZero() || b.first.Before(a.first)) {
		a.first = b.first
	}
	if b.last.After(a.last) {
		a.last = b.last
	}
	if b.seen.After(a.seen) {
		a.seen = b.seen
	}
	a.version++
	c.restamp(a)
	c.idx.add(a, c.queryKeys(b.terms, b.anchors, c.opt.IndexTerms, c.opt.IndexAnchors), c.opt.PostingCap)
	c.mergedInto[b.id] = a.id
	c.merges = append(c.merges, Merge{From: b.id, Into: a.id})
	c.kill(b)
	b.terms, b.anchors, b.cross, b.articles, b.merged = nil, nil, nil, nil, nil
}
