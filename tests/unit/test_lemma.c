/* SPDX-License-Identifier: MIT */
/* test_lemma.c - words and lemmas: folding, splitting, the built-in map,
 * the dictionary, and the any-order search by lemma (search_words.h). */
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "check.h"
#include "corpus.h"
#include "lemma.h"
#include "search_words.h"
#include "status.h"

static char *folded(const char *s)
{
	size_t n = strlen(s);
	char *out = calloc(1, n + 1);
	if (out)
		lemma_fold(s, n, out);
	return out;
}

static void test_fold(void)
{
	const char *cases[][2] = {
		{"ВЕРНЁТ", "вернет"},
		{"Ёлка", "елка"},
		{"OZON Банк", "ozon банк"},
		{"ЀЏ", "ѐџ"},
		{"Ærø", "ærø"},
		{"24/7", "24/7"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = folded(cases[i][0]);
		CHECK_EQ_STR(got, cases[i][1]);
		free(got);
	}
}

static void test_words(void)
{
	const char *s = "онлайн-чат, 24/7 «Ozon»!";
	const char *want[] = {"онлайн", "чат", "24", "7", "Ozon"};
	size_t pos = 0, start, end, n = 0;
	while (lemma_next_word(s, strlen(s), &pos, &start, &end)) {
		CHECK(n < 5);
		if (n < 5)
			CHECK(end - start == strlen(want[n]) &&
			      !memcmp(s + start, want[n], end - start));
		n++;
	}
	CHECK(n == 5);
	pos = 0;
	CHECK(!lemma_next_word(" — ", strlen(" — "), &pos, &start, &end));
}

/* The map compiled in at build time with the built-in pack's image:
 * sorted, and it joins the forms the built-in pack has with their lemma;
 * its corpus has the same. */
static void test_builtin_map(void)
{
	struct content *c = NULL;
	struct corpus *bk = NULL;
	struct diag_list d = {0};
	CHECK(cache_load_builtin(&c, &d) == HN_OK);
	CHECK(cache_load_corpus(NULL, &bk, &d) == HN_OK);
	diag_list_free(&d);
	const struct lemma_map *m = c ? c->lemmas : NULL;
	if (!CHECK(m && bk && corpus_lemmas(bk))) {
		content_free(c);
		corpus_free(bk);
		return;
	}
	CHECK(corpus_lemmas(bk)->count == m->count);
	CHECK(m->count > 100);
	for (size_t i = 1; i < m->count; i++)
		if (!CHECK(strcmp(m->entries[i - 1].word, m->entries[i].word) <
			   0))
			break;
	CHECK_EQ_STR(lemma_map_find(m, "вернут"), "вернуть");
	const char *money = lemma_map_find(m, "деньги");
	CHECK(money && strstr(money, "деньги"));
	CHECK(lemma_map_find(m, "вернуть") == NULL); /* its own lemma */
	CHECK(lemma_map_find(m, "несуществующееслово") == NULL);
	CHECK_EQ_STR(lemma_map_find(corpus_lemmas(bk), "вернут"), "вернуть");
	corpus_free(bk);
	/* a corpus built from the content takes a copy of its map */
	bk = NULL;
	CHECK(corpus_build(c, &bk) == HN_OK);
	const struct lemma_map *copy = bk ? corpus_lemmas(bk) : NULL;
	CHECK(copy && copy != m && copy->count == m->count);
	CHECK(copy && !strcmp(lemma_map_find(copy, "деньги"),
			      lemma_map_find(m, "деньги")));
	content_free(c);
	CHECK(copy && lemma_map_find(copy, "вернут") != NULL);
	corpus_free(bk);
}

static void check_stem(struct lemma_dict *d, const char *word,
		       const char *lemma)
{
	char *got = NULL;
	CHECK(lemma_dict_stem(d, word, strlen(word), &got) == HN_OK);
	CHECK_MSG(got && strstr(got, lemma), "%s: «%s», want «%s»", word,
		  got ? got : "(null)", lemma);
	free(got);
}

static void test_dictionary(void)
{
	struct lemma_dict *d = NULL;
	unsetenv(LEMMA_DICT_ENV);
	if (!CHECK(lemma_dict_open(&d) == HN_OK))
		return;
	check_stem(d, "вернёт", "вернуть");
	check_stem(d, "вернет", "вернуть");
	check_stem(d, "Верните", "вернуть");
	check_stem(d, "оплатил", "оплатить");
	char *none = NULL;
	CHECK(lemma_dict_stem(d, "щщщщ", 8, &none) == HN_OK);
	CHECK_EQ_STR(none, "");
	free(none);

	const char *texts[] = {"Продавец вернёт деньги. Деньги!"};
	size_t lens[] = {strlen(texts[0])};
	struct lemma_map m;
	CHECK(lemma_map_build(d, texts, lens, 1, &m) == HN_OK);
	CHECK_EQ_STR(lemma_map_find(&m, "вернет"), "вернуть");
	CHECK(lemma_map_find(&m, "Деньги") == NULL); /* keys are folded */
	lemma_map_free(&m);
	lemma_dict_close(d);
}

static void test_no_dictionary(void)
{
	struct lemma_dict *d = NULL;
	setenv(LEMMA_DICT_ENV, "/nonexistent/helpnav-dict", 1);
	CHECK(lemma_dict_open(&d) == HN_IO && d == NULL);
	char *path = lemma_dict_path();
	CHECK_EQ_STR(path, "/nonexistent/helpnav-dict/ru_RU.dic");
	free(path);
	unsetenv(LEMMA_DICT_ENV);
}

static struct text_field rows[] = {
	{"a", "title", "Возврат", 0},
	{"a", "body", "Продавец вернёт деньги за брак", 0},
	{"b", "title", "Деньги", 0},
	{"b", "body", "Вернуть товар можно", 0},
	{"c", "body", "деньги только", 0},
	{"a", "notes", "ещё раз: вернут деньги", 0},
};
enum { ROWS = sizeof rows / sizeof rows[0] };
static const struct lemma_entry entries[] = {
	{"вернет", "вернуть"},
	{"вернут", "вернуть"},
};
static const struct lemma_map map = {entries, 2, NULL, NULL};
static struct corpus *k;
static struct search_words *w;

static int setup(void)
{
	struct content c;
	memset(&c, 0, sizeof c);
	for (size_t i = 0; i < ROWS; i++)
		rows[i].length = strlen(rows[i].text);
	c.fields = rows;
	c.field_count = ROWS;
	if (!CHECK(corpus_build(&c, &k) == HN_OK))
		return 1;
	return CHECK(search_words_build(k, &map, &w) == HN_OK) ? 0 : 1;
}

static void teardown(void)
{
	search_words_free(w);
	corpus_free(k);
}

static size_t run(const char *q, size_t max, struct search_result *r)
{
	size_t nodes = 99;
	CHECK(search_words_run(w, k, q, strlen(q), NULL, max, r, &nodes) ==
	      HN_OK);
	return nodes;
}

/* «деньги вернуть» finds «вернёт деньги» (a) and a node whose words are
 * in two rows (b), not a node with one of them (c); a hit per word. */
static void test_any_order(void)
{
	struct search_result r;
	CHECK(run("деньги вернуть", 0, &r) == 2);
	CHECK(r.count == 4 && !r.truncated);
	if (r.count == 4) {
		CHECK(r.hits[0].row == 1 && r.hits[0].char_start == 9 &&
		      r.hits[0].char_end == 15); /* вернёт */
		CHECK(r.hits[1].row == 1 && r.hits[1].char_start == 16);
		CHECK(r.hits[2].row == 2 && r.hits[2].byte_start == 0);
		CHECK(r.hits[3].row == 3 && r.hits[3].char_end == 7);
	}
	search_result_free(&r);
	CHECK(run("ВЕРНЁТ  деньги деньги", 0, &r) == 2);
	search_result_free(&r);
	CHECK(run("деньги", 0, &r) == 3);
	search_result_free(&r);
	CHECK(run("деньги вернуть курьер", 0, &r) == 0 && r.count == 0);
	search_result_free(&r);
	CHECK(run(" — ", 0, &r) == 0 && r.count == 0);
	search_result_free(&r);
	/* the hits stop at max, the count of nodes does not */
	CHECK(run("деньги вернуть", 1, &r) == 2);
	CHECK(r.count == 2 && r.truncated);
	search_result_free(&r);
}

/* The job's cancel flag (search_budget): unset, the same index and hits;
 * set, nothing built or found, and the budget says it was cancelled. */
static void test_cancel(void)
{
	atomic_bool flag = false;
	struct search_budget b;
	struct search_words *own = NULL;
	struct search_result r;
	size_t nodes = 99;

	search_budget_start(&b, k);
	b.cancel = &flag;
	CHECK(search_words_build_within(k, &map, &b, &own) == HN_OK && own);
	CHECK(own && search_words_run_within(own, k, "деньги вернуть", 27, NULL,
					     0, &b, &r, &nodes) == HN_OK);
	CHECK(own && nodes == 2 && r.count == 4 && !b.cancelled);
	if (own)
		search_result_free(&r);
	search_words_free(own);
	own = NULL;
	atomic_store(&flag, true);
	CHECK(search_words_build_within(k, &map, &b, &own) == HN_LIMIT);
	CHECK(!own && b.cancelled);
	search_budget_start(&b, k);
	b.cancel = &flag;
	CHECK(search_words_run_within(w, k, "деньги вернуть", 27, NULL, 0, &b,
				      &r, &nodes) == HN_LIMIT);
	CHECK(r.count == 0 && !r.hits && nodes == 0 && b.cancelled);
	CHECK(!search_budget_cancelled(NULL));
}

static void test_wanted(void)
{
	CHECK(search_words_wanted("деньги вернуть", 27, 0, false));
	CHECK(search_words_wanted("онлайн-чат «Ozon»", 22, 0, false));
	CHECK(!search_words_wanted("деньги.*вернуть", 29, 0, false));
	CHECK(!search_words_wanted("деньги.вернуть", 27, 0, false));
	CHECK(!search_words_wanted("\\[000\\]", 9, 0, false));
	CHECK(search_words_wanted("как вернуть деньги?", 35, 0, false));
	/* brackets and «+» are prose too; a pattern that was no regex is
	 * plain text whatever it holds */
	CHECK(search_words_wanted("вернуть деньги (срочно)", 42, 0, false));
	CHECK(search_words_wanted("возврат+", 15, 0, false));
	CHECK(search_words_wanted("возврат[", 15, 0, true));
	CHECK(!search_words_wanted("?", 1, 0, false));
	CHECK(!search_words_wanted("деньги вернуть", 27, SEARCH_FIXED, false));
	CHECK(!search_words_wanted("деньги", 12, SEARCH_CASE_SENSITIVE, false));
	CHECK(!search_words_wanted(" - ", 3, 0, false));
	CHECK(search_words_unknown(w, "деньги курьер", 25));
	CHECK(!search_words_unknown(w, "Деньги ВЕРНЁТ", 25));
}

/* Function words are left out of a query unless it has nothing else,
 * and the heading says which were. */
static void test_stop_words(void)
{
	struct search_result r;
	CHECK(search_words_is_stop("как", strlen("как")) &&
	      search_words_is_stop("еще", strlen("еще")));
	CHECK(!search_words_is_stop("деньги", strlen("деньги")) &&
	      !search_words_is_stop("ка", strlen("ка")));
	CHECK(run("Как вернуть деньги", 0, &r) == 2);
	search_result_free(&r);
	CHECK(run("деньги за", 0, &r) == 3);
	search_result_free(&r);
	/* only stop words: searched as they are */
	CHECK(run("за", 0, &r) == 1);
	search_result_free(&r);
	CHECK(run("как", 0, &r) == 0);
	search_result_free(&r);
	CHECK(search_words_drops_stop("как деньги", strlen("как деньги")));
	CHECK(!search_words_drops_stop("как за", strlen("как за")));
	/* a stop word the pack lacks needs no dictionary */
	CHECK(!search_words_unknown(w, "как деньги", strlen("как деньги")));
	char *s = NULL;
	CHECK(search_words_ignored("Как вернуть деньги за?",
				   strlen("Как вернуть деньги за?"),
				   &s) == HN_OK);
	CHECK_EQ_STR(s, "Как, за");
	free(s);
	CHECK(search_words_ignored("как за", strlen("как за"), &s) == HN_OK &&
	      !s);
	CHECK(search_words_ignored("деньги", strlen("деньги"), &s) == HN_OK &&
	      !s);
	CHECK(search_words_heading("как деньги", strlen("как деньги"), 3, false,
				   &s) == HN_OK);
	CHECK_EQ_STR(s, "по отдельным словам: 3, без слов: как");
	free(s);
	CHECK(search_words_heading("деньги", strlen("деньги"), 3, true, &s) ==
	      HN_OK);
	CHECK_EQ_STR(s, "по отдельным словам: 3 (в списке не все)");
	free(s);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_fold),          CHECK_CASE(test_words),
	CHECK_CASE(test_builtin_map),   CHECK_CASE(test_dictionary),
	CHECK_CASE(test_no_dictionary), CHECK_CASE(test_any_order),
	CHECK_CASE(test_wanted),        CHECK_CASE(test_stop_words),
	CHECK_CASE(test_cancel),
};

CHECK_SUITE(all_cases, setup, teardown);
