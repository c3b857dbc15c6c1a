package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/google/go-cmp/cmp"
)

// summary is the part of an Article that source fills, with HTML reduced
// to whether it is there.
type summary struct {
	Source, Format, URL, Outlet, Title, Language string
	Published                                    time.Time
	Text                                         string
	HTML                                         bool
	Boilerplate                                  []news.Removed
}

func summarise(a *news.Article) summary {
	return summary{a.Source, a.Format, a.URL, a.Outlet, a.Title, a.Language, a.Published, a.Text, a.HTML != nil, a.Boilerplate}
}

// collect reads one input and returns what it emitted and the errors.
func collect(t testing.TB, o Options, in Input) ([]summary, []string) {
	t.Helper()
	var got []summary
	err := o.Read(context.Background(), in, func(a *news.Article) {
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Errorf("Read(%s) emitted invalid UTF-8: %q", in.Path, a.Text)
		}
		got = append(got, summarise(a))
	})
	return got, errStrings(t, err)
}

// errStrings flattens the error Read returned, checking that each part is
// an *Error as documented.
func errStrings(t testing.TB, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var parts []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		parts = j.Unwrap()
	} else {
		parts = []error{err}
	}
	var out []string
	for _, e := range parts {
		var se *Error
		if !errors.As(e, &se) || se != e {
			t.Errorf("Read returned %T %v, want *Error", e, e)
		}
		out = append(out, e.Error())
	}
	return out
}

func date(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

func TestReadFixtures(t *testing.T) {
	td := func(name string) string { return filepath.Join("testdata", name) }
	tests := []struct {
		name string
		file string
		want []summary
		errs []string
	}{
		{
			name: "plain text with metadata and source lines",
			file: "article.txt",
			want: []summary{{
				Source: td("article.txt"), Format: "text",
				URL:       "https://brenmoor-gazette.example/news/library-reopens",
				Outlet:    "The Brenmoor Gazette",
				Title:     "Brenmoor library reopens after two-year restoration",
				Published: date(2026, 2, 12, 0, 0),
				Text: "The town library on Quarry Lane reopened its doors on Thursday after a restoration that took two years and cost 2.4 million pounds.\n" +
					"Head librarian Oswin Hale said the reading room's glass roof, cracked since a hailstorm in 2023, had been replaced pane by pane.\n" +
					"\"Children were queuing before we unlocked the door,\" Hale said. \"That is the best review we could have hoped for.\"\n" +
					"Source: the figures were provided by the council's own heritage office, which oversaw the work.\n" +
					"The library will open late on Wednesdays until the end of the year.",
				Boilerplate: []news.Removed{{Text: "Source: msn.com3", Reason: "source-line"}},
			}},
		},
		{
			name: "hard-wrapped text with title header",
			file: "wrapped.txt",
			want: []summary{{
				Source: td("wrapped.txt"), Format: "text",
				Title:     "Canal footbridge to close for repairs",
				Published: date(2025, 11, 3, 8, 0),
				Text: "The footbridge over the Aldwick canal will close for six weeks from Monday while engineers replace its corroded handrails, the district council said, adding that a ferry would carry pedestrians across.\n" +
					"Council engineer Rhona Tilt said the work could not wait until spring.\n" +
					"Walkers are advised to use the Mill Road crossing, about four hundred metres further east, which stays open.",
			}},
		},
		{
			name: "windows-1252 text is converted, with a note",
			file: "latin1.txt",
			want: []summary{{
				Source: td("latin1.txt"), Format: "text", Title: "Fête de la musique moves indoors",
				Text: "The organisers of the Pellerin fête said heavy rain forecast for Saturday meant the concerts would move to the covered market — a first in the event’s history.",
			}},
			errs: []string{td("latin1.txt") + ": not valid UTF-8; read as windows-1252"},
		},
		{
			name: "html page",
			file: "page.html",
			want: []summary{{Source: td("page.html"), Format: "html", HTML: true}},
		},
		{
			name: "html behind a .txt extension",
			file: "lying.txt",
			want: []summary{{Source: td("lying.txt"), Format: "html", HTML: true}},
		},
		{
			name: "json lines with a broken line",
			file: "articles.jsonl",
			want: []summary{
				{Source: td("articles.jsonl") + "#1", Format: "jsonl", URL: "https://tidewater.example/a1", Outlet: "Tidewater News", Title: "Pier lights switched on",
					Published: date(2026, 1, 5, 18, 0), Text: "The new lights on the old pier were switched on by the mayor.\nHundreds watched from the promenade."},
				{Source: td("articles.jsonl") + "#4", Format: "jsonl", URL: "https://tidewater.example/a3", Outlet: "Tidewater News", Title: "Dune path reopens",
					Published: date(2026, 1, 5, 0, 0), HTML: true},
			},
			errs: []string{
				td("articles.jsonl") + ": line 2: invalid JSON: unexpected end of JSON input",
				td("articles.jsonl") + `: line 5: no "text" or "html" field`,
			},
		},
		{
			name: "json array",
			file: "array.json",
			want: []summary{
				{Source: td("array.json") + "#1", Format: "jsonl", URL: "https://northfield.example/1", Outlet: "Northfield Echo", Title: "Allotment waiting list shrinks",
					Published: date(2026, 1, 1, 0, 0), Text: "The waiting list for allotments in Northfield has halved in a year."},
				{Source: td("array.json") + "#2", Format: "jsonl", URL: "https://northfield.example/2", Outlet: "Northfield Echo", Title: "Bus route 9 extended",
					Text: "Route 9 will run to the new hospital from March."},
			},
		},
		{
			name: "rss with content:encoded, description-only and empty items",
			file: "feed.rss",
			want: []summary{
				{Source: td("feed.rss") + "#https://glenharrow-herald.example/rescue-base", Format: "feed", URL: "https://glenharrow-herald.example/rescue-base",
					Outlet: "Glenharrow Herald", Title: "Mountain rescue team gets new base", Language: "en", Published: date(2026, 2, 9, 7, 45), HTML: true},
				{Source: td("feed.rss") + "#https://glenharrow-herald.example/b912", Format: "feed", URL: "https://glenharrow-herald.example/b912",
					Outlet: "Glenharrow Herald", Title: "Road closure on the B912", Language: "en", Published: date(2026, 2, 10, 6, 0),
					Text: "The B912 will be closed between Ardlach and the ferry pier on Wednesday for resurfacing."},
			},
			errs: []string{td("feed.rss") + ": record 3: item has no content or description"},
		},
		{
			name: "atom",
			file: "feed.atom",
			want: []summary{{Source: td("feed.atom") + "#https://saltmere.example/lifeboat", Format: "feed", URL: "https://saltmere.example/lifeboat",
				Outlet: "Saltmere Weekly", Title: "Lifeboat crew honoured", Published: date(2026, 2, 1, 10, 0),
				Text: "Three members of the Saltmere lifeboat crew received bravery awards for a night rescue in January."}},
		},
		{
			name: "json feed",
			file: "feed.json",
			want: []summary{{Source: td("feed.json") + "#https://orrin.example/mill", Format: "feed", URL: "https://orrin.example/mill",
				Outlet: "Orrin Valley Voice", Title: "Old mill to become museum", Published: date(2026, 1, 20, 9, 0),
				Text: "The old water mill at Orrin Bridge will become a museum of rural crafts."}},
		},
		{name: "empty file", file: "empty.txt", errs: []string{td("empty.txt") + ": empty file"}},
		{name: "blank file", file: "blank.txt", errs: []string{td("blank.txt") + ": empty file"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fi, err := os.Stat(td(tc.file))
			if err != nil {
				t.Fatal(err)
			}
			got, errs := collect(t, Options{}, Input{Path: td(tc.file), Size: fi.Size()})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Read(%s) articles mismatch (-want +got):\n%s", tc.file, diff)
			}
			if diff := cmp.Diff(tc.errs, errs); diff != "" {
				t.Errorf("Read(%s) errors mismatch (-want +got):\n%s", tc.file, diff)
			}
		})
	}
}

// parse runs Options.Parse over in-memory bytes.
func parse(t testing.TB, o Options, name string, data []byte) ([]summary, []string) {
	t.Helper()
	var got []summary
	err := o.Parse(context.Background(), name, bytes.NewReader(data), func(a *news.Article) {
		got = append(got, summarise(a))
	})
	return got, errStrings(t, err)
}

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSniffByContent(t *testing.T) {
	jsonl := []byte(`{"title":"T","text":"Body."}` + "\n")
	tests := []struct {
		name, file string
		data       []byte
		format     string
	}{
		{"json lines without extension", "stream", jsonl, "jsonl"},
		{"json lines named .txt", "a.txt", jsonl, "jsonl"},
		{"json lines with a broken first line", "stream", append([]byte("{\"title\": broken\n"), jsonl...), "jsonl"},
		{"one object over several lines", "one.json", []byte("{\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}\n"), "jsonl"},
		{"gzipped json lines", "a.jsonl.gz", gz(t, jsonl), "jsonl"},
		{"gzip without .gz", "a", gz(t, jsonl), "jsonl"},
		{"plain text named .html", "a.html", []byte("Headline\n\nJust words, no markup at all.\n"), "text"},
		{"html fragment without extension", "frag", []byte("<p>One</p><p>Two</p><p>Three</p><div>Four</div><br>"), "html"},
		{"rss named .txt", "feed.txt", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><item><title>I</title><description>Words here.</description></item></channel></rss>`), "feed"},
		{"utf-16 text", "u16.txt", append([]byte{0xFF, 0xFE}, utf16le("Headline\nBody line.\n")...), "text"},
		{"utf-8 bom json lines", "bom.jsonl", append([]byte("\xef\xbb\xbf"), jsonl...), "jsonl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := parse(t, Options{}, tc.file, tc.data)
			if strings.Contains(tc.name, "broken") && len(errs) == 1 {
				errs = nil // the broken line is reported; the test is about the rest
			}
			if len(errs) > 0 || len(got) != 1 || got[0].Format != tc.format {
				t.Errorf("Parse(%s) = %+v, errors %q; want one %s article", tc.file, got, errs, tc.format)
			}
		})
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s { // ASCII only in these tests
		b = append(b, byte(r), 0)
	}
	return b
}

func TestBadInput(t *testing.T) {
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7 % 256)
	}
	full := gz(t, bytes.Repeat([]byte(`{"title":"Repeated story","text":"A line of text that repeats many times over."}`+"\n"), 2000))
	truncated := full[:len(full)/2]
	tests := []struct {
		name, file string
		data       []byte
		opts       Options
		minGot     int
		errs       []string
	}{
		{"binary junk", "x.txt", binary, Options{}, 0, []string{"x.txt: not a text, HTML, JSON Lines, feed or WARC file (looks binary)"}},
		{"png", "x.png", []byte("\x89PNG\r\n\x1a\nrest"), Options{}, 0, []string{"x.png: not a text, HTML, JSON Lines, feed or WARC file (looks binary)"}},
		{"truncated gzip keeps earlier records", "t.jsonl.gz", truncated, Options{}, 1, []string{"t.jsonl.gz: line %d: truncated gzip data"}},
		{"not gzip after all", "bad.gz", []byte{0x1f, 0x8b, 0, 0}, Options{}, 0, []string{"bad.gz: truncated gzip data"}},
		{"too large once decompressed", "big.txt.gz", gz(t, bytes.Repeat([]byte("words "), 1000)), Options{MaxSize: 1000}, 0,
			[]string{"big.txt.gz: file too large once decompressed (over the 1000 bytes limit)"}},
		{"json line over the limit", "long.jsonl", []byte(`{"text":"` + strings.Repeat("x", 3000) + `"}` + "\n" + `{"text":"short"}` + "\n"), Options{MaxSize: 1024}, 1,
			[]string{"long.jsonl: line 1: line too long (over the 1 KB limit)"}},
		{"empty gzip", "e.txt.gz", gz(t, nil), Options{}, 0, []string{"e.txt.gz: empty file"}},
		{"broken json array", "a.json", []byte(`[{"text":"one"}, {"text": tw`), Options{}, 1, []string{`a.json: record 2: invalid JSON: invalid character 'w' in literal true (expecting 'r')`}},
		{"only metadata", "m.txt", []byte("Outlet: Kestrel Daily\nDate: 2024-01-01\n"), Options{}, 0, []string{"m.txt: no headline or body text (only metadata lines)"}},
		{"broken feed", "f.xml", []byte(`<rss><channel><item><title>x</title>`), Options{}, 0, []string{"f.xml: invalid feed: "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := parse(t, tc.opts, tc.file, tc.data)
			if len(got) < tc.minGot {
				t.Errorf("Parse(%s) emitted %d articles, want at least %d", tc.file, len(got), tc.minGot)
			}
			if len(errs) != len(tc.errs) {
				t.Fatalf("Parse(%s) errors = %q, want %q", tc.file, errs, tc.errs)
			}
			for i, want := range tc.errs {
				if strings.Contains(want, "%d") {
					want = fmt.Sprintf(want, len(got)+1)
				}
				if !strings.HasPrefix(errs[i], want) {
					t.Errorf("Parse(%s) error %d = %q, want %q", tc.file, i, errs[i], want)
				}
			}
		})
	}
}

func TestFileTooLarge(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: 200 MB on paper, next to nothing on disk. Its sniffed
	// head is text, so that the size check, not the binary check, rejects it.
	if _, err := f.Write(bytes.Repeat([]byte("word "), sniffLen/5+1)); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	got, errs := collect(t, Options{}, Input{Path: path, Size: 200 << 20})
	want := []string{path + ": file too large (200 MB > 50 MB limit)"}
	if len(got) != 0 || !cmp.Equal(errs, want) {
		t.Errorf("Read(200 MB file) = %d articles, errors %q; want none, %q", len(got), errs, want)
	}
}

func TestContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Options{}.Parse(ctx, "a.jsonl", strings.NewReader(`{"text":"x"}`+"\n"), func(*news.Article) {
		t.Error("Parse with a cancelled context emitted an article")
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Parse(cancelled) error = %v, want context.Canceled", err)
	}
}

func TestStdin(t *testing.T) {
	o := Options{Stdin: strings.NewReader("Headline from a pipe\n\nBody from a pipe.\n")}
	got, errs := collect(t, o, Input{Path: "-"})
	want := []summary{{Source: "-", Format: "text", Title: "Headline from a pipe", Text: "Body from a pipe."}}
	if diff := cmp.Diff(want, got); diff != "" || errs != nil {
		t.Errorf("Read(-) mismatch (-want +got):\n%s\nerrors: %q", diff, errs)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b.txt", "a/z.jsonl", "a/y.html", ".hidden.txt", ".git/config", "c/.secret/x.txt", "README.md", "a/LICENSE"} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(dir, "missing.txt")
	// The corpus's README and LICENSE are skipped in a walk, but read when named.
	ins, errs := Expand([]string{dir, "-", missing, filepath.Join(dir, "README.md")})
	var got []string
	for _, in := range ins {
		got = append(got, strings.TrimPrefix(in.Path, dir))
	}
	want := []string{"/a/y.html", "/a/z.jsonl", "/b.txt", "-", "/README.md"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Expand paths mismatch (-want +got):\n%s", diff)
	}
	if len(errs) != 1 || errs[0].Error() != missing+": no such file or directory" {
		t.Errorf("Expand errors = %v, want one naming %s", errs, missing)
	}
	if ins[0].Size != 1 {
		t.Errorf("Expand size of %s = %d, want 1", ins[0].Path, ins[0].Size)
	}
}

func TestErrorFormat(t *testing.T) {
	base := errors.New("boom")
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Input: "feed.xml", Record: 3, Err: base}, "feed.xml: record 3: boom"},
		{&Error{Input: "a.jsonl", Line: 12, Err: base}, "a.jsonl: line 12: boom"},
		{&Error{Input: "a.txt", Err: base}, "a.txt: boom"},
	}
	for _, tc := range tests {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
		if !errors.Is(tc.err, base) {
			t.Errorf("errors.Is(%v, base) = false, want true", tc.err)
		}
	}
}
