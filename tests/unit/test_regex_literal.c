/* SPDX-License-Identifier: MIT */
/* test_regex_literal.c - the required literal of a pattern: the expected
 * literal for known patterns, no literal for what the walk does not
 * understand, and soundness: over many random texts, every text the real
 * search (search_in_text) matches contains the literal. */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regex_literal.h"
#include "search.h"
#include "status.h"

#include "check.h"
#include "test_util.h"

struct expect {
	const char *pattern;
	bool caseless;
	const char *needle; /* NULL: none */
};

static const struct expect cases[] = {
	{"возврат", false, "возврат"},
	{"возврат", true, NULL},
	{"заказ[а-яё]*\\s+№\\s*[0-9]{4,}", true, "№"},
	{"Заказ №12", false, "Заказ №12"},
	{"заказ №12", true, " №12"},
	{"ab?c", false, "a"},
	{"abc+d", false, "abc"},
	{"ab+cdef", false, "cdef"},
	{"abc*d", false, "ab"},
	{"x{2}yz", false, "yz"},
	{"x{2,}yzw", false, "yzw"},
	{"(?:abc)+d", false, "abc"},
	{"(?:abcd)?e", false, "e"},
	{"(?:abc|abd)x", false, "x"},
	{"(abc)\\1", false, "abc"},
	{"a\\.b\\-c", false, "a.b-c"},
	{"a|b", false, NULL},
	{"ab|cd", false, NULL},
	{"(?i)abc", false, NULL},
	{"(?=abc)abc", false, NULL},
	{"\\Qabc\\E", false, NULL},
	{"a{,3}bc", false, "bc"},
	{"№\\s*[0-9]{4", true, "№"},
	{"ab{4", false, "a"},
	{"x{y}zw", false, "zw"},
	{"\\0", false, NULL},
	{"[abc]", false, NULL},
	{"[]abc]de", false, "de"},
	{"[[:alpha:]]xy", false, "xy"},
	{"\\p{Lu}xy", false, "xy"},
	{"\\x{41}xy", false, "xy"},
	{"12\\d34", false, "12"},
	{"12\\b345", false, "345"},
	{"1-2№3", true, "1-2№3"},
	{"№к1", true, "№"},
	{"к1", true, "1"},
	{"", false, NULL},
	{"abc)", false, NULL},
	{"(abc", false, NULL},
	{"*a", false, NULL},
};

static void test_cases(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct expect *e = &cases[i];
		struct regex_needle n;
		bool found = regex_required_literal(
			e->pattern, strlen(e->pattern), e->caseless, &n);
		char got[REGEX_NEEDLE_MAX + 1] = "";

		if (found)
			memcpy(got, n.bytes, n.len), got[n.len] = '\0';
		CHECK_EQ_STR_MSG(found ? got : NULL, e->needle, e->pattern);
	}
}

static const char *const pieces[] = {"з",  "З", "а", "А", "к",  "№",
				     "1",  "2", " ", "-", "ab", "x",
				     "\n", "е", "ё", ".", "y",  "Ё"};

static const char *const patterns[] = {
	"за№",      "з+а№?1",    "(?:ab)+1", "[а-я]№1", "№{2}x",     "x\\.1",
	"(за)*№",   "1(?:2|№)3", "а?б?№",    "ЗА1",     "за 1",      "е1",
	"x.1y",     "(?:x1)+y",  "\\d№\\d",  "[^x]№ab", "ab\\s1",    "№\\b1",
	"(?:№1)?2", "е+ -",      "x{2}1",    "12|x1",   "(?:1|2)-№", "Е№",
	"1{2",      "x{,2}y",    "№{1",      "y{1}1",
};

static void random_text(char *buf, size_t cap, unsigned *seed)
{
	size_t n = (size_t)(rand_r(seed) % 14), used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		const char *p =
			pieces[rand_r(seed) % (sizeof pieces / sizeof *pieces)];
		if (used + strlen(p) + 1 > cap)
			break;
		strcpy(buf + used, p);
		used += strlen(p);
	}
}

static int sound_for(const char *pattern, unsigned *seed)
{
	struct search_query *q;
	struct search_error err;
	struct regex_needle n;
	char folded[128], text[128];
	int matched = 0;

	if (!CHECK_MSG(search_compile(pattern, strlen(pattern), &q, &err) ==
			       HN_OK,
		       "compile %s", pattern))
		return 0;
	snprintf(folded, sizeof folded, "%s", pattern);
	test_fold_yo(folded);
	if (!regex_required_literal(folded, strlen(folded),
				    search_is_caseless(q), &n)) {
		search_free(q);
		return 0;
	}
	for (int k = 0; k < 20000; k++) {
		struct search_hit *hits;
		size_t count;

		random_text(text, sizeof text, seed);
		if (search_in_text(q, text, strlen(text), &hits, &count,
				   &err) != HN_OK)
			continue;
		free(hits);
		if (!count)
			continue;
		matched++;
		test_fold_yo(text);
		if (!CHECK_MSG(memmem(text, strlen(text), n.bytes, n.len),
			       "%s matches \"%s\" without its literal \"%.*s\"",
			       pattern, text, (int)n.len, n.bytes))
			break;
	}
	search_free(q);
	return matched;
}

static void test_soundness(void)
{
	unsigned seed = 12345;
	int with_matches = 0;

	for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
		with_matches += sound_for(patterns[i], &seed) > 0;
	/* the random texts must reach the patterns, or nothing is shown */
	CHECK_MSG(with_matches >= 15, "only %d patterns ever matched",
		  with_matches);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_cases),
	CHECK_CASE(test_soundness),
};

CHECK_SUITE(all_cases, NULL, NULL);
