/* SPDX-License-Identifier: MIT */
/* test_search_chunk.c - search over a corpus, whose texts lie back to
 * back, gives exactly the hits, order and spans of the search field by
 * field, for patterns that cross fields, anchor, look around, match empty
 * or hit the match limit; so does a corpus read from the cache. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "content.h"
#include "corpus.h"
#include "search.h"
#include "status.h"

#include "check.h"

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

/* A content of n fields with the texts t. */
static struct content make(struct text_field *f, const char *const *t, size_t n)
{
	struct content c = {.fields = f, .field_count = n};

	for (size_t i = 0; i < n; i++)
		f[i] = (struct text_field){.path = "p",
					   .field = "body",
					   .text = t[i],
					   .length = strlen(t[i])};
	return c;
}

/* The search field by field, each on its own (search_in_text), as rows
 * of one result: what a run over the corpus must give. */
static int per_field(const struct search_query *q, const struct content *c,
		     size_t max, struct search_result *out)
{
	struct search_error err;
	int rc = HN_OK;

	memset(out, 0, sizeof *out);
	out->hits = calloc(1, sizeof *out->hits);
	for (size_t i = 0; i < c->field_count && rc == HN_OK; i++) {
		struct search_hit *h;
		size_t n;

		rc = search_in_text(q, c->fields[i].text, c->fields[i].length,
				    &h, &n, &err);
		for (size_t j = 0; rc == HN_OK && j < n && !out->truncated;
		     j++) {
			out->hits = realloc(out->hits,
					    (out->count + 1) * sizeof *h);
			out->hits[out->count] = h[j];
			out->hits[out->count++].row = i;
			out->truncated = max && out->count == max;
		}
		if (rc == HN_OK)
			free(h);
		if (out->truncated)
			break;
	}
	if (rc != HN_OK)
		search_result_free(out);
	return rc;
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

/* Searches the corpus k of c and c field by field; returns the hit count
 * (-1 on a status). */
static long compare(const char *pattern, const struct corpus *k,
		    const struct content *c, size_t max)
{
	struct search_query *q;
	struct search_error err;
	struct search_result a, b;

	if (!CHECK_MSG(search_compile(pattern, strlen(pattern), &q, &err) ==
			       HN_OK,
		       "compile %s", pattern))
		return -1;
	int ra = search_run(q, k, max, &a, &err);
	int rb = per_field(q, c, max, &b);
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
	struct text_field f[N];
	struct content c = make(f, texts, N);
	struct corpus *k = NULL;

	if (!CHECK(corpus_build(&c, &k) == HN_OK))
		return;
	for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
		for (size_t max = 0; max < 4; max += 3)
			compare(patterns[i], k, &c, max);
	CHECK(compare("\\s+", k, &c, 0) == 15);
	CHECK(compare("(?s).+", k, &c, 0) == 9);
	CHECK(compare("ёж", k, &c, 0) == 3);
	corpus_free(k);
}

/* Matches that only the big buffer has (through the NUL between fields or
 * from a neighbour's text) must not show. */
static void test_no_cross_field_hits(void)
{
	struct text_field f[N];
	struct content c = make(f, texts, N);
	struct corpus *k = NULL;

	if (!CHECK(corpus_build(&c, &k) == HN_OK))
		return;
	CHECK(compare("(?s)ль.+", k, &c, 0) == 0);
	CHECK(compare("(?s)конец.|товара..ёлка", k, &c, 0) == 0);
	CHECK(compare("ель.", k, &c, 0) == 0);
	corpus_free(k);
}

/* Backtracking that per field stops with "too complex" still does. */
static void test_match_limit(void)
{
	static char big[2][8200];
	const char *t[2] = {big[0], big[1]};
	struct text_field f[2];
	struct corpus *k = NULL;

	for (int i = 0; i < 2; i++) {
		memset(big[i], 'a', sizeof big[i] - 1);
		big[i][sizeof big[i] - 1] = '\0';
	}
	struct content c = make(f, t, 2);
	if (!CHECK(corpus_build(&c, &k) == HN_OK))
		return;
	CHECK(compare("(a+)+b", k, &c, 0) == -1);
	CHECK(compare("a{3}b|a", k, &c, 0) == 16398);
	corpus_free(k);
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

/* Repeated ".*" are left out, nothing else is; and a line long enough to
 * pass the per-position limit is searched by a pattern that can only
 * start a line. */
static void test_collapse_any(void)
{
	const char *in[] = {".*.*чат", "заказ.*.*.*возврат",
			    "a.+.*b",  "[.*.*]x",
			    "\\.*.*x", ".*?.*x",
			    ".*.+x",   "чат"};
	const char *out[] = {".*чат", "заказ.*возврат",
			     "a.+b",  NULL,
			     NULL,    NULL,
			     NULL,    NULL};
	static char line[4100];
	const char *t[1] = {line};
	struct text_field f[1];
	struct corpus *k = NULL;
	size_t n;

	for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
		char *got = search_collapse_any(in[i], strlen(in[i]), &n);
		CHECK_MSG(out[i] ? got && !strcmp(got, out[i]) : !got,
			  "%s -> %s", in[i], got ? got : "(none)");
		free(got);
	}
	/* 8 million steps from the line's start: past MATCH_LIMIT, within
	 * the work of one call */
	memset(line, 'a', sizeof line - 1);
	struct content c = make(f, t, 1);
	if (!CHECK(corpus_build(&c, &k) == HN_OK))
		return;
	CHECK(compare(".*a.*xyz", k, &c, 0) == 0);
	corpus_free(k);
}

/* A corpus read back from the cache, with a text two fields share,
 * searches as the fields one by one. */
static void test_cache_layout(void)
{
	const char *t[N + 1];
	struct text_field f[N + 1];
	char dir[] = "/tmp/helpnav-test-chunk-XXXXXX";
	char path[64];
	struct corpus *built = NULL, *read = NULL;

	memcpy(t, texts, sizeof texts);
	t[N] = texts[0]; /* shared with field 0 */
	struct content c = make(f, t, N + 1);
	if (!CHECK(mkdtemp(dir) != NULL))
		return;
	snprintf(path, sizeof path, "%s/c.cache", dir);
	CHECK(corpus_build(&c, &built) == HN_OK);
	CHECK(built && cache_write(path, &c, NULL, 42) == HN_OK);
	CHECK(cache_read_corpus(path, 42, &read) == HN_OK);
	if (read && CHECK(corpus_count(read) == N + 1))
		for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
			compare(patterns[i], read, &c, 0);
	corpus_free(built);
	corpus_free(read);
	unlink(path);
	rmdir(dir);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_same_as_per_field),
	CHECK_CASE(test_no_cross_field_hits),
	CHECK_CASE(test_match_limit),
	CHECK_CASE(test_is_local),
	CHECK_CASE(test_collapse_any),
	CHECK_CASE(test_cache_layout),
};

CHECK_SUITE(all_cases, NULL, NULL);
