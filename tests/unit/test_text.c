/* SPDX-License-Identifier: MIT */
/* test_text.c - UTF-8 decoding and display widths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

#include "check.h"

static void check_decode(const char *s, size_t len, size_t want_n,
			 uint32_t want_cp)
{
	uint32_t cp = 0;
	size_t n = utf8_decode(s, len, &cp);

	if (n != want_n || cp != want_cp)
		fprintf(stderr, "decode: got %zu U+%04X, want %zu U+%04X\n", n,
			(unsigned)cp, want_n, (unsigned)want_cp);
	CHECK(n == want_n && cp == want_cp);
}

static void test_decode(void)
{
	check_decode("A", 1, 1, 'A');
	check_decode("ж", 2, 2, 0x436);
	check_decode("中", 3, 3, 0x4E2D);
	check_decode("😀", 4, 4, 0x1F600);
	check_decode("\xEF\xBF\xBD", 3, 3, 0xFFFD);
	/* invalid: one byte at a time */
	check_decode("\xFF", 1, 1, 0xFFFD);
	check_decode("\x80", 1, 1, 0xFFFD);
	check_decode("\xD0", 1, 1, 0xFFFD);     /* truncated */
	check_decode("\xD0\xB6", 1, 1, 0xFFFD); /* len cuts it */
	check_decode("\xD0"
		     "A",
		     2, 1, 0xFFFD);                     /* bad continuation */
	check_decode("\xC0\xAF", 2, 1, 0xFFFD);         /* overlong */
	check_decode("\xE0\x80\xAF", 3, 1, 0xFFFD);     /* overlong */
	check_decode("\xED\xA0\x80", 3, 1, 0xFFFD);     /* surrogate */
	check_decode("\xF4\x90\x80\x80", 4, 1, 0xFFFD); /* > U+10FFFF */
	check_decode("\xF5\x80\x80\x80", 4, 1, 0xFFFD);
}

static void test_encode(void)
{
	uint32_t cps[] = {0x41,  0x436,  0x4E2D,  0x1F600, 0x7FF,
			  0x800, 0xFFFF, 0x10000, 0x10FFFF};
	char buf[4];
	size_t i;

	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		uint32_t back;
		size_t n = utf8_encode(cps[i], buf);

		CHECK(utf8_decode(buf, n, &back) == n && back == cps[i]);
	}
	CHECK(utf8_encode(0xD800, buf) == 3 &&
	      memcmp(buf, "\xEF\xBF\xBD", 3) == 0);
	CHECK(utf8_encode('z', buf) == 1 && buf[0] == 'z');
	CHECK(utf8_encode(0x451, buf) == 2 && memcmp(buf, "ё", 2) == 0);
}

static void test_valid_and_count(void)
{
	CHECK(utf8_valid("", 0));
	CHECK(utf8_valid("Возврат товара", strlen("Возврат товара")));
	CHECK(utf8_valid("中文 😀", strlen("中文 😀")));
	CHECK(!utf8_valid("ab\xFF", 3));
	CHECK(!utf8_valid("ж\xD0", 3));
	CHECK(!utf8_valid("\xED\xA0\x80", 3));
	CHECK(utf8_char_count("Возврат товара", strlen("Возврат товара")) ==
	      14);
	CHECK(utf8_char_count("a中😀", strlen("a中😀")) == 3);
	CHECK(utf8_char_count("a\xFF\xFE", 3) == 3);
	CHECK(utf8_char_count("\xE4\xB8", 2) == 2);
	CHECK(utf8_char_count("", 0) == 0);
}

static void test_char_width(void)
{
	CHECK(text_char_width('a') == 1);
	CHECK(text_char_width(' ') == 1);
	CHECK(text_char_width(0x436) == 1);  /* ж */
	CHECK(text_char_width(0x401) == 1);  /* Ё */
	CHECK(text_char_width(0xAB) == 1);   /* « */
	CHECK(text_char_width(0xA0) == 1);   /* no-break space */
	CHECK(text_char_width(0x2014) == 1); /* em dash */
	CHECK(text_char_width(0x20BD) == 1); /* ruble sign */
	CHECK(text_char_width(0) == -1);
	CHECK(text_char_width('\t') == -1);
	CHECK(text_char_width(0x1B) == -1);
	CHECK(text_char_width(0x7F) == -1);
	CHECK(text_char_width(0x85) == -1);
	CHECK(text_char_width(0x9F) == -1);
	CHECK(text_char_width(0x301) == 0);  /* combining acute */
	CHECK(text_char_width(0x483) == 0);  /* Cyrillic titlo */
	CHECK(text_char_width(0x488) == 0);  /* Me */
	CHECK(text_char_width(0x20DD) == 0); /* combining enclosing circle */
	CHECK(text_char_width(0x200B) == 0);
	CHECK(text_char_width(0x200D) == 0);
	CHECK(text_char_width(0x200F) == -1); /* bidi controls: see text.h */
	CHECK(text_char_width(0x2028) == 0);
	CHECK(text_char_width(0x202E) == -1);
	CHECK(text_char_width(0x2060) == 0);
	CHECK(text_char_width(0x2064) == 0);
	CHECK(text_char_width(0xFEFF) == 0);
	CHECK(text_char_width(0xFE0F) == 0); /* variation selector */
	CHECK(text_char_width(0x4E2D) == 2); /* 中 */
	CHECK(text_char_width(0x3042) == 2); /* あ */
	CHECK(text_char_width(0xAC00) == 2); /* 가 */
	CHECK(text_char_width(0x1100) == 2); /* Hangul jamo */
	CHECK(text_char_width(0xFF21) == 2); /* fullwidth A */
	CHECK(text_char_width(0x3000) == 2); /* ideographic space */
	CHECK(text_char_width(0x1F600) == 2);
	CHECK(text_char_width(0x1F4E6) == 2); /* package */
	CHECK(text_char_width(0x1F9FE) == 2);
	CHECK(text_char_width(0x20000) == 2);
	CHECK(text_char_width(0xFF61) == 1); /* halfwidth katakana dot */
	CHECK(text_char_width(0x2029) == 0);
	CHECK(text_char_width(0x2030) == 1);
	CHECK(text_char_width(0xFFFD) == 1);
}

static void test_width_and_fit(void)
{
	const char *s = "Возврат товара";
	size_t len = strlen(s);

	CHECK(text_width(s, len) == 14);
	CHECK(text_width("", 0) == 0);
	CHECK(text_width("中文", strlen("中文")) == 4);
	CHECK(text_width("e\xCC\x81", 3) == 1);
	CHECK(text_width("a\tb", 3) == 3); /* control: 1 */
	CHECK(text_width("a\xFF"
			 "b",
			 3) == 3); /* invalid byte: 1 */
	CHECK(text_width("😀!", strlen("😀!")) == 3);
	CHECK(text_width("a\xE2\x80\x8B"
			 "b",
			 5) == 2);

	CHECK(text_fit(s, len, 14) == len);
	CHECK(text_fit(s, len, 100) == len);
	CHECK(text_fit(s, len, 7) == strlen("Возврат"));
	CHECK(text_fit(s, len, 0) == 0);
	CHECK(text_fit("中文字", 9, 3) == 3); /* no half of a wide char */
	CHECK(text_fit("中文字", 9, 4) == 6);
	/* a combining mark stays with its base */
	CHECK(text_fit("e\xCC\x81x", 4, 1) == 3);
	CHECK(text_fit("ab\xFF", 3, 3) == 3);
}

/* Invisible characters are written as their codes; combining marks,
 * Cyrillic and invalid bytes are left alone. */
static void test_show_invisible(void)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"\xEF\xBB\xBFtitle", "U+FEFFtitle"},
		{"a\xE2\x80\x8B"
		 "b",
		 "aU+200Bb"},
		{"стр\xE2\x80\xA8ока\xE2\x80\xA9", "стрU+2028окаU+2029"},
		{"\xC2\xADмяг", "U+00ADмяг"},
		{"\xF3\xA0\x80\x81x", "U+E0001x"},
		{"й\xCC\x86 \xFF", "й\xCC\x86 \xFF"},
		{"", ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = text_show_invisible(cases[i].in);
		CHECK(got && strcmp(got, cases[i].out) == 0);
		free(got);
	}
	CHECK(text_is_invisible(0xFEFF) && !text_is_invisible(0x0306) &&
	      !text_is_invisible('a') && !text_is_invisible(0x0439));
}

static void test_fold_yo(void)
{
	char s[] = "Ёлка, ёж и еда";
	size_t len = strlen(s);

	CHECK(text_has_yo(s, len));
	text_fold_yo(s, len);
	CHECK_EQ_STR(s, "Елка, еж и еда");
	CHECK(strlen(s) == len);
	CHECK(!text_has_yo(s, len));
	/* half a ё at the end is left as it is */
	char cut[] = "а\xD1";
	text_fold_yo(cut, 3);
	CHECK(!memcmp(cut, "а\xD1", 3));
	CHECK(!text_has_yo(cut, 3));
}

static void test_make_inert(void)
{
	char s[] = "a\tb\nc\x1b[31m\xE2\x80\xAE"
		   "d\xFF"
		   "ё";
	size_t n = text_make_inert(s, strlen(s), "\n", '?');

	CHECK(n == strlen("a?b\nc?[31m?d?ё"));
	CHECK(!memcmp(s, "a?b\nc?[31m?d?ё", n));
	char t[] = "x\ny\tz";
	n = text_make_inert(t, strlen(t), "", ' ');
	CHECK(n == 5 && !memcmp(t, "x y z", 5));
	CHECK(text_char_inert('a', 1) && text_char_inert(0xFFFD, 3));
	CHECK(!text_char_inert(0xFFFD, 1) && !text_char_inert(0x202E, 3));
}

static void test_count_valid(void)
{
	const char *s = "Возврат 中 a";

	CHECK(utf8_count_valid(s, strlen(s)) == utf8_char_count(s, strlen(s)));
	CHECK(utf8_char_len_valid(s, strlen(s)) == 2);
	CHECK(utf8_char_len_valid("中", 3) == 3);
	CHECK(utf8_char_len_valid("中", 2) == 2); /* stops at len */
	CHECK(utf8_char_len_valid("a", 1) == 1);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_fold_yo),        CHECK_CASE(test_make_inert),
	CHECK_CASE(test_count_valid),    CHECK_CASE(test_decode),
	CHECK_CASE(test_encode),         CHECK_CASE(test_valid_and_count),
	CHECK_CASE(test_char_width),     CHECK_CASE(test_width_and_fit),
	CHECK_CASE(test_show_invisible),
};

CHECK_SUITE(all_cases, NULL, NULL);
