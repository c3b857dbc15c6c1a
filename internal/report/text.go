package report

import (
	"fmt"
	"io"
	"strings"
)

// Text writes the terminal report: per story its articles, near-duplicates,
// entities with their variants, claims, divergences, provenance and brief.
func Text(w io.Writer, d *Document) error {
	p := &printer{w: w}
	st := d.Stats
	p.f("crosscheck: %d articles from %d outlets in %d stories%s", st.Articles, outletCount(d), len(d.Stories), d.ofTopics())
	p.f("  (%d inputs read, %d failed; %d boilerplate lines removed", st.Inputs, st.FailedInputs, st.BoilerplateLines)
	if st.SameContent > 0 {
		p.f("; %d identical copies folded", st.SameContent)
	}
	p.f(")\n")
	byID := d.articleIndex()
	for i := range d.Stories {
		s := &d.Stories[i]
		labels := s.Labels()
		claimText := s.claimTexts()
		p.f("\n━━ Story %d: %s  [%s]\n", i+1, s.Title, s.ID)
		p.f("   %d articles · %d outlets · %d independent origins · %d divergences\n",
			len(s.Articles), len(s.Outlets), s.IndependentOrigins(), len(s.Divergences))
		if s.Origin != nil {
			where := "not in the corpus"
			if s.Origin.Article != nil {
				where = cites(labels, []string{*s.Origin.Article})
			}
			p.f("   Likely original: %s (%s)\n", s.Origin.Outlet, where)
		}
		for _, r := range d.related(s) {
			p.f("   Same topic: %s\n", r)
		}
		p.f("\n   Articles\n")
		for _, id := range s.Articles {
			a := byID[id]
			if a == nil {
				continue
			}
			extra := ""
			if n := len(a.Boilerplate); n > 0 {
				extra = fmt.Sprintf(", %d boilerplate removed", n)
			}
			p.f("   %-5s %s · %s · %s — %s (%s%s)\n", labels[id], orUnknown(a.Outlet, "unknown outlet"), publishedDay(a), orUnknown(a.Language, "language?"), Shorten(orUnknown(a.Title, "(untitled)"), 70), a.Source, extra)
		}
		if len(s.Duplicates) > 0 {
			p.f("\n   Near-duplicates (syndicated copies)\n")
			for _, g := range s.Duplicates {
				p.f("   %s\n", strings.Join(labelList(labels, g), " ≈ "))
			}
		}
		if len(s.Entities) > 0 {
			p.f("\n   Entities\n")
			for _, e := range s.Entities {
				var vs []string
				for _, v := range e.Variants {
					vs = append(vs, fmt.Sprintf("%q %s", v.Text, cites(labels, v.Articles)))
				}
				p.f("   %-6s %s — %s\n", e.Kind, e.Name, strings.Join(vs, ", "))
			}
		}
		if len(s.Claims) > 0 {
			p.f("\n   Claims\n")
			for _, c := range SortClaims(s.Claims) {
				mark := "  "
				switch {
				case c.Kind != "fact":
					mark = "~ "
				case c.SingleSource:
					mark = "! "
				case c.Origins > 1:
					mark = "✓ "
				}
				p.f("   %s%-11s %d origin(s), %d article(s) %s  %s\n", mark, c.Kind, c.Origins, len(c.Articles), cites(labels, c.Articles), Shorten(c.Text, 110))
				if c.Kind == "fact" && len(c.Articles) > 1 && len(c.Sources) > 0 {
					// What the count rests on, where it is more than the
					// one article carrying the claim.
					p.f("   %-13s from: %s\n", "", sourcesLine(c.Sources, labels))
				}
			}
			p.f("   (✓ independently corroborated, ! single-source, ~ commentary or filler)\n")
		}
		if len(s.Divergences) > 0 {
			p.f("\n   Divergences\n")
			for _, dv := range s.Divergences {
				var vs []string
				for _, v := range dv.Values {
					vs = append(vs, fmt.Sprintf("%q %s", v.Value, cites(labels, v.Articles)))
				}
				p.f("   %-17s %s\n", dv.Kind, strings.Join(vs, "  vs  "))
				p.f("   %-17s in: %s\n", "", Shorten(claimText(dv.Claim), 100))
			}
		}
		if len(s.Derivations) > 0 {
			p.f("\n   Provenance\n")
			for _, e := range s.Derivations {
				p.f("   %s", e.describe(labels, "  "))
				if len(e.Evidence) > 0 {
					p.f("  (%s: %s)", e.Evidence[0].Kind, Shorten(e.Evidence[0].Text, 60))
				}
				p.f("\n")
			}
		}
		if len(s.History) > 0 {
			p.f("\n   Changes\n")
			for _, c := range s.History {
				p.f("   %s\n", c.describe(labels))
			}
		}
		if s.Brief != "" {
			p.f("\n   Brief\n")
			for _, line := range strings.Split(strings.TrimSpace(s.Brief), "\n") {
				p.f("   %s\n", line)
			}
		}
	}
	if len(d.Errors) > 0 {
		p.f("\nInputs that failed\n")
		for _, e := range d.Errors {
			p.f("   %s\n", e.Message)
		}
	}
	return p.err
}

func labelList(labels map[string]string, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = cites(labels, []string{id})
	}
	return out
}

// nodeLabel names a provenance node: an article by its citation label, an
// absent outlet by its name.
// describe writes a derivation as "[1] → [3]<sep>syndication", and an
// article found to be its own independent report as "[2]<sep>independent
// report" rather than as an arrow from an article to itself.
func (e Derivation) describe(labels map[string]string, sep string) string {
	from := nodeLabel(labels, e.From)
	if e.FromOutlet != "" {
		from = e.FromOutlet
	}
	if e.From == e.To {
		return from + sep + e.Kind + " report"
	}
	return from + " → " + nodeLabel(labels, e.To) + sep + e.Kind
}

func nodeLabel(labels map[string]string, node string) string {
	if name, ok := strings.CutPrefix(node, "outlet:"); ok {
		return name
	}
	return cites(labels, []string{node})
}

// printer remembers the first write error so the report code stays linear.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err != nil {
		return
	}
	_, p.err = fmt.Fprintf(p.w, format, args...)
}

// sourcesLine names a claim's origins, each with the articles descending
// from it: "NBC News [1][2] · [3] itself".
func sourcesLine(srcs []ClaimSource, labels map[string]string) string {
	parts := make([]string, 0, len(srcs))
	for _, src := range srcs {
		name := src.Name
		switch src.Kind {
		case "article":
			name = cites(labels, []string{src.Article}) + " itself"
		case "embedded":
			name = "an embedded post"
		}
		if src.Kind == "article" && len(src.Articles) == 1 && src.Articles[0] == src.Article {
			parts = append(parts, name)
			continue
		}
		parts = append(parts, name+" "+cites(labels, src.Articles))
	}
	return strings.Join(parts, " · ")
}
