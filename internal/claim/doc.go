// Package claim is the pipeline stage after entity and provenance: it splits
// each article of one story into statements, aligns the statements across
// articles into claims (paraphrases, translations into English and partial
// restatements of the same fact become one claim, and a sentence stating
// two facts feeds the claim of each), counts how many
// independent origins carry each claim, labels claims as fact, commentary or
// filler, and finds where the aligned wordings diverge (numbers, dates,
// names, roles, quote speakers, meaning).
//
// An article in another language than most of the story's (a Russian
// edition of an English report) shares no words with its source, so its
// sentences are paired with the source's by package align and each
// translated statement joins the claim of the statement it translates;
// the two are compared only for what translation keeps (translate.go).
//
// It reads what textproc and entity put in news.Article (sentences, tokens,
// mentions) and asks the entity and provenance stages only through the
// small Names and Lineage interfaces defined here, so it depends on neither.
package claim
