// Package synth generates a large, realistic-looking synthetic news stream
// for load tests and benchmarks of ingestion: many concurrent stories, each
// retold by several outlets in paraphrase, with syndicated copies, spam
// inserts and re-sent duplicates. Everything is derived from a seed, so a
// stream can be reproduced exactly; nothing is read from disk or network.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/news"
)

// Config shapes a stream.
type Config struct {
	Seed uint64
	// StoryEvery is the mean number of articles between two new stories.
	StoryEvery int
	// Rate is how many articles are published per simulated hour.
	Rate int
	// Start is the publication time of the first article.
	Start time.Time
	// DuplicateShare and SyndicateShare are the shares of articles that are
	// exact re-sends of an earlier article and syndicated copies of one.
	DuplicateShare, SyndicateShare float64
}

func (c Config) withDefaults() Config {
	if c.StoryEvery <= 0 {
		c.StoryEvery = 8
	}
	if c.Rate <= 0 {
		c.Rate = 400
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2026, 1, 5, 6, 0, 0, 0, time.UTC)
	}
	if c.DuplicateShare == 0 {
		c.DuplicateShare = 0.03
	}
	if c.SyndicateShare == 0 {
		c.SyndicateShare = 0.07
	}
	return c
}

// Stream yields articles one at a time with constant memory: only the last
// few hundred stories are kept to draw retellings from.
type Stream struct {
	cfg     Config
	rng     *rand.Rand
	n       int
	stories []*event
	// recent holds copies of recent articles to duplicate or syndicate:
	// copies, because the consumer owns (and cleans) what Next returns.
	recent  []news.Article
	storyID int
}

type event struct {
	id        int
	sentences []string
	title     string
	people    []string
	place     string
	born      int // article index when the story started
}

// New returns a stream.
func New(cfg Config) *Stream {
	cfg = cfg.withDefaults()
	return &Stream{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))}
}

// Gold returns the synthetic story an article of the stream belongs to, its
// gold label for scoring the grouping. Next records it in the article's
// Source as "synth#<article>/<story>".
func Gold(a *news.Article) string { return storyOf(a.Source) }

const activeStories = 200

// Next returns the next article.
func (s *Stream) Next() *news.Article {
	i := s.n
	s.n++
	r := s.rng.Float64()
	if len(s.recent) > 0 && r < s.cfg.DuplicateShare {
		cp := s.recent[s.rng.IntN(len(s.recent))]
		cp.Source = fmt.Sprintf("synth#%d/%s", i, storyOf(cp.Source))
		return &cp
	}
	if len(s.recent) > 0 && r < s.cfg.DuplicateShare+s.cfg.SyndicateShare {
		orig := s.recent[s.rng.IntN(len(s.recent))]
		outlet := s.outlet()
		a := &news.Article{
			Source:    fmt.Sprintf("synth#%d/%s", i, storyOf(orig.Source)),
			Format:    "text",
			URL:       fmt.Sprintf("https://%s.example/%d", slug(outlet), i),
			Outlet:    outlet,
			Title:     orig.Title + " – " + outlet,
			Published: s.time(i),
			Text:      orig.Text + "\n\nThis article first appeared at " + orig.Outlet + ".",
		}
		s.remember(a)
		return a
	}
	if len(s.stories) == 0 || s.rng.IntN(s.cfg.StoryEvery) == 0 {
		s.stories = append(s.stories, s.newEvent(i))
		if len(s.stories) > activeStories {
			s.stories = s.stories[1:]
		}
	}
	// Recent stories get most of the coverage, as in a real news cycle.
	k := len(s.stories) - 1 - min(int(s.rng.ExpFloat64()*8), len(s.stories)-1)
	ev := s.stories[k]
	a := s.retell(ev, i)
	s.remember(a)
	return a
}

func storyOf(source string) string {
	if j := strings.LastIndexByte(source, '/'); j >= 0 {
		return source[j+1:]
	}
	return ""
}

func (s *Stream) remember(a *news.Article) {
	if len(s.recent) < 256 {
		s.recent = append(s.recent, *a)
		return
	}
	s.recent[s.rng.IntN(len(s.recent))] = *a
}

func (s *Stream) time(i int) time.Time {
	return s.cfg.Start.Add(time.Duration(i) * time.Hour / time.Duration(s.cfg.Rate))
}

func (s *Stream) outlet() string {
	return outletNames[s.rng.IntN(len(outletNames))] + " " + outletKinds[s.rng.IntN(len(outletKinds))]
}

func slug(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "")) }

// word makes a pronounceable invented word, so that the vocabulary grows
// with the stream as a real one does.
func (s *Stream) word(syll int) string {
	var b strings.Builder
	for range syll {
		b.WriteString(onsets[s.rng.IntN(len(onsets))])
		b.WriteString(vowels[s.rng.IntN(len(vowels))])
	}
	if s.rng.IntN(2) == 0 {
		b.WriteString(codas[s.rng.IntN(len(codas))])
	}
	return b.String()
}

func (s *Stream) name() string {
	w := s.word(2)
	return strings.ToUpper(w[:1]) + w[1:]
}

func (s *Stream) newEvent(i int) *event {
	s.storyID++
	ev := &event{id: s.storyID, born: i, place: s.name() + s.word(1)}
	for range 2 + s.rng.IntN(3) {
		ev.people = append(ev.people, s.name()+" "+s.name())
	}
	topic := topics[s.rng.IntN(len(topics))]
	// Event-specific nouns make each story's vocabulary its own.
	nouns := []string{s.word(2), s.word(3), s.word(2)}
	n := 14 + s.rng.IntN(10)
	for j := range n {
		p := ev.people[s.rng.IntN(len(ev.people))]
		tpl := templates[(j+s.rng.IntN(3))%len(templates)]
		sent := fmt.Sprintf(tpl, p, topic, ev.place, nouns[j%len(nouns)], 2+s.rng.IntN(400), weekdays[s.rng.IntN(7)])
		ev.sentences = append(ev.sentences, sent)
	}
	ev.title = fmt.Sprintf("%s: %s %s in %s", ev.people[0], topic, nouns[0], ev.place)
	return ev
}

// retell writes one outlet's version of an event: a subset of its
// statements, some paraphrased, sometimes with spam lines.
func (s *Stream) retell(ev *event, i int) *news.Article {
	outlet := s.outlet()
	var paras []string
	for _, sent := range ev.sentences {
		if s.rng.Float64() < 0.35 {
			continue
		}
		if s.rng.Float64() < 0.4 {
			sent = paraphrase(sent)
		}
		paras = append(paras, sent)
	}
	if s.rng.Float64() < 0.15 {
		paras = append(paras[:len(paras)/2], append([]string{"Read also: " + s.name() + " " + s.word(2) + " " + s.word(3)}, paras[len(paras)/2:]...)...)
	}
	if s.rng.Float64() < 0.1 {
		paras = append(paras, "Leave a Reply", "Your email address will not be published. Required fields are marked *")
	}
	return &news.Article{
		Source:    fmt.Sprintf("synth#%d/%d", i, ev.id),
		Format:    "text",
		URL:       fmt.Sprintf("https://%s.example/%d", slug(outlet), i),
		Outlet:    outlet,
		Title:     ev.title,
		Published: s.time(i),
		Text:      strings.Join(paras, "\n\n"),
	}
}

var paraphraser = strings.NewReplacer(
	" said ", " told reporters ", " announced ", " confirmed ", " officials ", " authorities ",
	" on ", " this ", " more than ", " over ", " plans ", " intends ", " residents ", " locals ",
)

func paraphrase(s string) string { return paraphraser.Replace(s) }

var (
	onsets      = []string{"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh", "ch"}
	vowels      = []string{"a", "e", "i", "o", "u", "ai", "ei", "ou"}
	codas       = []string{"n", "r", "s", "k", "l", "m", "t"}
	weekdays    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	outletNames = []string{"Harbour", "Valley", "Northern", "Coastal", "Capital", "Metro", "Island", "Prairie", "Lakeside", "Summit", "River", "Border"}
	outletKinds = []string{"Times", "Post", "Ledger", "Herald", "Daily", "Wire", "Observer", "Gazette", "Radio", "Today"}
	topics      = []string{"strike", "flood", "election", "merger", "trial", "fire", "summit", "protest", "budget", "outbreak", "landslide", "recall"}
	templates   = []string{
		"%[1]s said on %[6]s that the %[2]s in %[3]s had affected more than %[5]d residents.",
		"Officials in %[3]s announced an inquiry into the %[4]s after the %[2]s, %[1]s said.",
		"The %[4]s at the centre of the %[2]s was first reported on %[6]s, according to %[1]s.",
		"%[1]s plans to meet %[5]d representatives of the %[4]s committee in %[3]s.",
		"Residents of %[3]s described the %[2]s as the worst in decades, with %[5]d homes affected.",
		"The %[4]s agreement reached on %[6]s covers %[5]d workers, %[1]s said.",
	}
)
