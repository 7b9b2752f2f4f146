/* SPDX-License-Identifier: MIT */
/* search_hit_index.c - a search's hits sorted by their rows' texts
 * (search_hit_index.h): one sort per search, a binary search per text. */
#include "search_hit_index.h"

#include <stdlib.h>
#include <string.h>

#include "status.h"

struct entry {
	const char *text; /* the row's, in the corpus */
	struct search_hit hit;
};

struct search_hit_index {
	struct entry *e; /* by text, then row, then byte_start */
	size_t count;
	struct search_hit *hits; /* e's hits in the same order */
	/* a cut result: rows from this one on were not wholly searched (the
	 * search runs in row order and stops within the last row hit) */
	bool truncated;
	size_t cut_row;
};

static int by_text(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->text, y->text);

	if (c)
		return c;
	if (x->hit.row != y->hit.row)
		return x->hit.row < y->hit.row ? -1 : 1;
	if (x->hit.byte_start != y->hit.byte_start)
		return x->hit.byte_start < y->hit.byte_start ? -1 : 1;
	return 0;
}

int search_hit_index_build(const struct corpus *k,
			   const struct search_result *r,
			   struct search_hit_index **out)
{
	struct search_hit_index *x = calloc(1, sizeof *x);
	size_t n = r->count;

	*out = NULL;
	if (x) {
		x->e = malloc((n ? n : 1) * sizeof *x->e);
		x->hits = malloc((n ? n : 1) * sizeof *x->hits);
	}
	if (!x || !x->e || !x->hits) {
		search_hit_index_free(x);
		return HN_NOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		x->e[i].text = corpus_field(k, r->hits[i].row).text;
		x->e[i].hit = r->hits[i];
		if (r->hits[i].row > x->cut_row)
			x->cut_row = r->hits[i].row;
	}
	qsort(x->e, n, sizeof *x->e, by_text);
	for (size_t i = 0; i < n; i++)
		x->hits[i] = x->e[i].hit;
	x->count = n;
	x->truncated = r->truncated;
	*out = x;
	return HN_OK;
}

void search_hit_index_free(struct search_hit_index *x)
{
	if (!x)
		return;
	free(x->e);
	free(x->hits);
	free(x);
}

/* The first entry whose text is not below text. */
static size_t lower_bound(const struct search_hit_index *x, const char *text)
{
	size_t lo = 0, hi = x->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(x->e[mid].text, text) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool search_hit_index_find(const struct search_hit_index *x, const char *text,
			   const struct search_hit **hits, size_t *count)
{
	size_t i = lower_bound(x, text), n = 0;

	while (i + n < x->count && x->e[i + n].hit.row == x->e[i].hit.row &&
	       !strcmp(x->e[i + n].text, text))
		n++;
	*hits = x->hits + i;
	*count = n;
	/* no hit: a row after the cut may hold text; the cut row itself
	 * may have more hits than were kept */
	if (x->truncated && (!n || x->e[i].hit.row >= x->cut_row))
		return false;
	return true;
}
