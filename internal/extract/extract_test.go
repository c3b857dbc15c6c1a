package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, file, pageURL              string
		title, outlet, url, lang, author string
		published                        time.Time
		keep, drop                       []string
	}{
		{
			name: "news page with boilerplate", file: "harbour.html",
			pageURL:   "https://www.marlowcourier.example/news/ferry-resumes?utm=x",
			title:     "Ferry service to Kettle Island resumes after storm",
			outlet:    "The Marlow Courier",
			url:       "https://www.marlowcourier.example/news/2026/03/ferry-service-resumes",
			lang:      "en",
			author:    "Petra Aldane",
			published: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC),
			keep: []string{
				"The ferry link between Marlow harbour and Kettle Island reopened on Saturday morning",
				`"It is not pretty, but it is safe, and that is what matters this morning," he told the Courier.`,
				"a permanent replacement is due to be installed by the end of May.",
			},
			drop: []string{"cookies", "Subscribe today", "Related stories", "Council to vote on island bridge study", "Post comment", "All rights reserved", "Terms of use"},
		},
		{
			name: "metadata from JSON-LD and title", file: "jsonld.html",
			title:     "Orchard growers report record apricot harvest",
			outlet:    "Valley Ledger",
			author:    "Ines Carrow",
			published: time.Date(2025, 7, 2, 10, 0, 0, 0, time.UTC),
			keep:      []string{"Apricot growers in the Tamsin valley picked more fruit", "The cooperative plans to open a seasonal jobs board before next summer."},
			drop:      []string{"Sign in", "Newsletter sign-up"},
		},
		{
			name: "windows-1252 page", file: "latin1.html", pageURL: "http://saint-aubel.example/terrace",
			title:  "Café owners protest new terrace fees",
			outlet: "saint-aubel.example",
			url:    "http://saint-aubel.example/terrace",
			keep:   []string{"council’s new terrace fee, €40 per square metre", "“We are not against paying our share,” said Maëlle Durot"},
		},
		{
			name: "short article keeps its paragraphs", file: "short.html", pageURL: "https://oxley.example/well",
			title: "Well repaired", outlet: "oxley.example", url: "https://oxley.example/well",
			keep: []string{"The village well at Oxley Green works again after a volunteer team replaced its pump.", "Water tests are due next week."},
			drop: []string{"Read more", "Oxley Parish News", "Home"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Extract(readFixture(t, tc.file), tc.pageURL)
			if err != nil {
				t.Fatalf("Extract(%s) error: %v", tc.file, err)
			}
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("Extract(%s).%s = %q, want %q", tc.file, field, got, want)
				}
			}
			check("Title", r.Title, tc.title)
			check("Outlet", r.Outlet, tc.outlet)
			check("URL", r.URL, tc.url)
			check("Language", r.Language, tc.lang)
			if tc.author != "" {
				check("Author", r.Author, tc.author)
			}
			if !tc.published.IsZero() && !r.Published.Equal(tc.published) {
				t.Errorf("Extract(%s).Published = %v, want %v", tc.file, r.Published, tc.published)
			}
			lines := strings.Split(r.Text, "\n")
			for _, k := range tc.keep {
				if !containsLine(lines, k) {
					t.Errorf("Extract(%s).Text lacks a line with %q; text:\n%s", tc.file, k, r.Text)
				}
			}
			for _, d := range tc.drop {
				if strings.Contains(r.Text, d) {
					t.Errorf("Extract(%s).Text keeps boilerplate %q; text:\n%s", tc.file, d, r.Text)
				}
			}
			if !utf8.ValidString(r.Text) {
				t.Errorf("Extract(%s).Text is not valid UTF-8", tc.file)
			}
		})
	}
}

func containsLine(lines []string, s string) bool {
	for _, l := range lines {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

func TestExtractParagraphs(t *testing.T) {
	r, err := Extract(readFixture(t, "harbour.html"), "")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(r.Text, "\n")
	var paras int
	for _, l := range lines {
		if strings.HasPrefix(l, "The ferry link") || strings.HasPrefix(l, "Harbour master") ||
			strings.HasPrefix(l, "The first crossing") || strings.HasPrefix(l, "Island council leader") {
			paras++
		}
	}
	if paras != 4 {
		t.Errorf("Extract(harbour.html) put %d of 4 paragraphs at line starts; text:\n%s", paras, r.Text)
	}
}

func TestExtractShortArticleLines(t *testing.T) {
	r, err := Extract(readFixture(t, "short.html"), "")
	if err != nil {
		t.Fatal(err)
	}
	want := "The village well at Oxley Green works again after a volunteer team replaced its pump.\nWater tests are due next week."
	if r.Text != want {
		t.Errorf("Extract(short.html).Text = %q, want %q", r.Text, want)
	}
}

func TestExtractEmpty(t *testing.T) {
	for _, in := range []string{"", "<html><body></body></html>", "<html><body><script>var x = 1;</script></body></html>"} {
		if _, err := Extract([]byte(in), ""); !errors.Is(err, ErrNoText) {
			t.Errorf("Extract(%q) error = %v, want ErrNoText", in, err)
		}
	}
}

func TestArticle(t *testing.T) {
	page := readFixture(t, "harbour.html")
	warcDate := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   news.Article
		want news.Article // HTML is always expected nil; Text checked by prefix
	}{
		{
			name: "fills empty fields",
			in:   news.Article{Source: "a.html", Format: "html", HTML: page},
			want: news.Article{Title: "Ferry service to Kettle Island resumes after storm", Outlet: "The Marlow Courier",
				URL: "https://www.marlowcourier.example/news/2026/03/ferry-service-resumes", Language: "en",
				Published: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)},
		},
		{
			name: "keeps given fields",
			in:   news.Article{Source: "f.xml#1", Format: "feed", HTML: page, Title: "Feed title", Outlet: "Feed outlet", URL: "https://feed.example/1", Published: warcDate},
			want: news.Article{Title: "Feed title", Outlet: "Feed outlet", URL: "https://feed.example/1", Language: "en", Published: warcDate},
		},
		{
			name: "page date replaces crawl date",
			in:   news.Article{Source: "c.warc#1", Format: "warc", HTML: page, URL: "https://crawl.example/x", Published: warcDate},
			want: news.Article{Title: "Ferry service to Kettle Island resumes after storm", Outlet: "The Marlow Courier", URL: "https://crawl.example/x", Language: "en",
				Published: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.in
			if err := Article(&a); err != nil {
				t.Fatalf("Article(%s) error: %v", a.Source, err)
			}
			if a.HTML != nil {
				t.Errorf("Article(%s) left HTML set", a.Source)
			}
			if !strings.HasPrefix(a.Text, "The ferry link") {
				t.Errorf("Article(%s).Text = %.60q..., want the article body", a.Source, a.Text)
			}
			got := [...]string{a.Title, a.Outlet, a.URL, a.Language, a.Published.UTC().String()}
			want := [...]string{tc.want.Title, tc.want.Outlet, tc.want.URL, tc.want.Language, tc.want.Published.UTC().String()}
			if got != want {
				t.Errorf("Article(%s) metadata = %q, want %q", a.Source, got, want)
			}
		})
	}
	t.Run("no HTML is a no-op", func(t *testing.T) {
		a := news.Article{Source: "t.txt", Text: "body"}
		if err := Article(&a); err != nil || a.Text != "body" {
			t.Errorf("Article(text article) = %v, text %q; want nil, %q", err, a.Text, "body")
		}
	})
	t.Run("error names the source", func(t *testing.T) {
		a := news.Article{Source: "empty.html", HTML: []byte("<html></html>")}
		err := Article(&a)
		if err == nil || !strings.Contains(err.Error(), "empty.html") || !errors.Is(err, ErrNoText) {
			t.Errorf("Article(empty page) error = %v, want ErrNoText naming empty.html", err)
		}
	})
}

func TestStripSite(t *testing.T) {
	tests := []struct {
		title, outlet string
		loose         bool
		want          string
	}{
		{"Storm closes port | Harbour Times", "Harbour Times", false, "Storm closes port"},
		{"Storm closes port - harbour times", "Harbour Times", false, "Storm closes port"},
		{"Storm closes port | HT", "Harbour Times", true, "Storm closes port"},
		{"Storm closes port | HT", "Harbour Times", false, "Storm closes port | HT"},
		{"Mayor - a profile", "Harbour Times", false, "Mayor - a profile"},
		{"No separator here", "X", true, "No separator here"},
		{"Oxygen bar opens - News Nation", "newsnation.in", false, "Oxygen bar opens"},
		{"Vote delayed - NY", "nytimes.com", false, "Vote delayed - NY"},
	}
	for _, tc := range tests {
		if got := stripSite(tc.title, tc.outlet, tc.loose); got != tc.want {
			t.Errorf("stripSite(%q, %q, %v) = %q, want %q", tc.title, tc.outlet, tc.loose, got, tc.want)
		}
	}
}

func TestLangCode(t *testing.T) {
	for in, want := range map[string]string{"en-GB": "en", "fr_FR": "fr", "DE": "de", "": "", "english": "", "x1": ""} {
		if got := langCode(in); got != want {
			t.Errorf("langCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeHTML(t *testing.T) {
	tests := []struct {
		name, contentType string
		in                []byte
		want              string
	}{
		{"utf-8 kept despite meta", "", []byte(`<meta charset="iso-8859-1"><p>Café</p>`), `<meta charset="iso-8859-1"><p>Café</p>`},
		{"meta charset honoured", "", []byte("<meta charset=\"windows-1252\"><p>Caf\xe9 \x80</p>"), "<meta charset=\"windows-1252\"><p>Café €</p>"},
		{"content type honoured", "text/html; charset=iso-8859-7", []byte("<p>\xe1\xe2</p>"), "<p>αβ</p>"},
		{"utf-8 bom dropped", "", []byte("\xef\xbb\xbf<p>x</p>"), "<p>x</p>"},
		{"utf-16 bom", "", []byte("\xff\xfe<\x00p\x00>\x00\xe9\x00"), "<p>é"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(DecodeHTML(tc.in, tc.contentType)); got != tc.want {
				t.Errorf("DecodeHTML(%q, %q) = %q, want %q", tc.in, tc.contentType, got, tc.want)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"harbour.html", "jsonld.html", "latin1.html"} {
		f.Add(readFixture(f, name), "https://example.com/a")
	}
	f.Add([]byte("<html><head><script type=application/ld+json>[[[{\"@type\":\"NewsArticle\"}]]]</script>"), "")
	f.Add([]byte("<p>unclosed <table><tr><td>cell<pre>x\ny"), "::bad url")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		r, err := Extract(page, pageURL)
		if err != nil {
			return
		}
		for _, s := range []string{r.Text, r.Title, r.Outlet} {
			if !utf8.ValidString(s) {
				t.Fatalf("Extract returned invalid UTF-8 %q", s)
			}
		}
	})
}
