package entity

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// The example corpus lives in the repository (examples/corpus). The loader
// below reads it crudely, without the source and extract stages, so this
// package's tests do not depend on them: it only has to hand Mentions a body
// that reads like the cleaned text would.

const corpusDir = "../../examples/corpus"

// corpusStories are the four stories of examples/truth.json, by record ref.
var corpusStories = map[string][]string{
	"merrow-dam-collapse": {
		"harbourtimes-merrow-dam-collapse.txt", "newspulse24-merrow-dam-disaster.txt",
		"northernledger-dam-breach-floods-kaldbrook.html", "severniglas-kaldbrook-dam-destroyed.txt",
		"riverwatch-blog-merrow-who-checks.html", "radionorland-rescuers-search-kaldbrook.txt",
		"severniglas-ru-kaldbrook-plotina.txt",
	},
	"greyhaven-wind-farm": {
		"harbourtimes-greyhaven-wind-farm-approved.txt", "coastlinetoday-greyhaven-licence.html",
		"wire-export.jsonl#1", "portaldousgazette-feed.xml#1",
	},
	"vessa-wildfire-plan": {
		"harbourtimes-vessa-wildfire-plan.txt", "radionorland-ulvik-airfield-fire-aircraft.html",
		"tarnholmpost-forest-owners-firebreaks.txt",
	},
	"tarnholm-marathon": {
		"norlandsport-tervo-course-record.txt", "portaldousgazette-feed.xml#2", "wire-export.jsonl#2",
	},
}

// loadCorpus reads every record of the example corpus, keyed by ref
// ("file" or "file#N"), with Mentions filled in.
func loadCorpus(t testing.TB) map[string]*news.Article {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("example corpus %s not found: %v", corpusDir, err)
	}
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	if err != nil {
		t.Fatalf("glob %s: %v", corpusDir, err)
	}
	out := make(map[string]*news.Article)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read %s: %v", p, err)
		}
		name := filepath.Base(p)
		var bodies []string
		switch filepath.Ext(p) {
		case ".txt":
			bodies = []string{plainBody(string(b))}
		case ".html":
			bodies = []string{htmlBody(string(b))}
		case ".jsonl":
			bodies = jsonlBodies(t, p, b)
		case ".xml":
			bodies = feedBodies(t, p, b)
		}
		for i, body := range bodies {
			ref := name
			if len(bodies) > 1 || filepath.Ext(p) == ".jsonl" || filepath.Ext(p) == ".xml" {
				ref = fmt.Sprintf("%s#%d", name, i+1)
			}
			a := newArticle(ref, body)
			a.Mentions = Mentions(a)
			out[ref] = a
		}
	}
	return out
}

// plainBody drops the headline and the metadata lines of a text file.
func plainBody(s string) string {
	var body []string
	sc := bufio.NewScanner(strings.NewReader(s))
	title := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case !title && strings.TrimSpace(line) == "":
		case !title:
			title = true
		case len(body) == 0 && (strings.HasPrefix(line, "Outlet:") || strings.HasPrefix(line, "Date:") ||
			strings.HasPrefix(line, "URL:") || strings.TrimSpace(line) == ""):
		default:
			body = append(body, line)
		}
	}
	return strings.Join(body, "\n")
}

var (
	articleRe = regexp.MustCompile(`(?s)<article[^>]*>(.*?)</article>`)
	paraRe    = regexp.MustCompile(`(?s)<p[^>]*>(.*?)</p>`)
	tagRe     = regexp.MustCompile(`<[^>]*>`)
)

// htmlBody keeps the paragraphs of the page's <article>: a crude stand-in
// for the extract stage.
func htmlBody(s string) string {
	if m := articleRe.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	var paras []string
	for _, m := range paraRe.FindAllStringSubmatch(s, -1) {
		paras = append(paras, strings.Join(strings.Fields(html.UnescapeString(tagRe.ReplaceAllString(m[1], ""))), " "))
	}
	return strings.Join(paras, "\n\n")
}

func jsonlBodies(t testing.TB, path string, b []byte) []string {
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var rec struct{ Text string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("decode %s: %v", path, err)
		}
		out = append(out, rec.Text)
	}
	return out
}

func feedBodies(t testing.TB, path string, b []byte) []string {
	var feed struct {
		Items []struct {
			Content string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(b, &feed); err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	var out []string
	for _, it := range feed.Items {
		out = append(out, htmlBody(it.Content))
	}
	return out
}

// corpusStory returns the articles of one story of the example corpus.
func corpusStory(t testing.TB, all map[string]*news.Article, name string) []*news.Article {
	t.Helper()
	var arts []*news.Article
	for _, ref := range corpusStories[name] {
		a, ok := all[ref]
		if !ok {
			t.Fatalf("story %s: record %s not in the corpus", name, ref)
		}
		arts = append(arts, a)
	}
	return arts
}
