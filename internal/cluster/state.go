package cluster

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"time"
)

// stateVersion opens every State encoding, so that a later format can be
// told apart. Version 2 added the cross-lingual centroid; version 1
// encodings still restore, as legacy stories (see story.legacy).
const (
	stateVersion   = 2
	stateVersionV1 = 1
)

// State returns the grouping state of a live story (after following
// merges), encoded compactly for a store to keep, and the time of its
// newest article (zero if no member was dated). The encoding holds the
// member count, dates, languages and the centroids cut to their MaxTerms
// heaviest entries per language with float32 weights; not the member IDs, so it stays a
// few KB however large the story grows.
func (c *Online) State(id string) ([]byte, time.Time, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.byID[c.resolve(id)]
	if !ok {
		return nil, time.Time{}, fmt.Errorf("state of story %q: no such open story", id)
	}
	return c.encodeStory(s), s.last, nil
}

func (c *Online) encodeStory(s *story) []byte {
	k := c.keep(s)
	terms, anchors, cross := s.terms.top(k), s.anchors.top(k), s.cross.top(k)
	out := make([]byte, 0, 32+12*(len(terms)+len(anchors)+len(cross)))
	out = append(out, stateVersion)
	out = binary.AppendUvarint(out, uint64(s.count))
	out = appendTime(out, s.first)
	out = appendTime(out, s.last)
	out = binary.AppendUvarint(out, uint64(len(s.langs)))
	for _, x := range s.langs.sorted() {
		out = binary.AppendUvarint(out, uint64(len(x.lang)))
		out = append(out, x.lang...)
		out = binary.AppendUvarint(out, uint64(x.n))
	}
	for _, p := range []packed{terms, anchors, cross} {
		out = binary.AppendUvarint(out, uint64(len(p)))
		for _, e := range p {
			out = binary.LittleEndian.AppendUint64(out, e.id)
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(e.w)))
		}
	}
	return out
}

func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

// Restore adds a story from a State encoding, as when ingestion resumes
// from a store. The story takes part in Add and Merge like any other; it
// lists no articles, as the encoding has none.
func (c *Online) Restore(id string, state []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, err := c.decodeStory(id, state)
	if err != nil {
		return err
	}
	if _, ok := c.byID[id]; ok {
		return fmt.Errorf("restore story %q: already open", id)
	}
	c.seq++
	s.seq = c.seq
	s.seen = s.last
	if s.seen.IsZero() {
		s.seen = c.clock
	}
	c.enlist(s)
	c.idx.add(s, c.queryKeys(s.terms, s.anchors, c.opt.IndexTerms, c.opt.IndexAnchors), c.opt.PostingCap)
	return nil
}

func (c *Online) decodeStory(id string, b []byte) (*story, error) {
	if len(b) == 0 || b[0] != stateVersion && b[0] != stateVersionV1 {
		return nil, fmt.Errorf("restore story %q: not a state encoding (%d bytes)", id, len(b))
	}
	r := reader{b: b[1:]}
	s := &story{id: id, legacy: b[0] == stateVersionV1}
	count := r.uvarint()
	s.first, s.last = r.time(), r.time()
	nl := r.uvarint()
	for i := uint64(0); i < nl && r.err == nil; i++ {
		l := string(r.bytes(r.uvarint()))
		s.langs.add(c.intern(l), int(min(r.uvarint(), math.MaxInt32)))
	}
	var vs [3]packed
	nv := len(vs)
	if s.legacy {
		nv = 2
	}
	for i := range vs[:nv] {
		n := r.uvarint()
		if n > uint64(len(r.b)/12) {
			return nil, fmt.Errorf("restore story %q: %d entries in %d bytes", id, n, len(r.b))
		}
		p := make(packed, n)
		for j := range p {
			raw := r.bytes(12)
			if raw == nil {
				break
			}
			p[j] = entry{binary.LittleEndian.Uint64(raw), float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[8:])))}
		}
		vs[i] = p.sorted()
	}
	if r.err != nil {
		return nil, fmt.Errorf("restore story %q: %w", id, r.err)
	}
	if count == 0 || count > math.MaxInt32 {
		return nil, fmt.Errorf("restore story %q: member count %d out of range", id, count)
	}
	s.count = int(count)
	s.terms, s.anchors, s.cross = vs[0], vs[1], vs[2]
	return s, nil
}

func (r *reader) time() time.Time {
	flag := r.bytes(1)
	if flag == nil || flag[0] == 0 {
		return time.Time{}
	}
	sec := r.varint()
	nsec := r.uvarint()
	if nsec >= 1e9 {
		r.err = fmt.Errorf("nanoseconds %d out of range", nsec)
		return time.Time{}
	}
	return time.Unix(sec, int64(nsec)).UTC()
}

// Close retires the stories whose newest article was published before
// before, removing them, their articles and the merges into them from
// memory so that memory stays flat on an endless stream; a closed story
// attracts no more articles. A story with no dated article counts by the
// newest publication time the clusterer had seen when it last gained an
// article (for a restored one, when it was restored), so undated stories
// age with the stream; in a stream with no dates at all nothing closes.
func (c *Online) Close(before time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, t := range c.stamps {
		if t.IsZero() || !t.Before(before) {
			continue
		}
		c.closeLocked(c.stories[i])
	}
	c.compact(true)
	c.idx.sweep(c.live())
}

// CloseIdle keeps at most max stories open, closing those that gained an
// article least recently (by arrival, not by publication date). Unlike
// Close it does not depend on the stream arriving in date order, as an
// archive being ingested does not; it closes down to nine tenths of max so
// that the sort it needs runs rarely.
func (c *Online) CloseIdle(max int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if max <= 0 || c.live() <= max {
		return
	}
	open := make([]*story, 0, c.live())
	for _, s := range c.stories {
		if !s.dead {
			open = append(open, s)
		}
	}
	slices.SortFunc(open, func(a, b *story) int { return cmp.Compare(a.used, b.used) })
	for _, s := range open[:len(open)-max*9/10] {
		c.closeLocked(s)
	}
	c.compact(true)
	c.idx.sweep(c.live())
}

// closeLocked retires one story and forgets its articles.
func (c *Online) closeLocked(s *story) {
	for _, a := range s.articles {
		delete(c.byArticle, a)
	}
	for _, m := range s.merged {
		delete(c.mergedInto, m)
	}
	s.closed = true
	c.kill(s)
	s.terms, s.anchors, s.cross, s.articles, s.merged, s.langs = nil, nil, nil, nil, nil, nil
}
