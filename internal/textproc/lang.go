package textproc

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// detectLanguages are the languages DetectLanguage can answer. Building a
// lingua detector for all 75 languages costs about 1.4 GB; these 14 (the
// languages of the seed story, the benchmark sets and the stemmers that
// matter most) in low-accuracy mode cost about 21 MB of RSS against about
// 325 MB in high-accuracy mode, for texts of a few hundred characters where
// the two modes agree.
var detectLanguages = []lingua.IsoCode639_1{
	lingua.EN, lingua.ES, lingua.IT, lingua.FR, lingua.DE, lingua.PT, lingua.RU,
	lingua.UK, lingua.AR, lingua.CS, lingua.EL, lingua.HE, lingua.HI, lingua.ZH,
}

// detector is built on first use: construction and model loading take tens
// of milliseconds, and lingua's detector is safe for concurrent use after.
var detector = sync.OnceValue(func() lingua.LanguageDetector {
	return lingua.NewLanguageDetectorBuilder().
		FromIsoCodes639_1(detectLanguages...).
		WithLowAccuracyMode().
		Build()
})

const (
	// minLetters is the least text DetectLanguage guesses on: below it
	// n-gram statistics are noise.
	minLetters = 20
	// sampleBytes bounds the text given to the detector. Its cost grows
	// faster than the length (lingua sums probabilities in arbitrary-
	// precision decimals): about 0.5 ms for 300 bytes against 2.5 ms for
	// 700, and 300 bytes already name the language of all 700 MultiLing
	// 2011 articles right (TestMultiLing).
	sampleBytes = 300
)

// DetectLanguage returns the ISO 639-1 code of text's language, or "" when
// the text is too short or the language is not one of those it knows (en,
// es, it, fr, de, pt, ru, uk, ar, cs, el, he, hi, zh).
func DetectLanguage(text string) string {
	sample := languageSample(text)
	letters := 0
	for _, r := range sample {
		if unicode.IsLetter(r) {
			letters++
			if letters >= minLetters {
				break
			}
		}
	}
	if letters < minLetters {
		return ""
	}
	if l, ok := quickLanguage(sample); ok {
		return l
	}
	l, ok := detector().DetectLanguageOf(sample)
	if !ok {
		return ""
	}
	return strings.ToLower(l.IsoCode639_1().String())
}

// quickLanguages are the Latin-script languages whose stop-word lists are
// distinctive enough to name a text's language without lingua.
var quickLanguages = []string{"en", "es", "it", "fr", "de", "pt"}

// quickStops maps each stop word of quickLanguages to the set of those
// languages it belongs to (bit i for quickLanguages[i]): one lookup per word
// instead of one per language.
var quickStops = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, l := range quickLanguages {
		for w := range stopSets[l] {
			m[w] |= 1 << i
		}
	}
	return m
}()

// quickLanguage names the language of a Latin-script sample from its stop
// words when one language clearly dominates: at least 20% of the words are
// its stop words and at least three times as many as any other language's.
// Lingua costs about 0.5 ms per article, most of the cleaning stage; this
// answers for typical news prose in microseconds and leaves every doubtful
// case (short texts, close Romance languages, other scripts) to lingua.
func quickLanguage(sample string) (string, bool) {
	var counts [6]int
	words, nonLatin := 0, 0
	for w := range strings.FieldsFuncSeq(sample, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) {
			nonLatin++
			continue
		}
		words++
		for m, i := quickStops[strings.ToLower(w)], 0; m != 0; m, i = m>>1, i+1 {
			counts[i] += int(m & 1)
		}
	}
	if words < 12 || nonLatin > words/10 {
		return "", false
	}
	best, second := 0, -1
	for i := 1; i < len(counts); i++ {
		switch {
		case counts[i] > counts[best]:
			second, best = best, i
		case second < 0 || counts[i] > counts[second]:
			second = i
		}
	}
	if counts[best]*5 < words || counts[best] < 3*counts[second] {
		return "", false
	}
	return quickLanguages[best], true
}

// languageSample picks up to sampleBytes of text, preferring lines that look
// like prose (long ones) over headings, captions and names.
func languageSample(text string) string {
	if len(text) <= sampleBytes {
		return text
	}
	var b strings.Builder
	rest := text
	for rest != "" && b.Len() < sampleBytes {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if len(line) < 60 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	s := b.String()
	if s == "" {
		s = text
	}
	if len(s) > sampleBytes {
		s = cutAtSpace(s, sampleBytes)
	}
	return s
}

// cutAtSpace returns a prefix of s no longer than n bytes, ending before a
// space when one is near so no word is cut in half, and never inside a
// UTF-8 sequence.
func cutAtSpace(s string, n int) string {
	if i := strings.LastIndexByte(s[:n], ' '); i > n/2 {
		return s[:i]
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// NormalizeLanguage turns a language tag as found in HTML and feeds
// ("en-US", "pt_BR", "EN") into the ISO 639-1 code the rest of the
// pipeline uses ("en", "pt").
func NormalizeLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}
