package textproc

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// classifyLine returns the reason line (trimmed; folded is its folded,
// space-collapsed form) is boilerplate, or "".
func classifyLine(line, folded string) string {
	if !hasAlnum(line) {
		return ReasonPunctuation
	}
	if isSlug(line) {
		return ReasonSlug
	}
	if t := strings.TrimLeft(line, " \t"); (strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "-") || strings.HasPrefix(t, "A post shared")) &&
		embedBylineRE.MatchString(line) {
		return ReasonEmbed
	}
	if strings.Count(line, "[") >= 2 && len(sectionTagRE.FindAllStringIndex(line, 3)) >= 2 {
		return ReasonRelatedPosts
	}
	words := countWords(folded)
	if words <= 60 && strings.Contains(line, "@") && followHandleRE.MatchString(line) {
		return ReasonShare
	}
	if words <= 40 && containsAny(folded, promoAnchors) && containsAny(folded, promoPhrases) {
		return ReasonShare
	}
	if words <= 15 && containsAny(folded, siteMessagePhrases) {
		return ReasonSiteMessage
	}
	// Bullets and arrows in front ("» Read more", "• Share") do not change
	// what a line is.
	folded = strings.TrimLeftFunc(folded, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	key := strings.TrimRight(folded, " :*.-–—|»>")
	if len(key) >= 2 && !('0' <= key[0] && key[0] <= '9') && !boilerplateStarts[[2]byte{key[0], key[1]}] {
		// No list below has an entry starting like this line (only the
		// comment count starts with a digit): most lines are prose.
		return ""
	}
	switch {
	case isReadAlso(folded, words):
		return ReasonReadAlso
	case commentExact[key] || hasAnyPrefix(folded, commentPrefixes) ||
		isCommentCount(key):
		return ReasonCommentForm
	case shareExact[key] || words <= 25 && hasAnyPrefix(folded, sharePrefixes) ||
		words <= 25 && isSignUp(folded):
		return ReasonShare
	case adExact[key] || words <= 40 && hasAnyPrefix(folded, adPrefixes):
		return ReasonAd
	case relatedHeadings[key] || words <= 6 && hasAnyPrefix(folded, relatedPrefixes) && !strings.ContainsAny(key, ".!?"):
		return ReasonRelatedPosts
	case isSourceSpam(folded):
		return ReasonSourceLine
	}
	return ""
}

// boilerplateStarts holds the first two bytes of every entry of the lists
// classifyLine matches a line's start or whole against, so that it can
// pass over a line no entry can match without trying each list.
var boilerplateStarts = func() map[[2]byte]bool {
	m := map[[2]byte]bool{}
	lists := [][]string{readAlsoPrefixes, commentPrefixes, sharePrefixes, signUpPrefixes, adPrefixes, sourcePrefixes, relatedPrefixes}
	for _, set := range []map[string]bool{commentExact, shareExact, adExact, relatedHeadings} {
		lists = append(lists, slices.Collect(maps.Keys(set)))
	}
	for _, list := range lists {
		for _, e := range list {
			if len(e) >= 2 {
				m[[2]byte{e[0], e[1]}] = true
			}
		}
	}
	return m
}()

// readAlsoPrefixes introduce a link to another article inserted into the
// body, in the languages the pipeline reads.
var readAlsoPrefixes = []string{
	"read also", "also read", "read more", "see also", "must read", "read next",
	"read the full story", "recommended reading", "related:", "more:",
	"don't miss", "dont miss",
	"related post:", "related story:", "related article:", "related reading:",
	"leer tambien", "lee tambien", "lea tambien", "te puede interesar",
	"leggi anche", "leggi pure", "lire aussi", "a lire aussi", "lire egalement",
	"voir aussi", "lesen sie auch", "mehr zum thema", "auch interessant",
	"leia tambem", "leia mais", "veja tambem", "читайте также", "читайте также:",
}

// isReadAlso reports a "Read also: <title>" insert: the prefix alone, or
// followed by a separator, or followed by a title-like rest (short, not
// ending like a sentence). "Read more reports, she said." stays.
func isReadAlso(folded string, words int) bool {
	p := matchPrefix(folded, readAlsoPrefixes)
	if p == "" {
		return false
	}
	rest := strings.TrimLeft(folded[len(p):], " ")
	if rest == "" || strings.HasSuffix(p, ":") {
		return true
	}
	switch rest[0] {
	case ':', '|', '-', '>', '(', '[':
		return true
	}
	if strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(rest)
	return words <= 20 && last != '.' && last != ','
}

var commentExact = setOf2(
	"leave a reply", "leave a comment", "leave a reply cancel reply", "cancel reply",
	"comment", "comments", "name", "email", "e-mail", "website", "post comment",
	"submit comment", "add comment", "reply", "view comments", "show comments",
	"deja un comentario", "lascia un commento", "laisser un commentaire",
	"schreibe einen kommentar", "deixe um comentario", "оставить комментарий",
)

var commentPrefixes = []string{
	"your email address will not be published", "required fields are marked",
	"save my name, email, and website", "save my name, email and website",
	"you must be logged in to post a comment", "you must log in to post a comment",
	"you must be logged in to comment", "log in to comment", "this site uses akismet",
	"notify me of follow-up comments", "notify me of new posts",
	"tu direccion de correo electronico no sera publicada",
	"il tuo indirizzo email non sara pubblicato",
	"votre adresse e-mail ne sera pas publiee",
	"deine e-mail-adresse wird nicht veroffentlicht",
	"o seu endereco de email nao sera publicado",
}

// isCommentCount reports "3 Comments", "12 comments".
func isCommentCount(key string) bool {
	n, rest, ok := strings.Cut(key, " ")
	return ok && (rest == "comments" || rest == "comment" || rest == "responses") &&
		strings.Trim(n, "0123456789") == ""
}

var shareExact = setOf2(
	"share", "share this", "share this article", "share this story", "share on",
	"like this", "like loading", "tweet", "facebook", "twitter", "whatsapp",
	"telegram", "linkedin", "pinterest", "reddit", "tumblr", "print", "x",
	"subscribe", "sign up", "log in", "sign in", "register",
	"share via", "copy link", "compartir", "condividi", "partager", "teilen",
	"compartilhar", "поделиться",
)

var sharePrefixes = []string{
	"share this:", "share this article", "share on facebook", "share on twitter",
	"click to share on", "click to email", "click to print", "click to share",
	"subscribe to our newsletter", "subscribe to our", "subscribe now",
	"follow us on", "follow us:",
	"join our newsletter", "get the latest news", "download our app",
	"siguenos en", "suscribete", "seguici su", "iscriviti alla newsletter",
	"suivez-nous sur", "abonnez-vous", "folgen sie uns", "abonnieren sie",
	"siga-nos", "assine a newsletter", "подписывайтесь на",
}

// signUpPrefixes start share prompts only when the line also speaks of
// what is signed up for: "Sign up for the draft fell" is news.
var signUpPrefixes = []string{"sign up for", "sign up to", "subscribe to", "register for"}

var signUpObjects = []string{"newsletter", "our ", "alerts", "updates", "daily",
	"weekly", "breaking news", "notifications", "briefing"}

func isSignUp(folded string) bool {
	if !hasAnyPrefix(folded, signUpPrefixes) {
		return false
	}
	padded := " " + folded + " "
	for _, o := range signUpObjects {
		if strings.Contains(padded, " "+o) {
			return true
		}
	}
	return false
}

// promoPhrases mark a subscription or newsletter pitch wherever they
// stand in a short line: "There's plenty more where that came from. Sign
// up for The Daily Float today…", "Get the day's top headlines delivered
// to your inbox every morning by subscribing to our newsletter". The line
// opens like prose, so the prefix lists miss it, but no report says this.
var promoPhrases = []string{
	"sign up for our", "subscribe to our", "subscribing to our",
	"to your inbox", "our email newsletters", "click here for more information",
	"click here to subscribe", "get the free daily newsletter",
}

// promoAnchors are words every promo phrase holds: most lines hold none,
// and looking for five costs a prose line less than looking for them all.
var promoAnchors = []string{"sign up", "subscrib", "inbox", "newsletter", "click here"}

// siteMessagePhrases mark what the page's own machinery says in a short
// line ("An error has occurred, please try again later."), left in the
// body when a widget failed as the page was saved.
// "An error occurred in the count" is news, so an error needs the
// request to try again.
var siteMessagePhrases = []string{
	"please try again", "try again later",
	"please enable javascript", "javascript is disabled", "javascript is required",
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

var adExact = setOf2(
	"advertisement", "advertisements", "sponsored", "sponsored content", "ad",
	"promoted", "story continues below advertisement", "continue reading below",
	"article continues below", "scroll to continue", "scroll to continue with content",
	"continue reading", "publicidad", "pubblicita", "publicite", "anzeige", "werbung",
	"реклама",
)

var adPrefixes = []string{
	"we use cookies", "this website uses cookies", "this site uses cookies",
	"by continuing to use this", "accept cookies", "accept all cookies",
	"by using this site, you agree", "this copy is for your personal, non-commercial use only",
	"all rights reserved", "this material may not be published, broadcast, rewritten", "utilizamos cookies", "usamos cookies",
	"questo sito utilizza cookie", "nous utilisons des cookies",
	"wir verwenden cookies", "мы используем cookie",
}

// embedBylineRE matches the byline an embedded post leaves in the text:
// "— Robert Maguire (@RobertMaguire_) November 18, 2019" under a tweet, "A
// post shared by … (@handle) on Nov 18, 2019" under an Instagram post.
// The post's own words stay (a quotation); its byline is not the article's
// and its date would land on the timeline.
var embedBylineRE = regexp.MustCompile(`^\s*(?:[—–-]+\s*[^()\n]{1,80}\(@\w{1,15}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}|A post shared by [^\n]{1,80}\(@[\w.]{1,30}\) on [A-Z][a-z]+\.? \d{1,2}, \d{4}[^\n]{0,30})\s*$`)

// followHandleRE matches the invitation to follow an account that ends a
// writer's note ("Email Tariq Malik at … or follow him @tariqjmalik. Follow
// us on Twitter @Spacedotcom"); the whole note is the outlet's promotion.
var followHandleRE = regexp.MustCompile(`(?i)\bfollow (?:us|him|her|them|me)\b[^.\n]{0,30}@\w`)

// sectionTagRE matches the section tag after a linked headline ("Plague
// fears grow [INSIGHT]", "Match report [VIDEO]"). Some sites glue several
// such links into one line of the body ("DON'T MISS … [WARNING]… [NEWS]");
// two tags on a line mark it as a list of links, whatever it starts with.
var sectionTagRE = regexp.MustCompile(`\[[A-Z][A-Z ]{1,14}\]`)

// relatedPrefixes open the headings of such lists that name a section
// ("Most read in world news", "More from Sport"), for short lines only.
var relatedPrefixes = []string{"most read in ", "most popular in ", "most viewed in ", "more from ", "more in ", "latest in ", "trending in ", "also in "}

// relatedHeadings open a list of links to other articles; the short title
// lines that follow go with them.
var relatedHeadings = setOf2(
	"related posts", "related post", "related articles", "related stories",
	"related news", "related", "post list", "hot news", "trending", "trending now",
	"trending news", "trending stories", "you may also like", "you might also like",
	"you may like", "more stories", "more news", "more from", "recommended",
	"recommended for you", "recommended stories", "popular posts", "popular news",
	"latest news", "latest posts", "latest stories", "most read", "most popular",
	"most viewed", "don't miss", "dont miss", "editor's picks", "editors' picks",
	"top stories", "read next", "what to read next", "also on", "previous post",
	"next post", "previous article", "next article", "noticias relacionadas",
	"articulos relacionados", "articoli correlati", "potrebbe interessarti",
	"articles similaires", "a lire aussi", "das konnte sie auch interessieren",
	"noticias relacionadas", "materias relacionadas", "похожие новости",
	"популярное",
)

// isListItem reports a line that is a title in a list of links rather
// than a paragraph: short and not a finished multi-word sentence.
func isListItem(line string) bool {
	words := countWords(line)
	if words > 18 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return words <= 10 || !isTerminator(last) && !isCloser(last)
}

// sourcePrefixes label an attribution line.
var sourcePrefixes = []string{
	"source:", "sources:", "via:", "source :", "fuente:", "fonte:", "source -",
	"quelle:", "источник:",
}

// isSourceSpam reports a short "Source: msn.com3"-style line that names a
// web address, not an outlet. "Source: El Diario" names the origin of a
// rewrite and stays in the text for provenance to read.
func isSourceSpam(folded string) bool {
	p := matchPrefix(folded, sourcePrefixes)
	if p == "" {
		return false
	}
	rest := strings.TrimSpace(folded[len(p):])
	if rest == "" {
		return true
	}
	if strings.ContainsRune(rest, ' ') {
		return false
	}
	return looksLikeHost(rest)
}

// looksLikeHost reports "msn.com", "www.example.org/x", "msn.com3": a dotted
// name ending in a letter run (a TLD) with optional trailing junk.
func looksLikeHost(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	host, _, _ := strings.Cut(s, "/")
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || dot == len(host)-1 {
		return false
	}
	tld := strings.TrimRight(host[dot+1:], "0123456789")
	if len(tld) < 2 {
		return false
	}
	for _, r := range tld {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isSlug reports a line that is a bare URL, a path, or a hyphenated URL slug
// ("us-russia-talks-former-officials-lavrov-2023").
func isSlug(line string) bool {
	if strings.ContainsFunc(line, isSpace) {
		return false
	}
	l := strings.ToLower(line)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") ||
		strings.HasPrefix(l, "www.") {
		return true
	}
	if strings.Count(line, "/") >= 2 && !strings.ContainsAny(line, "<>") {
		return true
	}
	parts := strings.FieldsFunc(line, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) < 4 {
		return false
	}
	for _, p := range parts {
		for _, r := range p {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// countWords counts space-separated fields of a collapsed string.
func countWords(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(strings.TrimSpace(s), " ") + 1
}

// matchPrefix returns the prefix of prefixes that s starts with as a whole
// word (followed by the end, a space or punctuation), or "".
func matchPrefix(s string, prefixes []string) string {
	for _, p := range prefixes {
		if !strings.HasPrefix(s, p) {
			continue
		}
		if len(s) == len(p) {
			return p
		}
		r, _ := utf8.DecodeRuneInString(s[len(p):])
		last, _ := utf8.DecodeLastRuneInString(p)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) || !unicode.IsLetter(last) {
			return p
		}
	}
	return ""
}

func hasAnyPrefix(s string, prefixes []string) bool {
	return matchPrefix(s, prefixes) != ""
}

func setOf2(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
