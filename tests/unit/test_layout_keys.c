/* SPDX-License-Identifier: MIT */
/* test_layout_keys - the wrong-layout helpers the batch modes and the
 * navigator share: search_layout_key (a QWERTY key's ЙЦУКЕН character,
 * from which the navigator derives its key aliases) and
 * search_layout_suggest (the other layout's reading of a pattern, when it
 * finds something) over the small test pack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "loader.h"
#include "search.h"
#include "status.h"

#include "check.h"

static void test_key(void)
{
	CHECK(search_layout_key('q') == 0x0439); /* й */
	CHECK(search_layout_key('j') == 0x043E); /* о */
	CHECK(search_layout_key('G') == 0x041F); /* П */
	CHECK(search_layout_key('P') == 0x0417); /* З */
	CHECK(search_layout_key(',') == 0x0431); /* б */
	CHECK(search_layout_key('`') == 0x0451); /* ё */
	CHECK(search_layout_key('/') == '.');
	CHECK(search_layout_key('?') == ',');
	CHECK(search_layout_key('#') == 0x2116); /* № */
	/* the same character on both layouts, or no key of the map */
	CHECK(search_layout_key('1') == 0);
	CHECK(search_layout_key(' ') == 0);
	CHECK(search_layout_key('\n') == 0);
	CHECK(search_layout_key(0) == 0);
	CHECK(search_layout_key(0x0439) == 0);
	/* every Latin letter has a twin, and no two share one */
	for (uint32_t a = 'A'; a <= 'z'; a++) {
		if (a > 'Z' && a < 'a')
			continue;
		uint32_t t = search_layout_key(a);
		CHECK_MSG(t >= 0x0401 && t <= 0x0451, "twin of %c", (int)a);
		for (uint32_t b = 'A'; b < a; b++)
			if (b <= 'Z' || b >= 'a')
				CHECK_MSG(search_layout_key(b) != t,
					  "%c and %c share a twin", (int)a,
					  (int)b);
	}
}

/* Russian letters typed while Latin was meant: back to the QWERTY keys. */
static void test_swap_back(void)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{"щящт", "ozon"},       {"ЩЯЩТ", "OZON"},
		{"возврат", "djpdhfn"}, {"\\d+ щящт", "\\d+ ozon"},
		{"ёлка", "`krf"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = search_layout_swap_back(cases[i].in,
						    strlen(cases[i].in));

		CHECK_EQ_STR(got, cases[i].want);
		free(got);
	}
	CHECK(search_layout_swap_back("ozon", 4) == NULL);
	CHECK(search_layout_swap_back("123 []", 6) == NULL);
	CHECK(search_layout_swap_back("", 0) == NULL);
}

static struct content *pack; /* pack-small, loaded by setup */

static void test_suggest(void)
{
	size_t hits = 99;
	struct corpus *c = NULL;

	if (!CHECK_MSG(corpus_build(pack, &c) == HN_OK, "corpus builds"))
		return;
	char *s = search_layout_suggest(c, "djpdhfn", 0, 0, NULL, &hits);

	CHECK_EQ_STR(s, "возврат");
	CHECK(hits >= 1);
	free(s);
	s = search_layout_suggest(c, "djpdhfn", 0, 1, NULL, &hits);
	CHECK(s && hits == 1); /* counted up to max_hits */
	free(s);
	/* Russian letters for Latin: the other way */
	s = search_layout_suggest(c, "щящт", 0, 0, NULL, &hits);
	CHECK_EQ_STR(s, "ozon");
	free(s);
	/* no hits that way, or not a valid pattern */
	CHECK(search_layout_suggest(c, "возврат", 0, 0, NULL, &hits) == NULL &&
	      hits == 0);
	CHECK(search_layout_suggest(c, "qqqqzzzz", 0, 0, NULL, &hits) == NULL &&
	      hits == 0);
	CHECK(search_layout_suggest(c, "djp(", 0, 0, NULL, &hits) == NULL);
	corpus_free(c);
}

static int setup(void)
{
	struct diag_list d = {0};
	int status = loader_load_dir(
		HELPNAV_SOURCE_DIR "/tests/fixtures/pack-small", &pack, &d);

	if (!CHECK_MSG(status == HN_OK, "pack-small loads"))
		diag_list_print(&d, stdout);
	diag_list_free(&d);
	return status == HN_OK ? 0 : 1;
}

static void teardown(void)
{
	content_free(pack);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_key),
	CHECK_CASE(test_swap_back),
	CHECK_CASE(test_suggest),
};

CHECK_SUITE(all_cases, setup, teardown);
