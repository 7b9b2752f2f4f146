/* SPDX-License-Identifier: MIT */
/* search_group.h - how many hits each node (page) of a search has, so that
 * a list of hits can say «9 совпадений на странице» at a node's first hit
 * instead of leaving a person to count repeated labels. --search and the
 * navigator both use it. */
#ifndef HELPNAV_SEARCH_GROUP_H
#define HELPNAV_SEARCH_GROUP_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus.h"
#include "search.h"

/* A node with at least this many hits gets its count shown. */
enum { SEARCH_MANY_HITS = 3 };

struct search_node_count {
	size_t hits; /* hits of r in the node of this hit */
	bool first;  /* this is its node's first hit in r's order */
	/* r was cut (truncated) in this node's rows: it may have more */
	bool more;
};

/* For each hit of r (in any order, e.g. ranked), its node's count: a
 * malloc'd array of r->count entries in *out (NULL when r is empty), which
 * the caller frees. HN_OK; HN_NOMEM. */
int search_node_counts(const struct corpus *k, const struct search_result *r,
		       struct search_node_count **out);

/* "совпадение", "совпадения" or "совпадений" as n asks (the catalogue's
 * plural rule when it translates the word). */
const char *search_hits_word(size_t n);

/* The label of a hit with its node's count when the hit is its node's
 * first and the node has SEARCH_MANY_HITS or more: "Возврат и обмен ›
 * Важно знать (9 совпадений на странице)", "9+" when there may be more;
 * else a copy of label. malloc'd; NULL when there is no memory. */
char *search_group_label(const char *label, const struct search_node_count *c);

#endif
