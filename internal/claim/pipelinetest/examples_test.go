package pipelinetest

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/claim"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/fixture"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/provenance"
)

// TestExampleMerrowClaims runs the example corpus's Merrow Dam story
// through the real stages (textproc, entity, provenance) and checks the
// planted truths of examples/truth.json that claim decides: Radio
// Norland's own reporting is a second origin of the death toll and the
// state of emergency, the herring-quota paragraph Severni Glas inserted is
// filler, and Radio Norland's own material about the flood is fact.
func TestExampleMerrowClaims(t *testing.T) {
	byFile := fixture.Merrow(t)
	var arts []*news.Article
	for _, f := range fixture.MerrowFiles {
		arts = append(arts, byFile[f])
	}
	names := entityNames{entity.Resolve(arts)}
	claims := claim.Extract(arts, names, provenance.Analyze(arts))
	rn := byFile["radionorland-rescuers-search-kaldbrook.txt"].ID
	sg := byFile["severniglas-kaldbrook-dam-destroyed.txt"].ID
	// Severni Glas's Russian original carries what its English edition
	// carries, the insert too.
	sgru := byFile["severniglas-ru-kaldbrook-plotina.txt"].ID

	tests := []struct {
		name    string
		phrases []string
		origins int
		kind    string
		carried []string // articles that must carry the claim
	}{
		{"death toll: Harbour Times and Radio Norland", []string{"At least 14 people were killed"}, 2, claim.KindFact, []string{rn}},
		{"state of emergency: Harbour Times and Radio Norland", []string{"Governor Dana Pirhonen declared a state of emergency across"}, 2, claim.KindFact, []string{rn}},
		{"pasted and copied only: one origin", []string{"The breach opened in the eastern section"}, 1, claim.KindFact, nil},
		{"herring-quota insert", []string{"herring"}, 1, claim.KindFiller, []string{sg, sgru}},
		{"rest of the insert's paragraph", []string{"The second reading is planned"}, 1, claim.KindFiller, []string{sg, sgru}},
		{"army engineers arrive", []string{"Army engineers", "pumps"}, 1, claim.KindFact, []string{rn}},
		{"resident's account", []string{"Agnes Sommer, 67"}, 1, claim.KindFact, []string{rn}},
		{"MP demands an inquiry", []string{"Katrin Holm"}, 1, claim.KindFact, []string{rn}},
		{"Radio Norland's own source", []string{"told Radio Norland"}, 1, claim.KindFact, []string{rn}},
		{"blogger's own voice", []string{"I am not an engineer"}, 1, claim.KindCommentary, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := claimWith(arts, claims, tc.phrases...)
			if c == nil {
				t.Fatalf("no claim holds %q", tc.phrases)
			}
			if c.Origins != tc.origins || c.SingleSource != (tc.origins == 1) || c.Kind != tc.kind {
				t.Errorf("claim %q: origins %d, single source %v, kind %q; want %d, %v, %q (carried by %v)",
					c.Text, c.Origins, c.SingleSource, c.Kind, tc.origins, tc.origins == 1, tc.kind, c.Articles)
			}
			for _, id := range tc.carried {
				if !slices.Contains(c.Articles, id) {
					t.Errorf("claim %q carried by %v, want %s among them", c.Text, c.Articles, id)
				}
			}
		})
	}
	t.Run("divergences", func(t *testing.T) {
		ht := byFile["harbourtimes-merrow-dam-collapse.txt"].ID
		np := byFile["newspulse24-merrow-dam-disaster.txt"].ID
		divs := claim.Diverge(arts, claims, names)
		checks := []struct {
			kind, value, other string
			with               []string
			otherWith          string
		}{
			{claim.DivNumber, "14", "41", []string{ht, rn}, np},
			{claim.DivDate, "Tuesday", "Wednesday", []string{ht}, np},
		}
		for _, ck := range checks {
			found := false
			for _, d := range divs {
				var main, other bool
				for _, v := range d.Values {
					if strings.EqualFold(v.Value, ck.value) || ck.value == "14" && strings.EqualFold(v.Value, "fourteen") {
						main = true
						for _, id := range ck.with {
							main = main && slices.Contains(v.Articles, id)
						}
					}
					other = other || v.Value == ck.other && slices.Contains(v.Articles, ck.otherWith)
				}
				found = found || d.Kind == ck.kind && main && other
			}
			if !found {
				t.Errorf("Diverge(merrow) = %+v, want a %s divergence %s (%v) against %s (%s)", divs, ck.kind, ck.value, ck.with, ck.other, ck.otherWith)
			}
		}
	})
	t.Run("only the inserted paragraph is filler", func(t *testing.T) {
		for _, c := range claims {
			if c.Kind != claim.KindFiller {
				continue
			}
			for _, id := range c.Articles {
				if id != sg && id != sgru {
					t.Errorf("claim %q carried by %v is filler, want only Severni Glas's insert", c.Text, c.Articles)
				}
			}
		}
	})
}
