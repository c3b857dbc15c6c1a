package store

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// The parts of an article that are lists are kept as JSON columns by every
// backend: they are read and written whole, never queried inside.

type mentionJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind,omitempty"`
}

// EncodeParts returns the JSON columns of an article: boilerplate,
// sentences and mentions.
func EncodeParts(a *news.Article) (boilerplate, sentences, mentions []byte, err error) {
	bp := a.Boilerplate
	if bp == nil {
		bp = []news.Removed{}
	}
	if boilerplate, err = json.Marshal(bp); err != nil {
		return nil, nil, nil, err
	}
	ss := make([][2]int, len(a.Sentences))
	for i, s := range a.Sentences {
		ss[i] = [2]int{s.Start, s.End}
	}
	if sentences, err = json.Marshal(ss); err != nil {
		return nil, nil, nil, err
	}
	ms := make([]mentionJSON, len(a.Mentions))
	for i, m := range a.Mentions {
		ms[i] = mentionJSON{m.Start, m.End, m.Text, m.Kind}
	}
	if mentions, err = json.Marshal(ms); err != nil {
		return nil, nil, nil, err
	}
	return boilerplate, sentences, mentions, nil
}

// DecodeParts fills an article's list fields from its JSON columns.
func DecodeParts(a *news.Article, boilerplate, sentences, mentions []byte) error {
	if err := json.Unmarshal(boilerplate, &a.Boilerplate); err != nil {
		return fmt.Errorf("article %s: boilerplate: %w", a.ID, err)
	}
	var ss [][2]int
	if err := json.Unmarshal(sentences, &ss); err != nil {
		return fmt.Errorf("article %s: sentences: %w", a.ID, err)
	}
	a.Sentences = make([]news.Sentence, len(ss))
	for i, s := range ss {
		a.Sentences[i] = news.Sentence{Start: s[0], End: s[1]}
	}
	var ms []mentionJSON
	if err := json.Unmarshal(mentions, &ms); err != nil {
		return fmt.Errorf("article %s: mentions: %w", a.ID, err)
	}
	a.Mentions = make([]news.Mention, len(ms))
	for i, m := range ms {
		a.Mentions[i] = news.Mention{Start: m.Start, End: m.End, Text: m.Text, Kind: m.Kind}
	}
	return nil
}

// QueryWords splits what a user typed into the words a full-text query
// must all match, so that punctuation or query operators in the input never
// become a syntax error in any backend.
func QueryWords(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
