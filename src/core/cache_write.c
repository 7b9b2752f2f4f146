/* cache_write.c - cache_write: a content to a cache file, atomically.
 *
 * The stream order, mirrored by cache_read.c: text_valid;
 *   sources, channels, categories, pages: count, then each record;
 *   general checklist; fields: count, then path, field, text, folded,
 *   length. A record's strings, lists and origin follow its struct's
 *   member order. Strings are shared by pointer, so a field's text and its
 *   block's text are stored once, and so is a folded text equal to its
 *   original. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "cache_internal.h"
#include "grow.h"
#include "status.h"

/* Pointer -> string offset + 1, open addressing. */
struct str_map {
	const char **keys;
	uint32_t *vals;
	size_t cap, count;
};

struct writer {
	FILE *f;
	uint64_t strings_len;
	size_t fields_at;
	uint32_t *words;
	size_t count, cap;
	struct str_map map;
	uint32_t *subjects; /* each field's searched text, back to back */
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
	if (w->count == w->cap) {
		uint32_t *n = grow_array(w->words, &w->cap, sizeof *n, 65536);
		if (!n) {
			w->status = HN_NOMEM;
			return;
		}
		w->words = n;
	}
	w->words[w->count++] = v;
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

static void origin(struct writer *w, const struct origin *o)
{
	str(w, o->file);
	put(w, o->line);
	put(w, o->col);
}

static void sources(struct writer *w, const struct source_list *l)
{
	put(w, (uint32_t)l->count);
	for (size_t i = 0; i < l->count; i++)
		str(w, l->ids[i]);
}

static void blocks(struct writer *w, const struct block_list *l)
{
	put(w, (uint32_t)l->count);
	for (size_t i = 0; i < l->count; i++) {
		const struct block *b = &l->items[i];
		put(w, (uint32_t)b->kind);
		str(w, b->text);
		sources(w, &b->sources);
		put(w, (uint32_t)b->status);
		put(w, (uint32_t)b->version_count);
		for (size_t v = 0; v < b->version_count; v++) {
			str(w, b->versions[v].text);
			sources(w, &b->versions[v].sources);
			origin(w, &b->versions[v].at);
		}
		str(w, b->advice);
		origin(w, &b->at);
	}
}

static void checks(struct writer *w, const struct check_list *l)
{
	put(w, (uint32_t)l->count);
	for (size_t i = 0; i < l->count; i++) {
		const struct check_item *it = &l->items[i];
		str(w, it->id);
		str(w, it->text);
		put(w, it->field);
		put(w, (uint32_t)it->phase);
		sources(w, &it->sources);
		origin(w, &it->at);
	}
}

static void channel(struct writer *w, const struct channel *ch)
{
	str(w, ch->id);
	str(w, ch->title);
	str(w, ch->summary);
	blocks(w, &ch->steps);
	blocks(w, &ch->hours);
	blocks(w, &ch->response);
	blocks(w, &ch->notes);
	checks(w, &ch->checklist);
	origin(w, &ch->at);
}

static void category(struct writer *w, const struct content *c,
		     const struct category *cat)
{
	str(w, cat->id);
	str(w, cat->title);
	str(w, cat->summary);
	put(w, (uint32_t)cat->channel_count);
	for (size_t i = 0; i < cat->channel_count; i++)
		put(w, (uint32_t)(cat->channels[i] - c->channels));
	blocks(w, &cat->notes);
	checks(w, &cat->checklist);
	origin(w, &cat->at);
}

static bool folded_differs(const struct text_field *f)
{
	return f->folded && memcmp(f->folded, f->text, f->length) != 0;
}

/* Every field's searched text (the folded one, or the text when folding
 * changes nothing) first and in field order, each once per field even when
 * shared: search then runs over many fields in one call (search.c). */
static void subjects(struct writer *w, const struct content *c)
{
	w->subjects = calloc(c->field_count ? c->field_count : 1,
			     sizeof *w->subjects);
	if (!w->subjects) {
		w->status = HN_NOMEM;
		return;
	}
	for (size_t i = 0; i < c->field_count && w->status == HN_OK; i++) {
		const struct text_field *f = &c->fields[i];
		const char *s = folded_differs(f) ? f->folded : f->text;
		w->subjects[i] = add_string(w, s, f->length);
		map_add(w, s, w->subjects[i]);
	}
}

static void field(struct writer *w, const struct text_field *f, size_t i)
{
	str(w, f->path);
	str(w, f->field);
	if (!f->folded) {
		put(w, string_ref(w, f->text, f->length));
		put(w, 0);
	} else if (folded_differs(f)) {
		put(w, string_ref(w, f->text, f->length));
		put(w, w->subjects[i]);
	} else {
		put(w, w->subjects[i]);
		put(w, w->subjects[i]);
	}
	put(w, (uint32_t)f->length);
}

static void walk(struct writer *w, const struct content *c)
{
	put(w, c->text_valid);
	put(w, (uint32_t)c->source_count);
	for (size_t i = 0; i < c->source_count; i++) {
		const struct source *s = &c->sources[i];
		str(w, s->id);
		str(w, s->title);
		str(w, s->file);
		str(w, s->note);
		origin(w, &s->at);
	}
	put(w, (uint32_t)c->channel_count);
	for (size_t i = 0; i < c->channel_count; i++)
		channel(w, &c->channels[i]);
	put(w, (uint32_t)c->category_count);
	for (size_t i = 0; i < c->category_count; i++)
		category(w, c, &c->categories[i]);
	put(w, (uint32_t)c->page_count);
	for (size_t i = 0; i < c->page_count; i++) {
		const struct page *p = &c->pages[i];
		str(w, p->id);
		str(w, p->title);
		str(w, p->summary);
		blocks(w, &p->body);
		origin(w, &p->at);
	}
	checks(w, &c->general);
	w->fields_at = w->count;
	put(w, (uint32_t)c->field_count);
	for (size_t i = 0; i < c->field_count; i++)
		field(w, &c->fields[i], i);
}

/* Pads the strings to a word boundary and appends the stream. */
static void finish_sections(struct writer *w, struct cache_header *h)
{
	static const char zeros[4];
	h->strings_off = sizeof *h;
	h->strings_len = w->strings_len;
	size_t pad = (4 - (sizeof *h + w->strings_len) % 4) % 4;
	h->stream_off = h->strings_off + h->strings_len + pad;
	h->stream_len = (uint64_t)w->count * 4;
	h->file_size = h->stream_off + h->stream_len;
	h->fields_at = w->fields_at;
	if (fwrite(zeros, 1, pad, w->f) != pad ||
	    fwrite(w->words, 4, w->count, w->f) != w->count || fflush(w->f))
		w->status = HN_IO;
}

/* Checksums what was written and puts the real header in place. */
static int seal(int fd, struct cache_header *h)
{
	void *map = mmap(NULL, h->file_size, PROT_READ, MAP_SHARED, fd, 0);
	if (map == MAP_FAILED)
		return HN_IO;
	h->checksum = cache_checksum((const char *)map + sizeof *h,
				     h->file_size - sizeof *h, cache_seed(h));
	munmap(map, h->file_size);
	if (pwrite(fd, h, sizeof *h, 0) != (ssize_t)sizeof *h)
		return HN_IO;
	return HN_OK;
}

static int write_all(FILE *f, const struct content *c, uint64_t key)
{
	struct cache_header h = {
		.version = CACHE_VERSION, .header_size = sizeof h, .key = key};
	struct writer w = {.f = f, .status = HN_OK};
	memcpy(h.magic, CACHE_MAGIC, sizeof CACHE_MAGIC);
	if (fwrite(&h, sizeof h, 1, f) != 1)
		return HN_IO;
	add_string(&w, "", 0); /* the section is never empty */
	subjects(&w, c);
	if (w.status == HN_OK)
		walk(&w, c);
	if (w.status == HN_OK)
		finish_sections(&w, &h);
	free(w.words);
	free(w.subjects);
	free(w.map.keys);
	free(w.map.vals);
	if (w.status == HN_OK)
		w.status = seal(fileno(f), &h);
	return w.status;
}

int cache_write(const char *path, const struct content *c,
		unsigned long long key)
{
	size_t n = strlen(path);
	char *tmp = malloc(n + 8);
	if (!tmp)
		return HN_NOMEM;
	memcpy(tmp, path, n);
	memcpy(tmp + n, ".XXXXXX", 8);
	int fd = mkstemp(tmp);
	FILE *f = fd >= 0 ? fdopen(fd, "w+") : NULL;
	int rc = f ? write_all(f, c, key) : HN_IO;
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

static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/* Four independent lanes of multiply-rotate, so the CPU overlaps them. */
uint64_t cache_checksum(const void *data, size_t n, uint64_t seed)
{
	const uint64_t p1 = 0x9E3779B185EBCA87ull, p2 = 0xC2B2AE3D27D4EB4Full;
	const unsigned char *p = data;
	uint64_t a[4] = {seed + p1, seed ^ p2, seed - p1, ~seed};
	size_t i = 0;
	for (; i + 32 <= n; i += 32)
		for (int k = 0; k < 4; k++) {
			uint64_t v;
			memcpy(&v, p + i + 8 * (size_t)k, 8);
			a[k] = rotl(a[k] + v * p2, 31) * p1;
		}
	uint64_t h = rotl(a[0], 1) + rotl(a[1], 7) + rotl(a[2], 12) +
		     rotl(a[3], 18) + n;
	for (; i < n; i++)
		h = rotl(h ^ (p[i] * p1), 11) * p2;
	h ^= h >> 33;
	h *= p2;
	h ^= h >> 29;
	return h;
}
