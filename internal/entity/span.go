package entity

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// emitSpan strips what is not part of the name from ws[lo:hi] (sentence
// openers, role phrases, demonyms) and emits what is left.
func (f *finder) emitSpan(ws []word, lo, hi int) {
	lo, hi = trimConnectors(ws, lo, hi)
	if lo >= hi {
		return
	}
	if f.emitKnown(ws, lo, hi) {
		return
	}
	if ws[lo].initial {
		for lo < hi {
			// "Selon Le Monde": the name may start after any word the
			// loop strips.
			if f.emitKnown(ws, lo, hi) {
				return
			}
			w := &ws[lo]
			if w.is(lxTitle | lxDemonym) {
				break
			}
			// "The House of Lords": a head joined to its "of" is the
			// name's, common word or not (the run was joined on it).
			headOf := lo+1 < hi && isConnector(&ws[lo+1]) && w.is(lxOrgHead|lxPlaceHead)
			if (w.is(lxCommon) || f.lower(w.key) && !w.known()) && !headOf {
				lo++
				continue
			}
			if w.known() {
				break
			}
			if hi-lo > 1 && !f.capMid(w.key) {
				if n := &ws[lo+1]; n.is(lxGaz|lxTitle|lxDemonym) || n.caps {
					lo++
					continue
				}
			}
			break
		}
		if lo, hi = trimConnectors(ws, lo, hi); lo >= hi {
			return
		}
		if e, ok := f.gazSpan(ws, lo, hi); ok {
			f.emit(ws, lo, hi, e.Kind)
			return
		}
	}
	t := -1
	for i := lo; i < hi; i++ {
		if ws[i].is(lxTitle) {
			t = i
			break
		}
	}
	// No title, or a title word naming an organisation: "Justice
	// Department", "General Assembly".
	if t < 0 || t+1 < hi && ws[t+1].is(lxOrgHead) {
		f.emitPlain(ws, lo, hi, false)
		return
	}
	f.emitRole(ws, lo, t, hi)
}

// emitRole handles a run with a title word at t: the whole role phrase is
// stripped, however long ("Deputy Environment Minister", "Deputy Minister
// of Environment and Water Resources", "Opposition MP"), and the holder's
// name after it is a person. The role words stay in the text around the
// mention, where Resolve reads them as context.
func (f *finder) emitRole(ws []word, lo, t, hi int) {
	// What stands before the role: "[US] [Foreign] Minister", "CIA
	// Director", "Vessa Hydro Spokeswoman".
	g := t
	for g > lo && ws[g-1].is(lxTitleMod|lxDemonym|lxDept) && !ws[g-1].is(lxGaz) {
		g--
	}
	if g > lo {
		f.emitStrict(ws, lo, g)
	}
	r := t + 1
	for r < hi && ws[r].is(lxTitle|lxTitleMod|lxDept) && !ws[r].is(lxFirst|lxGaz) {
		r++
	}
	if r < hi && isConnector(&ws[r]) {
		c := r
		for c < hi && isConnector(&ws[c]) {
			c++
		}
		// "Secretary of Defense Mary Beth Long", "Minister of Environment
		// and Water Resources Ilyas Korovin": a given name starts the holder.
		for k := c; k+1 < hi; k++ {
			if ws[k].is(lxFirst) && !hasOrgHead(ws[k:hi]) {
				f.emitStrict(ws, c, k)
				f.emitPlain(ws, k, hi, true)
				return
			}
		}
		// "Minister of Energy Korovin": portfolio words, then the holder.
		p := c
		for p < hi && (ws[p].is(lxDept) || ws[p].key == "and") {
			p++
		}
		if p > c && p < hi && !hasOrgHead(ws[p:hi]) && !ws[hi-1].is(lxPlaceHead) {
			f.emitPlain(ws, p, hi, true)
			return
		}
		// "President of the Council on Foreign Relations".
		f.emitStrict(ws, c, hi)
		return
	}
	if r < hi {
		f.emitPlain(ws, r, hi, true)
	}
}

// emitKnown emits ws[lo:hi] if the gazetteer knows it, in Latin letters
// or another script, and reports whether it did.
func (f *finder) emitKnown(ws []word, lo, hi int) bool {
	e, ok := f.gazSpan(ws, lo, hi)
	if !ok {
		e, ok = f.gazScriptSpan(ws, lo, hi)
	}
	if ok {
		f.emit(ws, lo, hi, e.Kind)
	}
	return ok
}

// gazScriptSpan looks ws[lo:hi] up among the gazetteer's names in other
// scripts than Latin, as written: "Ινδικό Ωκεανό" stays whole though
// "Ινδικό" reads as a nationality.
func (f *finder) gazScriptSpan(ws []word, lo, hi int) (gazEntry, bool) {
	if ws[lo].plain || !scriptGazFirst[ws[lo].key] {
		return gazEntry{}, false
	}
	name := f.text[ws[lo].start:ws[hi-1].end]
	if latinName(name) {
		return gazEntry{}, false
	}
	return gazScript(name)
}

func trimConnectors(ws []word, lo, hi int) (int, int) {
	for lo < hi && (!ws[lo].cap || ws[lo].key == "the") {
		lo++
	}
	for hi > lo && !ws[hi-1].cap {
		hi--
	}
	return lo, hi
}

// spanKey returns the folded text of ws[lo:hi]. Plain ASCII words joined by
// single spaces fold to a substring of the lowered text, with no allocation.
func (f *finder) spanKey(ws []word, lo, hi int) string {
	if hi-lo == 1 {
		return ws[lo].key
	}
	fast := true
	for i := lo; i < hi && fast; i++ {
		fast = ws[i].plain && (i == lo || ws[i].gap&gOneSpace != 0) && (i == hi-1 || !ws[i].poss)
	}
	if fast {
		return f.lowered[ws[lo].start:ws[hi-1].end]
	}
	var b strings.Builder
	for i := lo; i < hi; i++ {
		if i > lo {
			b.WriteByte(' ')
		}
		b.WriteString(ws[i].key)
	}
	return b.String()
}

// emitStrict emits ws[lo:hi] only when its kind is known: used for the
// leftovers around a title, which are often just descriptive words.
func (f *finder) emitStrict(ws []word, lo, hi int) {
	lo, hi = trimConnectors(ws, lo, hi)
	for lo < hi && ws[lo].is(lxDemonym) {
		lo++
	}
	portfolio := true // "Secretary of State": a portfolio, not a place
	for i := lo; i < hi && portfolio; i++ {
		portfolio = ws[i].is(lxDept) || ws[i].key == "and"
	}
	if lo >= hi || portfolio {
		return
	}
	if kind := f.classify(ws, lo, hi, false); kind != "" && kind != news.KindPerson {
		f.emit(ws, lo, hi, kind)
	}
}

// emitPlain emits ws[lo:hi], a run with no title left in it; titled says a
// title stood right before it.
func (f *finder) emitPlain(ws []word, lo, hi int, titled bool) {
	// "Indian Ocean Tsunami": a known name that starts with a demonym,
	// then more.
	if ws[lo].is(lxDemonym) {
		for p := hi - 1; p >= lo+2; p-- {
			if e, ok := f.gazSpan(ws, lo, p); ok {
				f.emit(ws, lo, p, e.Kind)
				f.emitPlain(ws, p, hi, false)
				return
			}
		}
	}
	// A demonym before a name is not part of it ("Russian Sergey
	// Lavrov"), but before a place or organisation that ends in its head
	// it is the name ("Indian Ocean", "Romanian Government", "Cambodian
	// People's Party", "Australian Maritime Safety Authority", "European
	// Championships"): "Ocean" alone names nothing, and "People's Party"
	// no one party.
	headed := ws[hi-1].is(lxOrgHead|lxPlaceHead|lxEventHead) && !ws[hi-1].known()
	for k := lo; k < hi && headed; k++ {
		headed = !ws[k].is(lxFirst)
	}
	for hi-lo > 1 && ws[lo].is(lxDemonym) && !headed {
		lo++
	}
	if lo, hi = trimConnectors(ws, lo, hi); lo >= hi {
		return
	}
	if e, ok := f.gazSpan(ws, lo, hi); ok {
		f.emit(ws, lo, hi, e.Kind)
		return
	}
	// "White House National Security Council": a known name, then an
	// organisation of its own.
	for p := hi - 2; p > lo; p-- {
		if !hasOrgHead(ws[p:hi]) {
			continue
		}
		if e, ok := f.gazSpan(ws, lo, p); ok {
			f.emit(ws, lo, p, e.Kind)
			f.emitPlain(ws, p, hi, false)
			return
		}
	}
	// "National Security Council of the White House": an organisation named
	// after where it sits; "Bank of England" stays whole.
	for k := lo + 3; k+1 < hi; k++ {
		if ws[k].key != "of" || !hasOrgHead(ws[lo:k]) {
			continue
		}
		p := k + 1
		for p < hi && !ws[p].cap {
			p++
		}
		if p < hi {
			if _, ok := f.gazSpan(ws, p, hi); ok {
				f.emitPlain(ws, lo, k, false)
				f.emitPlain(ws, p, hi, false)
				return
			}
		}
	}
	// "with Lavrov Richard Haass": a missing comma between two names.
	for k := lo + 1; k+1 < hi; k++ {
		if ws[k].is(lxFirst) && !ws[k-1].is(lxFirst|lxParticle) && !hasOrgHead(ws[lo:k]) {
			f.emitPlain(ws, lo, k, false)
			f.emitPlain(ws, k, hi, titled)
			return
		}
	}
	// "Biden Administration": the person behind it; "Romanian
	// Government" is no person's.
	if hi-lo == 2 && ws[lo+1].is(lxAdmin) && !ws[lo].known() && !ws[lo].is(lxDemonym) {
		hi--
		titled = true
	}
	if hi-lo == 1 && !titled {
		w := &ws[lo]
		if w.single {
			return
		}
		if !w.known() {
			switch {
			case w.is(lxCommon | lxTitle | lxDemonym | lxTitleMod | lxCalendar):
				return
			case w.caps:
				if w.is(lxNonAcronym) {
					return
				}
			case w.initial && !f.titleMid(w.key) && (f.cues(ws, lo, hi)[0] == 0 || f.lower(w.key)):
				// A sentence's first word stands as a name only on a cue
				// that it is a person's ("Sommer said"), and not when the
				// article writes it in lower case too ("Officers said …
				// the officers"), unless the article also capitalises it
				// inside a sentence. Stressed capitals there ("the BUILD
				// stage") do not count: they say nothing of "Build your
				// website".
				return
			case !w.initial && f.lower(w.key):
				return
			case f.german && !w.is(lxOrgHead) && f.cues(ws, lo, hi)[0] == 0:
				return
			}
		}
	}
	f.emit(ws, lo, hi, f.classify(ws, lo, hi, titled))
}

var adminWords = wordSet(`administration government cabinet campaign`)

func hasOrgHead(ws []word) bool {
	for i := range ws {
		if ws[i].is(lxOrgHead) {
			return true
		}
	}
	return false
}

// surnameHeads end place names but are surnames too: after a given name
// they are the surname ("Nathan Lane", "Brad Park").
var surnameHeads = wordSet(`lane park moor heath forest bridge point bay port island coast mount
	cape sea lake hill`)

var placeStarts = wordSet(`lake mount gulf cape republic kingdom isle bay sea port fort lower upper north south east west`)

// classify decides the kind of ws[lo:hi] from the name itself. A person
// needs a title before it, or a given name or an initial first: two
// capitalised words alone are not enough ("Lower Kaldbrook", "Vessa
// Hydro"), and what is left undecided here is settled by context cues in
// finish.
func (f *finder) classify(ws []word, lo, hi int, titled bool) string {
	if e, ok := f.gazSpan(ws, lo, hi); ok {
		return e.Kind
	}
	multi := hi-lo >= 2
	org := hasOrgHead(ws[lo:hi]) || multi && ws[hi-1].is(lxOrgTail) && !ws[lo].is(lxFirst)
	place := ws[hi-1].is(lxPlaceHead) && !(ws[lo].is(lxFirst) && surnameHeads[ws[hi-1].key]) ||
		multi && ws[lo].is(lxPlaceStart)
	switch {
	case titled && !org && !place:
		return news.KindPerson
	case org:
		return news.KindOrg
	case place:
		return news.KindPlace
	case hi-lo == 1 && ws[lo].caps:
		return news.KindOrg
	case multi && (ws[lo].is(lxFirst) || ws[lo].single):
		return news.KindPerson
	}
	return ""
}

func (f *finder) emit(ws []word, lo, hi int, kind string) {
	s, e := ws[lo].start, ws[hi-1].end
	md := mentionMeta{key: f.spanKey(ws, lo, hi)}
	core := 0
	for i := lo; i < hi; i++ {
		if !ws[i].is(lxParticle|lxTitle) && !nameSuffixes[ws[i].key] {
			core++
			md.last = ws[i].key
		}
	}
	if k := strings.LastIndexByte(md.last, ' '); k >= 0 {
		md.last = md.last[k+1:] // "al assad"
	}
	md.full = core >= 2 && !ws[lo].is(lxParticle)
	// An event is not where it is held: "at the European Championships"
	// is no place, whatever the preposition says.
	if kind == "" && !ws[hi-1].is(lxEventHead) {
		md.votes = f.cues(ws, lo, hi)
	}
	f.out = append(f.out, news.Mention{Start: s, End: e, Text: f.text[s:e], Kind: kind})
	f.meta = append(f.meta, md)
}
