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
		named := map[string]bool{}
		for _, v := range d.Values {
			for _, id := range v.Articles {
				if o, ok := outletOf[id]; ok && o != "" && !named[strings.ToLower(o)] {
					named[strings.ToLower(o)] = true
					row(o).Divergences++
				}
			}
		}
	}
	return out
}
