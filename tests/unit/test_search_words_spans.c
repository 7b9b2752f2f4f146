/* SPDX-License-Identifier: MIT */
/* test_search_words_spans.c - the words of a text that meet a query's
 * words by lemma (search_words_spans): every form, caseless, ё = е, each
 * occurrence, nothing inside another word; char offsets agree with byte
 * offsets. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "corpus.h"
#include "search_words.h"
#include "status.h"
#include "test_util.h"

static struct text_field rows[] = {
	{"a", "body", "Продавец вернёт деньги за брак", 0},
	{"b", "body", "Вернуть товар можно, вернут и деньги", 0},
	{"c", "body", "Возврат денег", 0},
};
enum { ROWS = sizeof rows / sizeof rows[0] };
/* the pack's words and their lemmas, folded, sorted by word */
static const struct lemma_entry entries[] = {
	{"вернет", "вернуть"},
	{"вернут", "вернуть"},
	{"денег", "деньги"},
};
static const struct lemma_map map = {entries, 3, NULL, NULL};
static struct corpus *k;
static struct search_words *w;

static int setup(void)
{
	if (!CHECK(test_rows_corpus(rows, ROWS, &k) == HN_OK))
		return 1;
	return CHECK(search_words_build(k, &map, &w) == HN_OK) ? 0 : 1;
}

static void teardown(void)
{
	search_words_free(w);
	corpus_free(k);
}

/* The spans of query in text, as the words they cover, joined by "|". */
static void spans_are(const char *query, const char *text, const char *want)
{
	struct search_hit *h = NULL;
	size_t n = 99;
	char got[300] = "";

	if (!CHECK(search_words_spans(w, query, strlen(query), text,
				      strlen(text), &h, &n) == HN_OK))
		return;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(got);

		snprintf(got + len, sizeof got - len, "%s%.*s", i ? "|" : "",
			 (int)(h[i].byte_end - h[i].byte_start),
			 text + h[i].byte_start);
		CHECK(h[i].row == 0 && h[i].byte_start < h[i].byte_end);
	}
	CHECK_EQ_STR(got, want);
	free(h);
}

static void test_forms(void)
{
	/* every form of both words, in text order, each occurrence */
	spans_are("деньги вернуть", rows[0].text, "вернёт|деньги");
	spans_are("деньги вернуть", rows[1].text, "Вернуть|вернут|деньги");
	/* caseless, ё = е, in the query too */
	spans_are("ВЕРНЁТ", rows[1].text, "Вернуть|вернут");
	spans_are("деньги", rows[2].text, "денег");
	/* a text the pack does not hold: its words by the pack's lemmas; a
	 * form the pack lacks (верните) only with a dictionary */
	spans_are("вернуть", "Верните? Вернут! вернуть-то", "Вернут|вернуть");
	/* not inside another word; words of no query nothing */
	spans_are("деньги", "безденежье и деньгами", "");
	spans_are("брак", rows[0].text, "брак");
	spans_are("курьер", rows[0].text, "");
	spans_are(" — ", rows[0].text, "");
	spans_are("деньги", "", "");
}

/* char offsets count characters, as search_in_text's do */
static void test_chars(void)
{
	struct search_hit *h = NULL;
	size_t n = 0;
	const char *text = rows[0].text;

	CHECK(search_words_spans(w, "деньги", strlen("деньги"), text,
				 strlen(text), &h, &n) == HN_OK);
	if (CHECK(n == 1))
		CHECK(h[0].char_start == 16 && h[0].char_end == 22);
	free(h);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_forms),
	CHECK_CASE(test_chars),
};

CHECK_SUITE(all_cases, setup, teardown);
