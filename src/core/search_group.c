/* SPDX-License-Identifier: MIT */
/* search_group.c - hits counted per node: the hits sorted by where their
 * node's path lies, then the runs of one path joined by its text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "search_group.h"
#include "status.h"

/* A hit by the address of its path: rows that follow each other share one
 * copy of their path (corpus.c), so sorting by address is cheap and puts
 * each such run together; runs of one node that lie apart hold equal
 * copies, which the groups then join. */
struct keyed {
	uintptr_t path;
	size_t at; /* the hit's index in the result */
};

struct group {
	const char *path;
	size_t from, to; /* its hits: keys[from, to), in result order */
};

static int by_address_then_place(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;

	if (x->path != y->path)
		return x->path < y->path ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const struct group *)a)->path,
		      ((const struct group *)b)->path);
}

/* The path of the last row searched: a result cut at its cap stopped
 * there, so that node may have more hits (rows are searched in order). */
static const char *cut_path(const struct corpus *k,
			    const struct search_result *r)
{
	size_t last = 0;

	if (!r->truncated)
		return NULL;
	for (size_t i = 0; i < r->count; i++)
		last = r->hits[i].row > last ? r->hits[i].row : last;
	return corpus_field(k, last).path;
}

/* Groups g[0, n) hold one node's hits: each gets the node's count, its
 * earliest the mark of the first. */
static void count_node(const struct keyed *keys, const struct group *g,
		       size_t n, const char *cut, struct search_node_count *out)
{
	size_t hits = 0, first = SIZE_MAX;
	bool more = cut && !strcmp(cut, g[0].path);

	for (size_t i = 0; i < n; i++) {
		hits += g[i].to - g[i].from;
		first = keys[g[i].from].at < first ? keys[g[i].from].at : first;
	}
	for (size_t i = 0; i < n; i++)
		for (size_t j = g[i].from; j < g[i].to; j++)
			out[keys[j].at] = (struct search_node_count){
				hits, keys[j].at == first, more};
}

/* keys sorted by address: its runs as groups, sorted by path. */
static size_t make_groups(const struct keyed *keys, size_t count,
			  struct group *g)
{
	size_t n = 0;

	for (size_t i = 0, end; i < count; i = end) {
		for (end = i + 1; end < count && keys[end].path == keys[i].path;
		     end++)
			;
		g[n++] = (struct group){(const char *)keys[i].path, i, end};
	}
	qsort(g, n, sizeof *g, by_path);
	return n;
}

int search_node_counts(const struct corpus *k, const struct search_result *r,
		       struct search_node_count **out)
{
	struct keyed *keys;
	struct group *g;
	const char *cut = cut_path(k, r);
	size_t n;

	*out = NULL;
	if (!r->count)
		return HN_OK;
	keys = malloc(r->count * sizeof *keys);
	g = malloc(r->count * sizeof *g);
	*out = calloc(r->count, sizeof **out);
	if (!keys || !g || !*out) {
		free(keys);
		free(g);
		free(*out);
		*out = NULL;
		return HN_NOMEM;
	}
	for (size_t i = 0; i < r->count; i++)
		keys[i] = (struct keyed){
			(uintptr_t)corpus_field(k, r->hits[i].row).path, i};
	qsort(keys, r->count, sizeof *keys, by_address_then_place);
	n = make_groups(keys, r->count, g);
	for (size_t i = 0, end; i < n; i = end) {
		for (end = i + 1; end < n && !strcmp(g[end].path, g[i].path);
		     end++)
			;
		count_node(keys, g + i, end - i, cut, *out);
	}
	free(keys);
	free(g);
	return HN_OK;
}

const char *search_hits_word(size_t n)
{
	const char *tr = dngettext(HELPNAV_TEXTDOMAIN, "совпадение",
				   "совпадений", (unsigned long)n);
	if (strcmp(tr, "совпадение") != 0 && strcmp(tr, "совпадений") != 0)
		return tr;
	if (n % 10 == 1 && n % 100 != 11)
		return "совпадение";
	if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20))
		return "совпадения";
	return "совпадений";
}

char *search_group_label(const char *label, const struct search_node_count *c)
{
	char *out;
	int n;

	if (!c || !c->first || c->hits < SEARCH_MANY_HITS)
		return strdup(label);
	n = snprintf(NULL, 0, _("%s (%zu%s %s на странице)"), label, c->hits,
		     c->more ? "+" : "", search_hits_word(c->hits));
	out = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (out)
		snprintf(out, (size_t)n + 1, _("%s (%zu%s %s на странице)"),
			 label, c->hits, c->more ? "+" : "",
			 search_hits_word(c->hits));
	return out;
}
