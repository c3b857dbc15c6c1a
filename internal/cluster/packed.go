package cluster

import (
	"cmp"
	"slices"
)

// packed is a sparse vector as entries sorted by interned term number, so
// that the merge pass, which takes O(S²) dot products, merge-joins two
// slices instead of probing maps.
type packed []entry

type entry struct {
	id uint32
	w  float64
}

// interner numbers terms for one merge pass.
type interner map[string]uint32

func (in interner) pack(v vec) packed {
	out := make(packed, 0, len(v))
	for k, w := range v {
		id, ok := in[k]
		if !ok {
			id = uint32(len(in))
			in[k] = id
		}
		out = append(out, entry{id, w})
	}
	slices.SortFunc(out, func(a, b entry) int { return cmp.Compare(a.id, b.id) })
	return out
}

func (a packed) dot(b packed) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}
