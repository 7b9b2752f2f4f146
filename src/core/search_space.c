/* SPDX-License-Identifier: MIT */
/* search_space.c - spaces in a query as a person means them: text pasted
 * from a web page carries no-break spaces and zero-width characters that
 * look like a space or like nothing (search.h, search_normalize). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "text.h"

/* What a character of a query becomes: itself, a space, or nothing. */
enum space_kind { SPACE_KEEP, SPACE_SPACE, SPACE_DROP };

static enum space_kind space_kind(uint32_t cp)
{
	/* the zero-width space, joiners, word joiner, BOM */
	if ((cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF)
		return SPACE_DROP;
	/* the space separators (Unicode Zs) other than the space itself */
	if (cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	    cp == 0x202F || cp == 0x205F || cp == 0x3000)
		return SPACE_SPACE;
	return SPACE_KEEP;
}

char *search_normalize(const char *pattern, size_t len, size_t *out_len)
{
	char *out = malloc(len + 1);
	size_t n = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = utf8_decode(pattern + i, len - i, &cp);
		enum space_kind kind = space_kind(cp);

		if (kind == SPACE_SPACE)
			out[n++] = ' ';
		else if (kind == SPACE_KEEP) {
			memcpy(out + n, pattern + i, k);
			n += k;
		}
		i += k;
	}
	out[n] = '\0';
	*out_len = n;
	return out;
}

size_t search_normalized_column(const char *pattern, size_t len, size_t column)
{
	size_t kept = 0, chars = 0;

	for (size_t i = 0; i < len && column;) {
		uint32_t cp;

		i += utf8_decode(pattern + i, len - i, &cp);
		chars++;
		if (space_kind(cp) != SPACE_DROP && ++kept == column)
			return chars;
	}
	/* past the end: the column after the last character */
	return column ? chars + 1 : 0;
}
