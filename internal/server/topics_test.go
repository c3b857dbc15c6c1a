package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/url"
	"regexp"
	"testing"

	testfixture "github.com/crosscheck-news/crosscheck/internal/fixture"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// TestTopics serves the example corpus, where the dam's collapse and the
// inquiry two weeks later are two stories of one topic: the API's story
// documents name each other as related, the list filters by topic, and
// the story page links the related story and the topic's list.
func TestTopics(t *testing.T) {
	ctx := context.Background()
	st, in := openStore(t)
	if err := in.AddStream(ctx, testfixture.ExampleStream(t), 2, nil); err != nil {
		t.Fatal(err)
	}
	// Analysed as ingest leaves them: a story's shared names come from
	// the other stories' stored analyses.
	if _, err := in.Refresh(ctx, 100); err != nil {
		t.Fatal(err)
	}
	srv, err := New(ctx, st, Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{st: st, srv: srv}
	page, err := st.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var topic, inquiry, collapse string
	for _, s := range page.Stories {
		switch s.Title {
		case "Merrow Dam inquiry: operator was warned three times about leaks":
			inquiry, topic = s.ID, s.Topic
		case "Fourteen dead as Merrow Dam gives way above Kaldbrook":
			collapse = s.ID
		}
	}
	if topic == "" || inquiry == "" || collapse == "" {
		t.Fatalf("inquiry %q (topic %q), collapse %q: want both, with a topic", inquiry, topic, collapse)
	}

	var doc struct {
		Topic   string           `json:"topic"`
		Related []report.Related `json:"related"`
	}
	if err := json.Unmarshal(f.do(t, "GET", "/api/stories/"+inquiry, "").Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Topic != topic || len(doc.Related) != 1 || doc.Related[0].ID != collapse {
		t.Errorf("GET /api/stories/%s: topic %q related %v, want topic %s and the collapse %s related", inquiry, doc.Topic, doc.Related, topic, collapse)
	}
	var list storiesPage
	if err := json.Unmarshal(f.do(t, "GET", "/api/stories?topic="+url.QueryEscape(topic), "").Body.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	if list.Total != 2 || len(list.Stories) != 2 {
		t.Errorf("GET /api/stories?topic=%s: %+v, want the 2 stories of the topic", topic, list)
	}

	for _, tc := range []struct{ path, want string }{
		{"/stories/" + inquiry, `<nav class="related"[^>]*>\s*<p>Same topic, other events:\s*<a href="/stories/` + collapse + `">Fourteen dead`},
		// The evidence for the link: names both stories give.
		{"/stories/" + inquiry, `</a> <span class="meta">\(shares [^)]*<bdi>Vessa Hydro</bdi>`},
		{"/stories/" + inquiry, `href="/\?topic=` + regexp.QuoteMeta(topic) + `"`},
		{"/", `<a class="tag" href="/\?topic=` + regexp.QuoteMeta(topic) + `"`},
		{"/?topic=" + url.QueryEscape(topic), `Stories 1–2 of 2 of one topic`},
	} {
		rec := f.do(t, "GET", tc.path, "")
		if rec.Code != 200 || !regexp.MustCompile(tc.want).MatchString(rec.Body.String()) {
			t.Errorf("GET %s: status %d, body does not match %s", tc.path, rec.Code, tc.want)
		}
	}
}
