package entity

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Entity is one person, organisation or place of a story, with every
// spelling the story's articles used for it.
type Entity struct {
	ID   string
	Name string // the most common full form, e.g. "Sergey Lavrov"
	Kind string // news.KindPerson, KindOrg, KindPlace or ""
	// Variants are the distinct surface forms, most used first.
	Variants []Variant
	// Mentions are every mention of the entity, by article then offset.
	Mentions []Ref
}

// Variant is one surface form of an entity.
type Variant struct {
	Text     string
	Articles []string // IDs of the articles using it, in input order
	Count    int
}

// Ref points at one mention.
type Ref struct {
	Article    string
	Start, End int
}

// Set is the resolved entities of one story.
type Set struct {
	Entities []Entity
	spans    map[string][]span // article ID -> mentions by start
	byID     map[string]int
}

type span struct{ start, end, entity int }

// Lookup returns the entity whose mention in the given article starts at, or
// covers, byte offset start.
func (s *Set) Lookup(articleID string, start int) (*Entity, bool) {
	if s == nil {
		return nil, false
	}
	sp := s.spans[articleID]
	i := sort.Search(len(sp), func(i int) bool { return sp[i].end > start })
	if i < len(sp) && sp[i].start <= start {
		return &s.Entities[sp[i].entity], true
	}
	return nil, false
}

// Entity returns the entity with the given ID.
func (s *Set) Entity(id string) (*Entity, bool) {
	if s == nil {
		return nil, false
	}
	i, ok := s.byID[id]
	if !ok {
		return nil, false
	}
	return &s.Entities[i], true
}

// item is one mention being resolved.
type item struct {
	art   string
	lang  string // the article's language, "" when unknown
	m     news.Mention
	kind  string
	key   string // nameKey of the text
	gaz   string // gazetteer canonical name, if any
	p     personName
	roles map[string]bool
	co    map[string]bool // surname/name keys of mentions in nearby sentences
}

// Resolve groups the mentions of a story's articles into entities. It uses
// a.Mentions, finding them with Mentions when nil. Articles without an ID
// are named "#i" by their position.
func Resolve(arts []*news.Article) *Set {
	var items []*item
	ids := make([]string, len(arts))
	for i, a := range arts {
		if a == nil {
			continue
		}
		id := a.ID
		if id == "" {
			id = fmt.Sprintf("#%d", i)
		}
		ids[i] = id
		ms := a.Mentions
		if ms == nil {
			ms = Mentions(a)
		}
		items = append(items, articleItems(a, id, ms)...)
	}
	first := len(items)
	extra, anchors := anchoredItems(arts, ids, items)
	items = append(items, extra...)
	r := &resolver{items: items, parent: make([]int, len(items))}
	for i := range r.parent {
		r.parent[i] = i
	}
	r.byKey()
	r.people()
	r.acronyms()
	r.fuzzyOrgs()
	r.unknowns()
	r.acrossScripts()
	r.anchored(first, anchors)
	r.bySound()
	return r.build()
}

// declines reports whether names in language lang change their endings
// by case in a way gazDeclined undoes.
func declines(lang string) bool {
	switch strings.ToLower(lang) {
	case "cs", "sk":
		return true
	}
	return false
}

func articleItems(a *news.Article, id string, ms []news.Mention) []*item {
	out := make([]*item, 0, len(ms))
	for _, m := range ms {
		if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
			continue
		}
		it := &item{art: id, lang: a.Language, m: m, kind: m.Kind, key: nameKey(m.Text)}
		if it.key == "" {
			continue
		}
		e, ok := gaz(fold(m.Text))
		if !latinName(m.Text) {
			e, ok = gazScript(m.Text)
		} else if !ok && declines(a.Language) {
			e, ok = gazDeclined(m.Text)
		}
		if ok && m.Kind != news.KindPerson && (!e.Acronym || isAllCaps(m.Text)) {
			it.gaz, it.kind = e.Name, e.Kind
		}
		if it.kind == news.KindPerson || it.kind == "" {
			it.p = parsePerson(m.Text)
		}
		it.roles = roleContext(a, m)
		out = append(out, it)
	}
	// Names in the same or a neighbouring sentence.
	sent := make([]int, len(out))
	for i, it := range out {
		sent[i] = a.SentenceAt(it.m.Start)
	}
	for i, it := range out {
		it.co = make(map[string]bool)
		for j, o := range out {
			if i == j || abs(sent[i]-sent[j]) > 1 || (sent[i] < 0 && abs(it.m.Start-o.m.Start) > 300) {
				continue
			}
			k := o.key
			switch {
			case o.gaz != "":
				k = "g|" + o.gaz
			case o.p.last != "":
				k = o.p.last
			}
			if k != it.p.last && k != it.key {
				it.co[k] = true
			}
		}
	}
	return out
}

// roleContext returns the role words near m ("former diplomat", "foreign
// minister"), within its sentence.
func roleContext(a *news.Article, m news.Mention) map[string]bool {
	lo, hi := max(0, m.Start-80), min(len(a.Text), m.End+100)
	if s := a.SentenceAt(m.Start); s >= 0 {
		lo, hi = max(lo, a.Sentences[s].Start), min(hi, a.Sentences[s].End)
	}
	for lo > 0 && lo < len(a.Text) && a.Text[lo]&0xC0 == 0x80 {
		lo--
	}
	out := make(map[string]bool)
	for _, w := range strings.Fields(fold(a.Text[lo:hi])) {
		if roleWords[w] {
			if c, ok := roleCanon[w]; ok {
				w = c
			}
			out[w] = true
		}
	}
	return out
}

// roleCanon maps translated role words onto the English one, so that a
// translated article's "Präsident" agrees with "president".
var roleCanon = map[string]string{
	"presidente": "president", "prasident": "president", "prasidentin": "president",
	"ministro": "minister", "ministre": "minister", "aussenminister": "minister",
	"diplomatico": "diplomat", "diplomate": "diplomat", "experte": "expert",
	"esperto": "expert", "experto": "expert",
}
