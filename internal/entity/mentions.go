// Package entity is the pipeline stage after textproc: it finds the names of
// people, organisations and places in each article (Mentions, stored in
// Article.Mentions) and resolves them across the articles of one story
// (Resolve), so that "Sergei Lavrov", "Sergey Lavrov" and "Lavrov", or
// "Council on Foreign Relations" and "CFR", count as one entity. Claims use
// the resolved Set to tell a real change of name from a spelling variant.
//
// No trained model is used: mentions come from capitalisation, context cues
// and small hand-written word lists and gazetteers, so the same rules work on
// any language that writes names with capitals and find nothing, quietly, in
// scripts without case. In those (Arabic, Hebrew, Devanagari) Resolve finds
// the story's names by their sound and the gazetteer's by their spelling
// (anchored.go). Role phrases ("Deputy Minister of Environment and
// Water Resources", "Opposition MP") are cut off the name they precede and
// left in the text, where Resolve reads them as context. A name's kind comes
// from the name itself (a title or given name before it, "Road", "Authority"
// or "Hydro" at its end, a gazetteer) or else from the cues around its
// mentions ("in Kaldbrook", "Vessa Hydro, a regional utility", "Sommer
// said"); two capitalised words alone are left of unknown kind.
//
// Mentions runs once per ingested article, so it looks every word up once in
// a precompiled lexicon (lexbits.go), keeps word keys as substrings of one
// lower-cased copy of the text and allocates a few dozen times per article.
package entity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Mentions returns the name mentions of a, ordered by offset. It reads
// a.Text, a.Sentences (the whole text is one sentence when they are missing)
// and a.Language; spans are byte offsets into a.Text.
func Mentions(a *news.Article) []news.Mention {
	if a == nil || a.Text == "" {
		return nil
	}
	f := &finder{text: a.Text, lowered: lowerASCII(a.Text), german: strings.HasPrefix(strings.ToLower(a.Language), "de")}
	buf := wordBufs.Get().(*[]word)
	defer func() {
		if cap(*buf) <= maxPooledWords {
			wordBufs.Put(buf)
		}
	}()
	var words []word
	f.segs, words = segments(a.Text, f.lowered, sentenceRanges(a), *buf)
	*buf = words[:0]
	if declines(a.Language) {
		for i := range words {
			if !words[i].caps && czechCommon[words[i].key] {
				words[i].lx |= lxCommon
			}
		}
	}
	f.scan()
	f.art = a
	f.out = make([]news.Mention, 0, f.nwords/10+8)
	f.meta = make([]mentionMeta, 0, cap(f.out))
	for _, ws := range f.segs {
		f.spans(ws, f.titleCase(ws))
	}
	return f.finish()
}

// wordBufs lends each Mentions call the word array of an earlier article:
// it is the largest of its allocations (tens of bytes per word) and never
// outlives the call, since mentions copy what they keep.
var wordBufs = sync.Pool{New: func() any { return new([]word) }}

// maxPooledWords keeps one huge article's array from staying in the pool.
const maxPooledWords = 1 << 15

func sentenceRanges(a *news.Article) [][2]int {
	n := len(a.Text)
	out := make([][2]int, 0, len(a.Sentences)+1)
	for _, s := range a.Sentences {
		lo, hi := max(s.Start, 0), min(s.End, n)
		if lo < hi {
			out = append(out, [2]int{lo, hi})
		}
	}
	if len(out) == 0 {
		out = append(out, [2]int{0, n})
	}
	return out
}

// finder holds one article's words and what is known about them.
type finder struct {
	text    string
	lowered string // text with ASCII letters lower-cased (see tokenize)
	german  bool   // German capitalises every noun, so lone capitals need more evidence
	segs    [][]word
	nwords  int
	seen    map[string]uint8 // seenLower, seenCapMid for every capitalised word key
	// capStems holds the stem of each word in capitals by its start, and
	// lowerStems the stems of the words written in lower case (see
	// lowerStem), built from art's tokens the first time a word in
	// capitals is asked about; both empty when the article has no tokens.
	art        *news.Article
	capStems   map[int]string
	lowerStems map[string]bool
	out        []news.Mention
	meta       []mentionMeta // parallel to out
}

// mentionMeta is what finish needs to know about an emitted mention,
// taken from its words so that it need not fold the text again.
type mentionMeta struct {
	key   string // folded text
	last  string // key of the last word (a person's surname)
	full  bool   // more than one name word: a given name and a surname
	votes [3]int // context votes for person, org, place (kindOrder)
}

const (
	seenLower    = 1 << iota // seen starting with a lower-case letter
	seenCapMid               // seen capitalised inside a sentence of running text
	seenTitleMid             // the same, with lower-case letters after the first
)

func (f *finder) lower(key string) bool  { return f.seen[key]&seenLower != 0 }
func (f *finder) capMid(key string) bool { return f.seen[key]&seenCapMid != 0 }
func (f *finder) titleMid(key string) bool {
	return f.seen[key]&seenTitleMid != 0
}

// scan collects the article-wide evidence used to judge single words.
func (f *finder) scan() {
	n := 0
	for _, ws := range f.segs {
		n += len(ws)
	}
	f.nwords = n
	// Only capitalised words are ever asked about, so only they get an
	// entry; lower-case words then just mark the entries already there.
	f.seen = make(map[string]uint8, n/4+8)
	var filter [4]uint64 // a one-hash Bloom filter of the capitalised keys
	for _, ws := range f.segs {
		title := f.titleCase(ws)
		for i := range ws {
			if w := &ws[i]; w.cap {
				v := f.seen[w.key]
				if !w.initial && !title {
					v |= seenCapMid
					if !w.caps && !w.single {
						v |= seenTitleMid
					}
				}
				f.seen[w.key] = v
				h := keyHash(w.key)
				filter[h>>6] |= 1 << (h & 63)
			}
		}
	}
	for _, ws := range f.segs {
		for i := range ws {
			w := &ws[i]
			if w.cap || w.digit || w.is(lxCommon) {
				continue // common words are judged before f.lower is asked
			}
			if h := keyHash(w.key); filter[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
			if v, ok := f.seen[w.key]; ok {
				f.seen[w.key] = v | seenLower
			}
		}
	}
}

// stems fills capStems and lowerStems from a's tokens. Only articles with
// a long word in capitals that is not known need them, so they are built
// on demand rather than for every article.
func (f *finder) stems(a *news.Article) {
	f.capStems = map[int]string{}
	f.lowerStems = map[string]bool{}
	for _, t := range a.Tokens {
		if t.Stem == "" || t.Start < 0 || t.End > len(a.Text) || t.Start >= t.End {
			continue
		}
		r, _ := utf8.DecodeRuneInString(a.Text[t.Start:t.End])
		switch {
		case unicode.IsLower(r):
			f.lowerStems[t.Stem] = true
		case t.End-t.Start >= 4 && isAllUpper(a.Text[t.Start:t.End]):
			f.capStems[t.Start] = t.Stem
		}
	}
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// keyHash is a cheap 8-bit hash of a word key for scan's filter.
func keyHash(k string) uint8 {
	if k == "" {
		return 0
	}
	return uint8(len(k)*131 + int(k[0])*7 + int(k[len(k)-1])*31)
}

// titleCase reports whether a segment is a headline in Title Case, where
// capitals say nothing about names.
func (f *finder) titleCase(ws []word) bool {
	n, c := 0, 0
	for i := range ws {
		w := &ws[i]
		if w.digit {
			continue
		}
		if !w.cap {
			if w.is(lxHeadlineLower | lxParticle) {
				continue
			}
			return false // running text has lower-case words headlines capitalise
		}
		if w.is(lxBreak) {
			continue
		}
		n++
		if w.cap {
			c++
		}
	}
	return n >= 4 && c*5 >= n*4 || f.shouted(ws)
}

// shouted reports whether a segment is written in capitals throughout
// ("SCORES QUARANTINED", "FRANCE WINS", "'DANCING WITH THE STARS' CARRIE
// ANN INABA OPENS UP…"): a crosshead or a tabloid headline, whose capitals
// say nothing about names, as in Title Case. Its words are names only when
// known or written capitalised elsewhere in the article. A lone word in
// capitals (NASA, UEFA) is not a shouted segment.
func (f *finder) shouted(ws []word) bool {
	n := 0
	for i := range ws {
		w := &ws[i]
		switch {
		case w.digit:
			continue
		case !w.caps && !(w.single && w.cap):
			return false
		case !w.single:
			n++
		}
	}
	return n >= 2
}

// headlineLower are the words Title Case leaves in lower case.
var headlineLower = wordSet(`a an the and or but nor for on at to by of in into with from as vs via per up off over`)

// known reports whether w is a gazetteer name or a given name.
func (w *word) known() bool { return w.is(lxGaz | lxFirst) }

func gaz(key string) (gazEntry, bool) {
	e, ok := gazetteer[key]
	return e, ok
}

// gazSpan looks ws[lo:hi] up in the gazetteer; a single word in lower or
// title case does not match an acronym ("Un" is not the UN).
func (f *finder) gazSpan(ws []word, lo, hi int) (gazEntry, bool) {
	e, ok := gaz(f.spanKey(ws, lo, hi))
	if ok && e.Acronym && hi-lo == 1 && !ws[lo].caps && !strings.Contains(ws[lo].key, ".") {
		return gazEntry{}, false
	}
	return e, ok
}

// nameWord reports whether ws[i] may be part of a name.
func (f *finder) nameWord(ws []word, i int, title bool) bool {
	w := &ws[i]
	if !w.cap || w.digit || w.is(lxBreak) {
		return false
	}
	// A month is no name, but "Jan" is also a given name: before a
	// capitalised word it starts one ("Jan Novák", not "Jan 5").
	if w.is(lxCalendar) && !(w.is(lxFirst) && i+1 < len(ws) && ws[i+1].cap && !ws[i+1].digit &&
		!ws[i+1].is(lxCalendar|lxBreak) && joinable(w, &ws[i+1])) {
		return false
	}
	if w.caps && !w.known() && (w.is(lxNonAcronym|lxCommon) || len(w.key) >= 5 && f.lowerStem(w)) && !f.gazStart(ws, i) && !f.titleMid(w.key) {
		// Tabloids shout ("A HUNTER who killed", "BLACK DEATH PLAGUE"),
		// and blogs stress a word ("In the GROW stage", "ATTEND a
		// symposium"): a word in capitals that the article also writes in
		// lower case, or whose stem it does ("implementing" for
		// IMPLEMENT), is emphasis, not an acronym. Short ones stay (WHO,
		// US), and so do the start of a place in capitals ("NEW YORK
		// (Reuters)", "LOS ANGELES (AP)") and a word the article also
		// writes as a name ("Carrie Ann Inaba" for CARRIE, though
		// "carried" shares its stem).
		return false
	}
	if w.single {
		// An initial ("John F. Kennedy") only inside a name.
		return i+1 < len(ws) && ws[i+1].gap&gDotSpaceStart != 0 && ws[i+1].cap
	}
	if title {
		return w.known() || f.capMid(w.key) || w.is(lxTitle|lxDemonym)
	}
	return true
}

// lowerStem reports whether the article writes w, or a word of the same
// stem, in lower case. Stems come from the article's tokens (textproc);
// without them only the word itself is looked for.
func (f *finder) lowerStem(w *word) bool {
	if f.lower(w.key) {
		return true
	}
	if f.capStems == nil {
		f.stems(f.art)
	}
	st, ok := f.capStems[w.start]
	return ok && f.lowerStems[st]
}

// gazStart reports whether a gazetteer name of two or three words starts
// at ws[i].
func (f *finder) gazStart(ws []word, i int) bool {
	for hi := i + 2; hi <= min(i+3, len(ws)); hi++ {
		if !joinable(&ws[hi-2], &ws[hi-1]) {
			return false
		}
		if _, ok := f.gazSpan(ws, i, hi); ok {
			return true
		}
	}
	return false
}

// joinable reports whether the gap before next lets a name run on.
func joinable(prev, next *word) bool {
	return next.gap&(gSpace|gHyphen|gElision) != 0 || next.gap&gDotSpace != 0 && (prev.single || prev.is(lxAbbrev))
}

func hyphenJoin(a, b *word) bool {
	return !a.is(lxGaz) && !b.is(lxGaz) && !a.caps && !b.caps
}

func isConnector(w *word) bool {
	return !w.cap && w.is(lxOfLike|lxParticle)
}

// spans finds the capitalised runs of one segment and emits their mentions.
func (f *finder) spans(ws []word, title bool) {
	for i := 0; i < len(ws); {
		if !f.nameWord(ws, i, title) {
			i++
			continue
		}
		j := i
		for j+1 < len(ws) {
			k := j + 1
			if !joinable(&ws[j], &ws[k]) {
				break
			}
			if ws[j].poss {
				// A possessive ends a name unless an organisation's head
				// follows: "Greyhaven Fishermen's Association".
				if f.nameWord(ws, k, title) && hasOrgHead(capRun(ws, k)) && !hasOrgHead(ws[i:j+1]) {
					j = k
					continue
				}
				break
			}
			if f.nameWord(ws, k, title) {
				if ws[k].gap&gHasHyphen != 0 && !hyphenJoin(&ws[j], &ws[k]) {
					break
				}
				j = k
				continue
			}
			// "Minister of Environment and Water Resources", "Department of
			// Health and Social Care": "and" inside a portfolio.
			if ws[k].key == "and" && k+1 < len(ws) && ws[k+1].cap && ws[k+1].is(lxDept) &&
				joinable(&ws[k], &ws[k+1]) && portfolio(ws[i:j+1]) {
				j = k + 1
				continue
			}
			c := k
			for c < len(ws) && c-k < 2 && isConnector(&ws[c]) && joinable(&ws[c-1], &ws[c]) && ws[c].gap&gHasHyphen == 0 {
				c++
			}
			// A name the gazetteer knows whole joins across its "of"
			// ("House of Representatives").
			if c > k && c < len(ws) && joinable(&ws[c-1], &ws[c]) && f.nameWord(ws, c, title) &&
				(connectorAllowed(ws[i:j+1], ws[k:c], capRun(ws, c)) || f.gazJoins(ws, i, c)) {
				j = c
				continue
			}
			break
		}
		if lo, hi, kind, ok := f.gazAround(ws, i, j+1); ok {
			f.emit(ws, lo, hi, kind)
			i = hi
			continue
		}
		f.emitSpan(ws, i, j+1)
		i = j + 1
	}
}

// gazAround extends the capitalised run ws[lo:hi] over the lower-case
// words of a gazetteer name around it ("Nations [unies]", "[océan]
// Indien", "[Organisation] mondiale de la santé" extended from
// "Organisation", "[protocole de] Kyoto") and returns the longest span
// that is a gazetteer name, if one is.
func (f *finder) gazAround(ws []word, lo, hi int) (int, int, string, bool) {
	part := func(w *word) bool { return !w.cap && !w.digit && w.is(lxGazLower) }
	conn := func(w *word) bool { return !w.cap && w.is(lxOfLike|lxParticle) }
	// Ends and starts to try, in fixed arrays: Mentions calls this for
	// every capitalised run, most with no such word near.
	var lefts [5]int
	var rights [5]int
	nl, nr := 1, 1
	lefts[0], rights[0] = lo, hi
	for l := lo - 1; l >= 0 && lo-l <= 3 && joinable(&ws[l], &ws[l+1]) && (part(&ws[l]) || conn(&ws[l])); l-- {
		if part(&ws[l]) {
			lefts[nl] = l
			nl++
		}
	}
	for r := hi; r < len(ws) && r-hi < 4 && joinable(&ws[r-1], &ws[r]) && (part(&ws[r]) || conn(&ws[r])); r++ {
		if part(&ws[r]) {
			rights[nr] = r + 1
			nr++
		}
	}
	if nl == 1 && nr == 1 {
		return 0, 0, "", false
	}
	if hi-lo > 1 && ws[lo].initial && (ws[lo].is(lxCommon) || f.lower(ws[lo].key)) && !ws[lo].known() {
		// A sentence's first word is capitalised whatever it is: "Les
		// Nations unies".
		lefts[nl] = lo + 1
		nl++
	}
	bl, br, kind := 0, 0, ""
	for _, l := range lefts[:nl] {
		for _, r := range rights[:nr] {
			if l == lo && r == hi || r-l <= br-bl {
				continue
			}
			if e, ok := f.gazSpan(ws, l, r); ok {
				bl, br, kind = l, r, e.Kind
			}
		}
	}
	if br > bl {
		return bl, br, kind, true
	}
	return 0, 0, "", false
}

// gazJoins reports whether ws[i:] up to the end of the capitalised run at
// c, or a shorter span ending in that run, is a gazetteer name.
func (f *finder) gazJoins(ws []word, i, c int) bool {
	end := c + len(capRun(ws, c))
	for hi := end; hi > c; hi-- {
		if _, ok := f.gazSpan(ws, i, hi); ok {
			return true
		}
		// "The House of Lords": the article opening the sentence.
		if ws[i].key == "the" && i+1 < c {
			if _, ok := f.gazSpan(ws, i+1, hi); ok {
				return true
			}
		}
	}
	return false
}

// portfolio reports whether sofar ends in "<title or organisation> of
// <portfolio word>".
func portfolio(sofar []word) bool {
	n := len(sofar)
	if n < 3 || !sofar[n-1].is(lxDept) {
		return false
	}
	for i := n - 2; i > 0; i-- {
		switch w := &sofar[i]; {
		case w.key == "of" && !w.cap:
			return sofar[i-1].is(lxTitle | lxOrgHead)
		case w.key == "and" || w.is(lxDept):
		default:
			return false
		}
	}
	return false
}

// connectorAllowed decides whether "of", "for", "de"... joins sofar to the
// capitalised run after it: inside an organisation, place or title ("Council
// on Foreign Relations", "President of the..."), but not between two
// organisations ("Justice Department for the General Assembly"); particles
// inside a person's name ("Charles de Gaulle").
func connectorAllowed(sofar, conns, after []word) bool {
	for i := range sofar {
		if sofar[i].is(lxOrgHead | lxPlaceHead) {
			return i == 0 || i < len(sofar)-1 || !hasOrgHead(after)
		}
	}
	for i := range sofar {
		if sofar[i].is(lxTitle) {
			return true
		}
	}
	for i := range conns {
		if !conns[i].is(lxParticle) {
			return false
		}
	}
	// A particle joins a name to its next part ("Charles de Gaulle",
	// "Tour de France"), never to an acronym or an organisation: "Yvo de
	// Boer de la CCNUCC", "John Bellinger du Département d'État".
	if len(after) > 0 && (after[0].caps || hasOrgHead(after)) {
		return false
	}
	return len(sofar) <= 3 && !sofar[len(sofar)-1].is(lxGaz)
}

// capRun returns the run of capitalised words starting at ws[i].
func capRun(ws []word, i int) []word {
	j := i + 1
	for j < len(ws) && ws[j].cap && joinable(&ws[j-1], &ws[j]) {
		j++
	}
	return ws[i:j]
}
