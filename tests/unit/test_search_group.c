/* SPDX-License-Identifier: MIT */
/* test_search_group - hits counted per node (search_node_counts), the
 * label that carries the count (search_group_label) and the Russian
 * plural of «совпадение», over the built-in pack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "loader.h"
#include "search_group.h"
#include "search_label.h"
#include "status.h"

#include "check.h"
#include "test_util.h"

static struct content *pack;
static struct corpus *corpus;

/* The hits of pattern, ranked as the lists show them, up to max (0: all). */
static bool find(const char *pattern, size_t max, struct search_result *r)
{
	struct search_query *q = NULL;
	struct search_error err;
	bool ok = search_compile(pattern, strlen(pattern), &q, &err) == HN_OK &&
		  search_run(q, corpus, max, r, &err) == HN_OK &&
		  search_rank(corpus, r) == HN_OK;

	search_free(q);
	return CHECK_MSG(ok, "search %s", pattern);
}

static const char *path_of(const struct search_result *r, size_t i)
{
	return corpus_field(corpus, r->hits[i].row).path;
}

static void test_counts(void)
{
	struct search_result r = {0};
	struct search_node_count *c = NULL;

	if (!find("возврат", 0, &r) ||
	    !CHECK(search_node_counts(corpus, &r, &c) == HN_OK))
		goto done;
	for (size_t i = 0; i < r.count; i++) {
		size_t same = 0, before = 0;

		for (size_t j = 0; j < r.count; j++) {
			bool twin = !strcmp(path_of(&r, i), path_of(&r, j));

			same += twin;
			before += twin && j < i;
		}
		if (!CHECK(c[i].hits == same && c[i].first == (before == 0) &&
			   !c[i].more))
			printf("    hit %zu (%s): %zu/%d, want %zu/%d\n", i,
			       path_of(&r, i), c[i].hits, c[i].first, same,
			       before == 0);
	}
	/* the returns page: 7 hits, counted at its first */
	for (size_t i = 0; i < r.count; i++)
		if (!strcmp(path_of(&r, i), "returns") && c[i].first)
			CHECK(c[i].hits == 7);
done:
	free(c);
	search_result_free(&r);
}

static void test_truncated(void)
{
	struct search_result r = {0};
	struct search_node_count *c = NULL;
	size_t last = 0, more = 0;

	/* cut after 10 hits: the node searched last may have more */
	if (!find("о", 10, &r) || !CHECK(r.truncated) ||
	    !CHECK(search_node_counts(corpus, &r, &c) == HN_OK))
		goto done;
	for (size_t i = 0; i < r.count; i++)
		last = r.hits[i].row > last ? r.hits[i].row : last;
	for (size_t i = 0; i < r.count; i++) {
		bool cut = !strcmp(path_of(&r, i),
				   corpus_field(corpus, last).path);

		CHECK(c[i].more == cut);
		more += c[i].more;
	}
	CHECK(more > 0);
done:
	free(c);
	search_result_free(&r);
}

static void test_label(void)
{
	static const struct search_node_count many = {7, true, false},
					      later = {7, false, false},
					      few = {2, true, false},
					      cut = {21, true, true};
	static const struct {
		const char *label;
		const struct search_node_count *count;
		const char *want;
	} cases[] = {
		{"Возврат", &many, "Возврат (7 совпадений на странице)"},
		{"Возврат", &later, "Возврат"}, /* not its page's first hit */
		{"Оплата", &few, "Оплата"},     /* not many */
		{"Оплата", &cut, "Оплата (21+ совпадение на странице)"},
		{"Оплата", NULL, "Оплата"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = search_group_label(cases[i].label, cases[i].count);

		CHECK_EQ_STR(got, cases[i].want);
		free(got);
	}
}

static void test_plural(void)
{
	static const struct {
		size_t n;
		const char *want;
	} cases[] = {
		{0, "совпадений"},   {1, "совпадение"},    {2, "совпадения"},
		{4, "совпадения"},   {5, "совпадений"},    {11, "совпадений"},
		{12, "совпадений"},  {21, "совпадение"},   {22, "совпадения"},
		{111, "совпадений"}, {1001, "совпадение"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (!CHECK_EQ_STR(search_hits_word(cases[i].n), cases[i].want))
			printf("    n = %zu\n", cases[i].n);
}

static int setup(void)
{
	int status = test_builtin_corpus(&pack, &corpus);

	return CHECK_MSG(status == HN_OK, "the built-in pack's corpus") ? 0 : 1;
}

static void teardown(void)
{
	corpus_free(corpus);
	content_free(pack);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_counts),
	CHECK_CASE(test_truncated),
	CHECK_CASE(test_label),
	CHECK_CASE(test_plural),
};

CHECK_SUITE(all_cases, setup, teardown);
