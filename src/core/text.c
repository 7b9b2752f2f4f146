/* text.c - strict UTF-8 decoding and display widths of strings. */
#include "text.h"

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

size_t text_width(const char *s, size_t len)
{
	size_t i = 0, width = 0, w;

	while (i < len) {
		i += char_step(s + i, len - i, &w);
		width += w;
	}
	return width;
}

size_t text_fit(const char *s, size_t len, size_t cols)
{
	size_t i = 0, width = 0, w, n;

	while (i < len) {
		n = char_step(s + i, len - i, &w);
		if (width + w > cols)
			break;
		width += w;
		i += n;
	}
	return i;
}

bool text_fits(const char *s, size_t len, size_t cols)
{
	size_t i = 0, width = 0, w;

	/* no character is wider than its bytes: 1 column for 1-4 bytes,
	 * 2 for 3-4, 0 or 1 for an invalid byte or a control */
	if (len <= cols)
		return true;
	while (width + (len - i) > cols) {
		i += char_step(s + i, len - i, &w);
		width += w;
		if (width > cols)
			return false;
	}
	return true;
}
