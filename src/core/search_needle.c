/* SPDX-License-Identifier: MIT */
/* search_needle.c - finding a pattern's required literal fast: memchr for
 * its rarest byte in Russian text, then a compare. A field without the
 * literal cannot match, so it is not given to PCRE2 at all. */
#include <string.h>

#include "search_needle.h"

/* How common byte b is in Russian UTF-8 text, roughly: the two lead bytes
 * of Cyrillic letters are every other byte, their second bytes and ASCII
 * letters and spaces are common, digits and punctuation less so, other
 * lead bytes (№, dashes, quotes) rare. */
enum { COMMON = 4 };

static int commonness(unsigned char b)
{
	if (b == 0xD0 || b == 0xD1)
		return COMMON + 1;
	if (b == ' ' || (b >= 0x80 && b <= 0xBF))
		return COMMON;
	if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
		return 3;
	if (b >= '0' && b <= '9')
		return 2;
	return b < 0x80 ? 1 : 0;
}

void search_needle_prepare(struct search_needle *n, const char *folded_pattern,
			   size_t len, bool caseless)
{
	n->rare = 0;
	if (!regex_required_literal(folded_pattern, len, caseless, &n->lit)) {
		n->lit.len = 0;
		return;
	}
	for (size_t i = 1; i < n->lit.len; i++)
		if (commonness((unsigned char)n->lit.bytes[i]) <
		    commonness((unsigned char)n->lit.bytes[n->rare]))
			n->rare = i;
	/* spaces only (the words of a caseless phrase): nearly every row
	 * has one, and searching those rows one by one costs more than one
	 * match over many rows */
	if (commonness((unsigned char)n->lit.bytes[n->rare]) >= COMMON)
		n->lit.len = 0;
}

const char *search_needle_find(const struct search_needle *n, const char *s,
			       size_t len)
{
	const char *end = s + len, *p = s + n->rare;
	unsigned char b = (unsigned char)n->lit.bytes[n->rare];

	if (len < n->lit.len)
		return NULL;
	while (p < end && (p = memchr(p, b, (size_t)(end - p)))) {
		const char *at = p - n->rare;

		if (at + n->lit.len > end)
			return NULL;
		if (!memcmp(at, n->lit.bytes, n->lit.len))
			return at;
		p++;
	}
	return NULL;
}
