package textproc

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Process cleans a.Text of boilerplate, appending what it removed to
// a.Boilerplate (keeping what earlier stages recorded there), and then
// analyses the clean text (see Analyze).
func Process(a *news.Article) {
	text, removed := Clean(a.Text)
	a.Text = text
	a.Boilerplate = append(a.Boilerplate, removed...)
	Analyze(a)
}

// Analyze fills in what later stages read from a.Text: the language (when
// a.Language is empty, or is a Latin-script tag the text's stop words
// clearly contradict; a tag such as "en-US" is cut to "en"), the
// sentences, the tokens with the index of the sentence holding them, and
// the content ID. It replaces earlier sentences and tokens, so it can run
// again after the text changes.
func Analyze(a *news.Article) {
	if !utf8.ValidString(a.Text) {
		// Offsets must fall on rune boundaries for every later stage.
		a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
	}
	a.Language = NormalizeLanguage(a.Language)
	if slices.Contains(quickLanguages, a.Language) {
		// Sites declare one language for every page: Business Insider
		// Deutschland serves English articles as lang="de", and an
		// English template frames a German blog post. Stemming, stop
		// words and grouping by language go wrong with the tag, so a
		// tag the text's stop words clearly contradict gives way.
		if l, ok := quickLanguage(languageSample(a.Text)); ok && l != a.Language {
			a.Language = l
		}
	}
	if a.Language == "" {
		a.Language = DetectLanguage(a.Text)
		if a.Language == "" {
			a.Language = DetectLanguage(a.Title + "\n" + a.Text)
		}
	}
	a.Sentences = Sentences(a.Text, a.Language)
	a.Tokens = Tokenize(a.Text, a.Language)
	assignSentences(a.Tokens, a.Sentences)
	a.ID = ContentID(a)
}

// assignSentences sets each token's Sentence to the sentence that holds
// it. Both lists are ordered, so one merge pass does it; a token outside
// every sentence (which the splitter does not produce for words) gets the
// sentence before it.
func assignSentences(toks []news.Token, sents []news.Sentence) {
	s := 0
	for i := range toks {
		for s+1 < len(sents) && toks[i].Start >= sents[s+1].Start {
			s++
		}
		toks[i].Sentence = s
	}
}
