/* SPDX-License-Identifier: MIT */
/* cache_write.c - cache_write: a content to a cache file, atomically.
 *
 * The corpus goes first, laid out by corpus_lay_out; the lemma map
 * follows, then the records in the order of cache_records.h (the fields
 * are the corpus's rows, the number records come last). Strings are
 * shared by pointer, so a field's text and its block's text are stored
 * once; a text that folding leaves as it is is its searched text. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "cache_internal.h"
#include "cache_records.h"
#include "grow.h"
#include "status.h"
#include "text.h"

/* Pointer -> string offset + 1, open addressing. */
struct str_map {
	const char **keys;
	uint32_t *vals;
	size_t cap, count;
};

struct writer {
	const struct content *c;
	FILE *f;
	uint64_t strings_len;
	uint32_t *words;
	size_t count, cap;
	struct str_map map;
	uint32_t *rows; /* the corpus's row table */
	int status;
};

static size_t ptr_hash(const char *p, size_t cap)
{
	uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
	return (size_t)(h >> 17) & (cap - 1);
}

static bool map_grow(struct str_map *m)
{
	size_t cap = m->cap ? m->cap * 2 : 4096;
	const char **keys = calloc(cap, sizeof *keys);
	uint32_t *vals = calloc(cap, sizeof *vals);
	if (!keys || !vals) {
		free(keys);
		free(vals);
		return false;
	}
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->keys[i])
			continue;
		size_t j = ptr_hash(m->keys[i], cap);
		while (keys[j])
			j = (j + 1) & (cap - 1);
		keys[j] = m->keys[i];
		vals[j] = m->vals[i];
	}
	free(m->keys);
	free(m->vals);
	m->keys = keys;
	m->vals = vals;
	m->cap = cap;
	return true;
}

static void put(struct writer *w, uint32_t v)
{
	uint32_t *slot =
		grow_room(&w->words, w->count, &w->cap, sizeof *slot, 65536);
	if (!slot) {
		w->status = HN_NOMEM;
		return;
	}
	*slot = v;
	w->count++;
}

/* Appends s to the strings section; returns its offset + 1, or 0. */
static uint32_t add_string(struct writer *w, const char *s, size_t len)
{
	if (w->strings_len + len + 1 >= UINT32_MAX) {
		w->status = HN_LIMIT;
		return 0;
	}
	if (fwrite(s, 1, len + 1, w->f) != len + 1)
		w->status = HN_IO;
	uint32_t off = (uint32_t)w->strings_len + 1;
	w->strings_len += len + 1;
	return off;
}

/* The map's slot for s: its offset + 1 in vals, or an empty key. */
static size_t map_slot(struct writer *w, const char *s)
{
	if (w->map.count * 2 >= w->map.cap && !map_grow(&w->map)) {
		w->status = HN_NOMEM;
		return SIZE_MAX;
	}
	size_t j = ptr_hash(s, w->map.cap);
	while (w->map.keys[j] && w->map.keys[j] != s)
		j = (j + 1) & (w->map.cap - 1);
	return j;
}

/* Records that s is stored at ref, unless it already is somewhere. */
static void map_add(struct writer *w, const char *s, uint32_t ref)
{
	size_t j = map_slot(w, s);
	if (j == SIZE_MAX || w->map.keys[j])
		return;
	w->map.keys[j] = s;
	w->map.vals[j] = ref;
	w->map.count++;
}

static uint32_t string_ref(struct writer *w, const char *s, size_t len)
{
	if (!s || w->status != HN_OK)
		return 0;
	size_t j = map_slot(w, s);
	if (j == SIZE_MAX)
		return 0;
	if (!w->map.keys[j]) {
		w->map.keys[j] = s;
		w->map.vals[j] = add_string(w, s, len);
		w->map.count++;
	}
	return w->map.vals[j];
}

static void str(struct writer *w, const char *s)
{
	put(w, string_ref(w, s, s ? strlen(s) : 0));
}

/* One value of each kind of cache_records.h. */
static void put_STR(struct writer *w, const char *const *s)
{
	str(w, *s);
}

static void put_STR_REQ(struct writer *w, const char *const *s)
{
	str(w, *s);
}

static void put_U32(struct writer *w, const unsigned *v)
{
	put(w, *v);
}

static void put_BLOCK_KIND(struct writer *w, const enum block_kind *v)
{
	put(w, (uint32_t)*v);
}

static void put_CLAIM_STATUS(struct writer *w, const enum claim_status *v)
{
	put(w, (uint32_t)*v);
}

static void put_NUMBER_STATUS(struct writer *w, const enum number_status *v)
{
	put(w, (uint32_t)*v);
}

static void put_BLANK(struct writer *w, const enum blank_shape *v)
{
	put(w, (uint32_t)*v);
}

static void put_PHASE(struct writer *w, const enum check_phase *v)
{
	put(w, (uint32_t)*v);
}

static void put_CHANNEL_REF(struct writer *w, const struct channel *const *ch)
{
	put(w, (uint32_t)(*ch - w->c->channels));
}

/* A writer for each record of cache_records.h: put_ORIGIN... */
#define PUT_ONE(kind, m) put_##kind(w, &x->m);
#define PUT_ALL(kind, items, count) \
	put(w, (uint32_t)x->count); \
	for (size_t i = 0; i < x->count; i++) \
		put_##kind(w, &x->items[i]);
#define PUT_RECORD(kind, tag, LIST) \
	static void put_##kind(struct writer *w, const struct tag *x) \
	{ \
		LIST(PUT_ONE, PUT_ALL) \
	}
CACHE_RECORDS(PUT_RECORD)

/* A corpus sink (corpus_internal.h) into the file being written. */
struct file_sink {
	struct corpus_sink base;
	struct writer *w;
	char *fold;
	size_t fold_cap;
};

static uint32_t file_put(struct corpus_sink *sink, const char *s, size_t len,
			 bool fold, bool *changed)
{
	struct file_sink *fs = (struct file_sink *)sink;
	if (fold) {
		char *n = grow_bytes(fs->fold, &fs->fold_cap, len + 1, 4096);
		if (!n) {
			sink->status = HN_NOMEM;
			return 0;
		}
		fs->fold = n;
		memcpy(n, s, len);
		n[len] = '\0';
		*changed = text_fold_yo(n, len);
		s = n;
	}
	uint32_t ref = add_string(fs->w, s, len);
	sink->status = fs->w->status;
	return ref - 1;
}

/* The corpus of c goes first, laid out straight into the file; a
 * field's text is then stored once, for its row and for its record. */
static void corpus_part(struct writer *w, const struct content *c)
{
	struct file_sink fs = {.base = {file_put, HN_OK}, .w = w};
	w->rows =
		calloc(c->field_count + 1, CORPUS_ROW_WORDS * sizeof *w->rows);
	if (!w->rows) {
		w->status = HN_NOMEM;
		return;
	}
	corpus_lay_out(c, &fs.base, w->rows);
	free(fs.fold);
	if (w->status == HN_OK)
		w->status = fs.base.status;
	for (size_t i = 0; i < c->field_count && w->status == HN_OK; i++)
		map_add(w, c->fields[i].text,
			w->rows[i * CORPUS_ROW_WORDS + CORPUS_ROW_TEXT] + 1);
}

/* Appends the lemma map's pairs in its (sorted) order and the zeros up
 * to a word boundary; the header gets where they lie. */
static void lemma_part(struct writer *w, const struct lemma_map *m,
		       struct cache_header *h)
{
	static const char zeros[4];
	h->lemmas_off = h->table_off + cache_table_len(h);
	h->has_lemmas = m != NULL;
	for (size_t i = 0; m && i < m->count && w->status == HN_OK; i++) {
		const struct lemma_entry *e = &m->entries[i];
		size_t wl = strlen(e->word) + 1, ll = strlen(e->lemmas) + 1;
		if (fwrite(e->word, 1, wl, w->f) != wl ||
		    fwrite(e->lemmas, 1, ll, w->f) != ll)
			w->status = HN_IO;
		h->lemmas_len += wl + ll;
		h->lemma_count++;
	}
	size_t pad = (size_t)cache_lemmas_pad(h);
	if (fwrite(zeros, 1, pad, w->f) != pad)
		w->status = HN_IO;
}

/* Pads the strings to a word boundary and appends the table, the lemma
 * map and the stream. */
static void finish_sections(struct writer *w, const struct content *c,
			    const struct lemma_map *lemmas,
			    struct cache_header *h)
{
	static const char zeros[4];
	h->strings_off = sizeof *h;
	h->strings_len = w->strings_len;
	h->subjects_end = w->rows[c->field_count * CORPUS_ROW_WORDS];
	size_t pad = (4 - (sizeof *h + w->strings_len) % 4) % 4;
	h->table_off = h->strings_off + h->strings_len + pad;
	h->row_count = c->field_count;
	size_t rows = (c->field_count + 1) * CORPUS_ROW_WORDS;
	if (fwrite(zeros, 1, pad, w->f) != pad ||
	    fwrite(w->rows, 4, rows, w->f) != rows)
		w->status = HN_IO;
	lemma_part(w, lemmas, h);
	h->stream_off = h->lemmas_off + h->lemmas_len + cache_lemmas_pad(h);
	h->stream_len = (uint64_t)w->count * 4;
	h->file_size = h->stream_off + h->stream_len;
	if (fwrite(w->words, 4, w->count, w->f) != w->count || fflush(w->f))
		w->status = HN_IO;
}

static int write_all(FILE *f, const struct content *c,
		     const struct lemma_map *lemmas, uint64_t key)
{
	struct cache_header h = {
		.version = CACHE_VERSION, .header_size = sizeof h, .key = key};
	struct writer w = {.c = c, .f = f, .status = HN_OK};
	memcpy(h.magic, CACHE_MAGIC, sizeof CACHE_MAGIC);
	if (c->field_count >= UINT32_MAX / CORPUS_ROW_WORDS)
		return HN_LIMIT;
	if (fwrite(&h, sizeof h, 1, f) != 1)
		return HN_IO;
	corpus_part(&w, c);
	if (w.status == HN_OK)
		put_CONTENT(&w, c);
	if (w.status == HN_OK)
		finish_sections(&w, c, lemmas, &h);
	free(w.words);
	free(w.rows);
	free(w.map.keys);
	free(w.map.vals);
	if (w.status == HN_OK)
		w.status = cache_seal_file(fileno(f), &h);
	return w.status;
}

int cache_write(const char *path, const struct content *c,
		const struct lemma_map *lemmas, unsigned long long key)
{
	size_t n = strlen(path);
	char *tmp = malloc(n + 8);
	if (!tmp)
		return HN_NOMEM;
	memcpy(tmp, path, n);
	memcpy(tmp + n, ".XXXXXX", 8);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "w+") : NULL;
	int rc = f ? write_all(f, c, lemmas, key) : HN_IO;
	if (f && fclose(f) != 0 && rc == HN_OK)
		rc = HN_IO;
	else if (!f && fd >= 0)
		close(fd);
	if (rc == HN_OK && rename(tmp, path) != 0)
		rc = HN_IO;
	if (rc != HN_OK && fd >= 0)
		unlink(tmp);
	free(tmp);
	return rc;
}
