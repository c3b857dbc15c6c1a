// Package textproc is the pipeline stage between extract and the analysis
// stages (dedup, cluster, entity, claim): it turns an Article's raw body into
// clean, analysable text.
//
// Process removes boilerplate that extraction leaves in plain text (inserted
// "Read also" links, comment forms, share prompts, related-post lists, URL
// slugs, repeated paragraphs), recording every removal in
// Article.Boilerplate so it can be audited, and then Analyze splits the
// clean text into sentences and tokens carrying byte offsets into
// Article.Text, detects the language and assigns the content-based ID.
// RemoveOutletBoilerplate works across a batch: lines that one outlet
// repeats under many of its articles are its template, not news.
//
// Everything here is pure and safe for concurrent use on distinct
// articles; the only shared state is the read-only language detector,
// built once on first use.
package textproc
