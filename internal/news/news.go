// Package news defines Article, the one data type that flows through
// crosscheck's pipeline. Each stage fills in more of it:
//
//	source     reads an input (file, JSON line, feed item, WARC record) into an Article with raw HTML or text
//	extract    turns HTML into clean body text and metadata
//	textproc   removes boilerplate, splits sentences, detects language, tokenises, assigns the stable ID
//	entity     finds name mentions (Article.Mentions) and resolves them across a story
//	dedup      finds near-duplicate (syndicated) copies
//	cluster    groups articles into stories, one article at a time
//	provenance finds shared passages, attributions and the derivation graph
//	claim      aligns statements across a story's articles and finds divergences
//	brief      writes the cited summary
//	report     renders the result as text, Markdown or JSON
//
// Offsets are byte offsets into Article.Text, kept from the first split on so
// that claims, evidence and highlights can point back into the text.
package news

import "time"

// Article is one news article from one outlet.
type Article struct {
	// ID is a stable hash of the normalised content (set by textproc), so
	// the same article read from two places gets the same ID.
	ID string
	// Source is the input as given: a path, "-", or path#record for
	// containers (JSON Lines, feeds, WARC), or the URL for feed items.
	Source string
	// Format is the input format the article came from: "text", "html",
	// "jsonl", "feed", "warc".
	Format string

	URL       string
	Outlet    string
	Title     string
	Published time.Time // zero when unknown
	Language  string    // ISO 639-1 code, "" when unknown

	// HTML is the raw page, set by source for HTML inputs and consumed
	// (and cleared) by extract.
	HTML []byte

	// Text is the body. Before textproc it is the raw body; after, the clean
	// body with boilerplate removed. All offsets point into it.
	Text string
	// Boilerplate holds what cleaning removed, in order, so it can be shown
	// and audited rather than silently dropped.
	Boilerplate []Removed

	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention
}

// Removed is one piece of text taken out of an article by cleaning.
type Removed struct {
	Text   string `json:"text"`
	Reason string `json:"reason"` // e.g. "read-also", "comment-form", "related-posts", "slug", "repeated", "outlet-boilerplate"
	// At is the byte offset in Text where the line stood: the end of the
	// text kept before it. 0 when it came first or is not known (lines
	// removed before cleaning, articles stored before it was recorded).
	// The byline of an embedded post ("embed") marks the post's text as
	// the line just before At.
	At int `json:"at,omitempty"`
}

// Sentence is a span of Article.Text.
type Sentence struct {
	Start, End int
}

// Token is one word of Article.Text with its normalised forms.
type Token struct {
	Start, End int
	Sentence   int    // index into Article.Sentences
	Norm       string // case- and diacritic-folded surface form
	Stem       string // language-specific stem of Norm
	Stop       bool   // a stop word in the article's language
}

// Mention is a span of Article.Text naming a person, organisation or place.
type Mention struct {
	Start, End int
	Text       string
	Kind       string // "person", "org", "place", or "" when unknown
}

// Kinds of Mention and entity.
const (
	KindPerson = "person"
	KindOrg    = "org"
	KindPlace  = "place"
)

// SentenceText returns the text of sentence i.
func (a *Article) SentenceText(i int) string {
	s := a.Sentences[i]
	return a.Text[s.Start:s.End]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (a *Article) SentenceAt(off int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case off < a.Sentences[m].Start:
			hi = m
		case off >= a.Sentences[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Stems returns the stems of the article's non-stop-word tokens, in order.
func (a *Article) Stems() []string {
	out := make([]string, 0, len(a.Tokens))
	for _, t := range a.Tokens {
		if !t.Stop {
			out = append(out, t.Stem)
		}
	}
	return out
}
