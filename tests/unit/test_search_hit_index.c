/* SPDX-License-Identifier: MIT */
/* test_search_hit_index.c - a search's hits found again by the text of
 * their rows: each text gets exactly the matches the pattern has in it,
 * in byte order, after ranking; rows with the same text agree; a cut
 * result says which texts it cannot tell about. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "search.h"
#include "search_hit_index.h"
#include "search_label.h"
#include "status.h"
#include "test_util.h"

static struct text_field rows[] = {
	{"returns", "title", "Возврат и обмен", 0},
	{"returns", "notes", "Чат, снова чат и ещё раз ЧАТ", 0},
	{"returns", "notes", "Ни одного совпадения", 0},
	{"channels/chat", "title", "Чат в приложении", 0},
	{"channels/chat", "steps", "Чат, снова чат и ещё раз ЧАТ", 0},
	{"mystery/x", "body", "распечатана в чате", 0},
};
enum { ROWS = sizeof rows / sizeof rows[0] };

static struct corpus *pack_rows;

static int setup(void)
{
	return CHECK(test_rows_corpus(rows, ROWS, &pack_rows) == HN_OK) ? 0 : 1;
}

static void teardown(void)
{
	corpus_free(pack_rows);
}

/* The index, for the pattern searched with at most max_hits, ranked as
 * the navigator ranks them. */
static struct search_hit_index *index_of(const char *pattern, size_t max_hits,
					 struct search_query **q)
{
	struct search_error err;
	struct search_result r = {0};
	struct search_hit_index *x = NULL;

	if (!CHECK(search_compile(pattern, strlen(pattern), q, &err) == HN_OK))
		return NULL;
	CHECK(search_run(*q, pack_rows, max_hits, &r, &err) == HN_OK);
	CHECK(search_rank(pack_rows, &r) == HN_OK);
	CHECK(search_hit_index_build(pack_rows, &r, &x) == HN_OK);
	search_result_free(&r);
	return x;
}

/* What the index gives for text is what matching text again gives. */
static void same_as_matching(const struct search_hit_index *x,
			     const struct search_query *q, const char *text)
{
	const struct search_hit *got;
	struct search_hit *want = NULL;
	struct search_error err;
	size_t n, m = 0;

	if (!CHECK_MSG(search_hit_index_find(x, text, &got, &n), "«%s» covered",
		       text))
		return;
	CHECK(search_in_text(q, text, strlen(text), &want, &m, &err) == HN_OK);
	if (CHECK_MSG(n == m, "«%s»: %zu hits, want %zu", text, n, m))
		for (size_t i = 0; i < n; i++)
			CHECK_MSG(got[i].byte_start == want[i].byte_start &&
					  got[i].byte_end == want[i].byte_end,
				  "«%s» hit %zu: [%zu, %zu), want [%zu, %zu)",
				  text, i, got[i].byte_start, got[i].byte_end,
				  want[i].byte_start, want[i].byte_end);
	free(want);
}

static void test_every_row(void)
{
	struct search_query *q = NULL;
	struct search_hit_index *x = index_of("чат", 0, &q);

	for (size_t i = 0; x && i < ROWS; i++)
		same_as_matching(x, q, rows[i].text);
	/* a text in no row: searched, nothing found */
	const struct search_hit *h;
	size_t n = 1;
	CHECK(x && search_hit_index_find(x, "чат не отсюда", &h, &n) && !n);
	search_hit_index_free(x);
	search_free(q);
}

/* Cut after 4 hits (rows 1 and 3 hold them, in row order): rows before
 * the last row hit are told; the last and those after are not. */
static void test_cut(void)
{
	struct search_query *q = NULL;
	struct search_hit_index *x = index_of("чат", 4, &q);
	const struct search_hit *h;
	size_t n;

	if (!x)
		return;
	same_as_matching(x, q, rows[1].text);
	CHECK(!search_hit_index_find(x, rows[3].text, &h, &n));
	CHECK(!search_hit_index_find(x, rows[5].text, &h, &n));
	/* no hit and cut: it could be after the cut */
	CHECK(!search_hit_index_find(x, rows[2].text, &h, &n));
	search_hit_index_free(x);
	search_free(q);
}

static void test_empty(void)
{
	struct search_query *q = NULL;
	struct search_hit_index *x = index_of("щщщ", 0, &q);
	const struct search_hit *h;
	size_t n = 1;

	CHECK(x && search_hit_index_find(x, rows[0].text, &h, &n) && !n);
	search_hit_index_free(x);
	search_free(q);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_every_row),
	CHECK_CASE(test_cut),
	CHECK_CASE(test_empty),
};

CHECK_SUITE(all_cases, setup, teardown);
