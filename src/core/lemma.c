/* SPDX-License-Identifier: MIT */
/* lemma.c - words, their folded form, and the lemma map: looking a word
 * up, and computing a pack's map from the dictionary (lemma.h). */
#include "lemma.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "status.h"
#include "text.h"
#include "word_table.h"

static bool is_word_char(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		       (c >= 'A' && c <= 'Z');
	if (c >= 0xC0 && c <= 0x17F)
		return c != 0xD7 && c != 0xF7;
	return c >= 0x400 && c <= 0x481;
}

/* One character of valid UTF-8 at s[i]: ASCII and two-byte characters
 * (all of Cyrillic) decoded here, the rest by utf8_decode. */
static inline size_t next_char(const char *s, size_t len, size_t i,
			       uint32_t *cp)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if ((b & 0xE0) == 0xC0 && i + 1 < len) {
		*cp = (uint32_t)(b & 0x1F) << 6 |
		      ((unsigned char)s[i + 1] & 0x3F);
		return 2;
	}
	return utf8_decode(s + i, len - i, cp);
}

bool lemma_next_word(const char *s, size_t len, size_t *pos, size_t *start,
		     size_t *end)
{
	size_t i = *pos, n;
	uint32_t cp;

	for (; i < len; i += n) {
		n = next_char(s, len, i, &cp);
		if (is_word_char(cp))
			break;
	}
	if (i >= len) {
		*pos = len;
		return false;
	}
	*start = i;
	for (; i < len; i += n) {
		n = next_char(s, len, i, &cp);
		if (!is_word_char(cp))
			break;
	}
	*end = i;
	*pos = i;
	return true;
}

/* The lowercase partner of cp, for the letters whose partner is written
 * with as many bytes (so folding keeps every offset). */
static uint32_t to_lower(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0x410 && c <= 0x42F) ||
	    (c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	return c;
}

void lemma_fold(const char *s, size_t len, char *out)
{
	for (size_t i = 0, n; i < len; i += n) {
		uint32_t cp;
		n = next_char(s, len, i, &cp);
		uint32_t lower = to_lower(cp);
		if (lower == cp)
			memcpy(out + i, s + i, n);
		else
			utf8_encode(lower, out + i);
	}
	text_fold_yo(out, len);
}

const char *lemma_map_find(const struct lemma_map *m, const char *word)
{
	size_t lo = 0, hi = m->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(m->entries[mid].word, word);
		if (!cmp)
			return m->entries[mid].lemmas;
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Every folded word of the texts, once. */
static int collect_words(const char *const *texts, const size_t *lens, size_t n,
			 struct word_table *words)
{
	char *buf = NULL;
	size_t cap = 0;
	int rc = HN_OK;
	for (size_t i = 0; i < n && rc == HN_OK; i++) {
		size_t pos = 0, start, end;
		while (rc == HN_OK &&
		       lemma_next_word(texts[i], lens[i], &pos, &start, &end)) {
			char *grown = grow_bytes(buf, &cap, end - start, 64);
			if (!grown) {
				rc = HN_NOMEM;
				break;
			}
			buf = grown;
			lemma_fold(texts[i] + start, end - start, buf);
			uint32_t id;
			rc = word_table_add(words, buf, end - start, &id);
		}
	}
	free(buf);
	return rc;
}

static int by_word(const void *a, const void *b)
{
	return strcmp(((const struct lemma_entry *)a)->word,
		      ((const struct lemma_entry *)b)->word);
}

/* Appends "word\0lemmas\0" to the block; *at gets the word's offset. */
static int put_pair(char **block, size_t *len, size_t *cap, const char *word,
		    const char *lemmas, size_t *at)
{
	size_t wl = strlen(word) + 1, ll = strlen(lemmas) + 1;
	char *grown = grow_bytes(*block, cap, *len + wl + ll, 4096);
	if (!grown)
		return HN_NOMEM;
	*block = grown;
	*at = *len;
	memcpy(grown + *len, word, wl);
	memcpy(grown + *len + wl, lemmas, ll);
	*len += wl + ll;
	return HN_OK;
}

/* The block's pairs as sorted entries (offsets[i] is pair i's start). */
static int index_pairs(struct lemma_map *out, char *block,
		       const size_t *offsets, size_t count)
{
	struct lemma_entry *e = calloc(count ? count : 1, sizeof *e);
	if (!e)
		return HN_NOMEM;
	for (size_t i = 0; i < count; i++) {
		e[i].word = block + offsets[i];
		e[i].lemmas = e[i].word + strlen(e[i].word) + 1;
	}
	qsort(e, count, sizeof *e, by_word);
	out->entries = e;
	out->own_entries = e;
	out->own_block = block;
	out->count = count;
	return HN_OK;
}

int lemma_map_build(struct lemma_dict *d, const char *const *texts,
		    const size_t *lens, size_t n, struct lemma_map *out)
{
	struct word_table words = {0};
	char *block = NULL;
	size_t len = 0, cap = 0, count = 0, offs_cap = 0, *offs = NULL;
	memset(out, 0, sizeof *out);
	int rc = collect_words(texts, lens, n, &words);
	for (size_t id = 0; id < words.count && rc == HN_OK; id++) {
		const char *w = word_table_word(&words, (uint32_t)id);
		char *lemmas = NULL;
		rc = lemma_dict_stem(d, w, strlen(w), &lemmas);
		if (rc == HN_OK && lemmas[0] && strcmp(lemmas, w)) {
			size_t *at = grow_room(&offs, count, &offs_cap,
					       sizeof *offs, 256);
			rc = at ? put_pair(&block, &len, &cap, w, lemmas, at)
				: HN_NOMEM;
			count += rc == HN_OK;
		}
		free(lemmas);
	}
	if (rc == HN_OK)
		rc = index_pairs(out, block, offs, count);
	if (rc != HN_OK)
		free(block);
	free(offs);
	word_table_free(&words);
	return rc;
}

int lemma_map_index(const char *block, size_t len, size_t count,
		    struct lemma_map *out)
{
	memset(out, 0, sizeof *out);
	/* each pair takes at least 3 bytes: a letter and two NULs */
	if (count > len / 3)
		return HN_INVALID;
	struct lemma_entry *e = calloc(count ? count : 1, sizeof *e);
	if (!e)
		return HN_NOMEM;
	size_t pos = 0;
	bool ok = true;
	for (size_t i = 0; i < count && ok; i++) {
		const char *word = block + pos;
		size_t wl = strnlen(word, len - pos);
		ok = wl > 0 && wl < len - pos &&
		     (i == 0 || strcmp(e[i - 1].word, word) < 0);
		pos += ok ? wl + 1 : 0;
		size_t ll = ok ? strnlen(block + pos, len - pos) : 0;
		ok = ok && ll < len - pos;
		e[i] = (struct lemma_entry){word, block + pos};
		pos += ok ? ll + 1 : 0;
	}
	if (!ok || pos != len) {
		free(e);
		return HN_INVALID;
	}
	out->entries = e;
	out->own_entries = e;
	out->count = count;
	return HN_OK;
}

int lemma_map_copy(const struct lemma_map *from, struct lemma_map *out)
{
	char *block = NULL;
	size_t len = 0, cap = 0, at;
	int rc = HN_OK;
	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < from->count && rc == HN_OK; i++)
		rc = put_pair(&block, &len, &cap, from->entries[i].word,
			      from->entries[i].lemmas, &at);
	if (rc == HN_OK)
		rc = lemma_map_index(block ? block : "", len, from->count, out);
	if (rc != HN_OK) {
		free(block);
		return rc == HN_INVALID ? HN_NOMEM : rc;
	}
	out->own_block = block;
	return HN_OK;
}

void lemma_map_free(struct lemma_map *m)
{
	free(m->own_entries);
	free(m->own_block);
	memset(m, 0, sizeof *m);
}
