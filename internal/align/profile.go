package align

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/internal/calendar"
	"github.com/crosscheck-news/crosscheck/internal/news"
	"github.com/crosscheck-news/crosscheck/internal/textproc"
	"github.com/crosscheck-news/crosscheck/internal/translit"
)

// Base weights of the kinds of anchor. Numbers, names and resolved
// entities survive translation nearly always and rarely match by chance;
// a cognate's consonants (gouvernement, government) often do not survive
// and sometimes meet an unrelated word, their first three consonants
// more often still. Stems are the claim stage's own evidence between two
// articles in one language; across languages an identical stem is a
// cognate too (senat).
const (
	weightNumber  = 1.0
	weightEntity  = 1.0
	weightName    = 1.0
	weightCognate = 0.4
	weightStem    = 0.5
	weightPrefix  = 0.2
	// A weekday or month keeps its meaning in translation but is
	// shared by unrelated sentences of one story more often than a name.
	weightCalendar = 0.8
)

// Minimum consonants of a key: two is enough for a name (Bush, بوش), but
// an ordinary word needs three to mean anything across languages.
const (
	minNameKey = 2
	minWordKey = 3
)

// Profile is what the aligner reads from one article: sentence lengths and
// the anchors each sentence holds. Building it costs one pass over the
// article's tokens and mentions; a caller aligning one article with many
// others builds it once.
type Profile struct {
	id     string
	lang   string
	lens   []float64   // non-space characters per sentence
	sents  [][]feature // anchors per sentence, by hash
	quotes []bool      // sentences holding a quotation mark
	df     map[uint64]keyStat

	feats []map[string]float64 // anchor key -> base weight, while building
}

// feature is one anchor key of a sentence, hashed so that aligning two
// profiles compares integers, with its kind (the key's first byte) and
// base weight.
type feature struct {
	h    uint64
	kind byte
	w    float64
}

// keyStat is what the article says about one anchor key: in how many
// sentences it occurs and its largest base weight.
type keyStat struct {
	n    int
	base float64
}

// NewProfile reads the anchors of a, an article processed by textproc
// (and entity, for Mentions). opt.Entity, when set, names the resolved
// entity of each mention.
func NewProfile(a *news.Article, opt Options) *Profile {
	if a == nil {
		return &Profile{}
	}
	p := &Profile{id: a.ID, lang: a.Language}
	n := len(a.Sentences)
	p.lens = make([]float64, n)
	p.feats = make([]map[string]float64, n)
	p.quotes = make([]bool, n)
	for i, s := range a.Sentences {
		if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
			continue // a malformed span: no length, no anchors
		}
		text := a.Text[s.Start:s.End]
		p.lens[i] = float64(nonSpace(text))
		p.feats[i] = map[string]float64{}
		// A quotation stays a quotation in translation, but its words
		// do not: it counts only as agreement between two sentences.
		p.quotes[i] = hasQuote(text)
	}
	p.addTokens(a)
	p.addMentions(a, opt)
	p.sents = make([][]feature, n)
	for i, f := range p.feats {
		for k, w := range f {
			p.sents[i] = append(p.sents[i], feature{hashKey(k), k[0], w})
		}
		slices.SortFunc(p.sents[i], func(x, y feature) int { return cmp.Compare(x.h, y.h) })
	}
	p.feats = nil
	p.index()
	return p
}

// index counts the sentences holding each key.
func (p *Profile) index() {
	p.df = map[uint64]keyStat{}
	for _, fs := range p.sents {
		for _, f := range fs {
			st := p.df[f.h]
			st.n++
			st.base = math.Max(st.base, f.w)
			p.df[f.h] = st
		}
	}
}

// hashKey is 64-bit FNV-1a: keys of two articles meet by hash, and a
// collision among the few hundred keys of an article pair is vanishingly
// rare. It is written out because hash/fnv would allocate for every key.
func hashKey(k string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	return h
}

// add records anchor key in sentence i with weight w, keeping the largest
// weight a key gets.
func (p *Profile) add(i int, key string, w float64) {
	if i < 0 || i >= len(p.feats) || p.feats[i] == nil {
		return
	}
	if w > p.feats[i][key] {
		p.feats[i][key] = w
	}
}

func (p *Profile) addTokens(a *news.Article) {
	toks := a.Tokens
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Start < 0 || t.End > len(a.Text) || t.Start > t.End {
			continue
		}
		word := a.Text[t.Start:t.End]
		if num, last, ok := textproc.ReadNumber(a.Text, toks, k); ok {
			p.add(t.Sentence, "#"+num, weightNumber)
			k = last
			continue
		}
		if n, ok := calendar.At(p.lang, a.Text, toks, k); ok {
			key := "t:d"
			if n.Month {
				key = "t:m"
			}
			p.add(t.Sentence, key+strconv.Itoa(n.Index), weightCalendar)
			continue
		}
		if t.Stop {
			continue
		}
		if p.lang != "" && t.Stem != "" {
			p.add(t.Sentence, "s:"+t.Stem, weightStem)
		}
		minKey, w := minWordKey, weightCognate
		if translit.Uncased(word) {
			// Names in these scripts look like any word: let a short key
			// through, and let a name on the other side lift its weight.
			minKey = minNameKey
		}
		for _, key := range wordKeys(word) {
			if len(key) >= minKey {
				p.add(t.Sentence, "k:"+key, w)
			}
			// Inflection changes a word's last consonants (school,
			// schools, школы): its first three still meet.
			if len(key) > minWordKey {
				p.add(t.Sentence, "c:"+key[:minWordKey], weightPrefix)
			}
		}
	}
}

func (p *Profile) addMentions(a *news.Article, opt Options) {
	for _, m := range a.Mentions {
		i := a.SentenceAt(m.Start)
		if i < 0 {
			continue
		}
		if opt.Entity != nil {
			if id, ok := opt.Entity(a.ID, m.Start); ok {
				p.add(i, "e:"+id, weightEntity)
			}
		}
		for _, w := range strings.FieldsFunc(m.Text, notWord) {
			for _, key := range wordKeys(w) {
				if len(key) >= minNameKey {
					p.add(i, "k:"+key, weightName)
				}
			}
		}
	}
}

func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// hasQuote reports whether s holds a quotation mark of any common style.
// The apostrophe-like ’ is left out: it is mostly an apostrophe.
func hasQuote(s string) bool {
	return strings.ContainsAny(s, "\"«»“”„‹›「」『』״")
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
