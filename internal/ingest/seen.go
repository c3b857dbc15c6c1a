package ingest

import (
	"context"
	"hash/fnv"
)

// seenFilter is a Bloom filter over the ids and URLs already stored, so
// that the common case — an article never seen — skips the store lookup
// that would otherwise sit in the single-threaded path of every article.
// A "maybe" still asks the store, and the store's own uniqueness keeps
// correctness whatever the filter says. Hand-written: it is a few lines,
// and the Go Bloom-filter libraries add little for one fixed use.
type seenFilter struct {
	bits  []uint64
	n     int // keys added
	limit int // keys the filter was sized for
}

// bitsPerKey and hashes give about 1% false positives.
const (
	bitsPerKey = 10
	hashes     = 7
)

func newSeenFilter(capacity int) *seenFilter {
	capacity = max(capacity, 1<<16)
	return &seenFilter{bits: make([]uint64, capacity*bitsPerKey/64+1), limit: capacity}
}

// positions derives the k bit positions of key by double hashing.
func (f *seenFilter) positions(key string, fn func(uint64)) {
	h := fnv.New64a()
	h.Write([]byte(key))
	a := h.Sum64()
	b := a>>33 | 1
	m := uint64(len(f.bits) * 64)
	for i := range uint64(hashes) {
		fn((a + i*b) % m)
	}
}

func (f *seenFilter) add(key string) {
	if key == "" {
		return
	}
	f.n++
	f.positions(key, func(p uint64) { f.bits[p/64] |= 1 << (p % 64) })
}

func (f *seenFilter) mayHave(key string) bool {
	if key == "" {
		return false
	}
	all := true
	f.positions(key, func(p uint64) {
		if f.bits[p/64]&(1<<(p%64)) == 0 {
			all = false
		}
	})
	return all
}

// full reports whether the filter holds more keys than it was sized for,
// when its false-positive rate starts to climb.
func (f *seenFilter) full() bool { return f.n > f.limit }

// loadSeen builds a filter from every article in the store, sized for
// twice what is there so that it lasts while the store grows.
func loadSeen(ctx context.Context, keys func(context.Context, func(id, url string) error) error, stored int) (*seenFilter, error) {
	f := newSeenFilter(2 * 2 * stored) // an id and a URL per article
	err := keys(ctx, func(id, url string) error {
		f.add(id)
		f.add("url:" + url)
		return nil
	})
	return f, err
}
