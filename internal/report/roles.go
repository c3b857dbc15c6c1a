package report

import "strings"

// OutletRole counts what one outlet did in one story: the outlets page adds
// these up over all stories to show who breaks news and who echoes it.
type OutletRole struct {
	Outlet string
	// Origin is 1 when the story's likely original report is this outlet's
	// (also for an origin known only from attributions, not in the corpus).
	Origin int
	// Echo counts the outlet's articles that restate another article
	// (rewrite, translation, syndication, quotation).
	Echo int
	// Divergences counts the divergences in which the outlet carries one of
	// the competing values.
	Divergences int
	// Minority counts those in which the outlet carries a value that fewer
	// outlets carry than another: "41 dead" against the "14" of six others.
	// When no value leads (two outlets, two figures) every side counts.
	// The story's original, carrying what most repeat, is in many
	// divergences but rarely the minority in one.
	Minority int
}

// OutletRoles derives each outlet's role in the story; outletOf maps the
// story's article ids to their outlets. Outlets are matched case-blind and
// listed in order of first appearance.
func (s *Story) OutletRoles(outletOf map[string]string) []OutletRole {
	var out []OutletRole
	idx := map[string]int{}
	row := func(outlet string) *OutletRole {
		k := strings.ToLower(outlet)
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, OutletRole{Outlet: outlet})
		}
		return &out[i]
	}
	if s.Origin != nil && s.Origin.Outlet != "" {
		row(s.Origin.Outlet).Origin = 1
	}
	echoed := map[string]bool{}
	for _, d := range s.Derivations {
		if d.Kind == "independent" || echoed[d.To] {
			continue
		}
		if o, ok := outletOf[d.To]; ok && o != "" {
			echoed[d.To] = true
			row(o).Echo++
		}
	}
	for _, d := range s.Divergences {
		// Support is counted in outlets: an outlet's syndicated copies of
		// one figure do not outvote another outlet.
		support := make([]int, len(d.Values))
		for i, v := range d.Values {
			seen := map[string]bool{}
			for _, id := range v.Articles {
				k := "article " + id
				if o := outletOf[id]; o != "" {
					k = strings.ToLower(o)
				}
				if !seen[k] {
					seen[k] = true
					support[i]++
				}
			}
		}
		most, leaders := 0, 0
		for i := range d.Values {
			switch n := support[i]; {
			case n > most:
				most, leaders = n, 1
			case n == most:
				leaders++
			}
		}
		named, minority := map[string]bool{}, map[string]bool{}
		for i, v := range d.Values {
			for _, id := range v.Articles {
				o, ok := outletOf[id]
				if !ok || o == "" {
					continue
				}
				k := strings.ToLower(o)
				if !named[k] {
					named[k] = true
					row(o).Divergences++
				}
				if (support[i] < most || leaders > 1) && !minority[k] {
					minority[k] = true
					row(o).Minority++
				}
			}
		}
	}
	return out
}
