package claim

import "slices"

// attachScore is the average-link similarity a statement already in one
// claim needs to the members of another claim to carry that one too: the
// bar a free statement would have to clear to join it.
const attachScore = linkScore

// minResidual is how many words, other than names, a statement must share
// with another claim beyond those it shares with its own claim's members:
// a sentence carrying two facts has words for each ("plan", "cost", "86",
// "million", "crowns" besides "fires", "burned", "19", "days"), whereas a
// second sentence about the same person or place shares only the name
// ("Deputy Minister Ilyas Korovin said …") or the words its own claim has
// already explained.
const minResidual = 2

// attach finds, for each group, the statements of articles the group does
// not reach that would have joined it had they not been taken already by
// another claim: a sentence often carries two facts ("At least 14 people
// were killed and more than 2,300 were forced from their homes"; "six
// aircraft, 40 camera towers and 250 firefighters, at a cost of 86 million
// crowns"), and each of them is a claim the sentence supports. Clustering
// gives every statement to one claim only; attach lets it feed the others
// it belongs to as well. It returns the extra members per group, at most
// one per article, judged against the group's own members only, so the
// result does not depend on the order groups are visited in.
func attach(stmts []*stmt, f *folded, groups [][]int) [][]int {
	// Neighbours are found between nodes: the copies of one wording are
	// judged once (see folded), since each scores alike against a group
	// none of whose articles it is in.
	type nbr struct {
		node int
		sim  float64
	}
	nbrs := make([][]nbr, len(f.members))
	for _, p := range f.sims.pairs {
		nbrs[p.i] = append(nbrs[p.i], nbr{p.j, p.v})
		nbrs[p.j] = append(nbrs[p.j], nbr{p.i, p.v})
	}
	groupOf := make([]int, len(stmts))
	for gi, g := range groups {
		for _, m := range g {
			groupOf[m] = gi
		}
	}
	// Per node, the summed similarity to the current group's members and
	// how many of them it is similar to, reset after each group.
	sums := make([]float64, len(f.members))
	counts := make([]int, len(f.members))
	var touched []int
	r := &residuals{stmts: stmts, copies: map[int][]int{}}
	extras := make([][]int, len(groups))
	for gi, g := range groups {
		in := make(map[int]bool, len(g))
		docs := make(map[int]bool, len(g))
		for _, m := range g {
			in[m] = true
			docs[stmts[m].doc] = true
		}
		// Candidates are the statements similar to some member. A node
		// outside g has none of its statements in g (all of one node are
		// in one group) nor, for those outside g's articles, an article
		// with one, so its similarity to each member is the nodes'. The
		// sums run over g's members in order, as an average link over
		// them would, so they come out the same to the last bit; this
		// takes one pass over the members' neighbours rather than a
		// similarity lookup per candidate and member.
		for _, o := range g {
			for _, nb := range nbrs[f.node[o]] {
				if counts[nb.node] == 0 {
					touched = append(touched, nb.node)
				}
				sums[nb.node] += nb.sim
				counts[nb.node]++
			}
		}
		best := make(map[int]int)        // doc -> statement
		bestAvg := make(map[int]float64) // doc -> its average link
		var gterms map[string]bool
		for _, cn := range touched {
			if f.out != nil && f.out[cn] {
				continue // translations carry their source's claims only
			}
			sum, n := sums[cn], counts[cn]
			// The node's statements outside g's articles; all of one
			// node are in one group, so none is in g if one is not.
			var cands []int
			for _, c := range f.members[cn] {
				if !in[c] && !docs[stmts[c].doc] {
					cands = append(cands, c)
				}
			}
			if len(cands) == 0 {
				continue
			}
			c := cands[0]
			avg := sum / float64(len(g))
			if avg < attachScore || 2*n <= len(g) {
				continue
			}
			if gterms == nil {
				gterms = termsOf(stmts, g)
			}
			if r.residual(c, docs, gterms, groups[groupOf[c]]) < minResidual {
				continue
			}
			// Best per article: the highest average, then the first
			// statement, whatever order candidates come in.
			for _, c := range cands {
				d := stmts[c].doc
				if b, ok := best[d]; !ok || avg > bestAvg[d] || (avg == bestAvg[d] && c < b) {
					best[d], bestAvg[d] = c, avg
				}
			}
		}
		for _, cn := range touched {
			sums[cn], counts[cn] = 0, 0
		}
		touched = touched[:0]
		for _, c := range best {
			extras[gi] = append(extras[gi], c)
		}
		slices.Sort(extras[gi])
	}
	return extras
}

// termsOf returns the terms the statements of g use.
func termsOf(stmts []*stmt, g []int) map[string]bool {
	out := map[string]bool{}
	for _, m := range g {
		for t := range stmts[m].terms {
			out[t] = true
		}
	}
	return out
}

// residuals works out residual, keeping for each statement the members of
// its own group that are not its copies: a statement is a candidate for
// many groups, and comparing it with its own group's members each time
// was the largest cost of attach in a story of hundreds of articles.
type residuals struct {
	stmts  []*stmt
	copies map[int][]int // statement -> members of its group that are not copies of it
}

// residual counts the terms of statement c that some member of group g
// (gdocs: the articles of g's members; gterms: the terms they use) uses
// and that c's own group does not already explain. Names do not count, nor titles, which are part of a
// name ("outgoing president of the Council on Foreign Relations" names one
// man as surely as "Richard Haass"), nor auxiliaries and reporting verbs,
// which any two statements may share.
// The explainers are the other members of c's own group from the articles
// g reaches — that article's sentence stating c's first fact — or, when it
// has none there, all of them; copies of c (syndicated, pasted) explain
// nothing, as they say just what c says.
func (r *residuals) residual(c int, gdocs map[int]bool, gterms map[string]bool, own []int) int {
	stmts := r.stmts
	s := stmts[c]
	others, ok := r.copies[c]
	if !ok {
		for _, m := range own {
			if m != c && jaccardTerms(s, stmts[m]) < copyTerms {
				others = append(others, m)
			}
		}
		r.copies[c] = others
	}
	var explain, rest []int
	for _, m := range others {
		if gdocs[stmts[m].doc] {
			explain = append(explain, m)
		} else {
			rest = append(rest, m)
		}
	}
	if len(explain) == 0 {
		explain = rest
	}
	n := 0
	for t := range s.terms {
		if s.nameTerms[t] || (s.roleTerms[t] && !ordinals[t]) || verbLike[t] || reporting[t] ||
			!gterms[t] || usedBy(stmts, explain, t) {
			continue
		}
		n++
	}
	return n
}

// reporting are the stems of verbs that say who spoke, which any two
// statements of a story may share ("said", "told").
var reporting = setOf(`say tell ad announc confirm`)

// ordinals are title words ("first deputy", "second secretary") far more
// often used as plain ordinals ("finished second", "the first aircraft").
var ordinals = setOf(`first second`)

// copyTerms is the share of terms two statements must have in common to
// count as one wording copied.
const copyTerms = 0.8

func jaccardTerms(a, b *stmt) float64 {
	if len(a.terms) == 0 || len(b.terms) == 0 {
		return 0
	}
	inter := 0
	for t := range a.terms {
		if _, ok := b.terms[t]; ok {
			inter++
		}
	}
	return float64(inter) / float64(len(a.terms)+len(b.terms)-inter)
}

// usedBy reports whether a statement of group g has term t.
func usedBy(stmts []*stmt, g []int, t string) bool {
	for _, m := range g {
		if _, ok := stmts[m].terms[t]; ok {
			return true
		}
	}
	return false
}

// residual is residuals.residual for one statement and group.
func residual(stmts []*stmt, c int, g, own []int) int {
	r := &residuals{stmts: stmts, copies: map[int][]int{}}
	gdocs := make(map[int]bool, len(g))
	for _, m := range g {
		gdocs[stmts[m].doc] = true
	}
	return r.residual(c, gdocs, termsOf(stmts, g), own)
}
