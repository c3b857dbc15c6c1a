package ingest

import "github.com/crosscheck-news/crosscheck/internal/store"

// moves collects the articles the grouping's move pass (run by Merge) took
// out of their story since the last batch. Articles still pending in this
// batch need no move: they are committed straight into their new story;
// the others become the batch's moves, so that the store agrees with the
// grouping once the batch is durable, and the story history records them.
func (in *Ingester) moves() []store.Move {
	var out []store.Move
	for _, m := range in.cl.Moves() {
		if in.ids[m.Article] {
			continue
		}
		// Resolved now: a story the move pass or the merge pass created and
		// folded within this batch was never stored under its own id.
		out = append(out, store.Move{Article: m.Article, From: in.cl.Resolve(m.From), To: in.cl.Resolve(m.To)})
	}
	return out
}
