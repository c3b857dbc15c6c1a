package report

import (
	"fmt"
	"io"
	"strings"
)

// Markdown writes a report a person can paste into a document or an issue:
// one section per story, with its brief first and the evidence after.
func Markdown(w io.Writer, d *Document) error {
	p := &printer{w: w}
	p.f("# crosscheck report\n\n%d articles from %d outlets in %d stories%s; %d boilerplate lines removed",
		d.Stats.Articles, outletCount(d), len(d.Stories), d.ofTopics(), d.Stats.BoilerplateLines)
	if d.Stats.FailedInputs > 0 {
		p.f("; %d inputs failed", d.Stats.FailedInputs)
	}
	p.f(".\n")
	byID := d.articleIndex()
	for i := range d.Stories {
		s := &d.Stories[i]
		labels := s.Labels()
		claimText := s.claimTexts()
		p.f("\n## %d. %s\n\n", i+1, mdEscape(s.Title))
		p.f("%d articles, %d outlets, %d independent origins, %d divergences.", len(s.Articles), len(s.Outlets), s.IndependentOrigins(), len(s.Divergences))
		if s.Origin != nil {
			where := "not in the corpus"
			if s.Origin.Article != nil {
				where = cites(labels, []string{*s.Origin.Article})
			}
			p.f(" Likely original: **%s** (%s).", mdEscape(s.Origin.Outlet), where)
		}
		if rel := d.related(s); len(rel) > 0 {
			p.f(" Same topic: %s.", mdEscape(strings.Join(rel, "; ")))
		}
		p.f("\n")
		if s.Brief != "" {
			p.f("\n%s\n", nestBrief(s.Brief))
		}
		if len(s.Claims) > 0 {
			p.f("\n### Claims\n\n| claim | kind | origins | articles |\n|---|---|---|---|\n")
			for _, c := range SortClaims(s.Claims) {
				kind := c.Kind
				if c.SingleSource && c.Kind == "fact" {
					kind = "fact, single-source"
				}
				p.f("| %s | %s | %d | %s |\n", mdCell(Shorten(c.Text, 200)), kind, c.Origins, cites(labels, c.Articles))
			}
		}
		if len(s.Divergences) > 0 {
			p.f("\n### Divergences\n\n")
			for _, dv := range s.Divergences {
				var vs []string
				for _, v := range dv.Values {
					vs = append(vs, fmt.Sprintf("“%s” %s", mdEscape(v.Value), cites(labels, v.Articles)))
				}
				p.f("- **%s**: %s — in “%s”\n", dv.Kind, strings.Join(vs, " vs "), mdEscape(Shorten(claimText(dv.Claim), 160)))
			}
		}
		if len(s.Entities) > 0 {
			p.f("\n### Entities\n\n")
			for _, e := range s.Entities {
				var vs []string
				for _, v := range e.Variants {
					vs = append(vs, fmt.Sprintf("%s %s", mdEscape(v.Text), cites(labels, v.Articles)))
				}
				p.f("- %s (%s): %s\n", mdEscape(e.Name), e.Kind, strings.Join(vs, "; "))
			}
		}
		if len(s.Derivations) > 0 {
			p.f("\n### Provenance\n\n")
			for _, e := range s.Derivations {
				p.f("- %s", mdEscape(e.describe(labels, ": ")))
				if len(e.Evidence) > 0 {
					p.f(" (%s: “%s”)", e.Evidence[0].Kind, mdEscape(Shorten(e.Evidence[0].Text, 100)))
				}
				p.f("\n")
			}
		}
		if len(s.Duplicates) > 0 {
			p.f("\n### Near-duplicates\n\n")
			for _, g := range s.Duplicates {
				p.f("- %s\n", strings.Join(labelList(labels, g), " ≈ "))
			}
		}
		if len(s.History) > 0 {
			p.f("\n### Changes\n\n")
			for _, c := range s.History {
				p.f("- %s\n", mdEscape(c.describe(labels)))
			}
		}
		p.f("\n### Articles\n\n")
		for _, id := range s.Articles {
			a := byID[id]
			if a == nil {
				continue
			}
			title := mdEscape(orUnknown(a.Title, "(untitled)"))
			if a.URL != "" {
				title = fmt.Sprintf("[%s](%s)", title, a.URL)
			}
			p.f("%s %s, %s, %s (`%s`, %d boilerplate lines removed)  \n", labels[id], mdEscape(orUnknown(a.Outlet, "unknown outlet")), publishedDay(a), title, a.Source, len(a.Boilerplate))
		}
	}
	if len(d.Errors) > 0 {
		p.f("\n## Inputs that failed\n\n")
		for _, e := range d.Errors {
			p.f("- `%s`\n", e.Message)
		}
	}
	return p.err
}

var mdReplacer = strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;")

func mdEscape(s string) string { return mdReplacer.Replace(s) }

func mdCell(s string) string { return strings.ReplaceAll(mdEscape(s), "|", `\|`) }

// nestBrief fits a story's brief under the story's own heading: its title
// line, which repeats the story title, is dropped and its headings move one
// level down.
func nestBrief(brief string) string {
	lines := strings.Split(strings.TrimSpace(brief), "\n")
	if len(lines) > 0 && strings.HasPrefix(lines[0], "# ") {
		lines = lines[1:]
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "#") {
			lines[i] = "#" + l
		}
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
