package server

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

func TestPages(t *testing.T) {
	f := newFixture(t, Config{})
	bridge := f.storyOf(t, bridgeURL)
	var doc struct {
		Divergences []json.RawMessage `json:"divergences"`
	}
	if err := json.Unmarshal(f.do(t, "GET", "/api/stories/"+bridge, "").Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var art articleResponse
	if err := json.Unmarshal(f.do(t, "GET", "/api/articles/"+f.article(t, bridgeURL).ID, "").Body.Bytes(), &art); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		path   string
		status int
		want   []string // regexps the page must match
	}{
		{"stories list", "/", 200, []string{`4 stories</strong> from <strong>5 outlets`, `<table class="stories">`, `href="/stories/` + bridge + `"`, `<main id="main"`, `<nav aria-label="Main">`}},
		{"stories largest", "/?order=largest&outlet=Port+Ledger", 200, []string{`Stories 1–2 of 2`, `value="largest" checked`}},
		{"stories bad paging", "/?limit=-2", 400, []string{`bad limit`}},
		{"story", "/stories/" + bridge, 200, []string{
			`<table class="matrix" id="matrix">`, `<th scope="colgroup"`, `<th scope="row" class="claim-text"><bdi>`,
			// Names and wordings in a right-to-left script must not
			// reorder the counts and citations beside them.
			`<q><bdi>`, `<h1 id="story-h" dir="auto">`,
			`<svg [^>]*id="provenance-graph"`, `<rect `, `id="article-3"`, `<ol class="timeline"`,
			// A claim carried by several articles names its origins.
			`<span class="from">from <bdi>Port Ledger</bdi> <a href="#article-\d">\[\d\]</a>`,
		}},
		{"story not found", "/stories/s-nope", 404, []string{`Page not found`}},
		{"article", "/articles/" + f.article(t, bridgeURL).ID, 200, []string{`<div class="article-text" id="article-text" dir="auto">`, `Kessel Bridge`, `href="/stories/` + bridge + `"`, `<h2>Where this article differs</h2>`}},
		{"article not found", "/articles/nope", 404, []string{`Page not found`}},
		{"outlets", "/outlets", 200, []string{`<table class="outlets">`, `Port Ledger`, `<th scope="col" class="num">Origin of</th>`}},
		{"search", "/search?q=Varga", 200, []string{`<ol class="hits"`, `<mark>Varga</mark>`}},
		{"search empty", "/search", 200, []string{`<form class="search-big"`}},
		{"unknown page", "/no/such/page", 404, []string{`Page not found`, `/no/such/page`}},
		{"static css", "/static/style.css", 200, []string{`\.matrix`}},
	}
	if len(doc.Divergences) > 0 {
		tests[3].want = append(tests[3].want, `<div class="values">`, `<mark>`)
	} else {
		t.Logf("the analysis found no divergence in the bridge story (six vs eight weeks); <mark> not checked")
	}
	if len(art.Boilerplate) > 0 {
		tests[5].want = append(tests[5].want, `<details class="boilerplate">`, `<del>`)
	} else {
		t.Logf("cleaning removed no boilerplate from the Port Ledger article; <del> not checked")
	}
	if len(art.Claims) > 0 {
		tests[5].want = append(tests[5].want, `<mark class="claim[^"]*" id="claim-`)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := f.do(t, "GET", tc.path, "")
			if rec.Code != tc.status {
				t.Fatalf("GET %s = %d, want %d", tc.path, rec.Code, tc.status)
			}
			body := rec.Body.String()
			if tc.path != "/static/style.css" && !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
				t.Errorf("Content-Type = %q, want text/html", rec.Header().Get("Content-Type"))
			}
			for _, w := range tc.want {
				if !regexp.MustCompile(w).MatchString(body) {
					t.Errorf("GET %s: page does not match %q", tc.path, w)
				}
			}
		})
	}
}

// TestPagesEscape posts an article whose fields hold markup and checks no
// page renders it as markup.
func TestPagesEscape(t *testing.T) {
	f := newFixture(t, Config{})
	body := `{"url":"https://evil.example/x","outlet":"<script>alert(1)</script>","title":"<img src=x onerror=alert(2)>",
		"text":"The <b>garden</b> show in Elmsford drew <script>alert(3)</script> record crowds on Saturday, organisers of the flower contest said."}`
	rec := f.do(t, "POST", "/api/articles", body)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST = %d; %s", rec.Code, rec.Body)
	}
	res := decodeJSON[struct{ Articles []postResult }](t, rec)
	for _, path := range []string{"/", "/stories/" + res.Articles[0].Story, "/articles/" + res.Articles[0].ID, "/outlets"} {
		page := f.do(t, "GET", path, "").Body.String()
		for _, bad := range []string{"<script>alert", "<img src=x", "<b>garden"} {
			if strings.Contains(page, bad) {
				t.Errorf("GET %s renders %q unescaped", path, bad)
			}
		}
	}
}
