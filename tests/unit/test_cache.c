/* SPDX-License-Identifier: MIT */
/* test_cache.c - the compiled cache of a content pack: a round trip gives
 * the same content, and a missing, stale, truncated, corrupt or
 * unwritable cache falls back to parsing with the same results. */
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../../src/core/cache_internal.h"
#include "cache.h"
#include "check.h"
#include "content.h"
#include "corpus.h"
#include "loader.h"
#include "same_content.h"
#include "search.h"
#include "status.h"

/* Hits of pattern in k, as "row:start-end;" text. */
static char *corpus_hits(const struct corpus *k, const char *pattern)
{
	struct search_query *q;
	struct search_error err;
	struct search_result res;
	if (search_compile(pattern, strlen(pattern), &q, &err) != HN_OK)
		return NULL;
	int rc = search_run(q, k, 0, &res, &err);
	search_free(q);
	if (rc != HN_OK)
		return NULL;
	char *out = calloc(res.count + 1, 48);
	size_t n = 0;
	for (size_t i = 0; out && i < res.count; i++)
		n += (size_t)sprintf(out + n, "%zu:%zu-%zu;", res.hits[i].row,
				     res.hits[i].byte_start,
				     res.hits[i].byte_end);
	search_result_free(&res);
	return out;
}

/* The same over c's corpus. */
static char *hits(const struct content *c, const char *pattern)
{
	struct corpus *k = NULL;
	char *out = corpus_build(c, &k) == HN_OK ? corpus_hits(k, pattern)
						 : NULL;
	corpus_free(k);
	return out;
}

/* Whether two hit lists (freed here) are the same, and not empty. */
static bool same_found(char *x, char *y)
{
	bool same = x && y && *x && !strcmp(x, y);
	free(x);
	free(y);
	return same;
}

static bool same_hits(const struct content *orig, const struct corpus *k,
		      const char *pattern)
{
	return same_found(hits(orig, pattern), corpus_hits(k, pattern));
}

static bool same_search(const struct content *a, const struct content *b,
			const char *pattern)
{
	return same_found(hits(a, pattern), hits(b, pattern));
}

/* A content or corpus read from a cache (a parsed one is built on the
 * heap). */
static bool from_cache(const struct content *c)
{
	return c->from_cache;
}

static bool corpus_from_cache(const struct corpus *k)
{
	return k->own_block != NULL;
}

static char tmp_root[] = "/tmp/helpnav-test-cache-XXXXXX";

/* The built-in pack, loaded by setup: what the caches are made from. */
static struct content *builtin_pack; /* parsed from the embedded YAML */
static struct content *image_pack;   /* the built-in image */

/* The built-in image's lemma map, written with the pack in the caches
 * below so that their damage reaches it too. */
static const struct lemma_map *image_lemmas(void)
{
	return image_pack->lemmas;
}

static char *tmp_path(const char *name)
{
	char *p = malloc(strlen(tmp_root) + strlen(name) + 2);
	sprintf(p, "%s/%s", tmp_root, name);
	return p;
}

static unsigned char *read_all(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	struct stat st;
	if (f && fstat(fileno(f), &st) == 0) {
		*size = (size_t)st.st_size;
		buf = malloc(*size + 1);
		if (buf && fread(buf, 1, *size, f) != *size) {
			free(buf);
			buf = NULL;
		}
	}
	if (f)
		fclose(f);
	return buf;
}

static void write_all(const char *path, const void *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	if (f) {
		fwrite(data, 1, size, f);
		fclose(f);
	}
}

/* cache_read of these bytes must fail cleanly, or give a content that
 * passes a full walk (checked under the sanitizers). */
static int read_bytes(const char *path, const void *data, size_t size,
		      unsigned long long key)
{
	struct content *c = NULL;
	write_all(path, data, size);
	int rc = cache_read(path, key, &c);
	CHECK((rc == HN_OK) == (c != NULL));
	if (c) {
		char *h = hits(c, "а");
		free(h);
		content_free(c);
	}
	return rc;
}

/* cache_read_corpus of these bytes must fail cleanly, or give a corpus
 * whose searches are orig's. */
static int read_fields_bytes(const char *path, const void *data, size_t size,
			     unsigned long long key, const struct content *orig)
{
	struct corpus *k = NULL;
	write_all(path, data, size);
	int rc = cache_read_corpus(path, key, &k);
	CHECK((rc == HN_OK) == (k != NULL));
	if (k) {
		CHECK(same_hits(orig, k, "а"));
		CHECK(same_hits(orig, k, "№|\\d+"));
		corpus_free(k);
	}
	return rc;
}

static void test_round_trip(void)
{
	const struct content *orig = builtin_pack;
	char *path = tmp_path("round.cache");
	struct content *c = NULL;
	struct corpus *k = NULL;
	CHECK(cache_write(path, orig, image_lemmas(), 42) == HN_OK);
	CHECK(cache_read(path, 42, &c) == HN_OK);
	CHECK(c && from_cache(c) && same_content(orig, c));
	CHECK(c && same_search(orig, c, "возврат"));
	CHECK(c && same_search(orig, c, "[0-9]+\\s*(минут|час)"));
	CHECK(c && same_search(orig, c, "Чат"));
	content_free(c);
	c = NULL;
	CHECK(cache_read(path, 43, &c) == HN_INVALID && !c);
	CHECK(cache_read_corpus(path, 42, &k) == HN_OK);
	CHECK(k && corpus_count(k) == orig->field_count &&
	      corpus_from_cache(k));
	bool same_fields = k != NULL;
	for (size_t i = 0; k && i < corpus_count(k); i++) {
		struct text_field f = corpus_field(k, i);
		const struct text_field *o = &orig->fields[i];
		same_fields = same_fields && same_str(f.path, o->path) &&
			      same_str(f.field, o->field) &&
			      same_str(f.text, o->text) &&
			      f.length == o->length;
	}
	CHECK(same_fields);
	CHECK(k && same_hits(orig, k, "возврат"));
	CHECK(k && same_hits(orig, k, "ещё"));
	corpus_free(k);
	k = NULL;
	CHECK(cache_read_corpus(path, 43, &k) == HN_INVALID && !k);
	char *missing = tmp_path("missing.cache");
	CHECK(cache_read(missing, 42, &c) == HN_IO && !c);
	free(missing);
	free(path);
}

static void test_damaged(void)
{
	const struct content *orig = builtin_pack;
	char *good = tmp_path("good.cache"), *bad = tmp_path("bad.cache");
	size_t size;
	CHECK(cache_write(good, orig, image_lemmas(), 7) == HN_OK);
	unsigned char *data = read_all(good, &size);
	CHECK(data && size > sizeof(struct cache_header) + 1000);
	if (!data)
		return;
	size_t cuts[] = {0,
			 1,
			 sizeof(struct cache_header) - 1,
			 sizeof(struct cache_header),
			 size / 2,
			 size - 4,
			 size - 1};
	for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++)
		CHECK(read_bytes(bad, data, cuts[i], 7) == HN_INVALID);
	struct cache_header h;
	memcpy(&h, data, sizeof h);
	/* the fields alone: cut in the table or at its end; the stream is
	 * not needed, but the file must still be whole */
	size_t field_cuts[] = {h.table_off, h.table_off + 7, h.stream_off - 1,
			       h.stream_off, size - 1};
	for (size_t i = 0; i < sizeof field_cuts / sizeof *field_cuts; i++)
		CHECK_MSG(read_fields_bytes(bad, data, field_cuts[i], 7,
					    orig) == HN_INVALID,
			  "cut at %zu", field_cuts[i]);
	/* every header byte, then bytes all through the file, then a byte
	 * in each section: the table, the searched texts, the other
	 * strings, the stream, each checksum */
	size_t spots[] = {h.table_off + 3,
			  h.table_off + cache_table_len(&h) - 2,
			  h.strings_off + 2,
			  h.strings_off + h.subjects_end - 1,
			  h.strings_off + h.subjects_end + 5,
			  h.stream_off + 1,
			  offsetof(struct cache_header, sums),
			  offsetof(struct cache_header, sums[CACHE_TABLE]),
			  offsetof(struct cache_header, sums[CACHE_STREAM]) + 7,
			  offsetof(struct cache_header, header_sum)};
	int caught = 0, tried = 0, caught_fields = 0, tried_fields = 0;
	size_t n_spots = sizeof spots / sizeof *spots, k = 0;
	for (size_t at = 0; at < size; at = k < n_spots ? spots[k++]
					    : at < sizeof(struct cache_header)
						    ? at + 1
						    : at + 4099) {
		data[at] ^= 0x20;
		caught += read_bytes(bad, data, size, 7) == HN_INVALID;
		tried++;
		int rf = read_fields_bytes(bad, data, size, 7, orig);
		/* --search does not read the stream (its checksum is in the
		 * header, which it checks whole) */
		if (at < h.stream_off) {
			caught_fields += rf == HN_INVALID;
			tried_fields++;
		} else {
			CHECK_MSG(rf == HN_OK, "fields refused at %zu", at);
		}
		data[at] ^= 0x20;
	}
	CHECK(caught == tried);
	CHECK(caught_fields == tried_fields && tried_fields > 20);
	CHECK(read_bytes(bad, data, size, 7) == HN_OK);
	CHECK(read_fields_bytes(bad, data, size, 7, orig) == HN_OK);
	free(data);
	free(good);
	free(bad);
}

/* Writes copy (with its checksums recomputed, as a forger would) to path
 * and reads it back both ways; returns how many reads refused it. */
static int forged_reads(const char *path, unsigned char *copy, size_t size,
			unsigned long long key)
{
	struct cache_header h;
	struct corpus *k = NULL;
	memcpy(&h, copy, sizeof h);
	cache_seal(&h, (const char *)copy);
	memcpy(copy, &h, sizeof h);
	int refused = read_bytes(path, copy, size, key) != HN_OK;
	int rc = cache_read_corpus(path, key, &k);
	CHECK((rc == HN_OK) == (k != NULL));
	if (k) {
		char *x = corpus_hits(k, "а");
		free(x);
		corpus_free(k);
	}
	return refused + (rc != HN_OK);
}

/* A checksum only catches accidents: with it recomputed, damaged words
 * must still be refused by the bounds checks, never crash. */
static void test_forged(void)
{
	const struct content *orig = builtin_pack;
	char *good = tmp_path("forge.cache"), *bad = tmp_path("forged.cache");
	size_t size;
	CHECK(cache_write(good, orig, image_lemmas(), 9) == HN_OK);
	unsigned char *data = read_all(good, &size);
	if (!data)
		return;
	struct cache_header h;
	memcpy(&h, data, sizeof h);
	size_t words = (size - h.table_off) / 4;
	uint32_t junk[] = {0xFFFFFFFFu,
			   0x7FFFFFFFu,
			   (uint32_t)h.strings_len,
			   (uint32_t)h.strings_len + 1,
			   1000000,
			   5};
	unsigned char *copy = malloc(size);
	srand(1);
	int refused = 0;
	for (int round = 0; round < 400; round++) {
		memcpy(copy, data, size);
		size_t w = (size_t)rand() % words;
		uint32_t v = junk[(size_t)rand() % 6];
		memcpy(copy + h.table_off + 4 * w, &v, 4);
		refused += forged_reads(bad, copy, size, 9) > 0;
	}
	/* many words are line numbers or string offsets, where another
	 * value is still a valid (different) content */
	CHECK(refused > 30);
	/* a count that runs past the stream; the table's rows out of order,
	 * past the strings, or not ending where the searched texts do */
	uint32_t too_many = 0xFFFFFFF0u, row = 0;
	memcpy(copy, data, size);
	memcpy(copy + h.stream_off, &too_many, 4);
	CHECK(forged_reads(bad, copy, size, 9) == 1);
	size_t table_words[] = {0, 4, 5, 6, 7, 4 * (size_t)h.row_count};
	for (size_t k = 0; k < sizeof table_words / sizeof *table_words; k++) {
		memcpy(copy, data, size);
		row = table_words[k] % 4 ? (uint32_t)h.strings_len
					 : 0xFFFFFFFFu;
		memcpy(copy + h.table_off + 4 * table_words[k], &row, 4);
		CHECK_MSG(forged_reads(bad, copy, size, 9) == 2, "word %zu",
			  table_words[k]);
	}
	/* a header whose numbers disagree with the file */
	uint64_t *nums[] = {&h.subjects_end, &h.row_count, &h.table_off};
	for (size_t k = 0; k < sizeof nums / sizeof *nums; k++) {
		uint64_t was = *nums[k];
		memcpy(copy, data, size);
		*nums[k] = was + 4;
		memcpy(copy, &h, sizeof h);
		CHECK_MSG(forged_reads(bad, copy, size, 9) == 2, "header %zu",
			  k);
		*nums[k] = was;
	}
	free(copy);
	free(data);
	free(good);
	free(bad);
}

/* Copies the source tree's YAML content files into dir. */
static void copy_pack(const char *dir)
{
	DIR *d = opendir(HELPNAV_SOURCE_DIR "/content");
	struct dirent *e;
	mkdir(dir, 0755);
	while (d && (e = readdir(d))) {
		size_t n = strlen(e->d_name), size;
		char src[4096], dst[4096];
		if (n < 6 || strcmp(e->d_name + n - 5, ".yaml"))
			continue;
		snprintf(src, sizeof src, "%s/content/%s", HELPNAV_SOURCE_DIR,
			 e->d_name);
		snprintf(dst, sizeof dst, "%s/%s", dir, e->d_name);
		unsigned char *data = read_all(src, &size);
		if (data)
			write_all(dst, data, size);
		free(data);
	}
	if (d)
		closedir(d);
}

static struct content *load(const char *dir, int *rc)
{
	struct content *c = NULL;
	struct diag_list d = {0};
	*rc = cache_load_dir(dir, &c, &d);
	diag_list_free(&d);
	return c;
}

/* Files changed in the last 2 s are not cached yet (coarse file times):
 * removes the cache file and loads until it appears, with a deadline. */
static struct content *load_until_cached(const char *dir, const char *file)
{
	double deadline = check_now() + 20;
	unlink(file);
	for (;;) {
		int rc;
		struct content *c = load(dir, &rc);
		if (!c || from_cache(c) || access(file, F_OK) == 0 ||
		    check_now() > deadline)
			return c;
		content_free(c);
		struct timespec pause = {0, 50 * 1000 * 1000};
		nanosleep(&pause, NULL);
	}
}

static const char extra_page[] =
	"pages:\n  - id: extra\n    title: Новая страница %d\n"
	"    body:\n      - note: Проверка кэша.\n";

static void write_extra(const char *pack, int n)
{
	char path[4096], text[256];
	snprintf(path, sizeof path, "%s/zz-extra.yaml", pack);
	int len = snprintf(text, sizeof text, extra_page, n);
	write_all(path, text, (size_t)len);
}

/* A new file, then the same file changed: the cache is stale each time. */
static void load_dir_stale(const char *pack, const char *file,
			   const struct content *direct)
{
	int rc;
	write_extra(pack, 1);
	struct content *c = load(pack, &rc);
	CHECK(c && !from_cache(c) && c->page_count == direct->page_count + 1);
	content_free(c);
	c = load_until_cached(pack, file);
	content_free(c);
	write_extra(pack, 2);
	c = load(pack, &rc);
	const struct page *p = c ? content_find_page(c, "extra") : NULL;
	CHECK(p && !strcmp(p->title, "Новая страница 2"));
	content_free(c);
	c = load_until_cached(pack, file);
	content_free(c);
	c = load(pack, &rc);
	p = c ? content_find_page(c, "extra") : NULL;
	CHECK(c && from_cache(c) && p && !strcmp(p->title, "Новая страница 2"));
	content_free(c);
}

static struct corpus *load_fields(const char *dir, int *rc)
{
	struct corpus *k = NULL;
	struct diag_list d = {0};
	*rc = cache_load_corpus(dir, &k, &d);
	diag_list_free(&d);
	return k;
}

/* --search's load through a cache damaged in the table, the searched
 * texts or the other strings: the pack is parsed, with the same hits. */
static void load_fields_damaged(const char *pack, const char *file,
				const struct content *whole)
{
	int rc;
	size_t size;
	struct cache_header h;
	unsigned char *bytes = read_all(file, &size);
	if (!CHECK(bytes && size > sizeof h))
		return;
	memcpy(&h, bytes, sizeof h);
	struct corpus *c = load_fields(pack, &rc);
	CHECK(rc == HN_OK && c && corpus_from_cache(c) &&
	      same_hits(whole, c, "а"));
	corpus_free(c);
	size_t spots[] = {h.table_off + 9, h.strings_off + 1,
			  h.strings_off + h.subjects_end + 1};
	for (size_t i = 0; i < sizeof spots / sizeof *spots; i++) {
		bytes[spots[i]] ^= 4;
		write_all(file, bytes, size);
		bytes[spots[i]] ^= 4;
		/* the damage is found, the pack parsed, the cache rewritten
		 * (the same bytes as before the damage) and the corpus read
		 * back from it */
		c = load_fields(pack, &rc);
		size_t now_size;
		unsigned char *now = read_all(file, &now_size);
		CHECK_MSG(rc == HN_OK && c && corpus_from_cache(c) && now &&
				  now_size == size && !memcmp(now, bytes, size),
			  "byte %zu", spots[i]);
		free(now);
		CHECK(c && same_hits(whole, c, "возврат"));
		CHECK(c && same_hits(whole, c, "а"));
		corpus_free(c);
	}
	free(bytes);
}

/* Corrupt and truncated caches are parsed around and rewritten. */
static void load_dir_damaged(const char *pack, const char *file,
			     const struct content *direct)
{
	int rc;
	size_t size;
	unsigned char *bytes = read_all(file, &size);
	CHECK(bytes != NULL);
	if (!bytes)
		return;
	bytes[size / 2] ^= 1;
	write_all(file, bytes, size);
	struct content *c = load(pack, &rc);
	CHECK(rc == HN_OK && c && !from_cache(c));
	CHECK(c && c->page_count == direct->page_count + 1);
	content_free(c);
	write_all(file, bytes, size / 3);
	c = load(pack, &rc);
	CHECK(rc == HN_OK && c && !from_cache(c));
	content_free(c);
	c = load(pack, &rc);
	CHECK(rc == HN_OK && c && from_cache(c)); /* rewritten */
	free(bytes);
	load_fields_damaged(pack, file, c);
	content_free(c);
}

/* An unusable cache folder (a path through a regular file), the cache
 * turned off, and a missing pack (the loader's error, unchanged). */
static void load_dir_no_cache(const char *pack, const struct content *direct)
{
	int rc;
	char *blocker = tmp_path("blocker");
	write_all(blocker, "x", 1);
	char *through = tmp_path("blocker/sub");
	setenv("HELPNAV_CACHE_DIR", through, 1);
	struct content *c = load(pack, &rc);
	CHECK(rc == HN_OK && c && !from_cache(c) &&
	      c->page_count == direct->page_count + 1);
	content_free(c);

	setenv("HELPNAV_NO_CACHE", "1", 1);
	CHECK(cache_path_for(pack) == NULL);
	c = load(pack, &rc);
	CHECK(rc == HN_OK && c && !from_cache(c));
	content_free(c);
	unsetenv("HELPNAV_NO_CACHE");

	char *none = tmp_path("no-such-pack");
	c = load(none, &rc);
	CHECK(rc == HN_IO && !c);
	free(none);
	free(blocker);
	free(through);
}

static void test_load_dir(void)
{
	char *pack = tmp_path("pack"), *cdir = tmp_path("cache/sub");
	int rc;
	copy_pack(pack);
	setenv("HELPNAV_CACHE_DIR", cdir, 1);
	struct content *direct = NULL;
	struct diag_list d = {0};
	CHECK(loader_load_dir(pack, &direct, &d) == HN_OK);
	diag_list_free(&d);
	char *file = cache_path_for(pack);
	CHECK(file && !strncmp(file, cdir, strlen(cdir)));
	if (!direct || !file)
		return;

	struct content *c = load_until_cached(pack, file);
	CHECK(c && !from_cache(c) && same_content(direct, c));
	CHECK(access(file, F_OK) == 0);
	content_free(c);
	c = load(pack, &rc);
	CHECK(rc == HN_OK && c && from_cache(c) && same_content(direct, c));
	CHECK(c && same_search(direct, c, "возврат"));
	content_free(c);

	load_dir_stale(pack, file, direct);
	load_dir_damaged(pack, file, direct);
	load_dir_no_cache(pack, direct);
	free(file);
	content_free(direct);
	free(pack);
	free(cdir);
}

/* The built-in pack is in the binary, in its loaded form: the same as
 * its YAML parsed now, searched the same way, and no cache file is read
 * or written for it, even where a cache folder is set. */
static void test_builtin(void)
{
	const struct content *orig = builtin_pack;
	char *cdir = tmp_path("builtin-cache");
	struct content *c = NULL;
	struct corpus *k = NULL;
	struct diag_list d = {0};
	setenv("HELPNAV_CACHE_DIR", cdir, 1);
	CHECK(cache_load_builtin(&c, &d) == HN_OK && c && from_cache(c));
	CHECK(c && same_content(orig, c));
	CHECK(c && same_search(orig, c, "возврат"));
	CHECK(cache_load_corpus(NULL, &k, &d) == HN_OK && k &&
	      corpus_count(k) == orig->field_count);
	CHECK(k && same_hits(orig, k, "[0-9]+\\s*(минут|час)"));
	CHECK(access(cdir, F_OK) != 0);
	content_free(c);
	corpus_free(k);
	CHECK(d.count == 0);
	diag_list_free(&d);
	free(cdir);
}

static void test_cache_folder(void)
{
	char *xdg = tmp_path("xdg"), *home = tmp_path("home"), *p;
	unsetenv("HELPNAV_CACHE_DIR");
	setenv("XDG_CACHE_HOME", xdg, 1);
	p = cache_path_for(HELPNAV_SOURCE_DIR "/content");
	CHECK(p && !strncmp(p, xdg, strlen(xdg)) &&
	      !strncmp(p + strlen(xdg), "/helpnav/pack-", 14));
	free(p);
	setenv("XDG_CACHE_HOME", "relative/is/ignored", 1);
	setenv("HOME", home, 1);
	p = cache_path_for(HELPNAV_SOURCE_DIR "/content");
	CHECK(p && !strncmp(p, home, strlen(home)) &&
	      !strncmp(p + strlen(home), "/.cache/helpnav/pack-", 21));
	free(p);
	free(xdg);
	free(home);
}

static int setup(void)
{
	struct diag_list d = {0};

	if (!CHECK(mkdtemp(tmp_root) != NULL))
		return 1;
	unsetenv("HELPNAV_NO_CACHE");
	CHECK(loader_load_builtin(&builtin_pack, &d) == HN_OK);
	CHECK(cache_load_builtin(&image_pack, &d) == HN_OK);
	diag_list_free(&d);
	return builtin_pack && image_pack && image_pack->lemmas ? 0 : 1;
}

static void teardown(void)
{
	char cmd[256];

	content_free(builtin_pack);
	content_free(image_pack);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
	if (tmp_root[0] && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmp_root);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_round_trip), CHECK_CASE(test_damaged),
	CHECK_CASE(test_forged),     CHECK_CASE(test_builtin),
	CHECK_CASE(test_load_dir),   CHECK_CASE(test_cache_folder),
};

CHECK_SUITE(all_cases, setup, teardown);
