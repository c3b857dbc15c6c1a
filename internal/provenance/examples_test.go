package provenance

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/extract"
	corpus "github.com/crosscheck-news/crosscheck/internal/fixture"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/source"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// truth is the part of examples/truth.json these tests read.
type truth struct {
	Articles []struct {
		Ref, URL string
	}
	Stories []struct {
		Name  string
		Files []string
	}
	Origin []struct {
		Story, File string
	}
	Derivations []struct {
		From *string
		To   string
		Kind string
	}
}

func readTruth(t *testing.T, corpus string) truth {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(filepath.Dir(corpus), "truth.json"))
	if err != nil {
		t.Fatalf("read truth.json: %v", err)
	}
	var tr truth
	if err := json.Unmarshal(b, &tr); err != nil {
		t.Fatalf("parse truth.json: %v", err)
	}
	return tr
}

// checkDerivations compares the graph of one story with the truth's
// derivations into its articles; byRef maps truth refs to articles.
func checkDerivations(t *testing.T, g *Graph, tr truth, byRef map[string]*news.Article) {
	t.Helper()
	n := 0
	for _, d := range tr.Derivations {
		to := byRef[d.To]
		if to == nil {
			continue
		}
		n++
		wantFrom := to.ID
		if d.From != nil {
			if byRef[*d.From] == nil {
				t.Fatalf("truth derivation %s -> %s: source not in the story", *d.From, d.To)
			}
			wantFrom = byRef[*d.From].ID
		}
		t.Run(filepath.Base(d.To), func(t *testing.T) {
			e, ok := edgeTo(g, to.ID)
			if !ok {
				t.Fatalf("no edge into %s, want %s --%s-->", d.To, wantFrom, d.Kind)
			}
			if e.From != wantFrom || e.Kind != d.Kind {
				t.Errorf("edge into %s = %s --%s-->, want %s --%s--> (evidence %+v)", d.To, e.From, e.Kind, wantFrom, d.Kind, e.Evidence)
			}
			if len(e.Evidence) == 0 {
				t.Errorf("edge into %s has no evidence", d.To)
			}
		})
	}
	if n == 0 {
		t.Error("no truth derivation into the story's articles")
	}
}

// sentenceWith returns the index of a's sentence holding phrase.
func sentenceWith(t *testing.T, a *news.Article, phrase string) int {
	t.Helper()
	i := strings.Index(a.Text, phrase)
	if i < 0 {
		t.Fatalf("%s has no %q", a.Source, phrase)
	}
	return a.SentenceAt(i)
}

// TestExampleMerrowStory runs the example corpus's Merrow Dam story
// through the real stages: the Harbour Times is the origin; NewsPulse24
// rewrites it, the Northern Ledger syndicates it, Severni Glas translates
// it, the Riverwatch blog pastes a block of it and Radio Norland reports
// independently (one shared phrase of common wording is no evidence).
func TestExampleMerrowStory(t *testing.T) {
	dir := corpus.ExampleCorpus(t)
	tr := readTruth(t, dir)
	st := corpus.Merrow(t)
	byRef := map[string]*news.Article{}
	var arts []*news.Article
	for _, f := range corpus.MerrowFiles {
		byRef["corpus/"+f] = st[f]
		arts = append(arts, st[f])
	}
	g := Analyze(arts)
	ht := st["harbourtimes-merrow-dam-collapse.txt"]
	if g.Original.Article != ht.ID || g.Original.Outlet != "Harbour Times" {
		t.Errorf("Analyze(merrow).Original = %q/%q, want %s/Harbour Times", g.Original.Outlet, g.Original.Article, ht.ID)
	}
	checkDerivations(t, g, tr, byRef)

	rn := st["radionorland-rescuers-search-kaldbrook.txt"]
	rw := st["riverwatch-blog-merrow-who-checks.html"]
	np := st["newspulse24-merrow-dam-disaster.txt"]
	origins := []struct {
		name   string
		a      *news.Article
		phrase string
		want   string
	}{
		{"own reporting crediting itself", rn, "told Radio Norland", "article:" + rn.ID},
		{"phrase in common with the Harbour Times", rn, "declared a state of emergency for the Vessa region", "article:" + rn.ID},
		{"pasted block", rw, "The breach opened in the eastern section", "article:" + ht.ID},
		{"blogger's own comment", rw, "My own photos from last summer", "article:" + rw.ID},
		{"rewrite", np, "has declared a state of emergency", "article:" + ht.ID},
	}
	for _, tc := range origins {
		t.Run("origin: "+tc.name, func(t *testing.T) {
			i := sentenceWith(t, tc.a, tc.phrase)
			if got := g.Origin(tc.a.ID, i); got != tc.want {
				t.Errorf("Origin(%s, sentence with %q) = %q, want %q", filepath.Base(tc.a.Source), tc.phrase, got, tc.want)
			}
		})
	}
	t.Run("Radio Norland's own credits are evidence of independence", func(t *testing.T) {
		if got := Attributions(rn); len(got) != 0 {
			t.Errorf("Attributions(radionorland) = %+v, want none (credits to itself are not sources)", got)
		}
		e, _ := edgeTo(g, rn.ID)
		found := false
		for _, ev := range e.Evidence {
			found = found || ev.Kind == "attribution" && strings.Contains(ev.Text, "told Radio Norland")
		}
		if !found {
			t.Errorf("independent edge evidence %+v lacks the own-reporting credit", e.Evidence)
		}
	})
}

// TestExampleCorpusDerivations reads the whole example corpus through
// source, extract and textproc, groups it into the truth's stories and
// checks every planted derivation and origin.
func TestExampleCorpusDerivations(t *testing.T) {
	dir := corpus.ExampleCorpus(t)
	tr := readTruth(t, dir)
	ins, errs := source.Expand([]string{dir})
	if len(errs) > 0 {
		t.Fatalf("source.Expand(%s): %v", dir, errs)
	}
	byURL := map[string]*news.Article{}
	for _, in := range ins {
		err := source.Read(context.Background(), in, func(a *news.Article) {
			if err := extract.Article(a); err != nil {
				t.Errorf("extract.Article(%s): %v", a.Source, err)
				return
			}
			textproc.Process(a)
			a.Mentions = entity.Mentions(a)
			byURL[a.URL] = a
		})
		if err != nil {
			t.Fatalf("source.Read(%s): %v", in.Path, err)
		}
	}
	byRef := map[string]*news.Article{}
	for _, ta := range tr.Articles {
		if a := byURL[ta.URL]; a != nil {
			byRef[ta.Ref] = a
		} else {
			t.Fatalf("no article read from the corpus has the URL %s of %s", ta.URL, ta.Ref)
		}
	}
	for _, story := range tr.Stories {
		t.Run(story.Name, func(t *testing.T) {
			refs := map[string]*news.Article{}
			var arts []*news.Article
			for _, f := range story.Files {
				refs[f] = byRef[f]
				arts = append(arts, byRef[f])
			}
			g := Analyze(arts)
			for _, o := range tr.Origin {
				if o.Story == story.Name && g.Original.Article != refs[o.File].ID {
					t.Errorf("Analyze(%s).Original = %q/%q, want %s", story.Name, g.Original.Outlet, g.Original.Article, o.File)
				}
			}
			checkDerivations(t, g, tr, refs)
		})
	}
}
