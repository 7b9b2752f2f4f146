/* test_search_chunk.c - search over fields laid out back to back (as the
 * pack cache lays them out) gives exactly the hits, order and spans of the
 * search field by field, for patterns that cross fields, anchor, look
 * around, match empty or hit the match limit; the cache lays the fields
 * out that way. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "content.h"
#include "search.h"
#include "status.h"

#include "check.h"
#include "test_util.h"

static const char *texts[] = {
	"Возврат  товара ",
	" ёлка\nи ель",
	"",
	"а",
	"ааа ббб ааа",
	"Заказ № 12345678, оплата картой.",
	"ЁЖ ёж еж",
	"   ",
	"абвабв\n",
	"конец",
};
#define N (sizeof texts / sizeof texts[0])

/* The texts with their folded copies back to back in buf, each followed
 * by a NUL, as the cache stores them. */
static struct content packed(struct text_field *f, char *buf)
{
	struct content c = {.fields = f, .field_count = N, .text_valid = true};
	size_t at = 0;

	for (size_t i = 0; i < N; i++) {
		size_t n = strlen(texts[i]);
		memcpy(buf + at, texts[i], n + 1);
		test_fold_yo(buf + at);
		f[i] = (struct text_field){.path = "p",
					   .field = "body",
					   .text = texts[i],
					   .folded = buf + at,
					   .length = n};
		at += n + 1;
	}
	return c;
}

/* The same texts one by one, folded by search itself. */
static struct content apart(struct text_field *f)
{
	struct content c = {.fields = f, .field_count = N, .text_valid = true};

	for (size_t i = 0; i < N; i++)
		f[i] = (struct text_field){.path = "p",
					   .field = "body",
					   .text = texts[i],
					   .length = strlen(texts[i])};
	return c;
}

static bool same_hits(const struct search_result *a,
		      const struct search_result *b)
{
	if (a->count != b->count || a->truncated != b->truncated)
		return false;
	for (size_t i = 0; i < a->count; i++)
		if (memcmp(&a->hits[i], &b->hits[i], sizeof a->hits[i]))
			return false;
	return true;
}

/* Searches both layouts; returns the hit count (-1 on a status). */
static long compare(const char *pattern, const struct content *one,
		    const struct content *two, size_t max)
{
	struct search_query *q;
	struct search_error err;
	struct search_result a, b;

	if (!CHECK_MSG(search_compile(pattern, strlen(pattern), &q, &err) ==
			       HN_OK,
		       "compile %s", pattern))
		return -1;
	int ra = search_run(q, one, max, &a, &err);
	int rb = search_run(q, two, max, &b, &err);
	search_free(q);
	CHECK_MSG(ra == rb, "%s: status %d vs %d", pattern, ra, rb);
	if (ra != HN_OK || rb != HN_OK) {
		if (ra == HN_OK)
			search_result_free(&a);
		if (rb == HN_OK)
			search_result_free(&b);
		return -1;
	}
	CHECK_MSG(same_hits(&a, &b), "%s: %zu vs %zu hits differ", pattern,
		  a.count, b.count);
	long n = (long)a.count;
	search_result_free(&a);
	search_result_free(&b);
	return n;
}

static const char *patterns[] = {
	"\\s+", "[^а]+",    "$",         "^",      "(?s).+",
	"\\b",  ".",        "а*",        "",       "е",
	"ёж",   "\\S+\\s*", "а(?=\\W)",  "а(?!б)", "(?<=\\s)\\w",
	"\\z",  "(?m)^\\w", "[0-9]{4,}", "Ё",      "(?s)в.*?а",
	"\\s*", "(?i)ЕЖ",   "ааа|конец", "\\x{0}",
};

static void test_same_as_per_field(void)
{
	struct text_field f1[N], f2[N];
	char buf[1024];
	struct content one = packed(f1, buf), two = apart(f2);

	for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
		for (size_t max = 0; max < 4; max += 3)
			compare(patterns[i], &one, &two, max);
	CHECK(compare("\\s+", &one, &two, 0) == 15);
	CHECK(compare("(?s).+", &one, &two, 0) == 9);
	CHECK(compare("ёж", &one, &two, 0) == 3);
}

/* Matches that only the big buffer has (through the NUL between fields or
 * from a neighbour's text) must not show. */
static void test_no_cross_field_hits(void)
{
	struct text_field f1[N], f2[N];
	char buf[1024];
	struct content one = packed(f1, buf), two = apart(f2);

	CHECK(compare("(?s)ль.+", &one, &two, 0) == 0);
	CHECK(compare("(?s)конец.|товара..ёлка", &one, &two, 0) == 0);
	CHECK(compare("ель.", &one, &two, 0) == 0);
}

/* Backtracking that per field stops with "too complex" still does. */
static void test_match_limit(void)
{
	static char big[2][8200];
	struct text_field f1[2], f2[2];
	char buf[sizeof big + 2];

	for (int i = 0; i < 2; i++) {
		memset(big[i], 'a', sizeof big[i] - 1);
		big[i][sizeof big[i] - 1] = '\0';
	}
	memcpy(buf, big[0], sizeof big[0]);
	memcpy(buf + sizeof big[0], big[1], sizeof big[1]);
	for (int i = 0; i < 2; i++) {
		f1[i] = (struct text_field){.path = "p",
					    .field = "b",
					    .text = big[i],
					    .folded = buf + i * sizeof big[0],
					    .length = sizeof big[i] - 1};
		f2[i] = f1[i];
		f2[i].folded = NULL;
	}
	struct content one = {
		.fields = f1, .field_count = 2, .text_valid = true};
	struct content two = {
		.fields = f2, .field_count = 2, .text_valid = true};
	CHECK(compare("(a+)+b", &one, &two, 0) == -1);
	CHECK(compare("a{3}b|a", &one, &two, 0) == 16398);
}

static void test_is_local(void)
{
	const char *yes[] = {"возврат",   "заказ[а-яё]*\\s+№\\s*[0-9]{4,}",
			     "(?s).+",    "(?i:а|б)",
			     "\\.\\p{L}", "(?:ab)?c"};
	const char *no[] = {"^а",      "а$",   "[^а]", "\\bа",    "а(?=б)",
			    "(?<!а)б", "\\Aа", "а\\z", "(*UCP)а", "а\\K",
			    "(?>а)",   "\\1",  "\\",   "(a+)+b",  "(.*0)*x"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		CHECK_MSG(search_pattern_is_local(yes[i], strlen(yes[i])), "%s",
			  yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		CHECK_MSG(!search_pattern_is_local(no[i], strlen(no[i])), "%s",
			  no[i]);
}

/* The cache stores every field's searched text back to back, in field
 * order, even a text two fields share. */
static void test_cache_layout(void)
{
	struct text_field f[N + 1];
	struct content two = apart(f);
	char dir[] = "/tmp/helpnav-test-chunk-XXXXXX";
	char path[64];
	struct content *c = NULL;
	char *folded[N + 1];

	for (size_t i = 0; i < N; i++) {
		folded[i] = strdup(texts[i]);
		test_fold_yo(folded[i]);
		f[i].folded = folded[i];
	}
	f[N] = f[0]; /* shared with field 0 */
	folded[N] = NULL;
	two.field_count = N + 1;
	if (!CHECK(mkdtemp(dir) != NULL))
		return;
	snprintf(path, sizeof path, "%s/c.cache", dir);
	CHECK(cache_write(path, &two, 42) == HN_OK);
	CHECK(cache_read_fields(path, 42, &c) == HN_OK);
	if (c && CHECK(c->field_count == N + 1)) {
		for (size_t i = 0; i + 1 < c->field_count; i++) {
			struct text_field s1, s2;
			const struct text_field *a = content_field(c, i, &s1),
						*b = content_field(c, i + 1,
								   &s2);
			CHECK_MSG(b->folded == a->folded + a->length + 1,
				  "field %zu not right after %zu", i + 1, i);
		}
		for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
			compare(patterns[i], c, &two, 0);
	}
	content_free(c);
	for (size_t i = 0; i < N; i++)
		free(folded[i]);
	unlink(path);
	rmdir(dir);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_same_as_per_field),
	CHECK_CASE(test_no_cross_field_hits),
	CHECK_CASE(test_match_limit),
	CHECK_CASE(test_is_local),
	CHECK_CASE(test_cache_layout),
};

CHECK_SUITE(all_cases, NULL, NULL);
