package provenance

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// calques are phrases that machine or hurried translation leaves in English
// text (Italian "esponenti" -> "exponents", Hindi "tashrif laana" -> "brought
// Tasharif"). Read-only; a single one is only a weak mark.
// acronymOutlets are outlets English writes in capitals; other languages
// write some of them as words ("Nbc", "Cnn"). Read-only.
var acronymOutlets = map[string]bool{
	"nbc": true, "cnn": true, "bbc": true, "cbs": true, "abc": true, "npr": true, "pbs": true,
	"afp": true, "msnbc": true, "ndtv": true,
}

var calques = []string{"exponents", "tasharif", "tashrif", "media house", "highest diplomat", "backstage diplomacy"}

// foreignFunctionWords are Spanish, Italian, French and German function
// words that do not occur in English running text. Read-only.
var foreignFunctionWords = map[string]bool{
	"las": true, "los": true, "del": true, "della": true, "degli": true, "delle": true, "nel": true,
	"nella": true, "negli": true, "und": true, "einer": true, "eine": true, "les": true, "aux": true,
	"une": true, "una": true, "unos": true, "pero": true, "porque": true, "sono": true, "anche": true,
	"nicht": true, "auch": true, "oder": true, "dans": true, "avec": true, "pour": true, "negociaciones": true,
}

// calquePatterns are the constructions machine translation from Slavic
// languages leaves in English: "As informs the edition X" (как сообщает
// издание), "after 4 hours of the morning" (4 часов утра), "the regime of
// emergency situation" (режим чрезвычайной ситуации), "is exploited by"
// (эксплуатируется, "is operated by"), "through one hour" (через час, "an
// hour later"), "by his words" (по его словам), "arrived on the helicopter"
// and bare apposition with a lower-case common noun ("the dam Merrow",
// "city Kaldbrook"). Each is a weak mark. Read-only.
var calquePatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\bas (?:informs|inform|communicates|reports) (?:the )?(?:edition|newspaper|agency|publication|portal|channel)\b`),
	regexp.MustCompile(`(?i)\b\d{1,2} hours? of the (?:morning|evening|night|day)\b`),
	regexp.MustCompile(`(?i)\bregime of (?:the )?(?:emergency|extraordinary)`),
	regexp.MustCompile(`(?i)\b(?:is|are|was|were) exploited by the\b`),
	regexp.MustCompile(`(?i)\bthrough (?:one|an|a|\d+) (?:hour|day|minute)s?\b`),
	regexp.MustCompile(`(?i)\b(?:by|according to) (?:his|her|their) words\b`),
	regexp.MustCompile(`(?i)\b(?:arrived|flew|came) (?:from \p{Lu}\p{L}+ )?on the (?:helicopter|airplane|aeroplane)\b`),
	regexp.MustCompile(`\b(?:the|of|in) (?:dam|river|city|town|village|street|lake|bridge|region|district) \p{Lu}\p{Ll}+\b`),
}

// weekdays after "the city" or "the town" are dates, not names ("said in
// the city Monday"). Read-only.
var weekdayNames = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
}

// marks collects translation marks of one article. strong marks suffice on
// their own; weak ones count when there are two or more. Name spellings
// that differ from the other articles (names) only support other marks:
// independent reports spell names their own way too.
type marks struct {
	strong, weak, names []Evidence
}

func (m marks) translated() bool {
	return len(m.strong) > 0 || len(m.weak) >= 2 || len(m.weak) == 1 && len(m.names) > 0
}

func (m marks) evidence() []Evidence {
	return append(append(append([]Evidence{}, m.strong...), m.weak...), m.names...)
}

// translationMarks looks for the traces translation leaves: a credit line to
// a foreign-language outlet, foreign function words, calques, acronyms
// written the way other languages write them ("Nbc"), and names spelt
// differently from every other article of the story ("Haas" for "Haass").
// others holds the capitalised words of the other articles with the number
// of articles using each; lower holds the words the story uses in lower
// case, which are not names.
func translationMarks(a *news.Article, ats []Attribution, srcLang string, others map[string]int, lower map[string]bool) marks {
	var m marks
	ev := func(text string, s, e int) Evidence {
		return Evidence{Kind: "translation-marks", Text: text, Article: a.ID, Start: s, End: e}
	}
	if a.Language != "" && srcLang != "" && a.Language != srcLang {
		m.strong = append(m.strong, ev(fmt.Sprintf("language %s differs from the source's %s", a.Language, srcLang), 0, 0))
	}
	english := a.Language == "" || a.Language == "en"
	for _, at := range ats {
		if !isForeignOutlet(at.Outlet) || !english {
			continue
		}
		e := ev(fmt.Sprintf("credit to foreign-language outlet %q: %q", at.Outlet, at.Phrase), at.Start, at.End)
		if at.Sentence == -1 || strings.HasPrefix(strings.ToLower(at.Phrase), "source") {
			m.strong = append(m.strong, e)
		} else {
			m.weak = append(m.weak, e)
		}
	}
	for _, at := range ats {
		w := strings.Fields(at.Outlet)
		if len(w) == 0 {
			continue
		}
		first := w[0]
		up := strings.ToUpper(first)
		if first != up && acronymOutlets[strings.ToLower(first)] && strings.ToLower(first) != first {
			m.weak = append(m.weak, ev(fmt.Sprintf("acronym written %q, not %q", first, up), at.Start, at.End))
			break
		}
	}
	if english {
		for _, c := range calques {
			if i := indexWord(fold(a.Text), c); i >= 0 {
				m.weak = append(m.weak, ev(fmt.Sprintf("calque %q", a.Text[i:i+len(c)]), i, i+len(c)))
			} else if i := indexWord(fold(a.Title), c); i >= 0 {
				m.weak = append(m.weak, ev(fmt.Sprintf("calque %q in the title", a.Title[i:i+len(c)]), 0, 0))
			}
		}
		for _, w := range scanWords(a) {
			if foreignFunctionWords[w.norm] && a.Text[w.start:w.end] == w.norm {
				m.weak = append(m.weak, ev(fmt.Sprintf("foreign word %q", w.norm), w.start, w.end))
				break
			}
		}
		for _, re := range calquePatterns {
			for _, loc := range re.FindAllStringIndex(a.Text, -1) {
				found := a.Text[loc[0]:loc[1]]
				if f := strings.Fields(found); weekdayNames[f[len(f)-1]] {
					continue
				}
				m.weak = append(m.weak, ev(fmt.Sprintf("calque %q", found), loc[0], loc[1]))
				break
			}
		}
		if e, ok := englishEdition(a); ok {
			m.weak = append(m.weak, e)
		}
	}
	m.names = nameVariants(a, others, lower)
	return m
}

// englishEdition reports an outlet that names itself the English edition
// of another ("Severni Glas English", en.severniglas.example): its English
// articles are translations of its own, or someone else's, reports.
func englishEdition(a *news.Article) (Evidence, bool) {
	ws := nameWords(a.Outlet)
	if n := len(ws); n >= 2 && (ws[n-1] == "english" || ws[n-1] == "edition" && ws[n-2] == "english") {
		return Evidence{Kind: "translation-marks", Article: a.ID, Text: fmt.Sprintf("outlet %q is an English edition", a.Outlet)}, true
	}
	if u, err := url.Parse(strings.TrimSpace(a.URL)); err == nil {
		if h := strings.ToLower(u.Hostname()); strings.HasPrefix(h, "en.") && strings.Count(h, ".") >= 2 {
			return Evidence{Kind: "translation-marks", Article: a.ID, Text: fmt.Sprintf("address %q is an English edition", h)}, true
		}
	}
	return Evidence{}, false
}

// indexWord finds phrase in s at word boundaries. fold keeps byte lengths
// of ASCII text, so the offset is valid in the original text for the ASCII
// phrases of the calque table.
func indexWord(s, phrase string) int {
	from := 0
	for {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		e := i + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[e:])
		if (i == 0 || !unicode.IsLetter(before)) && (e == len(s) || !unicode.IsLetter(after)) {
			return i
		}
		from = i + 1
	}
}

// capWords returns the capitalised words (at least four letters) of a.
func capWords(a *news.Article) map[string]word {
	out := map[string]word{}
	for _, w := range scanWords(a) {
		r, _ := utf8.DecodeRuneInString(a.Text[w.start:])
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w.norm) < 4 {
			continue
		}
		if _, ok := out[w.norm]; !ok {
			out[w.norm] = w
		}
	}
	return out
}

// nameVariants reports capitalised words of a that no other article uses
// but that are one or two edits away from a word at least two other
// articles agree on: the transliteration drift of translated names.
func nameVariants(a *news.Article, others map[string]int, lower map[string]bool) []Evidence {
	mine := capWords(a)
	keys := make([]string, 0, len(mine))
	for k := range mine {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []Evidence
	for _, k := range keys {
		if others[k] > 0 || lower[k] {
			continue
		}
		best := ""
		for o, n := range others {
			// A plural of a name ("Russians") is not a spelling variant.
			if n < 2 || o[0] != k[0] || k == o+"s" {
				continue
			}
			dl := len(o) - len(k)
			if dl < -1 || dl > 1 {
				continue
			}
			d := edlib.LevenshteinDistance(k, o)
			limit := 1
			if len(k) >= 4 && len(o) >= 5 {
				limit = 2
			}
			if d >= 1 && d <= limit && (best == "" || o < best) {
				best = o
			}
		}
		if best != "" {
			w := mine[k]
			out = append(out, Evidence{Kind: "translation-marks", Article: a.ID, Start: w.start, End: w.end,
				Text: fmt.Sprintf("name spelt %q where other articles write %q", a.Text[w.start:w.end], best)})
		}
	}
	return out
}
