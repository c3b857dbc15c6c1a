package claim

import (
	"maps"
	"slices"
	"strconv"
	"strings"
)

// folded groups the statements that are one wording in several articles
// into nodes, so that aligning works on distinct statements rather than on
// every copy. A report syndicated to hundreds of sites repeats each of its
// sentences hundreds of times, and comparing every copy with every other
// made a large story's claims take minutes; the copies would merge first
// anyway, as nothing is more similar to a statement than itself.
//
// Two statements fold when they have the same words and the same features
// (terms, names, roles, entities, numbers and dates), so each is as
// similar to any third statement as the other is, and when a pair of them
// would merge (see cluster): a wording too thin to count as one claim with
// itself stays unfolded. A statement is in at most one node, and a node
// holds at most one statement per article (statements deduplicates within
// an article).
type folded struct {
	node    []int   // statement -> node
	members [][]int // node -> statements, ascending
	// sims holds the similarity of two nodes' statements (pair i < j), as
	// similarities scores two statements of different articles; self the
	// similarity of two statements of one node.
	sims *simTable
	self []float64
	// out marks the nodes held out of grouping: translations, which join
	// their source's claim afterwards (see findTranslations). Nil when
	// there are none.
	out []bool
}

func foldCopies(stmts []*stmt) *folded { return foldWith(stmts, true) }

// noFold keeps every statement a node of its own: the plain statement
// alignment that folding must reproduce.
func noFold(stmts []*stmt) *folded { return foldWith(stmts, false) }

func foldWith(stmts []*stmt, copies bool) *folded {
	f := &folded{node: make([]int, len(stmts))}
	// The subject of all the statements, not of the nodes: the same
	// whether copies fold or not.
	subj := storySubject(stmts)
	byKey := map[string]int{}
	for i, s := range stmts {
		k := foldKey(s)
		n, ok := byKey[k]
		if !ok {
			n = len(f.members)
			byKey[k] = n
			f.members = append(f.members, nil)
		}
		f.members[n] = append(f.members[n], i)
	}
	// Unfold the wordings whose copies would not merge with each other.
	var members [][]int
	self := map[int]float64{} // first statement of a folded node -> similarity of its copies
	for _, ms := range f.members {
		if len(ms) > 1 && copies {
			if v := selfSimilarity(stmts[ms[0]], subj); v >= linkScore {
				members = append(members, ms)
				self[ms[0]] = v
				continue
			}
		}
		for _, m := range ms {
			members = append(members, []int{m})
		}
	}
	// Nodes in the order of their first statement, so that ties break as
	// they do between statements.
	slices.SortFunc(members, func(a, b []int) int { return a[0] - b[0] })
	f.members = members
	reps := make([]*stmt, len(members))
	f.self = make([]float64, len(members))
	for n, ms := range members {
		for _, m := range ms {
			f.node[m] = n
		}
		// Each node stands for itself in a pseudo-article of its own:
		// which of its statements share an article with another node's
		// is counted where links are made (cluster).
		rep := *stmts[ms[0]]
		rep.doc = n
		reps[n] = &rep
		f.self[n] = self[ms[0]]
	}
	f.sims = similarities(reps, subj)
	return f
}

// foldKey is a statement's wording and features, so that statements with
// the same key score alike against every other statement.
func foldKey(s *stmt) string {
	var b strings.Builder
	b.WriteString(normKey(s.toks))
	for _, set := range []map[string]bool{s.nameTerms, s.roleTerms, s.ents, s.slots, s.quoted} {
		b.WriteByte(0)
		for _, k := range slices.Sorted(maps.Keys(set)) {
			b.WriteString(k)
			b.WriteByte(1)
		}
	}
	b.WriteByte(0)
	terms := slices.Sorted(maps.Keys(s.terms))
	for _, t := range terms {
		b.WriteString(t)
		b.WriteByte(1)
		b.WriteString(strconv.FormatFloat(s.terms[t], 'g', -1, 64))
		b.WriteByte(1)
	}
	return b.String()
}

// selfSimilarity is the similarity of two copies of s in different
// articles of a story about subj.
func selfSimilarity(s *stmt, subj subject) float64 {
	a, b := *s, *s
	a.doc, b.doc = 0, 1
	return similarities([]*stmt{&a, &b}, subj).get(0, 1)
}

// sim is the similarity of statements i and j as similarities would score
// them: none within one article.
func (f *folded) sim(stmts []*stmt, i, j int) float64 {
	if stmts[i].doc == stmts[j].doc {
		return 0
	}
	a, b := f.node[i], f.node[j]
	switch {
	case a == b:
		return f.self[a]
	case a > b:
		a, b = b, a
	}
	return f.sims.get(a, b)
}
