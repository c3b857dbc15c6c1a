package source

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/news"
	warc "github.com/internetarchive/gowarc"
)

// readWARC reads HTML responses out of a WARC file with
// internetarchive/gowarc (already a dependency): its Reader streams one
// record at a time and spools large payloads to a temporary file, so
// archives of any size are read in bounded memory. The stream given to it
// is already decompressed by run, which also makes truncated .warc.gz
// files fail the same way as truncated plain ones.
//
// A malformed record ends the file, because WARC has no resynchronisation
// marker; the records before it have been emitted.
func (p *parser) readWARC(r io.Reader) {
	wr, err := warc.NewReader(r)
	if err != nil {
		p.fail(0, 0, fmt.Errorf("open warc: %w", err))
		return
	}
	defer wr.Close()
	for n := 1; ; n++ {
		if err := p.ctx.Err(); err != nil {
			p.fail(0, 0, err)
			return
		}
		rec, err := wr.ReadRecord()
		// gowarc wraps io.EOF for truncated records; only a bare one is a
		// clean end.
		if err == io.EOF {
			return
		}
		if err != nil {
			p.fail(0, n, fmt.Errorf("malformed or truncated WARC record: %w", warcErr(err)))
			return
		}
		a, err := p.warcRecord(rec)
		_ = rec.Content.Close()
		if err != nil {
			p.fail(0, n, err)
			if p.tooMany() {
				return
			}
			continue
		}
		if a == nil {
			continue
		}
		if id := strings.Trim(rec.Header.Get("WARC-Record-ID"), "<> "); id != "" {
			a.Source = p.name + "#" + id
		} else {
			a.Source = p.name + "#" + strconv.Itoa(n)
		}
		p.out(a)
	}
}

// warcRecord returns the article in one record, or nil for records that
// hold no HTML page (requests, metadata, images, redirects).
func (p *parser) warcRecord(rec *warc.Record) (*news.Article, error) {
	if n, err := strconv.ParseInt(rec.Header.Get("Content-Length"), 10, 64); err == nil && n > p.limit {
		return nil, fmt.Errorf("record too large (%s > %s limit)", human(n), human(p.limit))
	}
	if _, err := rec.Content.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	var body []byte
	var contentType string
	switch strings.ToLower(rec.Header.Get("WARC-Type")) {
	case "response":
		resp, err := http.ReadResponse(bufio.NewReader(rec.Content), nil)
		if err != nil {
			if !strings.HasPrefix(strings.ToLower(rec.Header.Get("Content-Type")), "application/http") {
				return nil, nil // not an HTTP response (e.g. DNS), nothing to read
			}
			return nil, fmt.Errorf("invalid HTTP response: %w", err)
		}
		defer resp.Body.Close()
		contentType = resp.Header.Get("Content-Type")
		if resp.StatusCode != http.StatusOK || !isHTML(contentType) {
			return nil, nil
		}
		r, err := decodeBody(resp.Body, resp.Header.Get("Content-Encoding"))
		if err != nil {
			return nil, err
		}
		if body, err = io.ReadAll(io.LimitReader(r, p.limit+1)); err != nil {
			return nil, fmt.Errorf("read HTTP body: %w", err)
		}
	case "resource":
		contentType = rec.Header.Get("Content-Type")
		if !isHTML(contentType) {
			return nil, nil
		}
		var err error
		if body, err = io.ReadAll(io.LimitReader(rec.Content, p.limit+1)); err != nil {
			return nil, err
		}
	default:
		return nil, nil
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, nil
	}
	if int64(len(body)) > p.limit {
		return nil, fmt.Errorf("page too large (over the %s limit)", human(p.limit))
	}
	a := &news.Article{
		Format: "warc",
		URL:    strings.Trim(rec.Header.Get("WARC-Target-URI"), "<> "),
		HTML:   extract.DecodeHTML(body, contentType),
	}
	// The crawl date stands in until extract finds the page's own date.
	if d, err := time.Parse(time.RFC3339Nano, rec.Header.Get("WARC-Date")); err == nil {
		a.Published = d
	}
	return a, nil
}

func isHTML(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodeBody undoes an HTTP Content-Encoding; crawlers store bodies as
// they came over the wire.
func decodeBody(r io.Reader, encoding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip-encoded HTTP body: %w", err)
		}
		return zr, nil
	case "deflate":
		return flate.NewReader(r), nil
	case "br":
		return brotli.NewReader(r), nil
	}
	return nil, fmt.Errorf("unsupported HTTP Content-Encoding %q", encoding)
}

// warcErr names a bare end of input inside a record for what it is.
func warcErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w (file ends mid-record)", err)
	}
	return err
}
