package textproc

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// The encoding of Templates, so that ingestion keeps what it learned of its
// outlets across restarts instead of letting every outlet's tagline through
// again until three more articles show it. It is hand-rolled rather than
// gob or JSON because it holds tens of thousands of (hash, count) pairs
// and is saved every few batches: varints keep it a few bytes per line.
//
//	version byte (templatesVersion)
//	uvarint outlets
//	per outlet: uvarint len(key), key, uvarint articles, uvarint lines,
//	            per line: 8-byte little-endian hash, uvarint count
const templatesVersion = 1

const (
	// maxSavedLines bounds the lines saved per outlet: the most repeated
	// ones, which include every template line (a template is in at least
	// half of the outlet's articles). Lines seen once are never saved.
	maxSavedLines = 64
	// maxSavedOutlets bounds the outlets saved: those with most articles.
	// With maxSavedLines it caps the encoding at about 8 MB; a typical
	// store with a few hundred outlets needs tens of kilobytes.
	maxSavedOutlets = 10000
)

// MarshalBinary encodes what t has learned, bounded in size (see
// maxSavedLines and maxSavedOutlets); UnmarshalBinary restores it.
func (t *Templates) MarshalBinary() ([]byte, error) {
	type savedOutlet struct {
		key      string
		articles int
		lines    []lineCount
	}
	t.mu.Lock()
	outlets := make([]savedOutlet, 0, len(t.outlets))
	for key, o := range t.outlets {
		var lines []lineCount
		for h, c := range o.counts {
			if c > 1 {
				lines = append(lines, lineCount{h, c})
			}
		}
		slices.SortFunc(lines, func(a, b lineCount) int {
			return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.hash, b.hash))
		})
		outlets = append(outlets, savedOutlet{key: key, articles: o.articles, lines: lines[:min(len(lines), maxSavedLines)]})
	}
	t.mu.Unlock()
	slices.SortFunc(outlets, func(a, b savedOutlet) int {
		return cmp.Or(cmp.Compare(b.articles, a.articles), cmp.Compare(a.key, b.key))
	})
	outlets = outlets[:min(len(outlets), maxSavedOutlets)]
	// Sorted by key so that equal state encodes to equal bytes.
	slices.SortFunc(outlets, func(a, b savedOutlet) int { return cmp.Compare(a.key, b.key) })
	buf := []byte{templatesVersion}
	buf = binary.AppendUvarint(buf, uint64(len(outlets)))
	for _, s := range outlets {
		buf = binary.AppendUvarint(buf, uint64(len(s.key)))
		buf = append(buf, s.key...)
		buf = binary.AppendUvarint(buf, uint64(s.articles))
		buf = binary.AppendUvarint(buf, uint64(len(s.lines)))
		for _, l := range s.lines {
			buf = binary.LittleEndian.AppendUint64(buf, l.hash)
			buf = binary.AppendUvarint(buf, uint64(l.count))
		}
	}
	return buf, nil
}

type lineCount struct {
	hash  uint64
	count int
}

// errTemplates is wrapped by every decoding error.
var errTemplates = errors.New("bad outlet templates encoding")

// UnmarshalBinary replaces what t has learned with the state data encodes
// (from MarshalBinary). On error t is left unchanged.
func (t *Templates) UnmarshalBinary(data []byte) error {
	d := decoder{data: data}
	if v := d.byte(); v != templatesVersion {
		return fmt.Errorf("%w: version %d, want %d", errTemplates, v, templatesVersion)
	}
	n := d.uvarint()
	// Every outlet takes at least 3 bytes: a bound on n before allocating.
	if n > uint64(len(data)) {
		return fmt.Errorf("%w: %d outlets in %d bytes", errTemplates, n, len(data))
	}
	outlets := make(map[string]*outletLines, n)
	for range n {
		key := string(d.bytes(d.uvarint()))
		o := &outletLines{articles: int(d.uvarint())}
		lines := d.uvarint()
		if lines > uint64(len(data)) {
			d.fail(fmt.Errorf("%d lines in %d bytes", lines, len(data)))
		}
		if d.err != nil {
			break
		}
		o.counts = make(map[uint64]int, lines)
		for range lines {
			h := d.uint64()
			o.counts[h] = int(d.uvarint())
		}
		outlets[key] = o
	}
	if d.err == nil && d.pos != len(data) {
		d.err = fmt.Errorf("%d bytes left over", len(data)-d.pos)
	}
	if d.err != nil {
		return fmt.Errorf("%w: %w", errTemplates, d.err)
	}
	t.mu.Lock()
	t.outlets = outlets
	t.mu.Unlock()
	return nil
}

// decoder reads the encoding, remembering the first error so that the
// loops above need not check after every field.
type decoder struct {
	data []byte
	pos  int
	err  error
}

var errShort = errors.New("truncated")

func (d *decoder) byte() byte {
	if d.err != nil || d.pos >= len(d.data) {
		d.fail(errShort)
		return 0
	}
	d.pos++
	return d.data[d.pos-1]
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.pos += n
	return v
}

func (d *decoder) uint64() uint64 {
	if b := d.bytes(8); len(b) == 8 {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil || n > uint64(len(d.data)-d.pos) {
		d.fail(errShort)
		return nil
	}
	b := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return b
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}
