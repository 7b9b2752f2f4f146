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
/* The same, stopped as soon as b's cancel flag is set
 * (search_budget_cancelled): then HN_LIMIT, *out NULL and b->cancelled.
 * The budget's clock is not read: building costs what the corpus's size
 * does, bounded as loading it was. NULL b: never stopped. */
int search_words_build_within(const struct corpus *k,
			      const struct lemma_map *map,
			      struct search_budget *b,
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
 * pattern has a word; flags (enum search_flags) ask for neither case nor
 * plain text (-F), which say "exactly this"; and it is no regex: plain
 * (it was none and was searched as text: «возврат(», «*возврат») or
 * without a regex's own syntax (an escape, ^ $ | [ ] { }, or «.» before a
 * letter). Brackets, «+», «*», «?» and a «.» ending a word are prose too
 * («вернуть деньги (срочно)», «как вернуть деньги?»). --any-order and
 * the like ask for it regardless. */
bool search_words_wanted(const char *pattern, size_t len, unsigned flags,
			 bool plain);

/* Stop words: Russian function words (prepositions, conjunctions,
 * particles, pronouns: «как», «в», «не», «мне»...; one table in
 * src/core/search_words_stop.c) that a search by words leaves out of a
 * query, unless the query has nothing else. search_words_run and
 * search_words_unknown read a query this way; search_words_ignored says
 * which words that left out. */
/* Whether the folded word (lemma_fold) s[0, n) is a stop word. */
bool search_words_is_stop(const char *folded, size_t n);
/* Whether the query's stop words are left out: it has another word. */
bool search_words_drops_stop(const char *query, size_t len);
/* The words left out of the query, as typed, joined by ", ": a malloc'd
 * string in *out, NULL when none. HN_OK; HN_NOMEM. */
int search_words_ignored(const char *query, size_t len, char **out);
/* The heading of the list of a search by words, the same in the
 * navigator and --search: «по отдельным словам: N», the words left out
 * («, без слов: как, за») and whether the list stops short of the nodes
 * (truncated). A malloc'd string in *out. HN_OK; HN_NOMEM. */
int search_words_heading(const char *query, size_t len, size_t nodes,
			 bool truncated, char **out);

/* Whether a word of the query (stop words aside) is not in the index: only the dictionary
 * could give its lemmas. */
bool search_words_unknown(const struct search_words *w, const char *query,
			  size_t len);

/* The words of query (stop words aside), in any order, by lemma: for each matching node, in
 * tree order, one hit for the first place each word is found in it.
 * *nodes is the number of matching nodes (all of them, even when the hits
 * stop at max_hits, 0 = no cap). d (NULL: none) gives lemmas for a query
 * word the index does not hold; without it such a word matches only its
 * own form. HN_OK and out filled (search_result_free releases it);
 * HN_NOMEM. A query without words finds nothing. */
int search_words_run(const struct search_words *w, const struct corpus *k,
		     const char *query, size_t len, struct lemma_dict *d,
		     size_t max_hits, struct search_result *out, size_t *nodes);
/* The same, stopped as soon as b's cancel flag is set: HN_LIMIT, out
 * empty, b->cancelled set (the clock is not read). NULL b: never. */
int search_words_run_within(const struct search_words *w,
			    const struct corpus *k, const char *query,
			    size_t len, struct lemma_dict *d, size_t max_hits,
			    struct search_budget *b, struct search_result *out,
			    size_t *nodes);

/* The words of text[0, len) that meet a word of query by lemma, as
 * search_words_run matches them (caseless, ё = е, «вернёт» for
 * «вернуть»): what a page found by words highlights. *out (malloc'd, the
 * caller frees it) gets their byte spans in text order as hits (row 0),
 * *count how many. HN_OK; HN_NOMEM. A query without words meets none. */
int search_words_spans(const struct search_words *w, const char *query,
		       size_t qlen, const char *text, size_t len,
		       struct search_hit **out, size_t *count);

#endif
