package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/news"
	xlit "github.com/crosscheck-news/crosscheck/internal/translit"
	"github.com/hbollon/go-edlib"
)

// Arabic, Hebrew and the Indian scripts have no capital letters, so
// Mentions, which finds names by their capitals, finds none in an article
// written in them, and a story told in Arabic and English showed its people
// only in English. A story gives another way in: the names its articles in
// Latin letters use. anchoredItems looks for each of those names in the
// uncased articles by the sound of its consonants ("Tony Blair", "توني
// بلير", "טוני בלייר", "टोनी ब्लेयर"), and each match joins the entity of
// the Latin name it matched. Only names the story already has are looked
// for, a few tens, so a loose key matches little by chance; a key two
// different Latin names share is not looked for. The places and
// organisations the gazetteer knows in these scripts (الصين, China) are
// found too, whether or not the story names them in Latin letters.

// anchorTarget is a name in Latin letters, as the sound keys of its words.
type anchorTarget struct {
	words []string
	item  int    // an item with this name; -1 when two names share the key
	text  string // the folded name, to tell two names with one key apart
}

// anchoredItems returns the mentions found in the uncased articles of arts
// (ids are their IDs as items name them), each as an item and the index in
// items of the Latin mention it matched.
func anchoredItems(arts []*news.Article, ids []string, items []*item) ([]*item, []int) {
	targets := map[string]*anchorTarget{}
	add := func(words []string, i int, text string) {
		key := strings.Join(words, " ")
		switch t := targets[key]; {
		case t == nil:
			targets[key] = &anchorTarget{words: words, item: i, text: text}
		case t.item >= 0 && t.text != text && !declinedAlike(t.text, text):
			t.item = -1
		}
	}
	for i, it := range items {
		// An acronym's letters are said one by one ("BST" is no "bst").
		if !latinName(it.m.Text) || isAllCaps(it.m.Text) {
			continue
		}
		words := soundWords(it.m.Text)
		// A name of unknown kind ("Tessa Jowell", named without a cue) is
		// looked for when it has two words, and either one of three sounds
		// or more ("Air France") or none of one sound: every window of an
		// article is compared with every target, one unknown word is as
		// often a headline's common word, and a name with a one-sound word
		// sounds like a common phrase ("Konnie Huq" like Hindi "जाने के",
		// on leaving).
		if it.kind == "" && (len(words) < 2 || !slices.ContainsFunc(words, func(w string) bool { return len(w) >= 3 }) &&
			slices.ContainsFunc(words, func(w string) bool { return len(w) < 2 })) {
			continue
		}
		if len(strings.Join(words, "")) < 3 {
			continue
		}
		// Two spellings of one gazetteer entry (London, Londýn) are one
		// name, not two that share a key.
		name := fold(it.m.Text)
		if it.gaz != "" {
			name = "gaz:" + it.gaz
		}
		add(words, i, name)
		// A person is named by surname alone as often as in full.
		if last := words[len(words)-1]; it.kind == news.KindPerson && len(words) > 1 && len(last) >= 3 {
			add([]string{last}, i, fold(lastWord(it.m.Text)))
		}
	}
	// Targets by their number of words and first sound, so that a window
	// is compared with the few that can match, not with every name.
	index := map[slot][]*anchorTarget{}
	longest := 0
	for _, t := range targets {
		if t.item >= 0 {
			sl := slot{len(t.words), t.words[0][0]}
			index[sl] = append(index[sl], t)
			longest = max(longest, len(t.words))
		}
	}
	// Map order would make which of two fitting names is seen first, and
	// so the result, vary from run to run.
	for _, l := range index {
		slices.SortFunc(l, func(a, b *anchorTarget) int { return a.item - b.item })
	}
	candidates := func(w textWord, n int) []*anchorTarget {
		var out []*anchorTarget
		for k, key := range w.keys {
			if key == "" || k == 1 && w.keys[0] != "" && key[0] == w.keys[0][0] {
				continue
			}
			out = append(out, index[slot{n, key[0]}]...)
		}
		return out
	}
	var out []*item
	var anchors []int
	byArt := map[string][]*item{}
	for _, it := range items {
		byArt[it.art] = append(byArt[it.art], it)
	}
	for ai, a := range arts {
		if a == nil || !uncasedArticle(a.Text) {
			continue
		}
		ws := textWords(a.Text)
		// Words the mention finder already took (Latin names, digits) are
		// not looked up again.
		taken := make([]bool, len(ws))
		for _, it := range byArt[ids[ai]] {
			j, _ := slices.BinarySearchFunc(ws, it.m.Start, func(w textWord, start int) int { return cmp.Compare(w.end, start+1) })
			for ; j < len(ws) && ws[j].start < it.m.End; j++ {
				taken[j] = true
			}
		}
		surnames := map[string]bool{}
		for i := 0; i < len(ws); i++ {
			gazFirst := gazCanStart(a.Text[ws[i].start:ws[i].end])
			// The longest name that matches here: "Tony Blair" before
			// "Blair".
			for n := min(max(longest, gazWords), len(ws)-i); n >= 1; n-- {
				// A place or organisation the gazetteer knows in this
				// script ("الصين", China) needs no Latin name in the story.
				if !gazFirst {
					// No gazetteer name starts with this word.
				} else if e, start, ok := gazWindow(a.Text, ws[i:i+n], taken[i:i+n]); ok {
					text := a.Text[start:ws[i+n-1].end]
					if key := nameKey(text); key != "" {
						out = append(out, &item{art: ids[ai], lang: a.Language, m: news.Mention{Start: start, End: ws[i+n-1].end, Text: text, Kind: e.Kind},
							kind: e.Kind, key: key, gaz: e.Name, co: map[string]bool{}})
						anchors = append(anchors, -1)
						i += n - 1
						break
					}
				}
				if n > longest {
					continue
				}
				t, cut := match(candidates(ws[i], n), ws[i:i+n], taken[i:i+n], surnames)
				if t == nil {
					continue
				}
				start, end := ws[i].start, ws[i+n-1].end
				if cut {
					start += ws[i].prefix
				}
				if n > 1 {
					surnames[fold(lastWord(items[t.item].m.Text))] = true
				}
				text := a.Text[start:end]
				target := items[t.item]
				it := &item{art: ids[ai], lang: a.Language, m: news.Mention{Start: start, End: end, Text: text, Kind: target.kind}, kind: target.kind, key: nameKey(text), co: map[string]bool{}}
				if it.key == "" {
					continue
				}
				out = append(out, it)
				anchors = append(anchors, t.item)
				i += n - 1
				break
			}
		}
	}
	return out, anchors
}

// declinedAlike reports whether two folded names are one name in two
// cases or spellings, word for word the same but for an ending of up to
// three letters ("gordon brown", "gordona browna"): a story in Czech and
// English has both, and they must not cancel each other as two names
// sharing a sound key.
func declinedAlike(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || strings.HasPrefix(a, "gaz:") || strings.HasPrefix(b, "gaz:") {
		return false
	}
	for i := range wa {
		x, y := wa[i], wb[i]
		if len(x) > len(y) {
			x, y = y, x
		}
		if len(x) < 3 || !strings.HasPrefix(y, x) || len(y)-len(x) > 3 {
			return false
		}
	}
	return true
}

// slot is where a name is indexed for sound matching: its number of words
// and its first sound, which a match keeps.
type slot struct {
	n     int
	first byte
}

// gazWords is the most words of a gazetteer name looked for in an uncased
// article ("الاتحاد الأوروبي", the European Union).
const gazWords = 4

// droppedArticle returns the definite article that prefix p joins and
// cuts off the word after it (Arabic "لل", "بال"; Hebrew "ב", "ל", "כ"),
// or "".
func droppedArticle(p string) string {
	switch {
	case strings.HasSuffix(p, "ال") || p == "لل":
		return "ال"
	case p == "ב" || p == "ל" || p == "כ":
		return "ה"
	}
	return ""
}

// gazCanStart reports whether a gazetteer name in another script than
// Latin can start with word, whole or without a joined prefix: a cheap
// test before gazWindow normalises every window of up to gazWords words.
func gazCanStart(word string) bool {
	if scriptGazFirstKey[scriptKey(word)] {
		return true
	}
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(word, p); ok && rest != "" {
			if scriptGazFirstKey[scriptKey(rest)] || droppedArticle(p) != "" && scriptGazFirstKey[scriptKey(droppedArticle(p)+rest)] {
				return true
			}
		}
	}
	return false
}

// gazWindow looks the words up in the gazetteer of names in other scripts,
// whole or without the first word's joined prefix ("والصين", "and China"),
// and returns the entry and where the name starts.
func gazWindow(text string, ws []textWord, taken []bool) (gazEntry, int, bool) {
	if slices.Contains(taken, true) {
		return gazEntry{}, 0, false
	}
	end := ws[len(ws)-1].end
	if e, ok := gazScript(text[ws[0].start:end]); ok {
		return e, ws[0].start, true
	}
	// Every prefix, not only the longest: "والصين" is "and" + "الصين"
	// (China, with its article).
	word := text[ws[0].start:ws[0].end]
	for _, p := range prefixes {
		if strings.HasPrefix(word, p) && len(word) > len(p) {
			rest := text[ws[0].start+len(p) : end]
			if e, ok := gazScript(rest); ok {
				return e, ws[0].start + len(p), true
			}
			// "للأمم المتحدة", "to the United Nations": the article's
			// alif is dropped after "li"; "بالولايات" keeps it but cut
			// with the particle. The gazetteer has "الأمم المتحدة". So
			// does Hebrew's ה after ב, ל and כ: "באוקיינוס" is "in the
			// ocean".
			if article := droppedArticle(p); article != "" {
				if e, ok := gazScript(article + rest); ok {
					return e, ws[0].start + len(p), true
				}
			}
		}
	}
	return gazEntry{}, 0, false
}

// match returns the target whose words the window's words sound like, and
// whether the window's first word matched without its joined prefix; nil
// when none or two fit. A name of two words or more may differ in one
// letter per word of four consonants or more ("blyr" in a Hebrew spelling
// with a doubled yod). A name of one word must match exactly, and one of
// three consonants or fewer only as the surname of a person the article
// already named in full (surnames): alone, "brt" and "nsr" are as often
// common words ("health", "eagle") as Port or Nasar.
func match(list []*anchorTarget, ws []textWord, taken []bool, surnames map[string]bool) (*anchorTarget, bool) {
	for _, x := range taken {
		if x {
			return nil, false
		}
	}
	var found *anchorTarget
	var cut bool
	for _, t := range list {
		if len(t.words) != len(ws) {
			continue
		}
		if len(ws) == 1 && len(t.words[0]) <= 3 && !surnames[t.text] {
			continue
		}
		ok, c := true, false
		for j, k := range t.words {
			m, mc := soundsLike(ws[j].keys, k, j == 0, len(ws) > 1)
			if !m {
				ok = false
				break
			}
			if j == 0 {
				c = mc
			}
		}
		if ok {
			if found != nil && found.item != t.item {
				return nil, false // two names fit: neither is sure
			}
			found, cut = t, c
		}
	}
	return found, cut
}

// soundsLike reports whether one of a word's keys (whole, or without a
// joined prefix) is the target's, or, when fuzzy, differs from it in one
// letter with both four letters or more; and whether it was the key
// without the prefix. Only the first word of a name may carry a prefix
// ("and", "the", "in" are letters joined to the next word).
func soundsLike(keys [2]string, target string, first, fuzzy bool) (bool, bool) {
	for i, k := range keys {
		if k == "" || i == 1 && !first {
			continue
		}
		if k == target || fuzzy && len(k) >= 4 && len(target) >= 4 && edlib.LevenshteinDistance(k, target) <= 1 {
			return true, i == 1
		}
	}
	return false, false
}

// textWord is a word of an uncased article, with its keys: the whole
// word's and the key without a joined prefix ("والبرادعي" is "and the
// Baradei").
type textWord struct {
	start, end int
	prefix     int // bytes of the joined prefix, when keys[1] is set
	keys       [2]string
}

// prefixes are the particles Arabic and Hebrew join to the next word,
// longest first: and, the, in, to, for, from, that, as. Read-only.
var prefixes = []string{"وال", "بال", "لل", "فال", "ال", "و", "ب", "ل", "ف", "ה", "ו", "ב", "ל", "מ", "ש", "כ"}

func textWords(text string) []textWord {
	var out []textWord
	start := -1
	flush := func(end int) {
		w := text[start:end]
		tw := textWord{start: start, end: end}
		tw.keys[0] = soundKey(w)
		for _, p := range prefixes {
			if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 3 {
				tw.prefix, tw.keys[1] = len(p), soundKey(rest)
				break
			}
		}
		out = append(out, tw)
	}
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			flush(i)
			start = -1
		}
	}
	if start >= 0 {
		flush(len(text))
	}
	return out
}

// soundKey is a word's sound key across scripts: transliterated, lower
// case, without vowels and the letters the abjads write vowels with (w, y,
// h, and the Hebrew vav that unidecode spells v), with the consonants that
// scripts render differently made one (b p f v; c g j k q; s z), doubles
// collapsed. "Blair", "بلير", "בלייר" and "ब्लेयर" are all "blr".
func soundKey(w string) string {
	hebrew := false
	for _, r := range w {
		hebrew = unicode.Is(unicode.Hebrew, r)
		switch {
		case unicode.Is(unicode.Greek, r):
			w = greekSounds.Replace(strings.ToLower(w))
		case unicode.Is(unicode.Cyrillic, r):
			w = cyrillicSounds.Replace(strings.ToLower(w))
		}
		break
	}
	t := strings.ToLower(xlit.Unidecode(w))
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == 'v' && hebrew:
			continue
		case c < 'a' || c > 'z':
			continue
		case strings.IndexByte("aeiouywh", c) >= 0:
			continue
		case c == 'p' || c == 'f' || c == 'v':
			c = 'b'
		case c == 'c' || c == 'g' || c == 'j' || c == 'q':
			c = 'k'
		case c == 'z':
			c = 's'
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// greekSounds and cyrillicSounds spell the foreign sounds these scripts
// write with two letters anywhere in a word, as soundKey hears them:
// Τζορτζ is George, Γκόρντον Gordon, Джордж George (translit.Unidecode
// reads the Greek ones only at the start of a word, where it is sure).
var (
	greekSounds    = strings.NewReplacer("τζ", "j", "ντ", "d", "μπ", "b", "γκ", "g")
	cyrillicSounds = strings.NewReplacer("дж", "j")
)

// uncasedArticle reports whether most letters of text are of scripts
// without capitals.
func uncasedArticle(text string) bool {
	cased, uncased := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			cased++
		} else {
			uncased++
		}
		if cased+uncased >= 2000 {
			break
		}
	}
	return uncased > cased
}

func nameWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func lastWord(s string) string {
	ws := nameWords(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// anchored joins each item anchoredItems found to the Latin item it
// matched; first is the index of the first such item in r.items.
func (r *resolver) anchored(first int, anchors []int) {
	for k, target := range anchors {
		if target >= 0 { // -1: a gazetteer name, joined by byKey
			r.union(first+k, target)
		}
	}
}

// bySound joins a name that only its own article uses to the one entity a
// Latin name of an article in another language sounds like, where the
// spelling keys of the other passes differ: a Czech name declined
// ("Georgem W. Bushem" is George W. Bush), a Greek one with its title
// ("Πρόεδρο Τζορτζ Μπους", President George Bush) or written with other
// consonants ("Ιντιάνα", Indiana). Within one language a name's forms are
// left to the other passes, which know its spelling rules.
func (r *resolver) bySound() {
	// Names are compared once per spelling, not per mention, and with
	// the names of the same length and first sound only: a story of a
	// few hundred articles has tens of thousands of mentions.
	type target struct {
		words []string
		item  int
		lang  string
		kind  string
	}
	langs := map[string]bool{}
	for _, it := range r.items {
		if it.lang != "" {
			langs[it.lang] = true
		}
	}
	if len(langs) < 2 {
		return
	}
	index := map[slot][]*target{}
	seen := map[string]bool{}
	for i, it := range r.items {
		if it.lang == "" || !latinName(it.m.Text) || isAllCaps(it.m.Text) {
			continue
		}
		k := it.lang + "\x00" + it.kind + "\x00" + it.m.Text
		if seen[k] {
			continue
		}
		seen[k] = true
		// A name of unknown kind is a target too: most of a story's
		// places and people are named once, without a cue ("Beeston",
		// "Wimbledon", "Falun Gong"), and their declined forms
		// (Beestonu) would otherwise stand alone. Alone, one such word
		// needs four sounds: with three, "Affaires" heard "Presse".
		least := 3
		if it.kind == "" && !strings.Contains(strings.TrimSpace(it.m.Text), " ") {
			least = 4
		}
		if words := soundWords(it.m.Text); len(strings.Join(words, "")) >= least {
			sl := slot{len(words), words[0][0]}
			index[sl] = append(index[sl], &target{words, i, it.lang, it.kind})
		}
	}
	if len(index) == 0 {
		return
	}
	arts := map[int]map[string]bool{}
	for i, it := range r.items {
		root := r.find(i)
		if arts[root] == nil {
			arts[root] = map[string]bool{}
		}
		arts[root][it.art] = true
	}
	done := map[string]int{} // spelling -> root it joins, -1 for none
	for i, it := range r.items {
		if it.lang == "" || len(arts[r.find(i)]) > 1 || isAllCaps(it.m.Text) {
			continue
		}
		k := it.lang + "\x00" + it.kind + "\x00" + it.m.Text
		found, ok := done[k]
		if !ok {
			found = -1
			words := soundWords(it.m.Text)
			// A title before a name ("Πρόεδρο", "generálmajor") is
			// dropped when two words are left: one left is as often a
			// common word ("O'Higgins Region" is no "Region").
			for drop := 0; drop == 0 && len(words) >= 1 || drop == 1 && len(words) >= 3; drop++ {
				ws := words[drop:]
				found = -1
				for _, t := range index[slot{len(ws), ws[0][0]}] {
					if t.lang == it.lang || !compatibleKinds(it.kind, t.kind) || !wordsSoundLike(ws, t.words) {
						continue
					}
					if root := r.find(t.item); found == -1 {
						found = root
					} else if found != root {
						found = -2 // two entities fit
						break
					}
				}
				if found != -1 {
					break
				}
			}
			done[k] = found
		}
		if found >= 0 {
			r.union(i, found)
		}
	}
}

func soundWords(name string) []string {
	var out []string
	for _, w := range nameWords(name) {
		if k := soundKey(w); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// wordsSoundLike reports whether a name's sound keys are a target's, word
// for word: the same, one letter apart (words of four letters or more, in
// names of two words or more), or the target's with a case ending of one
// or two consonants added ("bsm", Bushem, for "bs"). A name of one word
// needs three letters or more.
func wordsSoundLike(ws, target []string) bool {
	if len(ws) != len(target) || len(ws) == 1 && len(target[0]) < 3 {
		return false
	}
	for j, w := range ws {
		t := target[j]
		switch {
		case w == t:
		case len(ws) > 1 && len(w) >= 4 && len(t) >= 4 && edlib.LevenshteinDistance(w, t) <= 1:
		case len(t) >= 2 && strings.HasPrefix(w, t) && len(w)-len(t) <= 2 && strings.Trim(w[len(t):], "mbks") == "":
		default:
			return false
		}
	}
	return true
}
