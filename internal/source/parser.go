package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// sniffLen is how much of an input is looked at to tell its format.
const sniffLen = 64 << 10

// parser reads one input. It collects per-record errors so that one bad
// record does not hide the good ones.
type parser struct {
	ctx     context.Context
	name    string
	emit    func(*news.Article)
	limit   int64
	size    int64 // bytes on disk, -1 when unknown
	gzipped bool
	errs    []error
	dropped int
}

// fail records a problem; line or record may be 0.
func (p *parser) fail(line, record int, err error) {
	if len(p.errs) >= maxErrors {
		p.dropped++
		return
	}
	p.errs = append(p.errs, &Error{Input: p.name, Line: line, Record: record, Err: err})
}

// tooMany reports whether reading should stop because the error cap was hit.
func (p *parser) tooMany() bool { return len(p.errs) >= maxErrors }

func (p *parser) result() error {
	if p.dropped > 0 {
		p.errs = append(p.errs, &Error{Input: p.name, Err: fmt.Errorf("%d more errors not shown", p.dropped)})
	}
	switch len(p.errs) {
	case 0:
		return nil
	case 1:
		return p.errs[0]
	}
	return errors.Join(p.errs...)
}

// out sanitises and emits one article.
func (p *parser) out(a *news.Article) {
	a.Title = clean(a.Title)
	a.Outlet = clean(a.Outlet)
	a.URL = strings.TrimSpace(strings.ToValidUTF8(a.URL, ""))
	a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
	a.Language = strings.ToValidUTF8(a.Language, "")
	p.emit(a)
}

// clean makes a one-line field: valid UTF-8, whitespace collapsed.
func clean(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

func (p *parser) run(r io.Reader) error {
	if err := p.ctx.Err(); err != nil {
		p.fail(0, 0, err)
		return p.result()
	}
	br := bufio.NewReaderSize(r, sniffLen)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			p.fail(0, 0, gzipErr(err))
			return p.result()
		}
		p.gzipped = true
		br = bufio.NewReaderSize(gzipReader{zr}, sniffLen)
	}
	// A read error here (a truncated gzip) still leaves the bytes before
	// it to sniff; the error comes back when the parser reaches it, after
	// the records before it were emitted.
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && len(head) == 0 {
		p.fail(0, 0, err)
		return p.result()
	}
	if bom := utf16BOM(head); bom {
		// UTF-16 is rare but legal for text and HTML; decode it once here
		// so that sniffing and parsing only ever see UTF-8.
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), sniffLen)
		if head, err = br.Peek(sniffLen); err != nil && !errors.Is(err, io.EOF) && len(head) == 0 {
			p.fail(0, 0, err)
			return p.result()
		}
	}
	if bytes.HasPrefix(head, utf8BOM) {
		_, _ = br.Discard(len(utf8BOM))
		head = head[len(utf8BOM):]
	}
	full := err != nil
	if full && len(bytes.TrimSpace(head)) == 0 {
		p.fail(0, 0, errors.New("empty file"))
		return p.result()
	}
	switch sniff(head, p.name) {
	case formatWARC:
		p.readWARC(br)
	case formatJSONL:
		p.readJSONL(br)
	case formatJSON:
		p.readJSONStream(br)
	case formatBinary:
		p.fail(0, 0, errors.New("not a text, HTML, JSON Lines, feed or WARC file (looks binary)"))
	case formatFeed:
		if data, ok := p.readAll(br); ok {
			p.readFeed(data)
		}
	case formatHTML:
		if data, ok := p.readAll(br); ok {
			p.readHTML(data)
		}
	default:
		if data, ok := p.readAll(br); ok {
			p.readText(data)
		}
	}
	return p.result()
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func utf16BOM(b []byte) bool {
	return len(b) >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
}

// readAll reads a whole-file format, enforcing the size limit.
func (p *parser) readAll(r io.Reader) ([]byte, bool) {
	if !p.gzipped && p.size > p.limit {
		p.fail(0, 0, fmt.Errorf("file too large (%s > %s limit)", human(p.size), human(p.limit)))
		return nil, false
	}
	data, err := io.ReadAll(io.LimitReader(r, p.limit+1))
	if err != nil {
		p.fail(0, 0, err)
		return nil, false
	}
	if int64(len(data)) > p.limit {
		what := "file too large"
		if p.gzipped {
			what = "file too large once decompressed"
		}
		p.fail(0, 0, fmt.Errorf("%s (over the %s limit)", what, human(p.limit)))
		return nil, false
	}
	return data, true
}

// human formats a byte count the way the size-limit errors show it.
func human(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", (n+1<<19)>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+1<<9)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// gzipReader turns the gzip package's errors into messages that say what
// happened to the file.
type gzipReader struct{ r *gzip.Reader }

func (g gzipReader) Read(b []byte) (int, error) {
	n, err := g.r.Read(b)
	if err != nil && err != io.EOF {
		err = gzipErr(err)
	}
	return n, err
}

// errTruncatedGzip is reported for a gzip stream that ends early.
var errTruncatedGzip = errors.New("truncated gzip data")

func gzipErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errTruncatedGzip
	}
	return fmt.Errorf("gzip: %w", err)
}
