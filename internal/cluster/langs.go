package cluster

import (
	"cmp"
	"slices"
)

// langs counts a story's articles per language. A story has one or a few
// languages, so a short slice beats a map: similarity looks a language up
// for every candidate story.
type langs []langCount

type langCount struct {
	lang string
	n    int
}

// maxLangs bounds the languages interned, in case a source sends
// nonsense language tags.
const maxLangs = 512

// intern returns l as the clusterer's one copy of that string, so that
// comparing languages of an article and a story compares pointers (string
// equality checks them first) instead of reading the story's copy, which
// is a cache miss for every candidate story.
func (c *Online) intern(l string) string {
	if s, ok := c.langNames[l]; ok {
		return s
	}
	if len(c.langNames) < maxLangs {
		c.langNames[l] = l
	}
	return l
}

func (ls langs) get(l string) int {
	for _, x := range ls {
		if x.lang == l {
			return x.n
		}
	}
	return 0
}

func (ls *langs) add(l string, n int) {
	for i := range *ls {
		if (*ls)[i].lang == l {
			(*ls)[i].n += n
			return
		}
	}
	*ls = append(*ls, langCount{l, n})
}

// sorted returns the counts in language order, for encodings that must not
// depend on arrival order.
func (ls langs) sorted() langs {
	out := slices.Clone(ls)
	slices.SortFunc(out, func(a, b langCount) int { return cmp.Compare(a.lang, b.lang) })
	return out
}
