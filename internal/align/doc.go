// Package align finds which sentence of one article says what a sentence
// of another article, in another language, says. It sits beside the claim
// stage: stories group translations together (numbers and name skeletons
// link them), but claims are matched by shared stems, which translations
// do not share, so a translated report would show every statement as a
// single-source claim. The claim stage asks this package for the sentence
// pairs of two articles and treats each pair as one statement.
//
// No model or dictionary is needed. It is the length-based dynamic
// programme of Gale & Church (1993) over 1-1, 1-0, 0-1, 2-1 and 1-2 beads,
// strengthened with anchors that survive translation (Moore 2002):
// numbers written in any digits and separators, names compared by a
// transliterated consonant key, weekdays and months (package calendar),
// quotations, resolved entities when the caller has them, and cognates
// that keep their consonants (government, gouvernement). A pair's anchor
// evidence counts fully only from the weight of one strong anchor on, so
// that one shared weak key between two otherwise bare sentences is not
// taken for a translation. Pairs the evidence does not support are dropped, so a
// sentence one article added or left out stays unaligned.
package align
