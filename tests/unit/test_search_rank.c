/* SPDX-License-Identifier: MIT */
/* test_search_rank.c - hits for people: Russian breadcrumbs instead of
 * ids, and the ranking (titles, whole words, a word's start, inside a
 * word, then tree order). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "search.h"
#include "search_label.h"
#include "status.h"
#include "test_util.h"

static struct text_field rows[] = {
	{"returns", "title", "Возврат и обмен", 0},
	{"returns", "notes", "Этикетка распечатана", 0},
	{"returns", "notes", "Пишите в чате", 0},
	{"returns", "notes", "Откройте чат", 0},
	{"returns/chat/checklist", "checklist", "Номер заказа для чата", 0},
	{"channels/chat", "title", "Чат в приложении", 0},
	{"channels/chat", "steps", "Откройте «Чат»", 0},
	{"mystery/x", "body", "чат без заголовка", 0},
};
enum { ROWS = sizeof rows / sizeof rows[0] };

static struct corpus *pack_rows; /* the corpus of rows[] */

static int setup(void)
{
	return CHECK(test_rows_corpus(rows, ROWS, &pack_rows) == HN_OK) ? 0 : 1;
}

static void teardown(void)
{
	corpus_free(pack_rows);
}

static bool label_is(const struct search_titles *t, size_t row,
		     const char *want)
{
	char *got = search_label(t, pack_rows, row);
	bool ok = got && !strcmp(got, want);

	if (!ok)
		fprintf(stderr, "row %zu: «%s», want «%s»\n", row,
			got ? got : "(null)", want);
	free(got);
	return ok;
}

static void test_labels(void)
{
	struct search_titles *t = NULL;

	if (!CHECK(search_titles_build(pack_rows, &t) == HN_OK))
		return;
	CHECK(label_is(t, 0, "Возврат и обмен"));
	CHECK(label_is(t, 1, "Возврат и обмен › Важно знать"));
	CHECK(label_is(t, 4, "Возврат и обмен › Чат в приложении › Чек-лист"));
	CHECK(label_is(t, 5, "Каналы связи › Чат в приложении"));
	CHECK(label_is(t, 6,
		       "Каналы связи › Чат в приложении › Как связаться"));
	/* a part with no title is named by its id: nothing hidden */
	CHECK(label_is(t, 7, "mystery › x › Текст"));
	CHECK(!strcmp(search_field_label("notes"), "Важно знать"));
	CHECK(!strcmp(search_field_label("unknown"), "unknown"));
	search_titles_free(t);
}

static void test_rank(void)
{
	struct search_query *q = NULL;
	struct search_error err;
	struct search_result r = {0};
	/* titles; whole words in tree order; a word's start; inside */
	static const size_t want[] = {5, 3, 6, 7, 2, 4, 1};

	if (!CHECK(search_compile("чат", strlen("чат"), &q, &err) == HN_OK))
		return;
	CHECK(search_run(q, pack_rows, 0, &r, &err) == HN_OK);
	CHECK(search_rank(pack_rows, &r) == HN_OK);
	if (CHECK(r.count == sizeof want / sizeof want[0]))
		for (size_t i = 0; i < r.count; i++)
			CHECK_MSG(r.hits[i].row == want[i],
				  "place %zu: row %zu, want %zu", i,
				  r.hits[i].row, want[i]);
	search_result_free(&r);
	search_free(q);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_labels),
	CHECK_CASE(test_rank),
};

CHECK_SUITE(all_cases, setup, teardown);
