/* SPDX-License-Identifier: MIT */
/* search_needle.h - a literal every match must contain, looked for with
 * memchr before PCRE2 runs (search.c; not installed). */
#ifndef HELPNAV_SEARCH_NEEDLE_H
#define HELPNAV_SEARCH_NEEDLE_H

#include <stdbool.h>
#include <stddef.h>

#include "regex_literal.h"

struct search_needle {
	struct regex_needle lit; /* lit.len 0: no needle */
	size_t rare;             /* the byte of lit memchr looks for */
};

/* The needle of folded_pattern (as compiled: ё already folded), or none. */
void search_needle_prepare(struct search_needle *n, const char *folded_pattern,
			   size_t len, bool caseless);

/* The first place in [s, s + len) where the needle starts, or NULL. */
const char *search_needle_find(const struct search_needle *n, const char *s,
			       size_t len);

#endif
