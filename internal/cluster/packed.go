package cluster

import (
	"cmp"
	"math"
	"slices"
)

// packed is a sparse vector as entries sorted by the 64-bit hash of their
// term. Stories hold their centroids this way: a dot product is a merge
// join of two slices, several times faster than probing a map of strings,
// an entry takes 16 bytes instead of a map slot and a string, and the hash
// is also the key of the document-frequency table and of the index.
type packed []entry

type entry struct {
	id uint64
	w  float64
}

// fnv64 is FNV-1a over s. Written out rather than through hash/fnv so that
// hashing a term allocates nothing; the hash must be stable across
// processes (it keys persisted frequencies and states), which rules out
// hash/maphash.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// pack returns v as a packed vector keyed by fnv64 of its keys.
func pack(v vec) packed {
	out := make(packed, 0, len(v))
	for k, w := range v {
		out = append(out, entry{fnv64(k), w})
	}
	return out.sorted()
}

// sorted sorts p by id in place and returns it, duplicates folded.
func (p packed) sorted() packed {
	slices.SortFunc(p, func(a, b entry) int { return cmp.Compare(a.id, b.id) })
	// Two terms of one article hashing alike is rare (64 bits), but a
	// merge join needs unique ids, so fold them together.
	for i := 1; i < len(p); i++ {
		if p[i].id == p[i-1].id {
			p[i-1].w += p[i].w
			copy(p[i:], p[i+1:])
			p = p[:len(p)-1]
			i--
		}
	}
	return p
}

// unit scales p to unit length in place.
func (p packed) unit() packed {
	var n float64
	for _, e := range p {
		n += e.w * e.w
	}
	if n == 0 {
		return p
	}
	n = math.Sqrt(n)
	for i := range p {
		p[i].w /= n
	}
	return p
}

// scale multiplies every weight by x, in place.
func (p packed) scale(x float64) packed {
	for i := range p {
		p[i].w *= x
	}
	return p
}

// dot is the dot product of a and b. It and dotWithout are the innermost
// loops of grouping (every candidate story, every article), so each keeps
// its own merge join rather than sharing one through a callback.
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

// plus returns a+b as a new vector.
func (a packed) plus(b packed) packed {
	out := make(packed, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			out = append(out, a[i])
			i++
		case a[i].id > b[j].id:
			out = append(out, b[j])
			j++
		default:
			out = append(out, entry{a[i].id, a[i].w + b[j].w})
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// byWeight orders entries heaviest first, ties by id so results do not
// depend on the input order.
func byWeight(a, b entry) int {
	if c := cmp.Compare(b.w, a.w); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// prune keeps the k heaviest entries of p, so that a story's centroid stays
// bounded however many articles join it. It prunes only when p has grown
// past 2k, so the sort is amortised.
func (p packed) prune(k int) packed {
	if k <= 0 || len(p) <= 2*k {
		return p
	}
	return p.top(k)
}

// top returns the k heaviest entries of p in id order, as a new slice.
func (p packed) top(k int) packed {
	if len(p) <= k {
		return slices.Clone(p)
	}
	all := slices.Clone(p)
	slices.SortFunc(all, byWeight)
	return slices.Clip(all[:k]).sorted()
}

// heaviest appends to dst the k heaviest entries of p, heaviest first.
func (p packed) heaviest(dst packed, k int) packed {
	start := len(dst)
	dst = append(dst, p...)
	slices.SortFunc(dst[start:], byWeight)
	if len(dst)-start > k {
		dst = dst[:start+k]
	}
	return dst
}

// dotWithout is a·(b−a) over the entries b holds: the dot product of an
// article with its story's centroid with the article taken out. An entry
// pruned from b counts as absent rather than as −a, and what pruning took
// off an entry of b is clamped at zero.
func (a packed) dotWithout(b packed) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * max(b[j].w-a[i].w, 0)
			i++
			j++
		}
	}
	return s
}

// minus returns a−b as a new vector over the entries a holds, dropping
// those that reach zero (b is a member vector once added into a).
func (a packed) minus(b packed) packed {
	const eps = 1e-12
	out := make(packed, 0, len(a))
	j := 0
	for _, e := range a {
		for j < len(b) && b[j].id < e.id {
			j++
		}
		if j < len(b) && b[j].id == e.id {
			e.w -= b[j].w
			if e.w <= eps {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}
