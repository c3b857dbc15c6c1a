package brief

import (
	"fmt"
	"sort"
	"strings"
)

// divergenceKinds are the claim package's divergence kinds in the order
// the brief lists them, with the words it shows for each. Read-only.
var divergenceKinds = map[string]struct {
	rank  int
	label string
}{
	"number":            {0, "number"},
	"date":              {1, "date"},
	"name":              {2, "name spelling"},
	"role":              {3, "role or title"},
	"quote_attribution": {4, "quote attributed to another speaker"},
	"meaning":           {5, "meaning"},
}

// kindLabel is how the brief names a divergence kind; kinds it does not
// know are shown with their underscores as spaces.
func kindLabel(kind string) (rank int, label string) {
	if k, ok := divergenceKinds[kind]; ok {
		return k.rank, k.label
	}
	if kind == "" {
		return len(divergenceKinds), "value"
	}
	return len(divergenceKinds), strings.ReplaceAll(kind, "_", " ")
}

// KindLabel is how a divergence kind reads to a reader ("role or title"
// for "role"), for pages that list divergences beside the brief.
func KindLabel(kind string) string {
	_, label := kindLabel(kind)
	return label
}

// maxContextBytes bounds the wording shown around a divergent value, and
// the claim or quote shown when there is no such wording.
const maxContextBytes = 110

func writeDivergences(b *strings.Builder, ds []Divergence, cites func([]string) string) {
	var keep []Divergence
	for _, d := range ds {
		if len(d.Values) >= 2 {
			keep = append(keep, d)
		}
	}
	if len(keep) == 0 {
		return
	}
	sort.SliceStable(keep, func(i, j int) bool {
		ri, li := kindLabel(keep[i].Kind)
		rj, lj := kindLabel(keep[j].Kind)
		if ri != rj {
			return ri < rj
		}
		if li != lj {
			return li < lj
		}
		return keep[i].Claim < keep[j].Claim
	})
	b.WriteString("\n## Where outlets diverge\n\n")
	for _, d := range keep {
		vals := append([]Value(nil), d.Values...)
		sort.SliceStable(vals, func(i, j int) bool {
			if len(vals[i].Articles) != len(vals[j].Articles) {
				return len(vals[i].Articles) > len(vals[j].Articles)
			}
			return vals[i].Value < vals[j].Value
		})
		_, label := kindLabel(d.Kind)
		if d.Kind == "quote_attribution" {
			writeQuoteDivergence(b, label, d.Claim, vals, cites)
			continue
		}
		parts := make([]string, len(vals))
		withContext := false
		for i, v := range vals {
			if ctx := oneLine(v.Context); ctx != "" {
				withContext = true
				parts[i] = fmt.Sprintf("“%s” %s", highlight(shorten(ctx, maxContextBytes), oneLine(v.Value)), cites(v.Articles))
			} else {
				parts[i] = fmt.Sprintf("“%s” %s", escape(oneLine(v.Value)), cites(v.Articles))
			}
		}
		fmt.Fprintf(b, "- **%s**: %s", escape(label), strings.Join(parts, " vs "))
		// Without aligned wording the values alone do not say where they
		// sit, so the claim names it.
		if claim := oneLine(d.Claim); !withContext && claim != "" {
			fmt.Fprintf(b, ", in “%s”", escape(shorten(claim, maxContextBytes)))
		}
		b.WriteString("\n")
	}
}

// writeQuoteDivergence shows a quote once and the speakers each group of
// articles gives it to.
func writeQuoteDivergence(b *strings.Builder, label, claim string, vals []Value, cites func([]string) string) {
	quote := ""
	for _, v := range vals {
		if q := quotedPart(v.Context); q != "" {
			quote = q
			break
		}
	}
	if quote == "" {
		quote = oneLine(claim)
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = fmt.Sprintf("%s %s", escape(oneLine(v.Value)), cites(v.Articles))
	}
	fmt.Fprintf(b, "- **%s**: ", escape(label))
	if quote != "" {
		fmt.Fprintf(b, "“%s” — ", escape(shorten(quote, maxContextBytes)))
	}
	b.WriteString(strings.Join(parts, " vs ") + "\n")
}

// quotedPart returns the quoted words of a quote divergence's context,
// which the claim package writes as “words” — speaker.
func quotedPart(ctx string) string {
	ctx = oneLine(ctx)
	rest, ok := strings.CutPrefix(ctx, "“")
	if !ok {
		return ""
	}
	if i := strings.LastIndex(rest, "” — "); i >= 0 {
		return strings.TrimRight(rest[:i], " ,;:")
	}
	return ""
}

// highlight escapes ctx and sets the first occurrence of value in bold,
// unless value is all of ctx.
func highlight(ctx, value string) string {
	i := strings.Index(ctx, value)
	if value == "" || i < 0 || value == ctx {
		return escape(ctx)
	}
	return escape(ctx[:i]) + "**" + escape(value) + "**" + escape(ctx[i+len(value):])
}

// shorten cuts s to at most n bytes at a word boundary, marking the cut
// with an ellipsis.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(truncateBytes(s, n), ' ')
	if cut <= 0 {
		cut = len(truncateBytes(s, n))
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
