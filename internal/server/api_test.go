package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

const (
	libraryURL  = "https://riverpost.example/2026/03/03/library-fire"
	tramURL     = "https://portledger.example/2026/02/27/tram-fares"
	marathonURL = "https://riverpost.example/2026/02/25/marathon-route"
)

func TestAPIStories(t *testing.T) {
	f := newFixture(t, Config{})
	bridge, library := f.storyOf(t, bridgeURL), f.storyOf(t, libraryURL)
	tram, marathon := f.storyOf(t, tramURL), f.storyOf(t, marathonURL)
	if bridge == library {
		t.Fatalf("fixture: bridge and library articles grouped into one story %s", bridge)
	}
	ids := func(p storiesPage) []string {
		var out []string
		for _, s := range p.Stories {
			out = append(out, s.ID)
		}
		return out
	}
	tests := []struct {
		name      string
		query     string
		want      []string // exact ids in order, when set
		contains  string
		wantLimit int
	}{
		{name: "newest first", query: "", want: []string{library, bridge, tram, marathon}, wantLimit: defaultLimit},
		{name: "largest first", query: "order=largest", want: []string{bridge, library, tram, marathon}, wantLimit: defaultLimit},
		{name: "outlet filter", query: "outlet=valley+herald", want: []string{library}, wantLimit: defaultLimit},
		{name: "outlet filter, two stories", query: "outlet=PORT+LEDGER", want: []string{bridge, tram}, wantLimit: defaultLimit},
		{name: "since filter", query: "since=2026-03-03", want: []string{library}, wantLimit: defaultLimit},
		{name: "date range", query: "since=2026-02-26&until=2026-03-02", want: []string{bridge, tram}, wantLimit: defaultLimit},
		{name: "text filter", query: "q=Varga", want: []string{bridge}, wantLimit: defaultLimit},
		{name: "text and outlet filter", query: "q=fire&outlet=Port+Ledger", want: nil, wantLimit: defaultLimit},
		{name: "paging", query: "limit=1&offset=1", want: []string{bridge}, wantLimit: 1},
		{name: "offset past the end", query: "offset=10", want: nil, wantLimit: defaultLimit},
		{name: "limit capped", query: "limit=100000", contains: bridge, wantLimit: maxLimit},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := f.do(t, "GET", "/api/stories?"+tc.query, "")
			if rec.Code != http.StatusOK {
				t.Fatalf("GET /api/stories?%s = %d, want 200; %s", tc.query, rec.Code, rec.Body)
			}
			p := decodeJSON[storiesPage](t, rec)
			if p.Limit != tc.wantLimit {
				t.Errorf("limit = %d, want %d", p.Limit, tc.wantLimit)
			}
			got := ids(p)
			if tc.contains != "" && !slices.Contains(got, tc.contains) {
				t.Errorf("stories = %v, want them to contain %s", got, tc.contains)
			}
			if tc.contains == "" && !slices.Equal(got, tc.want) {
				t.Errorf("stories = %v, want %v", got, tc.want)
			}
		})
	}
	t.Run("listing fields", func(t *testing.T) {
		p := decodeJSON[storiesPage](t, f.do(t, "GET", "/api/stories", ""))
		if p.Total != 4 {
			t.Errorf("total = %d, want 4", p.Total)
		}
		for _, s := range p.Stories {
			if s.ID == bridge && (s.Articles != 3 || s.Outlets != 3 || !s.Analysed || s.Title == "" || s.Updated == "") {
				t.Errorf("bridge listing = %+v, want 3 articles, 3 outlets, analysed, a title and a date", s)
			}
		}
	})
}

func TestAPIStoriesErrors(t *testing.T) {
	f := newFixture(t, Config{})
	tests := []struct{ name, query, msg string }{
		{"negative limit", "limit=-1", "bad limit"},
		{"non-numeric limit", "limit=ten", "bad limit"},
		{"negative offset", "offset=-5", "bad offset"},
		{"non-numeric offset", "offset=1.5", "bad offset"},
		{"unknown order", "order=oldest", "unknown order"},
		{"bad since", "since=03/02/2026", "bad date"},
		{"bad until", "until=2026-13-01", "bad date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, f.do(t, "GET", "/api/stories?"+tc.query, ""), http.StatusBadRequest, tc.msg)
		})
	}
}

func TestAPIStory(t *testing.T) {
	f := newFixture(t, Config{})
	bridge := f.storyOf(t, bridgeURL)
	rec := f.do(t, "GET", "/api/stories/"+bridge, "")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET story = %d; %s", rec.Code, rec.Body)
	}
	var got struct {
		ID        string            `json:"id"`
		Requested string            `json:"requested"`
		Claims    []json.RawMessage `json:"claims"`
		Outlets   []string          `json:"outlets"`
		Articles  []struct {
			ID, Text, Outlet string
		} `json:"articles"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != bridge || got.Requested != "" {
		t.Errorf("id, requested = %q, %q, want %q, \"\"", got.ID, got.Requested, bridge)
	}
	if len(got.Articles) != 3 || got.Articles[0].Text == "" || got.Articles[0].Outlet == "" {
		t.Errorf("articles = %+v, want 3 full articles", got.Articles)
	}
	if len(got.Claims) == 0 || len(got.Outlets) != 3 {
		t.Errorf("claims, outlets = %d, %v, want some claims and 3 outlets", len(got.Claims), got.Outlets)
	}
	wantError(t, f.do(t, "GET", "/api/stories/s-nope", ""), http.StatusNotFound, "not found")
}

func TestAPIStoryMerged(t *testing.T) {
	f := newFixture(t, Config{})
	bridge, library := f.storyOf(t, bridgeURL), f.storyOf(t, libraryURL)
	ctx := context.Background()
	if _, err := f.st.Commit(ctx, &store.Batch{Merges: []store.Merge{{From: library, Into: bridge}}}); err != nil {
		t.Fatal(err)
	}
	got := decodeJSON[struct {
		ID        string `json:"id"`
		Requested string `json:"requested"`
	}](t, f.do(t, "GET", "/api/stories/"+library, ""))
	if got.ID != bridge || got.Requested != library {
		t.Errorf("GET merged story = id %q requested %q, want %q, %q", got.ID, got.Requested, bridge, library)
	}
}

func TestAPIStoryHistory(t *testing.T) {
	f := newFixture(t, Config{})
	bridge, library := f.storyOf(t, bridgeURL), f.storyOf(t, libraryURL)
	moved := f.article(t, bridgeURL).ID
	ctx := context.Background()
	if _, err := f.st.Commit(ctx, &store.Batch{Moves: []store.Move{{Article: moved, From: bridge, To: library}}}); err != nil {
		t.Fatal(err)
	}
	type change struct{ Kind, Story, Article, From, To string }
	got := decodeJSON[struct {
		History []change `json:"history"`
	}](t, f.do(t, "GET", "/api/stories/"+library, ""))
	want := []change{{Kind: "move-in", Story: library, Article: moved, From: bridge}}
	if diff := cmp.Diff(want, got.History); diff != "" {
		t.Errorf("history of the story an article moved into (-want +got):\n%s", diff)
	}
	page := f.do(t, "GET", "/stories/"+library, "").Body.String()
	if !strings.Contains(page, "moved here from story") || !strings.Contains(page, "/stories/"+bridge) {
		t.Errorf("story page does not show the move from %s", bridge)
	}
	page = f.do(t, "GET", "/stories/"+bridge, "").Body.String()
	if !strings.Contains(page, "moved there") || !strings.Contains(page, "/articles/"+moved) {
		t.Errorf("story page of the story left does not show the move to %s", library)
	}
}

func TestAPIArticle(t *testing.T) {
	f := newFixture(t, Config{})
	a := f.article(t, bridgeURL)
	rec := f.do(t, "GET", "/api/articles/"+a.ID, "")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET article = %d; %s", rec.Code, rec.Body)
	}
	got := decodeJSON[articleResponse](t, rec)
	if got.ID != a.ID || got.Story != f.storyOf(t, bridgeURL) || got.Text == "" {
		t.Errorf("article = id %q story %q, want %q in %q with text", got.ID, got.Story, a.ID, f.storyOf(t, bridgeURL))
	}
	if len(got.Claims) == 0 {
		t.Fatalf("article carries no claims; want the story's claims it carries")
	}
	for _, c := range got.Claims {
		if len(c.Sentences) == 0 {
			t.Errorf("claim %s has no sentence in this article", c.ID)
		}
		for _, s := range c.Sentences {
			if s.Start < 0 || s.End > len(got.Text) || s.Start >= s.End {
				t.Errorf("claim %s sentence %v outside the text (len %d)", c.ID, s, len(got.Text))
			} else if !strings.Contains(c.Wording, got.Text[s.Start:s.End]) {
				// The article's own words, whatever the claim's text says.
				t.Errorf("claim %s wording %q lacks the article's sentence %q", c.ID, c.Wording, got.Text[s.Start:s.End])
			}
		}
	}
	// The divergences it takes a side in: every one of the story's
	// divergences naming the article, and always a list.
	if !regexp.MustCompile(`"divergences":\s*\[`).MatchString(rec.Body.String()) {
		t.Errorf("article JSON has no divergences list: %s", rec.Body)
	}
	sides := 0
	for _, x := range f.arts {
		var story struct{ Divergences []report.Divergence }
		if err := json.Unmarshal(f.do(t, "GET", "/api/stories/"+f.storyOf(t, x.URL), "").Body.Bytes(), &story); err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, d := range story.Divergences {
			if slices.ContainsFunc(d.Values, func(v report.Value) bool { return slices.Contains(v.Articles, x.ID) }) {
				want++
			}
		}
		art := decodeJSON[articleResponse](t, f.do(t, "GET", "/api/articles/"+x.ID, ""))
		if len(art.Divergences) != want {
			t.Errorf("article %s divergences = %+v, want the %d of the story's that name it", x.ID, art.Divergences, want)
		}
		sides += want
	}
	if sides == 0 {
		t.Error("no fixture article takes a side in a divergence; the divergences are not checked")
	}
	wantError(t, f.do(t, "GET", "/api/articles/nope", ""), http.StatusNotFound, "not found")
}

func TestAPISearch(t *testing.T) {
	f := newFixture(t, Config{})
	got := decodeJSON[searchResponse](t, f.do(t, "GET", "/api/search?q=Brandt", ""))
	if got.Query != "Brandt" || len(got.Hits) == 0 {
		t.Fatalf("search Brandt = %+v, want hits", got)
	}
	for _, h := range got.Hits {
		if h.Story != f.storyOf(t, libraryURL) && h.Story != "" {
			t.Errorf("hit %+v is not in the library story", h)
		}
	}
	wantError(t, f.do(t, "GET", "/api/search", ""), http.StatusBadRequest, "missing query")
	wantError(t, f.do(t, "GET", "/api/search?q=fire&limit=x", ""), http.StatusBadRequest, "bad limit")
	wantError(t, f.do(t, "GET", "/api/search?q=fire&offset=-1", ""), http.StatusBadRequest, "bad offset")
}

func TestAPIOutlets(t *testing.T) {
	f := newFixture(t, Config{})
	got := decodeJSON[struct {
		Outlets []outletRole `json:"outlets"`
	}](t, f.do(t, "GET", "/api/outlets", ""))
	rows := map[string]outletRole{}
	for _, o := range got.Outlets {
		rows[o.Outlet] = o
	}
	want := map[string]int{}
	for _, a := range f.arts {
		want[a.Outlet]++
	}
	for outlet, n := range want {
		// every fixture article of an outlet is in a different story
		if r := rows[outlet]; r.Articles != n || r.Stories != n {
			t.Errorf("outlet %s = %+v, want %d articles in %d stories", outlet, r, n, n)
		}
	}
	// The roles must agree with the story documents the API serves.
	wantOrigin := map[string]int{}
	wantDiv, wantMinority := map[string]int{}, map[string]int{}
	divergences := 0
	for _, id := range []string{f.storyOf(t, bridgeURL), f.storyOf(t, libraryURL), f.storyOf(t, tramURL), f.storyOf(t, marathonURL)} {
		var doc struct {
			report.Story
			Articles []struct{ ID, Outlet string } `json:"articles"`
		}
		if err := json.Unmarshal(f.do(t, "GET", "/api/stories/"+id, "").Body.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Origin != nil {
			wantOrigin[doc.Origin.Outlet]++
		}
		outletOf := map[string]string{}
		for _, a := range doc.Articles {
			outletOf[a.ID] = a.Outlet
		}
		divergences += len(doc.Divergences)
		for _, r := range doc.Story.OutletRoles(outletOf) {
			wantDiv[r.Outlet] += r.Divergences
			wantMinority[r.Outlet] += r.Minority
		}
	}
	for outlet, n := range wantOrigin {
		if rows[outlet].Origin != n {
			t.Errorf("outlet %s origin = %d, want %d", outlet, rows[outlet].Origin, n)
		}
	}
	minority := 0
	for _, n := range wantMinority {
		minority += n
	}
	if divergences == 0 || minority == 0 {
		t.Fatalf("%d divergences, %d in the minority in the fixture stories; the counts are not checked", divergences, minority)
	}
	for outlet, r := range rows {
		if r.Divergences != wantDiv[outlet] || r.Minority != wantMinority[outlet] {
			t.Errorf("outlet %s divergences, minority = %d, %d, want %d, %d (from the story documents)", outlet, r.Divergences, r.Minority, wantDiv[outlet], wantMinority[outlet])
		}
	}
}

func TestAPIPostArticles(t *testing.T) {
	f := newFixture(t, Config{})
	library := f.storyOf(t, libraryURL)
	body := `[{"url":"https://dalebugle.example/library-fire","outlet":"Dale Bugle","title":"Books lost in Oldbrook library fire",
		"published":"2026-03-03","text":"A fire damaged the reading room of the Oldbrook public library on Tuesday night, the Oldbrook fire service said. No one was hurt. Librarian Tomas Brandt said about 1,200 books had been destroyed and the library would stay closed until further notice."},
		{"outlet":"Empty Gazette","html":"<html><body></body></html>"}]`
	rec := f.do(t, "POST", "/api/articles", body)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST = %d, want 201; %s", rec.Code, rec.Body)
	}
	got := decodeJSON[struct{ Articles []postResult }](t, rec)
	if len(got.Articles) != 2 {
		t.Fatalf("results = %+v, want 2", got.Articles)
	}
	if r := got.Articles[0]; r.ID == "" || r.Story != library || r.DuplicateOf != "" || r.Error != "" {
		t.Errorf("result 1 = %+v, want a new article in story %s", r, library)
	}
	if r := got.Articles[1]; r.Error == "" {
		t.Errorf("result 2 = %+v, want an error for an article without text", r)
	}
	// the touched story was re-analysed with the new article
	listed := decodeJSON[storiesPage](t, f.do(t, "GET", "/api/stories?outlet=Dale+Bugle", ""))
	if len(listed.Stories) != 1 || listed.Stories[0].Articles != 3 || !listed.Stories[0].Analysed {
		t.Errorf("after POST, Dale Bugle stories = %+v, want the library story with 3 analysed articles", listed.Stories)
	}
	// posting the same article again is a duplicate
	again := decodeJSON[struct{ Articles []postResult }](t, f.do(t, "POST", "/api/articles", body))
	if r := again.Articles[0]; r.DuplicateOf != got.Articles[0].ID || r.Story != library {
		t.Errorf("repost = %+v, want duplicate_of %s in story %s", r, got.Articles[0].ID, library)
	}
}

func TestAPIPostErrors(t *testing.T) {
	f := newFixture(t, Config{Token: "s3cret", MaxBody: 2048})
	auth := []string{"Authorization", "Bearer s3cret"}
	good := `{"url":"https://x.example/a","outlet":"X","title":"T","text":"Some words about a thing that happened today in a town."}`
	tests := []struct {
		name   string
		body   string
		header []string
		status int
		msg    string
	}{
		{"no token", good, nil, http.StatusUnauthorized, "bearer token"},
		{"wrong token", good, []string{"Authorization", "Bearer guess"}, http.StatusUnauthorized, "bearer token"},
		{"not bearer", good, []string{"Authorization", "Basic s3cret"}, http.StatusUnauthorized, "bearer token"},
		{"bad JSON", "{\"url\": \"x\",\n \"text\": }", auth, http.StatusBadRequest, "line 2, column 11"},
		{"truncated JSON", `{"url": "x"`, auth, http.StatusBadRequest, "bad JSON"},
		{"wrong type", `{"url": 5, "text": "t"}`, auth, http.StatusBadRequest, `field "url" must be string`},
		{"unknown field", `{"body": "t"}`, auth, http.StatusBadRequest, "unknown field"},
		{"trailing data", good + good, auth, http.StatusBadRequest, "extra data"},
		{"empty body", "", auth, http.StatusBadRequest, "empty body"},
		{"empty array", "[]", auth, http.StatusBadRequest, "empty array"},
		{"missing text", `{"url":"https://x.example/b","outlet":"X"}`, auth, http.StatusBadRequest, "missing text or html"},
		{"text and html", `{"text":"a","html":"<p>a</p>"}`, auth, http.StatusBadRequest, "not both"},
		{"bad date", `{"text":"a b c","published":"yesterday"}`, auth, http.StatusBadRequest, "bad published date"},
		{"oversize", `{"text":"` + strings.Repeat("a", 4096) + `"}`, auth, http.StatusRequestEntityTooLarge, "larger than 2048"},
		{"good with token", good, auth, http.StatusCreated, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := f.do(t, "POST", "/api/articles", tc.body, tc.header...)
			if tc.status == http.StatusCreated {
				if rec.Code != tc.status {
					t.Fatalf("POST = %d, want %d; %s", rec.Code, tc.status, rec.Body)
				}
				return
			}
			wantError(t, rec, tc.status, tc.msg)
		})
	}
}

func TestAPIRoutingErrors(t *testing.T) {
	f := newFixture(t, Config{})
	tests := []struct {
		name, method, path string
		status             int
		allow              string
	}{
		{"delete articles", "DELETE", "/api/articles", http.StatusMethodNotAllowed, "POST"},
		{"get articles list", "GET", "/api/articles", http.StatusMethodNotAllowed, "POST"},
		{"post stories", "POST", "/api/stories", http.StatusMethodNotAllowed, "GET"},
		{"put story", "PUT", "/api/stories/x", http.StatusMethodNotAllowed, "GET"},
		{"unknown route", "GET", "/api/nothing", http.StatusNotFound, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := f.do(t, tc.method, tc.path, "")
			wantError(t, rec, tc.status, "")
			if got := rec.Header().Get("Allow"); got != tc.allow {
				t.Errorf("Allow = %q, want %q", got, tc.allow)
			}
		})
	}
}

// TestOpenAPICoversRoutes keeps the hand-written OpenAPI document honest:
// every registered API route is documented and every documented one exists.
func TestOpenAPICoversRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	data, err := os.ReadFile(filepath.Join("openapi.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0") {
		t.Errorf("openapi = %q, want 3.0.x", doc.OpenAPI)
	}
	f := newFixture(t, Config{})
	registered := map[string]bool{}
	for _, r := range f.srv.APIRoutes() {
		key := fmt.Sprintf("%s %s", strings.ToLower(r.Method), r.Path)
		registered[key] = true
		if _, ok := doc.Paths[r.Path][strings.ToLower(r.Method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", r.Method, r.Path)
		}
	}
	for p, ops := range doc.Paths {
		for m := range ops {
			if !registered[m+" "+p] {
				t.Errorf("openapi.json documents %s %s, which is not served", m, p)
			}
		}
	}
	rec := f.do(t, "GET", "/api/openapi.json", "")
	if rec.Code != http.StatusOK || rec.Body.Len() != len(data) {
		t.Errorf("GET /api/openapi.json = %d, %d bytes, want 200 and the embedded document", rec.Code, rec.Body.Len())
	}
}

// TestConcurrentRequests reads and writes at once, for the race detector.
func TestConcurrentRequests(t *testing.T) {
	f := newFixture(t, Config{})
	bridge := f.storyOf(t, bridgeURL)
	paths := []string{"/", "/api/stories", "/stories/" + bridge, "/api/stories/" + bridge, "/outlets", "/api/search?q=bridge"}
	done := make(chan struct{})
	for i := range 6 {
		go func() {
			defer func() { done <- struct{}{} }()
			if i%3 == 0 {
				body := fmt.Sprintf(`{"url":"https://c.example/%d","outlet":"Concurrent Daily","title":"Kessel Bridge update %d","text":"The Kessel Bridge in Marrowport stays closed while engineers study the crack in its main steel span, update %d."}`, i, i, i)
				if rec := f.do(t, "POST", "/api/articles", body); rec.Code != http.StatusCreated {
					t.Errorf("POST = %d; %s", rec.Code, rec.Body)
				}
				return
			}
			for _, p := range paths {
				if rec := f.do(t, "GET", p, ""); rec.Code != http.StatusOK {
					t.Errorf("GET %s = %d", p, rec.Code)
				}
			}
		}()
	}
	for range 6 {
		<-done
	}
}

// TestServerErrors checks that a failing store gives a 500 that names no
// internals, in JSON for the API and HTML for pages, and is logged.
func TestServerErrors(t *testing.T) {
	var logged strings.Builder
	f := newFixture(t, Config{Log: slog.New(slog.NewTextHandler(&syncWriter{w: &logged}, nil))})
	f.st.Close()
	rec := f.do(t, "GET", "/api/stories", "")
	wantError(t, rec, http.StatusInternalServerError, "Internal Server Error")
	if strings.Contains(rec.Body.String(), "sql") {
		t.Errorf("500 body leaks the cause: %s", rec.Body)
	}
	page := f.do(t, "GET", "/outlets", "")
	if page.Code != http.StatusInternalServerError || !strings.Contains(page.Body.String(), "Something went wrong") {
		t.Errorf("GET /outlets on a closed store = %d, want the 500 page", page.Code)
	}
	if !strings.Contains(logged.String(), "api request failed") || !strings.Contains(logged.String(), "page request failed") {
		t.Errorf("log = %q, want both failures logged", logged.String())
	}
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
