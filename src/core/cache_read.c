/* SPDX-License-Identifier: MIT */
/* cache_read.c - cache_read: a cache file back into a struct content.
 *
 * The file is read into memory (a mapping would crash on a file that
 * shrinks under it) and its strings are used in place; the records are
 * rebuilt in the content's arena. Nothing read is trusted: every count is
 * bounded by the words left, every string offset by the strings section,
 * every enum and channel index by its range, every row of the table by
 * the strings and its neighbours, every string as the loader's texts. A
 * corpus read reads and checks only the strings and the table, and uses
 * them in place. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "cache.h"
#include "cache_internal.h"
#include "cache_records.h"
#include "lemma.h"
#include "status.h"
#include "text.h"

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
	       h->lemmas_off == h->table_off + cache_table_len(h) &&
	       h->lemmas_len <= size - h->lemmas_off && h->has_lemmas <= 1 &&
	       (h->has_lemmas || h->lemmas_len == 0) &&
	       h->lemma_count <= h->lemmas_len &&
	       h->stream_off ==
		       h->lemmas_off + h->lemmas_len + cache_lemmas_pad(h) &&
	       h->stream_off <= size && h->stream_len % 4 == 0 &&
	       h->stream_len == size - h->stream_off;
}

/* The strings, the table and the lemma map: checksums, then the table's
 * rows. */
static bool corpus_ok(const struct cache_header *h, const char *map)
{
	const uint32_t *rows =
		(const uint32_t *)(const void *)(map + h->table_off);
	return map[h->strings_off + h->strings_len - 1] == '\0' &&
	       cache_section_sum(h, CACHE_STRINGS, map) ==
		       h->sums[CACHE_STRINGS] &&
	       cache_section_sum(h, CACHE_TABLE, map) == h->sums[CACHE_TABLE] &&
	       cache_section_sum(h, CACHE_LEMMAS, map) ==
		       h->sums[CACHE_LEMMAS] &&
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

static void release(void *block, size_t size)
{
	(void)size;
	free(block);
}

int cache_give_lemmas(struct content *c, struct lemma_map *m)
{
	struct lemma_map *own = arena_alloc(c->arena, sizeof *own);
	bool ok = own && arena_adopt(c->arena, m->own_entries, 0, release);
	if (ok)
		m->own_entries = NULL;
	if (ok && m->own_block) {
		ok = arena_adopt(c->arena, m->own_block, 0, release);
		if (ok)
			m->own_block = NULL;
	}
	if (!ok) {
		lemma_map_free(m);
		return HN_NOMEM;
	}
	*own = *m;
	c->lemmas = own;
	return HN_OK;
}

/* The content of a checked cache in map (size bytes, with its lemma map
 * when it has one: *lemmas is then the content's). own is map when the
 * content is to own it (it is freed with it, also on failure), NULL when
 * map outlives the content. */
static int build_content(const char *map, char *own, size_t size,
			 struct lemma_map *lemmas, struct content **out)
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
	if (!c || !r.a || (own && !arena_adopt(r.a, own, size, release))) {
		arena_free(r.a);
		free(c);
		free(own);
		lemma_map_free(lemmas);
		return HN_NOMEM;
	}
	if (h->has_lemmas && cache_give_lemmas(c, lemmas) != HN_OK)
		r.nomem = true;
	get_CONTENT(&r, c);
	if (r.pos != r.count)
		r.bad = true;
	if (!r.bad)
		fields(&r, &view);
	if (r.bad || r.nomem) {
		content_free(c);
		return r.nomem ? HN_NOMEM : HN_INVALID;
	}
	c->from_cache = true;
	*out = c;
	return HN_OK;
}

bool cache_owned(const struct stat *st)
{
	return st->st_uid == geteuid() && !(st->st_mode & (S_IWGRP | S_IWOTH));
}

/* n bytes of fd from offset 0; false on an error or a short read (a file
 * that shrank since its fstat). */
static bool read_at_start(int fd, void *buf, size_t n)
{
	size_t done = 0;

	while (done < n) {
		ssize_t got =
			pread(fd, (char *)buf + done, n - done, (off_t)done);

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return false;
		done += (size_t)got;
	}
	return true;
}

/* The length of the character at u[i] when it is inert at a glance, else
 * 0: printable ASCII, NUL, tab, newline, or U+0400-U+047F (Cyrillic
 * letters; a lead byte 0xD0 or 0xD1 and a continuation byte). Most of a
 * pack is these, and decoding each for the width table cost most of
 * reading the built-in image. */
static size_t plain_char(const unsigned char *u, size_t len, size_t i)
{
	unsigned char b = u[i];
	if (b < 0x80)
		return (b >= 0x20 && b < 0x7F) || b == 0 || b == '\n' ||
		       b == '\t';
	return (b == 0xD0 || b == 0xD1) && i + 1 < len &&
			       (u[i + 1] & 0xC0) == 0x80
		       ? 2
		       : 0;
}

/* The strings (len bytes at s) hold only what the loader lets through:
 * valid UTF-8 without controls (but tab and newline; NUL ends each
 * string), so that a forged cache can neither break PCRE2, which searches
 * them without a UTF check, nor write escape sequences to the terminal;
 * the lemma map's too, which the search by words decodes. */
static bool strings_inert(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		size_t n = plain_char(u, len, i);
		if (!n) {
			uint32_t cp;
			n = utf8_decode(s + i, len - i, &cp);
			/* an invalid byte decodes as U+FFFD in 1 byte, which
			 * is not inert */
			if (!text_char_inert(cp, n))
				return false;
		}
		i += n;
	}
	return true;
}

static bool zeros(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i])
			return false;
	return true;
}

/* Checks the cache in b: len bytes of a cache of file_size bytes, all of
 * it when want_stream, else at least up to its stream (--search needs
 * neither the stream nor its bytes). Fills *lemmas when it has a map. */
static int block_checked(const char *b, size_t len, size_t file_size,
			 unsigned long long key, bool want_stream,
			 struct lemma_map *lemmas)
{
	const struct cache_header *h = (const void *)b;
	memset(lemmas, 0, sizeof *lemmas);
	if (len < sizeof *h || !header_ok(h, file_size, key) ||
	    len < (want_stream ? file_size : h->stream_off) ||
	    !zeros(b + h->lemmas_off + h->lemmas_len,
		   (size_t)cache_lemmas_pad(h)) ||
	    !corpus_ok(h, b) ||
	    !strings_inert(b + h->strings_off, (size_t)h->strings_len) ||
	    !strings_inert(b + h->lemmas_off, (size_t)h->lemmas_len) ||
	    (want_stream &&
	     cache_section_sum(h, CACHE_STREAM, b) != h->sums[CACHE_STREAM]))
		return HN_INVALID;
	if (!h->has_lemmas)
		return HN_OK;
	return lemma_map_index(b + h->lemmas_off, (size_t)h->lemmas_len,
			       (size_t)h->lemma_count, lemmas);
}

/* The cache file at path read into a malloc'd block (*size bytes, with
 * CORPUS_SLACK zero bytes after them) and checked (block_checked). It is
 * opened never through a link and never waiting (a FIFO), and used only
 * when it is a regular file of the user's own that no one else may
 * write; the header's sizes are checked against the file's before
 * anything else is read, and a file that shrinks meanwhile is a short
 * read, not a crash. */
static int read_checked(const char *path, unsigned long long key,
			bool want_stream, char **block, size_t *size,
			struct lemma_map *lemmas)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	struct cache_header h;
	struct stat st;
	char *b = NULL;
	int rc = HN_INVALID;

	memset(lemmas, 0, sizeof *lemmas);
	if (fd < 0)
		return HN_IO;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && cache_owned(&st) &&
	    (size_t)st.st_size >= sizeof h && read_at_start(fd, &h, sizeof h) &&
	    header_ok(&h, (size_t)st.st_size, key)) {
		*size = want_stream ? (size_t)st.st_size : (size_t)h.stream_off;
		b = calloc(1, *size + CORPUS_SLACK);
		rc = b ? HN_OK : HN_NOMEM;
	}
	if (rc == HN_OK &&
	    (!read_at_start(fd, b, *size) || memcmp(b, &h, sizeof h) != 0))
		rc = HN_INVALID;
	if (rc == HN_OK)
		rc = block_checked(b, *size, (size_t)st.st_size, key,
				   want_stream, lemmas);
	close(fd);
	if (rc != HN_OK) {
		free(b);
		return rc;
	}
	*block = b;
	return HN_OK;
}

/* The corpus of the checked cache in block, with its lemma map when it
 * has one; own as build_content's. */
static int corpus_of_block(const char *block, char *own,
			   struct lemma_map *lemmas, struct corpus **out)
{
	const struct cache_header *h = (const void *)block;
	struct corpus view = view_of(block, h);
	*out = corpus_from_block(own, view.strings, view.strings_len,
				 view.subjects_end, view.rows, view.count);
	if (!*out) {
		lemma_map_free(lemmas);
		return HN_NOMEM;
	}
	(*out)->lemmas = *lemmas;
	(*out)->has_lemmas = h->has_lemmas != 0;
	return HN_OK;
}

int cache_read(const char *path, unsigned long long key, struct content **out)
{
	char *map;
	size_t size;
	struct lemma_map lemmas;
	*out = NULL;
	int rc = read_checked(path, key, true, &map, &size, &lemmas);
	return rc == HN_OK ? build_content(map, map, size, &lemmas, out) : rc;
}

int cache_read_corpus(const char *path, unsigned long long key,
		      struct corpus **out)
{
	char *map;
	size_t size;
	struct lemma_map lemmas;
	*out = NULL;
	int rc = read_checked(path, key, false, &map, &size, &lemmas);
	return rc == HN_OK ? corpus_of_block(map, map, &lemmas, out) : rc;
}

int cache_read_image(const char *image, size_t size, unsigned long long key,
		     struct content **out)
{
	struct lemma_map lemmas;
	*out = NULL;
	int rc = block_checked(image, size, size, key, true, &lemmas);
	return rc == HN_OK ? build_content(image, NULL, size, &lemmas, out)
			   : rc;
}

int cache_read_image_corpus(const char *image, size_t size,
			    unsigned long long key, struct corpus **out)
{
	struct lemma_map lemmas;
	*out = NULL;
	int rc = block_checked(image, size, size, key, false, &lemmas);
	return rc == HN_OK ? corpus_of_block(image, NULL, &lemmas, out) : rc;
}
