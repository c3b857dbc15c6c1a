package cluster

import (
	"math"

	"github.com/crosscheck-news/crosscheck/internal/translit"
)

// Cross-lingual links rest on what translations keep: numbers, and names,
// compared by their consonant keys (package translit), which survive
// transliteration across scripts.

// minSkeleton is the least consonants a key needs: shorter ones (bs, ml)
// are shared by too many unrelated words to link anything.
const minSkeleton = 3

// addSkeleton counts the consonant key of the folded word w in v,
// prefixed so that it never meets a number or a term.
func addSkeleton(v vec, w string) {
	var buf [32]byte
	if k := translit.AppendKey(append(buf[:0], '~'), w); len(k) > minSkeleton {
		v[string(k)]++
	}
}

// crossNumbers is the share of the cross-lingual link carried by numbers,
// the rest by name skeletons. Measured on MultiLing 2011 (ten topics in
// seven languages), between one topic's articles in two languages against
// two topics': numbers alone separate them at pair F1 0.95, skeletons
// alone 0.74, 0.3 and 0.7 together 0.98, better than one vector of both
// (0.96), where articles with many names drown their numbers.
const crossNumbers = 0.3

// crossVector joins IDF-weighted numbers and skeletons into one vector
// whose two parts have length √share each, so that the dot product of two
// is the blend crossNumbers·cos(numbers) + (1-crossNumbers)·cos(skeletons)
// in one pass over sorted entries. An empty part stays empty, so an
// article without numbers links by names alone, at most √(1-crossNumbers).
func crossVector(numbers, skeletons packed) packed {
	return numbers.unit().scale(math.Sqrt(crossNumbers)).plus(skeletons.unit().scale(math.Sqrt(1 - crossNumbers)))
}

// legacyCrossLingual scales the anchor link that stands in for the
// cross-lingual one when a story was restored from a version 1 State,
// which kept no cross-lingual centroid: the factor those states were
// grouped with.
const legacyCrossLingual = 0.8

// crossLink is the cross-lingual link between an article or story and a
// story, given the average links of their anchors (ac) and of their cross
// vectors (xc): the cross one scaled by CrossLingual, or the anchor one
// when a story has no cross centroid (legacy: restored from a version 1
// State).
func (c *Online) crossLink(ac, xc float64, legacy bool) float64 {
	if legacy {
		return legacyCrossLingual * ac
	}
	return c.opt.CrossLingual * xc
}
