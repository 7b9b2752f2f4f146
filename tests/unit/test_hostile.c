/* SPDX-License-Identifier: MIT */
/* test_hostile.c - hostile text and patterns at the core's edges: bidi
 * controls count as controls (drawn as placeholders), diagnostics never
 * carry raw control characters from content or file names to a terminal,
 * and hostile patterns are bounded in time and give sane spans. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content.h"
#include "corpus.h"
#include "diag.h"
#include "loader.h"
#include "search.h"
#include "status.h"
#include "text.h"

#include "check.h"

/* True when s has no C0/C1 control, DEL, bidi control or bad UTF-8. */
static bool inert(const char *s)
{
	size_t len = strlen(s);

	if (!utf8_valid(s, len))
		return false;
	for (size_t i = 0; i < len;) {
		uint32_t cp;

		i += utf8_decode(s + i, len - i, &cp);
		if (text_char_width(cp) < 0)
			return false;
	}
	return true;
}

static void test_bidi_controls(void)
{
	static const uint32_t bidi[] = {0x061C, 0x200E, 0x200F, 0x202A,
					0x202B, 0x202C, 0x202D, 0x202E,
					0x2066, 0x2067, 0x2068, 0x2069};

	for (size_t i = 0; i < sizeof bidi / sizeof bidi[0]; i++)
		CHECK(text_char_width(bidi[i]) == -1);
	/* zero-width and combining characters stay zero-width, not controls */
	CHECK(text_char_width(0x200B) == 0);
	CHECK(text_char_width(0x200D) == 0);
	CHECK(text_char_width(0x0306) == 0);
	CHECK(text_width("й\xCC\x86", strlen("й\xCC\x86")) == 1);
	/* a bidi override is one placeholder column */
	CHECK(text_width("a\xE2\x80\xAE"
			 "b",
			 5) == 3);
}

static void test_diag_inert(void)
{
	struct diag_list d = {0};

	diag_add(&d, "pack\x1b]2;PWNED\x07.yaml", 3, 4,
		 "неизвестное поле \"%s\"",
		 "\x1b[31mkey\xc2\x9b"
		 "1m\n");
	diag_add(&d, "b\xE2\x80\xAE.yaml", 1, 1, "тег (%s)", "x\xE2\x80\xAEy");
	diag_add(&d, "bad\xff.yaml", 1, 1, "id \"%s\"", "\xd0");
	CHECK(d.count == 3);
	for (size_t i = 0; i < d.count; i++) {
		CHECK(inert(d.items[i].file));
		CHECK(inert(d.items[i].message));
	}
	CHECK(strstr(d.items[0].message, "неизвестное поле") != NULL);
	CHECK(strstr(d.items[0].message, "key") != NULL);
	CHECK(strstr(d.items[0].file, "PWNED") != NULL);
	diag_list_free(&d);
}

/* A loaded pack whose errors quote hostile keys, ids and tags. */
static void test_loader_messages_inert(void)
{
	static const char yaml[] = "sources:\n"
				   "  - id: \"000\"\n"
				   "    title: !<%1B]2;PWNED%07> Источник\n"
				   "    \"\\e[31mkey\": 1\n"
				   "channels:\n"
				   "  - id: chat\n"
				   "    title: Чат\n"
				   "    steps:\n"
				   "      - text: Шаг\n"
				   "        sources: [\"\\u202e\\e[2J\"]\n";
	struct content_file f = {"pack.yaml", yaml, sizeof yaml - 1};
	struct diag_list d = {0};
	struct content *c = NULL;

	CHECK(loader_load_files(&f, 1, &c, &d) == HN_INVALID);
	CHECK(c == NULL);
	CHECK(d.count >= 3);
	for (size_t i = 0; i < d.count; i++) {
		if (!inert(d.items[i].message))
			fprintf(stderr, "not inert: %s\n", d.items[i].message);
		CHECK(inert(d.items[i].message));
		CHECK(d.items[i].line > 0);
	}
	diag_list_free(&d);
}

static size_t hits_in(const char *pattern, const char *text,
		      struct search_hit **hits)
{
	struct search_query *q = NULL;
	struct search_error err;
	size_t n = 0;

	*hits = NULL;
	if (search_compile(pattern, strlen(pattern), &q, &err) != HN_OK)
		return (size_t)-1;
	if (search_in_text(q, text, strlen(text), hits, &n, &err) != HN_OK)
		n = (size_t)-1;
	search_free(q);
	return n;
}

static void test_empty_matches(void)
{
	struct search_hit *h;
	const char *text = "Чат ok";

	/* ^ matches once, at the start */
	CHECK(hits_in("^", text, &h) == 1 && h[0].byte_start == 0 &&
	      h[0].byte_end == 0);
	free(h);
	/* \b: the four word edges, in characters 0, 3, 4, 6 */
	CHECK(hits_in("\\b", text, &h) == 4);
	if (h) {
		CHECK(h[0].char_start == 0 && h[1].char_start == 3 &&
		      h[2].char_start == 4 && h[3].char_start == 6);
		CHECK(h[1].byte_start == 6);
	}
	free(h);
	/* x*: an empty match before every character and at the end, each
	 * on a character boundary */
	CHECK(hits_in("x*", "аб", &h) == 3);
	if (h) {
		CHECK(h[0].byte_start == 0 && h[1].byte_start == 2 &&
		      h[2].byte_start == 4);
		CHECK(h[2].char_start == 2 && h[2].char_end == 2);
	}
	free(h);
}

/* Slow patterns end found or at the match limit (HN_LIMIT bounds the work);
 * a 100 KB pattern gets a clear answer. */
static void test_hostile_patterns(void)
{
	struct content *c = NULL;
	struct diag_list d = {0};
	struct search_query *q = NULL;
	struct search_error err;
	struct search_result r = {0};
	static const char *const slow[] = {"(a+)+$", "(.*)*x", "(\\w+\\s?)+$",
					   "((а|б)*)*в", "(?:.*){20}Ъ"};
	char *big;

	struct corpus *k = NULL;
	CHECK(loader_load_builtin(&c, &d) == HN_OK);
	CHECK(c && corpus_build(c, &k) == HN_OK);
	for (size_t i = 0; k && i < sizeof slow / sizeof slow[0]; i++) {
		if (search_compile(slow[i], strlen(slow[i]), &q, &err) ==
		    HN_OK) {
			int st = search_run(q, k, 0, &r, &err);

			CHECK(st == HN_OK || st == HN_LIMIT);
			if (st == HN_LIMIT)
				CHECK(err.message[0] != '\0');
			search_result_free(&r);
			search_free(q);
		}
	}
	/* invalid UTF-8: rejected with the column of the bad byte */
	CHECK(search_compile("ab\xff"
			     "c",
			     4, &q, &err) == HN_INVALID);
	CHECK(err.column == 3);
	CHECK(search_compile("\xd0", 1, &q, &err) == HN_INVALID);
	/* a 100 KB pattern: a clear answer, quickly */
	big = malloc(100 * 1024 + 1);
	if (big) {
		/* "чат|чат|...|qqq": many alternatives, exactly 100 KB */
		size_t i = 0;

		for (; i + 7 <= 100 * 1024; i += 7)
			memcpy(big + i, "чат|", 7);
		memset(big + i, 'q', 100 * 1024 - i);
		big[100 * 1024] = '\0';
		int st = search_compile(big, 100 * 1024, &q, &err);
		CHECK(st == HN_OK || st == HN_INVALID);
		if (st == HN_OK) {
			int rs = k ? search_run(q, k, 0, &r, &err) : HN_NOMEM;

			CHECK(rs == HN_OK || rs == HN_LIMIT);
			CHECK(rs != HN_OK || r.count > 0); /* чат is there */
			search_result_free(&r);
			search_free(q);
		} else {
			CHECK(err.message[0] != '\0');
		}
		free(big);
	}
	corpus_free(k);
	content_free(c);
	diag_list_free(&d);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_bidi_controls),         CHECK_CASE(test_diag_inert),
	CHECK_CASE(test_loader_messages_inert), CHECK_CASE(test_empty_matches),
	CHECK_CASE(test_hostile_patterns),
};

CHECK_SUITE(all_cases, NULL, NULL);
