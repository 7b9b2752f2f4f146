/* SPDX-License-Identifier: MIT */
/* test_wrap.c - word wrapping by display width. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text.h"

#include "check.h"

/* Wraps text and joins the lines with '|'. Also checks that every line's
 * width is right and within the limit unless it is one wide character. */
static void check_wrap(const char *text, size_t width, const char *want,
		       int line)
{
	struct wrap_line *lines;
	size_t n = wrap_lines(text, strlen(text), width, &lines), i;
	char buf[1024];
	size_t o = 0;
	bool widths_ok = true;

	buf[0] = '\0';
	for (i = 0; i < n && o + 1 < sizeof buf; i++) {
		const char *s = text + lines[i].start;
		size_t len = lines[i].length;

		if (text_width(s, len) != lines[i].width ||
		    (lines[i].width > width && utf8_char_count(s, len) > 1))
			widths_ok = false;
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%.*s",
				      i ? "|" : "", (int)len, s);
	}
	free(lines);
	check_at(strcmp(buf, want) == 0 && widths_ok, __FILE__, line,
		 "wrap(\"%s\", %zu) = \"%s\", want \"%s\"%s", text, width, buf,
		 want, widths_ok ? "" : " (bad widths)");
}

#define WRAP(text, width, want) check_wrap(text, width, want, __LINE__)

static void test_basic(void)
{
	struct wrap_line *lines = (struct wrap_line *)1;

	CHECK(wrap_lines("", 0, 10, &lines) == 0);
	free(lines);
	WRAP("Возврат товара", 14, "Возврат товара");
	WRAP("Возврат товара", 13, "Возврат|товара");
	WRAP("Возврат товара", 7, "Возврат|товара");
	WRAP("Возврат товара", 100, "Возврат товара");
	WRAP("один два три четыре", 9, "один два|три|четыре");
	WRAP("один два три четыре", 12, "один два три|четыре");
	WRAP("a b c d e", 3, "a b|c d|e");
	WRAP("a b c d e", 1, "a|b|c|d|e");
	/* runs of spaces: trailing ones dropped, the next line starts at the
	 * word */
	WRAP("aaa    bbb", 5, "aaa|bbb");
	WRAP("aaa bbb   ", 3, "aaa|bbb");
	WRAP("aaa   ", 10, "aaa");
	WRAP("   ", 10, "");
	/* leading spaces of a paragraph are kept (indentation) */
	WRAP("  aa bb", 5, "  aa|bb");
}

static void test_newlines(void)
{
	WRAP("один\nдва", 20, "один|два");
	WRAP("a\n\nb", 20, "a||b");
	WRAP("a\n", 20, "a");
	WRAP("\n", 20, "");
	WRAP("a \nb", 20, "a|b");
	WRAP("раз два три\nчетыре пять", 8, "раз два|три|четыре|пять");
	WRAP("x\n  - пункт", 20, "x|  - пункт");
}

static void test_long_words(void)
{
	WRAP("абвгдежз", 3, "абв|где|жз");
	WRAP("ab абвгдежз", 3, "ab|абв|где|жз");
	WRAP("https://ozon.ru/my/orderlist", 10,
	     "https://oz|on.ru/my/o|rderlist");
	/* width 1: one character per line */
	WRAP("жук", 1, "ж|у|к");
	/* wide characters */
	WRAP("中文字体", 4, "中文|字体");
	WRAP("中文字体", 5, "中文|字体");
	WRAP("中文 字体", 4, "中文|字体");
	WRAP("中文", 1, "中|文");
	WRAP("a中", 2, "a|中");
	/* combining marks stay with their base */
	WRAP("e\xCC\x81"
	     "e\xCC\x81"
	     "e\xCC\x81",
	     2,
	     "e\xCC\x81"
	     "e\xCC\x81|e\xCC\x81");
	WRAP("e\xCC\x81\xCC\x82"
	     "x",
	     1, "e\xCC\x81\xCC\x82|x");
	WRAP("ё\xCC\x88жик", 2, "ё\xCC\x88ж|ик");
	/* zero-width characters do not take a column */
	WRAP("a\xE2\x80\x8B"
	     "bc",
	     2,
	     "a\xE2\x80\x8B"
	     "b|c");
	/* invalid bytes count one column each and are never split */
	WRAP("ab\xFF\xFE", 2, "ab|\xFF\xFE");
}

static void test_groups(void)
{
	WRAP("Откройте «Мои заказы» и выберите", 16,
	     "Откройте|«Мои заказы» и|выберите");
	WRAP("Раздел «Мои заказы»", 14, "Раздел|«Мои заказы»");
	WRAP("Раздел «Мои заказы»", 10, "Раздел|«Мои|заказы»");
	/* a group wider than the line breaks at its spaces */
	WRAP("«Очень длинное название раздела»", 12,
	     "«Очень|длинное|название|раздела»");
	WRAP("зайдите в «Раздел «Мои заказы»» сразу", 20,
	     "зайдите в «Раздел|«Мои заказы»» сразу");
	WRAP("зайдите в «Раздел «Мои заказы»» сразу", 21,
	     "зайдите в|«Раздел «Мои заказы»»|сразу");
	WRAP("незакрытая «кавычка тут", 12, "незакрытая|«кавычка тут");
	WRAP("Звоните 8 800 555-35-35 днём", 16,
	     "Звоните|8 800 555-35-35|днём");
	WRAP("Звоните +7 495 232-10-00.", 18, "Звоните|+7 495 232-10-00.");
	WRAP("тел. +7 (495) 232-10-00 или", 21, "тел.|+7 (495) 232-10-00|или");
	WRAP("8 800 555-35-35", 6, "8 800|555-35|-35");
	/* ordinary numbers break as usual */
	WRAP("до 10 000 рублей", 6, "до 10|000|рублей");
	WRAP("в 2024 году 15 марта", 7, "в 2024|году 15|марта");
	/* a no-break space joins */
	WRAP("до 10\xC2\xA0"
	     "000 руб",
	     8,
	     "до|10\xC2\xA0"
	     "000|руб");
}

/* Linear time: 1 MB of one word, 1 MB of short words, 1 MB of quotes. A
 * quadratic wrap takes minutes here, past the unit tests' ctest timeout. */
static void test_big(void)
{
	size_t n = 1024 * 1024, i, count;
	char *text = malloc(n + 1);
	struct wrap_line *lines;
	bool ok = true;

	for (i = 0; i + 1 < n; i += 2)
		memcpy(text + i, "ж", 2);
	text[n] = '\0';
	count = wrap_lines(text, n, 80, &lines);
	CHECK(count == (n / 2 + 79) / 80);
	for (i = 0; i < count && ok; i++)
		ok = lines[i].start == i * 160 &&
		     lines[i].width == (i + 1 < count ? 80 : (n / 2) % 80);
	CHECK(ok);
	free(lines);

	for (i = 0; i < n; i++)
		text[i] = i % 4 == 3 ? ' ' : 'a';
	count = wrap_lines(text, n, 80, &lines);
	CHECK(count == n / 80 + 1);
	CHECK(count > 0 && lines[0].length == 79 && lines[0].width == 79);
	free(lines);

	/* unclosed quotes and digit runs must not go quadratic */
	for (i = 0; i + 4 <= n; i += 4)
		memcpy(text + i,
		       "\xC2\xAB"
		       "1 ",
		       4);
	count = wrap_lines(text, n, 80, &lines);
	CHECK(count != (size_t)-1 && count > 1000);
	free(lines);
	free(text);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_basic),      CHECK_CASE(test_newlines),
	CHECK_CASE(test_long_words), CHECK_CASE(test_groups),
	CHECK_CASE(test_big),
};

CHECK_SUITE(all_cases, NULL, NULL);
