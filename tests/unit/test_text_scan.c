/* SPDX-License-Identifier: MIT */
/* test_text_scan.c - the text.h functions that step over plain text many
 * bytes at a time (text_fits, text_fit_width, text_fit_back,
 * text_plain_prefix, and text_width and text_fit through them), against a
 * reference that goes one character at a time, on mixed ASCII, Cyrillic,
 * CJK, combining marks, controls and invalid bytes at every alignment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

#include "check.h"

static size_t ref_cols(const char *s, size_t len, size_t *n)
{
	uint32_t cp;
	int w;

	*n = utf8_decode(s, len, &cp);
	w = text_char_width(cp);
	return w < 0 ? 1 : (size_t)w;
}

static size_t ref_width(const char *s, size_t len)
{
	size_t i = 0, width = 0, n;

	while (i < len) {
		width += ref_cols(s + i, len - i, &n);
		i += n;
	}
	return width;
}

static size_t ref_fit(const char *s, size_t len, size_t cols, size_t *width)
{
	size_t i = 0, n, w;

	*width = 0;
	while (i < len) {
		w = ref_cols(s + i, len - i, &n);
		if (*width + w > cols)
			break;
		*width += w;
		i += n;
	}
	return i;
}

/* Back from the end: to the previous byte that is not a continuation byte,
 * the width of what decodes there. */
static size_t ref_fit_back(const char *s, size_t len, size_t cols,
			   size_t *width)
{
	size_t i = len, n, w;

	*width = 0;
	while (i > 0) {
		size_t p = i - 1;

		while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
			p--;
		w = ref_cols(s + p, i - p, &n);
		if (*width + w > cols)
			break;
		*width += w;
		i = p;
	}
	return len - i;
}

static size_t ref_plain(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned char b = (unsigned char)s[i];

		if (b >= 0x20 && b < 0x7F)
			i++;
		else if ((b == 0xD0 || b == 0xD1) && i + 1 < len &&
			 ((unsigned char)s[i + 1] & 0xC0) == 0x80)
			i += 2;
		else
			break;
	}
	return i;
}

/* Compares every function on s with every column budget around its
 * width; returns false at the first difference (already reported). */
static bool compare_all(const char *s, size_t len)
{
	size_t width = ref_width(s, len), w, rw, got, want;

	if (!CHECK_MSG(text_width(s, len) == width,
		       "text_width %zu, want %zu (len %zu)", text_width(s, len),
		       width, len))
		return false;
	if (!CHECK_MSG(text_plain_prefix(s, len) == ref_plain(s, len),
		       "text_plain_prefix %zu, want %zu (len %zu)",
		       text_plain_prefix(s, len), ref_plain(s, len), len))
		return false;
	for (size_t cols = 0; cols <= width + 2; cols++) {
		bool fits = text_fits(s, len, cols);

		if (!CHECK_MSG(fits == (width <= cols),
			       "text_fits(len %zu, %zu) = %d, width %zu", len,
			       cols, fits, width))
			return false;
		got = text_fit_width(s, len, cols, &w);
		want = ref_fit(s, len, cols, &rw);
		if (!CHECK_MSG(got == want && w == rw &&
				       text_fit(s, len, cols) == want,
			       "text_fit_width(len %zu, %zu) = %zu/%zu, "
			       "want %zu/%zu",
			       len, cols, got, w, want, rw))
			return false;
		got = text_fit_back(s, len, cols, &w);
		want = ref_fit_back(s, len, cols, &rw);
		if (!CHECK_MSG(got == want && w == rw,
			       "text_fit_back(len %zu, %zu) = %zu/%zu, "
			       "want %zu/%zu",
			       len, cols, got, w, want, rw))
			return false;
	}
	return true;
}

static void test_known(void)
{
	/* 16 Cyrillic letters: 32 bytes, 16 columns, two blocks */
	const char *ru = "абвгдеёжзийклмно";
	/* a letter across the 16-byte boundary: 15 ASCII bytes first */
	const char *across = "123456789012345жжжжжжжжжжжжжжжж";
	/* U+0483 (D2 83) is a combining mark: 0 columns, not plain */
	const char *titlo = "аааааааааааааа\xD2\x83"
			    "ааааааааааааааааа";
	size_t w;

	CHECK(text_width(ru, strlen(ru)) == 16);
	CHECK(text_fits(ru, strlen(ru), 16));
	CHECK(!text_fits(ru, strlen(ru), 15));
	CHECK(text_fit_width(ru, strlen(ru), 15, &w) == 30 && w == 15);
	CHECK(text_fit_back(ru, strlen(ru), 15, &w) == 30 && w == 15);
	CHECK(text_plain_prefix(ru, strlen(ru)) == strlen(ru));
	CHECK(text_width(across, strlen(across)) == 31);
	CHECK(text_fit_width(across, strlen(across), 16, &w) == 17 && w == 16);
	CHECK(text_fit_back(across, strlen(across), 16, &w) == 32 && w == 16);
	CHECK(text_width(titlo, strlen(titlo)) == 31);
	CHECK(text_plain_prefix(titlo, strlen(titlo)) == 28);
	CHECK(text_fit_width(titlo, strlen(titlo), 14, &w) == 30 && w == 14);
	/* wide characters: never half of one; fits exactly at the boundary */
	CHECK(text_fits("中文ab", strlen("中文ab"), 6));
	CHECK(!text_fits("中文ab", strlen("中文ab"), 5));
	CHECK(text_fit_back("ab中文", strlen("ab中文"), 3, &w) == 3 && w == 2);
	/* controls are one column and not plain; so is a lone lead byte */
	CHECK(text_plain_prefix("abc\tdef", 7) == 3);
	CHECK(text_plain_prefix("abc\x7F", 4) == 3);
	CHECK(text_plain_prefix("ab\xD0", 3) == 2);
	CHECK(text_plain_prefix("ab\xE2\x80\xAE"
				"cd",
				7) == 2); /* U+202E */
	CHECK(text_fits("\t\t\t", 3, 3) && !text_fits("\t\t\t", 3, 2));
	CHECK(compare_all(across, strlen(across)));
	CHECK(compare_all(titlo, strlen(titlo)));
}

/* Pieces the random strings are made of. */
static const char *const pieces[] = {
	"a",
	" ",
	"Z",
	"~",
	"ж",
	"Ё",
	"ё",
	"я",
	"Ѐ",
	"ѿ",
	"\xD2\x83",
	"\xCC\x81",
	"中",
	"한",
	"😀",
	"\t",
	"\n",
	"\x7F",
	"\xC2\x85",
	"\xE2\x80\xAE",
	"\xE2\x80\x8B",
	"№",
	"«",
	"\xFF",
	"\xD0",
	"\xD1",
	"\x80",
	"\xBF",
	"\xE4\xB8",
	"\xC0\xAF",
	"\xED\xA0\x80",
	"\x1B",
};

static unsigned long long rng = 0x9E3779B97F4A7C15ull;

static size_t rnd(size_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (size_t)(rng % n);
}

static void test_random(void)
{
	size_t npieces = sizeof pieces / sizeof pieces[0];
	char buf[400];

	for (int round = 0; round < 3000; round++) {
		size_t len = 0, want = 1 + rnd(60);
		/* mostly plain text, as in the guidance, with rarer others */
		bool plainish = rnd(4) != 0;

		while (len < sizeof buf - 8 && want--) {
			const char *p = plainish && rnd(8) != 0
						? pieces[rnd(10)]
						: pieces[rnd(npieces)];
			size_t n = strlen(p);

			memcpy(buf + len, p, n);
			len += n;
		}
		if (!compare_all(buf, len)) {
			fprintf(stderr, "round %d, bytes:", round);
			for (size_t i = 0; i < len; i++)
				fprintf(stderr, " %02X", (unsigned char)buf[i]);
			fputc('\n', stderr);
			return;
		}
	}
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_known),
	CHECK_CASE(test_random),
};

CHECK_SUITE(all_cases, NULL, NULL);
