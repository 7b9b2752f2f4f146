/* search_case.c - smart case: does a pattern hold an uppercase letter that
 * stands for itself? Escapes (\W, \S, \p{Lu}, \x{41}), group names and
 * verbs do not count; letters inside \Q...\E do. No locale is used. */
#include <string.h>

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

/* Index just past the closing byte `close` at or after i (or len). */
static size_t skip_to(const char *p, size_t len, size_t i, char close)
{
	while (i < len && p[i] != close)
		i++;
	return i < len ? i + 1 : len;
}

/* p[i] is a backslash: returns the index after the escape. Sets *quote
 * when it opens a \Q...\E section. */
static size_t skip_escape(const char *p, size_t len, size_t i, bool *quote)
{
	uint32_t cp;
	char e;

	if (++i >= len)
		return len;
	e = p[i];
	if (e == 'Q') {
		*quote = true;
		return i + 1;
	}
	if (i + 1 < len && p[i + 1] == '{' && e != '\0' && strchr("pPxoNgk", e))
		return skip_to(p, len, i + 2, '}');
	if ((e == 'k' || e == 'g') && i + 1 < len) {
		if (p[i + 1] == '<')
			return skip_to(p, len, i + 2, '>');
		if (p[i + 1] == '\'')
			return skip_to(p, len, i + 2, '\'');
	}
	if ((e == 'p' || e == 'P' || e == 'c') && i + 1 < len)
		return i + 1 + utf8_decode(p + i + 1, len - i - 1, &cp);
	return i + utf8_decode(p + i, len - i, &cp);
}

/* p[i] is '(': returns the index after a construct whose letters are
 * names rather than text, or i when there is none. */
static size_t skip_group_name(const char *p, size_t len, size_t i)
{
	const char *g = p + i;
	size_t left = len - i;

	if (left >= 2 && g[1] == '*')
		return skip_to(p, len, i + 2, ')');
	if (left < 3 || g[1] != '?')
		return i;
	if (g[2] == '#')
		return skip_to(p, len, i + 3, ')');
	if (g[2] == '<' && left >= 4 && g[3] != '=' && g[3] != '!')
		return skip_to(p, len, i + 3, '>');
	if (g[2] == '\'')
		return skip_to(p, len, i + 3, '\'');
	if (g[2] == '&' || g[2] == 'C')
		return skip_to(p, len, i + 3, ')');
	if (g[2] == 'P' && left >= 4) {
		if (g[3] == '<')
			return skip_to(p, len, i + 4, '>');
		if (g[3] == '=' || g[3] == '>')
			return skip_to(p, len, i + 4, ')');
	}
	return i;
}

bool search_pattern_has_upper(const char *pattern, size_t len)
{
	bool quote = false;
	size_t i = 0;

	while (i < len) {
		uint32_t cp;

		if (quote) {
			if (pattern[i] == '\\' && i + 1 < len &&
			    pattern[i + 1] == 'E') {
				quote = false;
				i += 2;
				continue;
			}
		} else if (pattern[i] == '\\') {
			i = skip_escape(pattern, len, i, &quote);
			continue;
		} else if (pattern[i] == '(') {
			size_t next = skip_group_name(pattern, len, i);

			if (next != i) {
				i = next;
				continue;
			}
		}
		i += utf8_decode(pattern + i, len - i, &cp);
		if (is_upper(cp))
			return true;
	}
	return false;
}
