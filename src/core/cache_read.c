/* SPDX-License-Identifier: MIT */
/* cache_read.c - cache_read: a cache file back into a struct content.
 *
 * The file is mapped and its strings are used in place; the records are
 * rebuilt in the content's arena. Nothing read is trusted: every count is
 * bounded by the words left, every string offset by the strings section,
 * every enum and channel index by its range, every row of the table by
 * the strings and its neighbours. A corpus read maps and checks only the
 * strings and the table, and uses them in place. */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "cache.h"
#include "cache_internal.h"
#include "cache_records.h"
#include "status.h"

struct reader {
	const uint32_t *words;
	size_t count, pos;
	const char *strings;
	size_t strings_len;
	struct arena *a;
	struct content *c;
	bool bad, nomem;
};

static uint32_t get(struct reader *r)
{
	if (r->pos >= r->count) {
		r->bad = true;
		return 0;
	}
	return r->words[r->pos++];
}

/* A value that must be below limit. */
static uint32_t get_below(struct reader *r, uint32_t limit)
{
	uint32_t v = get(r);
	if (v >= limit) {
		r->bad = true;
		return 0;
	}
	return v;
}

/* A count of items that take at least one word each, and their array. */
static void *get_array(struct reader *r, size_t size, size_t *count)
{
	*count = get(r);
	if (r->pos > r->count || *count > r->count - r->pos) {
		r->bad = true;
		*count = 0;
	}
	void *p = arena_calloc(r->a, *count, size);
	if (!p)
		r->nomem = true;
	if (!p || r->bad)
		*count = 0;
	return p;
}

static const char *str(struct reader *r)
{
	uint32_t v = get(r);
	if (v == 0)
		return NULL;
	if (v - 1 >= r->strings_len) {
		r->bad = true;
		return NULL;
	}
	return r->strings + v - 1;
}

/* A string the loader always sets. */
static const char *str_req(struct reader *r)
{
	const char *s = str(r);
	if (!s)
		r->bad = true;
	return s ? s : "";
}

/* One value of each kind of cache_records.h. */
static void get_STR(struct reader *r, const char **s)
{
	*s = str(r);
}

static void get_STR_REQ(struct reader *r, const char **s)
{
	*s = str_req(r);
}

static void get_U32(struct reader *r, unsigned *v)
{
	*v = get(r);
}

static void get_BLOCK_KIND(struct reader *r, enum block_kind *v)
{
	*v = (enum block_kind)get_below(r, BLOCK_NUMBER + 1);
}

static void get_CLAIM_STATUS(struct reader *r, enum claim_status *v)
{
	*v = (enum claim_status)get_below(r, CLAIM_NOT_FOR_USERS + 1);
}

static void get_NUMBER_STATUS(struct reader *r, enum number_status *v)
{
	*v = (enum number_status)get_below(r, NUMBER_TRAVEL + 1);
}

static void get_BLANK(struct reader *r, enum blank_shape *v)
{
	*v = (enum blank_shape)get_below(r, BLANK_SHAPES);
}

static void get_PHASE(struct reader *r, enum check_phase *v)
{
	*v = (enum check_phase)get_below(r, PHASE_AFTER + 1);
}

/* The channels are read before any category. */
static void get_CHANNEL_REF(struct reader *r, const struct channel **ch)
{
	size_t n = r->c->channel_count;
	*ch = &r->c->channels[get_below(r, n < UINT32_MAX ? (uint32_t)n
							  : UINT32_MAX)];
}

/* A reader for each record of cache_records.h: get_ORIGIN... Every
 * count is bounded by the words left (get_array). */
#define GET_ONE(kind, m) get_##kind(r, &x->m);
#define GET_ALL(kind, items, count) \
	x->items = get_array(r, sizeof *x->items, &x->count); \
	for (size_t i = 0; i < x->count && !r->bad; i++) \
		get_##kind(r, &x->items[i]);
#define GET_RECORD(kind, tag, LIST) \
	static void get_##kind(struct reader *r, struct tag *x) \
	{ \
		LIST(GET_ONE, GET_ALL) \
	}
CACHE_RECORDS(GET_RECORD)

/* Every row of the table points into the strings: the searched texts in
 * order from 1 up to subjects_end, each row's other strings anywhere.
 * Only offsets are read, not the texts. */
static bool table_ok(const struct cache_header *h, const uint32_t *rows)
{
	size_t n = (size_t)h->row_count;
	uint32_t len = (uint32_t)h->strings_len,
		 end = (uint32_t)h->subjects_end;
	bool ok = rows[CORPUS_ROW_SUBJECT] == 1 &&
		  rows[n * CORPUS_ROW_WORDS + CORPUS_ROW_SUBJECT] == end;
	for (size_t i = 0; i < n; i++) {
		const uint32_t *r = rows + i * CORPUS_ROW_WORDS;
		uint32_t size = r[CORPUS_ROW_WORDS] - r[CORPUS_ROW_SUBJECT];
		/* one & per row: the loop stays branch-free */
		ok &= (r[CORPUS_ROW_WORDS] > r[CORPUS_ROW_SUBJECT]) &
		      (size <= len) & (r[CORPUS_ROW_TEXT] <= len - size) &
		      (r[CORPUS_ROW_PATH] < len) & (r[CORPUS_ROW_NAME] < len);
	}
	return ok;
}

/* The content's fields, from the checked rows of view; every text's NUL
 * is checked too. */
static void fields(struct reader *r, const struct corpus *view)
{
	struct content *c = r->c;
	size_t n = view->count;
	c->fields = arena_calloc(r->a, n ? n : 1, sizeof *c->fields);
	if (!c->fields) {
		r->nomem = true;
		return;
	}
	c->field_count = n;
	for (size_t i = 0; i < n && !r->bad; i++) {
		struct text_field *f = &c->fields[i];
		*f = corpus_field(view, i);
		if (f->text[f->length] != '\0' ||
		    corpus_subject(view, i)[f->length] != '\0')
			r->bad = true;
	}
}

/* The header's promises, checked against the file itself. */
static bool header_ok(const struct cache_header *h, size_t size, uint64_t key)
{
	return size >= sizeof *h &&
	       !memcmp(h->magic, CACHE_MAGIC, sizeof CACHE_MAGIC) &&
	       h->version == CACHE_VERSION && h->header_size == sizeof *h &&
	       h->key == key && h->header_sum == cache_header_sum(h) &&
	       h->file_size == size && h->strings_off == sizeof *h &&
	       h->strings_len >= 1 && h->strings_len < UINT32_MAX &&
	       h->strings_len <= size - h->strings_off &&
	       h->subjects_end >= 1 && h->subjects_end <= h->strings_len &&
	       h->table_off >= h->strings_off + h->strings_len &&
	       h->table_off % 4 == 0 && h->table_off <= size &&
	       h->row_count < UINT32_MAX / CORPUS_ROW_WORDS &&
	       cache_table_len(h) <= size - h->table_off &&
	       h->stream_off == h->table_off + cache_table_len(h) &&
	       h->stream_len % 4 == 0 && h->stream_len == size - h->stream_off;
}

/* The strings and the table: checksums, then the table's rows. */
static bool corpus_ok(const struct cache_header *h, const char *map)
{
	const uint32_t *rows =
		(const uint32_t *)(const void *)(map + h->table_off);
	return map[h->strings_off + h->strings_len - 1] == '\0' &&
	       cache_section_sum(h, CACHE_STRINGS, map) ==
		       h->sums[CACHE_STRINGS] &&
	       cache_section_sum(h, CACHE_TABLE, map) == h->sums[CACHE_TABLE] &&
	       table_ok(h, rows);
}

/* The corpus a checked cache file holds, in place. */
static struct corpus view_of(const char *map, const struct cache_header *h)
{
	return (struct corpus){
		.strings = map + h->strings_off,
		.strings_len = (size_t)h->strings_len,
		.subjects_end = (size_t)h->subjects_end,
		.rows = (const uint32_t *)(const void *)(map + h->table_off),
		.count = (size_t)h->row_count,
	};
}

static void unmap(void *block, size_t size)
{
	munmap(block, size);
}

/* The content of a checked cache file mapped at map (size bytes); the
 * mapping is the content's, or released on failure. */
static int build_content(char *map, size_t size, struct content **out)
{
	const struct cache_header *h = (const void *)map;
	struct content *c = calloc(1, sizeof *c);
	struct corpus view = view_of(map, h);
	struct reader r = {
		.words = (const uint32_t *)(const void *)(map + h->stream_off),
		.count = h->stream_len / 4,
		.strings = view.strings,
		.strings_len = view.strings_len,
		.c = c,
	};
	if (c)
		c->arena = r.a = arena_new();
	if (!c || !r.a || !arena_adopt(r.a, map, size, unmap)) {
		arena_free(r.a);
		free(c);
		munmap(map, size);
		return HN_NOMEM;
	}
	get_CONTENT(&r, c);
	if (r.pos != r.count)
		r.bad = true;
	if (!r.bad)
		fields(&r, &view);
	if (r.bad || r.nomem) {
		content_free(c);
		return r.nomem ? HN_NOMEM : HN_INVALID;
	}
	*out = c;
	return HN_OK;
}

/* Maps path (*size bytes). populate: everything will be read (the
 * checksums), so fault it in at once; a corpus read leaves the stream's
 * pages alone. */
static int map_file(const char *path, bool populate, void **map, size_t *size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0)
		return HN_IO;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size < (off_t)sizeof(struct cache_header)) {
		close(fd);
		return HN_INVALID;
	}
	*size = (size_t)st.st_size;
	*map = mmap(NULL, *size, PROT_READ,
		    MAP_PRIVATE | (populate ? MAP_POPULATE : 0), fd, 0);
	close(fd);
	return *map == MAP_FAILED ? HN_IO : HN_OK;
}

/* Maps path and checks it (the stream too when want_stream: --search
 * needs neither it nor its pages); *map and *size are the mapping. */
static int map_checked(const char *path, unsigned long long key,
		       bool want_stream, char **map, size_t *size)
{
	void *m;
	int rc = map_file(path, want_stream, &m, size);
	if (rc != HN_OK)
		return rc;
	const struct cache_header *h = m;
	if (!header_ok(h, *size, key) || !corpus_ok(h, m) ||
	    (want_stream &&
	     cache_section_sum(h, CACHE_STREAM, m) != h->sums[CACHE_STREAM])) {
		munmap(m, *size);
		return HN_INVALID;
	}
	*map = m;
	return HN_OK;
}

int cache_read(const char *path, unsigned long long key, struct content **out)
{
	char *map;
	size_t size;
	*out = NULL;
	int rc = map_checked(path, key, true, &map, &size);
	return rc == HN_OK ? build_content(map, size, out) : rc;
}

int cache_read_corpus(const char *path, unsigned long long key,
		      struct corpus **out)
{
	char *map;
	size_t size;
	*out = NULL;
	int rc = map_checked(path, key, false, &map, &size);
	if (rc != HN_OK)
		return rc;
	struct corpus view = view_of(map, (const void *)map);
	*out = corpus_from_mapping(map, size, view.strings, view.strings_len,
				   view.subjects_end, view.rows, view.count);
	if (!*out) {
		munmap(map, size);
		return HN_NOMEM;
	}
	return HN_OK;
}
