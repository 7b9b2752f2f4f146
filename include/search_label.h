/* SPDX-License-Identifier: MIT */
/* search_label.h - hits for people: each labelled with the Russian
 * breadcrumb of its node and its section ("Возврат и обмен › Важно
 * знать"), never an internal id, and ranked titles first, whole words
 * before matches inside a word, then in tree order (search_rank). --search and the
 * navigator both use these. */
#ifndef HELPNAV_SEARCH_LABEL_H
#define HELPNAV_SEARCH_LABEL_H

#include <stddef.h>

#include "corpus.h"
#include "search.h"

/* The node titles of a corpus, looked up by path (built once, in O(rows
 * log rows); immutable afterwards). Points into the corpus: free it
 * before the corpus. */
struct search_titles;

/* HN_OK and *out set; HN_NOMEM. */
int search_titles_build(const struct corpus *k, struct search_titles **out);
void search_titles_free(struct search_titles *t);

/* Row's label: "Возврат и обмен › Чат в приложении Ozon › Важно знать".
 * A path part with no title is named by its id, so nothing is hidden.
 * Returns a malloc'd string, or NULL when there is no memory. */
char *search_label(const struct search_titles *t, const struct corpus *k,
		   size_t row);

/* The section name of a field ("notes" -> "Важно знать"), translated;
 * the field name itself when it has none. */
const char *search_field_label(const char *field);

/* Reorders r's hits, keeping each row's hits together and in order:
 * rows whose field is a title first, then rows with a whole-word match,
 * then a match at a word's start («чате»), then the rest (inside a word:
 * «распечатана»), each group in row (tree) order. HN_OK; HN_NOMEM leaves
 * r as it was. */
int search_rank(const struct corpus *k, struct search_result *r);

#endif
