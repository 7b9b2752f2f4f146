/* SPDX-License-Identifier: MIT */
/* test_search.c - regex search: Cyrillic case, е/ё, the uppercase
 * detector, errors, limits, empty matches, spans, speed on a big field,
 * layout swap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content.h"
#include "search.h"
#include "status.h"
#include "text.h"

#include "check.h"
#include "test_util.h"

/* A content with one field per text. */
static struct content make_content(struct text_field *f, const char **texts,
				   size_t n)
{
	struct content c;
	size_t i;

	memset(&c, 0, sizeof c);
	for (i = 0; i < n; i++) {
		memset(&f[i], 0, sizeof f[i]);
		f[i].path = "test";
		f[i].field = "body";
		f[i].text = texts[i];
		f[i].length = strlen(texts[i]);
	}
	c.fields = f;
	c.field_count = n;
	return c;
}

/* search_run over c's corpus. */
static int run_content(const struct search_query *q, const struct content *c,
		       size_t max, struct search_result *r,
		       struct search_error *err)
{
	struct corpus *k = NULL;
	int rc = corpus_build(c, &k);

	if (rc == HN_OK)
		rc = search_run(q, k, max, r, err);
	corpus_free(k);
	return rc;
}

/* Hits of pattern in text, or -1 on a compile or match error. */
static long count_in(const char *pattern, const char *text)
{
	return test_count_in(0, pattern, text);
}

static void test_cyrillic_case(void)
{
	const char *texts[] = {"Возврат товара", "ВОЗВРАТ", "для возврата",
			       "обмен", "вОзВрАт"};
	struct text_field f[5];
	struct content c = make_content(f, texts, 5);
	struct search_query *q;
	struct search_error err;
	struct search_result r;

	CHECK(search_compile("возврат", strlen("возврат"), &q, &err) == HN_OK);
	CHECK(search_is_caseless(q));
	CHECK(run_content(q, &c, 0, &r, &err) == HN_OK);
	CHECK(r.count == 4);
	CHECK(r.count == 4 && r.hits[0].row == 0 && r.hits[1].row == 1 &&
	      r.hits[2].row == 2 && r.hits[3].row == 4);
	CHECK(!r.truncated);
	search_result_free(&r);

	CHECK(run_content(q, &c, 2, &r, &err) == HN_OK);
	CHECK(r.count == 2 && r.truncated);
	search_result_free(&r);
	search_free(q);

	CHECK(count_in("\\bтовар\\w*", "Возврат товара") == 1);
	CHECK(count_in("\\w+", "Возврат товара") == 2);
}

static void test_yo(void)
{
	CHECK(count_in("елка", "Ёлка в лесу") == 1);
	CHECK(count_in("ёлка", "елка") == 1);
	CHECK(count_in("ёлка", "ЁЛКА") == 1);
	CHECK(count_in("Ёж", "еж и Еж и Ёж и ёж") == 4);
	CHECK(count_in("Еж", "Ёж") == 1);
	CHECK(count_in("[ё]ж", "ежик") == 1);
	CHECK(count_in("[Ё]Ж", "ЕЖ ЁЖ еж") == 3);
	CHECK(count_in("вс[её]", "всё и все") == 2);
	CHECK(count_in("[^ё]лка", "ёлка") == 0);

	/* the spans refer to the original text */
	{
		const char *texts[] = {"Привёз ёлку"};
		struct text_field f[1];
		struct content c = make_content(f, texts, 1);
		struct search_query *q;
		struct search_error err;
		struct search_result r;

		CHECK(search_compile("елк", strlen("елк"), &q, &err) == HN_OK);
		CHECK(run_content(q, &c, 0, &r, &err) == HN_OK);
		CHECK(r.count == 1 && r.hits[0].byte_start == 13 &&
		      r.hits[0].byte_end == 19 && r.hits[0].char_start == 7 &&
		      r.hits[0].char_end == 10);
		search_result_free(&r);
		search_free(q);
	}
}

/* A field with ё, folded in the corpus: spans are the original's. */
static void test_folded_field(void)
{
	const char *texts[] = {"Ёлки и ёжики"};
	struct text_field f[1];
	struct content c = make_content(f, texts, 1);
	struct search_query *q;
	struct search_error err;
	struct search_result r;

	CHECK(search_compile("ёж", strlen("ёж"), &q, &err) == HN_OK);
	CHECK(run_content(q, &c, 0, &r, &err) == HN_OK);
	CHECK(r.count == 1 && r.hits[0].byte_start == 12 &&
	      r.hits[0].char_start == 7 && r.hits[0].char_end == 9);
	search_result_free(&r);
	search_free(q);
}

static void test_smart_case(void)
{
	struct {
		const char *pattern;
		bool upper;
	} cases[] = {
		{"возврат", false},
		{"Возврат", true},
		{"ВОЗВРАТ", true},
		{"\\W+", false},
		{"\\S\\D\\B", false},
		{"\\p{Lu}", false},
		{"\\P{Lu}x", false},
		{"\\pL", false},
		{"\\x{41}", false},
		{"\\x41", false},
		{"\\N{U+0041}", false},
		{"a\\Sb", false},
		{"(?<Name>x)\\k<Name>", false},
		{"(*UTF)x", false},
		{"(?i)x", false},
		{"[А-Я]", true},
		{"\\QA\\E", true},
		{"\\Qa\\E", false},
		{"abcX", true},
		{"ёж", false},
		{"Ёж", true},
		{"\\\\A", true},
		{"ÄÖ", true},
		{"éè", false},
		{"", false},
		{"(?#Comment)x", false},
		{"\\cA", false},
		{"(?P<N>x)", false},
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool got = search_pattern_has_upper(cases[i].pattern,
						    strlen(cases[i].pattern));

		if (got != cases[i].upper)
			fprintf(stderr, "has_upper(%s) = %d\n",
				cases[i].pattern, got);
		CHECK(got == cases[i].upper);
	}
	/* uppercase does not make the search case-sensitive (only
	 * SEARCH_CASE_SENSITIVE does: test_search_forgive.c) */
	CHECK(count_in("Возврат", "возврат Возврат ВОЗВРАТ") == 3);
	CHECK(count_in("возврат", "возврат Возврат ВОЗВРАТ") == 3);
	CHECK(count_in("\\W", "a b") == 1);
	CHECK(count_in("\\p{Lu}", "aBcД") == 2);
	CHECK(count_in("\\x{44}", "d D") == 2);
}

static void check_bad(const char *pattern, size_t len, size_t column)
{
	struct search_query *q = (struct search_query *)1;
	struct search_error err;
	int rc = search_compile(pattern, len, &q, &err);

	CHECK(rc == HN_INVALID);
	CHECK(q == NULL);
	CHECK(err.message[0] != '\0');
	if (err.column != column)
		fprintf(stderr, "pattern %s: column %zu, want %zu (%s)\n",
			pattern, err.column, column, err.message);
	CHECK(err.column == column);
}

static void test_bad_patterns(void)
{
	struct search_query *q;
	struct search_error err;

	/* "возврат(" is 15 bytes, 8 characters: the fault is after them */
	check_bad("возврат(", strlen("возврат("), 9);
	check_bad("(", 1, 2);
	check_bad("ж[", strlen("ж["), 3);
	check_bad("жж)", strlen("жж)"), 3);
	check_bad("ё*+*", strlen("ё*+*"), 4);
	check_bad("\\p{Непонятно}", strlen("\\p{Непонятно}"), 14);
	check_bad("ab\xFFx", 4, 3);
	check_bad("ж\xD0", 3, 2);
	check_bad("\xC0\xAF", 2, 1);

	search_compile("возврат(", strlen("возврат("), &q, &err);
	CHECK(strstr(err.message, "нет закрывающей )") != NULL);
	search_compile("ab\xFFx", 4, &q, &err);
	CHECK(strstr(err.message, "UTF-8") != NULL);
}

/* Catastrophic backtracking ends at the match limit: HN_LIMIT is the bound on
 * the work (a clock would fail on a busy machine). */
static void test_catastrophic(void)
{
	static const char *patterns[] = {"(a+)+$", "(a*)*$", "(a|aa)+$",
					 "(\\w+\\s?)+$", "^(a|a?)+$"};
	size_t n = 100000, i;
	char *text = malloc(n + 2);

	memset(text, 'a', n);
	text[n] = '!';
	text[n + 1] = '\0';
	for (i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
		struct search_query *q;
		struct search_error err;
		struct search_hit *hits;
		size_t count;
		int rc;

		CHECK(search_compile(patterns[i], strlen(patterns[i]), &q,
				     &err) == HN_OK);
		rc = search_in_text(q, text, n + 1, &hits, &count, &err);
		if (rc != HN_LIMIT)
			fprintf(stderr, "%s: rc %d\n", patterns[i], rc);
		CHECK(rc == HN_LIMIT);
		CHECK(strcmp(err.message, "шаблон слишком сложный") == 0);
		CHECK(hits == NULL && count == 0);
		search_free(q);
	}
	free(text);
}

/* A budget's cancel flag stops a search at its next pcre2_match call and
 * says so: the navigator's key stops a slow search this way. */
static void test_cancel(void)
{
	const char *texts[] = {"Возврат товара", "возврат денег"};
	struct text_field f[2];
	struct content c = make_content(f, texts, 2);
	struct corpus *k = NULL;
	struct search_query *q = NULL;
	struct search_error err;
	struct search_result r;
	struct search_budget b;
	atomic_bool stop;

	CHECK(corpus_build(&c, &k) == HN_OK);
	CHECK(search_compile("возврат", strlen("возврат"), &q, &err) == HN_OK);
	atomic_init(&stop, false);
	search_budget_start(&b, k);
	b.cancel = &stop;
	CHECK(search_run_within(q, k, 0, &b, &r, &err) == HN_OK);
	CHECK(r.count == 2 && !b.cancelled);
	search_result_free(&r);
	atomic_store(&stop, true);
	CHECK(search_run_within(q, k, 0, &b, &r, &err) == HN_LIMIT);
	CHECK(b.cancelled && r.count == 0 && r.hits == NULL);
	search_free(q);
	corpus_free(k);
}

/* The wrong-layout reading is searched within the budget it is given,
 * what the pattern's own search left: a spent one finds nothing. */
static void test_suggest_budget(void)
{
	const char *texts[] = {"Возврат товара"};
	struct text_field f[1];
	struct content c = make_content(f, texts, 1);
	struct corpus *k = NULL;
	struct search_budget b;
	size_t hits = 0;
	char *s;

	CHECK(corpus_build(&c, &k) == HN_OK);
	search_budget_start(&b, k);
	s = search_layout_suggest(k, "djpdhfn", 0, 0, &b, &hits);
	CHECK(s && !strcmp(s, "возврат") && hits == 1);
	free(s);
	b.spent = true;
	s = search_layout_suggest(k, "djpdhfn", 0, 0, &b, &hits);
	CHECK(s == NULL && hits == 0);
	free(s);
	corpus_free(k);
}

/* Hits of pattern in text as "start-end" char spans, space separated. */
static void spans(const char *pattern, const char *text, char *buf, size_t size)
{
	struct search_query *q;
	struct search_error err;
	struct search_hit *hits;
	size_t count, i, o = 0;

	buf[0] = '\0';
	if (search_compile(pattern, strlen(pattern), &q, &err) != HN_OK)
		return;
	if (search_in_text(q, text, strlen(text), &hits, &count, &err) ==
	    HN_OK) {
		for (i = 0; i < count && o < size; i++)
			o += (size_t)snprintf(buf + o, size - o, "%s%zu-%zu",
					      i ? " " : "", hits[i].char_start,
					      hits[i].char_end);
		free(hits);
	}
	search_free(q);
}

static void check_spans(const char *pattern, const char *text, const char *want)
{
	char buf[256];

	spans(pattern, text, buf, sizeof buf);
	if (strcmp(buf, want) != 0)
		fprintf(stderr, "/%s/ on \"%s\": \"%s\", want \"%s\"\n",
			pattern, text, buf, want);
	CHECK(strcmp(buf, want) == 0);
}

static void test_spans(void)
{
	check_spans("^", "жук", "0-0");
	check_spans("$", "жук", "3-3");
	check_spans("x*", "жук", "0-0 1-1 2-2 3-3");
	check_spans("x*", "", "0-0");
	check_spans("\\b", "жук жи", "0-0 3-3 4-4 6-6");
	check_spans("ж*", "жжaж", "0-2 2-2 3-4 4-4");
	check_spans("(?=у)", "жук", "1-1");
	check_spans("у", "жук, жук", "1-2 6-7");
	check_spans("ук|к", "жук", "1-3");
	check_spans("[а-я]+", "Сбор 中文 данных", "0-4 8-14");
	check_spans("中", "Сбор 中文 данных", "5-6");
	check_spans("\\d+", "8 800 555-35-35", "0-1 2-5 6-9 10-12 13-15");
	check_spans("e\\x{301}", "cafe\xCC\x81!", "3-5");

	/* byte spans against the original bytes */
	{
		const char *text = "a жё中 ё";
		struct search_query *q;
		struct search_error err;
		struct search_hit *hits;
		size_t count;

		CHECK(search_compile("е", strlen("е"), &q, &err) == HN_OK);
		CHECK(search_in_text(q, text, strlen(text), &hits, &count,
				     &err) == HN_OK);
		CHECK(count == 2);
		CHECK(count == 2 && hits[0].byte_start == 4 &&
		      hits[0].byte_end == 6 && hits[1].byte_start == 10 &&
		      hits[1].byte_end == 12);
		CHECK(count == 2 &&
		      memcmp(text + hits[0].byte_start, "ё", 2) == 0);
		CHECK(count == 2 && hits[1].char_start == 6 &&
		      hits[1].char_end == 7);
		free(hits);
		search_free(q);
	}
}

/* A 2 MB field with 50k hits: an implementation that re-checks UTF-8 or
 * recounts characters from the start on every hit takes minutes, past the
 * unit tests' ctest timeout; bench/ measures the real speed. */
static void test_big_field(void)
{
	const char *unit = "Возврат товара, курьер ёлки привёз. ";
	size_t ulen = strlen(unit), reps = 2 * 1024 * 1024 / ulen, i;
	char *text = malloc(reps * ulen + 1);
	struct text_field f[3];
	const char *texts[3] = {"начало возврат", text, "конец"};
	struct content c;
	struct search_query *q;
	struct search_error err;
	struct search_result r;
	bool ok = true;

	for (i = 0; i < reps; i++)
		memcpy(text + i * ulen, unit, ulen);
	text[reps * ulen] = '\0';
	c = make_content(f, texts, 3);
	CHECK(search_compile("привез|возврат", strlen("привез|возврат"), &q,
			     &err) == HN_OK);
	CHECK(run_content(q, &c, 0, &r, &err) == HN_OK);
	CHECK(r.count == 1 + 2 * reps);
	CHECK(reps * 2 > 50000);
	for (i = 1; i < r.count && ok; i++) {
		size_t k = (i - 1) / 2, chars = utf8_char_count(unit, ulen);
		size_t second = (size_t)(strstr(unit, "привёз") - unit);
		size_t b = i % 2 ? 0 : second;
		size_t ch = i % 2 ? 0 : utf8_char_count(unit, second);

		if (r.hits[i].row != 1 ||
		    r.hits[i].char_start != k * chars + ch ||
		    r.hits[i].byte_start != k * ulen + b ||
		    r.hits[i].char_end - r.hits[i].char_start !=
			    (i % 2 ? 7 : 6))
			ok = false;
	}
	CHECK(ok);
	search_result_free(&r);
	search_free(q);
	free(text);
}

static void check_expand(const char *pattern, const char *want)
{
	size_t n = 0;
	char *got = search_expand_case(pattern, strlen(pattern), &n);

	if (!want) {
		CHECK(got == NULL);
		free(got);
		return;
	}
	if (!got || strcmp(got, want) != 0)
		fprintf(stderr, "expand(%s) = %s, want %s\n", pattern,
			got ? got : "NULL", want);
	CHECK(got && strcmp(got, want) == 0 && n == strlen(want));
	free(got);
}

static void test_expand_case(void)
{
	check_expand("жук", "(?-i:ж|Ж)(?-i:у|У)(?-i:к|К)");
	check_expand("ж+", "(?-i:ж|Ж)+");
	check_expand("ab", "(?-i:a|A)(?-i:b|B)");
	check_expand("ks", NULL); /* k and s have a third case partner */
	check_expand("[жу]\\wя", "[жу]\\w(?-i:я|Я)");
	check_expand("\\p{L}", NULL);
	check_expand("\\Qжж\\Eя", "\\Qжж\\E(?-i:я|Я)");
	check_expand("(?<имя>ж)", "(?<имя>(?-i:ж|Ж))");
	check_expand("(?:ж)", "(?:(?-i:ж|Ж))");
	check_expand("(?m)ж", "(?m)(?-i:ж|Ж)");
	check_expand("(?-i)ж", NULL);
	check_expand("(?i:ж)", NULL);
	check_expand("[]ж]ж", "[]ж](?-i:ж|Ж)");
	check_expand("[[:alpha:]ж]я", "[[:alpha:]ж](?-i:я|Я)");
	check_expand("123", NULL);

	/* the expanded pattern finds the same as the caseless one */
	CHECK(count_in("(?<=во)звр", "Возврат ВОЗВРАТ возврат") == 3);
	CHECK(count_in("(в)о\\1", "вов ВОВ вОв вoв") == 3);
	CHECK(count_in("(?:жу)+к", "ЖуЖуК") == 1);
	CHECK(count_in("[а-я]+ товар", "Возврат ТОВАРА") == 1);
	CHECK(count_in("\\x{434}ом", "дом Дом ДОМ") == 3);
	CHECK(count_in("(?x) в о з", "ВОЗ") == 1);
	CHECK(count_in("ж{2}", "ЖЖ жж") == 2);
	CHECK(count_in("(?-i)жук", "жук Жук") == 1);
	CHECK(count_in("(?-i:ж)ук", "жук Жук ЖУК жУК") == 2);
	CHECK(count_in("ks", "KS ks ſ") == 2);
}

static void test_layout_swap(void)
{
	struct {
		const char *in, *out;
	} cases[] = {
		{"djpdhfn", "возврат"},
		{"Djpdhfn", "Возврат"},
		{"DJPDHFN", "ВОЗВРАТ"},
		{"[kt,", "хлеб"},
		{"`krf", "ёлка"},
		{"~krf", "Ёлка"},
		{"j,vty", "обмен"},
		{"ntktajy 8 800", "телефон 8 800"},
		{"gjkysq ;ehyfk", "полный журнал"},
		{"{fhm:'", "ХарьЖэ"},
		{"dsq ]", "вый ъ"},
		{"djp\\s+\\[", "воз\\s+\\["},
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got =
			search_layout_swap(cases[i].in, strlen(cases[i].in));

		if (!got || strcmp(got, cases[i].out) != 0)
			fprintf(stderr, "swap(%s) = %s, want %s\n", cases[i].in,
				got ? got : "NULL", cases[i].out);
		CHECK(got && strcmp(got, cases[i].out) == 0);
		free(got);
	}
	CHECK(search_layout_swap("возврат", strlen("возврат")) == NULL);
	CHECK(search_layout_swap("123 []", 6) == NULL);
	CHECK(search_layout_swap("", 0) == NULL);
	/* letters only in escapes: a regex, not the wrong layout */
	CHECK(search_layout_swap("заказ\\s+\\d", strlen("заказ\\s+\\d")) ==
	      NULL);
	CHECK(search_layout_swap("\\", 1) == NULL);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_cyrillic_case), CHECK_CASE(test_yo),
	CHECK_CASE(test_folded_field),  CHECK_CASE(test_smart_case),
	CHECK_CASE(test_bad_patterns),  CHECK_CASE(test_catastrophic),
	CHECK_CASE(test_spans),         CHECK_CASE(test_big_field),
	CHECK_CASE(test_expand_case),   CHECK_CASE(test_layout_swap),
	CHECK_CASE(test_cancel),        CHECK_CASE(test_suggest_budget),
};

CHECK_SUITE(all_cases, NULL, NULL);
