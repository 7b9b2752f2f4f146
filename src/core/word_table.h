/* SPDX-License-Identifier: MIT */
/* word_table.h - a set of words, each given a dense id in the order first
 * seen (not installed): the lemma map's vocabulary and the any-order
 * search's index (lemma.c, search_words.c). Words are byte strings, kept
 * NUL-terminated back to back in one buffer.
 *
 * Ownership: a table owns its buffer and slots; word_table_free releases
 * them (a zeroed table is an empty one). */
#ifndef HELPNAV_WORD_TABLE_H
#define HELPNAV_WORD_TABLE_H

#include <stddef.h>
#include <stdint.h>

#define WORD_TABLE_NONE UINT32_MAX

struct word_table {
	char *bytes; /* the words, each followed by a NUL */
	size_t bytes_len, bytes_cap;
	uint32_t *offsets; /* id -> offset in bytes */
	size_t count, offsets_cap;
	uint32_t *slots;   /* open addressing: id + 1, 0 for empty */
	size_t slot_count; /* a power of two, at least twice count */
};

/* The id of s[0, len), added when new: HN_OK and *id set; HN_NOMEM;
 * HN_LIMIT past 32-bit offsets. */
int word_table_add(struct word_table *t, const char *s, size_t len,
		   uint32_t *id);

/* The id of s[0, len), or WORD_TABLE_NONE. */
uint32_t word_table_find(const struct word_table *t, const char *s, size_t len);

/* Word id as a NUL-terminated string, pointing into t. */
static inline const char *word_table_word(const struct word_table *t,
					  uint32_t id)
{
	return t->bytes + t->offsets[id];
}

void word_table_free(struct word_table *t);

#endif
