package watch

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// maxListSize bounds a feeds list; real ones are a few kilobytes.
const maxListSize = 16 << 20

// maxListErrors caps the per-line errors reported for one list.
const maxListErrors = 20

// ParseList reads a feeds list: either plain text, one URL per line, with
// blank lines and # comments (whole-line, or after whitespace), or an
// OPML file, whose outline elements' xmlUrl attributes are the feeds.
// Only absolute http and https URLs are accepted; duplicates are dropped.
//
// Errors name the file (name) and line. When some lines are bad, the good
// URLs are still returned along with an error listing the bad ones, so the
// caller chooses between refusing the list and going on without them.
func ParseList(r io.Reader, name string) ([]string, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxListSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > maxListSize {
		return nil, fmt.Errorf("%s: larger than %d bytes; not a feeds list", name, maxListSize)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	l := &list{name: name, seen: map[string]bool{}}
	if trimmed := bytes.TrimLeftFunc(data, unicode.IsSpace); len(trimmed) > 0 && trimmed[0] == '<' {
		l.opml(data)
	} else {
		l.plain(data)
	}
	if len(l.urls) == 0 && len(l.errs) == 0 {
		l.errs = append(l.errs, fmt.Errorf("%s: no feed URLs", name))
	}
	return l.urls, errors.Join(l.errs...)
}

type list struct {
	name string
	urls []string
	seen map[string]bool
	errs []error
}

func (l *list) fail(line int, format string, args ...any) {
	switch {
	case len(l.errs) < maxListErrors:
		l.errs = append(l.errs, fmt.Errorf("%s:%d: %s", l.name, line, fmt.Sprintf(format, args...)))
	case len(l.errs) == maxListErrors:
		l.errs = append(l.errs, fmt.Errorf("%s: more errors not shown", l.name))
	}
}

func (l *list) add(line int, raw string) {
	u, err := parseHTTPURL(raw)
	if err != nil {
		l.fail(line, "%q is not an absolute http or https URL", raw)
		return
	}
	s := u.String()
	if !l.seen[s] {
		l.seen[s] = true
		l.urls = append(l.urls, s)
	}
}

func (l *list) plain(data []byte) {
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(stripComment(line))
		if line == "" {
			continue
		}
		if strings.ContainsFunc(line, unicode.IsSpace) {
			l.fail(i+1, "%q: one URL per line", line)
			continue
		}
		l.add(i+1, line)
	}
}

// stripComment cuts a # comment that starts a line or follows whitespace;
// a # inside a URL is a fragment and stays.
func stripComment(line string) string {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return line[:i]
		}
	}
	return line
}

// opml reads outline xmlUrl attributes. OPML is a handful of elements, so
// encoding/xml's token stream is all it takes, and it gives line numbers.
// The decoder is lenient (HTML entities, stray ampersands) because OPML
// exported by feed readers is often not well-formed.
func (l *list) opml(data []byte) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	// Non-UTF-8 OPML is rare; decode it as-is rather than fail on the
	// declaration, since URLs are ASCII anyway.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	root := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if root == "" {
				l.errs = append(l.errs, fmt.Errorf("%s: no OPML root element", l.name))
			}
			return
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				l.fail(se.Line, "invalid OPML: %s", se.Msg)
			} else {
				line, _ := d.InputPos()
				l.fail(line, "invalid OPML: %v", err)
			}
			return
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = start.Name.Local
			if !strings.EqualFold(root, "opml") {
				line, _ := d.InputPos()
				l.fail(line, "root element <%s> is not <opml>: give an OPML file or one feed URL per line", root)
				return
			}
			continue
		}
		if !strings.EqualFold(start.Name.Local, "outline") {
			continue
		}
		for _, a := range start.Attr {
			if strings.EqualFold(a.Name.Local, "xmlUrl") {
				if v := strings.TrimSpace(a.Value); v != "" {
					line, _ := d.InputPos()
					l.add(line, v)
				}
			}
		}
	}
}
