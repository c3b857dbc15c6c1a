package entity

import (
	"sort"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// kindOrder indexes mentionMeta.votes; on a tie the earlier kind wins.
var kindOrder = [3]string{news.KindPerson, news.KindOrg, news.KindPlace}

func kindIndex(kind string) int {
	for i, k := range kindOrder {
		if k == kind {
			return i
		}
	}
	return -1
}

// finish orders the mentions, drops overlaps (from overlapping sentences)
// and lets what the article says elsewhere settle unknown kinds: a bare
// "Graham" is a person when "Thomas Graham" is one, "Kaldbrook" a place when
// the article says "in Kaldbrook" and "Vessa Hydro" an organisation when it
// says "Vessa Hydro, a regional utility".
func (f *finder) finish() []news.Mention {
	idx := make([]int, len(f.out))
	sorted := true
	for i := range idx {
		idx[i] = i
		sorted = sorted && (i == 0 || f.out[i-1].Start <= f.out[i].Start)
	}
	if !sorted { // overlapping sentences
		sort.SliceStable(idx, func(i, j int) bool { return f.out[idx[i]].Start < f.out[idx[j]].Start })
	}
	out := f.out[:0] // in place when sorted: each write is at or before its read
	if !sorted {
		out = make([]news.Mention, 0, len(f.out))
	}
	meta := make([]*mentionMeta, 0, len(f.out))
	end := -1
	for _, i := range idx {
		m := f.out[i]
		if m.Start < end {
			continue
		}
		out = append(out, m)
		meta = append(meta, &f.meta[i])
		end = m.End
	}
	// Kinds and context votes per name, over the whole article.
	tallies := make([]tally, 0, len(out))
	byKey := make(map[string]int, len(out))
	tallyIdx := make([]int, len(out))
	personSurnames := make(map[string]bool) // last word of people's names, incl. bare surnames used as people
	for i, m := range out {
		md := meta[i]
		ti, ok := byKey[md.key]
		if !ok {
			ti = len(tallies)
			tallies = append(tallies, tally{last: md.last, full: md.full})
			byKey[md.key] = ti
		}
		tallyIdx[i] = ti
		t := &tallies[ti]
		if k := kindIndex(m.Kind); k >= 0 {
			t.kinds[k]++
		}
		for k, v := range md.votes {
			t.votes[k] += v
		}
		if m.Kind == news.KindPerson {
			personSurnames[md.last] = true
		}
	}
	for i := range tallies {
		if t := &tallies[i]; !t.full && t.kinds == [3]int{} && topVote(t.votes) == votePerson {
			personSurnames[t.last] = true // "Sommer said"
		}
	}
	var fullSurnames []string // translit keys, computed only when needed
	for i := range tallies {
		t := &tallies[i]
		if k := top(t.kinds); k >= 0 {
			t.kind = kindOrder[k]
			continue
		}
		if !t.full {
			// A bare surname, also when glued to the next word ("Lavrovmet").
			if fullSurnames == nil {
				fullSurnames = f.fullSurnames(out, meta)
			}
			last := translit(t.last)
			for _, s := range fullSurnames {
				if surnames(last, s) != noMatch {
					t.kind = news.KindPerson
					break
				}
			}
			if t.kind != "" {
				continue
			}
		}
		if k := topVote(t.votes); k >= 0 {
			t.kind = kindOrder[k]
			continue
		}
		// "Agnes Sommer" when the article says "Sommer said".
		if t.full && personSurnames[t.last] {
			t.kind = news.KindPerson
		}
	}
	for i := range out {
		if out[i].Kind == "" {
			out[i].Kind = tallies[tallyIdx[i]].kind
		}
	}
	return out
}

// tally is what an article says about one name, over all its mentions.
type tally struct {
	kinds [3]int // kinds given by the name itself, in kindOrder
	votes [3]int // context cues, in kindOrder
	last  string
	full  bool
	kind  string // decided for the mentions of unknown kind
}

// fullSurnames returns the translit keys of the surnames of the article's
// full person names.
func (f *finder) fullSurnames(out []news.Mention, meta []*mentionMeta) []string {
	s := []string{}
	seen := make(map[string]bool)
	for i, m := range out {
		if m.Kind == news.KindPerson && meta[i].full && !seen[meta[i].last] {
			seen[meta[i].last] = true
			s = append(s, translit(meta[i].last))
		}
	}
	return s
}

// top returns the index of the largest positive count, the earliest on
// ties, or -1.
func top(v [3]int) int {
	best, n := -1, 0
	for i, c := range v {
		if c > n {
			best, n = i, c
		}
	}
	return best
}

// topVote is top for context votes, but a tie goes to an organisation or a
// place: what makes a person ("said", "told") is said of organisations too,
// while "the utility", "the town of" are said of nothing else.
func topVote(v [3]int) int {
	best, n := -1, 0
	for _, i := range [...]int{voteOrg, votePlace, votePerson} {
		if v[i] > n {
			best, n = i, v[i]
		}
	}
	return best
}

// topKind returns the most voted kind, preferring person, then org, then
// place on ties.
func topKind(v map[string]int) string {
	best, n := "", 0
	for _, k := range kindOrder {
		if v[k] > n {
			best, n = k, v[k]
		}
	}
	return best
}
