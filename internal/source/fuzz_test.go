package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func FuzzRead(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Base(p), b)
		f.Add(filepath.Base(p)+".gz", gz(f, b))
	}
	recs := testWARC(f)
	f.Add("crawl.warc", []byte(strings.Join(recs, "")))
	f.Add("crawl.warc.gz", gz(f, []byte(strings.Join(recs, ""))))
	f.Add("x.warc", []byte("WARC/1.0\r\nContent-Length: -5\r\n\r\n"))
	f.Add("x.json", []byte(`[{"text":"a"},{"html":"<p>b</p>","published":12}]`))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		o := Options{MaxSize: 1 << 20}
		err := o.Parse(context.Background(), name, strings.NewReader(string(data)), func(a *news.Article) {
			for _, s := range []string{a.Text, a.Title, a.Outlet, a.URL, a.Language} {
				if !utf8.ValidString(s) {
					t.Fatalf("Parse(%q) emitted invalid UTF-8 %q", name, s)
				}
			}
			if a.Text == "" && a.HTML == nil && a.Title == "" {
				t.Fatalf("Parse(%q) emitted an empty article %+v", name, a)
			}
		})
		if err == nil {
			return
		}
		parts := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			parts = j.Unwrap()
		}
		for _, e := range parts {
			var se *Error
			if !errors.As(e, &se) || se.Input != name {
				t.Fatalf("Parse(%q) error %v (%T) is not an *Error naming the input", name, e, e)
			}
		}
	})
}
