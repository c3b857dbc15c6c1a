package cluster

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/crosscheck-news/crosscheck/internal/news"
)

// stopWords is a small English stop list, enough for tests that build
// articles without the textproc stage.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a about after all also an and are as at be been but by can could did do
		for from had has have he her his i if in into is it its more most my no not of on one or our out
		over said says she so than that the their them then there these they this those to up was we were
		what when which who will with would you`) {
		stopWords[w] = true
	}
}

// testArticle builds an Article the way textproc would, roughly: tokens
// are runs of letters and digits, folded to lower case, stemmed with the
// English Snowball stemmer; sentences end at . ! or ? followed by a space.
func testArticle(id, title, text string, published time.Time) *news.Article {
	a := &news.Article{ID: id, Title: title, Text: text, Published: published, Language: "en"}
	sentence, start := 0, 0
	sentStart := 0
	inWord := false
	flush := func(end int) {
		norm := strings.ToLower(text[start:end])
		env := snowball.NewEnv(norm)
		english.Stem(env)
		a.Tokens = append(a.Tokens, news.Token{
			Start: start, End: end, Sentence: sentence,
			Norm: norm, Stem: env.Current(), Stop: stopWords[norm],
		})
	}
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && !inWord:
			start, inWord = i, true
		case !word && inWord:
			flush(i)
			inWord = false
		}
		if r == '.' || r == '!' || r == '?' {
			next, _ := utf8.DecodeRuneInString(text[i+1:])
			if i+1 >= len(text) || unicode.IsSpace(next) {
				a.Sentences = append(a.Sentences, news.Sentence{Start: sentStart, End: i + 1})
				sentStart = i + 1
				sentence++
			}
		}
	}
	if inWord {
		flush(len(text))
	}
	if sentStart < len(text) {
		a.Sentences = append(a.Sentences, news.Sentence{Start: sentStart, End: len(text)})
	}
	return a
}
