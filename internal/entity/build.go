package entity

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// build turns the resolver's groups into a Set.
func (r *resolver) build() *Set {
	groups := make(map[int][]int)
	var roots []int
	for i := range r.items {
		root := r.find(i)
		if _, ok := groups[root]; !ok {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], i)
	}
	ents := make([]Entity, 0, len(roots))
	for _, root := range roots {
		ents = append(ents, r.entity(groups[root]))
	}
	sort.SliceStable(ents, func(i, j int) bool {
		if len(ents[i].Mentions) != len(ents[j].Mentions) {
			return len(ents[i].Mentions) > len(ents[j].Mentions)
		}
		return ents[i].Name < ents[j].Name
	})
	s := &Set{Entities: ents, spans: make(map[string][]span), byID: make(map[string]int)}
	used := make(map[string]int)
	for i := range s.Entities {
		e := &s.Entities[i]
		id := idPrefix(e.Kind) + ":" + slug(e.Name)
		used[id]++
		if n := used[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		e.ID = id
		s.byID[id] = i
		for _, m := range e.Mentions {
			s.spans[m.Article] = append(s.spans[m.Article], span{m.Start, m.End, i})
		}
	}
	for _, sp := range s.spans {
		sort.Slice(sp, func(i, j int) bool { return sp[i].start < sp[j].start })
	}
	return s
}

func (r *resolver) entity(idx []int) Entity {
	var e Entity
	kinds := make(map[string]int)
	byText := make(map[string]*Variant)
	var texts []string
	gazName := ""
	for _, i := range idx {
		it := r.items[i]
		if it.kind != "" {
			kinds[it.kind]++
		}
		if it.gaz != "" && gazName == "" {
			gazName = it.gaz
		}
		e.Mentions = append(e.Mentions, Ref{Article: it.art, Start: it.m.Start, End: it.m.End})
		v := byText[it.m.Text]
		if v == nil {
			v = &Variant{Text: it.m.Text}
			byText[it.m.Text] = v
			texts = append(texts, it.m.Text)
		}
		v.Count++
		if n := len(v.Articles); n == 0 || v.Articles[n-1] != it.art {
			v.Articles = append(v.Articles, it.art)
		}
	}
	e.Kind = topKind(kinds)
	for _, t := range texts {
		e.Variants = append(e.Variants, *byText[t])
	}
	sort.SliceStable(e.Variants, func(i, j int) bool { return e.Variants[i].Count > e.Variants[j].Count })
	e.Name = pickName(e.Kind, gazName, e.Variants)
	return e
}

// pickName chooses the display name: the gazetteer's for known places and
// organisations, else the most used full form (a full name over a bare
// surname, a spelled-out name over an acronym).
func pickName(kind, gazName string, vs []Variant) string {
	if gazName != "" && kind != news.KindPerson {
		return gazName
	}
	full := func(v Variant) bool {
		switch kind {
		case news.KindPerson:
			return parsePerson(v.Text).first != ""
		case news.KindOrg:
			return !isAllCaps(v.Text)
		}
		return true
	}
	best := -1
	for i, v := range vs {
		if !full(v) {
			continue
		}
		if best < 0 || v.Count > vs[best].Count {
			best = i
		}
	}
	if best < 0 {
		best = 0
	}
	return strings.TrimPrefix(vs[best].Text, "The ")
}

func idPrefix(kind string) string {
	if kind == "" {
		return "name"
	}
	return kind
}

func slug(s string) string {
	return strings.ReplaceAll(fold(s), " ", "-")
}
