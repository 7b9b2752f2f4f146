/* SPDX-License-Identifier: MIT */
/* search_space.c - spaces in a query as a person means them: text pasted
 * from a web page carries no-break spaces and zero-width characters that
 * look like a space or like nothing (search.h, search_normalize and
 * search_widen_spaces). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "regex_token.h"
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

/* Whether tok sets options with x in them ("(?x)", "(?x-i:"): extended
 * mode, where a space is no character and "\h" would be one. */
static bool sets_extended(const char *pattern, const struct regex_token *tok)
{
	bool options = tok->kind == REGEX_TOK_OPTIONS ||
		       (tok->kind == REGEX_TOK_GROUP_OPEN &&
			tok->group == REGEX_GROUP_PLAIN);

	return options && memchr(pattern + tok->start, 'x', tok->len);
}

char *search_widen_spaces(const char *pattern, size_t len, size_t *out_len)
{
	struct regex_tokens t;
	struct regex_token tok;
	size_t spaces = 0, n = 0;
	char *out;

	regex_tokens_start(&t, pattern, len);
	while (regex_token_next(&t, &tok)) {
		if (sets_extended(pattern, &tok))
			return NULL;
		spaces += tok.kind == REGEX_TOK_CHAR && tok.cp == ' ' &&
			  !tok.quoted;
	}
	if (!spaces)
		return NULL;
	/* each space of one byte becomes "\h", two */
	out = malloc(len + spaces + 1);
	if (!out)
		return NULL;
	regex_tokens_start(&t, pattern, len);
	while (regex_token_next(&t, &tok)) {
		if (tok.kind == REGEX_TOK_CHAR && tok.cp == ' ' &&
		    !tok.quoted) {
			memcpy(out + n, "\\h", 2);
			n += 2;
		} else {
			memcpy(out + n, pattern + tok.start, tok.len);
			n += tok.len;
		}
	}
	out[n] = '\0';
	*out_len = n;
	return out;
}
