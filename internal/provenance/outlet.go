package provenance

import (
	"regexp"
	"strings"
	"unicode"

	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/translit"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// knownOutlets are names that credit a news outlet even without a media
// word in them (wire agencies, broadcasters known by their acronym). Keys
// are outlet keys (see OutletKey). Read-only.
var knownOutlets = map[string]bool{
	"reuters": true, "ap": true, "associatedpress": true, "afp": true, "agencefrancepresse": true,
	"tass": true, "rianovosti": true, "ria": true, "interfax": true, "ansa": true, "efe": true,
	"dpa": true, "xinhua": true, "kyodo": true, "yonhap": true, "bbc": true, "cnn": true,
	"nbc": true, "cbs": true, "abc": true, "fox": true, "msnbc": true, "npr": true, "pbs": true,
	"bloomberg": true, "axios": true, "politico": true, "aljazeera": true, "eldiario": true,
	"elpais": true, "elmundo": true, "lemonde": true, "lefigaro": true, "derspiegel": true,
	"spiegel": true, "corrieredellasera": true, "larepubblica": true, "guardian": true,
	"telegraph": true, "economist": true, "newsweek": true, "msn": true, "yahoo": true,
	"sputnik": true, "rt": true, "ukrinform": true, "haaretz": true, "agi": true, "adnkronos": true,
	"izvestia": true, "kommersant": true, "clarin": true, "ndtv": true, "aajtak": true,
}

// foreignOutlets publish in a language other than English; crediting one
// in an English text is a translation mark. Keys are outlet keys. Read-only.
var foreignOutlets = map[string]bool{
	"eldiario": true, "elpais": true, "elmundo": true, "ansa": true, "efe": true, "tass": true,
	"rianovosti": true, "ria": true, "interfax": true, "corrieredellasera": true,
	"larepubblica": true, "lemonde": true, "lefigaro": true, "derspiegel": true, "spiegel": true,
	"xinhua": true, "kyodo": true, "yonhap": true, "dpa": true, "agi": true, "adnkronos": true,
	"sputnik": true, "izvestia": true, "kommersant": true, "clarin": true, "aajtak": true,
}

// mediaWords mark a capitalised name as a publication. Read-only.
var mediaWords = map[string]bool{
	"news": true, "times": true, "post": true, "journal": true, "press": true, "herald": true,
	"tribune": true, "gazette": true, "telegraph": true, "guardian": true, "chronicle": true,
	"daily": true, "wire": true, "radio": true, "tv": true, "television": true, "network": true,
	"broadcasting": true, "agency": true, "media": true, "magazine": true, "diario": true,
	"zeitung": true, "digital": true, "observer": true, "courier": true, "dispatch": true,
	"bulletin": true, "review": true, "inquirer": true, "sentinel": true, "express": true,
	"mirror": true, "standard": true, "ledger": true, "globe": true, "corriere": true,
	"gazzetta": true, "noticias": true, "notizie": true, "periodico": true, "agencia": true,
	"agenzia": true, "nachrichten": true, "blog": true, "monitor": true, "reporter": true,
	"novosti": true, "gazeta": true, "vesti": true, "vedomosti": true, "agentstvo": true,
	"zhurnal": true, "novini": true, "gazzettino": true,
}

// foreignMediaWords are media words of other languages. Read-only.
var foreignMediaWords = map[string]bool{
	"diario": true, "zeitung": true, "corriere": true, "gazzetta": true, "noticias": true,
	"notizie": true, "periodico": true, "agencia": true, "agenzia": true, "nachrichten": true,
	"novosti": true, "gazeta": true, "vesti": true, "vedomosti": true, "agentstvo": true,
	"zhurnal": true, "novini": true,
}

// genericName reports whether a name speaks of outlets in general ("News
// agencies reported", "Source: agencies") or of a kind of outlet
// ("according to Radio"), not of one.
func genericName(name string) bool {
	ws := nameWords(name)
	if len(ws) == 1 && mediaWords[ws[0]] && !knownOutlets[ws[0]] {
		return true
	}
	for _, w := range ws {
		if genericPlurals[w] {
			return true
		}
	}
	return false
}

// genericPlurals name outlets in general, not one. Read-only.
var genericPlurals = map[string]bool{"agencies": true, "outlets": true, "reports": true, "sources": true, "newspapers": true, "networks": true}

// roleWords mark a name as a person or institution, not an outlet
// ("according to Czech President Petr Pavel"). Read-only.
var roleWords = map[string]bool{
	"president": true, "minister": true, "secretary": true, "director": true, "official": true,
	"officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"chief": true, "general": true, "senator": true, "ambassador": true, "government": true,
	"ministry": true, "department": true, "council": true, "mayor": true, "governor": true,
	"police": true, "professor": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	// A media word before it names a post or press office, not a paper.
	"office": true,
	// The same in the other languages crosscheck detects, transliterated
	// as nameWords leaves them.
	"ministro": true, "ministre": true, "presidente": true, "gobernador": true,
	"gouverneur": true, "portavoz": true, "sprecher": true, "sprecherin": true, "portavoce": true,
	"ministr": true, "prezident": true, "gubernator": true, "glava": true, "predstavitel'": true,
	"predstavitel": true, "direktor": true, "polkovnik": true, "ministerstvo": true,
}

var domainRE = regexp.MustCompile(`(?i)^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|it|es|ru|in|de|fr|info|news|io|eu|tv|fm|example|test)\d*$`)

// fold lower-cases s and strips diacritics.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		// Most names are ASCII, and a transform chain allocates its
		// buffers on every call: credits are folded many times per story.
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// nameWords splits a folded outlet name into words, treating dots of a
// domain and any punctuation as separators. Words in other scripts are
// transliterated, so that "ТАСС" and "РИА Новости" meet "TASS" and "RIA
// Novosti" and the word lists below serve every script.
func nameWords(s string) []string {
	ws := strings.FieldsFunc(fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i, w := range ws {
		for _, r := range w {
			if r >= utf8.RuneSelf {
				ws[i] = translit.Fold(w)
				break
			}
		}
	}
	return ws
}

// OutletKey folds an outlet name so that spellings of one outlet compare
// equal: "NBC", "NBC News", "Nbc News" and "nbcnews.com" all give "nbc".
// It drops "the", "news", "digital", "online", web prefixes and suffixes and
// trailing digits, then joins the rest without spaces.
func OutletKey(name string) string {
	ws := nameWords(name)
	if len(ws) > 0 && ws[0] == "www" {
		ws = ws[1:]
	}
	// A trailing top-level domain, possibly glued to debris digits ("msn.com3").
	if n := len(ws); n >= 2 {
		tld := strings.TrimRight(ws[n-1], "0123456789")
		switch tld {
		case "com", "org", "net", "it", "es", "ru", "in", "de", "fr", "info", "uk", "io", "eu", "us",
			"ca", "au", "nl", "se", "fi", "dk", "pl", "pt", "ch", "ie", "tv", "fm",
			"example", "test":
			ws = ws[:n-1]
			if n-1 >= 2 && ws[n-2] == "co" {
				ws = ws[:n-2]
			}
		}
	}
	var b strings.Builder
	for _, w := range ws {
		switch w {
		case "the", "news", "digital", "online":
			continue
		}
		b.WriteString(w)
	}
	k := strings.TrimSuffix(b.String(), "news")
	if k == "" {
		return b.String()
	}
	if rest, ok := strings.CutPrefix(k, "the"); ok && len(ws) == 1 && len(rest) >= 3 {
		// "TheHill" and thehill.com are The Hill.
		k = rest
	}
	return k
}

// displayName is the folded surface form used in node names
// ("outlet:nbc news").
func displayName(name string) string {
	ws := nameWords(name)
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// isOutlet reports whether a capitalised name found next to an attribution
// verb names a news outlet rather than a person or an institution.
func isOutlet(name string) bool {
	ws := nameWords(name)
	if len(ws) == 0 {
		return false
	}
	if genericName(name) {
		return false
	}
	for _, w := range ws {
		if roleWords[w] {
			return false
		}
	}
	if domainRE.MatchString(strings.TrimSpace(name)) {
		return true
	}
	if knownOutlets[OutletKey(name)] {
		return true
	}
	for _, w := range ws {
		if knownOutlets[w] || mediaWords[w] {
			return true
		}
	}
	return false
}

// isPublication reports whether a name that follows a cue naming a
// publication ("a report in the …") is one: any outlet, or a name that is
// neither a person's role nor an institution's ("the Argus Leader", "BMJ
// Case Reports", but not "the Senate Intelligence Committee").
func isPublication(name string) bool {
	if isOutlet(name) {
		return true
	}
	ws := nameWords(name)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if roleWords[w] || institutionWords[w] {
			return false
		}
	}
	return true
}

// institutionWords mark a name as a body that hears or decides rather
// than publishes. Read-only.
var institutionWords = map[string]bool{
	"committee": true, "senate": true, "court": true, "parliament": true, "congress": true,
	"house": true, "assembly": true, "board": true, "commission": true, "office": true,
	"panel": true, "jury": true, "hearing": true, "conference": true, "summit": true,
	"union": true, "administration": true, "cabinet": true, "authority": true,
	"authorities": true, "service": true, "university": true, "institute": true,
	"hospital": true, "school": true, "army": true, "navy": true, "party": true,
}

// isForeignOutlet reports whether an outlet publishes in a language other
// than English, judged from a short table and from foreign media words or
// articles ("El Diario", "Il Corriere").
func isForeignOutlet(name string) bool {
	if foreignOutlets[OutletKey(name)] {
		return true
	}
	ws := nameWords(name)
	for _, w := range ws {
		if foreignMediaWords[w] {
			return true
		}
	}
	if len(ws) >= 2 {
		switch ws[0] {
		case "el", "la", "le", "il", "der", "die", "das", "lo", "los", "las":
			return true
		}
	}
	return false
}
