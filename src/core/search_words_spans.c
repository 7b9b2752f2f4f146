/* SPDX-License-Identifier: MIT */
/* search_words_spans.c - where a text holds the words of a query, by
 * lemma (search_words.h): what a page found by the search by words
 * highlights. One tokenizer and one fold, lemma.h's, as the index. */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "search_words_internal.h"
#include "status.h"
#include "text.h"

/* The keys of the folded word s[0, n): a pack word's own (itself and its
 * lemmas), else the word itself when it is a lemma of the pack; *one
 * holds that single key. Returns how many, *keys pointing at them. */
static size_t keys_of(const struct search_words *w, const char *s, size_t n,
		      const uint32_t **keys, uint32_t *one)
{
	uint32_t v = word_table_find(&w->vocab, s, n);

	if (v != WORD_TABLE_NONE) {
		*keys = w->key_list + w->key_start[v];
		return w->key_start[v + 1] - w->key_start[v];
	}
	*one = word_table_find(&w->keys, s, n);
	*keys = one;
	return *one != WORD_TABLE_NONE;
}

/* Scratch for one folded word at a time. */
struct fold_buf {
	char *s;
	size_t cap;
};

static const char *fold(struct fold_buf *b, const char *s, size_t n)
{
	char *grown = grow_bytes(b->s, &b->cap, n, 64);

	if (grown) {
		b->s = grown;
		lemma_fold(s, n, grown);
	}
	return grown;
}

/* The keys of every word of query, repeats and all: few enough to scan. */
static int query_keys(const struct search_words *w, const char *query,
		      size_t len, struct fold_buf *b, uint32_t **out,
		      size_t *count)
{
	size_t pos = 0, start, end, cap = 0;

	while (lemma_next_word(query, len, &pos, &start, &end)) {
		const char *f = fold(b, query + start, end - start);
		const uint32_t *keys;
		uint32_t one;

		if (!f)
			return HN_NOMEM;
		size_t n = keys_of(w, f, end - start, &keys, &one);
		for (size_t i = 0; i < n; i++) {
			uint32_t *slot =
				grow_room(out, *count, &cap, sizeof **out, 16);
			if (!slot)
				return HN_NOMEM;
			*slot = keys[i];
			++*count;
		}
	}
	return HN_OK;
}

static bool meets(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < nb; j++)
			if (a[i] == b[j])
				return true;
	return false;
}

static int add_span(struct search_hit **out, size_t *count, size_t *cap,
		    const char *text, size_t start, size_t end, size_t *chars,
		    size_t *counted)
{
	struct search_hit *h = grow_room(out, *count, cap, sizeof *h, 16);

	if (!h)
		return HN_NOMEM;
	*chars += utf8_count_valid(text + *counted, start - *counted);
	*counted = start;
	*h = (struct search_hit){
		.byte_start = start,
		.byte_end = end,
		.char_start = *chars,
		.char_end =
			*chars + utf8_count_valid(text + start, end - start),
	};
	++*count;
	return HN_OK;
}

int search_words_spans(const struct search_words *w, const char *query,
		       size_t qlen, const char *text, size_t len,
		       struct search_hit **out, size_t *count)
{
	struct fold_buf b = {0};
	uint32_t *want = NULL;
	size_t nwant = 0, cap = 0, pos = 0, start, end, chars = 0, counted = 0;
	int rc = query_keys(w, query, qlen, &b, &want, &nwant);

	*out = NULL;
	*count = 0;
	while (rc == HN_OK && nwant &&
	       lemma_next_word(text, len, &pos, &start, &end)) {
		const char *f = fold(&b, text + start, end - start);
		const uint32_t *keys;
		uint32_t one;

		if (!f) {
			rc = HN_NOMEM;
			break;
		}
		size_t n = keys_of(w, f, end - start, &keys, &one);
		if (meets(keys, n, want, nwant))
			rc = add_span(out, count, &cap, text, start, end,
				      &chars, &counted);
	}
	free(b.s);
	free(want);
	if (rc != HN_OK) {
		free(*out);
		*out = NULL;
		*count = 0;
	}
	return rc;
}
