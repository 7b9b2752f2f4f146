/* SPDX-License-Identifier: MIT */
/* regex_token.c - reading a PCRE2 pattern as tokens (see regex_token.h).
 * What each construct is follows PCRE2's pcre2pattern(3); where it is
 * unsure (an unclosed "{", a stray "\E") the reading keeps moving and
 * lets the consumers decide. */
#include <string.h>

#include "regex_token.h"
#include "text.h"

/* A quantifier's count is kept up to this; larger counts say the same to
 * every consumer ("at least one", "more than one"). */
#define COUNT_CAP ((size_t)1000)

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alnum(unsigned char c)
{
	return is_digit((char)c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The pattern's byte at i, or NUL past its end. */
static char byte_at(const struct regex_tokens *t, size_t i)
{
	if (i >= t->len)
		return '\0';
	return t->p[i];
}

/* Index just past the first `close` at or after i, or len. */
static size_t past(const struct regex_tokens *t, size_t i, char close)
{
	const char *end = i < t->len ? memchr(t->p + i, close, t->len - i)
				     : NULL;

	return end ? (size_t)(end - t->p) + 1 : t->len;
}

/* Index after the character at i (whole UTF-8 character, or one byte). */
static size_t char_end(const struct regex_tokens *t, size_t i, uint32_t *cp)
{
	return i < t->len ? i + utf8_decode(t->p + i, t->len - i, cp) : i;
}

/* Index after at most `most` characters from i that are in `ok` (NULL:
 * any character). */
static size_t run_of(const struct regex_tokens *t, size_t i, int most,
		     const char *ok)
{
	uint32_t cp;

	for (int k = 0; k < most && i < t->len; k++) {
		if (ok && (t->p[i] == '\0' || !strchr(ok, t->p[i])))
			break;
		i = char_end(t, i, &cp);
	}
	return i;
}

/* After "\x", "\o", "\p": through a "{...}" at i, or else run_of. */
static size_t braced_or(const struct regex_tokens *t, size_t i, int most,
			const char *ok)
{
	if (i < t->len && t->p[i] == '{')
		return past(t, i + 1, '}');
	return run_of(t, i, most, ok);
}

/* \g and \k: a name or number in {} <> '', or (\g) a signed number. */
static size_t reference_end(const struct regex_tokens *t, size_t i)
{
	if (i < t->len && t->p[i] == '<')
		return past(t, i + 1, '>');
	if (i < t->len && t->p[i] == '\'')
		return past(t, i + 1, '\'');
	if (i < t->len && t->p[i] == '{')
		return past(t, i + 1, '}');
	if (i < t->len && (t->p[i] == '+' || t->p[i] == '-'))
		i++;
	while (i < t->len && is_digit(t->p[i]))
		i++;
	return i;
}

/* A letter or digit escape at i (the byte after '\'): its kind and the
 * index after it. */
static enum regex_escape_kind letter_escape(const struct regex_tokens *t,
					    size_t i, size_t *end)
{
	char e = t->p[i++];

	*end = i;
	if (e == 'b' && t->in_class)
		return REGEX_ESC_CODE; /* backspace */
	if (strchr("bBAzZGK", e))
		return REGEX_ESC_ASSERT;
	if (strchr("dDsSwWhHvVRX", e))
		return REGEX_ESC_TYPE;
	if (strchr("aefnrt", e))
		return REGEX_ESC_CODE;
	if (e == 'Q' || e == 'E')
		return REGEX_ESC_QUOTE;
	if (e == 'p' || e == 'P') {
		*end = braced_or(t, i, 1, NULL);
		return REGEX_ESC_TYPE;
	}
	if (e == 'N' && i < t->len && t->p[i] == '{') {
		*end = past(t, i + 1, '}');
		return REGEX_ESC_CODE;
	}
	if (e == 'N')
		return REGEX_ESC_TYPE;
	if (e == 'x' || e == 'o') {
		*end = braced_or(t, i, e == 'x' ? 2 : 0,
				 "0123456789abcdefABCDEF");
		return REGEX_ESC_CODE;
	}
	if (e == 'c') {
		*end = run_of(t, i, 1, NULL);
		return REGEX_ESC_CODE;
	}
	if (e == '0' || (is_digit(e) && t->in_class)) { /* octal */
		*end = run_of(t, i, 2, "01234567");
		return REGEX_ESC_CODE;
	}
	if (is_digit(e)) {
		while (*end < t->len && is_digit(t->p[*end]))
			(*end)++;
		return REGEX_ESC_REF;
	}
	if ((e == 'g' || e == 'k') && !t->in_class) {
		*end = reference_end(t, i);
		return REGEX_ESC_REF;
	}
	return REGEX_ESC_UNKNOWN;
}

/* The escape whose '\' is at t->pos. */
static void read_escape(struct regex_tokens *t, struct regex_token *tok)
{
	size_t i = t->pos + 1;
	unsigned char e;

	tok->kind = REGEX_TOK_ESCAPE;
	if (i >= t->len) {
		tok->esc = REGEX_ESC_UNKNOWN;
		t->pos = t->len;
		return;
	}
	e = (unsigned char)t->p[i];
	if (!is_alnum(e)) {
		tok->esc = REGEX_ESC_PUNCT;
		t->pos = char_end(t, i, &tok->cp);
		return;
	}
	tok->esc = letter_escape(t, i, &t->pos);
	if (tok->esc == REGEX_ESC_QUOTE)
		t->quote = e == 'Q';
}

/* Inside \Q...\E everything but "\E" is a character. */
static void read_quoted(struct regex_tokens *t, struct regex_token *tok)
{
	if (t->p[t->pos] == '\\' && t->pos + 1 < t->len &&
	    t->p[t->pos + 1] == 'E') {
		tok->kind = REGEX_TOK_ESCAPE;
		tok->esc = REGEX_ESC_QUOTE;
		t->quote = false;
		t->pos += 2;
		return;
	}
	tok->kind = REGEX_TOK_CHAR;
	tok->quoted = true;
	t->pos = char_end(t, t->pos, &tok->cp);
}

/* "[:name:]" at t->pos inside a class: the index after it, or 0. */
static size_t posix_end(const struct regex_tokens *t)
{
	size_t i = t->pos + 2;

	if (i >= t->len || t->p[t->pos + 1] != ':')
		return 0;
	if (t->p[i] == '^')
		i++;
	while (i < t->len && (is_alnum((unsigned char)t->p[i]) ||
			      t->p[i] == '<' || t->p[i] == '>'))
		i++;
	if (i + 1 < t->len && t->p[i] == ':' && t->p[i + 1] == ']')
		return i + 2;
	return 0;
}

static void read_class_part(struct regex_tokens *t, struct regex_token *tok)
{
	size_t end;
	char c = t->p[t->pos];
	bool first = t->class_start;

	t->class_start = false;
	if (c == '\\') {
		read_escape(t, tok);
	} else if (c == ']' && !first) {
		tok->kind = REGEX_TOK_CLASS_CLOSE;
		t->in_class = false;
		t->pos++;
	} else if (c == '[' && (end = posix_end(t)) != 0) {
		tok->kind = REGEX_TOK_POSIX;
		t->pos = end;
	} else {
		tok->kind = REGEX_TOK_CHAR;
		t->pos = char_end(t, t->pos, &tok->cp);
	}
}

/* Option letters from i: the index after them. */
static size_t options_end(const struct regex_tokens *t, size_t i, bool *has_i)
{
	while (i < t->len &&
	       (t->p[i] == '-' || t->p[i] == '^' ||
		((t->p[i] | 0x20) >= 'a' && (t->p[i] | 0x20) <= 'z'))) {
		*has_i = *has_i || t->p[i] == 'i';
		i++;
	}
	return i;
}

/* "(?" forms whose end is the group's first character: the kind, and the
 * length of the opener in *n; false if the form is not one of them. */
static bool simple_group(const char *g, size_t left, enum regex_group_kind *k,
			 size_t *n)
{
	static const struct {
		const char *open;
		enum regex_group_kind kind;
	} forms[] = {
		{"(?:", REGEX_GROUP_PLAIN}, {"(?=", REGEX_GROUP_LOOK},
		{"(?!", REGEX_GROUP_LOOK},  {"(?<=", REGEX_GROUP_LOOK},
		{"(?<!", REGEX_GROUP_LOOK}, {"(?*", REGEX_GROUP_LOOK},
		{"(?<*", REGEX_GROUP_LOOK}, {"(?>", REGEX_GROUP_ATOMIC},
		{"(?|", REGEX_GROUP_OTHER},
	};

	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		size_t len = strlen(forms[i].open);

		if (left >= len && !memcmp(g, forms[i].open, len)) {
			*k = forms[i].kind;
			*n = len;
			return true;
		}
	}
	return false;
}

/* "(?" at t->pos followed by a name, a reference, a condition or options. */
static void query_group(struct regex_tokens *t, struct regex_token *tok)
{
	size_t i = t->pos + 2;
	char c = byte_at(t, i), d = byte_at(t, i + 1);

	tok->kind = REGEX_TOK_GROUP_OPEN;
	tok->group = REGEX_GROUP_NAMED;
	if (c == '<' || (c == 'P' && d == '<')) {
		t->pos = past(t, i + 1, '>');
	} else if (c == '\'') {
		t->pos = past(t, i + 1, '\'');
	} else if (c == '#') {
		tok->kind = REGEX_TOK_COMMENT;
		t->pos = past(t, i, ')');
	} else if (c == '(') {
		tok->group = REGEX_GROUP_COND;
		t->pos = past(t, i, ')');
	} else if (c == '&' || c == 'R' || c == 'C' || is_digit(c) ||
		   c == '+' || (c == 'P' && (d == '=' || d == '>')) ||
		   (c == '-' && is_digit(d))) {
		tok->kind = REGEX_TOK_CALL;
		t->pos = past(t, i, ')');
	} else {
		size_t end = options_end(t, i, &tok->has_i);

		tok->group = REGEX_GROUP_PLAIN;
		if (end < t->len && t->p[end] == ')')
			tok->kind = REGEX_TOK_OPTIONS;
		else if (end >= t->len || t->p[end] != ':')
			tok->group = REGEX_GROUP_OTHER, end = i - 1;
		t->pos = end + 1;
	}
}

/* "(*" at t->pos: a verb through its ')', or "(*name:" opening a group
 * ("(*pla:", "(*atomic:"). */
static void star_group(struct regex_tokens *t, struct regex_token *tok)
{
	size_t i = t->pos + 2;

	while (i < t->len &&
	       ((t->p[i] >= 'a' && t->p[i] <= 'z') || t->p[i] == '_'))
		i++;
	if (i > t->pos + 2 && i < t->len && t->p[i] == ':') {
		tok->kind = REGEX_TOK_GROUP_OPEN;
		tok->group = REGEX_GROUP_OTHER;
		t->pos = i + 1;
		return;
	}
	tok->kind = REGEX_TOK_VERB;
	t->pos = past(t, t->pos + 2, ')');
}

static void read_group(struct regex_tokens *t, struct regex_token *tok)
{
	const char *g = t->p + t->pos;
	size_t left = t->len - t->pos, n;

	if (left >= 2 && g[1] == '*') {
		star_group(t, tok);
	} else if (simple_group(g, left, &tok->group, &n)) {
		tok->kind = REGEX_TOK_GROUP_OPEN;
		t->pos += n;
	} else if (left >= 2 && g[1] == '?') {
		query_group(t, tok);
	} else {
		tok->kind = REGEX_TOK_GROUP_OPEN;
		tok->group = REGEX_GROUP_CAPTURE;
		t->pos++;
	}
}

/* Digits from *i, kept up to COUNT_CAP. */
static size_t count_at(const struct regex_tokens *t, size_t *i)
{
	size_t n = 0;

	for (; *i < t->len && is_digit(t->p[*i]); (*i)++)
		n = n < COUNT_CAP ? n * 10 + (size_t)(t->p[*i] - '0') : n;
	return n;
}

/* '{' at t->pos: a plain {n}, {n,} or {n,m} (true, with its counts), or
 * false. */
static bool brace_quantifier(struct regex_tokens *t, struct regex_token *tok)
{
	size_t i = t->pos + 1;

	if (i >= t->len || !is_digit(t->p[i]))
		return false;
	tok->min = tok->max = count_at(t, &i);
	if (i < t->len && t->p[i] == ',') {
		i++;
		tok->max = i < t->len && is_digit(t->p[i]) ? count_at(t, &i)
							   : SIZE_MAX;
	}
	if (i >= t->len || t->p[i] != '}')
		return false;
	t->pos = i + 1;
	return true;
}

/* '{' that is not a plain quantifier: through the next '}' unless a
 * character that means something else comes first. */
static void read_brace(struct regex_tokens *t, struct regex_token *tok)
{
	size_t i = t->pos + 1;

	tok->kind = REGEX_TOK_BRACE;
	while (i < t->len && !strchr("\\[]()|{}", t->p[i]))
		i++;
	t->pos = i < t->len && t->p[i] == '}' ? i + 1 : t->pos + 1;
}

static void read_quantifier(struct regex_tokens *t, struct regex_token *tok)
{
	char c = t->p[t->pos];

	tok->kind = REGEX_TOK_QUANT;
	if (c == '{') {
		if (!brace_quantifier(t, tok)) {
			read_brace(t, tok);
			return;
		}
	} else {
		tok->min = c == '+';
		tok->max = c == '?' ? 1 : SIZE_MAX;
		t->pos++;
	}
	if (t->pos < t->len && (t->p[t->pos] == '?' || t->p[t->pos] == '+'))
		t->pos++; /* lazy or possessive */
}

static void read_outside(struct regex_tokens *t, struct regex_token *tok)
{
	char c = t->p[t->pos];

	if (c == '\\') {
		read_escape(t, tok);
	} else if (c == '[') {
		tok->kind = REGEX_TOK_CLASS_OPEN;
		tok->negated = t->pos + 1 < t->len && t->p[t->pos + 1] == '^';
		t->pos += tok->negated ? 2 : 1;
		t->in_class = t->class_start = true;
	} else if (c == '(') {
		read_group(t, tok);
	} else if (c == ')' || c == '|' || c == '.' || c == '^' || c == '$') {
		tok->kind = c == ')'   ? REGEX_TOK_GROUP_CLOSE
			    : c == '|' ? REGEX_TOK_ALT
			    : c == '.' ? REGEX_TOK_ANY
				       : REGEX_TOK_ANCHOR;
		t->pos++;
	} else if (c == '*' || c == '+' || c == '?' || c == '{') {
		read_quantifier(t, tok);
	} else {
		tok->kind = REGEX_TOK_CHAR;
		t->pos = char_end(t, t->pos, &tok->cp);
	}
}

void regex_tokens_start(struct regex_tokens *t, const char *pattern, size_t len)
{
	memset(t, 0, sizeof *t);
	t->p = pattern;
	t->len = len;
}

bool regex_token_next(struct regex_tokens *t, struct regex_token *tok)
{
	if (t->pos >= t->len)
		return false;
	memset(tok, 0, sizeof *tok);
	tok->start = t->pos;
	tok->in_class = t->in_class;
	if (t->quote)
		read_quoted(t, tok);
	else if (t->in_class)
		read_class_part(t, tok);
	else
		read_outside(t, tok);
	tok->len = t->pos - tok->start;
	return true;
}
