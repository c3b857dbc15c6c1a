package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// JSON writes the document as indented JSON.
func JSON(w io.Writer, d *Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

// Labels numbers a story's articles [1], [2], … in story order, the way the
// reports and briefs cite them.
func (s *Story) Labels() map[string]string {
	m := make(map[string]string, len(s.Articles))
	for i, id := range s.Articles {
		m[id] = fmt.Sprintf("[%d]", i+1)
	}
	return m
}

func cites(labels map[string]string, ids []string) string {
	var b strings.Builder
	for _, id := range ids {
		if l, ok := labels[id]; ok {
			b.WriteString(l)
		} else {
			b.WriteString("[" + id + "]")
		}
	}
	return b.String()
}

func (d *Document) articleIndex() map[string]*Article {
	m := make(map[string]*Article, len(d.Articles))
	for i := range d.Articles {
		m[d.Articles[i].ID] = &d.Articles[i]
	}
	return m
}

func outletCount(d *Document) int {
	seen := map[string]bool{}
	for _, a := range d.Articles {
		// An article of unknown outlet counts as its own outlet.
		k := strings.ToLower(a.Outlet)
		if k == "" {
			k = "source:" + a.Source
		}
		seen[k] = true
	}
	return len(seen)
}

// IndependentOrigins is the largest origin count of any claim, the number a
// reader means by "how many independent sources back this story".
func (s *Story) IndependentOrigins() int {
	n := 0
	for _, c := range s.Claims {
		if c.Kind == "fact" && c.Origins > n {
			n = c.Origins
		}
	}
	return n
}

// SortClaims orders claims as reports and the web UI show them: facts carried by most
// origins, then most articles, first; commentary and filler last.
func SortClaims(cs []Claim) []Claim {
	out := append([]Claim(nil), cs...)
	rank := map[string]int{"fact": 0, "commentary": 1, "filler": 2}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if rank[a.Kind] != rank[b.Kind] {
			return rank[a.Kind] < rank[b.Kind]
		}
		if a.Origins != b.Origins {
			return a.Origins > b.Origins
		}
		return len(a.Articles) > len(b.Articles)
	})
	return out
}

// Shorten collapses white space and cuts s to at most n characters, at a
// word boundary when there is one, marking the cut with "…". Characters,
// not bytes: a Cyrillic or Arabic headline takes two bytes a letter and
// was cut at half the length of an English one. Reports, analysis
// headlines and the web pages share it so a text is cut the same way
// everywhere.
func Shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	end := 0 // byte offset of the n-th character
	for i := range s {
		if n == 0 {
			end = i
			break
		}
		n--
	}
	cut := end // a word that ends right at the limit fits
	if s[end] != ' ' {
		cut = strings.LastIndexByte(s[:end], ' ')
	}
	if cut <= 0 {
		cut = end
	}
	return s[:cut] + "…"
}

func publishedDay(a *Article) string {
	if len(a.Published) >= 10 {
		return a.Published[:10]
	}
	return "undated"
}

// claimTexts returns a lookup from a claim id of the story to its text; an
// unknown id is returned as it is.
func (s *Story) claimTexts() func(string) string {
	m := make(map[string]string, len(s.Claims))
	for _, c := range s.Claims {
		m[c.ID] = c.Text
	}
	return func(id string) string {
		if t, ok := m[id]; ok {
			return t
		}
		return id
	}
}

func orUnknown(s, placeholder string) string {
	if s == "" {
		return placeholder
	}
	return s
}

// describe says what a membership change did, citing a moved article by
// its label while it is still in the story.
func (c Change) describe(labels map[string]string) string {
	art := "article " + c.Article
	if l, ok := labels[c.Article]; ok {
		art = "article " + l
	}
	switch c.Kind {
	case "merge":
		return fmt.Sprintf("%s story %s merged in (same event)", c.At, c.Merged)
	case "move-in":
		return fmt.Sprintf("%s %s moved in from story %s", c.At, art, c.From)
	case "move-out":
		return fmt.Sprintf("%s %s moved out to story %s (fits it better)", c.At, art, c.To)
	}
	return fmt.Sprintf("%s %s %s", c.At, c.Kind, c.Story)
}

// ofTopics is " of N topics" when some stories share a topic, else "".
func (d *Document) ofTopics() string {
	topics := map[string]bool{}
	for _, s := range d.Stories {
		topics[cmp.Or(s.Topic, s.ID)] = true
	}
	if len(topics) == len(d.Stories) {
		return ""
	}
	return fmt.Sprintf(" of %d topics", len(topics))
}

// related names the stories of s's topic other than s: "Story N: title"
// for one in the document, else the title and ID.
func (d *Document) related(s *Story) []string {
	var out []string
	for _, r := range s.Related {
		name := fmt.Sprintf("%s [%s]", r.Title, r.ID)
		for i := range d.Stories {
			if d.Stories[i].ID == r.ID {
				name = fmt.Sprintf("Story %d: %s", i+1, r.Title)
				break
			}
		}
		if len(r.Shared) > 0 {
			name += " (shares " + strings.Join(r.Shared, ", ") + ")"
		}
		out = append(out, name)
	}
	return out
}
