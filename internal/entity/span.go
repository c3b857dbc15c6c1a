package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// emitSpan strips what is not part of the name from ws[lo:hi] (sentence
// openers, titles, demonyms) and emits what is left.
func (f *finder) emitSpan(ws []word, lo, hi int) {
	lo, hi = trimConnectors(ws, lo, hi)
	if lo >= hi {
		return
	}
	if e, ok := gaz(spanKey(ws, lo, hi)); ok {
		f.emit(ws, lo, hi, e.Kind)
		return
	}
	if ws[lo].initial {
		for lo < hi {
			k := ws[lo].key
			if titles[k] || demonyms[k] {
				break
			}
			if commonWords[k] || f.lower[k] && !known(k) {
				lo++
				continue
			}
			if known(k) {
				break
			}
			if hi-lo > 1 && !f.capMid[k] {
				n := ws[lo+1]
				if _, g := gazetteer[n.key]; g || n.caps || titles[n.key] || demonyms[n.key] {
					lo++
					continue
				}
			}
			break
		}
		if lo, hi = trimConnectors(ws, lo, hi); lo >= hi {
			return
		}
		if e, ok := gaz(spanKey(ws, lo, hi)); ok {
			f.emit(ws, lo, hi, e.Kind)
			return
		}
	}
	t := -1
	for i := lo; i < hi; i++ {
		if titles[ws[i].key] {
			t = i
			break
		}
	}
	// No title, or a title word naming an organisation: "Justice
	// Department", "General Assembly".
	if t < 0 || t+1 < hi && orgHeads[ws[t+1].key] {
		f.emitPlain(ws, lo, hi, false)
		return
	}
	// Title: "[US] [Foreign] Minister [of Defense] Name".
	g := t
	for g > lo && (titleModifiers[ws[g-1].key] || demonyms[ws[g-1].key]) {
		if _, isGaz := gazetteer[ws[g-1].key]; isGaz {
			break
		}
		g--
	}
	if g > lo {
		f.emitStrict(ws, lo, g)
	}
	r := t + 1
	for r < hi && titles[ws[r].key] {
		r++
	}
	person := true
	if r < hi && isConnector(ws[r]) {
		c := r
		for c < hi && isConnector(ws[c]) {
			c++
		}
		if c+1 < hi && departments[ws[c].key] {
			r = c + 1
		} else {
			r, person = c, false // "President of the Council on Foreign Relations"
		}
	}
	if r < hi {
		if person {
			f.emitPlain(ws, r, hi, true)
		} else {
			f.emitStrict(ws, r, hi)
		}
	}
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

func spanKey(ws []word, lo, hi int) string {
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
	for lo < hi && demonyms[ws[lo].key] {
		lo++
	}
	if lo >= hi {
		return
	}
	if kind := f.classify(ws, lo, hi, false); kind != "" && kind != news.KindPerson {
		f.emit(ws, lo, hi, kind)
	}
}

// emitPlain emits ws[lo:hi], a run with no title left in it; titled says a
// title stood right before it.
func (f *finder) emitPlain(ws []word, lo, hi int, titled bool) {
	for hi-lo > 1 && demonyms[ws[lo].key] {
		lo++
	}
	if lo, hi = trimConnectors(ws, lo, hi); lo >= hi {
		return
	}
	if e, ok := gaz(spanKey(ws, lo, hi)); ok {
		f.emit(ws, lo, hi, e.Kind)
		return
	}
	// "White House National Security Council": a known name, then an
	// organisation of its own.
	for p := hi - 2; p > lo; p-- {
		if e, ok := gaz(spanKey(ws, lo, p)); ok && hasOrgHead(ws[p:hi]) {
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
			if _, ok := gaz(spanKey(ws, p, hi)); ok {
				f.emitPlain(ws, lo, k, false)
				f.emitPlain(ws, p, hi, false)
				return
			}
		}
	}
	// "with Lavrov Richard Haass": a missing comma between two names.
	for k := lo + 1; k+1 < hi; k++ {
		if isFirstName(ws[k].key) && !isFirstName(ws[k-1].key) && !particles[ws[k-1].key] && !hasOrgHead(ws[lo:k]) {
			f.emitPlain(ws, lo, k, false)
			f.emitPlain(ws, k, hi, titled)
			return
		}
	}
	// "Biden Administration": the person behind it.
	if hi-lo == 2 && adminWords[ws[lo+1].key] && !known(ws[lo].key) {
		hi--
		titled = true
	}
	if hi-lo == 1 && !titled {
		w := ws[lo]
		k := w.key
		if utf8.RuneCountInString(w.text) == 1 {
			return
		}
		if !known(k) {
			switch {
			case commonWords[k] || titles[k] || demonyms[k] || titleModifiers[k] || calendarWords[k]:
				return
			case w.caps:
				if nonAcronyms[k] {
					return
				}
			case w.initial && !f.capMid[k] && !f.personCue(ws, lo, hi):
				return
			case !w.initial && f.lower[k]:
				return
			case f.german && !orgHeads[k] && !f.personCue(ws, lo, hi):
				return
			}
		}
	}
	f.emit(ws, lo, hi, f.classify(ws, lo, hi, titled))
}

var adminWords = wordSet(`administration government cabinet campaign`)

func hasOrgHead(ws []word) bool {
	for _, w := range ws {
		if orgHeads[w.key] {
			return true
		}
	}
	return false
}

var placeStarts = wordSet(`lake mount gulf cape republic kingdom isle bay sea`)

// classify decides the kind of ws[lo:hi].
func (f *finder) classify(ws []word, lo, hi int, titled bool) string {
	if e, ok := gaz(spanKey(ws, lo, hi)); ok {
		return e.Kind
	}
	org := hasOrgHead(ws[lo:hi])
	place := placeHeads[ws[hi-1].key] || placeStarts[ws[lo].key]
	switch {
	case titled && !org && !place:
		return news.KindPerson
	case org:
		return news.KindOrg
	case place:
		return news.KindPlace
	case hi-lo == 1 && ws[lo].caps:
		return news.KindOrg
	case hi-lo >= 2 && (isFirstName(ws[lo].key) || utf8.RuneCountInString(ws[lo].text) == 1):
		return news.KindPerson
	case f.personCue(ws, lo, hi):
		return news.KindPerson
	}
	return ""
}

// personCue looks around ws[lo:hi] for words that only go with people:
// "former president Richard Huss", "Lavrov said", "Rebekah Koffler, a former
// defense intelligence officer", "said Graham".
func (f *finder) personCue(ws []word, lo, hi int) bool {
	if lo > 0 && joinable(ws[lo-1], ws[lo]) {
		p := ws[lo-1]
		if !p.cap && (titles[p.key] || roleWords[p.key] || p.key == "said" || p.key == "says") {
			return true
		}
	}
	if hi < len(ws) {
		n := ws[hi]
		if (joinable(ws[hi-1], n) || strings.TrimSpace(n.gap) == ",") && speechVerbs[n.key] {
			return true
		}
		// "the Biden administration"
		if hi-lo == 1 && joinable(ws[hi-1], n) && !n.cap && adminWords[n.key] {
			return true
		}
		if strings.TrimSpace(n.gap) == "," {
			if n.key == "who" {
				return true
			}
			for i := hi; i < len(ws) && i < hi+6; i++ {
				if i > hi && strings.TrimSpace(ws[i].gap) != "" {
					break
				}
				if !ws[i].cap && roleWords[ws[i].key] {
					return true
				}
			}
		}
	}
	return false
}

func (f *finder) emit(ws []word, lo, hi int, kind string) {
	s, e := ws[lo].start, ws[hi-1].end
	f.out = append(f.out, news.Mention{Start: s, End: e, Text: f.text[s:e], Kind: kind})
}
