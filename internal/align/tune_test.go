package align

import (
	"os"
	"testing"
)

// TestTune compares model settings and score floors on MultiLing, the
// measurement behind the constants in defaults and DefaultMinScore; run
// it with ALIGN_TUNE=1.
func TestTune(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") == "" {
		t.Skip("set ALIGN_TUNE=1 to compare settings")
	}
	pairs := loadMLPairs(t)
	cases := perturbCases(pairs)
	try := func(name string, p params, min float64) {
		run := func(a, b *Profile) []Pair { return alignWith(a, b, Options{MinScore: min}, true, p) }
		st := measurePerturbed(cases, run)["all"]
		var dp, dr, ct, co ratio
		for _, s := range measure(pairs, run) {
			dp.add(s.diagP.num, s.diagP.den)
			dr.add(s.diagR.num, s.diagR.den)
			ct.add(s.covTrans.num, s.covTrans.den)
			co.add(s.covOther.num, s.covOther.den)
		}
		t.Logf("%-16s min %.2f: perturbed P %.3f R %.3f orphan %.3f | diagonal P %.3f R %.3f | coverage %.2f/%.2f",
			name, min, st.p.v(), st.r.v(), st.orphan.v(), dp.v(), dr.v(), ct.v(), co.v())
	}
	for _, min := range []float64{0.2, 0.3, DefaultMinScore, 0.5, 0.6} {
		try("defaults", defaults, min)
	}
	variants := []struct {
		name string
		set  func(p *params)
	}{
		{"skip 1%", func(p *params) { p.costSkip = defaults.cost21 + 2.3 }},
		{"variance 6.8", func(p *params) { p.variance = 6.8 }},
		{"variance 30", func(p *params) { p.variance = 30 }},
		{"gain 4", func(p *params) { p.gain = 4 }},
		{"conflict 8", func(p *params) { p.conflict = 8 }},
		{"no stems", func(p *params) { p.stems = 0 }},
		{"no prefixes", func(p *params) { p.prefixes = 0 }},
		{"no quotes", func(p *params) { p.quote, p.quoteKeep = 0, 1 }},
	}
	for _, v := range variants {
		p := defaults
		v.set(&p)
		try(v.name, p, DefaultMinScore)
	}
}
