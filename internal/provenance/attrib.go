package provenance

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Attribution is one credit to a news outlet found in an article:
// "according to NBC News", "told Reuters", "Tass reported", "Source: El
// Diario". Start and End span Phrase in the article's Text; when the credit
// was found in the title or in a line that cleaning removed
// (Article.Boilerplate), Sentence is -1 and Start/End point into the Title
// or that Removed text. Block is set for a credit that introduces a pasted
// passage (`Wall Street Journal: "..."`): it speaks for that passage only.
type Attribution struct {
	Outlet   string // the outlet as written, e.g. "NBC News"
	Phrase   string // the whole credit, e.g. "according to NBC News"
	Article  string
	Start    int
	End      int
	Sentence int
	Block    bool
	// loose marks a credit found only because a cue names a publication
	// ("told the …"), not because the name looks like an outlet's: the
	// name must then be known to the entity stage as a name that is not a
	// person's or a place's (see namedOutlet).
	loose bool
}

// Key returns the folded outlet key used to compare credits (see OutletKey).
func (at Attribution) Key() string { return OutletKey(at.Outlet) }

var (
	// afterRE: verbs and prepositions followed by the credited outlet.
	// "As informs the edition X" is machine-translated "as X reports".
	afterRE = regexp.MustCompile(`(?i)\b(?:according to|told|informs|informed|(?:first |originally )?reported (?:by|in)|reports? (?:from|by|in)|citing|cited by|quoted by|says|said|reports|in an interview with|as reported by|published by|broadcast by)\s`)
	// beforeRE: verbs preceded by the credited outlet.
	beforeRE = regexp.MustCompile(`(?i)\s(?:has |had |first |also |was first |originally )?(?:reported|reports|said in a report|wrote|writes|revealed|reported first)\b`)
	// afterIntlRE and beforeIntlRE are the same in the other languages
	// crosscheck detects (es, pt, it, fr, de, ru, uk), for originals and
	// translations that keep their credits ("según El Diario", "как
	// сообщает издание Harbour Times", "berichtete die Zeitung"). The cue
	// is group 1; RE2's \b knows only ASCII letters, so a boundary is a
	// character that is not a letter.
	afterIntlRE  = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(según|de acuerdo con|citado por|publicado por|informó a|dijo a|segundo|de acordo com|disse à|disse ao|secondo|citato da|pubblicato da|ha detto a|selon|d'après|d’après|cité par|publié par|a déclaré à|a indiqué à|laut|zufolge|gegenüber|zitiert von|veröffentlicht von|по данным|по сообщению|как сообщает|как сообщило|как сообщил|как пишет|как передает|как передаёт|со ссылкой на|сообщает|сообщило|передает|передаёт|рассказал|рассказала|заявил|заявила|за даними|як повідомляє|як пише|з посиланням на|повідомляє)\s`)
	beforeIntlRE = regexp.MustCompile(`(?i)\s((?:ha |hat |a )?(?:informó|informa|publicó|reportó|informou|noticiou|riferisce|ha riferito|riporta|rapporte|a rapporté|révèle|berichtete|berichtet|meldete|meldet|schreibt|сообщает|сообщил|сообщила|сообщило|сообщили|пишет|передает|передаёт|повідомляє|повідомив|пише))(?:[^\p{L}]|$)`)
	// toldRE marks the cues whose credited outlet is their object and so
	// follows at once ("told Reuters", "told the Argus Leader").
	toldRE = regexp.MustCompile(`(?i)^(?:told|informs|informed)\s`)
	// atPlaceRE: between a speech verb and a name, "at" or "during" makes
	// the name the place or event of the speech ("said at the Code Media
	// conference"), not the outlet that reported it.
	atPlaceRE = regexp.MustCompile(`(?i)\b(?:at|during)\b`)
	// clauseRE: a subject pronoun between a cue and a name starts the
	// clause the cue introduces, whose objects are not credits.
	clauseRE = regexp.MustCompile(`(?i)\b(?:he|she|they|it|we|i|you)\b`)
	// pubCueRE: cues that name a publication whatever it is called: "a
	// report in the Argus Leader", "published in BMJ Case Reports",
	// "told the Northern Echo". A person takes no article and is not
	// published in, so the name after them needs no media word; only
	// institutions are ruled out (isPublication).
	pubCueRE = regexp.MustCompile(`(?i)\b(?:(?:a|an|the) (?:new |recent |\w+-page )?(?:report|article|story|op-ed|editorial|column|piece|interview|investigation) (?:in|for|with|by) the|published (?:in|by)(?: the journal| the)?|(?:wrote|writing) in the|(?:first |originally )?reported by the|told the|an interview with the)\s`)
	// sourceLineRE: a credit line such as "Source: El Diario", in the
	// languages above too.
	sourceLineRE = regexp.MustCompile(`(?im)^[ \t]*(?:source|sources|via|credit|credits|originally published (?:by|in)|fuente|fonte|quelle|источник|джерело)[ \t]*:?[ \t]*([^\n]{2,80}?)[ \t]*$`)
	// colonCreditRE: a pasted passage introduced by its outlet,
	// `Wall Street Journal: "..."`.
	colonCreditRE = regexp.MustCompile(`(?m)^[ \t]*([A-Z][^\n:]{1,50}):[ \t]*["“«]`)
)

// Attributions returns the outlet credits of a, in text order, followed by
// those found in its removed boilerplate ("Source: ..." lines are cleaned
// away but still say where the text came from). Credits to the article's
// own outlet ("told Radio Norland" in Radio Norland's own report) are left
// out: they mark the outlet's own reporting, not a source (see SelfCredits).
func Attributions(a *news.Article) []Attribution {
	own, _ := credits(a)
	return own
}

// SelfCredits returns the credits a gives to its own outlet, known by its
// name or its web address: "told Radio Norland", "requests for comment from
// Radio Norland". They are evidence that the article is the outlet's own
// reporting.
func SelfCredits(a *news.Article) []Attribution {
	_, self := credits(a)
	return self
}

// credits splits the credits of a (text, title, removed boilerplate) into
// those naming another outlet and those naming a's own.
func credits(a *news.Article) (others, self []Attribution) {
	keys := selfKeys(a)
	split := func(ats []Attribution, inText bool) {
		for _, at := range ats {
			if inText && !namedOutlet(a, at) {
				continue
			}
			at.Sentence = -1
			if inText && len(a.Sentences) > 0 {
				at.Sentence = a.SentenceAt(at.Start)
			}
			if keys[at.Key()] || keys[initialsKey(at.Outlet)] {
				self = append(self, at)
			} else {
				others = append(others, at)
			}
		}
	}
	split(findAttributions(a.Text, a.ID), true)
	split(findAttributions(a.Title, a.ID), false)
	for _, r := range a.Boilerplate {
		split(findAttributions(r.Text, a.ID), false)
	}
	return others, self
}

// namedOutlet checks a credit in a's text against the names the entity
// stage found there (a.Mentions; with none found, every credit stands):
// a name it reads as a person's or a place's whole ("said Eleanor Fox",
// "published in Lisbon") is not an outlet, however outlet-like a word of it
// is, and a name found only by a cue naming a publication ("told the
// Malaysians") must be a name it found at all, of no kind other than an
// organisation's, and not a one-word people or party ("told the
// Republicans", whatever the entity stage made of it).
func namedOutlet(a *news.Article, at Attribution) bool {
	if at.loose && peopleGroup(at.Outlet) {
		return false
	}
	if len(a.Mentions) == 0 {
		return true
	}
	i := strings.LastIndex(a.Text[at.Start:at.End], at.Outlet)
	if i < 0 {
		return true
	}
	start, end := at.Start+i, at.Start+i+len(at.Outlet)
	found := false
	for _, m := range a.Mentions {
		if m.Start >= end || m.End <= start {
			continue
		}
		if m.Start <= start && m.End >= end && (m.Kind == news.KindPerson || m.Kind == news.KindPlace) {
			return false
		}
		if m.Kind == "" || m.Kind == news.KindOrg {
			found = true
		}
	}
	return found || !at.loose
}

// peopleGroupEndings end the one-word plurals that name a people or a
// party's members ("the Republicans", "the Chinese", "the Spaniards",
// "the British"); the entity stage may keep them as names of no kind.
var peopleGroupEndings = []string{"ans", "ese", "ists", "crats", "ites", "ards", "ish", "ench", "utch"}

// peopleGroup reports whether name, "the" aside, is one word naming a
// group of people: told the Republicans is no publication told.
func peopleGroup(name string) bool {
	ws := nameWords(name)
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) != 1 || knownOutlets[ws[0]] {
		return false
	}
	for _, e := range peopleGroupEndings {
		if strings.HasSuffix(ws[0], e) {
			return true
		}
	}
	return false
}

// selfKeys are the outlet keys an article's own outlet goes by: its name
// and the name in its web address ("radionorland.example",
// "en.severniglas.example").
func selfKeys(a *news.Article) map[string]bool {
	keys := map[string]bool{}
	if k := OutletKey(a.Outlet); k != "" {
		keys[k] = true
	}
	if u, err := url.Parse(strings.TrimSpace(a.URL)); err == nil && u.Hostname() != "" {
		labels := strings.Split(strings.ToLower(u.Hostname()), ".")
		for len(labels) > 2 && (serviceLabels[labels[0]] || languageLabels[labels[0]]) {
			labels = labels[1:]
		}
		if k := OutletKey(strings.Join(labels, ".")); k != "" {
			keys[k] = true
		}
	}
	return keys
}

// initialsKey is the acronym of a name of several words ("The Associated
// Press": "ap", "Agence France-Presse": "afp"), "" for one word. Outlets
// go by both ("AP News", apnews.com), and an agency's own copy says "told
// The Associated Press". It is compared only with an outlet's full key,
// never with another acronym: "Arkansas Post" and "Associated Press" share
// theirs.
func initialsKey(name string) string {
	var b strings.Builder
	n := 0
	for _, w := range nameWords(name) {
		if w == "the" || w == "and" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
		n++
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

type span struct{ start, end int }

func findAttributions(text, id string) []Attribution {
	var out []Attribution
	add := func(name string, ps, pe int) bool {
		// One space between words, however the text wrapped them.
		name = trimByline(strings.Join(strings.Fields(name), " "))
		if name == "" || OutletKey(name) == "" {
			return false
		}
		out = append(out, Attribution{Outlet: name, Phrase: text[ps:pe], Article: id, Start: ps, End: pe})
		return true
	}
	for _, m := range sourceLineRE.FindAllStringSubmatchIndex(text, -1) {
		name := cleanCredit(text[m[2]:m[3]])
		if name == "" || strings.Count(name, " ") > 5 || genericName(name) {
			continue
		}
		ls := m[0] + len(text[m[0]:m[1]]) - len(strings.TrimLeft(text[m[0]:m[1]], " \t"))
		add(name, ls, m[3])
	}
	for _, m := range colonCreditRE.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		if low := strings.ToLower(name); strings.HasPrefix(low, "source") || strings.HasPrefix(low, "via") || strings.HasPrefix(low, "credit") {
			continue
		}
		if isOutlet(name) {
			if add(name, m[2], m[3]+1) {
				out[len(out)-1].Block = true
			}
		}
	}
	var after, before [][2]int // cue phrase spans
	for _, m := range afterRE.FindAllStringIndex(text, -1) {
		after = append(after, [2]int{m[0], m[1]})
	}
	for _, m := range afterIntlRE.FindAllStringSubmatchIndex(text, -1) {
		after = append(after, [2]int{m[2], m[1]})
	}
	for _, m := range beforeRE.FindAllStringIndex(text, -1) {
		before = append(before, [2]int{m[0], m[1]})
	}
	for _, m := range beforeIntlRE.FindAllStringSubmatchIndex(text, -1) {
		before = append(before, [2]int{m[0], m[3]})
	}
	for _, m := range after {
		win := windowAfter(text, m[1])
		direct := toldRE.MatchString(text[m[0]:m[1]])
		for _, s := range capSpans(text, win) {
			if direct && !directObject(text[m[1]:s.start]) {
				break // "told investors of New Media": the investors were told
			}
			if atPlaceRE.MatchString(text[m[1]:s.start]) {
				break // "said Tuesday at the Vox Media Code conference": where, not who
			}
			if clauseRE.MatchString(text[m[1]:s.start]) {
				break // "said he didn't think it would hurt MSN": a new clause, not a credit
			}
			name := text[s.start:s.end]
			if isOutlet(name) {
				if !modifiesNoun(text, s.end) { // "said former MSN general manager …"
					add(name, m[0], s.end)
				}
				break
			}
		}
	}
	for _, m := range pubCueRE.FindAllStringIndex(text, -1) {
		win := windowAfter(text, m[1])
		spans := capSpans(text, win)
		if len(spans) == 0 || strings.TrimSpace(text[m[1]:spans[0].start]) != "" {
			continue // the name must follow the cue directly
		}
		end := spans[0].end
		if i := strings.Index(text[spans[0].start:end], " of "); i > 0 {
			// "the Argus Leader of Sioux Falls": the place is not part of
			// the name, unless the name is a journal's ("the New England
			// Journal of Medicine").
			head := text[spans[0].start : spans[0].start+i]
			if ws := nameWords(head); len(ws) >= 2 && !mediaWords[ws[len(ws)-1]] {
				end = spans[0].start + i
			}
		}
		if modifiesNoun(text, end) {
			continue // "published by Iraqi leader Saddam Hussein's son": an adjective, not a title
		}
		if name := text[spans[0].start:end]; isPublication(name) {
			if add(name, m[0], end) && !isOutlet(name) {
				out[len(out)-1].loose = true
			}
		}
	}
	for _, m := range before {
		win := windowBefore(text, m[0])
		spans := capSpans(text, win)
		if len(spans) == 0 {
			continue
		}
		s := spans[len(spans)-1]
		if strings.TrimSpace(text[s.end:m[0]]) != "" {
			continue // the name must stand right before the verb
		}
		s.start = skipFunctionWords(text, s)
		if s.start >= s.end {
			continue
		}
		if i := strings.LastIndex(text[s.start:s.end], " of "); i >= 0 && isOutlet(text[s.start+i+4:s.end]) {
			// "Raymond Bonner and James Risen of The New York Times
			// reported": the reporters' outlet is the credit.
			s.start += i + 4
		}
		name := text[s.start:s.end]
		if isOutlet(name) {
			add(name, s.start, m[1])
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	// Drop credits nested in an earlier one ("as reported by" and "reported by").
	var dedup []Attribution
	for _, at := range out {
		if n := len(dedup); n > 0 && at.Start < dedup[n-1].End && at.Key() == dedup[n-1].Key() {
			continue
		}
		dedup = append(dedup, at)
	}
	return dedup
}

// headNouns are the lower-case nouns a capitalised adjective may modify
// where a credited name would stand: "published by Iraqi leader …",
// "published by Russian state media", "said Business Post Naiad
// owner-skipper …". A title is not followed by them,
// except "the Argus Leader", whose "Leader" is capitalised. Read-only.
var headNouns = map[string]bool{
	"leader": true, "leaders": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"family": true, "owner": true, "owners": true, "founder": true, "tycoon": true, "magnate": true,
	"businessman": true, "group": true, "company": true, "firm": true, "party": true, "state": true,
	"authorities": true, "opposition": true, "military": true, "army": true, "church": true,
	"capital": true, "city": true, "province": true, "crew": true, "people": true, "delegation": true,
}

// modifiesNoun reports whether the capitalised words ending at end are an
// adjective of the lower-case noun that follows them (see headNouns and
// roleWords).
func modifiesNoun(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " \t\n")
	if len(rest) == len(text)-end {
		return false // no space: the name ends at punctuation
	}
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(rest)
	}
	w := rest[:i]
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	return headNouns[w] || roleWords[w]
}

// cleanCredit trims debris from a credit line's name: trailing digits glued
// to a domain ("msn.com3") and punctuation.
func cleanCredit(s string) string {
	s = strings.TrimSpace(strings.Trim(s, " \t.,;:|-–—"))
	if i := strings.LastIndexByte(s, '.'); i > 0 {
		tail := strings.TrimRight(s[i:], "0123456789")
		if len(tail) > 1 {
			s = s[:i] + tail
		}
	}
	return s
}

// clauseBreak reports whether text[i:] starts a clause boundary that a
// credited name does not cross.
func clauseBreak(text string, i int) (bool, int) {
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '\n':
		return !softWrap(text, i), n
	case ',', ';', ':', '(', ')', '"', '“', '”', '–', '—', '«', '»':
		return true, n
	case '.', '?', '!':
		if i+n >= len(text) || text[i+n] == ' ' || text[i+n] == '\n' {
			return true, n
		}
	}
	return false, n
}

// softWrap reports whether the newline at i only wraps a line: newswire
// copy is wrapped at a fixed width with a space before each newline ("told
// The Associated \nPress"), where a paragraph ends without one. Only such
// a newline may fall inside a credit.
func softWrap(text string, i int) bool {
	return i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] != '\n'
}

const creditWindow = 80

func windowAfter(text string, p int) span {
	e := p
	for e < len(text) && e-p < creditWindow {
		if br, _ := clauseBreak(text, e); br {
			break
		}
		_, n := utf8.DecodeRuneInString(text[e:])
		e += n
	}
	return span{p, e}
}

func windowBefore(text string, p int) span {
	s := p
	for s > 0 && p-s < creditWindow {
		_, n := utf8.DecodeLastRuneInString(text[:s])
		if br, _ := clauseBreak(text, s-n); br {
			break
		}
		s -= n
	}
	return span{s, p}
}

// calendarWords are the English weekdays and months, which follow a
// credit ("told the Argus Leader Monday") but never end an outlet's name.
// Read-only.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// connectors may stand inside a multi-word name ("Corriere della Sera").
var connectors = map[string]bool{"of": true, "de": true, "del": true, "della": true, "di": true, "la": true, "el": true, "the": true, "and": true, "&": true}

// capSpans returns the runs of capitalised words (or domain names) in win,
// allowing lower-case connectors between capitalised words.
func capSpans(text string, win span) []span {
	type tok struct {
		s, e int
		cap  bool
		conn bool
	}
	var toks []tok
	i := win.start
	for i < win.end {
		for i < win.end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
			i++
		}
		j := i
		for j < win.end && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' {
			j++
		}
		if j > i {
			w := strings.TrimRight(text[i:j], ".,;:!?'’\"")
			e := i + len(w)
			if e > i {
				r, _ := utf8.DecodeRuneInString(w)
				// A weekday or month ends a name: "told Reuters Monday".
				isCap := unicode.IsUpper(r) && !calendarWords[strings.ToLower(w)] || domainRE.MatchString(w)
				toks = append(toks, tok{i, e, isCap, connectors[strings.ToLower(w)]})
			}
		}
		i = j
	}
	var out []span
	for k := 0; k < len(toks); k++ {
		if !toks[k].cap && !(toks[k].conn && k+1 < len(toks) && toks[k+1].cap && strings.EqualFold(text[toks[k].s:toks[k].e], "the")) {
			continue
		}
		s := toks[k].s
		e := toks[k].e
		k2 := k + 1
		for k2 < len(toks) {
			if toks[k2].cap {
				e = toks[k2].e
				k2++
				continue
			}
			if toks[k2].conn && k2+1 < len(toks) && toks[k2+1].cap {
				k2++
				continue
			}
			break
		}
		out = append(out, span{s, e})
		k = k2 - 1
	}
	return out
}

// leadWords are sentence-initial words that a capitalised run picks up but
// that are not part of a name ("As NBC News reported").
var leadWords = map[string]bool{
	"as": true, "and": true, "but": true, "in": true, "on": true, "while": true, "meanwhile": true,
	"also": true, "however": true, "then": true, "so": true, "when": true, "after": true,
	"before": true, "earlier": true, "today": true, "yesterday": true, "now": true, "this": true,
}

func skipFunctionWords(text string, s span) int {
	i := s.start
	for i < s.end {
		j := i
		for j < s.end && text[j] != ' ' {
			j++
		}
		if !leadWords[strings.ToLower(text[i:j])] {
			return i
		}
		for j < s.end && text[j] == ' ' {
			j++
		}
		i = j
	}
	return i
}

// directObject reports whether the text between a cue such as "told" and
// a name leaves the name as the cue's object: nothing, an article, or a
// few words ending in what the name is ("informs the edition Harbor
// Times", "told the state-run agency Xinhua").
func directObject(between string) bool {
	ws := strings.Fields(strings.ToLower(between))
	switch {
	case len(ws) == 0:
		return true
	case len(ws) == 1 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an"):
		return true
	case len(ws) <= 4:
		return mediaNouns[ws[len(ws)-1]]
	}
	return false
}

// mediaNouns are what a running text calls an outlet before naming it.
// Read-only.
var mediaNouns = map[string]bool{
	"edition": true, "newspaper": true, "paper": true, "agency": true, "outlet": true,
	"publication": true, "portal": true, "channel": true, "broadcaster": true,
	"magazine": true, "site": true, "website": true, "daily": true, "network": true,
	"station": true, "tabloid": true, "weekly": true, "service": true, "journal": true,
}

// trimByline cuts a journalist's role and name off an outlet's ("CBS
// Sports NFL Insider Jason La Canfora" is CBS Sports NFL). A role word
// that ends the name is the outlet's own (The Hollywood Reporter).
func trimByline(name string) string {
	ws := strings.Fields(name)
	for i := 1; i < len(ws)-1; i++ {
		if bylineRoles[strings.ToLower(ws[i])] {
			return strings.Join(ws[:i], " ")
		}
	}
	return name
}

// bylineRoles are the titles of journalists. Read-only.
var bylineRoles = map[string]bool{
	"insider": true, "correspondent": true, "columnist": true, "editor": true, "analyst": true,
	"anchor": true, "host": true, "writer": true, "reporter": true, "contributor": true,
}
