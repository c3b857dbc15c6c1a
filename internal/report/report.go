// Package report holds the analysis document — the public JSON contract
// described in docs/json.md — and renders it for people as a terminal report
// or Markdown. It is the last stage of the pipeline: it only formats what the
// earlier stages found and decides nothing itself.
package report

import "strings"

// Document is the result of analysing a set of articles. Field names and
// JSON tags are a public contract: add fields, never rename or drop one.
type Document struct {
	Articles []Article    `json:"articles"`
	Stories  []Story      `json:"stories"`
	Errors   []InputError `json:"errors"`
	Stats    Stats        `json:"stats"`
}

// Stats counts what the run did, for the report header.
type Stats struct {
	Inputs           int `json:"inputs"`
	FailedInputs     int `json:"failed_inputs"`
	Articles         int `json:"articles"`
	SameContent      int `json:"same_content"` // articles dropped because an identical one was already read
	BoilerplateLines int `json:"boilerplate_lines"`
	// Stories is what a story is in this document: "topics" or "events"
	// (analyze --stories); empty in an export of a store, which may hold
	// both.
	Stories string `json:"stories,omitempty"`
}

// InputError is one input (or record of one) that could not be read.
type InputError struct {
	Input   string `json:"input"`
	Message string `json:"message"`
}

// Article is one clean article.
type Article struct {
	ID          string    `json:"id"`
	Source      string    `json:"source"`
	Format      string    `json:"format"`
	URL         string    `json:"url,omitempty"`
	Outlet      string    `json:"outlet"`
	Title       string    `json:"title"`
	Published   string    `json:"published,omitempty"` // RFC 3339, empty when unknown
	Language    string    `json:"language"`
	Text        string    `json:"text"`
	Boilerplate []Removed `json:"boilerplate"`
	Sentences   []Span    `json:"sentences"`
	AlsoAt      []string  `json:"also_at,omitempty"` // other sources that held exactly this content
}

// Removed is a piece of text cleaning took out of an article.
type Removed struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
	At     int    `json:"at,omitempty"` // byte offset in the text where it stood (news.Removed.At)
}

// Span is a byte range of an article's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Story is a group of articles about one event.
type Story struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
	Merged   []string `json:"merged,omitempty"`
	// Topic is the ID of the topic the story belongs to when other stories
	// share it: the events of one subject over days (a launch and the
	// spacewalks after it), named after its earliest story (a topic keeps
	// its name as it grows). Related are those other stories. Both are
	// empty for a story alone in its topic.
	Topic       string       `json:"topic,omitempty"`
	Related     []Related    `json:"related,omitempty"`
	Duplicates  [][]string   `json:"duplicates"`
	Entities    []Entity     `json:"entities"`
	Claims      []Claim      `json:"claims"`
	Divergences []Divergence `json:"divergences"`
	Origin      *Origin      `json:"origin"`
	Derivations []Derivation `json:"derivations"`
	Brief       string       `json:"brief"`
	// History lists the membership changes of a stored story (merges and
	// moves, not plain joins); analyze reports, which store nothing, omit it.
	History []Change `json:"history,omitempty"`
}

// Related is another story of the same topic.
type Related struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Shared names the story's entities the other story names too, at
	// most MaxShared, most prominent first: the evidence a reader weighs
	// the topic link by. Empty when they share no name.
	Shared []string `json:"shared,omitempty"`
}

// MaxShared bounds Related.Shared.
const MaxShared = 5

// SharedNames returns the names of s's entities, in s's order, for which
// names reports true, at most MaxShared: the entities another story also
// names (see Related.Shared).
func (s *Story) SharedNames(names func(name string) bool) []string {
	var out []string
	for _, e := range s.Entities {
		if len(out) == MaxShared {
			break
		}
		if names(e.Name) {
			out = append(out, e.Name)
		}
	}
	return out
}

// EntityForms returns the names and variants of s's entities, lower-cased:
// what another story's entity name is looked up in.
func (s *Story) EntityForms() map[string]bool {
	out := map[string]bool{}
	for _, e := range s.Entities {
		out[strings.ToLower(e.Name)] = true
		for _, v := range e.Variants {
			out[strings.ToLower(v.Text)] = true
		}
	}
	return out
}

// Change is one membership change of a stored story.
type Change struct {
	// Kind is "merge" (story Merged folded into Story), "move-in" (Article
	// moved into Story from story From) or "move-out" (Article moved out
	// of Story to story To).
	Kind    string `json:"kind"`
	Story   string `json:"story"`
	Article string `json:"article,omitempty"`
	Merged  string `json:"merged,omitempty"`
	From    string `json:"from,omitempty"`
	To      string `json:"to,omitempty"`
	At      string `json:"at"` // RFC 3339, when the store recorded it
}

// Entity is a person, organisation or place with the spellings used for it.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"`
	Variants []Variant `json:"variants"`
}

// Variant is one spelling of an entity and the articles using it.
type Variant struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	Count    int      `json:"count"`
}

// Claim is one statement aligned across the articles that carry it.
type Claim struct {
	ID           string        `json:"id"`
	Text         string        `json:"text"`
	Articles     []string      `json:"articles"`
	Sentences    []SentenceRef `json:"sentences"`
	Outlets      []string      `json:"outlets"`
	Origins      int           `json:"origins"`
	SingleSource bool          `json:"single_source"`
	Kind         string        `json:"kind"`
	// Sources are the independent origins Origins counts, each with the
	// carrying articles that descend from it.
	Sources []ClaimSource `json:"sources"`
}

// ClaimSource is one independent origin behind a claim.
type ClaimSource struct {
	// Kind is "outlet" (an outlet the articles credit or copy, Name its
	// name, its report perhaps outside the corpus), "article" (an article
	// of the story reporting for itself, Article its ID), "newsroom"
	// (several articles of one outlet, Name the outlet) or "embedded" (a
	// social-media post the articles embed).
	Kind     string   `json:"kind"`
	Name     string   `json:"name,omitempty"`
	Article  string   `json:"article,omitempty"`
	Articles []string `json:"articles"`
}

// SentenceRef points at the wording of a claim in one article.
type SentenceRef struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Divergence is a point where the articles carrying a claim disagree.
type Divergence struct {
	Kind   string  `json:"kind"`
	Claim  string  `json:"claim"`
	Values []Value `json:"values"`
}

// Value is one of the competing values of a divergence.
type Value struct {
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
	Context  string   `json:"context,omitempty"`
}

// Origin is the likely original report of a story.
type Origin struct {
	Outlet   string     `json:"outlet"`
	Article  *string    `json:"article"` // null when the original is not in the corpus
	Evidence []Evidence `json:"evidence"`
}

// Derivation is one edge of the provenance graph.
type Derivation struct {
	From string `json:"from"`
	// FromOutlet is the name of the outlet, as the articles write it,
	// when From is an outlet not in the corpus ("outlet:nbc news").
	FromOutlet string     `json:"from_outlet,omitempty"`
	To         string     `json:"to"`
	Kind       string     `json:"kind"`
	Evidence   []Evidence `json:"evidence"`
}

// Evidence backs a provenance decision.
type Evidence struct {
	Kind    string `json:"kind"`
	Text    string `json:"text"`
	Article string `json:"article,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// StoryListing is one story in a list of stored stories (the stories
// command and GET /api/stories).
type StoryListing struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Updated     string `json:"updated"` // RFC 3339
	Articles    int    `json:"articles"`
	Outlets     int    `json:"outlets"`
	Origins     int    `json:"origins"`
	Divergences int    `json:"divergences"`
	Analysed    bool   `json:"analysed"`
	// Topic is set when other stories share the story's topic (Story.Topic).
	Topic string `json:"topic,omitempty"`
}
