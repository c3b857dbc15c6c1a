// Package claim is the pipeline stage after entity and provenance: it splits
// each article of one story into statements, aligns the statements across
// articles into claims (paraphrases, translations into English and partial
// restatements of the same fact become one claim, and a sentence stating
// two facts feeds the claim of each), counts how many
// independent origins carry each claim, labels claims as fact, commentary or
// filler, and finds where the aligned wordings diverge (numbers, dates,
// names, roles, quote speakers, meaning).
//
// It reads what textproc and entity put in news.Article (sentences, tokens,
// mentions) and asks the entity and provenance stages only through the
// small Names and Lineage interfaces defined here, so it depends on neither.
package claim
