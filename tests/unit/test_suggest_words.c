/* SPDX-License-Identifier: MIT */
/* test_suggest_words - what a search that found nothing offers: a near
 * spelling from the pack's own vocabulary (suggest_words_near), the other
 * keyboard layout, and the two together (search_suggest), over the
 * built-in pack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "loader.h"
#include "status.h"
#include "suggest_words.h"

#include "check.h"
#include "test_util.h"

static struct content *pack;
static struct corpus *corpus;
static struct suggest_words *words;

/* The near spelling of q, or NULL; *sure as suggest_words_near sets it. */
static char *near(const char *q, bool *sure)
{
	char *out = (char *)"unset";
	bool ignored;

	if (!CHECK(suggest_words_near(words, q, strlen(q), &out,
				      sure ? sure : &ignored) == HN_OK))
		return NULL;
	return out;
}

static void check_near(const char *q, const char *want)
{
	bool sure = false;
	char *got = near(q, &sure);

	if (!CHECK_EQ_STR(got, want))
		printf("    query «%s»\n", q);
	if (want && !CHECK(sure))
		printf("    «%s» -> «%s» not sure\n", q, got ? got : "");
	free(got);
}

static void test_vocabulary(void)
{
	/* the pack has hundreds of distinct words; each counted once */
	CHECK(suggest_words_count(words) > 500);
}

static void test_spelling(void)
{
	check_near("вазврат", "возврат");
	check_near("претензыя", "претензия");
	/* a capital stays a capital; ё and е are one letter */
	check_near("Вазврат", "Возврат");
	check_near("ПРЕТЕНЗЫЯ", "Претензия");
	/* a transposition is one edit */
	check_near("вовзрат", "возврат");
	/* a phrase, word by word: known words stay as typed */
	check_near("вазврат денег", "возврат денег");
	check_near("Ozon вазврат", "Ozon возврат");
}

static void test_nothing_near(void)
{
	/* random text, words the pack has, a regex, nothing typed */
	check_near("кщжфывпт", NULL);
	check_near("qxjzwvk", NULL);
	check_near("возврат", NULL);
	check_near("вазв.ат", NULL);
	check_near("вазврат|чат", NULL);
	check_near("", NULL);
	/* one unknown word without a near spelling: no phrase either */
	check_near("вазврат кщжфывпт", NULL);
	/* short words are kept as typed */
	check_near("ъь", NULL);
}

static void test_bound(void)
{
	bool sure = true;
	char *got = near("вазвратт", &sure);

	/* longer than 4 letters: two edits, not three; «возврат» and
	 * «возврата» are both two edits away, so the choice is not sure */
	CHECK(got != NULL && !sure);
	free(got);
	check_near("вазвраттт", NULL);
	/* up to 4 letters: one edit, not two («ozon» is in the pack) */
	check_near("ozan", "ozon");
	check_near("azan", NULL);
	/* words longer than SUGGEST_MAX_LETTERS are never respelled */
	char longword[2 * SUGGEST_MAX_LETTERS + 1];
	memset(longword, 'x', sizeof longword - 1);
	longword[sizeof longword - 1] = '\0';
	check_near(longword, NULL);
}

/* at_least: counted from the vocabulary (one word, caseless), not by a
 * search of the pack */
static void check_suggest(const char *q, const char *want, bool layout,
			  bool at_least)
{
	struct search_suggestion s;

	if (!CHECK(search_suggest(corpus, &words, q, 0, 0, NULL, &s) == HN_OK))
		return;
	if (!CHECK_EQ_STR(s.text, want))
		printf("    query «%s»\n", q);
	if (want) {
		CHECK(s.hits > 0);
		CHECK(s.layout == layout);
		CHECK(s.sure);
		CHECK(s.at_least == at_least);
	}
	search_suggestion_free(&s);
}

static void test_occurrences(void)
{
	struct search_result r = {0};
	struct search_query *q = NULL;
	struct search_error err;
	size_t n = suggest_words_occurrences(words, "возврат", 14);

	/* a lower bound of a caseless search's hits, ё = е, any case */
	CHECK(n > 0);
	CHECK(suggest_words_occurrences(words, "ВОЗВРАТ", 14) == n);
	CHECK(search_compile("возврат", 14, &q, &err) == HN_OK &&
	      search_run(q, corpus, 0, &r, &err) == HN_OK && r.count >= n);
	search_result_free(&r);
	search_free(q);
	CHECK(suggest_words_occurrences(words, "вазврат", 14) == 0);
	CHECK(suggest_words_occurrences(words, "возврат денег", 25) == 0);
	CHECK(suggest_words_occurrences(words, "", 0) == 0);
}

static void test_suggest(void)
{
	check_suggest("djpdhfn", "возврат", true, false);
	check_suggest("щящт", "ozon", true, false);
	check_suggest("вазврат", "возврат", false, true);
	check_suggest("претензыя", "претензия", false, true);
	/* a phrase may not occur as one: searched */
	check_suggest("вазврат денег", "возврат денег", false, false);
	check_suggest("кщжфывпт", NULL, false, false);

	/* built on first need when none is given */
	struct suggest_words *own = NULL;
	struct search_suggestion s;
	CHECK(search_suggest(corpus, &own, "вазврат", 0, 1, NULL, &s) == HN_OK);
	CHECK(own != NULL);
	CHECK_EQ_STR(s.text, "возврат");
	CHECK(s.hits == 1); /* counted up to max_hits */
	CHECK(s.at_least);
	search_suggestion_free(&s);
	suggest_words_free(own);
	/* a count that stopped at max_hits says so */
	CHECK(search_suggest(corpus, &words, "djpdhfn", 0, 1, NULL, &s) ==
	      HN_OK);
	CHECK(s.layout && s.hits == 1 && s.at_least);
	search_suggestion_free(&s);
	CHECK(search_suggest(corpus, &words, "вазврат денег", 0, 1, NULL, &s) ==
	      HN_OK);
	CHECK(!s.layout && s.hits == 1 && s.at_least);
	search_suggestion_free(&s);
	/* case-sensitive: a suggestion only when it finds something so */
	CHECK(search_suggest(corpus, &words, "Вазврат", SEARCH_CASE_SENSITIVE,
			     0, NULL, &s) == HN_OK);
	CHECK_EQ_STR(s.text, "Возврат");
	search_suggestion_free(&s);
}

/* suggest_words_absent is only ever sure of what has no hit: every piece
 * of every text of the pack, taken as text, may match; a run of letters
 * the pack lacks rules a pattern out, in any case and with ё. */
static void test_absent(void)
{
	size_t checked = 0, wrong = 0;

	for (size_t i = 0; i < corpus_count(corpus); i++) {
		struct text_field f = corpus_field(corpus, i);

		for (size_t a = 0; a < f.length; a += 5) {
			size_t b = a + 24 < f.length ? a + 24 : f.length;

			while (a < f.length && (f.text[a] & 0xC0) == 0x80)
				a++;
			while (b < f.length && (f.text[b] & 0xC0) == 0x80)
				b++;
			if (a >= b)
				continue;
			checked++;
			if (suggest_words_absent(words, f.text + a, b - a,
						 SEARCH_FIXED) &&
			    wrong++ < 3)
				printf("    «%.*s» said absent\n", (int)(b - a),
				       f.text + a);
		}
	}
	CHECK(checked > 1000 && wrong == 0);
	const char *none[] = {"dthyenm", "вазврат",
			      "ВАЗВРАТ", "деньги ьщщ",
			      "xqzj-12", "dthyenm ltymub pf ,hfr"};
	for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
		struct search_budget b;

		search_budget_start(&b, corpus);
		CHECK_MSG(suggest_words_absent(words, none[i], strlen(none[i]),
					       0),
			  "%s", none[i]);
		CHECK(search_count(corpus, none[i], 0, 0, &b) == 0);
	}
	const char *maybe[] = {"ВОЗВРАТ", "озвра", "Ещё", "возврат денег"};
	for (size_t i = 0; i < sizeof maybe / sizeof *maybe; i++)
		CHECK_MSG(!suggest_words_absent(words, maybe[i],
						strlen(maybe[i]), 0),
			  "%s", maybe[i]);
	/* a regex is not read: unsure, so not absent */
	CHECK(!suggest_words_absent(words, "вазврат|x", 16, 0));
	CHECK(!suggest_words_absent(words, "вазврат.", 15, 0));
	CHECK(suggest_words_absent(words, "вазврат|x", 16, SEARCH_FIXED));
}

static int setup(void)
{
	int status = test_builtin_corpus(&pack, &corpus);

	if (status == HN_OK)
		status = suggest_words_build(corpus, &words);
	return CHECK_MSG(status == HN_OK, "the built-in pack's vocabulary") ? 0
									    : 1;
}

static void teardown(void)
{
	suggest_words_free(words);
	corpus_free(corpus);
	content_free(pack);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_vocabulary),   CHECK_CASE(test_spelling),
	CHECK_CASE(test_nothing_near), CHECK_CASE(test_bound),
	CHECK_CASE(test_occurrences),  CHECK_CASE(test_suggest),
	CHECK_CASE(test_absent),
};

CHECK_SUITE(all_cases, setup, teardown);
