package cluster

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestZZConfusion(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	docs := loadDUC(t)
	gold := map[string]string{}
	for _, d := range docs {
		gold[d.id] = d.cluster
	}
	pred := runOnline(Options{}, ducArticles(docs))
	comp := map[string]map[string]int{}
	for id, p := range pred {
		if comp[p] == nil {
			comp[p] = map[string]int{}
		}
		comp[p][gold[id]]++
	}
	var lines []string
	for p, m := range comp {
		if len(m) < 2 {
			continue
		}
		s := p + ":"
		for g, n := range m {
			s += fmt.Sprintf(" %s=%d", g, n)
		}
		lines = append(lines, s)
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
	// splits
	gc := map[string]map[string]int{}
	for id, g := range gold {
		if gc[g] == nil {
			gc[g] = map[string]int{}
		}
		gc[g][pred[id]]++
	}
	for g, m := range gc {
		if len(m) > 1 {
			t.Logf("split %s: %v", g, m)
		}
	}
}
