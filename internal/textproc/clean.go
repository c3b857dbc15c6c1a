package textproc

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Reasons recorded in news.Removed.
const (
	ReasonReadAlso     = "read-also"
	ReasonCommentForm  = "comment-form"
	ReasonShare        = "share"
	ReasonRelatedPosts = "related-posts"
	ReasonSlug         = "slug"
	ReasonPunctuation  = "punctuation"
	ReasonSourceLine   = "source-line"
	ReasonAd           = "ad"
	ReasonRepeated     = "repeated"
	ReasonOutlet       = "outlet-boilerplate"
	ReasonEmbed        = "embed"
	// ReasonSiteMessage: what the page's machinery says ("An error has
	// occurred, please try again later."), not its writer.
	ReasonSiteMessage = "site-message"
)

// Clean removes boilerplate lines from plain text and returns the clean
// text and what was removed, in order. Lines are the unit: extraction puts
// each paragraph, heading and inserted link on a line of its own, and a
// line is only removed when the whole of it is boilerplate, so prose that
// merely mentions "read more" or "comment" stays. The clean text keeps the
// remaining lines, trimmed, with runs of blank lines collapsed to one.
func Clean(text string) (string, []news.Removed) {
	if !utf8.ValidString(text) {
		// ToValidUTF8 copies even valid text; checking first is cheaper.
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	var (
		removed []news.Removed
		b       strings.Builder
		blank   bool // a blank line precedes the next kept line
		related bool // inside a "Related posts" list
		seen    = make(map[string]bool)
		// folds holds every line's folded form, so that each is a
		// substring of one allocation rather than one of its own.
		folds strings.Builder
	)
	b.Grow(len(text))
	folds.Grow(len(text))
	for rest := text; rest != ""; {
		var raw string
		raw, rest, _ = strings.Cut(rest, "\n")
		line := strings.TrimFunc(raw, isSpace)
		if line == "" {
			blank = true
			continue
		}
		from := folds.Len()
		appendFoldSpace(&folds, line)
		// A Builder never rewrites what it holds, so the slice stays valid
		// while more lines are appended (even if its buffer grows).
		folded := folds.String()[from:]
		reason := classifyLine(line, folded)
		if related {
			if reason == "" && isListItem(line) {
				reason = ReasonRelatedPosts
			} else if reason == "" {
				related = false
			}
		}
		if reason == ReasonRelatedPosts {
			related = true
		}
		if reason == "" && countWords(folded) >= minRepeatWords && endsLikeSentence(line) {
			if seen[folded] {
				reason = ReasonRepeated
			}
			seen[folded] = true
		}
		if reason != "" {
			removed = append(removed, news.Removed{Text: line, Reason: reason, At: b.Len()})
			continue
		}
		writeLine(&b, line, blank)
		blank = false
	}
	return b.String(), removed
}

// minRepeatWords is the shortest paragraph whose second copy counts as
// repeated. Interview questions, recipe steps and list items legitimately
// recur, so only long lines ending like prose count (with
// endsLikeSentence): a copied paragraph is a copy-paste or template error.
const minRepeatWords = 20

// endsLikeSentence reports whether line ends in sentence punctuation,
// possibly followed by closing quotes.
func endsLikeSentence(line string) bool {
	for line != "" {
		r, size := utf8.DecodeLastRuneInString(line)
		switch {
		case isTerminator(r):
			return true
		case r == '"' || r == '\'' || r == '”' || r == '’' || r == '»':
			line = line[:len(line)-size]
		default:
			return false
		}
	}
	return false
}

// writeLine appends line to b after a line break, or a blank line when
// blank says one preceded it; nothing goes before the first line.
func writeLine(b *strings.Builder, line string, blank bool) {
	if b.Len() > 0 {
		b.WriteByte('\n')
		if blank {
			b.WriteByte('\n')
		}
	}
	b.WriteString(line)
}
