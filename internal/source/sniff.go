package source

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
)

type format int

const (
	formatText format = iota
	formatHTML
	formatJSONL // one JSON object per line
	formatJSON  // a JSON array of objects, or objects spread over lines
	formatFeed
	formatWARC
	formatBinary
)

// binaryMagic are signatures of common non-text files that may sit among
// the inputs (images, PDFs, archives).
var binaryMagic = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"),
	[]byte("PK\x03\x04"), []byte("BZh"), []byte("\xfd7zXZ\x00"), []byte("\x28\xb5\x2f\xfd"),
	[]byte("\x7fELF"), []byte("RIFF"), []byte("OggS"), []byte("ID3"),
}

// htmlTag matches markup that only HTML uses; a text with several of
// these is an HTML fragment whatever its extension.
var htmlTag = regexp.MustCompile(`(?i)<(?:/?(?:p|div|br|span|a|h[1-6]|li|ul|ol|table|tr|td|article|section|body|head|html|meta|title|script|style|em|strong|img|iframe|nav|footer|header)\b[^>]*|!doctype html[^>]*)>`)

// sniff tells an input's format from its first bytes; the name's
// extension only decides between formats the content leaves open.
func sniff(head []byte, name string) format {
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
	t := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n\f")
	if bytes.HasPrefix(t, []byte("WARC/")) {
		return formatWARC // before the binary check: payloads may be anything
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, m) {
			return formatBinary
		}
	}
	if looksBinary(head) {
		return formatBinary
	}
	switch {
	case bytes.HasPrefix(t, []byte("{")):
		if bytes.Contains(head, []byte("jsonfeed.org/version")) {
			return formatFeed
		}
		if ext == ".jsonl" || ext == ".ndjson" || hasJSONLine(t) {
			return formatJSONL
		}
		return formatJSON
	case bytes.HasPrefix(t, []byte("[")):
		return formatJSON
	case bytes.HasPrefix(t, []byte("<")):
		switch root := rootElement(t); root {
		case "rss", "feed", "rdf:rdf":
			return formatFeed
		case "html", "head", "body", "!doctype":
			return formatHTML
		}
		if htmlTag.Match(head) || ext == ".html" || ext == ".htm" || ext == ".xhtml" {
			return formatHTML
		}
		return formatText
	}
	if n := len(htmlTag.FindAllIndex(head, 6)); n >= 5 || (n > 0 && (ext == ".html" || ext == ".htm")) {
		return formatHTML
	}
	return formatText
}

// looksBinary reports NUL bytes or a noticeable share of control
// characters, which no text, markup or JSON input has.
func looksBinary(head []byte) bool {
	ctrl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
			ctrl++
		}
	}
	return ctrl > 0 && ctrl*100 > len(head)
}

// hasJSONLine reports whether one of the first lines holds a complete
// JSON object, which tells JSON Lines (even with a broken first line)
// from one object spread over many lines. A first line longer than the
// sniffed head is taken to be JSON Lines.
func hasJSONLine(t []byte) bool {
	if bytes.IndexByte(t, '\n') < 0 && len(t) >= sniffLen-8 {
		return true
	}
	for i, line := range bytes.SplitN(t, []byte("\n"), 6) {
		line = bytes.TrimSpace(line)
		if i < 5 && len(line) > 0 && line[0] == '{' && json.Valid(line) {
			return true
		}
	}
	return false
}

// rootElement returns the lowercased name of the first element, skipping
// the XML declaration, processing instructions and comments; a doctype
// counts as "!doctype" when it declares HTML.
func rootElement(t []byte) string {
	for len(t) > 0 {
		t = bytes.TrimLeft(t, " \t\r\n\f")
		if len(t) < 2 || t[0] != '<' {
			return ""
		}
		switch {
		case bytes.HasPrefix(t, []byte("<?")):
			i := bytes.Index(t, []byte("?>"))
			if i < 0 {
				return ""
			}
			t = t[i+2:]
		case bytes.HasPrefix(t, []byte("<!--")):
			i := bytes.Index(t, []byte("-->"))
			if i < 0 {
				return ""
			}
			t = t[i+3:]
		case bytes.HasPrefix(t, []byte("<!")):
			i := bytes.IndexByte(t, '>')
			if i < 0 {
				return ""
			}
			if bytes.Contains(bytes.ToLower(t[:i]), []byte("html")) {
				return "!doctype"
			}
			t = t[i+1:]
		default:
			end := bytes.IndexAny(t[1:], " \t\r\n/>")
			if end < 0 {
				return strings.ToLower(string(t[1:]))
			}
			return strings.ToLower(string(t[1 : end+1]))
		}
	}
	return ""
}
