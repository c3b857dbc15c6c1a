package analyze

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/report"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const examples = "../../examples"

// run analyses paths and fails the test on a fatal error.
func run(t *testing.T, paths ...string) *report.Document {
	t.Helper()
	doc, err := Run(context.Background(), paths, Options{Quiet: true})
	if err != nil {
		t.Fatalf("Run(%v): %v", paths, err)
	}
	return doc
}

func TestGoldenReports(t *testing.T) {
	doc := run(t, filepath.Join(examples, "corpus"))
	renderers := []struct {
		file   string
		render func(*bytes.Buffer, *report.Document) error
	}{
		{"examples.txt.golden", func(b *bytes.Buffer, d *report.Document) error { return report.Text(b, d) }},
		{"examples.md.golden", func(b *bytes.Buffer, d *report.Document) error { return report.Markdown(b, d) }},
		{"examples.json.golden", func(b *bytes.Buffer, d *report.Document) error { return report.JSON(b, d) }},
	}
	for _, r := range renderers {
		t.Run(r.file, func(t *testing.T) {
			var got bytes.Buffer
			if err := r.render(&got, doc); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", r.file)
			if *update {
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/analyze -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from the report; run go test ./internal/analyze -update and review the diff", path)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := report.JSON(&a, run(t, filepath.Join(examples, "corpus"))); err != nil {
		t.Fatal(err)
	}
	if err := report.JSON(&b, run(t, filepath.Join(examples, "corpus"))); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs on the same corpus gave different documents")
	}
}

// truth is the part of examples/truth.json these tests check.
type truth struct {
	Articles []struct {
		Ref, URL string
	} `json:"articles"`
	Stories []struct {
		Name  string   `json:"name"`
		Topic string   `json:"topic"` // stories of one topic share it
		Files []string `json:"files"`
	} `json:"stories"`
	Duplicates [][]string `json:"duplicates"`
	Entities   []struct {
		Name     string   `json:"name"`
		Kind     string   `json:"kind"`
		Variants []string `json:"variants"`
	} `json:"entities"`
	Boilerplate []struct {
		File   string `json:"file"`
		Text   string `json:"text"`
		Expect string `json:"expect"` // "absent", or "once" for a repeated paragraph
	} `json:"boilerplate"`
	Divergences []struct {
		Story  string `json:"story"`
		Kind   string `json:"kind"`
		Values []struct {
			Value string   `json:"value"`
			Files []string `json:"files"`
		} `json:"values"`
	} `json:"divergences"`
	Origin []struct {
		Story, Outlet, File string
	} `json:"origin"`
}

func loadTruth(t *testing.T) truth {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(examples, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tr truth
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	return tr
}

// index maps the truth's file references to the analysed articles' ids (by
// URL, the one key every input format keeps).
type index struct {
	doc     *report.Document
	idOfRef map[string]string
	story   map[string]string // article id -> story id
	byID    map[string]*report.Article
}

func newIndex(t *testing.T, doc *report.Document, tr truth) *index {
	ix := &index{doc: doc, idOfRef: map[string]string{}, story: map[string]string{}, byID: map[string]*report.Article{}}
	idOfURL := map[string]string{}
	for i := range doc.Articles {
		a := &doc.Articles[i]
		idOfURL[a.URL] = a.ID
		ix.byID[a.ID] = a
	}
	for _, a := range tr.Articles {
		id, ok := idOfURL[a.URL]
		if !ok {
			t.Errorf("article %s (%s) was not read", a.Ref, a.URL)
			continue
		}
		ix.idOfRef[a.Ref] = id
	}
	for _, s := range doc.Stories {
		for _, id := range s.Articles {
			ix.story[id] = s.ID
		}
	}
	return ix
}

func TestExampleStories(t *testing.T) {
	tr := loadTruth(t)
	doc := run(t, filepath.Join(examples, "corpus"))
	ix := newIndex(t, doc, tr)
	if len(doc.Errors) != 0 {
		t.Errorf("errors on the example corpus: %v", doc.Errors)
	}
	if got, want := len(doc.Stories), len(tr.Stories); got != want {
		t.Errorf("%d stories, want %d", got, want)
	}
	seen := map[string]string{}
	for _, s := range tr.Stories {
		first := ix.story[ix.idOfRef[s.Files[0]]]
		for _, f := range s.Files[1:] {
			if got := ix.story[ix.idOfRef[f]]; got != first {
				t.Errorf("story %s: %s is in story %s, %s in %s; want one story", s.Name, s.Files[0], first, f, got)
			}
		}
		if other, dup := seen[first]; dup {
			t.Errorf("stories %s and %s were grouped together", other, s.Name)
		}
		seen[first] = s.Name
	}
}

// TestExampleTopics: stories of one topic in truth.json (the dam's
// collapse and the inquiry two weeks later) are separate stories that name
// each other as related and share a topic; every other story is alone in
// its topic, including the wildfire plan, which has the same people as
// the collapse.
func TestExampleTopics(t *testing.T) {
	tr := loadTruth(t)
	doc := run(t, filepath.Join(examples, "corpus"))
	ix := newIndex(t, doc, tr)
	byID := map[string]*report.Story{}
	for i := range doc.Stories {
		byID[doc.Stories[i].ID] = &doc.Stories[i]
	}
	related := 0
	for _, a := range tr.Stories {
		sa := byID[ix.story[ix.idOfRef[a.Files[0]]]]
		if sa == nil {
			t.Fatalf("story %s not found", a.Name)
		}
		for _, b := range tr.Stories {
			sb := byID[ix.story[ix.idOfRef[b.Files[0]]]]
			if a.Name == b.Name || sb == nil {
				continue
			}
			want := a.Topic != "" && a.Topic == b.Topic
			if got := sa.Topic != "" && sa.Topic == sb.Topic; got != want {
				t.Errorf("stories %s and %s share a topic: %v, want %v", a.Name, b.Name, got, want)
			}
			if got := slices.ContainsFunc(sa.Related, func(r report.Related) bool { return r.ID == sb.ID }); got != want {
				t.Errorf("story %s lists %s as related: %v, want %v", a.Name, b.Name, got, want)
			}
			if want {
				related++
			}
		}
	}
	if related == 0 {
		t.Error("truth.json has no two stories of one topic; the test checks nothing")
	}
}

func TestExampleDuplicates(t *testing.T) {
	tr := loadTruth(t)
	doc := run(t, filepath.Join(examples, "corpus"))
	ix := newIndex(t, doc, tr)
	var groups [][]string
	for _, s := range doc.Stories {
		groups = append(groups, s.Duplicates...)
	}
	for _, want := range tr.Duplicates {
		a, b := ix.idOfRef[want[0]], ix.idOfRef[want[1]]
		found := slices.ContainsFunc(groups, func(g []string) bool { return slices.Contains(g, a) && slices.Contains(g, b) })
		if !found {
			t.Errorf("near-duplicates %s and %s not reported (groups %v)", want[0], want[1], groups)
		}
	}
}

func TestExampleEntities(t *testing.T) {
	tr := loadTruth(t)
	doc := run(t, filepath.Join(examples, "corpus"))
	for _, want := range tr.Entities {
		if len(want.Variants) < 2 {
			continue
		}
		// Every variant must resolve to the same entity in the stories
		// where they occur together.
		for _, s := range doc.Stories {
			owner := map[string]string{}
			for _, e := range s.Entities {
				for _, v := range e.Variants {
					owner[v.Text] = e.ID
				}
			}
			var ids []string
			for _, v := range want.Variants {
				if id, ok := owner[v]; ok && !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
			if len(ids) > 1 {
				t.Errorf("story %s: variants of %s split over entities %v", s.ID, want.Name, ids)
			}
		}
	}
}

func TestExampleBoilerplate(t *testing.T) {
	tr := loadTruth(t)
	doc := run(t, filepath.Join(examples, "corpus"))
	ix := newIndex(t, doc, tr)
	for _, want := range tr.Boilerplate {
		a := ix.byID[ix.idOfRef[want.File]]
		if a == nil {
			t.Errorf("%s not read", want.File)
			continue
		}
		wantCount := 0
		if want.Expect == "once" {
			wantCount = 1
		}
		if got := strings.Count(a.Text, want.Text); got != wantCount {
			t.Errorf("%s: %q occurs %d times in the text, want %d", want.File, want.Text, got, wantCount)
		}
		if !slices.ContainsFunc(a.Boilerplate, func(r report.Removed) bool { return strings.Contains(r.Text, want.Text) }) {
			t.Errorf("%s: %q not listed as removed boilerplate", want.File, want.Text)
		}
	}
}

func TestExampleDivergences(t *testing.T) {
	tr := loadTruth(t)
	doc := run(t, filepath.Join(examples, "corpus"))
	ix := newIndex(t, doc, tr)
	for _, want := range tr.Divergences {
		story := ix.story[ix.idOfRef[want.Values[0].Files[0]]]
		var kinds []string
		found := false
		for _, s := range doc.Stories {
			if s.ID != story {
				continue
			}
			for _, d := range s.Divergences {
				kinds = append(kinds, d.Kind)
				if d.Kind == want.Kind && divergenceSeparates(ix, d, want.Values[0].Files, want.Values[1].Files) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("story %s: no %s divergence separating %v from %v (found kinds %v)", want.Story, want.Kind,
				want.Values[0].Value, want.Values[1].Value, kinds)
		}
	}
}

// divergenceSeparates reports whether d has one value carried by an article
// of a and another carried by an article of b.
func divergenceSeparates(ix *index, d report.Divergence, a, b []string) bool {
	side := func(files []string) int {
		for i, v := range d.Values {
			for _, f := range files {
				if slices.Contains(v.Articles, ix.idOfRef[f]) {
					return i
				}
			}
		}
		return -1
	}
	sa, sb := side(a), side(b)
	return sa >= 0 && sb >= 0 && sa != sb
}

func TestExampleOrigin(t *testing.T) {
	tr := loadTruth(t)
	doc := run(t, filepath.Join(examples, "corpus"))
	ix := newIndex(t, doc, tr)
	for _, want := range tr.Origin {
		id := ix.idOfRef[want.File]
		for _, s := range doc.Stories {
			if !slices.Contains(s.Articles, id) {
				continue
			}
			if s.Origin == nil || s.Origin.Article == nil || *s.Origin.Article != id {
				t.Errorf("story %s: origin %+v, want article %s (%s)", want.Story, s.Origin, want.File, want.Outlet)
			}
		}
	}
}

func TestBadInputsDoNotStopTheRun(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.txt":    {},
		"junk.bin":     {0x00, 0xff, 0xfe, 0x01, 0x02, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00},
		"broken.jsonl": []byte("{\"url\":\"https://a.example/1\",\"title\":\"Fine\",\"text\":\"A fine article about the harbour strike. The union said talks failed on Monday.\"}\n{not json\n"),
		"trunc.txt.gz": {0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00},
		"notext.html":  []byte("<html><body><div>"),
		"short.jsonl":  []byte("{\"url\":\"https://a.example/2\",\"html\":\"<html><body><div>\"}\n{\"url\":\"https://a.example/3\",\"html\":\"<html><body>\"}\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	doc := run(t, dir, filepath.Join(dir, "missing.txt"))
	if got := len(doc.Articles); got != 1 {
		t.Errorf("%d articles read, want the one good JSON line", got)
	}
	for _, name := range []string{"empty.txt", "junk.bin", "broken.jsonl", "trunc.txt.gz", "missing.txt", "notext.html", "short.jsonl"} {
		if !slices.ContainsFunc(doc.Errors, func(e report.InputError) bool { return strings.Contains(e.Message, name) }) {
			t.Errorf("no error naming %s in %v", name, doc.Errors)
		}
	}
	for _, e := range doc.Errors {
		if strings.Contains(e.Message, "\n") {
			t.Errorf("error message spans lines: %q", e.Message)
		}
		if e.Input == "" {
			t.Errorf("error %q names no input", e.Message)
		}
	}
	// Every file but the JSON Lines file with one good line failed; the
	// two records without text of short.jsonl are one failed input.
	if want := 7; doc.Stats.FailedInputs != want {
		t.Errorf("Stats.FailedInputs = %d, want %d (errors %v)", doc.Stats.FailedInputs, want, doc.Errors)
	}
}
