package claim

import (
	"iter"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Alignment weights and thresholds, tuned on the seed story (five rewrites
// of one report): they keep each acceptance alignment and no false one.
const (
	entityWeight = 0.2  // bonus for shared entities (Jaccard)
	slotWeight   = 0.1  // bonus for shared numbers and dates (Jaccard)
	minCosine    = 0.12 // pairs below this share too few words to be one claim
	linkScore    = 0.30 // average-link similarity needed to merge two groups
	// Two statements sharing one distinct term are never one claim, and
	// sharing only two ("the situation will change") is coincidence more
	// often than restatement, so such pairs pay a penalty.
	minShared  = 2
	fewShared  = 3
	fewPenalty = 0.1
	// minNameOnly is how many terms two statements sharing nothing but
	// names must share: two two-word names.
	minNameOnly = 4
	// subjectShare and subjectMin: a term in this share of a story's
	// statements, and in at least subjectMin of them, is the story's
	// subject (see storySubject).
	subjectShare = 0.3
	subjectMin   = 10
	// entitySubjectShare is subjectShare for entities: a story names its
	// subject in fewer statements than it uses the subject's words, as
	// most refer back to it ("the laptop", "the company", "it").
	// subjectEntityCredit is what sharing such an entity counts for in
	// the entity bonus, against 1 for any other: two statements naming
	// the product of a review, or the country of a trade war, are
	// seldom one fact. Set on crosscheck eval claims, whose labels come
	// from the pages it scores: pair precision 0.648 and recall 0.730
	// with no subject entities; 0.721 and 0.698 at share 0.15 and credit
	// 0.5; 0.750 and 0.667 at credit 0; 0.672 and 0.714 at share 0.3 and
	// credit 0. On DUC 2004 (crosscheck analyze) credit 0.5 parts 244 of
	// 5312 joined pairs of statements, of which about half state one fact
	// (a sample of 25 read: the Zarya launch date, the 1994 North Korea
	// pledge), so the gain on the labelled web pages, where reviews and
	// deals repeat a product's name, is not free on newswire.
	entitySubjectShare  = 0.15
	subjectEntityCredit = 0.5
	// anchorWeight is the bonus for sharing a distinctive number (see
	// anchors) and another word besides: "more than 2,300 were compelled
	// to leave the homes" and "more than 2,300 residents were forced to
	// leave their homes" state one fact in any wording.
	anchorWeight = 0.1
)

type pair struct{ i, j int }

// posting is one statement's weight for a term.
type posting struct {
	stmt int
	w    float64
	name bool // the term is part of a name in that statement
}

// simTable holds the similarities of pairs of statements (i < j), in order
// of i then j. A big story's statements have millions of similar pairs,
// which a map held at several times the cost to fill and to walk.
type simTable struct {
	pairs []simPair
	start []int // statement i's pairs are pairs[start[i]:start[i+1]]
}

type simPair struct {
	pair
	v float64
}

// get returns the similarity of statements i < j, 0 when not similar.
func (t *simTable) get(i, j int) float64 {
	ps := t.pairs[t.start[i]:t.start[i+1]]
	k, ok := slices.BinarySearchFunc(ps, j, func(p simPair, j int) int { return p.j - j })
	if !ok {
		return 0
	}
	return ps[k].v
}

// similarities scores every pair of statements from different articles
// and keeps those above minCosine, with subj the story's subject (see
// storySubject). Dot products accumulate through an
// inverted index into dense arrays: the story's statements are few
// hundred, and maps per pair were the cost of Extract.
func similarities(stmts []*stmt, subj subject) *simTable {
	index := make(map[string][]posting)
	for i, s := range stmts {
		for t, w := range s.terms {
			index[t] = append(index[t], posting{i, w, s.nameTerms[t]})
		}
	}
	ents, entIDs := internSets(stmts, func(s *stmt) map[string]bool { return s.ents })
	subjEnt := make([]bool, len(entIDs))
	for k, id := range entIDs {
		subjEnt[id] = subj.ents[k]
	}
	slots, _ := internSets(stmts, func(s *stmt) map[string]bool { return s.slots })
	nums, _ := internSets(stmts, anchors)
	sims := &simTable{start: make([]int, len(stmts)+1)}
	dots := make([]float64, len(stmts))
	shared := make([]int, len(stmts))
	words := make([]int, len(stmts)) // shared terms that are not only names
	roles := make([]int, len(stmts)) // shared name terms that are words of a title
	counted := make([]bool, len(stmts))
	var touched []int
	for i, s := range stmts {
		// Terms in a fixed order: the dot products are sums of floats,
		// and summing in map order made a score on a rounding boundary
		// (below) come out either way from run to run.
		for _, t := range slices.Sorted(maps.Keys(s.terms)) {
			w := s.terms[t]
			for _, p := range index[t] {
				j := p.stmt
				if j <= i || stmts[j].doc == s.doc || stmts[j].question != s.question {
					continue
				}
				if !counted[j] {
					touched = append(touched, j)
				}
				counted[j] = true
				dots[j] += w * p.w
				// "said" and "told" are in every second statement: they
				// add to the score but are not a shared word.
				if reporting[t] || verbLike[t] || subj.terms[t] {
					continue
				}
				shared[j]++
				if !p.name || !s.nameTerms[t] {
					words[j]++
				} else if s.roleTerms[t] {
					roles[j]++
				}
			}
		}
		sims.start[i] = len(sims.pairs)
		slices.Sort(touched)
		for _, j := range touched {
			dot, n, nw, nr := dots[j], shared[j], words[j], roles[j]
			dots[j], shared[j], words[j], roles[j], counted[j] = 0, 0, 0, 0, false
			// Two statements that share only one name ("the Council on
			// Foreign Relations") say different things about it; sharing
			// two ("Charles Kupchan and Thomas Graham") is a restatement.
			// A title is part of the one name it goes with: "Deputy
			// Minister Ilyas Korovin" flying in and "Deputy Minister Ilyas
			// Korovin" promising housing share one name, not two.
			var anchor float64
			if nw >= 2 && sortedJaccard(nums[i], nums[j], nil) > 0 {
				anchor = anchorWeight
			}
			if dot+anchor < minCosine || n < minShared || (nw == 0 && n-nr < minNameOnly) {
				continue
			}
			// Two quotes that share no word are two things said, however
			// alike their attributions ("NASA's Steve Clarke, deputy
			// associate administrator for exploration, said").
			if q := stmts[j].quoted; s.quoted != nil && q != nil && !sharesKey(s.quoted, q) {
				continue
			}
			v := dot + anchor + entityWeight*sortedJaccard(ents[i], ents[j], subjEnt) + slotWeight*sortedJaccard(slots[i], slots[j], nil)
			if n < fewShared {
				v -= fewPenalty
			}
			// Rounding makes ties exact whatever order the map sums ran
			// in, so the merge order, and the claims, are reproducible.
			sims.pairs = append(sims.pairs, simPair{pair{i, j}, math.Round(v*1e9) / 1e9})
		}
		touched = touched[:0]
	}
	sims.start[len(stmts)] = len(sims.pairs)
	return sims
}

// subject is what a story is about, as opposed to what one statement of it
// says: the terms and entities in a large share of its statements ("the
// 16-inch MacBook Pro" in a review's every other sentence). Two
// statements that share only the subject are no sign of one fact told
// twice, so sharing a subject term does not count as a shared word (it
// still adds to the score, at the low weight its frequency gives it), and
// a shared subject entity counts for subjectEntityCredit in the entity
// bonus.
type subject struct {
	terms, ents map[string]bool
}

// storySubject finds the subject of a story's statements. Statements are
// counted by wording, so that syndicated copies of one article (which
// Extract may fold) weigh once, and folding copies changes nothing.
func storySubject(stmts []*stmt) subject {
	keyOf := make([]int, len(stmts))
	keys := map[string]int{}
	for i, s := range stmts {
		if _, ok := keys[s.key]; !ok {
			keys[s.key] = len(keys)
		}
		keyOf[i] = keys[s.key]
	}
	// Most terms are in a few statements: count statements first, and
	// distinct wordings only for the terms in enough of them.
	common := func(share float64, items func(*stmt) iter.Seq[string]) map[string]bool {
		count := map[string]int{}
		for _, s := range stmts {
			for k := range items(s) {
				count[k]++
			}
		}
		wordings := map[string]map[int]bool{}
		for i, s := range stmts {
			for k := range items(s) {
				if count[k] < subjectMin {
					continue
				}
				if wordings[k] == nil {
					wordings[k] = map[int]bool{}
				}
				wordings[k][keyOf[i]] = true
			}
		}
		out := map[string]bool{}
		for k, ws := range wordings {
			if len(ws) >= subjectMin && float64(len(ws)) >= share*float64(len(keys)) {
				out[k] = true
			}
		}
		return out
	}
	return subject{
		terms: common(subjectShare, func(s *stmt) iter.Seq[string] { return maps.Keys(s.terms) }),
		ents:  common(entitySubjectShare, func(s *stmt) iter.Seq[string] { return maps.Keys(s.ents) }),
	}
}

// internSets turns each statement's string set into a sorted slice of
// small integers, for fast Jaccard, and returns the integer of each string.
func internSets(stmts []*stmt, get func(*stmt) map[string]bool) ([][]int, map[string]int) {
	ids := make(map[string]int)
	out := make([][]int, len(stmts))
	for i, s := range stmts {
		for k := range get(s) {
			id, ok := ids[k]
			if !ok {
				id = len(ids)
				ids[k] = id
			}
			out[i] = append(out[i], id)
		}
		slices.Sort(out[i])
	}
	return out, ids
}

// sortedJaccard is the Jaccard similarity of two sorted sets, an item
// marked in subj (the story's subject) counting as only
// subjectEntityCredit of a shared item. It stays in the union: dropping
// the subject from both sets instead would raise the score of two
// statements that share one name beside it.
func sortedJaccard(a, b []int, subj []bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter, shared := 0, 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			if subj != nil && subj[a[i]] {
				shared += subjectEntityCredit
			} else {
				shared++
			}
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return shared / float64(len(a)+len(b)-inter)
}

// group is a growing claim during clustering.
type group struct {
	members []int
	docs    map[int]bool
	alive   bool
}

// candidate is a pair of groups to merge, ranked by their average link when
// pushed. The link of a group with its other neighbours only falls when
// the group grows by a statement they are not linked to, so such entries
// are left in the heap and ranked again when they come up (lazy greedy),
// rather than re-pushed for every neighbour at every merge: with hundreds
// of articles a hub claim has thousands of neighbours, and eager updates
// made the heap the largest cost of analysing a story.
type candidate struct {
	score float64
	a, b  int
}

// candHeap is a binary heap of candidates, best first. It is written out
// rather than built on container/heap, whose Push and Pop box every
// candidate in an interface: a big story pushes millions of them. before
// orders all distinct candidates, so any heap pops them in one order.
type candHeap []candidate

func (h *candHeap) push(c candidate) {
	*h = append(*h, c)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if !before(s[i], s[p]) {
			break
		}
		s[i], s[p] = s[p], s[i]
		i = p
	}
}

func (h *candHeap) pop() candidate {
	s := *h
	top := s[0]
	n := len(s) - 1
	s[0] = s[n]
	s = s[:n]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && before(s[l], s[m]) {
			m = l
		}
		if r < n && before(s[r], s[m]) {
			m = r
		}
		if m == i {
			break
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
	*h = s
	return top
}

// before orders candidates best first, ties by pair so the merge order is
// reproducible.
func before(x, y candidate) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if x.a != y.a {
		return x.a < y.a
	}
	return x.b < y.b
}

// queue yields candidates best first. The initial pairs, most of which are
// never merged (their groups merge through other pairs first), are sorted
// once and read in order; only pairs ranked again during merging go
// through the heap, which so stays small.
type queue struct {
	sorted []candidate
	heap   candHeap
}

func (q *queue) len() int         { return len(q.sorted) + len(q.heap) }
func (q *queue) push(c candidate) { q.heap.push(c) }

func (q *queue) pop() candidate {
	if len(q.heap) == 0 || len(q.sorted) > 0 && before(q.sorted[0], q.heap[0]) {
		c := q.sorted[0]
		q.sorted = q.sorted[1:]
		return c
	}
	return q.heap.pop()
}

// link sums the similarities between two groups and counts the pairs
// that have one.
type link struct {
	sum float64
	n   int
}

// cluster groups statements into claims by average-link agglomeration: two
// groups merge when the mean similarity over all their cross pairs reaches
// linkScore, more than half of those pairs are similar at all, and no
// article would then hold two statements of one claim. Average link and
// the majority rule, unlike single link, keep one hub sentence that
// resembles two unrelated statements from chaining them together.
func cluster(stmts []*stmt, f *folded) [][]int {
	groups := make([]*group, len(f.members))
	links := make([]map[int]link, len(f.members))
	// Sized for every pair at once: a big story has millions, and growing
	// the maps one pair at a time was much of the cost of clustering.
	degree := make([]int, len(f.members))
	for _, p := range f.sims.pairs {
		degree[p.i]++
		degree[p.j]++
	}
	for n, ms := range f.members {
		docs := make(map[int]bool, len(ms))
		for _, m := range ms {
			docs[stmts[m].doc] = true
		}
		// Translated statements are held out (see findTranslations).
		groups[n] = &group{members: slices.Clone(ms), docs: docs, alive: f.out == nil || !f.out[n]}
		links[n] = make(map[int]link, degree[n])
	}
	q := &queue{}
	for _, sp := range f.sims.pairs {
		p, v := sp.pair, sp.v
		ga, gb := groups[p.i], groups[p.j]
		// Pairs of copies within one article are not similar at all.
		var n int
		if len(ga.members) == 1 && len(gb.members) == 1 {
			// overlap of two single statements, without the maps.
			n = 1
			if stmts[ga.members[0]].doc == stmts[gb.members[0]].doc {
				n = 0
			}
		} else {
			n = len(ga.members)*len(gb.members) - overlap(ga.docs, gb.docs)
		}
		if n <= 0 {
			continue
		}
		l := link{v * float64(n), n}
		links[p.i][p.j] = l
		links[p.j][p.i] = l
		if avg, ok := mergeable(ga, gb, l); ok {
			q.sorted = append(q.sorted, candidate{score: avg, a: p.i, b: p.j})
		}
	}
	slices.SortFunc(q.sorted, func(x, y candidate) int {
		if before(x, y) {
			return -1
		}
		if before(y, x) {
			return 1
		}
		return 0
	})
	for q.len() > 0 {
		c := q.pop()
		ga, gb := groups[c.a], groups[c.b]
		if !ga.alive || !gb.alive {
			continue
		}
		avg, ok := mergeable(ga, gb, links[c.a][c.b])
		if !ok {
			continue
		}
		if avg < c.score {
			q.push(candidate{score: avg, a: c.a, b: c.b})
			continue
		}
		// Merge b into a.
		ga.members = append(ga.members, gb.members...)
		for d := range gb.docs {
			ga.docs[d] = true
		}
		gb.alive = false
		for k, l := range links[c.b] {
			if k == c.a {
				continue
			}
			m := links[c.a][k]
			m.sum += l.sum
			m.n += l.n
			links[c.a][k] = m
			links[k][c.a] = m
			delete(links[k], c.b)
			// The link with a neighbour of b may have risen: rank it now.
			if avg, ok := mergeable(ga, groups[k], m); ok {
				a, b := min(c.a, k), max(c.a, k)
				q.push(candidate{score: avg, a: a, b: b})
			}
		}
		delete(links[c.a], c.b)
		links[c.b] = nil
	}
	var out [][]int
	for _, g := range groups {
		if g.alive {
			out = append(out, g.members)
		}
	}
	return out
}

// mergeable returns the average link of two groups and whether they may
// merge: the average reaches linkScore, more than half of their cross pairs
// are similar at all, and no article holds a statement of each.
func mergeable(a, b *group, l link) (float64, bool) {
	size := len(a.members) * len(b.members)
	avg := l.sum / float64(size)
	return avg, avg >= linkScore && 2*l.n > size && !sharesDoc(a, b)
}

// overlap counts the articles both sets hold.
func overlap(a, b map[int]bool) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for d := range a {
		if b[d] {
			n++
		}
	}
	return n
}

func sharesDoc(a, b *group) bool {
	if len(a.docs) > len(b.docs) {
		a, b = b, a
	}
	for d := range a.docs {
		if b.docs[d] {
			return true
		}
	}
	return false
}

// anchors returns a statement's distinctive numbers: counts of ten or more
// and fractions ("2,300", "1.1", "86"), which two unrelated statements of
// one story seldom share, unlike small counts ("three schools", "six
// months") and years.
func anchors(s *stmt) map[string]bool {
	out := make(map[string]bool)
	for k := range s.slots {
		num, ok := strings.CutPrefix(k, "n:")
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil || (v < 10 && v == math.Trunc(v)) || (v >= 1800 && v <= 2100 && v == math.Trunc(v)) {
			continue
		}
		out[k] = true
	}
	return out
}

// sharesKey reports whether two sets have a key in common.
func sharesKey(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}
