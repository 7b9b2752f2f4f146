/* SPDX-License-Identifier: MIT */
/* search_words.c - building the any-order index of a corpus
 * (search_words.h, layout in search_words_internal.h): the corpus is read
 * once, keeping each row's distinct words; from those, each key's rows are
 * counted, then placed. */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "search_words_internal.h"
#include "status.h"

/* A growable list of 32-bit numbers. */
struct u32s {
	uint32_t *v;
	size_t n, cap;
};

static int u32s_push(struct u32s *a, uint32_t x)
{
	uint32_t *slot = grow_room(&a->v, a->n, &a->cap, sizeof *slot, 256);
	if (!slot)
		return HN_NOMEM;
	*slot = x;
	a->n++;
	return HN_OK;
}

/* Adds the keys of the new vocab word v (itself and its lemmas). */
static int add_keys(struct search_words *w, const struct lemma_map *map,
		    const char *word, struct u32s *list)
{
	uint32_t id;
	int rc = word_table_add(&w->keys, word, strlen(word), &id);
	if (rc == HN_OK)
		rc = u32s_push(list, id);
	const char *lemmas = map ? lemma_map_find(map, word) : NULL;
	for (const char *p = lemmas; rc == HN_OK && p && *p;) {
		size_t n = strcspn(p, " ");
		rc = word_table_add(&w->keys, p, n, &id);
		if (rc == HN_OK && id != list->v[list->n - 1])
			rc = u32s_push(list, id);
		p += n + (p[n] == ' ');
	}
	return rc;
}

/* The vocab id of the folded word s[0, n), added with its keys when new. */
static int intern(struct search_words *w, const struct lemma_map *map,
		  const char *s, size_t n, struct u32s *starts,
		  struct u32s *list, uint32_t *v)
{
	size_t before = w->vocab.count;
	int rc = word_table_add(&w->vocab, s, n, v);
	if (rc != HN_OK || w->vocab.count == before)
		return rc;
	rc = add_keys(w, map, word_table_word(&w->vocab, *v), list);
	return rc == HN_OK ? u32s_push(starts, (uint32_t)list->n) : rc;
}

/* The corpus read once: each row's distinct words (vocab ids), rows
 * [row_start[r], row_start[r + 1]) of words. */
struct walk {
	const struct lemma_map *map;
	struct u32s starts, list; /* the keys of each vocab word */
	struct u32s words, row_start;
	struct u32s last; /* by vocab id: the last row it was seen in + 1 */
	char *buf;
	size_t cap;
};

static int walk_row(struct search_words *w, struct walk *wk,
		    const struct text_field *f, uint32_t row)
{
	size_t pos = 0, start, end;
	int rc = HN_OK;
	while (rc == HN_OK &&
	       lemma_next_word(f->text, f->length, &pos, &start, &end)) {
		char *grown = grow_bytes(wk->buf, &wk->cap, end - start, 64);
		if (!grown)
			return HN_NOMEM;
		wk->buf = grown;
		lemma_fold(f->text + start, end - start, grown);
		uint32_t v;
		rc = intern(w, wk->map, grown, end - start, &wk->starts,
			    &wk->list, &v);
		if (rc == HN_OK && v == wk->last.n)
			rc = u32s_push(&wk->last, 0);
		if (rc == HN_OK && wk->last.v[v] != row + 1) {
			wk->last.v[v] = row + 1;
			rc = u32s_push(&wk->words, v);
		}
	}
	return rc == HN_OK ? u32s_push(&wk->row_start, (uint32_t)wk->words.n)
			   : rc;
}

/* Calls each(w, key, row, ctx) for every key of every distinct word of
 * every row, the rows in order: HN_OK, or HN_LIMIT once b is cancelled. */
typedef void (*key_fn)(struct search_words *w, uint32_t key, uint32_t row,
		       uint32_t *ctx);

static int each_key(struct search_words *w, const struct walk *wk, key_fn each,
		    uint32_t *ctx, struct search_budget *b)
{
	for (uint32_t r = 0; r < w->rows; r++) {
		if (search_budget_cancelled(b))
			return HN_LIMIT;
		for (uint32_t i = wk->row_start.v[r];
		     i < wk->row_start.v[r + 1]; i++) {
			uint32_t v = wk->words.v[i];
			for (uint32_t j = wk->starts.v[v];
			     j < wk->starts.v[v + 1]; j++)
				each(w, wk->list.v[j], r, ctx);
		}
	}
	return HN_OK;
}

/* Pass one: how many rows each key is in (counts[key]); last[key] holds
 * the last row counted + 1, as two words of ctx per key. */
static void count_key(struct search_words *w, uint32_t key, uint32_t row,
		      uint32_t *ctx)
{
	uint32_t *count = ctx + 2 * (size_t)key;
	(void)w;
	if (count[1] == row + 1)
		return;
	count[1] = row + 1;
	count[0]++;
}

/* Pass two: each row placed in its keys' lists (ctx[key] is the next
 * free place). */
static void place_key(struct search_words *w, uint32_t key, uint32_t row,
		      uint32_t *ctx)
{
	if (ctx[key] > w->post_start[key] && w->post_rows[ctx[key] - 1] == row)
		return;
	w->post_rows[ctx[key]++] = row;
}

/* The rows read once, then post_start and post_rows; a cancel is looked
 * for at every row of each pass. */
static int build_postings(struct search_words *w, const struct corpus *k,
			  struct walk *wk, struct search_budget *b)
{
	int rc = u32s_push(&wk->row_start, 0);
	for (size_t r = 0; r < w->rows && rc == HN_OK; r++) {
		struct text_field f = corpus_field(k, r);
		rc = search_budget_cancelled(b)
			     ? HN_LIMIT
			     : walk_row(w, wk, &f, (uint32_t)r);
	}
	size_t keys = w->keys.count, total = 0;
	uint32_t *ctx = rc == HN_OK ? calloc(2 * keys + 1, sizeof *ctx) : NULL;
	w->post_start = ctx ? calloc(keys + 1, sizeof(uint32_t)) : NULL;
	if (rc == HN_OK && !w->post_start)
		rc = HN_NOMEM;
	if (rc == HN_OK)
		rc = each_key(w, wk, count_key, ctx, b);
	for (size_t i = 0; rc == HN_OK && i < keys; i++) {
		w->post_start[i] = (uint32_t)total;
		total += ctx[2 * i];
		if (total > UINT32_MAX)
			rc = HN_LIMIT;
	}
	if (rc == HN_OK) {
		w->post_start[keys] = (uint32_t)total;
		w->post_rows = malloc((total ? total : 1) * sizeof(uint32_t));
		rc = w->post_rows ? HN_OK : HN_NOMEM;
	}
	if (rc == HN_OK) {
		memcpy(ctx, w->post_start, keys * sizeof *ctx);
		rc = each_key(w, wk, place_key, ctx, b);
	}
	free(ctx);
	return rc;
}

/* node_of, node_start and node_rows from the rows' paths. */
static int build_nodes(struct search_words *w, const struct corpus *k,
		       struct search_budget *b)
{
	struct word_table paths = {0};
	int rc = HN_OK;
	w->node_of = malloc((w->rows ? w->rows : 1) * sizeof(uint32_t));
	w->node_rows = malloc((w->rows ? w->rows : 1) * sizeof(uint32_t));
	if (!w->node_of || !w->node_rows)
		rc = HN_NOMEM;
	for (size_t r = 0; r < w->rows && rc == HN_OK; r++) {
		const char *p = corpus_field(k, r).path;
		rc = search_budget_cancelled(b)
			     ? HN_LIMIT
			     : word_table_add(&paths, p, strlen(p),
					      &w->node_of[r]);
	}
	w->node_count = paths.count;
	word_table_free(&paths);
	w->node_start = rc == HN_OK
				? calloc(w->node_count + 1, sizeof(uint32_t))
				: NULL;
	if (!w->node_start)
		return rc == HN_OK ? HN_NOMEM : rc;
	for (size_t r = 0; r < w->rows; r++)
		w->node_start[w->node_of[r] + 1]++;
	for (size_t n = 0; n < w->node_count; n++)
		w->node_start[n + 1] += w->node_start[n];
	for (size_t r = 0; r < w->rows; r++) /* counting sort, stable */
		w->node_rows[w->node_start[w->node_of[r]]++] = (uint32_t)r;
	for (size_t n = w->node_count; n > 0; n--)
		w->node_start[n] = w->node_start[n - 1];
	w->node_start[0] = 0;
	return HN_OK;
}

int search_words_build(const struct corpus *k, const struct lemma_map *map,
		       struct search_words **out)
{
	return search_words_build_within(k, map, NULL, out);
}

int search_words_build_within(const struct corpus *k,
			      const struct lemma_map *map,
			      struct search_budget *b,
			      struct search_words **out)
{
	struct search_words *w = calloc(1, sizeof *w);
	struct walk wk = {map, {0}, {0}, {0}, {0}, {0}, NULL, 0};
	*out = NULL;
	if (!w)
		return HN_NOMEM;
	w->rows = corpus_count(k);
	int rc = w->rows < UINT32_MAX ? u32s_push(&wk.starts, 0) : HN_LIMIT;
	if (rc == HN_OK)
		rc = build_postings(w, k, &wk, b);
	if (rc == HN_OK)
		rc = build_nodes(w, k, b);
	free(wk.buf);
	free(wk.words.v);
	free(wk.row_start.v);
	free(wk.last.v);
	w->key_start = wk.starts.v;
	w->key_list = wk.list.v;
	if (rc != HN_OK) {
		search_words_free(w);
		return rc;
	}
	*out = w;
	return HN_OK;
}

void search_words_free(struct search_words *w)
{
	if (!w)
		return;
	word_table_free(&w->vocab);
	word_table_free(&w->keys);
	free(w->key_start);
	free(w->key_list);
	free(w->post_start);
	free(w->post_rows);
	free(w->node_of);
	free(w->node_start);
	free(w->node_rows);
	free(w);
}

int search_words_map_fields(const struct text_field *fields, size_t n,
			    struct lemma_dict *d, struct lemma_map *out)
{
	const char **texts = malloc((n ? n : 1) * sizeof *texts);
	size_t *lens = malloc((n ? n : 1) * sizeof *lens);
	int rc = texts && lens ? HN_OK : HN_NOMEM;
	for (size_t i = 0; rc == HN_OK && i < n; i++) {
		texts[i] = fields[i].text;
		lens[i] = fields[i].length;
	}
	if (rc == HN_OK)
		rc = lemma_map_build(d, texts, lens, n, out);
	free(texts);
	free(lens);
	return rc;
}

int search_words_map(const struct corpus *k, struct lemma_dict *d,
		     struct lemma_map *out)
{
	size_t n = corpus_count(k);
	struct text_field *fields = malloc((n ? n : 1) * sizeof *fields);
	if (!fields)
		return HN_NOMEM;
	for (size_t i = 0; i < n; i++)
		fields[i] = corpus_field(k, i);
	int rc = search_words_map_fields(fields, n, d, out);
	free(fields);
	return rc;
}
