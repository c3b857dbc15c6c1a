package pipelinetest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/claim"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/locate"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// ducStory loads the first story (ten wire articles) of the DUC 2004 set
// from the shared data directory, through textproc and entity.
func ducStory(b *testing.B) []*news.Article {
	path := locate.SharedOrSkip(b, filepath.Join("data", "summarization", "duc2004_task2.jsonl"))
	f, err := os.Open(path)
	if err != nil {
		b.Fatalf("open DUC data: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	if !sc.Scan() {
		b.Fatalf("read DUC data %s: %v", path, sc.Err())
	}
	var cl struct {
		Docs []struct{ ID, Text string }
	}
	if err := json.Unmarshal(sc.Bytes(), &cl); err != nil {
		b.Fatalf("parse DUC story: %v", err)
	}
	var arts []*news.Article
	for _, d := range cl.Docs {
		a := &news.Article{Text: d.Text, Language: "en"}
		textproc.Process(a)
		a.ID = d.ID
		a.Mentions = entity.Mentions(a)
		arts = append(arts, a)
	}
	return arts
}

// BenchmarkExtractDUC measures Extract and Diverge on a real ten-article
// wire story.
func BenchmarkExtractDUC(b *testing.B) {
	arts := ducStory(b)
	names := entityNames{entity.Resolve(arts)}
	b.ResetTimer()
	for b.Loop() {
		claims := claim.Extract(arts, names, nil)
		claim.Diverge(arts, claims, names)
	}
}
