package brief

import (
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/calendar"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
)

// langHabit lists, for one language, the words that name a month or a
// weekday as a habit, as token sequences in any case and with or without
// diacritics (they are compared folded, like news.Token.Norm). It is the
// token-level counterpart of habit.go for articles not in English: the
// same markers (every, every year, usually), read from the tokens rather
// than by regular expressions so that inflected forms stay whole words.
type langHabit struct {
	every   [][]string // right before the name: "chaque", "tous les"
	yearly  [][]string // a few words from a month: "chaque année", "jedes Jahr"
	weekly  [][]string // a few words from a weekday: "chaque semaine"
	adverbs []string   // a few words before: "habituellement", "обычно"
	// block are "since", "until" and the like: "every year since June"
	// dates the start of the habit, which is an event.
	block []string
	// join are the words that may stand between two names of one list:
	// "lundi et jeudi", "im April und im Oktober".
	join []string
}

// langHabits is read-only; its words are folded once, here (foldHabits),
// since they are compared with every token near a date.
var langHabits = foldHabits(map[string]langHabit{
	"fr": {
		every:   [][]string{{"chaque"}, {"tous", "les"}, {"chaque", "mois", "de"}, {"tous", "les", "mois", "de"}},
		yearly:  [][]string{{"chaque", "année"}, {"tous", "les", "ans"}, {"chaque", "an"}, {"annuellement"}, {"de", "chaque", "année"}},
		weekly:  [][]string{{"chaque", "semaine"}, {"toutes", "les", "semaines"}},
		adverbs: []string{"habituellement", "généralement", "traditionnellement", "normalement", "toujours", "d'habitude"},
		block:   []string{"depuis", "jusqu'à", "jusqu'au", "jusque", "dès", "avant", "après"},
		join:    []string{"et", "ou", "en", "le", "les"},
	},
	"de": {
		every:   [][]string{{"jeden"}, {"jedem"}, {"jedes"}, {"jeweils"}, {"immer"}, {"jeweils", "am"}, {"immer", "am"}, {"an", "jedem"}},
		yearly:  [][]string{{"jedes", "Jahr"}, {"jedes", "Jahres"}, {"jährlich"}, {"alljährlich"}, {"eines", "jeden", "Jahres"}},
		weekly:  [][]string{{"jede", "Woche"}, {"wöchentlich"}, {"allwöchentlich"}},
		adverbs: []string{"normalerweise", "üblicherweise", "gewöhnlich", "traditionell", "meist", "meistens", "stets", "regelmäßig"},
		block:   []string{"seit", "bis", "ab", "vor", "nach"},
		join:    []string{"und", "oder", "im", "am"},
	},
	"es": {
		every:   [][]string{{"cada"}, {"todos", "los"}, {"los"}, {"cada", "mes", "de"}},
		yearly:  [][]string{{"cada", "año"}, {"todos", "los", "años"}, {"anualmente"}, {"de", "cada", "año"}},
		weekly:  [][]string{{"cada", "semana"}, {"todas", "las", "semanas"}},
		adverbs: []string{"habitualmente", "normalmente", "tradicionalmente", "generalmente", "siempre", "suele", "suelen"},
		block:   []string{"desde", "hasta", "antes", "después"},
		join:    []string{"y", "e", "o", "u", "en", "los"},
	},
	"it": {
		every:   [][]string{{"ogni"}, {"tutti", "i"}, {"tutte", "le"}, {"ogni", "mese", "di"}},
		yearly:  [][]string{{"ogni", "anno"}, {"tutti", "gli", "anni"}, {"annualmente"}, {"di", "ogni", "anno"}},
		weekly:  [][]string{{"ogni", "settimana"}, {"tutte", "le", "settimane"}},
		adverbs: []string{"solitamente", "abitualmente", "normalmente", "tradizionalmente", "generalmente", "sempre", "solito"},
		block:   []string{"da", "dal", "dalla", "fino", "prima", "dopo"},
		join:    []string{"e", "ed", "o", "a", "in", "il"},
	},
	"pt": {
		every:   [][]string{{"cada"}, {"todo"}, {"toda"}, {"todos", "os"}, {"todas", "as"}, {"aos"}},
		yearly:  [][]string{{"todos", "os", "anos"}, {"todo", "ano"}, {"cada", "ano"}, {"anualmente"}, {"de", "cada", "ano"}},
		weekly:  [][]string{{"toda", "semana"}, {"todas", "as", "semanas"}, {"cada", "semana"}},
		adverbs: []string{"normalmente", "geralmente", "tradicionalmente", "habitualmente", "sempre", "costuma", "costumam"},
		block:   []string{"desde", "até", "antes", "depois"},
		join:    []string{"e", "ou", "em", "aos", "às"},
	},
	"ru": {
		every:   [][]string{{"каждый"}, {"каждую"}, {"каждое"}, {"каждого"}, {"каждой"}, {"каждым"}},
		yearly:  [][]string{{"каждый", "год"}, {"каждого", "года"}, {"ежегодно"}, {"каждом", "году"}},
		weekly:  [][]string{{"каждую", "неделю"}, {"еженедельно"}},
		adverbs: []string{"обычно", "традиционно", "всегда"},
		block:   []string{"с", "со", "до", "после", "начиная"},
		join:    []string{"и", "или", "в", "во", "по"},
	},
	"uk": {
		every:   [][]string{{"кожен"}, {"кожний"}, {"кожного"}, {"кожну"}, {"кожної"}, {"кожній"}, {"кожне"}},
		yearly:  [][]string{{"щороку"}, {"кожного", "року"}, {"кожен", "рік"}, {"щорічно"}},
		weekly:  [][]string{{"щотижня"}, {"кожного", "тижня"}},
		adverbs: []string{"зазвичай", "традиційно", "завжди"},
		block:   []string{"з", "із", "зі", "до", "від", "після"},
		join:    []string{"і", "й", "та", "або", "в", "у", "по"},
	},
})

// pluralDay reads a weekday the calendar does not know because it is
// plural, and a plural weekday names a habit: French "les mardis",
// Spanish and Portuguese "los sábados", "aos domingos", "todas as
// segundas", Italian "tutte le domeniche", German "montags", Ukrainian
// "щонеділі" (що-, "every"). A singular form is tried in calendar.Of; the
// contexts are narrow because the plural forms are also common words
// (Portuguese "as quartas de final", the quarter-finals).
func pluralDay(lang, text string, toks []news.Token, k int) (calendar.Name, bool) {
	w, prev, prev2, next := toks[k].Norm, normAt(toks, k-1), normAt(toks, k-2), normAt(toks, k+1)
	try := func(prev, word string) (calendar.Name, bool) {
		n, ok := calendar.Of(lang, prev, word)
		return n, ok && !n.Month
	}
	switch lang {
	case "fr":
		if s, ok := strings.CutSuffix(w, "s"); ok && (prev == "les" || prev == "des") {
			return try(prev, s)
		}
	case "es":
		if s, ok := strings.CutSuffix(w, "s"); ok && prev == "los" {
			return try(prev, s)
		}
	case "pt":
		rawPrev := ""
		if k > 0 {
			rawPrev = strings.ToLower(slice(text, toks[k-1].Start, toks[k-1].End))
		}
		quarterFinal := next == "de" && normAt(toks, k+2) == "final" // "às quartas de final"
		if s, ok := strings.CutSuffix(w, "s"); ok && !quarterFinal &&
			(rawPrev == "aos" || rawPrev == "às" || (prev == "as" || prev == "os") && (prev2 == "todas" || prev2 == "todos") || next == "feiras") {
			return try(prev, s)
		}
	case "it":
		if s, ok := map[string]string{"domeniche": "domenica", "sabati": "sabato"}[w]; ok && (prev == "le" || prev == "i") {
			return try(prev, s)
		}
	case "de":
		// "eines Montags" is one Monday, "des Montags" a given one.
		if s, ok := strings.CutSuffix(w, "s"); ok && prev != "eines" && prev != "des" {
			return try(prev, s)
		}
	case "uk":
		if s, ok := strings.CutPrefix(w, "що"); ok && s != "" {
			return try("", s)
		}
	}
	return calendar.Name{}, false
}

// pluralByEnding says whether a weekday the calendar read is plural after
// "по", which then means "on Mondays": Russian dative "по понедельникам"
// (but "по пятницу", singular, is "until Friday"), Ukrainian locative
// "по понеділках"; and Spanish "los lunes", whose plural is the singular.
func pluralByEnding(lang, prev, w string) bool {
	switch lang {
	case "ru":
		return prev == "по" && (strings.HasSuffix(w, "ам") || strings.HasSuffix(w, "ям"))
	case "uk":
		return prev == "по" && (strings.HasSuffix(w, "ах") || strings.HasSuffix(w, "ях"))
	}
	return false
}

// tokenSpan is a date mention's first and last token.
type tokenSpan struct{ first, last int }

// markTokenHabits sets Recurring on the mentions of a non-English article
// named as habits, by the words of langHabits around their tokens, and on
// the names listed with them.
func markTokenHabits(a *news.Article, ms []dateMention, spans []tokenSpan) {
	h, ok := langHabits[a.Language]
	if !ok {
		return
	}
	toks := a.Tokens
	marks := make([]habitMark, len(ms))
	for i, m := range ms {
		marks[i] = tokenHabitOf(a, h, m, spans[i])
		if marks[i] != notHabit {
			ms[i].Recurring = true
		}
	}
	spreadHabits(ms, marks, func(i int) bool {
		from, to := spans[i].last+1, spans[i+1].first
		if to-from > 2 || from > to || strings.ContainsAny(slice(a.Text, ms[i].End, ms[i+1].Start), ".;:!?") {
			return false
		}
		for j := from; j < to; j++ {
			if !slices.Contains(h.join, toks[j].Norm) {
				return false
			}
		}
		return true
	})
}

func tokenHabitOf(a *news.Article, h langHabit, m dateMention, sp tokenSpan) habitMark {
	if m.Recurring {
		return habitBefore
	}
	if m.Year != 0 {
		return notHabit
	}
	toks := a.Tokens
	if endsWith(toks, sp.first, h.every) {
		return habitBefore
	}
	near := h.weekly
	if m.Month != 0 {
		near = h.yearly
	}
	// A phrase ending at most three tokens before the mention, or starting
	// at most three after, in the same clause with no "since" between.
	clear := func(from, to int) bool { // tokens [from, to) lie between
		if from < 0 || to > len(toks) || from > to {
			return false
		}
		lo, hi := toks[max(from-1, 0)].End, toks[min(to, len(toks)-1)].Start
		if strings.ContainsAny(slice(a.Text, lo, hi), ".;:!?") {
			return false
		}
		for j := from; j < to; j++ {
			if toks[j].Sentence != toks[sp.first].Sentence || containsFolded(h.block, toks[j].Norm) {
				return false
			}
		}
		return true
	}
	for gap := 0; gap <= 3; gap++ {
		if endsWith(toks, sp.first-gap, near) && clear(sp.first-gap, sp.first) {
			return habitBefore
		}
		if startsWith(toks, sp.last+1+gap, near) && clear(sp.last+1, sp.last+1+gap) {
			return habitAfter
		}
	}
	for j := sp.first - 1; j >= max(0, sp.first-5); j-- {
		if containsFolded(h.adverbs, toks[j].Norm) && clear(j+1, sp.first) &&
			!strings.Contains(slice(a.Text, toks[j].End, toks[sp.first].Start), ",") {
			return habitBefore
		}
	}
	return notHabit
}

// endsWith says whether one of seqs ends right before token k.
func endsWith(toks []news.Token, k int, seqs [][]string) bool {
	for _, seq := range seqs {
		if k-len(seq) < 0 || k > len(toks) {
			continue
		}
		if matchSeq(toks[k-len(seq):k], seq) {
			return true
		}
	}
	return false
}

// startsWith says whether one of seqs starts at token k.
func startsWith(toks []news.Token, k int, seqs [][]string) bool {
	for _, seq := range seqs {
		if k < 0 || k+len(seq) > len(toks) {
			continue
		}
		if matchSeq(toks[k:k+len(seq)], seq) {
			return true
		}
	}
	return false
}

func matchSeq(toks []news.Token, seq []string) bool {
	for i, w := range seq {
		if toks[i].Norm != w {
			return false
		}
	}
	return true
}

func containsFolded(words []string, norm string) bool {
	return slices.Contains(words, norm)
}

// foldHabits folds every word of the tables as token norms are folded.
func foldHabits(m map[string]langHabit) map[string]langHabit {
	foldSeqs := func(seqs [][]string) [][]string {
		out := make([][]string, len(seqs))
		for i, seq := range seqs {
			for _, w := range seq {
				out[i] = append(out[i], textproc.Fold(w))
			}
		}
		return out
	}
	foldWords := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = textproc.Fold(w)
		}
		return out
	}
	for lang, h := range m {
		m[lang] = langHabit{every: foldSeqs(h.every), yearly: foldSeqs(h.yearly), weekly: foldSeqs(h.weekly),
			adverbs: foldWords(h.adverbs), block: foldWords(h.block), join: foldWords(h.join)}
	}
	return m
}

func normAt(toks []news.Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].Norm
}

// slice is s[lo:hi], or "" when the offsets (from tokens, which a caller
// may have built badly) do not fit s.
func slice(s string, lo, hi int) string {
	if lo < 0 || hi > len(s) || lo > hi {
		return ""
	}
	return s[lo:hi]
}
