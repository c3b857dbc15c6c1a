package cluster

// Pairwise scores a clustering against gold labels by pairs of items: a pair
// is a true positive when both put the two items together. Only items
// labelled in both maps count. With no pairs on one side, the matching
// score is 1 when the other side has none either, else 0.
func Pairwise(pred, gold map[string]string) (p, r, f float64) {
	type cell struct{ p, g string }
	cells := map[cell]int{}
	pc := map[string]int{}
	gc := map[string]int{}
	for id, g := range gold {
		pl, ok := pred[id]
		if !ok {
			continue
		}
		cells[cell{pl, g}]++
		pc[pl]++
		gc[g]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, predPairs, goldPairs float64
	for _, n := range cells {
		tp += pairs(n)
	}
	for _, n := range pc {
		predPairs += pairs(n)
	}
	for _, n := range gc {
		goldPairs += pairs(n)
	}
	p, r = ratio(tp, predPairs, goldPairs), ratio(tp, goldPairs, predPairs)
	return p, r, harmonic(p, r)
}

// BCubed scores a clustering against gold labels item by item (Bagga &
// Baldwin 1998): an item's precision is the share of its predicted cluster
// that shares its gold label, its recall the share of its gold cluster
// that shares its predicted cluster; both are averaged over items labelled
// in both maps.
func BCubed(pred, gold map[string]string) (p, r, f float64) {
	type cell struct{ p, g string }
	cells := map[cell]int{}
	pc := map[string]int{}
	gc := map[string]int{}
	n := 0
	for id, g := range gold {
		pl, ok := pred[id]
		if !ok {
			continue
		}
		cells[cell{pl, g}]++
		pc[pl]++
		gc[g]++
		n++
	}
	if n == 0 {
		return 0, 0, 0
	}
	// Every item in a cell has the same precision and recall, so sum by cell.
	for c, k := range cells {
		p += float64(k) * float64(k) / float64(pc[c.p])
		r += float64(k) * float64(k) / float64(gc[c.g])
	}
	p /= float64(n)
	r /= float64(n)
	return p, r, harmonic(p, r)
}

func ratio(tp, denom, other float64) float64 {
	if denom == 0 {
		if other == 0 {
			return 1
		}
		return 0
	}
	return tp / denom
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
