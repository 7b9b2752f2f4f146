/* cache_write.c - cache_write: a content to a cache file, atomically.
 *
 * The stream order, mirrored by cache_read.c:
 *   sources, channels, categories, pages: count, then each record;
 *   general checklist; numbers. A record's strings, lists and origin follow its
 *   struct's member order. The fields are in the field table. Strings are
 *   shared by pointer, so a field's text and its block's text are stored
 *   once; a text that folding leaves as it is is its searched text. */
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
	FILE *f;
	uint64_t strings_len;
	uint32_t *words;
	size_t count, cap;
	struct str_map map;
	uint32_t *rows; /* the field table (cache_internal.h) */
	uint64_t subjects_end;
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
		sources(w, &it->kinds);
	}
}

static void channel(struct writer *w, const struct channel *ch)
{
	str(w, ch->id);
	str(w, ch->title);
	str(w, ch->summary);
	str(w, ch->kind);
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

/* Field f's searched text: its folded copy, or for a content built
 * without one, a folded copy in *owned (malloc'd). */
static const char *subject_of(struct writer *w, const struct text_field *f,
			      char **owned)
{
	*owned = NULL;
	if (f->folded)
		return f->folded;
	*owned = malloc(f->length + 1);
	if (!*owned) {
		w->status = HN_NOMEM;
		return NULL;
	}
	memcpy(*owned, f->text, f->length);
	text_fold_yo(*owned, f->length);
	return *owned;
}

/* Every field's searched text first, in field order, each once per field
 * even when shared: search then runs over many fields in one call
 * (search_table.c). The text itself is stored apart only when folding
 * changed it. */
static void subjects(struct writer *w, const struct content *c)
{
	w->rows = calloc(c->field_count + 1, FIELD_ROW_WORDS * sizeof *w->rows);
	if (!w->rows) {
		w->status = HN_NOMEM;
		return;
	}
	for (size_t i = 0; i < c->field_count && w->status == HN_OK; i++) {
		const struct text_field *f = &c->fields[i];
		uint32_t *row = w->rows + i * FIELD_ROW_WORDS;
		char *owned;
		const char *s = subject_of(w, f, &owned);
		if (!s)
			return;
		row[FIELD_ROW_SUBJECT] = add_string(w, s, f->length) - 1;
		if (!owned)
			map_add(w, s, row[FIELD_ROW_SUBJECT] + 1);
		if (!memcmp(s, f->text, f->length))
			row[FIELD_ROW_TEXT] = row[FIELD_ROW_SUBJECT];
		free(owned);
	}
	w->subjects_end = w->strings_len;
	w->rows[c->field_count * FIELD_ROW_WORDS] = (uint32_t)w->strings_len;
}

/* The rest of each row: the texts stored apart, the paths, the names. */
static void table(struct writer *w, const struct content *c)
{
	for (size_t i = 0; i < c->field_count && w->status == HN_OK; i++) {
		const struct text_field *f = &c->fields[i];
		uint32_t *row = w->rows + i * FIELD_ROW_WORDS;
		if (row[FIELD_ROW_TEXT] != row[FIELD_ROW_SUBJECT])
			row[FIELD_ROW_TEXT] =
				string_ref(w, f->text, f->length) - 1;
		row[FIELD_ROW_PATH] =
			string_ref(w, f->path, strlen(f->path)) - 1;
		row[FIELD_ROW_NAME] =
			string_ref(w, f->field, strlen(f->field)) - 1;
	}
}

static void numbers(struct writer *w, const struct content *c)
{
	put(w, (uint32_t)c->number_count);
	for (size_t i = 0; i < c->number_count; i++) {
		const struct number_record *n = &c->numbers[i];
		str(w, n->id);
		str(w, n->number);
		sources(w, &n->written);
		put(w, (uint32_t)n->status);
		str(w, n->title);
		put(w, (uint32_t)n->say_count);
		for (size_t s = 0; s < n->say_count; s++) {
			str(w, n->says[s].source);
			str(w, n->says[s].text);
			origin(w, &n->says[s].at);
		}
		origin(w, &n->at);
	}
}

static void walk(struct writer *w, const struct content *c)
{
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
	numbers(w, c);
}

/* Pads the strings to a word boundary and appends the table and the
 * stream. */
static void finish_sections(struct writer *w, const struct content *c,
			    struct cache_header *h)
{
	static const char zeros[4];
	h->strings_off = sizeof *h;
	h->strings_len = w->strings_len;
	h->subjects_end = w->subjects_end;
	size_t pad = (4 - (sizeof *h + w->strings_len) % 4) % 4;
	h->table_off = h->strings_off + h->strings_len + pad;
	h->field_count = c->field_count;
	size_t rows = (c->field_count + 1) * FIELD_ROW_WORDS;
	h->stream_off = h->table_off + cache_table_len(h);
	h->stream_len = (uint64_t)w->count * 4;
	h->file_size = h->stream_off + h->stream_len;
	if (fwrite(zeros, 1, pad, w->f) != pad ||
	    fwrite(w->rows, 4, rows, w->f) != rows ||
	    fwrite(w->words, 4, w->count, w->f) != w->count || fflush(w->f))
		w->status = HN_IO;
}

/* Bytes read at a time to checksum the written file (a multiple of 32). */
#define SUM_BUFFER ((size_t)1 << 20)

static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/* Four independent lanes of multiply-rotate, so the CPU overlaps them.
 * Fed 32 bytes at a time, so a file can be summed in pieces (sum_file)
 * with the same result as the whole of it in memory. */
struct sum_state {
	uint64_t a[4];
};

static const uint64_t sum_p1 = 0x9E3779B185EBCA87ull,
		      sum_p2 = 0xC2B2AE3D27D4EB4Full;

static void sum_init(struct sum_state *s, uint64_t seed)
{
	s->a[0] = seed + sum_p1;
	s->a[1] = seed ^ sum_p2;
	s->a[2] = seed - sum_p1;
	s->a[3] = ~seed;
}

/* n is a multiple of 32. */
static void sum_blocks(struct sum_state *s, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 32 <= n; i += 32)
		for (int k = 0; k < 4; k++) {
			uint64_t v;
			memcpy(&v, p + i + 8 * (size_t)k, 8);
			s->a[k] = rotl(s->a[k] + v * sum_p2, 31) * sum_p1;
		}
}

/* tail: the last n % 32 bytes; n: the length of all of it. */
static uint64_t sum_final(const struct sum_state *s, const unsigned char *tail,
			  size_t n)
{
	uint64_t h = rotl(s->a[0], 1) + rotl(s->a[1], 7) + rotl(s->a[2], 12) +
		     rotl(s->a[3], 18) + n;
	for (size_t i = 0; i < n % 32; i++)
		h = rotl(h ^ (tail[i] * sum_p1), 11) * sum_p2;
	h ^= h >> 33;
	h *= sum_p2;
	h ^= h >> 29;
	return h;
}

uint64_t cache_checksum(const void *data, size_t n, uint64_t seed)
{
	const unsigned char *p = data;
	struct sum_state s;
	sum_init(&s, seed);
	sum_blocks(&s, p, n - n % 32);
	return sum_final(&s, p + (n - n % 32), n);
}

/* cache_checksum of len bytes of fd from off, read through a small
 * buffer: mapping the file to sum it made its pages count in the peak
 * memory of the run that writes the cache. */
static int sum_file(int fd, uint64_t off, uint64_t len, uint64_t seed,
		    unsigned char *buf, uint64_t *out)
{
	struct sum_state s;
	uint64_t done = 0;
	sum_init(&s, seed);
	while (done < len) {
		size_t want = len - done < SUM_BUFFER ? (size_t)(len - done)
						      : SUM_BUFFER;
		ssize_t got = pread(fd, buf, want, (off_t)(off + done));
		if (got != (ssize_t)want)
			return HN_IO;
		sum_blocks(&s, buf, want - want % 32);
		done += want;
		if (done == len)
			*out = sum_final(&s, buf + (want - want % 32), len);
	}
	if (len == 0)
		*out = sum_final(&s, buf, 0);
	return HN_OK;
}

/* Checksums what was written, as cache_seal would, and puts the real
 * header in place. */
static int seal(int fd, struct cache_header *h)
{
	unsigned char *buf = malloc(SUM_BUFFER);
	uint64_t half = h->strings_len / 2;
	int rc = buf ? HN_OK : HN_NOMEM;
	if (rc == HN_OK)
		rc = sum_file(fd, h->strings_off, half, h->key ^ 1, buf,
			      &h->strings_sum[0]);
	if (rc == HN_OK)
		rc = sum_file(fd, h->strings_off + half, h->strings_len - half,
			      h->key ^ 4, buf, &h->strings_sum[1]);
	if (rc == HN_OK)
		rc = sum_file(fd, h->table_off, cache_table_len(h), h->key ^ 2,
			      buf, &h->table_sum);
	if (rc == HN_OK)
		rc = sum_file(fd, h->stream_off, h->stream_len, h->key ^ 3, buf,
			      &h->stream_sum);
	free(buf);
	if (rc != HN_OK)
		return rc;
	h->header_sum = cache_header_sum(h);
	if (pwrite(fd, h, sizeof *h, 0) != (ssize_t)sizeof *h)
		return HN_IO;
	return HN_OK;
}

static int write_all(FILE *f, const struct content *c, uint64_t key)
{
	struct cache_header h = {.version = CACHE_VERSION,
				 .header_size = sizeof h,
				 .key = key,
				 .text_valid = c->text_valid};
	struct writer w = {.f = f, .status = HN_OK};
	memcpy(h.magic, CACHE_MAGIC, sizeof CACHE_MAGIC);
	if (c->field_count >= UINT32_MAX / FIELD_ROW_WORDS)
		return HN_LIMIT;
	if (fwrite(&h, sizeof h, 1, f) != 1)
		return HN_IO;
	add_string(&w, "", 0); /* the section is never empty */
	subjects(&w, c);
	if (w.status == HN_OK)
		walk(&w, c);
	if (w.status == HN_OK)
		table(&w, c);
	if (w.status == HN_OK)
		finish_sections(&w, c, &h);
	free(w.words);
	free(w.rows);
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

uint64_t cache_header_sum(const struct cache_header *h)
{
	return cache_checksum(h, offsetof(struct cache_header, header_sum),
			      h->key);
}

void cache_seal(struct cache_header *h, const char *file)
{
	size_t half = h->strings_len / 2;
	h->strings_sum[0] =
		cache_checksum(file + h->strings_off, half, h->key ^ 1);
	h->strings_sum[1] = cache_checksum(file + h->strings_off + half,
					   h->strings_len - half, h->key ^ 4);
	h->table_sum = cache_checksum(file + h->table_off, cache_table_len(h),
				      h->key ^ 2);
	h->stream_sum =
		cache_checksum(file + h->stream_off, h->stream_len, h->key ^ 3);
	h->header_sum = cache_header_sum(h);
}
