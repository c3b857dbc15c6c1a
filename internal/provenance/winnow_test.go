package provenance

import (
	"strings"
	"testing"
)

func TestSharedPassages(t *testing.T) {
	const base = "The river barge Morning Lark ran aground near the old lock at Pellby on Sunday evening with a cargo of grain."
	tests := []struct {
		name, a, b string
		want       []string // passage texts as they read in a
	}{
		{"identical", base, base, []string{strings.TrimSuffix(base, ".")}},
		{"pasted inside other text", base, "I told you so. " + base + " Nobody listens to me.", []string{strings.TrimSuffix(base, ".")}},
		{"small edit is bridged", base, strings.Replace(base, "near the old lock", "close to the old lock", 1), []string{strings.TrimSuffix(base, ".")}},
		{"short common phrase is not a passage", "Talks at the Council on Foreign Relations went on.", "He joined the Council on Foreign Relations last year.", nil},
		{"case and punctuation are folded", "It was, in their words, a storm like no other in forty long years.", "it was in their words a STORM like no other in forty long years!", []string{"It was, in their words, a storm like no other in forty long years"}},
		{"nothing shared", base, "Completely different words about a village fair and its prize pumpkins this week.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article("a", "A", "", tc.a, day(1, 1))
			b := article("b", "B", "", tc.b, day(1, 2))
			ps := SharedPassages(a, b)
			var got []string
			for _, p := range ps {
				got = append(got, p.Text)
				if a.Text[p.FromStart:p.FromEnd] != p.Text || p.From != "a" || p.To != "b" {
					t.Errorf("passage %+v: From side reads %q", p, a.Text[p.FromStart:p.FromEnd])
				}
				if p.ToEnd <= p.ToStart || p.ToEnd > len(b.Text) {
					t.Errorf("passage %+v: bad To span", p)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("SharedPassages(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestWinnowingGuarantee checks the property winnowing promises: any shared
// run of minWords words yields at least one common fingerprint.
func TestWinnowingGuarantee(t *testing.T) {
	run := "alpha bravo charlie delta echo foxtrot golf hotel"
	for pre := 0; pre < 6; pre++ {
		for post := 0; post < 6; post++ {
			a := article("a", "", "", strings.Repeat("x", 0)+filler("p", pre)+run+filler("q", post), day(1, 1))
			b := article("b", "", "", filler("r", post)+run+filler("s", pre+1), day(1, 1))
			if len(SharedPassages(a, b)) != 1 {
				t.Errorf("a shared run of %d words with %d/%d filler words was missed", minWords, pre, post)
			}
		}
	}
}

func filler(p string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(p + strings.Repeat("z", i+1) + " ")
	}
	return " " + b.String()
}

func TestContainmentDirection(t *testing.T) {
	story := bridgeStory(t)
	o, blog := words(story["original"]), words(story["blog"])
	ho, hb := hashSet(fingerprints(o)), hashSet(fingerprints(blog))
	if in, out := containment(ho, hb), containment(hb, ho); in <= out {
		t.Errorf("containment(original in blog) = %.2f, not above containment(blog in original) = %.2f", in, out)
	}
}
