/* SPDX-License-Identifier: MIT */
/* search_hit_index.h - a search's hits looked up by the text they are in,
 * so that a screen showing a content string highlights it from the hits
 * the search already found, without matching the pattern again.
 *
 * Texts are compared by content (strcmp), not by address: a shown string
 * and the corpus row holding it are separate copies (corpus.h). Two rows
 * with the same text have the same matches, so either row's hits do.
 *
 * Ownership: an index owns its copy of the hits; it points into the
 * corpus's texts, so it must not outlive the corpus. Immutable once
 * built. */
#ifndef HELPNAV_SEARCH_HIT_INDEX_H
#define HELPNAV_SEARCH_HIT_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus.h"
#include "search.h"

struct search_hit_index;

/* The hits of r (over the corpus k) by the text of their rows. HN_OK and
 * *out set; HN_NOMEM. */
int search_hit_index_build(const struct corpus *k,
			   const struct search_result *r,
			   struct search_hit_index **out);
void search_hit_index_free(struct search_hit_index *x);

/* The hits in a row whose text is text (NUL-terminated), in byte order:
 * *hits points into x, *count may be 0 (searched, nothing found). false
 * when the result does not tell: it was cut at its cap (r->truncated)
 * and text is not in a row wholly searched before the cut. */
bool search_hit_index_find(const struct search_hit_index *x, const char *text,
			   const struct search_hit **hits, size_t *count);

#endif
