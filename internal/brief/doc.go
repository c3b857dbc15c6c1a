// Package brief is the last text stage of crosscheck's pipeline: from a
// story's articles and the claims and divergences the claim package found,
// it writes a short Markdown brief (a cited summary, the corroborated and
// the most specific single-source claims, the divergences and a timeline)
// in which every sentence cites the articles that say it, and it offers a
// plain extractive multi-document Summary (measured with this package's
// ROUGE on DUC 2004) whose selection the brief's summary shares. It never
// writes a statement of its own: sentences are the articles' own (the
// summary's lightly shortened, see tighten) or fixed templates filled with
// their facts.
package brief
