/* SPDX-License-Identifier: MIT */
/* The lemma map in a pack's cache (cache.h, lemma.h): written with the
 * pack and read back both ways (the content, the corpus alone); a cache
 * written without the dictionary holds none; a map forged with the
 * project's own writer (unsorted, an empty word, an escape sequence,
 * bytes that are not UTF-8, a count that disagrees) makes the whole
 * cache refused, never a crash or a wrong look-up. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/cache_internal.h"
#include "cache.h"
#include "check.h"
#include "content.h"
#include "corpus.h"
#include "lemma.h"
#include "loader.h"
#include "status.h"

static char tmp_root[] = "/tmp/helpnav-cache-lemmas-XXXXXX";
static struct content *pack;

static char *tmp_path(const char *name)
{
	size_t n = strlen(tmp_root) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", tmp_root, name);
	return p;
}

/* A map of n entries as given, in that order (sorted or not). */
static struct lemma_map map_of(const struct lemma_entry *e, size_t n)
{
	return (struct lemma_map){e, n, NULL, NULL};
}

static const struct lemma_entry good[] = {
	{"вернет", "вернуть"},
	{"деньги", "деньги деньга"},
	{"оплатил", "оплатить"},
};

/* cache_read and cache_read_corpus of path with key: how many refused
 * it (HN_INVALID); a read that succeeds is walked. */
static int refusals(const char *path, unsigned long long key)
{
	struct content *c = NULL;
	struct corpus *k = NULL;
	int rc = cache_read(path, key, &c), refused = rc == HN_INVALID;
	CHECK((rc == HN_OK) == (c != NULL));
	if (c && c->lemmas)
		CHECK(lemma_map_find(c->lemmas, "вернет") != NULL);
	content_free(c);
	rc = cache_read_corpus(path, key, &k);
	CHECK((rc == HN_OK) == (k != NULL));
	if (k && corpus_lemmas(k))
		CHECK(lemma_map_find(corpus_lemmas(k), "вернет") != NULL);
	corpus_free(k);
	return refused + (rc == HN_INVALID);
}

static void test_round_trip(void)
{
	char *path = tmp_path("lemmas.cache");
	struct lemma_map m = map_of(good, 3);
	struct content *c = NULL;
	struct corpus *k = NULL;
	CHECK(cache_write(path, pack, &m, 5) == HN_OK);
	CHECK(cache_read(path, 5, &c) == HN_OK);
	CHECK(c && c->lemmas && c->lemmas->count == 3);
	CHECK(c && c->lemmas &&
	      !strcmp(lemma_map_find(c->lemmas, "деньги"), "деньги деньга"));
	CHECK(c && c->lemmas && !lemma_map_find(c->lemmas, "возврат"));
	content_free(c);
	CHECK(cache_read_corpus(path, 5, &k) == HN_OK);
	const struct lemma_map *km = k ? corpus_lemmas(k) : NULL;
	CHECK(km && km->count == 3 &&
	      !strcmp(lemma_map_find(km, "оплатил"), "оплатить"));
	corpus_free(k);
	free(path);
}

/* Written while the dictionary was missing: no map, which is not an
 * empty one (the reader then asks the dictionary). */
static void test_no_map(void)
{
	char *path = tmp_path("nomap.cache");
	struct lemma_map empty = map_of(good, 0);
	struct content *c = NULL;
	struct corpus *k = NULL;
	CHECK(cache_write(path, pack, NULL, 5) == HN_OK);
	CHECK(cache_read(path, 5, &c) == HN_OK && c && !c->lemmas);
	content_free(c);
	CHECK(cache_read_corpus(path, 5, &k) == HN_OK && k &&
	      !corpus_lemmas(k));
	corpus_free(k);
	CHECK(cache_write(path, pack, &empty, 5) == HN_OK);
	CHECK(cache_read_corpus(path, 5, &k) == HN_OK && k &&
	      corpus_lemmas(k) && corpus_lemmas(k)->count == 0);
	corpus_free(k);
	free(path);
}

/* Maps the writer writes as given and the reader must refuse. */
static void test_forged_maps(void)
{
	static const struct lemma_entry unsorted[] = {{"деньги", "деньга"},
						      {"вернет", "вернуть"}};
	static const struct lemma_entry twice[] = {{"вернет", "вернуть"},
						   {"вернет", "вернуть"}};
	static const struct lemma_entry empty_word[] = {{"", "вернуть"},
							{"вернет", "вернуть"}};
	static const struct lemma_entry escape[] = {
		{"вернет", "\x1b]0;PWNED\x07\x1b[2J"}};
	static const struct lemma_entry bad_utf[] = {
		{"вернет", "вер\xff\xfe\xc0\xaf"}};
	static const struct lemma_entry control[] = {{"вер\x01нет", "x"}};
	const struct lemma_map forged[] = {
		map_of(unsorted, 2), map_of(twice, 2),   map_of(empty_word, 2),
		map_of(escape, 1),   map_of(bad_utf, 1), map_of(control, 1),
	};
	char *path = tmp_path("forged.cache");
	for (size_t i = 0; i < sizeof forged / sizeof *forged; i++) {
		CHECK(cache_write(path, pack, &forged[i], 6) == HN_OK);
		CHECK_MSG(refusals(path, 6) == 2, "forged map %zu", i);
	}
	free(path);
}

static unsigned char *read_file(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	unsigned char *data = NULL;
	long n = -1;
	if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (data = malloc((size_t)n)) &&
	    fread(data, 1, (size_t)n, f) != (size_t)n) {
		free(data);
		data = NULL;
	}
	if (f)
		fclose(f);
	*size = data ? (size_t)n : 0;
	return data;
}

/* The header's numbers of the map changed, its checksums recomputed as
 * a forger would: refused. */
static void test_forged_header(void)
{
	char *path = tmp_path("header.cache");
	struct lemma_map m = map_of(good, 3);
	size_t size;
	CHECK(cache_write(path, pack, &m, 7) == HN_OK);
	unsigned char *data = read_file(path, &size);
	if (!CHECK(data != NULL))
		return;
	struct cache_header h0;
	memcpy(&h0, data, sizeof h0);
	const uint64_t changes[][2] = {
		{offsetof(struct cache_header, lemma_count), 2},
		{offsetof(struct cache_header, lemma_count), 4},
		{offsetof(struct cache_header, lemma_count), UINT64_MAX},
		{offsetof(struct cache_header, has_lemmas), 2},
		{offsetof(struct cache_header, has_lemmas), 0},
		{offsetof(struct cache_header, lemmas_len), h0.lemmas_len - 1},
		{offsetof(struct cache_header, lemmas_len), h0.lemmas_len + 4},
		{offsetof(struct cache_header, lemmas_off), h0.lemmas_off + 4},
	};
	for (size_t i = 0; i < sizeof changes / sizeof *changes; i++) {
		struct cache_header h = h0;
		memcpy((char *)&h + changes[i][0], &changes[i][1], 8);
		memcpy(data, &h, sizeof h);
		cache_seal(&h, (const char *)data);
		memcpy(data, &h, sizeof h);
		FILE *f = fopen(path, "wb");
		CHECK(f && fwrite(data, 1, size, f) == size);
		if (f)
			fclose(f);
		CHECK_MSG(refusals(path, 7) == 2, "header change %zu", i);
	}
	free(data);
	free(path);
}

static int setup(void)
{
	struct diag_list d = {0};
	if (!CHECK(mkdtemp(tmp_root) != NULL))
		return 1;
	CHECK(loader_load_builtin(&pack, &d) == HN_OK);
	diag_list_free(&d);
	return pack ? 0 : 1;
}

static void teardown(void)
{
	char cmd[256];
	content_free(pack);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmp_root);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_round_trip),
	CHECK_CASE(test_no_map),
	CHECK_CASE(test_forged_maps),
	CHECK_CASE(test_forged_header),
};

CHECK_SUITE(all_cases, setup, teardown);
