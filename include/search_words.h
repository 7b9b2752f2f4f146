/* SPDX-License-Identifier: MIT */
/* search_words.h - the second search: when the phrase as typed finds
 * nothing (or when asked), a node (every row of one path) matches when it
 * holds every word of the query, in any order, each by lemma (lemma.h):
 * «деньги вернуть» finds «...вернёт деньги». Caseless, ё = е.
 *
 * An index of a corpus's words (their lemmas and the rows they are in) is
 * built once per corpus; each query then costs its words' rows, not the
 * corpus's size.
 *
 * Ownership: an index owns its copies of everything it needs (it points
 * into neither the corpus nor the map); search_words_free releases it. It
 * is immutable once built, so threads may share one. */
#ifndef HELPNAV_SEARCH_WORDS_H
#define HELPNAV_SEARCH_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus.h"
#include "lemma.h"
#include "search.h"

struct search_words;

/* The index of k's words, their lemmas from map. HN_OK and *out set;
 * HN_NOMEM; HN_LIMIT past 32-bit counts. */
int search_words_build(const struct corpus *k, const struct lemma_map *map,
		       struct search_words **out);
void search_words_free(struct search_words *w);

/* The lemma map of k's words from the dictionary d (for a pack other than
 * the built-in one): HN_OK and *out filled (lemma_map_free releases it);
 * HN_NOMEM. */
int search_words_map(const struct corpus *k, struct lemma_dict *d,
		     struct lemma_map *out);
/* The same for n fields of a content (content.h). */
int search_words_map_fields(const struct text_field *fields, size_t n,
			    struct lemma_dict *d, struct lemma_map *out);

/* Whether a search that found nothing is tried again word by word: the
 * pattern is words (no regex syntax: \ ^ $ . | ? * + ( ) [ ] { }, but
 * for «?», «.» and «!» at its end, as a question typed ends) and
 * flags (enum search_flags) ask for neither case nor plain text, which
 * say "exactly this". --any-order and the like ask for it regardless. */
bool search_words_wanted(const char *pattern, size_t len, unsigned flags);

/* Whether a word of the query is not in the index: only the dictionary
 * could give its lemmas. */
bool search_words_unknown(const struct search_words *w, const char *query,
			  size_t len);

/* The words of query, in any order, by lemma: for each matching node, in
 * tree order, one hit for the first place each word is found in it.
 * *nodes is the number of matching nodes (all of them, even when the hits
 * stop at max_hits, 0 = no cap). d (NULL: none) gives lemmas for a query
 * word the index does not hold; without it such a word matches only its
 * own form. HN_OK and out filled (search_result_free releases it);
 * HN_NOMEM. A query without words finds nothing. */
int search_words_run(const struct search_words *w, const struct corpus *k,
		     const char *query, size_t len, struct lemma_dict *d,
		     size_t max_hits, struct search_result *out, size_t *nodes);

/* The words of text[0, len) that meet a word of query by lemma, as
 * search_words_run matches them (caseless, ё = е, «вернёт» for
 * «вернуть»): what a page found by words highlights. *out (malloc'd, the
 * caller frees it) gets their byte spans in text order as hits (row 0),
 * *count how many. HN_OK; HN_NOMEM. A query without words meets none. */
int search_words_spans(const struct search_words *w, const char *query,
		       size_t qlen, const char *text, size_t len,
		       struct search_hit **out, size_t *count);

#endif
