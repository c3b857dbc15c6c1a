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
	nbrs := make([][]int, len(f.members))
	for p := range f.sims {
		nbrs[p.i] = append(nbrs[p.i], p.j)
		nbrs[p.j] = append(nbrs[p.j], p.i)
	}
	groupOf := make([]int, len(stmts))
	for gi, g := range groups {
		for _, m := range g {
			groupOf[m] = gi
		}
	}
	extras := make([][]int, len(groups))
	for gi, g := range groups {
		in := make(map[int]bool, len(g))
		docs := make(map[int]bool, len(g))
		for _, m := range g {
			in[m] = true
			docs[stmts[m].doc] = true
		}
		// Candidates are the statements similar to some member.
		best := make(map[int]int)        // doc -> statement
		bestAvg := make(map[int]float64) // doc -> its average link
		seen := make(map[int]bool)       // nodes judged
		for _, m := range g {
			for _, cn := range nbrs[f.node[m]] {
				if seen[cn] {
					continue
				}
				seen[cn] = true
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
				var sum float64
				n := 0
				for _, o := range g {
					if v := f.sim(stmts, c, o); v != 0 {
						sum += v
						n++
					}
				}
				avg := sum / float64(len(g))
				if avg < attachScore || 2*n <= len(g) || residual(stmts, c, g, groups[groupOf[c]]) < minResidual {
					continue
				}
				for _, c := range cands {
					d := stmts[c].doc
					if b, ok := best[d]; !ok || avg > bestAvg[d] || (avg == bestAvg[d] && c < b) {
						best[d], bestAvg[d] = c, avg
					}
				}
			}
		}
		for _, c := range best {
			extras[gi] = append(extras[gi], c)
		}
		slices.Sort(extras[gi])
	}
	return extras
}

// residual counts the terms of statement c that some member of group g
// uses and that c's own group does not already explain. Names do not
// count, nor titles, which are part of a name ("outgoing president of the
// Council on Foreign Relations" names one man as surely as "Richard
// Haass"), nor auxiliaries and reporting verbs, which any two statements
// may share.
// The explainers are the other members of c's own group from the articles
// g reaches — that article's sentence stating c's first fact — or, when it
// has none there, all of them; copies of c (syndicated, pasted) explain
// nothing, as they say just what c says.
func residual(stmts []*stmt, c int, g, own []int) int {
	s := stmts[c]
	gdocs := make(map[int]bool, len(g))
	for _, m := range g {
		gdocs[stmts[m].doc] = true
	}
	var explain, rest []int
	for _, m := range own {
		if m == c || jaccardTerms(s, stmts[m]) >= copyTerms {
			continue
		}
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
			!usedBy(stmts, g, t) || usedBy(stmts, explain, t) {
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
