package cluster

import (
	"math"
	"unicode"
)

// Cross-lingual links rest on what translations keep: numbers and names.
// Names change spelling across scripts and transliteration habits
// (Guantánamo, Γκουαντάναμο, غوانتانامو, גואנטנמו, ग्वांतानामो), and once
// transliterated to ASCII they differ mostly in vowels, in letters that
// Arabic, Hebrew and Hindi use for vowels (w, v, y, h), and in a few
// digraphs. A consonant skeleton of the ASCII form (gntnm for all five)
// makes them meet. No transliteration library does this: they aim at a
// readable spelling, not at a key that variants share, so it is written
// here.

// skeletonPairs are digraphs of common romanisations, tried in this order
// at each letter and merged into one letter before vowels are dropped:
// Greek "gk" and "ts", and the h-digraphs.
var skeletonPairs = [...]struct {
	pair string
	to   byte
}{
	{"gk", 'g'}, {"ph", 'f'}, {"th", 't'}, {"kh", 'k'}, {"gh", 'g'}, {"sh", 's'},
	{"ch", 'k'}, {"ck", 'k'}, {"tz", 's'}, {"ts", 's'},
}

// skeleton returns the consonant key of one word: ASCII-folded, digraphs
// merged, vowels and the vowel-like w, v, y, h dropped, c/q/k, z/s and
// p/b made one (Arabic has no p), doubled letters once.
func skeleton(w string) string {
	var buf [32]byte
	return string(appendSkeleton(buf[:0], fold(w)))
}

// appendSkeleton appends the skeleton of an already folded word to dst.
// It runs for every name word of every article, so it works on bytes
// without allocating.
func appendSkeleton(dst []byte, w string) []byte {
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i+1 < len(w) {
			for _, d := range skeletonPairs {
				if c == d.pair[0] && w[i+1] == d.pair[1] {
					c = d.to
					i++
					break
				}
			}
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v', 'h':
			continue
		case 'c', 'q':
			c = 'k'
		case 'z':
			c = 's'
		case 'p':
			c = 'b'
		}
		if c == last || c < 'a' || c > 'z' {
			continue
		}
		dst = append(dst, c)
		last = c
	}
	return dst
}

// minSkeleton is the least consonants a key needs: shorter ones (bs, ml)
// are shared by too many unrelated words to link anything.
const minSkeleton = 3

// addSkeleton counts the skeleton of the folded word w in v, prefixed so
// that it never meets a number or a term.
func addSkeleton(v vec, w string) {
	var buf [32]byte
	if k := appendSkeleton(append(buf[:0], '~'), w); len(k) > minSkeleton {
		v[string(k)]++
	}
}

// uncased reports whether a word is written in a script without capitals
// (Arabic, Hebrew, Devanagari, …), where names look like other words.
func uncased(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return !unicode.IsUpper(r) && !unicode.IsLower(r)
		}
	}
	return false
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

// crossLink is the summed cross-lingual link between an article or story
// and a story, given the dot products of their anchors and of their cross
// vectors: the cross one scaled by CrossLingual, or the anchor one when a
// story has no cross centroid (legacy: restored from a version 1 State).
// Callers divide by the pairs of articles.
func (c *Online) crossLink(anchorDot, crossDot float64, legacy bool) float64 {
	if legacy {
		return legacyCrossLingual * anchorDot
	}
	return c.opt.CrossLingual * crossDot
}
