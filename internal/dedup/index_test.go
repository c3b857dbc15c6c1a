package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Fictional wire story and variants, written for these tests.
const original = `The harbour authority of Norvik said on Tuesday that the old grain pier
will close for eighteen months while engineers replace its rotting timber piles.
Ferry services to the islands of Holm and Varsø will move to the container quay,
where a temporary waiting hall is being built. Harbour director Ilse Bramer told
reporters that the repairs would cost about 41 million crowns and that the city
council had approved the money last week. Fishermen who land their catch at the
pier have asked for compensation, saying the container quay is too far from the
fish market. Bramer said talks with the fishermen's association would start next
month and that nobody would be forced to move before a deal was reached. The pier
was built in 1911 and last repaired after a storm in 1987.`

// syndicated is the same wire copy with a new headline line and a
// promotional line inserted in the middle, as a reprinting outlet would run it.
const syndicated = `Norvik pier to shut for repairs
The harbour authority of Norvik said on Tuesday that the old grain pier
will close for eighteen months while engineers replace its rotting timber piles.
Ferry services to the islands of Holm and Varsø will move to the container quay,
where a temporary waiting hall is being built. Harbour director Ilse Bramer told
reporters that the repairs would cost about 41 million crowns and that the city
council had approved the money last week. Subscribe now to our newsletter for all the local news.
Fishermen who land their catch at the
pier have asked for compensation, saying the container quay is too far from the
fish market. Bramer said talks with the fishermen's association would start next
month and that nobody would be forced to move before a deal was reached. The pier
was built in 1911 and last repaired after a storm in 1987.`

// paraphrase tells the same facts in other words: a rewrite, not a copy.
const paraphrase = `Norvik's historic grain pier is shutting down for a year and a half, the
port authority announced Tuesday, so that its decaying wooden piles can be
replaced. Island ferries serving Holm and Varsø are being moved to the container
quay, and a provisional passenger hall is under construction there. According
to port chief Ilse Bramer, the work carries a price tag of roughly 41 million
crowns, money the council signed off on a week ago. Local fishermen, who unload
at the pier, want to be compensated because the new quay lies far from the fish
market; Bramer promised negotiations with their association beginning next month.`

const unrelated = `A choir of retired miners from the valley town of Eskerby won the national
amateur singing contest on Saturday with a programme of old work songs. The
thirty-two singers, the oldest of them ninety-one, travelled by bus to the final
in the capital and said they would spend the prize on a new piano for their hall.`

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func TestAdd(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		match bool
	}{
		{"exact copy", original, true},
		{"headline changed and spam line inserted", syndicated, true},
		{"paraphrase", paraphrase, false},
		{"unrelated", unrelated, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex(Options{})
			if got := ix.Add("orig", words(original)); len(got) != 0 {
				t.Fatalf("Add(orig) on empty index = %v, want none", got)
			}
			got := ix.Add("new", words(tc.text))
			if tc.match {
				if len(got) != 1 || got[0].ID != "orig" {
					t.Fatalf("Add(%s) = %v, want a match with orig", tc.name, got)
				}
				if got[0].Similarity < 0.8 {
					t.Errorf("Add(%s) similarity = %.2f, want >= 0.8", tc.name, got[0].Similarity)
				}
			} else if len(got) != 0 {
				t.Fatalf("Add(%s) = %v, want no match", tc.name, got)
			}
		})
	}
}

func TestAddBestFirst(t *testing.T) {
	ix := NewIndex(Options{})
	ix.Add("syndicated", words(syndicated))
	ix.Add("copy", words(original))
	got := ix.Add("orig", words(original))
	if len(got) != 2 || got[0].ID != "copy" || got[1].ID != "syndicated" {
		t.Fatalf("Add(orig) = %v, want copy then syndicated", got)
	}
	if got[0].Similarity != 1 {
		t.Errorf("Add(orig)[0].Similarity = %v, want 1", got[0].Similarity)
	}
}

func TestEdgeCases(t *testing.T) {
	ix := NewIndex(Options{})
	if got := ix.Add("empty1", nil); got != nil {
		t.Errorf("Add(empty) = %v, want nil", got)
	}
	if got := ix.Add("empty2", nil); got != nil {
		t.Errorf("Add(second empty) = %v, want nil (empty texts are not duplicates)", got)
	}
	ix.Add("short", []string{"breaking", "news"})
	if got := ix.Add("short2", []string{"breaking", "news"}); len(got) != 1 || got[0].ID != "short" {
		t.Errorf("Add(short copy) = %v, want match with short", got)
	}
	if got := ix.AddSignature("bad", []uint32{1, 2, 3}); got != nil {
		t.Errorf("AddSignature(wrong length) = %v, want nil", got)
	}
	if ix.Len() != 5 {
		t.Errorf("Len() = %d, want 5", ix.Len())
	}
	if got := ix.Similar(words(original), 0.5); len(got) != 0 {
		t.Errorf("Similar(original) = %v, want none", got)
	}
}

func TestSignatureStable(t *testing.T) {
	a := NewIndex(Options{}).Signature(words(original))
	b := NewIndex(Options{}).Signature(words(original))
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("Signature differs between indexes (-a +b):\n%s", diff)
	}
	ix := NewIndex(Options{})
	ix.AddSignature("persisted", a)
	if got := ix.Add("again", words(original)); len(got) != 1 || got[0].ID != "persisted" {
		t.Errorf("Add after AddSignature = %v, want match with persisted", got)
	}
}

func TestOptionsDefaults(t *testing.T) {
	tests := []struct {
		name string
		in   Options
		want Options
	}{
		{"zero", Options{}, Options{Shingle: 5, Hashes: 128, Bands: 32, Threshold: 0.8}},
		{"bands not dividing", Options{Hashes: 100, Bands: 30}, Options{Shingle: 5, Hashes: 100, Bands: 25, Threshold: 0.8}},
		{"kept", Options{Shingle: 3, Hashes: 64, Bands: 8, Threshold: 0.9}, Options{Shingle: 3, Hashes: 64, Bands: 8, Threshold: 0.9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NewIndex(tc.in).Options(); got != tc.want {
				t.Errorf("NewIndex(%+v).Options() = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestEstimateAccuracy(t *testing.T) {
	// Two documents sharing a known share of shingles: the estimate must be
	// within a few points of the true Jaccard similarity.
	rng := rand.New(rand.NewPCG(1, 2))
	base := make([]string, 400)
	for i := range base {
		base[i] = fmt.Sprintf("w%d", rng.IntN(100000))
	}
	other := append([]string(nil), base[:300]...)
	for range 100 {
		other = append(other, fmt.Sprintf("x%d", rng.IntN(100000)))
	}
	// base has 396 shingles, other 396; they share the 296 inside base[:300].
	want := 296.0 / (396 + 396 - 296)
	ix := NewIndex(Options{Hashes: 256})
	got := Estimate(ix.Signature(base), ix.Signature(other))
	if got < want-0.08 || got > want+0.08 {
		t.Errorf("Estimate = %.3f, want %.3f ± 0.08", got, want)
	}
}

func TestGroups(t *testing.T) {
	tests := []struct {
		name  string
		pairs []Pair
		want  [][]string
	}{
		{"none", nil, [][]string{}},
		{"self pair", []Pair{{"a", "a"}}, [][]string{}},
		{"chain", []Pair{{"c", "b"}, {"b", "a"}, {"x", "y"}}, [][]string{{"a", "b", "c"}, {"x", "y"}}},
		{"two joined later", []Pair{{"d", "e"}, {"a", "b"}, {"e", "b"}}, [][]string{{"a", "b", "d", "e"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Groups(tc.pairs)); diff != "" {
				t.Errorf("Groups(%v) mismatch (-want +got):\n%s", tc.pairs, diff)
			}
		})
	}
}

func TestPairsOf(t *testing.T) {
	got := PairsOf("n", []Match{{ID: "a", Similarity: 1}, {ID: "b", Similarity: 0.9}})
	want := []Pair{{"a", "n"}, {"b", "n"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PairsOf mismatch (-want +got):\n%s", diff)
	}
}

func BenchmarkAdd(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	docs := make([][]string, 1000)
	for i := range docs {
		d := make([]string, 600)
		for j := range d {
			d[j] = fmt.Sprintf("w%d", rng.IntN(20000))
		}
		docs[i] = d
	}
	ix := NewIndex(Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ix.Add(fmt.Sprint(i), docs[i%len(docs)])
	}
}

func TestWords(t *testing.T) {
	a := &news.Article{Tokens: []news.Token{{Norm: "the"}, {Norm: ""}, {Norm: "pier", Stop: false}, {Norm: "of", Stop: true}}}
	want := []string{"the", "pier", "of"}
	if diff := cmp.Diff(want, Words(a)); diff != "" {
		t.Errorf("Words mismatch (-want +got):\n%s", diff)
	}
}
