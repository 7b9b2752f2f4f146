/* regex_literal.c - a required literal of a PCRE2 pattern, found by a small
 * recursive walk over the pattern's text.
 *
 * Every answer must be safe: if the pattern can match a text, that text
 * contains the literal. So the walk keeps a run of plain characters that
 * must appear one after another, ends the run at anything that is not
 * exactly one such character, and gives up (no literal) on any construct
 * it does not know. A group counts when it has no alternation and must
 * appear at least once; its best run is a candidate, but it also ends the
 * run around it. */
#include <string.h>

#include "regex_literal.h"

enum walk_status { WALK_OK, WALK_ALTERNATION, WALK_GIVE_UP };

struct walk {
	const char *p;
	size_t len, pos;
	bool caseless;
};

struct runs {
	struct regex_needle run, best;
};

static void end_run(struct runs *r)
{
	if (r->run.len > r->best.len)
		r->best = r->run;
	r->run.len = 0;
}

static void take_best(struct runs *r, const struct regex_needle *n)
{
	if (n->len > r->best.len)
		r->best = *n;
}

static void append(struct runs *r, const char *bytes, size_t n)
{
	if (r->run.len + n > REGEX_NEEDLE_MAX)
		end_run(r);
	memcpy(r->run.bytes + r->run.len, bytes, n);
	r->run.len += n;
}

static size_t utf8_len(unsigned char lead)
{
	if (lead < 0x80)
		return 1;
	if (lead >= 0xF0)
		return 4;
	return lead >= 0xE0 ? 3 : 2;
}

/* A character whose caseless match is only itself: no letter, and only
 * the few symbols the content uses (№ « » – — …). */
static bool caseless_invariant(const unsigned char *s, size_t n)
{
	static const char *const symbols[] = {"\u2116", "\u00AB", "\u00BB",
					      "\u2013", "\u2014", "\u2026"};

	if (n == 1)
		return !((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z');
	for (size_t i = 0; i < sizeof symbols / sizeof *symbols; i++)
		if (strlen(symbols[i]) == n && !memcmp(s, symbols[i], n))
			return true;
	return false;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether the '{' at i starts a quantifier this walk reads for sure:
 * {n}, {n,} or {n,m}. */
static bool clean_brace(const struct walk *w, size_t i)
{
	size_t j = i + 1;

	if (j >= w->len || !is_digit(w->p[j]))
		return false;
	while (j < w->len && is_digit(w->p[j]))
		j++;
	if (j < w->len && w->p[j] == ',')
		for (j++; j < w->len && is_digit(w->p[j]); j++)
			;
	return j < w->len && w->p[j] == '}';
}

/* A quantifier after an atom, if any: *min_one when the atom must appear
 * at least once, *exactly_one when it appears once. A brace that is not
 * a plain {n,m} may be a quantifier in some PCRE2 version ({,3}) or
 * literal text ({4 while typing): the atom before it is taken as
 * optional, and the brace is left for atom() to skip. */
static bool quantifier(struct walk *w, bool *min_one, bool *exactly_one)
{
	const char *p = w->p;
	size_t i = w->pos;

	*min_one = true;
	*exactly_one = true;
	if (i >= w->len)
		return true;
	if (p[i] == '*' || p[i] == '?' || p[i] == '+') {
		*min_one = p[i] == '+';
		*exactly_one = false;
		i++;
	} else if (p[i] == '{' && !clean_brace(w, i)) {
		*min_one = false;
		*exactly_one = false;
		return true;
	} else if (p[i] == '{') {
		size_t j = i + 1, min = 0;
		for (; j < w->len && is_digit(p[j]); j++)
			min = min < 1000 ? min * 10 + (size_t)(p[j] - '0')
					 : min;
		if (p[j] == ',')
			for (j++; j < w->len && is_digit(p[j]); j++)
				;
		*min_one = min >= 1;
		*exactly_one = false;
		i = j + 1;
	} else {
		return true;
	}
	if (i < w->len && (p[i] == '?' || p[i] == '+'))
		i++; /* lazy or possessive */
	w->pos = i;
	return true;
}

/* Skips a character class from its '['; false if it does not end. */
static bool skip_class(struct walk *w)
{
	size_t i = w->pos + 1;

	if (i < w->len && w->p[i] == '^')
		i++;
	if (i < w->len && w->p[i] == ']')
		i++; /* a leading ] is a member */
	for (; i < w->len; i++) {
		if (w->p[i] == '\\') {
			i++;
		} else if (w->p[i] == '[' && i + 1 < w->len &&
			   w->p[i + 1] == ':') {
			size_t j = i + 2;
			while (j + 1 < w->len &&
			       !(w->p[j] == ':' && w->p[j + 1] == ']'))
				j++;
			if (j + 1 >= w->len)
				return false;
			i = j + 1;
		} else if (w->p[i] == ']') {
			w->pos = i + 1;
			return true;
		}
	}
	return false;
}

/* Skips "{...}" after an escape like \p or \x when it is there. */
static bool skip_braces(struct walk *w)
{
	if (w->pos >= w->len || w->p[w->pos] != '{')
		return true;
	const char *end = memchr(w->p + w->pos, '}', w->len - w->pos);
	if (!end)
		return false;
	w->pos = (size_t)(end - w->p) + 1;
	return true;
}

/* An escape from its backslash. *literal is set (with its byte in *ch)
 * for escaped punctuation; other known escapes are one character or a
 * position, not literal; false: not understood. */
static bool escape(struct walk *w, bool *literal, char *ch)
{
	unsigned char c;

	*literal = false;
	if (w->pos + 1 >= w->len)
		return false;
	c = (unsigned char)w->p[w->pos + 1];
	w->pos += 2;
	if (c >= 0x80)
		return false;
	if (!(is_digit((char)c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
		*literal = true;
		*ch = (char)c;
		return true;
	}
	if (strchr("dDsSwWhHvVRNXbBAzZGntrfae", c))
		return true;
	if (c >= '1' && c <= '9') { /* a back reference: unknown text */
		while (w->pos < w->len && is_digit(w->p[w->pos]))
			w->pos++;
		return true;
	}
	if (c == 'p' || c == 'P' || c == 'x') {
		if (w->pos < w->len && w->p[w->pos] == '{')
			return skip_braces(w);
		if (c == 'x') {
			for (int k = 0;
			     k < 2 && w->pos < w->len &&
			     strchr("0123456789abcdefABCDEF", w->p[w->pos]);
			     k++)
				w->pos++;
		} else if (w->pos < w->len) {
			w->pos++;
		}
		return true;
	}
	if (c == 'c' && w->pos < w->len) {
		w->pos++;
		return true;
	}
	return false;
}

/* A brace that quantifier() left: through the next '}' if there is one
 * (whatever it means, nothing in it is counted), else the brace alone,
 * which is then literal text. */
static void skip_brace(struct walk *w)
{
	const char *end = memchr(w->p + w->pos, '}', w->len - w->pos);

	w->pos = end ? (size_t)(end - w->p) + 1 : w->pos + 1;
}

static enum walk_status walk_seq(struct walk *w, struct runs *r, int depth);

/* A group from its '(': only plain and "(?:" groups are understood. */
static enum walk_status group(struct walk *w, struct runs *r, int depth)
{
	struct runs inner = {0};
	enum walk_status st;
	bool min_one, once;

	if (depth > 32)
		return WALK_GIVE_UP;
	w->pos++;
	if (w->pos < w->len && (w->p[w->pos] == '*' || w->p[w->pos] == '?')) {
		if (w->p[w->pos] == '*' || w->pos + 1 >= w->len ||
		    w->p[w->pos + 1] != ':')
			return WALK_GIVE_UP;
		w->pos += 2;
	}
	st = walk_seq(w, &inner, depth + 1);
	if (st == WALK_GIVE_UP || w->pos >= w->len || w->p[w->pos] != ')')
		return WALK_GIVE_UP;
	w->pos++;
	if (!quantifier(w, &min_one, &once))
		return WALK_GIVE_UP;
	end_run(r);
	end_run(&inner);
	if (st == WALK_OK && min_one)
		take_best(r, &inner.best);
	return WALK_OK;
}

/* One atom that is a single character (or position) at w->pos: adds it
 * to the run when it is a plain character that must appear once. */
static enum walk_status atom(struct walk *w, struct runs *r)
{
	const unsigned char *s = (const unsigned char *)w->p + w->pos;
	bool literal = false, min_one, once;
	char ch = 0;
	size_t n = 1;

	if (*s == '\\') {
		if (!escape(w, &literal, &ch))
			return WALK_GIVE_UP;
		s = (const unsigned char *)&ch;
	} else if (*s == '[') {
		if (!skip_class(w))
			return WALK_GIVE_UP;
	} else if (*s == '.' || *s == '^' || *s == '$') {
		w->pos++;
	} else if (*s == '{') {
		skip_brace(w);
	} else if (*s == '*' || *s == '+' || *s == '?') {
		return WALK_GIVE_UP; /* a quantifier with nothing before it */
	} else {
		n = utf8_len(*s);
		if (w->pos + n > w->len)
			return WALK_GIVE_UP;
		literal = true;
		w->pos += n;
	}
	if (!quantifier(w, &min_one, &once))
		return WALK_GIVE_UP;
	bool kept = literal && min_one &&
		    (!w->caseless || caseless_invariant(s, n));
	if (kept)
		append(r, (const char *)s, n);
	if (!kept || !once)
		end_run(r);
	return WALK_OK;
}

/* A sequence up to ')' or the end. */
static enum walk_status walk_seq(struct walk *w, struct runs *r, int depth)
{
	enum walk_status st = WALK_OK, got;

	while (w->pos < w->len && w->p[w->pos] != ')') {
		if (w->p[w->pos] == '|') {
			st = WALK_ALTERNATION;
			end_run(r);
			w->pos++;
			continue;
		}
		got = w->p[w->pos] == '(' ? group(w, r, depth) : atom(w, r);
		if (got == WALK_GIVE_UP)
			return WALK_GIVE_UP;
	}
	end_run(r);
	return st;
}

bool regex_required_literal(const char *pattern, size_t len, bool caseless,
			    struct regex_needle *out)
{
	struct walk w = {.p = pattern, .len = len, .caseless = caseless};
	struct runs r = {0};
	enum walk_status st = walk_seq(&w, &r, 0);

	out->len = 0;
	if (st != WALK_OK || w.pos != len || r.best.len == 0)
		return false;
	*out = r.best;
	return true;
}
