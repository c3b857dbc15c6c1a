// Package provenance is the stage after claim alignment's inputs are ready:
// given the articles of one story (already cleaned and tokenised by
// textproc) it finds the passages they share (winnowing fingerprints), the
// outlets they credit ("according to X", "told X", "Source: X"), and from
// both the derivation graph: which report is the origin, possibly absent
// from the corpus, and which articles are syndicated copies, rewrites,
// translations, quotations of it or independent reports. The claim package
// asks Graph.Origin for each sentence so it can count independent origins
// rather than outlets.
package provenance
