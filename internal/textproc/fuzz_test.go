package textproc

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// FuzzProcess checks that no input makes Process panic or produce offsets
// later stages cannot trust. Seeds are short on purpose: the fuzzer
// minimises every new input, and on article-sized seeds that alone takes
// the whole time budget.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"", "\n\n", ".", "...", "Mr. ", "U.S.", "“”", "a\r\nb\rc", "\xff\xfe bad \xc3",
		"港口关闭了。船只", "Related posts\n\nx\n", "Read also:", "J. ", "\u00a0\u200b.",
		"e.g. it is.\nThe End?!", "Source: a.b3", "word.\xe2\x80",
		"The port closed. Dr. Okafor said \"no.\" Ships wait…\nRead more: x\n\nThe port closed.",
		"Leave a Reply\nName*\nhttps://x.example/a-b\nus-port-strike-ends-2031\n, , ,",
	} {
		f.Add(s, "en")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		a := &news.Article{Text: text, Language: lang}
		Process(a)
		checkInvariants(t, a)
	})
}
