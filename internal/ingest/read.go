package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/store"
)

// StoryDocument builds the report document of one stored story, analysing
// it first when its stored analysis is missing or older than its articles.
func StoryDocument(ctx context.Context, st store.Store, id string) (*report.Document, error) {
	s, err := st.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	an, err := st.Analysis(ctx, s.ID)
	if errors.Is(err, store.ErrNotFound) || (err == nil && an.Version != s.Version) {
		if err := Reanalyse(ctx, st, s.ID); err != nil {
			return nil, err
		}
		an, err = st.Analysis(ctx, s.ID)
	}
	if err != nil {
		return nil, err
	}
	var rs report.Story
	if err := json.Unmarshal(an.Doc, &rs); err != nil {
		return nil, fmt.Errorf("story %s: stored analysis: %w", s.ID, err)
	}
	if rs.History, err = history(ctx, st, s.ID); err != nil {
		return nil, err
	}
	// The topic is read now, not with the analysis: it changes as other
	// stories grow, without a change to this one.
	if rs.Topic, rs.Related, err = related(ctx, st, s, &rs); err != nil {
		return nil, err
	}
	arts, err := st.StoryArticles(ctx, s.ID)
	if err != nil {
		return nil, err
	}
	doc := &report.Document{Stories: []report.Story{rs}, Errors: []report.InputError{}}
	for _, a := range arts {
		doc.Articles = append(doc.Articles, report.NewArticle(&a.Article, nil))
		doc.Stats.BoilerplateLines += len(a.Boilerplate)
	}
	doc.Stats.Articles = len(doc.Articles)
	return doc, nil
}

// maxRelated bounds the related stories a story document lists: a topic
// that runs for months gathers many, and the list of stories by topic
// (StoryQuery.Topic) has them all.
const maxRelated = 50

// maxSharedLookups bounds the entities of a story looked up in the other
// stories of its topic (one indexed query each) for Related.Shared.
const maxSharedLookups = 20

// related returns the stored story's topic and the other live stories of
// it, newest first, each with the names it shares with rs (the story's
// analysis); none when it is alone in its topic.
func related(ctx context.Context, st store.Store, s *store.Story, rs *report.Story) (string, []report.Related, error) {
	if s.Topic == "" {
		return "", nil, nil
	}
	page, err := st.Stories(ctx, store.StoryQuery{Topic: s.Topic, Limit: maxRelated + 1})
	if err != nil {
		return "", nil, err
	}
	var out []report.Related
	for _, o := range page.Stories {
		if o.ID != s.ID && len(out) < maxRelated {
			out = append(out, report.Related{ID: o.ID, Title: o.Title})
		}
	}
	if len(out) == 0 {
		return "", nil, nil
	}
	// Which of the story's names each related story also names: the
	// store indexes stories by entity name, so one query per name (the
	// most prominent few) answers for all of them.
	naming := map[string]map[string]bool{} // entity name -> related story IDs
	for i, e := range rs.Entities {
		if i == maxSharedLookups {
			break
		}
		page, err := st.Stories(ctx, store.StoryQuery{Topic: s.Topic, Entity: e.Name, Limit: maxRelated + 1})
		if err != nil {
			return "", nil, err
		}
		ids := map[string]bool{}
		for _, o := range page.Stories {
			ids[o.ID] = true
		}
		naming[e.Name] = ids
	}
	for i := range out {
		id := out[i].ID
		out[i].Shared = rs.SharedNames(func(name string) bool { return naming[name][id] })
	}
	return s.Topic, out, nil
}

// Listing is a stored story as lists show it.
func Listing(s store.Story) report.StoryListing {
	return report.StoryListing{ID: s.ID, Title: s.Title, Updated: s.Updated.UTC().Format(time.RFC3339), Articles: s.Articles,
		Outlets: s.Outlets, Origins: s.Origins, Divergences: s.Divergences, Analysed: s.Analysed, Topic: s.Topic}
}

// history is the story's merges and moves as the report shows them.
func history(ctx context.Context, st store.Store, id string) ([]report.Change, error) {
	evs, err := st.History(ctx, id, false)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	var out []report.Change
	for _, e := range evs {
		c := report.Change{Kind: e.Kind, Story: e.Story, From: e.From, To: e.To, At: e.At.UTC().Format(time.RFC3339)}
		if e.Kind == store.EventMerge {
			c.Merged = e.Other
		} else {
			c.Article = e.Other
		}
		out = append(out, c)
	}
	return out, nil
}
