/* SPDX-License-Identifier: MIT */
/* text.c - strict UTF-8 decoding, display widths of strings, ё-folding
 * and making text inert before output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

#if defined(__SSE2__) && !defined(TEXT_NO_SIMD)
#include <emmintrin.h>
#endif

#define REPLACEMENT 0xFFFDu

static bool is_cont(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c, min;
	size_t n, i;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xC2 && u[0] <= 0xDF) {
		n = 2;
		c = u[0] & 0x1F;
		min = 0x80;
	} else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
		n = 3;
		c = u[0] & 0x0F;
		min = 0x800;
	} else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
		n = 4;
		c = u[0] & 0x07;
		min = 0x10000;
	} else {
		*cp = REPLACEMENT;
		return 1;
	}
	if (len < n) {
		*cp = REPLACEMENT;
		return 1;
	}
	for (i = 1; i < n; i++) {
		if (!is_cont(u[i])) {
			*cp = REPLACEMENT;
			return 1;
		}
		c = (c << 6) | (u[i] & 0x3F);
	}
	/* overlong forms, UTF-16 surrogates and values past U+10FFFF */
	if (c < min || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
		*cp = REPLACEMENT;
		return 1;
	}
	*cp = c;
	return n;
}

size_t utf8_encode(uint32_t cp, char *out)
{
	unsigned char *u = (unsigned char *)out;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = REPLACEMENT;
	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (unsigned char)(0xC0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		u[0] = (unsigned char)(0xE0 | (cp >> 12));
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	u[0] = (unsigned char)(0xF0 | (cp >> 18));
	u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	u[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t utf8_first_invalid(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		size_t n;

		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		/* a literal U+FFFD in the text decodes in 3 bytes */
		if (n == 1)
			return i;
		i += n;
	}
	return len;
}

bool utf8_valid(const char *s, size_t len)
{
	return utf8_first_invalid(s, len) == len;
}

size_t utf8_char_count(const char *s, size_t len)
{
	size_t i = 0, count = 0;

	while (i < len) {
		uint32_t cp;

		if ((unsigned char)s[i] < 0x80)
			i++;
		else
			i += utf8_decode(s + i, len - i, &cp);
		count++;
	}
	return count;
}

size_t utf8_count_valid(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += !is_cont((unsigned char)s[i]);
	return n;
}

size_t utf8_char_len_valid(const char *s, size_t len)
{
	size_t n = 1;

	while (n < len && is_cont((unsigned char)s[n]))
		n++;
	return n;
}

/* ё is D1 91 and Ё is D0 81; е is D0 B5 and Е is D0 95. */
bool text_has_yo(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++)
		if ((s[i] == '\xD1' && s[i + 1] == '\x91') ||
		    (s[i] == '\xD0' && s[i + 1] == '\x81'))
			return true;
	return false;
}

bool text_fold_yo(char *s, size_t len)
{
	bool changed = false;

	for (size_t i = 0; i + 1 < len; i++) {
		if (s[i] == '\xD1' && s[i + 1] == '\x91') {
			s[i] = '\xD0';
			s[++i] = '\xB5';
			changed = true;
		} else if (s[i] == '\xD0' && s[i + 1] == '\x81') {
			s[++i] = '\x95';
			changed = true;
		}
	}
	return changed;
}

bool text_char_inert(uint32_t cp, size_t n)
{
	return text_char_width(cp) >= 0 && !(cp == REPLACEMENT && n == 1);
}

size_t text_make_inert(char *s, size_t len, const char *keep, char with)
{
	size_t out = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);

		if (text_char_inert(cp, n) ||
		    (cp && cp < 0x80 && strchr(keep, (int)cp))) {
			memmove(s + out, s + i, n);
			out += n;
		} else {
			s[out++] = with;
		}
		i += n;
	}
	return out;
}

/* Format characters, fillers and separators: no glyph, no width. */
static const struct {
	uint32_t first, last;
} invisible[] = {
	{0x00AD, 0x00AD}, {0x034F, 0x034F},   {0x061C, 0x061C},
	{0x115F, 0x1160}, {0x17B4, 0x17B5},   {0x180B, 0x180F},
	{0x200B, 0x200F}, {0x2028, 0x202E},   {0x2060, 0x206F},
	{0x3164, 0x3164}, {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0},
	{0xFFF9, 0xFFFB}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
};

bool text_is_invisible(uint32_t cp)
{
	for (size_t i = 0; i < sizeof invisible / sizeof *invisible; i++)
		if (cp >= invisible[i].first && cp <= invisible[i].last)
			return true;
	return false;
}

enum { SHOWN_CODE_BYTES = 8 }; /* "U+" and up to 6 hex digits */

char *text_show_invisible(const char *s)
{
	size_t len = strlen(s), n = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, len - i, &cp);
		n += text_is_invisible(cp) ? SHOWN_CODE_BYTES : k;
		i += k;
	}
	char *out = malloc(n + 1), *o = out;
	for (size_t i = 0; out && i < len;) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, len - i, &cp);
		if (text_is_invisible(cp))
			o += snprintf(o, SHOWN_CODE_BYTES + 1, "U+%04X",
				      (unsigned)cp);
		else
			o = (char *)memcpy(o, s + i, k) + k;
		i += k;
	}
	if (out)
		*o = '\0';
	return out;
}

/* Bytes and columns of the character at s (len > 0) as text_width counts
 * it. Printable ASCII and Cyrillic letters (U+0400-U+047F, lead byte D0 or
 * D1) are one column without a table look-up: --search measures text
 * around every hit. The combining Cyrillic marks start at U+0483 (D2). */
static inline size_t char_step(const char *s, size_t len, size_t *cols)
{
	unsigned char b = (unsigned char)s[0];
	uint32_t cp;
	size_t n;
	int w;

	*cols = 1;
	if (b >= 0x20 && b < 0x7F)
		return 1;
	if ((b == 0xD0 || b == 0xD1) && len > 1 && is_cont((unsigned char)s[1]))
		return 2;
	n = utf8_decode(s, len, &cp);
	w = text_char_width(cp);
	if (w >= 0)
		*cols = (size_t)w;
	return n;
}

/* Sixteen bytes at a time: which bytes start a "plain" character (the
 * ones char_step takes without decoding), which of them are lead bytes
 * D0/D1, which are continuation bytes; bit k for byte k. */
struct plain16 {
	unsigned start, lead, cont;
};

#if defined(__SSE2__) && !defined(TEXT_NO_SIMD)
static inline struct plain16 plain16(const char *s)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i ascii = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)),
				      _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)));
	__m128i lead = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(-2)),
				      _mm_set1_epi8(-0x30)); /* D0, D1 */
	__m128i cont = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(-0x40)),
				      _mm_set1_epi8(-0x80));
	struct plain16 r;

	r.lead = (unsigned)_mm_movemask_epi8(lead);
	r.start = (unsigned)_mm_movemask_epi8(ascii) | r.lead;
	r.cont = (unsigned)_mm_movemask_epi8(cont);
	return r;
}
#else
static inline struct plain16 plain16(const char *s)
{
	struct plain16 r = {0, 0, 0};

	for (unsigned k = 0; k < 16; k++) {
		unsigned char b = (unsigned char)s[k];

		if (b >= 0x20 && b < 0x7F)
			r.start |= 1u << k;
		else if (b == 0xD0 || b == 0xD1)
			r.lead |= 1u << k;
		else if (is_cont(b))
			r.cont |= 1u << k;
	}
	r.start |= r.lead;
	return r;
}
#endif

/* Every byte belongs to a plain character, every lead byte but the last
 * is followed by a continuation byte and every continuation byte but the
 * first follows a lead byte. */
static inline bool plain16_ok(struct plain16 r)
{
	return (r.start | r.cont) == 0xFFFFu &&
	       ((r.lead << 1) & 0xFFFFu) == (r.cont & ~1u);
}

static inline size_t count_bits(unsigned m) /* of 16 */
{
	m = m - ((m >> 1) & 0x5555u);
	m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
	m = (m + (m >> 4)) & 0x0F0Fu;
	return (m + (m >> 8)) & 0x1Fu;
}

/* Plain characters wholly in s[0, 16) when s starts a character: 16 or 15
 * bytes (the last may be the lead byte of a letter that goes on), 0 if the
 * block holds anything else. *cols is their width. */
static inline size_t plain_ahead(const char *s, size_t *cols)
{
	struct plain16 r = plain16(s);

	if (!plain16_ok(r) || (r.cont & 1u))
		return 0;
	*cols = count_bits(r.start);
	if (r.lead & 0x8000u) {
		--*cols;
		return 15;
	}
	return 16;
}

/* The same for the 16 bytes before end when a character starts at end:
 * 16 or 15 bytes (the first may be the tail of a letter). */
static inline size_t plain_behind(const char *end, size_t *cols)
{
	struct plain16 r = plain16(end - 16);

	if (!plain16_ok(r) || (r.lead & 0x8000u))
		return 0;
	*cols = count_bits(r.start);
	return r.cont & 1u ? 15 : 16;
}

size_t text_plain_prefix(const char *s, size_t len)
{
	size_t i = 0, w;

	while (len - i >= 16) {
		size_t n = plain_ahead(s + i, &w);
		if (n == 0)
			break;
		i += n;
	}
	/* a short rest of plain characters: one block that ends at len
	 * (it starts inside what was checked, so on a whole character) */
	if (i < len && len >= 16 && len - i < 16 && plain_behind(s + len, &w))
		return len;
	while (i < len) {
		unsigned char b = (unsigned char)s[i];
		if (b >= 0x20 && b < 0x7F)
			i++;
		else if ((b == 0xD0 || b == 0xD1) && i + 1 < len &&
			 is_cont((unsigned char)s[i + 1]))
			i += 2;
		else
			break;
	}
	return i;
}

size_t text_width(const char *s, size_t len)
{
	size_t i = 0, width = 0, w;

	while (i < len) {
		size_t n = len - i >= 16 ? plain_ahead(s + i, &w) : 0;

		if (n == 0)
			n = char_step(s + i, len - i, &w);
		i += n;
		width += w;
	}
	return width;
}

size_t text_fit_width(const char *s, size_t len, size_t cols, size_t *width)
{
	size_t i = 0, used = 0, w;
	bool words = true; /* until a block of plain characters overflows */

	while (i < len) {
		size_t n = words && len - i >= 16 ? plain_ahead(s + i, &w) : 0;

		if (n) {
			if (used + w <= cols) {
				i += n;
				used += w;
				continue;
			}
			words = false;
		}
		n = char_step(s + i, len - i, &w);
		if (used + w > cols)
			break;
		used += w;
		i += n;
	}
	*width = used;
	return i;
}

size_t text_fit(const char *s, size_t len, size_t cols)
{
	size_t width;

	return text_fit_width(s, len, cols, &width);
}

size_t text_fit_back(const char *s, size_t len, size_t cols, size_t *width)
{
	size_t i = len, used = 0, w;
	bool words = true;

	while (i > 0) {
		size_t p = i - 1;
		size_t n = words && i >= 16 ? plain_behind(s + i, &w) : 0;

		if (n) {
			if (used + w <= cols) {
				i -= n;
				used += w;
				continue;
			}
			words = false;
		}
		while (p > 0 && is_cont((unsigned char)s[p]))
			p--;
		char_step(s + p, i - p, &w);
		if (used + w > cols)
			break;
		used += w;
		i = p;
	}
	*width = used;
	return len - i;
}

bool text_fits(const char *s, size_t len, size_t cols)
{
	size_t i = 0, width = 0, w;

	/* no character is wider than its bytes: 1 column for 1-4 bytes,
	 * 2 for 3-4, 0 or 1 for an invalid byte or a control */
	while (width + (len - i) > cols) {
		size_t n = len - i >= 16 ? plain_ahead(s + i, &w) : 0;

		i += n ? n : char_step(s + i, len - i, &w);
		width += w;
		if (width > cols)
			return false;
	}
	return true;
}
