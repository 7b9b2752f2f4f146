/* SPDX-License-Identifier: MIT */
/* search_case.c - smart case: does a pattern hold an uppercase letter that
 * stands for itself? Escapes (\W, \S, \p{Lu}, \x{41}), group names,
 * options and verbs do not count; letters inside \Q...\E and classes do.
 * No locale is used. The pattern is read by regex_token. */
#include <stdlib.h>
#include <string.h>

#include "regex_token.h"
#include "search.h"
#include "text.h"

/* Letters with a lowercase partner that is one code point away, in the
 * blocks a Russian help text can contain. */
static bool is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x17F) {
		if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
			return c % 2 == 1;
		return c == 0x178 || (c % 2 == 0 && c != 0x138);
	}
	if (c >= 0x1C4 && c <= 0x1CC)
		return c % 3 != 0;
	if (c >= 0x391 && c <= 0x3AB)
		return c != 0x3A2;
	if (c >= 0x400 && c <= 0x42F)
		return true;
	if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) ||
	    (c >= 0x4D0 && c <= 0x52F))
		return c % 2 == 0;
	if (c >= 0x4C0 && c <= 0x4CE)
		return c == 0x4C0 || c % 2 == 1;
	if (c >= 0x531 && c <= 0x556)
		return true;
	if (c >= 0x1E00 && c <= 0x1EFF)
		return c % 2 == 0;
	return c >= 0xFF21 && c <= 0xFF3A;
}

/* Whether the token's text is characters that may hold a letter: a
 * literal character (in a class and in \Q...\E too) or a brace that
 * PCRE2 may read as text ("{Ab}"). */
static bool token_is_text(const struct regex_token *tok)
{
	return tok->kind == REGEX_TOK_CHAR || tok->kind == REGEX_TOK_BRACE;
}

static bool text_has_upper(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;

		i += utf8_decode(s + i, len - i, &cp);
		if (is_upper(cp))
			return true;
	}
	return false;
}

bool search_pattern_has_upper(const char *pattern, size_t len)
{
	struct regex_tokens t;
	struct regex_token tok;

	regex_tokens_start(&t, pattern, len);
	while (regex_token_next(&t, &tok))
		if (token_is_text(&tok) &&
		    text_has_upper(pattern + tok.start, tok.len))
			return true;
	return false;
}

/* The other case of c when it has exactly one (Cyrillic а-я, ASCII
 * letters but k and s, which also match the Kelvin sign and long s), else
 * 0. The archaic Cyrillic variants U+1C80-U+1C88 are left out on purpose:
 * a third alternative makes the JIT scan five times slower. */
static uint32_t simple_partner(uint32_t c)
{
	if (c >= 'a' && c <= 'z' && c != 'k' && c != 's')
		return c - 32;
	if (c >= 0x430 && c <= 0x44F)
		return c - 32;
	return 0;
}

struct out_buf {
	char *s;
	size_t len;
};

static void out_add(struct out_buf *o, const char *s, size_t n)
{
	memcpy(o->s + o->len, s, n);
	o->len += n;
}

static void out_letter(struct out_buf *o, uint32_t lower, uint32_t upper)
{
	char buf[4];

	out_add(o, "(?-i:", 5);
	out_add(o, buf, utf8_encode(lower, buf));
	out_add(o, "|", 1);
	out_add(o, buf, utf8_encode(upper, buf));
	out_add(o, ")", 1);
}

/* Appends the token's bytes with each letter that has one other case
 * written as "(?-i:x|X)"; *changed is set when one was. */
static void out_expanded(struct out_buf *o, const char *s, size_t len,
			 bool *changed)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp, up;
		size_t n = utf8_decode(s + i, len - i, &cp);

		up = simple_partner(cp);
		if (up) {
			out_letter(o, cp, up);
			*changed = true;
		} else {
			out_add(o, s + i, n);
		}
		i += n;
	}
}

/* Letters outside classes, \Q...\E, escapes and names are expanded. */
static bool token_expands(const struct regex_token *tok)
{
	return token_is_text(tok) && !tok->in_class && !tok->quoted;
}

char *search_expand_case(const char *pattern, size_t len, size_t *out_len)
{
	struct regex_tokens t;
	struct regex_token tok;
	struct out_buf o;
	bool changed = false;

	/* the longest expansion: 1 byte -> "(?-i:a|A)" (9 bytes) */
	o.s = malloc(len * 9 + 1);
	o.len = 0;
	if (!o.s)
		return NULL;
	regex_tokens_start(&t, pattern, len);
	while (regex_token_next(&t, &tok)) {
		/* inline options touching i would be undone by "(?-i:" */
		if (tok.has_i) {
			free(o.s);
			return NULL;
		}
		if (token_expands(&tok))
			out_expanded(&o, pattern + tok.start, tok.len,
				     &changed);
		else
			out_add(&o, pattern + tok.start, tok.len);
	}
	if (!changed) {
		free(o.s);
		return NULL;
	}
	o.s[o.len] = '\0';
	*out_len = o.len;
	return o.s;
}
