// Package dedup finds near-duplicate (syndicated) copies of articles, one
// article at a time, so the pipeline can show a wire story once with the
// outlets that ran it instead of as many independent reports.
//
// It keeps a MinHash signature of each article's word shingles and a banded
// LSH index over the signatures (Broder 1997; Leskovec, Rajaraman & Ullman,
// "Mining of Massive Datasets", ch. 3). It is written here rather than taken
// from a library because no maintained Go MinHash-LSH package offers an
// incremental index with compact per-document state: here an article costs
// its signature (Hashes uint32 values) plus one bucket entry per band, and
// shingle sets are never stored.
package dedup

import (
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"sync"
)

// Options configures an Index. Zero fields take the defaults.
type Options struct {
	// Shingle is the number of words per shingle (default 5).
	Shingle int
	// Hashes is the signature length (default 128).
	Hashes int
	// Bands is the number of LSH bands; Hashes must be a multiple of it
	// (default Hashes/4, which makes pairs with Jaccard 0.8 candidates with
	// probability above 0.999 and pairs with Jaccard 0.3 about 23% of the time).
	Bands int
	// Threshold is the estimated Jaccard similarity at or above which two
	// articles are duplicates (default 0.8).
	Threshold float64
}

func (o Options) withDefaults() Options {
	if o.Shingle <= 0 {
		o.Shingle = 5
	}
	if o.Hashes <= 0 {
		o.Hashes = 128
	}
	if o.Bands <= 0 || o.Bands > o.Hashes || o.Hashes%o.Bands != 0 {
		o.Bands = largestDivisorAtMost(o.Hashes, max(1, o.Hashes/4))
	}
	if o.Threshold <= 0 || o.Threshold > 1 {
		o.Threshold = 0.8
	}
	return o
}

func largestDivisorAtMost(n, k int) int {
	for d := k; d > 1; d-- {
		if n%d == 0 {
			return d
		}
	}
	return 1
}

// Match is an earlier article found to be a near-duplicate.
type Match struct {
	ID         string
	Similarity float64 // estimated Jaccard similarity of the shingle sets
}

// Index is an incremental MinHash-LSH index. It is safe for concurrent use.
type Index struct {
	opt   Options
	seeds []uint64

	mu      sync.Mutex
	ids     []string
	sigs    [][]uint32
	buckets []map[uint64][]int32 // per band: band hash -> document numbers
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	opt = opt.withDefaults()
	seeds := make([]uint64, opt.Hashes)
	// Fixed seeds so that signatures are stable across runs and can be
	// persisted and re-added with AddSignature.
	s := uint64(0x9e3779b97f4a7c15)
	for i := range seeds {
		s = splitmix(s)
		seeds[i] = s
	}
	b := make([]map[uint64][]int32, opt.Bands)
	for i := range b {
		b[i] = map[uint64][]int32{}
	}
	return &Index{opt: opt, seeds: seeds, buckets: b}
}

// Options returns the options in effect, defaults filled in.
func (ix *Index) Options() Options { return ix.opt }

// Len returns the number of indexed documents.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.ids)
}

// Signature returns the MinHash signature of words (folded tokens, stop
// words included: syndicated copies share exact wording). It returns nil when
// words is empty. Texts shorter than one shingle are one shingle.
func (ix *Index) Signature(words []string) []uint32 {
	if len(words) == 0 {
		return nil
	}
	k := min(ix.opt.Shingle, len(words))
	sig := make([]uint32, ix.opt.Hashes)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	h := fnv.New64a()
	for i := 0; i+k <= len(words); i++ {
		h.Reset()
		for j, w := range words[i : i+k] {
			if j > 0 {
				h.Write([]byte{0})
			}
			h.Write([]byte(w))
		}
		x := h.Sum64()
		for j, seed := range ix.seeds {
			if v := uint32(splitmix(x^seed) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// Add indexes words under id and returns the earlier documents whose
// estimated Jaccard similarity is at least the threshold, best first.
func (ix *Index) Add(id string, words []string) []Match {
	return ix.AddSignature(id, ix.Signature(words))
}

// AddSignature is Add for a signature computed earlier by Signature, so a
// store can rebuild the index without the texts. A signature of the wrong
// length (or nil, for an empty text) is recorded as matching nothing.
func (ix *Index) AddSignature(id string, sig []uint32) []Match {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if len(sig) != ix.opt.Hashes {
		sig = nil
	}
	matches := ix.similarLocked(sig, ix.opt.Threshold)
	n := int32(len(ix.ids))
	ix.ids = append(ix.ids, id)
	ix.sigs = append(ix.sigs, sig)
	if sig != nil {
		for b, key := range ix.bandKeys(sig) {
			ix.buckets[b][key] = append(ix.buckets[b][key], n)
		}
	}
	return matches
}

// Similar returns the indexed documents whose estimated Jaccard similarity
// with words is at least threshold, best first, without adding words.
// Documents that share no LSH band are not found, so thresholds far below
// the index's own lose recall.
func (ix *Index) Similar(words []string, threshold float64) []Match {
	sig := ix.Signature(words)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.similarLocked(sig, threshold)
}

func (ix *Index) similarLocked(sig []uint32, threshold float64) []Match {
	if sig == nil {
		return nil
	}
	seen := map[int32]bool{}
	var out []Match
	for b, key := range ix.bandKeys(sig) {
		for _, n := range ix.buckets[b][key] {
			if seen[n] {
				continue
			}
			seen[n] = true
			if s := Estimate(sig, ix.sigs[n]); s >= threshold {
				out = append(out, Match{ID: ix.ids[n], Similarity: s})
			}
		}
	}
	slices.SortFunc(out, func(a, b Match) int {
		if a.Similarity != b.Similarity {
			if a.Similarity > b.Similarity {
				return -1
			}
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

func (ix *Index) bandKeys(sig []uint32) []uint64 {
	rows := len(sig) / ix.opt.Bands
	keys := make([]uint64, ix.opt.Bands)
	for b := range keys {
		h := uint64(b + 1)
		for _, v := range sig[b*rows : (b+1)*rows] {
			h = splitmix(h ^ uint64(v))
		}
		keys[b] = h
	}
	return keys
}

// Estimate returns the share of equal positions of two signatures, an
// unbiased estimate of the Jaccard similarity of the underlying sets.
// Signatures of different lengths, or empty ones, estimate 0.
func Estimate(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// splitmix is the SplitMix64 finaliser: a cheap, well-mixed 64-bit hash,
// used to derive the Hashes independent hash functions from one FNV hash.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
