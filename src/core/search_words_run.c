/* SPDX-License-Identifier: MIT */
/* search_words_run.c - a query against the any-order index
 * (search_words.h): each query word's keys, the nodes every word is in,
 * then one hit per word in each such node. */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "regex_token.h"
#include "search_words_internal.h"
#include "status.h"
#include "text.h"

/* The query's distinct words, each with the keys (ids in w->keys) it
 * matches: keys[key_at[i], key_at[i + 1]) for word i. */
struct query_words {
	uint32_t *keys;
	size_t key_count, key_cap;
	size_t *key_at;
	size_t count, at_cap;
	char *buf; /* scratch: one folded word */
	size_t buf_cap;
};

static int push_key(struct query_words *q, uint32_t key)
{
	size_t first = q->key_at[q->count];
	for (size_t i = first; i < q->key_count; i++)
		if (q->keys[i] == key)
			return HN_OK;
	uint32_t *slot = grow_room(&q->keys, q->key_count, &q->key_cap,
				   sizeof *slot, 16);
	if (!slot)
		return HN_NOMEM;
	*slot = key;
	q->key_count++;
	return HN_OK;
}

/* The keys of the folded word s[0, n): a pack word's own keys; else, from
 * the dictionary when there is one, its lemmas that the pack holds; and
 * the word itself when the pack holds it as a lemma. */
static int word_keys(const struct search_words *w, struct lemma_dict *d,
		     const char *s, size_t n, struct query_words *q)
{
	uint32_t v = word_table_find(&w->vocab, s, n);
	if (v != WORD_TABLE_NONE) {
		int rc = HN_OK;
		for (uint32_t i = w->key_start[v];
		     rc == HN_OK && i < w->key_start[v + 1]; i++)
			rc = push_key(q, w->key_list[i]);
		return rc;
	}
	uint32_t key = word_table_find(&w->keys, s, n);
	int rc = key == WORD_TABLE_NONE ? HN_OK : push_key(q, key);
	char *lemmas = NULL;
	if (rc == HN_OK && d)
		rc = lemma_dict_stem(d, s, n, &lemmas);
	for (const char *p = lemmas; rc == HN_OK && p && *p;) {
		size_t len = strcspn(p, " ");
		key = word_table_find(&w->keys, p, len);
		if (key != WORD_TABLE_NONE)
			rc = push_key(q, key);
		p += len + (p[len] == ' ');
	}
	free(lemmas);
	return rc;
}

/* Whether the folded word s[0, n) came earlier in the query. */
static bool seen_before(const char *query, size_t upto, const char *s, size_t n,
			char *scratch)
{
	size_t pos = 0, start, end;
	while (lemma_next_word(query, upto, &pos, &start, &end))
		if (end - start == n) {
			lemma_fold(query + start, n, scratch);
			if (!memcmp(scratch, s, n))
				return true;
		}
	return false;
}

/* Reads the query's words. *unknown: a word with no key at all (then no
 * node can match). */
static int read_query(const struct search_words *w, struct lemma_dict *d,
		      const char *query, size_t len, struct query_words *q,
		      bool *unknown)
{
	size_t pos = 0, start, end;
	*unknown = false;
	/* key_at always holds count + 1 entries */
	size_t *first = grow_room(&q->key_at, 0, &q->at_cap, sizeof *first, 8);
	if (!first)
		return HN_NOMEM;
	*first = 0;
	int rc = HN_OK;
	bool drop_stop = search_words_drops_stop(query, len);
	while (rc == HN_OK && lemma_next_word(query, len, &pos, &start, &end)) {
		size_t n = end - start;
		char *grown = grow_bytes(q->buf, &q->buf_cap, 2 * n, 64);
		if (!grown)
			return HN_NOMEM;
		q->buf = grown;
		lemma_fold(query + start, n, grown);
		if ((drop_stop && search_words_is_stop(grown, n)) ||
		    seen_before(query, start, grown, n, grown + n))
			continue;
		size_t *at = grow_room(&q->key_at, q->count + 1, &q->at_cap,
				       sizeof *at, 8);
		if (!at)
			return HN_NOMEM;
		rc = word_keys(w, d, grown, n, q);
		*unknown |= q->key_count == q->key_at[q->count];
		q->key_at[++q->count] = q->key_count;
	}
	return rc;
}

static void query_free(struct query_words *q)
{
	free(q->keys);
	free(q->key_at);
	free(q->buf);
}

/* What a query marks: have[node] ends as the number of query words the
 * node holds (a word counts once: a node reaches i + 1 only from i);
 * row[r] whether row r holds a query word; key[k] whether key k is one
 * of a query word's. Only marked rows are read again for the hits, and
 * only their words with a marked key are compared. */
struct marks {
	uint32_t *have;
	unsigned char *row, *key;
};

static void count_nodes(const struct search_words *w,
			const struct query_words *q, struct marks *m)
{
	for (size_t i = 0; i < q->count; i++)
		for (size_t k = q->key_at[i]; k < q->key_at[i + 1]; k++) {
			uint32_t key = q->keys[k];
			m->key[key] = 1;
			for (uint32_t p = w->post_start[key];
			     p < w->post_start[key + 1]; p++) {
				uint32_t row = w->post_rows[p];
				uint32_t node = w->node_of[row];
				m->row[row] = 1;
				if (m->have[node] == i)
					m->have[node] = (uint32_t)i + 1;
			}
		}
}

/* Whether the vocab word v has a key of the query. */
static bool has_marked_key(const struct search_words *w, uint32_t v,
			   const unsigned char *key)
{
	for (uint32_t j = w->key_start[v]; j < w->key_start[v + 1]; j++)
		if (key[w->key_list[j]])
			return true;
	return false;
}

/* The query word (not yet found: found[i] false) that the vocab word v
 * matches, or q->count. */
static size_t match_word(const struct search_words *w,
			 const struct query_words *q, uint32_t v,
			 const bool *found)
{
	for (size_t i = 0; i < q->count; i++) {
		if (found[i])
			continue;
		for (size_t k = q->key_at[i]; k < q->key_at[i + 1]; k++)
			for (uint32_t j = w->key_start[v];
			     j < w->key_start[v + 1]; j++)
				if (w->key_list[j] == q->keys[k])
					return i;
	}
	return q->count;
}

struct hits {
	struct search_result *r;
	size_t cap;
};

static int add_hit(struct hits *h, size_t row, size_t start, size_t end,
		   size_t chars_before, const char *text)
{
	struct search_hit *hit =
		grow_room(&h->r->hits, h->r->count, &h->cap, sizeof *hit, 64);
	if (!hit)
		return HN_NOMEM;
	hit->row = row;
	hit->byte_start = start;
	hit->byte_end = end;
	hit->char_start = chars_before;
	hit->char_end =
		chars_before + utf8_count_valid(text + start, end - start);
	h->r->count++;
	return HN_OK;
}

/* One row's words: a hit for each query word found first here. */
static int row_hits(const struct search_words *w, const struct corpus *k,
		    uint32_t row, struct query_words *q, const struct marks *m,
		    bool *found, size_t *left, struct hits *h)
{
	struct text_field f = corpus_field(k, row);
	size_t pos = 0, start, end, chars = 0, counted = 0;
	while (*left && lemma_next_word(f.text, f.length, &pos, &start, &end)) {
		char *grown = grow_bytes(q->buf, &q->buf_cap, end - start, 64);
		if (!grown)
			return HN_NOMEM;
		q->buf = grown;
		lemma_fold(f.text + start, end - start, grown);
		uint32_t v = word_table_find(&w->vocab, grown, end - start);
		size_t i = v == WORD_TABLE_NONE || !has_marked_key(w, v, m->key)
				   ? q->count
				   : match_word(w, q, v, found);
		if (i == q->count)
			continue;
		chars += utf8_count_valid(f.text + counted, start - counted);
		counted = start;
		found[i] = true;
		(*left)--;
		if (add_hit(h, row, start, end, chars, f.text) != HN_OK)
			return HN_NOMEM;
	}
	return HN_OK;
}

/* The hits of the nodes every word is in, in tree order; a cancel is
 * looked for at every matching node. */
static int collect_hits(const struct search_words *w, const struct corpus *k,
			struct query_words *q, const struct marks *m,
			size_t max_hits, struct search_budget *b,
			struct search_result *out, size_t *nodes)
{
	struct hits h = {out, 0};
	bool *found = malloc(q->count);
	int rc = found ? HN_OK : HN_NOMEM;
	for (size_t n = 0; rc == HN_OK && n < w->node_count; n++) {
		if (m->have[n] != q->count)
			continue;
		if (search_budget_cancelled(b)) {
			rc = HN_LIMIT;
			break;
		}
		++*nodes;
		if (out->truncated || (max_hits && out->count >= max_hits)) {
			out->truncated = true;
			continue;
		}
		size_t left = q->count;
		memset(found, 0, q->count);
		for (uint32_t i = w->node_start[n];
		     rc == HN_OK && left && i < w->node_start[n + 1]; i++)
			if (m->row[w->node_rows[i]])
				rc = row_hits(w, k, w->node_rows[i], q, m,
					      found, &left, &h);
	}
	free(found);
	return rc;
}

int search_words_run(const struct search_words *w, const struct corpus *k,
		     const char *query, size_t len, struct lemma_dict *d,
		     size_t max_hits, struct search_result *out, size_t *nodes)
{
	return search_words_run_within(w, k, query, len, d, max_hits, NULL, out,
				       nodes);
}

int search_words_run_within(const struct search_words *w,
			    const struct corpus *k, const char *query,
			    size_t len, struct lemma_dict *d, size_t max_hits,
			    struct search_budget *b, struct search_result *out,
			    size_t *nodes)
{
	struct query_words q = {0};
	bool unknown;
	memset(out, 0, sizeof *out);
	*nodes = 0;
	int rc = read_query(w, d, query, len, &q, &unknown);
	if (rc == HN_OK && q.count && !unknown) {
		struct marks m = {
			calloc(w->node_count + 1, sizeof *m.have),
			calloc(w->rows + 1, 1),
			calloc(w->keys.count + 1, 1),
		};
		rc = m.have && m.row && m.key ? HN_OK : HN_NOMEM;
		if (rc == HN_OK) {
			count_nodes(w, &q, &m);
			rc = search_budget_cancelled(b)
				     ? HN_LIMIT
				     : collect_hits(w, k, &q, &m, max_hits, b,
						    out, nodes);
		}
		free(m.have);
		free(m.row);
		free(m.key);
	}
	query_free(&q);
	if (rc != HN_OK) {
		search_result_free(out);
		*nodes = 0;
	}
	return rc;
}

bool search_words_unknown(const struct search_words *w, const char *query,
			  size_t len)
{
	size_t pos = 0, start, end;
	char *buf = malloc(len + 1);
	bool unknown = false, drop_stop = search_words_drops_stop(query, len);
	while (buf && !unknown &&
	       lemma_next_word(query, len, &pos, &start, &end)) {
		size_t n = end - start;
		lemma_fold(query + start, n, buf);
		unknown = !(drop_stop && search_words_is_stop(buf, n)) &&
			  word_table_find(&w->vocab, buf, n) == WORD_TABLE_NONE;
	}
	free(buf);
	return unknown;
}

/* Whether pattern shows a regex's own syntax, read by regex_token: an
 * escape, an anchor, a class, an alternative, a count ({2}), or «.»
 * before a letter (any character). Brackets, «+», «*», «?» and a «.»
 * that ends a word are prose as well. */
static bool looks_like_regex(const char *p, size_t len)
{
	struct regex_tokens t;
	struct regex_token tok;

	regex_tokens_start(&t, p, len);
	while (regex_token_next(&t, &tok)) {
		size_t after = tok.start + tok.len;

		switch (tok.kind) {
		case REGEX_TOK_ESCAPE:
		case REGEX_TOK_CLASS_OPEN:
		case REGEX_TOK_ALT:
		case REGEX_TOK_ANCHOR:
		case REGEX_TOK_BRACE:
			return true;
		case REGEX_TOK_QUANT:
			if (p[tok.start] == '{')
				return true;
			break;
		case REGEX_TOK_ANY:
			if (after < len && !strchr(" .?!", p[after]))
				return true;
			break;
		default:
			break;
		}
	}
	return false;
}

bool search_words_wanted(const char *pattern, size_t len, unsigned flags,
			 bool plain)
{
	size_t pos = 0, start, end;
	if (flags & (SEARCH_CASE_SENSITIVE | SEARCH_FIXED))
		return false;
	if (!plain && looks_like_regex(pattern, len))
		return false;
	return lemma_next_word(pattern, len, &pos, &start, &end);
}
