package cluster

import (
	"fmt"
	"slices"
	"sort"
	"testing"
)

// twinTopics are the six pairs of DUC 2004 events on one subject that
// every run merges: two China human-rights topics (sharing documents),
// the Zarya and Endeavour launches, two embassy-bombing topics, Anwar and
// APEC in Malaysia, North Korean famine and nuclear sites, the Gaza
// airport and Clinton's Gaza visit.
var twinTopics = [][2]string{{"d30022t", "d31050t"}, {"d30031t", "d30047t"}, {"d30005t", "d31038t"}, {"d30008t", "d30011t"}, {"d30017t", "d30049t"}, {"d30040t", "d30053t"}}

// TestDiagTwinBound logs the score of the gold grouping with the first k
// twin pairs merged, an upper bound for any grouping that merges them.
// Measured: k=0..6 pairwise F1 1.000 0.980 0.966 0.952 0.935 0.917 0.898,
// BCubed 1.000 0.990 0.982 0.974 0.964 0.953 0.942: pairwise F1 0.95 needs
// at least three twin pairs kept apart, with nothing else wrong.
func TestDiagTwinBound(t *testing.T) {
	ds := loadDiag(t)
	idx, _ := ds.members(-1)
	gold := ds.goldOf(idx)
	for k := range len(twinTopics) + 1 {
		into := map[string]string{}
		for _, p := range twinTopics[:k] {
			into[p[1]] = p[0]
		}
		pred := map[string]string{}
		for id, g := range gold {
			pred[id] = g
			if to, ok := into[g]; ok {
				pred[id] = to
			}
		}
		t.Logf("%d twin pairs merged: %v", k, score(pred, gold))
	}
}

// TestDiagTwinChannels compares, channel by channel, the average link
// between the two topics of each twin pair with that between the earlier
// and later halves of each real topic (what the merge pass must join).
// Measured (real stages), twin links as a percentile of the halves' links:
// terms 64 70 12 8 0 6, event terms 60 78 22 8 0 4, names 62 42 8 18 38 24,
// bigrams 34 22 20 14 14 12. The China and launch twins link better than
// the median real topic on terms and event terms, and on no channel fall
// into the weakest tenth of real topics; no channel, and so no blend,
// splits them without splitting real topics.
func TestDiagTwinChannels(t *testing.T) {
	ds := loadDiag(t)
	_, groups := ds.members(-1)
	twins := twinTopics
	byName := map[string][]int{}
	for _, g := range groups {
		byName[ds.gold[g[0]]] = g
	}
	avg := func(ch int, a, b []int) float64 {
		var s float64
		for _, i := range a {
			for _, j := range b {
				s += ds.sims[ch][i][j]
			}
		}
		return s / float64(len(a)*len(b))
	}
	for ch := range nChannels {
		var halves []float64
		for _, g := range groups {
			if len(g) < 4 {
				continue
			}
			s := slices.Clone(g)
			sort.Slice(s, func(x, y int) bool { return ds.days[s[x]] < ds.days[s[y]] })
			halves = append(halves, avg(ch, s[:len(s)/2], s[len(s)/2:]))
		}
		var tw []float64
		for _, p := range twins {
			tw = append(tw, avg(ch, byName[p[0]], byName[p[1]]))
		}
		slices.Sort(halves)
		line := fmt.Sprintf("%-7s halves p10 %.3f p25 %.3f med %.3f | twins", channelNames[ch], halves[len(halves)/10], halves[len(halves)/4], halves[len(halves)/2])
		for _, v := range tw {
			below := 0
			for _, h := range halves {
				if h < v {
					below++
				}
			}
			line += fmt.Sprintf(" %.3f(%d%%)", v, 100*below/len(halves))
		}
		t.Log(line)
	}
}
