package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// pageWords returns the lowercased \w+ tokens of the whole page, read
// block by block as a browser would lay them out, so a word split only by
// inline markup ("<a>PC</a>に") counts as one token.
func pageWords(doc *html.Node) map[string]bool {
	return wordSet(render(doc))
}

// wordSet returns the set of tokens of text.
func wordSet(text string) map[string]bool {
	words := make(map[string]bool)
	for _, tok := range tokens(text) {
		words[tok] = true
	}
	return words
}

// tokenSuffix returns the run of word characters at the end of s, or "".
func tokenSuffix(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isWord(r) {
			break
		}
		i -= size
	}
	return strings.ToLower(s[i:])
}

// tokenPrefix returns the run of word characters at the start of s, or "".
func tokenPrefix(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			break
		}
		i += size
	}
	return strings.ToLower(s[:i])
}
