/* SPDX-License-Identifier: MIT */
/* corpus.h - the search corpus: every searchable text of a content, with
 * the node path and field name it belongs to, in a form search runs over
 * fast (search.h). A corpus is built from a loaded content
 * (corpus_build) or read from a pack's cache (cache.h); search hits name
 * its rows, and corpus_field resolves a row to its node path and text.
 *
 * Its texts are trusted to be valid UTF-8, as a content's are (content.h).
 *
 * Ownership: a corpus owns everything it points to (a built one its own
 * copies, a cached one the mapped file); corpus_free releases it. A corpus
 * does not point into the content it was built from. */
#ifndef HELPNAV_CORPUS_H
#define HELPNAV_CORPUS_H

#include <stddef.h>

#include "content.h"

struct corpus;

/* A corpus of c's fields, row i being c->fields[i]. HN_OK and *out set;
 * HN_NOMEM; HN_LIMIT when the texts pass the 32-bit offsets of a row. */
int corpus_build(const struct content *c, struct corpus **out);

void corpus_free(struct corpus *k);

struct lemma_map;

/* The lemma map of the pack's words (lemma.h) when k was read from a
 * cache that holds one or built from a content that has one, pointing
 * into k; NULL when it must be computed from the dictionary. */
const struct lemma_map *corpus_lemmas(const struct corpus *k);

/* Rows in k. */
size_t corpus_count(const struct corpus *k);

/* Row i (< corpus_count) as a field: its node path, field name and
 * original text, pointing into k (valid while k is). */
struct text_field corpus_field(const struct corpus *k, size_t i);

#endif
