package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStoreCommands runs ingest, stories, story, search and export on the
// example corpus through their run functions, as a user would in a row.
func TestStoreCommands(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "cc.db")
	var out, errw bytes.Buffer
	if err := runIngest(ctx, ingestOptions{db: db, format: "json", batch: 8, quiet: true}, []string{"../../examples/corpus"}, &out, &errw); err != nil {
		t.Fatalf("ingest: %v (%s)", err, errw.String())
	}
	var sum ingestSummary
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Added != 19 || sum.Analysed != 5 || len(sum.Errors) != 0 {
		t.Fatalf("ingest summary = %+v, want 19 added, 5 stories analysed", sum)
	}

	out.Reset()
	if err := runStories(ctx, storiesOptions{db: db, format: "json", order: "largest", limit: 10}, &out); err != nil {
		t.Fatal(err)
	}
	var list struct {
		Total   int `json:"total"`
		Stories []struct {
			ID       string `json:"id"`
			Articles int    `json:"articles"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(out.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	if list.Total != 5 || list.Stories[0].Articles != 7 {
		t.Fatalf("stories = %+v, want 5 with the 7-article dam story first", list)
	}

	out.Reset()
	if err := runStory(ctx, storyOptions{db: db, format: "markdown"}, list.Stories[0].ID, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Merrow Dam") || !strings.Contains(out.String(), "### Where outlets diverge") {
		t.Errorf("story markdown lacks the story or its divergences:\n%.600s", out.String())
	}

	out.Reset()
	if err := runSearch(ctx, searchOptions{db: db, format: "json", limit: 5}, "water-bombing aircraft", &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"kind": "article"`) {
		t.Errorf("search found no article: %s", out.String())
	}

	out.Reset()
	if err := runExport(ctx, exportOptions{db: db, format: "jsonl"}, &out); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(strings.TrimSpace(out.String()), "\n") + 1; n != 5 {
		t.Errorf("export jsonl wrote %d lines, want one per story (5)", n)
	}

	if err := runStory(ctx, storyOptions{db: db, format: "text"}, "s-nonexistent", &out); err == nil {
		t.Error("story with an unknown id succeeded")
	}
	if err := runStories(ctx, storiesOptions{db: filepath.Join(t.TempDir(), "missing.db"), format: "text"}, &out); err == nil {
		t.Error("stories on a missing store succeeded (it must not create one)")
	}
}

// TestRunWatchOnce polls a feed served locally once and stores its items.
func TestRunWatchOnce(t *testing.T) {
	body := "<p>" + strings.Repeat("The harbour board in Elsby voted on Tuesday to rebuild the north pier, its chair said. ", 8) + "</p>"
	feed := fmt.Sprintf(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Elsby Echo</title><link>http://elsby.example/</link><description>News</description>
<item><title>Pier to be rebuilt</title><link>http://elsby.example/pier</link><pubDate>Tue, 10 Mar 2026 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[%s]]></content:encoded></item>
</channel></rss>`, body)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(list, []byte("# local test feed\n"+srv.URL+"/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	opts := watchOptions{db: filepath.Join(dir, "w.db"), feeds: list, interval: time.Minute, hostDelay: time.Millisecond, once: true}
	if err := runWatch(context.Background(), opts, &out, &errw); err != nil {
		t.Fatalf("watch --once: %v (%s)", err, errw.String())
	}
	if !strings.Contains(out.String(), "1 new articles") {
		t.Errorf("watch output = %q, want one new article", out.String())
	}
	// A second round finds nothing new.
	out.Reset()
	if err := runWatch(context.Background(), opts, &out, &errw); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "0 new articles") {
		t.Errorf("second watch output = %q, want nothing new", out.String())
	}
	if err := runWatch(context.Background(), watchOptions{db: opts.db}, &out, &errw); err == nil || !errors.As(err, new(usageError)) {
		t.Errorf("watch without --feeds: err = %v, want a usage error", err)
	}
}
