package cluster

import (
	"slices"
)

// index is an inverted index from hashed terms and anchors to the stories
// posted under them, so that an article (or, in the merge pass, a story) is
// scored only against stories that share one of its heaviest keys instead
// of against every live story. Each entry keeps only the stories most
// recently posted under it, which bounds both lookups and memory; dead
// stories (closed or merged away) are skipped and dropped lazily, and swept
// out when enough have accumulated.
type index struct {
	post   map[uint64][]*story
	query  uint64 // numbers lookups, so a story's scratch fields can tell whose they are
	stale  int    // stories killed since the last sweep
	keys   []key
	cands  []*story
	ranked []ranked
	tmp    packed
}

type key struct {
	h uint64
	w float64
}

func newIndex() index { return index{post: map[uint64][]*story{}} }

// commonShare: a term in more than this share of the articles (once there
// are enough to tell) is no evidence of a shared story, and its posting
// list would hold only the latest stories of all kinds.
const (
	commonShare   = 0.05
	commonMinDocs = 2000
)

// queryKeys returns the keys an article or story is looked up and posted
// under: its nt heaviest terms and na heaviest anchors, skipping terms
// common to a large share of articles. The slice is reused by the next call.
func (c *Online) queryKeys(terms, anchors packed, nt, na int) []key {
	x := &c.idx
	x.keys = x.keys[:0]
	limit := c.n + 1
	if c.n >= commonMinDocs {
		limit = int(commonShare * float64(c.n))
	}
	x.tmp = terms.heaviest(x.tmp[:0], 4*nt)
	k := 0
	for _, e := range x.tmp {
		if k == nt {
			break
		}
		if c.df.get(e.id) > limit {
			continue
		}
		x.keys = append(x.keys, key{e.id, e.w})
		k++
	}
	x.tmp = anchors.heaviest(x.tmp[:0], na)
	for _, e := range x.tmp {
		x.keys = append(x.keys, key{e.id ^ anchorKey, e.w})
	}
	return x.keys
}

// candidates returns up to m live stories posted under keys, other than
// skip, those sharing the most key weight first (ties to the older story).
// The slice is reused by the next call.
func (x *index) candidates(keys []key, skip *story, m int) []*story {
	x.query++
	x.cands = x.cands[:0]
	for _, k := range keys {
		for _, s := range x.post[k.h] {
			if s.dead || s == skip {
				continue
			}
			if s.mark != x.query {
				s.mark, s.acc = x.query, 0
				x.cands = append(x.cands, s)
			}
			s.acc += k.w
		}
	}
	if len(x.cands) > m {
		// Sort copies of the keys rather than the stories: comparing
		// through pointers costs a cache miss per comparison.
		x.ranked = x.ranked[:0]
		for _, s := range x.cands {
			x.ranked = append(x.ranked, ranked{s.acc, s.seq, s})
		}
		selectTop(x.ranked, m)
		x.cands = x.cands[:m]
		for i := range x.cands {
			x.cands[i] = x.ranked[i].s
		}
		clear(x.ranked)
	}
	return x.cands
}

type ranked struct {
	acc float64
	seq uint64
	s   *story
}

// add posts s under keys, moving it to the recent end of entries that
// already hold it and dropping the oldest stories past limit.
func (x *index) add(s *story, keys []key, limit int) {
	for _, k := range keys {
		list := x.post[k.h]
		kept := list[:0]
		for _, t := range list {
			if t != s && !t.dead {
				kept = append(kept, t)
			}
		}
		clear(list[len(kept):])
		kept = append(kept, s)
		if len(kept) > limit {
			n := copy(kept, kept[len(kept)-limit:])
			clear(kept[n:])
			kept = kept[:n]
		}
		x.post[k.h] = kept
	}
}

// sweep drops dead stories from every entry, and empty entries, once
// enough stories have died that the index would otherwise hold on to them.
func (x *index) sweep(live int) {
	if x.stale < max(64, live/2) {
		return
	}
	for h, list := range x.post {
		kept := list[:0]
		for _, t := range list {
			if !t.dead {
				kept = append(kept, t)
			}
		}
		clear(list[len(kept):])
		if len(kept) == 0 {
			delete(x.post, h)
			continue
		}
		x.post[h] = slices.Clip(kept)
	}
	x.stale = 0
}

// before orders candidates: more shared weight first, then the older story.
func (a ranked) before(b ranked) bool {
	return a.acc > b.acc || a.acc == b.acc && a.seq < b.seq
}

// selectTop moves the m first candidates in before order to r[:m], in no
// particular order: a quickselect, as only the m are scored and a full
// sort of all the candidates cost more than the scoring.
func selectTop(r []ranked, m int) {
	lo, hi := 0, len(r)-1
	for lo < hi {
		// Median of three as pivot, moved to hi.
		mid := lo + (hi-lo)/2
		if r[mid].before(r[lo]) {
			r[mid], r[lo] = r[lo], r[mid]
		}
		if r[hi].before(r[lo]) {
			r[hi], r[lo] = r[lo], r[hi]
		}
		if r[mid].before(r[hi]) {
			r[mid], r[hi] = r[hi], r[mid]
		}
		p := r[hi]
		i := lo
		for j := lo; j < hi; j++ {
			if r[j].before(p) {
				r[i], r[j] = r[j], r[i]
				i++
			}
		}
		r[i], r[hi] = r[hi], r[i]
		switch {
		case i == m || i == m-1:
			return
		case i < m:
			lo = i + 1
		default:
			hi = i - 1
		}
	}
}
