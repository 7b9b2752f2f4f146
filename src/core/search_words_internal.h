/* SPDX-License-Identifier: MIT */
/* search_words_internal.h - the any-order index's layout, shared by
 * search_words.c (building it) and search_words_run.c (not installed).
 *
 * keys holds every folded word of the corpus and every lemma of one;
 * a word's keys are itself and its lemmas (key_list from key_start[v] to
 * key_start[v + 1] for word v of vocab). Key i is in the rows
 * post_rows[post_start[i], post_start[i + 1]), in row order without
 * repeats. A node is the rows of one path: node_of[row], and a node's
 * rows are node_rows[node_start[n], node_start[n + 1]); nodes are
 * numbered in the order their first row comes (tree order). */
#ifndef HELPNAV_SEARCH_WORDS_INTERNAL_H
#define HELPNAV_SEARCH_WORDS_INTERNAL_H

#include <stdint.h>

#include "search_words.h"
#include "word_table.h"

struct search_words {
	struct word_table vocab;
	uint32_t *key_start; /* vocab.count + 1 */
	uint32_t *key_list;
	struct word_table keys;
	uint32_t *post_start; /* keys.count + 1 */
	uint32_t *post_rows;
	uint32_t *node_of;    /* rows */
	uint32_t *node_start; /* node_count + 1 */
	uint32_t *node_rows;
	size_t rows, node_count;
};

#endif
