package cluster

import (
	"slices"
	"time"
)

// Move is one article moved from its story to a story it fits clearly
// better, by the move pass.
type Move struct{ Article, From, To string }

// recent is an article still in the move window: what the move pass needs
// to take it out of its story again. Only the last MoveWindow articles keep
// one, so memory stays bounded.
type recent struct {
	id             string
	terms, anchors packed // as added to the story: IDF-weighted then, unit length
	cross          packed // the same (see crossVector)
	keys           []key  // index keys when added, so an examination need not rank terms again
	lang           string
	published      time.Time
	added          uint64 // Online.adds when it was added
	level          int    // how far examined: unexamined, examinedYoung, examinedMature
	moves          int
}

// maxMoves bounds how often one article moves, so that two stories that
// trade articles back and forth settle. With at most two examinations per
// article (see examinedMature) it holds anyway; it is kept explicit in
// case the examination schedule changes.
const maxMoves = 2

// remember keeps a just-added article in the move window, dropping the
// articles that have aged out of it. The window is a slice whose front is
// cut lazily: it is compacted once it holds twice the window.
func (c *Online) remember(r recent) {
	if c.opt.MoveWindow < 0 {
		return
	}
	c.window = append(c.window, r)
	c.windowed[r.id] = r.added
	if len(c.window) >= 2*c.opt.MoveWindow {
		old := len(c.window) - c.opt.MoveWindow
		for _, x := range c.window[:old] {
			if c.windowed[x.id] == x.added {
				delete(c.windowed, x.id)
			}
		}
		n := copy(c.window, c.window[old:])
		clear(c.window[n:])
		c.window = c.window[:n]
	}
}

// recentWindow returns the articles in the window, oldest first.
func (c *Online) recentWindow() []recent {
	return c.window[max(0, len(c.window)-max(c.opt.MoveWindow, 0)):]
}

// Examination levels of a window article. The merge and move passes of
// live ingestion examine an article once, when it is mature: half the
// window has been added since, enough for the story it belongs to to have
// shown itself, and the cost is one examination per article however often
// they are called. Stories, which batch tools call once at the end, also
// examines the young articles once.
const (
	unexamined = iota
	examinedYoung
	examinedMature
)

// Moves runs the move pass and returns the moves made since the last call
// (including those made by Merge and Stories, which run the pass first).
// The pass re-examines the articles in the move window, each once when it
// has been in the window for half of it: it moves each one whose own story,
// left out of it, fits it clearly worse (by MoveMargin) than another story,
// found as Add finds candidates. An article that is the only one of its
// story is not moved; the two stories are merged instead (the later into
// the earlier, as by the merge pass) and the merge reported by Merge, so
// that both IDs stay resolvable.
func (c *Online) Moves() []Move {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.movePass(false)
	out := c.moves
	c.moves = nil
	return out
}

// movePass re-examines the window's mature articles not yet examined as
// such, and with young, those not examined at all.
func (c *Online) movePass(young bool) {
	if c.opt.MoveWindow < 0 {
		return
	}
	mature := uint64(c.opt.MoveWindow / 2)
	win := c.recentWindow()
	for i := range win {
		r := &win[i]
		level := examinedYoung
		if c.adds-r.added >= mature {
			level = examinedMature
		}
		if level <= r.level || level == examinedYoung && !young || r.moves >= maxMoves {
			continue
		}
		r.level = level
		c.reexamine(r)
	}
}

// reexamine moves r to a better story if there is one.
func (c *Online) reexamine(r *recent) {
	sid, ok := c.byArticle[r.id]
	if !ok || c.windowed[r.id] != r.added {
		return // its story was closed (and the ID perhaps added again since)
	}
	s := c.byID[c.resolve(sid)]
	if s == nil {
		return
	}
	own := c.leaveOneOut(r, s)
	var best *story
	// An article moves to a story only if two stories that similar would
	// merge. An article alone in its story moves, that is its story
	// merges, only if Add would now join it to the other story: lower
	// similarities are left to the merge pass, which joins the closest
	// pairs first (taking them here, in arrival order, gained 0.007 BCubed
	// F1 on DUC 2004 but cost MultiLing English its perfect precision).
	floor := c.opt.MergeThreshold
	if s.count <= 1 {
		floor = c.opt.Threshold
	}
	bestSim := max(floor, own+c.opt.MoveMargin)
	consider := func(t *story) {
		if t == s || t.dead {
			return
		}
		sim := c.similarity(r.terms, r.anchors, r.cross, r.lang, r.published, t)
		if sim >= bestSim && (best == nil || sim > bestSim || t.seq < best.seq) {
			best, bestSim = t, sim
		}
	}
	if c.live() > c.opt.IndexAbove {
		// Fewer candidates than Add scores: the story an article belongs
		// to shares the most key weight with it nearly always, and the
		// pass examines every article again, so it must cost less than Add.
		for _, t := range c.idx.candidates(r.keys, s, max(1, c.opt.Candidates/4)) {
			consider(t)
		}
	} else {
		for _, t := range c.stories {
			consider(t)
		}
	}
	if best == nil {
		return
	}
	r.moves++
	if s.count <= 1 {
		// Moving the only article would leave an empty story whose ID
		// could no longer be resolved: merge the two stories instead,
		// the later into the earlier as the merge pass does, so a story
		// keeps the ID of its first article.
		into, from := best, s
		if from.seq < into.seq {
			into, from = from, into
		}
		c.absorb(into, from)
		c.touch(into)
		return
	}
	c.idx.add(best, r.keys, c.opt.PostingCap)
	c.move(r, s, best)
}

// leaveOneOut is similarity of r to its own story s as if r were not in it:
// r's vectors subtracted from s's centroids and one member fewer. The
// story's date range is kept, as member dates are not.
func (c *Online) leaveOneOut(r *recent, s *story) float64 {
	n := s.count - 1
	if n <= 0 {
		return 0
	}
	ac := r.anchors.dotWithout(s.anchors) / float64(n)
	same := n
	if r.lang != "" && len(s.langs) > 0 {
		same = s.langs.get(r.lang) - 1
	}
	var sim float64
	if same <= 0 {
		sim = c.crossLink(ac, r.cross.dotWithout(s.cross)/float64(n), s.legacy)
	} else {
		tc := r.terms.dotWithout(s.terms) / float64(same)
		sim = (1-c.opt.AnchorWeight)*tc + c.opt.AnchorWeight*ac
	}
	return sim * c.decay(gap(r.published, r.published, s.first, s.last))
}

// move takes r out of story from and adds it to story to.
func (c *Online) move(r *recent, from, to *story) {
	from.terms = from.terms.minus(r.terms)
	from.anchors = from.anchors.minus(r.anchors)
	from.cross = from.cross.minus(r.cross)
	from.count--
	if r.lang != "" {
		from.langs.add(r.lang, -1)
		from.langs = slices.DeleteFunc(from.langs, func(x langCount) bool { return x.n <= 0 })
	}
	if i := slices.Index(from.articles, r.id); i >= 0 {
		from.articles = slices.Delete(from.articles, i, i+1)
	}
	from.version++
	c.touch(from)

	to.articles = append(to.articles, r.id)
	to.count++
	if r.lang != "" {
		to.langs.add(r.lang, 1)
	}
	c.grow(to, r.terms, r.anchors, r.cross)
	if !r.published.IsZero() {
		if to.first.IsZero() || r.published.Before(to.first) {
			to.first = r.published
		}
		if r.published.After(to.last) {
			to.last = r.published
		}
	}
	to.version++
	c.restamp(to)
	c.touch(to)
	c.byArticle[r.id] = to.id
	c.moves = append(c.moves, Move{Article: r.id, From: from.id, To: to.id})
}
