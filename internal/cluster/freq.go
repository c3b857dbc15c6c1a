package cluster

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// dfBuckets is the size of each document-frequency table. Counts are kept
// per hash bucket rather than per term, so memory (4 MiB a table) and the
// persisted blob stay bounded however large the vocabulary grows; two
// terms sharing a bucket only lowers the rarer one's IDF a little.
const dfBuckets = 1 << 20

// dfTable counts documents per hashed term.
type dfTable []uint32

func newDFTable() dfTable { return make(dfTable, dfBuckets) }

func (t dfTable) inc(h uint64) {
	if b := &t[h&(dfBuckets-1)]; *b < math.MaxUint32 {
		*b++
	}
}

func (t dfTable) get(h uint64) int { return int(t[h&(dfBuckets-1)]) }

const freqMagic = "CXDF2"

// Frequencies returns the document-frequency statistics (articles seen,
// term and anchor document frequencies) as one blob for a store to keep.
// Only non-empty buckets are written, delta-coded, so the blob is small
// early on and at most a few MB.
func (c *Online) Frequencies() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.encodeFrequencies(), nil
}

func (c *Online) encodeFrequencies() []byte {
	out := make([]byte, 0, c.freqSize+64)
	out = binary.AppendUvarint(append(out, freqMagic...), uint64(c.n))
	for _, t := range []dfTable{c.df, c.adf} {
		// The bucket count goes in a fixed-width slot filled in after the
		// one pass over the table.
		at := len(out)
		out = append(out, 0, 0, 0, 0)
		nz, last := 0, -1
		for i, x := range t {
			if x != 0 {
				out = binary.AppendUvarint(out, uint64(i-last))
				out = binary.AppendUvarint(out, uint64(x))
				last = i
				nz++
			}
		}
		binary.LittleEndian.PutUint32(out[at:], uint32(nz))
	}
	c.freqSize = len(out)
	return out
}

// RestoreFrequencies replaces the document-frequency statistics with a blob
// from Frequencies. On error the statistics are left as they were.
func (c *Online) RestoreFrequencies(data []byte) error {
	n, df, adf, err := decodeFrequencies(data)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n, c.df, c.adf = n, df, adf
	return nil
}

var errTruncated = errors.New("truncated")

func decodeFrequencies(data []byte) (int, dfTable, dfTable, error) {
	if len(data) < len(freqMagic) || string(data[:len(freqMagic)]) != freqMagic {
		return 0, nil, nil, fmt.Errorf("decode frequencies: not a frequencies blob (%d bytes)", len(data))
	}
	r := reader{b: data[len(freqMagic):]}
	n := r.uvarint()
	tables := [2]dfTable{newDFTable(), newDFTable()}
	for _, t := range tables {
		raw := r.bytes(4)
		if raw == nil {
			break
		}
		nz := binary.LittleEndian.Uint32(raw)
		if nz > dfBuckets {
			return 0, nil, nil, fmt.Errorf("decode frequencies: %d buckets, want at most %d", nz, dfBuckets)
		}
		i := -1
		for range nz {
			d, x := r.uvarint(), r.uvarint()
			if r.err != nil {
				break
			}
			if d == 0 || d > dfBuckets || i+int(d) >= dfBuckets || x > math.MaxUint32 {
				return 0, nil, nil, fmt.Errorf("decode frequencies: bad bucket %d+%d", i, d)
			}
			i += int(d)
			t[i] = uint32(x)
		}
	}
	if r.err != nil {
		return 0, nil, nil, fmt.Errorf("decode frequencies: %w", r.err)
	}
	if n > math.MaxInt32 {
		return 0, nil, nil, fmt.Errorf("decode frequencies: article count %d out of range", n)
	}
	return int(n), tables[0], tables[1], nil
}

// reader decodes the binary encodings, remembering the first error so
// callers check once at the end.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	x, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.err = errTruncated
		return 0
	}
	r.b = r.b[k:]
	return x
}

func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	x, k := binary.Varint(r.b)
	if k <= 0 {
		r.err = errTruncated
		return 0
	}
	r.b = r.b[k:]
	return x
}

func (r *reader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = errTruncated
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}
