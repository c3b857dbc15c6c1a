package provenance

import (
	"net/url"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// An outlet often runs an edition in another language at its own address
// (en.severniglas.example beside severniglas.example) and publishes there
// the translation of its home edition's article under the same path. The
// translation then repeats the original's credits ("Source: Harbour
// Times"), which would make it a second translation of the credited
// report rather than a translation of its own outlet's article. Same site,
// same path and another language are evidence enough to say which: the
// edition translates the home article.

// findEditions returns, for each article that is an edition of another
// article of the story, that article's ID.
func findEditions(sorted []*news.Article) map[string]string {
	type addr struct{ site, path string }
	home := map[addr]*news.Article{}
	for _, a := range sorted {
		site, path, edition := siteOf(a.URL)
		if site != "" && !edition {
			home[addr{site, path}] = a
		}
	}
	out := map[string]string{}
	for _, a := range sorted {
		site, path, edition := siteOf(a.URL)
		if !edition {
			continue
		}
		if o := home[addr{site, path}]; o != nil && o.ID != a.ID && a.Language != "" && o.Language != "" && a.Language != o.Language {
			out[a.ID] = o.ID
		}
	}
	return out
}

// siteOf returns the host of a URL without a service label ("www.", "m.")
// and without a language edition label ("en.", "de."), its path without
// trailing slashes, and whether an edition label was there. The path must be more than "/": two
// home pages are not one article.
func siteOf(raw string) (site, path string, edition bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return "", "", false
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	if len(labels) > 2 && serviceLabels[labels[0]] {
		labels = labels[1:]
	}
	if len(labels) > 2 && languageLabels[labels[0]] {
		labels, edition = labels[1:], true
	}
	path = strings.TrimRight(u.Path, "/")
	if path == "" {
		return "", "", false
	}
	return strings.Join(labels, "."), path, edition
}

// serviceLabels name a version or section of a site in its own language
// ("www", "m", "news.example.org"). Read-only.
var serviceLabels = map[string]bool{
	"www": true, "m": true, "amp": true, "mobile": true, "news": true, "edition": true,
}

// languageLabels name an edition of a site in another language: the
// languages crosscheck detects and the usual words for an international
// edition. Read-only.
var languageLabels = map[string]bool{
	"en": true, "eng": true, "english": true, "international": true, "intl": true,
	"es": true, "it": true, "fr": true, "de": true, "pt": true, "ru": true, "uk": true,
	"ar": true, "cs": true, "el": true, "he": true, "hi": true, "zh": true,
}

// langName is the English name of a language code ("en" -> "English").
func langName(code string) string {
	if n := display.English.Languages().Name(language.Make(code)); n != "" {
		return n
	}
	return code
}
