package textproc

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// multiLingCodes maps the MultiLing 2011 language names to ISO 639-1.
var multiLingCodes = map[string]string{
	"arabic": "ar", "czech": "cs", "english": "en", "french": "fr",
	"greek": "el", "hebrew": "he", "hindi": "hi",
}

// TestMultiLing runs the stage over the MultiLing 2011 WikiNews articles
// (700 articles in seven languages, read from the shared data directory):
// the language must be detected on nearly all of them, and the offsets must
// hold on every script.
func TestMultiLing(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 700 articles")
	}
	path := filepath.Join(sharedDir(t), "data", "multilingual", "multiling2011.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("MultiLing 2011 data not available: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	total, right := 0, 0
	wrong := make(map[string]int)
	for sc.Scan() {
		var topic struct {
			Lang string `json:"lang"`
			Docs []struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			} `json:"docs"`
		}
		if err := json.Unmarshal(sc.Bytes(), &topic); err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		want := multiLingCodes[topic.Lang]
		for _, d := range topic.Docs {
			a := &news.Article{Source: d.ID, Text: d.Text}
			Process(a)
			checkInvariants(t, a)
			total++
			if a.Language == want {
				right++
			} else {
				wrong[topic.Lang+"->"+a.Language]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	acc := float64(right) / float64(total)
	t.Logf("language accuracy on %d MultiLing articles: %.4f, errors %v", total, acc, wrong)
	if total < 700 || acc < 0.98 {
		t.Errorf("DetectLanguage on MultiLing: %d/%d right (%.3f), want >= 0.98 of 700; errors %v", right, total, acc, wrong)
	}
}
