package cluster

// mergeLocked joins stories whose similarity (average link over members,
// with the time decay) is at least MergeThreshold, the closest pair first
// and the later story into the earlier, until no pair qualifies: a story
// split early, before enough articles showed what the halves share, is made
// whole again. It computes all pair similarities once and then only those
// of each merged story, so a pass costs O(S²) dot products for S stories.
func (c *Online) mergeLocked() {
	n := len(c.stories)
	if n < 2 {
		return
	}
	in := interner{}
	terms := make([]packed, n)
	anchors := make([]packed, n)
	for i, s := range c.stories {
		terms[i], anchors[i] = in.pack(s.terms), in.pack(s.anchors)
	}
	similarity := func(i, j int) float64 {
		return c.storySimilarity(c.stories[i], c.stories[j], terms[i].dot(terms[j]), anchors[i].dot(anchors[j]))
	}
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range i {
			sim[i][j] = similarity(i, j)
			sim[j][i] = sim[i][j]
		}
	}
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	for {
		bi, bj, best := -1, -1, c.opt.MergeThreshold
		for i := range n {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < n; j++ {
				if alive[j] && sim[i][j] >= best {
					bi, bj, best = i, j, sim[i][j]
				}
			}
		}
		if bi < 0 {
			break
		}
		c.absorb(c.stories[bi], c.stories[bj])
		alive[bj] = false
		terms[bi], anchors[bi] = in.pack(c.stories[bi].terms), in.pack(c.stories[bi].anchors)
		for k := range n {
			if alive[k] && k != bi {
				sim[bi][k] = similarity(bi, k)
				sim[k][bi] = sim[bi][k]
			}
		}
	}
	kept := c.stories[:0]
	for i, s := range c.stories {
		if alive[i] {
			kept = append(kept, s)
		}
	}
	clear(c.stories[len(kept):])
	c.stories = kept
}

// storySimilarity is similarity for two stories, given the dot products of
// their term and anchor sums: average links over pairs of articles, terms
// counted over same-language pairs only.
func (c *Online) storySimilarity(a, b *story, termDot, anchorDot float64) float64 {
	ac := anchorDot / float64(a.count*b.count)
	pairs := sameLanguagePairs(a, b)
	var sim float64
	if pairs == 0 {
		sim = c.opt.CrossLingual * ac
	} else {
		tc := termDot / float64(pairs)
		sim = (1-c.opt.AnchorWeight)*tc + c.opt.AnchorWeight*ac
	}
	return sim * c.decay(gap(a.first, a.last, b.first, b.last))
}

// sameLanguagePairs counts the pairs of articles, one from each story, in
// the same language; all pairs when either story has no language recorded.
func sameLanguagePairs(a, b *story) int {
	if len(a.langs) == 0 || len(b.langs) == 0 {
		return a.count * b.count
	}
	n := 0
	for l, k := range a.langs {
		n += k * b.langs[l]
	}
	return n
}

// absorb moves story b into a.
func (c *Online) absorb(a, b *story) {
	a.articles = append(a.articles, b.articles...)
	a.merged = append(a.merged, b.id)
	a.merged = append(a.merged, b.merged...)
	a.terms.add(b.terms, 1)
	a.anchors.add(b.anchors, 1)
	a.count += b.count
	a.terms.prune(c.opt.MaxTerms)
	a.anchors.prune(c.opt.MaxTerms)
	if !b.first.IsZero() && (a.first.IsZero() || b.first.Before(a.first)) {
		a.first = b.first
	}
	if b.last.After(a.last) {
		a.last = b.last
	}
	for l, n := range b.langs {
		a.langs[l] += n
	}
	c.mergedInto[b.id] = a.id
}
