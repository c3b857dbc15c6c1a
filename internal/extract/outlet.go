package extract

import (
	"strings"
	"unicode"
)

// Pages name their outlet in several places that disagree: Reuters' pages
// give og:site_name "U.S." (the section) and publisher "Reuters"; Advance
// and Gannett sites give slugs ("nj", "usatoday"); AP's hosted pages give
// "Hosted"; blogs add their tagline ("Autoracing | F1 | Indy"). A reader
// needs the name the outlet is known by, so outletName prefers the
// candidate that names the site's own domain, and falls back to the host
// where the page offers only a slug or a subdomain's name.

// outletName picks the outlet's name from the page's candidates, in order
// of trust (og:site_name, JSON-LD publisher, application-name), given the
// page's host.
func outletName(host string, names ...string) string {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	labels := strings.Split(host, ".")
	site := siteLabel(labels)
	var cands []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		if strings.HasPrefix(n, "http://") || strings.HasPrefix(n, "https://") {
			continue // an address, not a name: the host says it better
		}
		if head, _, ok := strings.Cut(n, " | "); ok && len(strings.TrimSpace(head)) >= 2 {
			n = strings.TrimSpace(head) // "Site | tagline"
		}
		if n != "" {
			cands = append(cands, n)
		}
	}
	if len(cands) == 0 {
		return host
	}
	for _, c := range cands {
		if namesSite(alnum(c), site) {
			if isSlug(c, labels) {
				return host
			}
			return c
		}
	}
	first := cands[0]
	if isSlug(first, labels) {
		return host
	}
	return first
}

// siteLabel is the label of a host that names the site: "reuters" in
// www.reuters.com, "bbc" in bbc.co.uk, "ap" in hosted.ap.org.
func siteLabel(labels []string) string {
	n := len(labels)
	switch {
	case n == 0:
		return ""
	case n == 1:
		return labels[0]
	case n >= 3 && len(labels[n-1]) == 2 && secondLevel[labels[n-2]]:
		return labels[n-3]
	}
	return labels[n-2]
}

// secondLevel are the labels that, under a country's domain, are part of
// the suffix rather than the site's name (co.uk, com.au). Read-only.
var secondLevel = map[string]bool{"co": true, "com": true, "org": true, "net": true, "gov": true, "ac": true, "edu": true, "or": true, "ne": true, "go": true}

// namesSite reports whether a squashed name is the site's label, starts
// with it, or holds it or is held by it when both are long enough not to
// match by chance: "reuters" and "reutersuk" for reuters, "rtinternational"
// for rt, "theusbeacon" for usbeacon.
func namesSite(name, site string) bool {
	if name == "" || site == "" {
		return false
	}
	if name == site || len(site) >= 2 && strings.HasPrefix(name, site) {
		return true // "rt" for rt.com, "skynews" for sky.com
	}
	return len(site) >= 4 && len(name) >= 4 && (strings.Contains(name, site) || strings.Contains(site, name))
}

// isSlug reports whether a name is only one of the host's labels written
// as is, lower case and in one word ("usatoday", "nj"), or a subdomain's
// label in any case ("Hosted" on hosted.ap.org): a code, not a name.
func isSlug(name string, labels []string) bool {
	s := alnum(name)
	for i, l := range labels {
		if s != l {
			continue
		}
		// A subdomain's label written as a plain word ("Hosted") names
		// the subdomain; one with inner capitals ("ProFootballTalk" on
		// profootballtalk.nbcsports.com) is the outlet's own brand.
		sub := i < len(labels)-2 && l != siteLabel(labels) && !innerUpper(name)
		lowerWord := !strings.ContainsFunc(name, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsSpace(r) })
		if sub || lowerWord {
			return true
		}
	}
	return false
}

// innerUpper reports whether a capital letter follows the first letter.
func innerUpper(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// acronymOutlet names an outlet known by its initials when the page gave
// only its host: AP's pages hosted for member papers say og:site_name
// "Hosted" and twitter:site "@AP" on hosted.ap.org. A handle of at most
// four letters that is the site's own label is its name, in capitals.
func acronymOutlet(host, handle string) string {
	h := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(handle), "@"))
	if site := siteLabel(strings.Split(host, ".")); h != "" && h == site && len(h) <= 4 {
		return strings.ToUpper(h)
	}
	return host
}
