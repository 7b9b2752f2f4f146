/* SPDX-License-Identifier: MIT */
/* search_rank.c - the order hits are shown in: titles first, whole words,
 * then a word's start (its other forms: «чате»), then matches inside a
 * word («распечатана»), each group in tree order. */
#include <stdlib.h>
#include <string.h>

#include "search_label.h"
#include "status.h"
#include "text.h"

/* Letters and digits of the alphabets a help text uses; a match touching
 * one at either edge is inside a word. */
static bool is_word_char(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') ||
		       ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
	       (c >= 0x370 && c <= 0x52F);
}

/* The character that ends just before byte at (a valid UTF-8 text). */
static uint32_t char_before(const char *s, size_t at)
{
	uint32_t cp = 0;
	size_t start = at;

	while (start > 0 && ((unsigned char)s[start - 1] & 0xC0) == 0x80)
		start--;
	if (start > 0)
		start--;
	if (start < at)
		utf8_decode(s + start, at - start, &cp);
	return cp;
}

enum {
	RANK_TITLE,
	RANK_WORD,       /* the match is a whole word */
	RANK_WORD_START, /* it begins a word */
	RANK_INSIDE,     /* it starts inside a word */
};

static int hit_rank(const struct text_field *f, const struct search_hit *h)
{
	uint32_t after = 0;

	if (is_word_char(char_before(f->text, h->byte_start)))
		return RANK_INSIDE;
	if (h->byte_end < f->length)
		utf8_decode(f->text + h->byte_end, f->length - h->byte_end,
			    &after);
	return is_word_char(after) ? RANK_WORD_START : RANK_WORD;
}

struct group {
	size_t first, count; /* the row's hits in the result */
	size_t row;
	int rank;
};

static int by_rank(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return x->row < y->row ? -1 : x->row > y->row;
}

static int rank_of(const struct corpus *k, const struct search_hit *h, size_t n)
{
	struct text_field f = corpus_field(k, h->row);
	int best = RANK_INSIDE;

	if (!strcmp(f.field, "title"))
		return RANK_TITLE;
	for (size_t i = 0; i < n && best > RANK_WORD; i++) {
		int r = hit_rank(&f, &h[i]);

		best = r < best ? r : best;
	}
	return best;
}

/* The result's hits cut into groups of one row each. */
static size_t make_groups(const struct corpus *k, const struct search_result *r,
			  struct group *g)
{
	size_t n = 0;

	for (size_t i = 0; i < r->count;) {
		size_t j = i + 1;

		while (j < r->count && r->hits[j].row == r->hits[i].row)
			j++;
		g[n] = (struct group){i, j - i, r->hits[i].row, 0};
		g[n].rank = rank_of(k, &r->hits[i], j - i);
		n++;
		i = j;
	}
	return n;
}

int search_rank(const struct corpus *k, struct search_result *r)
{
	struct group *g = malloc((r->count ? r->count : 1) * sizeof *g);
	struct search_hit *out =
		malloc((r->count ? r->count : 1) * sizeof *out);
	size_t n, o = 0;

	if (!g || !out) {
		free(g);
		free(out);
		return HN_NOMEM;
	}
	n = make_groups(k, r, g);
	/* rows are unique, so the order is total and qsort is stable here */
	qsort(g, n, sizeof *g, by_rank);
	for (size_t i = 0; i < n; i++) {
		memcpy(out + o, r->hits + g[i].first, g[i].count * sizeof *out);
		o += g[i].count;
	}
	free(g);
	free(r->hits);
	r->hits = out;
	return HN_OK;
}
