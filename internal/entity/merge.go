package entity

import (
	"strings"

	"github.com/hbollon/go-edlib"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

type resolver struct {
	items  []*item
	parent []int
}

func (r *resolver) find(i int) int {
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

func (r *resolver) union(i, j int) {
	a, b := r.find(i), r.find(j)
	if a != b {
		if b < a {
			a, b = b, a
		}
		r.parent[b] = a
	}
}

// byKey joins what is certainly the same: one gazetteer entity (Kyiv/Kiev,
// US/United States), one organisation key, one place key.
func (r *resolver) byKey() {
	first := make(map[string]int)
	for i, it := range r.items {
		var k string
		switch {
		case it.gaz != "":
			k = "g|" + it.gaz
		case it.kind == news.KindOrg:
			k = "o|" + orgKey(it.m.Text)
		case it.kind == news.KindPlace:
			k = "p|" + it.key
		default:
			continue
		}
		if j, ok := first[k]; ok {
			r.union(i, j)
		} else {
			first[k] = i
		}
	}
}

var orgTails = wordSet(`inc corp corporation ltd llc plc co group digital news`)

// orgKey folds an organisation name, dropping a leading "the" and trailing
// corporate words, so "The Washington Post"/"Washington Post" and "Fox
// News"/"Fox News Digital" compare equal.
func orgKey(s string) string {
	ws := strings.Fields(nameKey(s))
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	for len(ws) > 1 && orgTails[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// node is one distinct full person name and what its mentions share.
type node struct {
	p     personName
	items []int
	roles map[string]bool
	co    map[string]bool
}

// people merges full person names that are spelling variants of each other
// and then attaches bare surnames to them.
func (r *resolver) people() {
	nodes := make(map[personName]*node)
	var order []personName
	for i, it := range r.items {
		if it.kind != news.KindPerson || it.p.first == "" {
			continue
		}
		n := nodes[it.p]
		if n == nil {
			n = &node{p: it.p, roles: make(map[string]bool), co: make(map[string]bool)}
			nodes[it.p] = n
			order = append(order, it.p)
		}
		n.items = append(n.items, i)
		for k := range it.roles {
			n.roles[k] = true
		}
		for k := range it.co {
			n.co[k] = true
		}
	}
	for _, n := range nodes {
		for _, i := range n.items[1:] {
			r.union(n.items[0], i)
		}
	}
	for x := range order {
		for y := x + 1; y < len(order); y++ {
			a, b := nodes[order[x]], nodes[order[y]]
			if samePerson(a, b) {
				r.union(a.items[0], b.items[0])
			}
		}
	}
	r.surnames(nodes)
}

// samePerson decides whether two full names are one person. An exact
// surname needs compatible given names; a near one also needs the context
// to agree (a shared role word or a shared name nearby), which keeps "Peter
// Stone" and "Peter Stein" apart unless the story ties them together.
func samePerson(a, b *node) bool {
	if !firstCompatible(a.p.first, b.p.first) {
		return false
	}
	switch surnames(a.p.last, b.p.last) {
	case exactMatch:
		return true
	case nearMatch:
		return overlaps(a.roles, b.roles) || overlaps(a.co, b.co)
	}
	return false
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// surnames attaches each bare surname ("Lavrov", "Graham") to a full name
// with that surname. When several people share it, the one named nearest
// in the same article wins, else the one the story names most.
func (r *resolver) surnames(nodes map[personName]*node) {
	bySurname := make(map[string][]int) // surname -> item indexes of full names
	for _, n := range nodes {
		bySurname[n.p.last] = append(bySurname[n.p.last], n.items...)
	}
	alone := make(map[string]int)
	for i, it := range r.items {
		if it.p.first != "" || it.p.last == "" || it.gaz != "" || (it.kind != news.KindPerson && it.kind != "") {
			continue
		}
		full := bySurname[it.p.last]
		if len(full) == 0 {
			if it.kind != news.KindPerson {
				continue // left to unknowns
			}
			if j, ok := alone[it.p.last]; ok {
				r.union(i, j)
			} else {
				alone[it.p.last] = i
			}
			continue
		}
		r.union(i, r.nearest(it, full))
	}
}

// nearest picks, among full-name items, the person a bare surname most
// likely means: in the same article, the first of them named before it
// (news style gives the surname alone to the main person and names a
// relative sharing it in full: "Elias Tervo ... his father Aarne Tervo ...
// Tervo said"), else the one named nearest after it; else the one whose
// role words it shares ("Graham, the ambassador"); else the one the story
// names most.
func (r *resolver) nearest(it *item, full []int) int {
	best, after := -1, -1
	for _, j := range full {
		o := r.items[j]
		if o.art != it.art {
			continue
		}
		if o.m.Start < it.m.Start {
			if best < 0 || o.m.Start < r.items[best].m.Start {
				best = j
			}
		} else if after < 0 || o.m.Start < r.items[after].m.Start {
			after = j
		}
	}
	if best < 0 {
		best = after
	}
	if best >= 0 {
		return best
	}
	type score struct{ roles, count, item int }
	byRoot := make(map[int]*score)
	var roots []int
	for _, j := range full {
		root := r.find(j)
		sc := byRoot[root]
		if sc == nil {
			sc = &score{item: j}
			byRoot[root] = sc
			roots = append(roots, root)
		}
		sc.count++
		n := 0
		for k := range it.roles {
			if r.items[j].roles[k] {
				n++
			}
		}
		sc.roles = max(sc.roles, n)
	}
	var top *score
	for _, root := range roots {
		sc := byRoot[root]
		if top == nil || sc.roles > top.roles || sc.roles == top.roles && sc.count > top.count {
			top = sc
		}
	}
	return top.item
}

// acronyms joins an acronym to the organisation it abbreviates ("CFR" and
// "Council on Foreign Relations"), when the story spells it out.
func (r *resolver) acronyms() {
	expansions := make(map[string][]int) // initials -> items
	for i, it := range r.items {
		if it.kind != news.KindOrg && it.kind != "" || isAllCaps(it.m.Text) {
			continue
		}
		ws := strings.Fields(fold(it.m.Text))
		if len(ws) < 2 {
			continue
		}
		var all, content strings.Builder
		for _, w := range ws {
			all.WriteByte(w[0])
			if !ofLike[w] && w != "and" && w != "&" {
				content.WriteByte(w[0])
			}
		}
		expansions[content.String()] = append(expansions[content.String()], i)
		if all.String() != content.String() {
			expansions[all.String()] = append(expansions[all.String()], i)
		}
	}
	for i, it := range r.items {
		if !isAllCaps(it.m.Text) || strings.Contains(it.m.Text, " ") {
			continue
		}
		if it.kind == news.KindPlace {
			continue
		}
		cands := expansions[strings.ReplaceAll(fold(it.m.Text), " ", "")]
		if len(cands) == 0 {
			continue
		}
		count := make(map[int]int)
		best := -1
		for _, j := range cands {
			root := r.find(j)
			count[root]++
			if best < 0 || count[root] > count[best] {
				best = root
			}
		}
		r.union(i, best)
	}
}

// fuzzyOrgs joins long organisation names one or two letters apart
// ("Council on Foreign Relations"/"Council of Foreign Relations"). Short
// names never merge this way: "Iran"/"Iraq" are different.
func (r *resolver) fuzzyOrgs() {
	first := make(map[string]int)
	var keys []string
	for i, it := range r.items {
		if it.kind != news.KindOrg {
			continue
		}
		k := orgKey(it.m.Text)
		if it.gaz != "" {
			k = orgKey(it.gaz)
		}
		if _, ok := first[k]; !ok {
			first[k] = i
			keys = append(keys, k)
		}
	}
	for x := range keys {
		for y := x + 1; y < len(keys); y++ {
			a, b := keys[x], keys[y]
			if min(len(a), len(b)) >= 10 && edlib.LevenshteinDistance(a, b) <= 2 && edlib.JaroWinklerSimilarity(a, b) >= 0.9 {
				r.union(first[a], first[b])
			}
		}
	}
}

// unknowns puts mentions of unknown kind with an entity of the same name, or
// together when there is none.
func (r *resolver) unknowns() {
	typed := make(map[string]int) // key -> item, -1 when ambiguous
	for i, it := range r.items {
		if it.kind == "" {
			continue
		}
		root := r.find(i)
		if j, ok := typed[it.key]; ok && j >= 0 && r.find(j) != root {
			typed[it.key] = -1
		} else if !ok {
			typed[it.key] = i
		}
	}
	alone := make(map[string]int)
	for i, it := range r.items {
		if it.kind != "" || r.find(i) != i {
			continue
		}
		if j, ok := typed[it.key]; ok {
			if j >= 0 {
				r.union(i, j)
			}
			continue
		}
		if j, ok := alone[it.key]; ok {
			r.union(i, j)
		} else {
			alone[it.key] = i
		}
	}
}
