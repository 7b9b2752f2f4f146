/* cache_read.c - cache_read: a cache file back into a struct content.
 *
 * The file is mapped and its strings are used in place; the records are
 * rebuilt in the content's arena. Nothing read is trusted: every count is
 * bounded by the words left, every string offset by the strings section,
 * every enum and channel index by its range, every field table row by the
 * strings and its neighbours. A fields-only read maps and checks only the
 * strings and the table, and uses the table in place. */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "cache.h"
#include "cache_internal.h"
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

static void origin(struct reader *r, struct origin *o)
{
	o->file = str(r);
	o->line = get(r);
	o->col = get(r);
}

static void sources(struct reader *r, struct source_list *l)
{
	const char **ids = get_array(r, sizeof *ids, &l->count);
	for (size_t i = 0; i < l->count && !r->bad; i++)
		ids[i] = str_req(r);
	l->ids = ids;
}

static void block(struct reader *r, struct block *b)
{
	b->kind = (enum block_kind)get_below(r, BLOCK_NUMBER + 1);
	b->text = str_req(r);
	sources(r, &b->sources);
	b->status = (enum claim_status)get_below(r, CLAIM_NOT_FOR_USERS + 1);
	b->versions = get_array(r, sizeof *b->versions, &b->version_count);
	for (size_t v = 0; v < b->version_count && !r->bad; v++) {
		b->versions[v].text = str_req(r);
		sources(r, &b->versions[v].sources);
		origin(r, &b->versions[v].at);
	}
	b->advice = str(r);
	origin(r, &b->at);
}

static void blocks(struct reader *r, struct block_list *l)
{
	l->items = get_array(r, sizeof *l->items, &l->count);
	for (size_t i = 0; i < l->count && !r->bad; i++)
		block(r, &l->items[i]);
}

static void checks(struct reader *r, struct check_list *l)
{
	l->items = get_array(r, sizeof *l->items, &l->count);
	for (size_t i = 0; i < l->count && !r->bad; i++) {
		struct check_item *it = &l->items[i];
		it->id = str_req(r);
		it->text = str_req(r);
		it->field = get_below(r, 2);
		it->phase = (enum check_phase)get_below(r, PHASE_AFTER + 1);
		sources(r, &it->sources);
		origin(r, &it->at);
		sources(r, &it->kinds);
	}
}

static void channel(struct reader *r, struct channel *ch)
{
	ch->id = str_req(r);
	ch->title = str_req(r);
	ch->summary = str(r);
	ch->kind = str(r);
	blocks(r, &ch->steps);
	blocks(r, &ch->hours);
	blocks(r, &ch->response);
	blocks(r, &ch->notes);
	checks(r, &ch->checklist);
	origin(r, &ch->at);
}

static void category(struct reader *r, struct category *cat)
{
	struct content *c = r->c;
	cat->id = str_req(r);
	cat->title = str_req(r);
	cat->summary = str(r);
	const struct channel **chans =
		get_array(r, sizeof *chans, &cat->channel_count);
	uint32_t limit = c->channel_count < UINT32_MAX
				 ? (uint32_t)c->channel_count
				 : UINT32_MAX;
	for (size_t i = 0; i < cat->channel_count && !r->bad; i++)
		chans[i] = &c->channels[get_below(r, limit)];
	cat->channels = chans;
	blocks(r, &cat->notes);
	checks(r, &cat->checklist);
	origin(r, &cat->at);
}

/* Every row of the field table points into the strings: the searched
 * texts in order from 1 up to subjects_end, each row's other strings
 * anywhere. Only offsets are read, not the texts. */
static bool table_ok(const struct cache_header *h, const uint32_t *rows)
{
	size_t n = (size_t)h->field_count;
	uint32_t len = (uint32_t)h->strings_len,
		 end = (uint32_t)h->subjects_end;
	bool ok = rows[0] == 1 && rows[n * FIELD_ROW_WORDS] == end;
	for (size_t i = 0; i < n; i++) {
		const uint32_t *r = rows + i * FIELD_ROW_WORDS;
		uint32_t size = r[FIELD_ROW_WORDS] - r[FIELD_ROW_SUBJECT];
		/* one & per row: the loop stays branch-free */
		ok &= (r[FIELD_ROW_WORDS] > r[FIELD_ROW_SUBJECT]) &
		      (size <= len) & (r[FIELD_ROW_TEXT] <= len - size) &
		      (r[FIELD_ROW_PATH] < len) & (r[FIELD_ROW_NAME] < len);
	}
	return ok;
}

/* The fields as an array (for the navigator), from the checked table;
 * every text's NUL is checked too. */
static void fields(struct reader *r, const struct field_table *t, size_t n)
{
	struct content *c = r->c;
	c->fields = arena_calloc(r->a, n ? n : 1, sizeof *c->fields);
	if (!c->fields) {
		r->nomem = true;
		return;
	}
	c->field_count = n;
	struct content view = {.field_count = n, .table = *t};
	for (size_t i = 0; i < n && !r->bad; i++) {
		struct text_field *f = &c->fields[i];
		content_field(&view, i, f);
		if (f->text[f->length] != '\0' || f->folded[f->length] != '\0')
			r->bad = true;
	}
}

static void number(struct reader *r, struct number_record *n)
{
	n->id = str_req(r);
	n->number = str(r);
	sources(r, &n->written);
	n->status = (enum number_status)get_below(r, NUMBER_TRAVEL + 1);
	n->title = str_req(r);
	n->says = get_array(r, sizeof *n->says, &n->say_count);
	for (size_t i = 0; i < n->say_count && !r->bad; i++) {
		n->says[i].source = str_req(r);
		n->says[i].text = str_req(r);
		origin(r, &n->says[i].at);
	}
	origin(r, &n->at);
}

static void numbers(struct reader *r, struct content *c)
{
	c->numbers = get_array(r, sizeof *c->numbers, &c->number_count);
	for (size_t i = 0; i < c->number_count && !r->bad; i++)
		number(r, &c->numbers[i]);
}

static void walk(struct reader *r, struct content *c)
{
	c->sources = get_array(r, sizeof *c->sources, &c->source_count);
	for (size_t i = 0; i < c->source_count && !r->bad; i++) {
		struct source *s = &c->sources[i];
		s->id = str_req(r);
		s->title = str_req(r);
		s->file = str(r);
		s->note = str(r);
		origin(r, &s->at);
	}
	c->channels = get_array(r, sizeof *c->channels, &c->channel_count);
	for (size_t i = 0; i < c->channel_count && !r->bad; i++)
		channel(r, &c->channels[i]);
	c->categories = get_array(r, sizeof *c->categories, &c->category_count);
	for (size_t i = 0; i < c->category_count && !r->bad; i++)
		category(r, &c->categories[i]);
	c->pages = get_array(r, sizeof *c->pages, &c->page_count);
	for (size_t i = 0; i < c->page_count && !r->bad; i++) {
		struct page *p = &c->pages[i];
		p->id = str_req(r);
		p->title = str_req(r);
		p->summary = str(r);
		blocks(r, &p->body);
		origin(r, &p->at);
	}
	checks(r, &c->general);
	numbers(r, c);
	if (r->pos != r->count)
		r->bad = true;
}

/* The header's promises, checked against the file itself. */
static bool header_ok(const struct cache_header *h, size_t size, uint64_t key)
{
	return size >= sizeof *h &&
	       !memcmp(h->magic, CACHE_MAGIC, sizeof CACHE_MAGIC) &&
	       h->version == CACHE_VERSION && h->header_size == sizeof *h &&
	       h->key == key && h->header_sum == cache_header_sum(h) &&
	       h->text_valid <= 1 && h->file_size == size &&
	       h->strings_off == sizeof *h && h->strings_len >= 1 &&
	       h->strings_len < UINT32_MAX &&
	       h->strings_len <= size - h->strings_off &&
	       h->subjects_end >= 1 && h->subjects_end <= h->strings_len &&
	       h->table_off >= h->strings_off + h->strings_len &&
	       h->table_off % 4 == 0 && h->table_off <= size &&
	       h->field_count < UINT32_MAX / FIELD_ROW_WORDS &&
	       cache_table_len(h) <= size - h->table_off &&
	       h->stream_off == h->table_off + cache_table_len(h) &&
	       h->stream_len % 4 == 0 && h->stream_len == size - h->stream_off;
}

/* Above this many bytes of strings, their second half is checksummed on
 * a thread of its own while this one does the first: the pages of a cold
 * mapping are faulted in and read on two CPUs. */
#define THREAD_BYTES ((size_t)8 << 20)

struct half {
	const char *p;
	size_t n;
	uint64_t seed, sum;
};

static void *half_sum(void *arg)
{
	struct half *h = arg;
	h->sum = cache_checksum(h->p, h->n, h->seed);
	return NULL;
}

static bool strings_ok(const struct cache_header *h, const char *strings)
{
	size_t half = (size_t)h->strings_len / 2;
	struct half second = {strings + half, (size_t)h->strings_len - half,
			      h->key ^ 4, 0};
	pthread_t t;
	bool threaded = h->strings_len > THREAD_BYTES &&
			pthread_create(&t, NULL, half_sum, &second) == 0;
	uint64_t first = cache_checksum(strings, half, h->key ^ 1);
	if (threaded)
		pthread_join(t, NULL);
	else
		half_sum(&second);
	return first == h->strings_sum[0] && second.sum == h->strings_sum[1];
}

/* The strings and the table: checksums, then the table's rows. */
static bool fields_ok(const struct cache_header *h, const char *map)
{
	const char *strings = map + h->strings_off;
	const uint32_t *rows =
		(const uint32_t *)(const void *)(map + h->table_off);
	return strings[h->strings_len - 1] == '\0' && strings_ok(h, strings) &&
	       cache_checksum(rows, cache_table_len(h), h->key ^ 2) ==
		       h->table_sum &&
	       table_ok(h, rows);
}

static int build(const char *map, const struct cache_header *h,
		 bool fields_only, struct content **out)
{
	struct content *c = calloc(1, sizeof *c);
	struct field_table t = {
		.rows = (const uint32_t *)(const void *)(map + h->table_off),
		.strings = map + h->strings_off,
	};
	struct reader r = {
		.words = (const uint32_t *)(const void *)(map + h->stream_off),
		.count = h->stream_len / 4,
		.strings = map + h->strings_off,
		.strings_len = h->strings_len,
		.c = c,
	};
	if (c)
		c->arena = r.a = arena_new();
	if (!c || !r.a) {
		free(c);
		return HN_NOMEM;
	}
	c->text_valid = h->text_valid;
	if (fields_only) {
		c->table = t;
		c->field_count = (size_t)h->field_count;
	} else {
		walk(&r, c);
		if (!r.bad)
			fields(&r, &t, (size_t)h->field_count);
	}
	if (r.bad || r.nomem) {
		content_free(c);
		return r.nomem ? HN_NOMEM : HN_INVALID;
	}
	*out = c;
	return HN_OK;
}

/* Maps the first *size bytes of path (all of them when *size is 0). */
static int map_file(const char *path, bool populate, void **map, size_t *size,
		    size_t *file_size)
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
	*file_size = (size_t)st.st_size;
	if (!*size || *size > *file_size)
		*size = *file_size;
	/* Everything mapped is read for the checksums: fault it in at once,
	 * unless two threads read it (strings_ok), which then fault in
	 * their halves side by side (-15 % wall time at 1000x). */
	*map = mmap(NULL, *size, PROT_READ,
		    MAP_PRIVATE | (populate ? MAP_POPULATE : 0), fd, 0);
	close(fd);
	return *map == MAP_FAILED ? HN_IO : HN_OK;
}

/* The header alone, for where the stream starts. */
static bool read_header(const char *path, struct cache_header *h)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool ok = pread(fd, h, sizeof *h, 0) == (ssize_t)sizeof *h;
	close(fd);
	return ok;
}

static int read_cache(const char *path, unsigned long long key,
		      bool fields_only, struct content **out)
{
	void *map;
	size_t size = 0, file_size;
	struct cache_header head;
	*out = NULL;
	/* --search needs neither the stream nor its pages */
	if (fields_only && read_header(path, &head) &&
	    head.stream_off > sizeof head)
		size = (size_t)head.stream_off;
	int rc = map_file(path, !fields_only, &map, &size, &file_size);
	if (rc != HN_OK)
		return rc;
	const struct cache_header *h = map;
	const char *bytes = map;
	if (!header_ok(h, file_size, key) || size < h->stream_off ||
	    !fields_ok(h, bytes) ||
	    (!fields_only &&
	     cache_checksum(bytes + h->stream_off, h->stream_len, key ^ 3) !=
		     h->stream_sum))
		rc = HN_INVALID;
	else
		rc = build(bytes, h, fields_only, out);
	if (rc != HN_OK) {
		munmap(map, size);
		return rc;
	}
	(*out)->mapping = map;
	(*out)->mapping_size = size;
	return HN_OK;
}

int cache_read(const char *path, unsigned long long key, struct content **out)
{
	return read_cache(path, key, false, out);
}

int cache_read_fields(const char *path, unsigned long long key,
		      struct content **out)
{
	return read_cache(path, key, true, out);
}
