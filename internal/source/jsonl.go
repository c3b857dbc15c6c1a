package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/extract"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// record is one article in JSON Lines or a JSON array.
type record struct {
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Title     string          `json:"title"`
	Published json.RawMessage `json:"published"`
	Language  string          `json:"language"`
	Text      string          `json:"text"`
	HTML      string          `json:"html"`
}

// article turns a record into an article; clean text wins over HTML when
// both are given.
func (r *record) article() (*news.Article, error) {
	a := &news.Article{URL: r.URL, Outlet: r.Outlet, Title: r.Title, Language: langCode(r.Language)}
	switch {
	case strings.TrimSpace(r.Text) != "":
		a.Text = strings.TrimSpace(strings.ReplaceAll(r.Text, "\r\n", "\n"))
	case strings.TrimSpace(r.HTML) != "":
		a.HTML = []byte(r.HTML)
	default:
		return nil, errors.New(`no "text" or "html" field`)
	}
	if len(r.Published) > 0 && string(r.Published) != "null" {
		d, err := parsePublished(r.Published)
		if err != nil {
			return nil, err
		}
		a.Published = d
	}
	return a, nil
}

// parsePublished reads a date string or Unix seconds.
func parsePublished(raw json.RawMessage) (time.Time, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf(`"published" is neither a date nor Unix seconds: %.40s`, raw)
		}
		return time.Unix(n, 0).UTC(), nil
	}
	if strings.TrimSpace(s) == "" {
		return time.Time{}, nil
	}
	d, ok := extract.ParseDate(s)
	if !ok {
		return time.Time{}, fmt.Errorf(`"published": unknown date format %q`, truncate(s, 40))
	}
	return d, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}

// readJSONL streams one article per line, so files of any length are read
// in memory bounded by the longest line (itself capped at the size limit).
func (p *parser) readJSONL(br *bufio.Reader) {
	for n := 1; ; n++ {
		if err := p.ctx.Err(); err != nil {
			p.fail(0, 0, err)
			return
		}
		line, tooLong, err := readLine(br, p.limit)
		if err != nil && err != io.EOF {
			// The stream broke mid-line (a truncated gzip): the partial
			// line is not worth a second error.
			p.fail(n, 0, err)
			return
		}
		if tooLong {
			p.fail(n, 0, fmt.Errorf("line too long (over the %s limit)", human(p.limit)))
		} else if t := bytes.TrimSpace(line); len(t) > 0 {
			p.jsonRecord(t, n, 0)
		}
		if err == io.EOF {
			return
		}
		if p.tooMany() {
			return
		}
	}
}

func (p *parser) jsonRecord(b []byte, line, rec int) {
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		p.fail(line, rec, fmt.Errorf("invalid JSON: %w", err))
		return
	}
	a, err := r.article()
	if err != nil {
		p.fail(line, rec, err)
		return
	}
	a.Format = "jsonl"
	if line > 0 {
		a.Source = fmt.Sprintf("%s#%d", p.name, line)
	} else {
		a.Source = fmt.Sprintf("%s#%d", p.name, rec)
	}
	p.out(a)
}

// readLine returns the next line without its newline. A line longer than
// limit is skipped up to its end and reported as tooLong, so reading can
// go on with the next line.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimSuffix(line, []byte("\n")), tooLong, err
	}
}

// readJSONStream reads a JSON array of articles, or JSON objects written
// one after another over several lines. Unlike JSON Lines, a syntax error
// here cannot be skipped, so it ends the file; the whole stream counts
// against the size limit.
func (p *parser) readJSONStream(br *bufio.Reader) {
	dec := json.NewDecoder(&limitReader{r: br, n: p.limit})
	array := firstByte(br) == '['
	if array {
		if _, err := dec.Token(); err != nil {
			p.fail(0, 0, fmt.Errorf("invalid JSON: %w", err))
			return
		}
	}
	for n := 1; !array || dec.More(); n++ {
		if err := p.ctx.Err(); err != nil {
			p.fail(0, 0, err)
			return
		}
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF && !array {
			return
		}
		if err != nil {
			p.fail(0, n, jsonErr(err))
			return
		}
		p.jsonRecord(raw, 0, n)
		if p.tooMany() {
			return
		}
	}
	if _, err := dec.Token(); err != nil {
		p.fail(0, 0, fmt.Errorf("after the last record: %w", jsonErr(err)))
	}
}

func jsonErr(err error) error {
	if errors.Is(err, errOverLimit) || errors.Is(err, errTruncatedGzip) {
		return err
	}
	return fmt.Errorf("invalid JSON: %w", err)
}

// firstByte returns the first non-space byte ahead in br without
// consuming it, or 0.
func firstByte(br *bufio.Reader) byte {
	head, _ := br.Peek(sniffLen)
	t := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n\f")
	if len(t) == 0 {
		return 0
	}
	return t[0]
}

// errOverLimit ends a stream that outgrew the size limit.
var errOverLimit = errors.New("file too large for a JSON array (over the size limit)")

// limitReader is io.LimitReader with an error that says why reading
// stopped, instead of a silent EOF that would look like truncated JSON.
type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(b []byte) (int, error) {
	if l.n <= 0 {
		return 0, errOverLimit
	}
	if int64(len(b)) > l.n {
		b = b[:l.n]
	}
	n, err := l.r.Read(b)
	l.n -= int64(n)
	return n, err
}

// langCode keeps a language when it is, or starts with, an ISO 639-1 code.
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}
