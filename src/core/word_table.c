/* SPDX-License-Identifier: MIT */
/* word_table.c - a set of words with dense ids (word_table.h): FNV-1a
 * hashing and linear probing, grown at half full. */
#include "word_table.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "status.h"

enum { FIRST_SLOTS = 1024, FIRST_BYTES = 4096, FIRST_IDS = 256 };

static uint32_t hash_word(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot holding s, or the empty slot where it would go. */
static size_t probe(const struct word_table *t, const char *s, size_t len)
{
	size_t mask = t->slot_count - 1;
	size_t i = hash_word(s, len) & mask;
	while (t->slots[i]) {
		const char *w = word_table_word(t, t->slots[i] - 1);
		if (!strncmp(w, s, len) && w[len] == '\0')
			return i;
		i = (i + 1) & mask;
	}
	return i;
}

uint32_t word_table_find(const struct word_table *t, const char *s, size_t len)
{
	if (!t->slot_count)
		return WORD_TABLE_NONE;
	size_t i = probe(t, s, len);
	return t->slots[i] ? t->slots[i] - 1 : WORD_TABLE_NONE;
}

/* Twice the slots (FIRST_SLOTS at first), every id placed again. */
static int rehash(struct word_table *t)
{
	size_t n = t->slot_count ? t->slot_count * 2 : FIRST_SLOTS;
	uint32_t *slots = calloc(n, sizeof *slots);
	if (!slots)
		return HN_NOMEM;
	free(t->slots);
	t->slots = slots;
	t->slot_count = n;
	for (size_t id = 0; id < t->count; id++) {
		const char *w = word_table_word(t, (uint32_t)id);
		t->slots[probe(t, w, strlen(w))] = (uint32_t)id + 1;
	}
	return HN_OK;
}

int word_table_add(struct word_table *t, const char *s, size_t len,
		   uint32_t *id)
{
	if ((t->count + 1) * 2 > t->slot_count && rehash(t) != HN_OK)
		return HN_NOMEM;
	size_t slot = probe(t, s, len);
	if (t->slots[slot]) {
		*id = t->slots[slot] - 1;
		return HN_OK;
	}
	if (t->bytes_len + len + 1 > UINT32_MAX || t->count >= UINT32_MAX - 1)
		return HN_LIMIT;
	char *bytes = grow_bytes(t->bytes, &t->bytes_cap,
				 t->bytes_len + len + 1, FIRST_BYTES);
	if (!bytes)
		return HN_NOMEM;
	t->bytes = bytes;
	uint32_t *off = grow_room(&t->offsets, t->count, &t->offsets_cap,
				  sizeof *off, FIRST_IDS);
	if (!off)
		return HN_NOMEM;
	*off = (uint32_t)t->bytes_len;
	memcpy(t->bytes + t->bytes_len, s, len);
	t->bytes[t->bytes_len + len] = '\0';
	t->bytes_len += len + 1;
	*id = (uint32_t)t->count++;
	t->slots[slot] = *id + 1;
	return HN_OK;
}

void word_table_free(struct word_table *t)
{
	free(t->bytes);
	free(t->offsets);
	free(t->slots);
	memset(t, 0, sizeof *t);
}
