/* SPDX-License-Identifier: MIT */
/* corpus_internal.h - the layout of a search corpus, shared by corpus.c,
 * search.c and the cache, which stores it as it is (not installed).
 *
 * strings holds "" at offset 0, then every row's searched text (its
 * folded copy: ё->е, Ё->Е, same length) back to back in row order, each
 * followed by a NUL, up to subjects_end; then whatever else the rows
 * name. Row i of CORPUS_ROW_WORDS 32-bit words holds the offsets in
 * strings of its searched text, its original text (the same offset when
 * folding changed nothing), its path and its field name; row count holds
 * only the end of the last searched text, so a row's length is the
 * distance to the next one's minus 1. The texts lie back to back so that
 * one pcre2_match or memchr covers many rows (search.c). */
#ifndef HELPNAV_CORPUS_INTERNAL_H
#define HELPNAV_CORPUS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "corpus.h"
#include "lemma.h"

enum {
	CORPUS_ROW_SUBJECT,
	CORPUS_ROW_TEXT,
	CORPUS_ROW_PATH,
	CORPUS_ROW_NAME,
	CORPUS_ROW_WORDS,
};

/* Zero bytes after a built corpus's strings: PCRE2's JIT reads up to a
 * vector past a subject's end (harmless, but memory checkers report it). */
#define CORPUS_SLACK ((size_t)64)

struct corpus {
	const char *strings;
	size_t strings_len; /* bytes, the last one a NUL */
	size_t subjects_end;
	const uint32_t *rows; /* count + 1 rows */
	size_t count;
	/* Where strings and rows live: a malloc'd block each, or one block
	 * holding a cache file as read (all owned). */
	char *own_strings;
	uint32_t *own_rows;
	void *own_block;
	/* The pack's lemma map, when the cache held one or the content had
	 * one (has_lemmas): its entries are owned, its strings in own_block
	 * or (a copy) its own. */
	struct lemma_map lemmas;
	bool has_lemmas;
};

/* Row i's searched text. */
static inline const char *corpus_subject(const struct corpus *k, size_t i)
{
	return k->strings + k->rows[i * CORPUS_ROW_WORDS + CORPUS_ROW_SUBJECT];
}

/* Bytes of row i's searched text (without its NUL). */
static inline size_t corpus_length(const struct corpus *k, size_t i)
{
	const uint32_t *r = k->rows + i * CORPUS_ROW_WORDS;
	return r[CORPUS_ROW_WORDS + CORPUS_ROW_SUBJECT] -
	       r[CORPUS_ROW_SUBJECT] - 1;
}

/* Where corpus_lay_out puts a corpus's strings: in memory (corpus_build)
 * or straight into a cache file (cache_write), so that writing a cache
 * does not need the corpus in memory too. */
struct corpus_sink {
	/* Appends len bytes of s and a NUL, ё-folded when fold (setting
	 * *changed when that changed a byte); returns the offset. On
	 * failure sets status (and the result does not matter). */
	uint32_t (*put)(struct corpus_sink *sink, const char *s, size_t len,
			bool fold, bool *changed);
	int status; /* HN_OK until a put fails */
};

/* Lays out c's fields through sink: "" first, then the searched texts,
 * then the other strings; rows (field_count + 1 rows) get the offsets. */
void corpus_lay_out(const struct content *c, struct corpus_sink *sink,
		    uint32_t *rows);

/* A corpus over the strings and rows of a cache file read into block
 * (malloc'd, or NULL when they lie in memory that outlives the corpus),
 * which must have been checked; it owns block, also when it returns NULL
 * (out of memory). */
struct corpus *corpus_from_block(void *block, const char *strings,
				 size_t strings_len, size_t subjects_end,
				 const uint32_t *rows, size_t count);

#endif
