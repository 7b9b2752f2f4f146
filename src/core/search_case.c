/* search_case.c - smart case: does a pattern hold an uppercase letter that
 * stands for itself? Escapes (\W, \S, \p{Lu}, \x{41}), group names and
 * verbs do not count; letters inside \Q...\E do. No locale is used. */
#include <stdlib.h>
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

/* Index after a character class starting at p[i] == '['. */
static size_t skip_class(const char *p, size_t len, size_t i)
{
	bool quote = false;

	i++;
	if (i < len && p[i] == '^')
		i++;
	if (i < len && p[i] == ']')
		i++;
	while (i < len && p[i] != ']') {
		if (p[i] == '\\') {
			i = skip_escape(p, len, i, &quote);
			if (quote)
				return len; /* \Q in a class: give up */
		} else if (p[i] == '[' && i + 1 < len && p[i + 1] == ':') {
			i = skip_to(p, len, i + 2, ']');
		} else {
			i++;
		}
	}
	return i < len ? i + 1 : len;
}

/* p[i] == '(': index after "(?opts:" or "(?opts)" or "(?(cond)", or i.
 * *has_i is set when the options mention i. */
static size_t skip_options(const char *p, size_t len, size_t i, bool *has_i)
{
	size_t j = i + 2;

	if (j > len || p[i + 1] != '?')
		return i;
	if (j < len && p[j] == '(')
		return skip_to(p, len, j + 1, ')');
	while (j < len &&
	       (strchr("-^", p[j]) || (p[j] >= 'a' && p[j] <= 'z'))) {
		if (p[j] == 'i')
			*has_i = true;
		j++;
	}
	if (j == i + 2 || j >= len || (p[j] != ':' && p[j] != ')'))
		return i;
	return j + 1;
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

/* Copies the construct at p[i] that holds no letters to expand; returns
 * the index after it, or i if p[i] starts none. *bail is set for inline
 * options touching i, which the rewrite would break. */
static size_t skip_construct(const char *p, size_t len, size_t i, bool *bail)
{
	bool quote = false;
	size_t next;

	if (p[i] == '\\') {
		next = skip_escape(p, len, i, &quote);
		if (quote) {
			while (next + 1 < len &&
			       !(p[next] == '\\' && p[next + 1] == 'E'))
				next++;
			next = next + 1 < len ? next + 2 : len;
		}
		return next;
	}
	if (p[i] == '[')
		return skip_class(p, len, i);
	if (p[i] != '(')
		return i;
	next = skip_group_name(p, len, i);
	if (next == i)
		next = skip_options(p, len, i, bail);
	return next;
}

char *search_expand_case(const char *pattern, size_t len, size_t *out_len)
{
	struct out_buf o;
	bool bail = false, changed = false;
	size_t i = 0;

	/* the longest expansion: 1 byte -> "(?-i:a|A)" (9 bytes) */
	o.s = malloc(len * 9 + 1);
	o.len = 0;
	if (!o.s)
		return NULL;
	while (i < len && !bail) {
		size_t next = skip_construct(pattern, len, i, &bail);
		uint32_t cp, up;
		size_t n;

		if (next != i) {
			out_add(&o, pattern + i, next - i);
			i = next;
			continue;
		}
		n = utf8_decode(pattern + i, len - i, &cp);
		up = simple_partner(cp);
		if (up) {
			out_letter(&o, cp, up);
			changed = true;
		} else {
			out_add(&o, pattern + i, n);
		}
		i += n;
	}
	if (bail || !changed) {
		free(o.s);
		return NULL;
	}
	o.s[o.len] = '\0';
	*out_len = o.len;
	return o.s;
}
