/* SPDX-License-Identifier: MIT */
/* regex_literal.c - a required literal of a PCRE2 pattern, found by a small
 * recursive walk over the pattern's tokens (regex_token).
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
#include "regex_token.h"

/* Groups nested deeper than this are not looked into. */
#define GROUP_DEPTH_MAX 32

enum walk_status { WALK_OK, WALK_ALTERNATION, WALK_GIVE_UP };

/* The walk over a pattern's tokens, one token looked ahead. */
struct literal_walk {
	const char *p;
	struct regex_tokens tokens;
	struct regex_token tok;
	bool more; /* tok holds the next token */
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

static void run_append(struct runs *r, const char *bytes, size_t n)
{
	if (r->run.len + n > REGEX_NEEDLE_MAX)
		end_run(r);
	memcpy(r->run.bytes + r->run.len, bytes, n);
	r->run.len += n;
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

static void advance(struct literal_walk *w)
{
	w->more = regex_token_next(&w->tokens, &w->tok);
}

static bool at(const struct literal_walk *w, enum regex_token_kind kind)
{
	return w->more && w->tok.kind == kind;
}

/* A quantifier after an atom, if any: *min_one when the atom must appear
 * at least once, *exactly_one when it appears once (a counted quantifier
 * is not looked into). A brace that is not a plain {n,m} may be a
 * quantifier in some PCRE2 version ({,3}) or literal text ({4 while
 * typing): the atom before it is taken as optional, and the brace is
 * left to be read as an atom of its own. */
static void walk_quantifier(struct literal_walk *w, bool *min_one,
			    bool *exactly_one)
{
	*min_one = true;
	*exactly_one = true;
	if (at(w, REGEX_TOK_BRACE)) {
		*min_one = false;
		*exactly_one = false;
	} else if (at(w, REGEX_TOK_QUANT)) {
		*min_one = w->tok.min >= 1;
		*exactly_one = false;
		advance(w);
	}
}

/* Skips a character class from its '['; false if it does not end. */
static bool walk_class(struct literal_walk *w)
{
	do
		advance(w);
	while (w->more && w->tok.kind != REGEX_TOK_CLASS_CLOSE);
	if (!w->more)
		return false;
	advance(w);
	return true;
}

/* An escape: *literal is set (with its bytes in *s, *n) for an escaped
 * character that stands for itself; other known escapes are one
 * character or a position, not literal; false: not understood. */
static bool walk_escape(struct literal_walk *w, const char **s, size_t *n,
			bool *literal)
{
	const struct regex_token *t = &w->tok;

	*literal = t->esc == REGEX_ESC_PUNCT;
	*s = w->p + t->start + 1;
	*n = t->len - 1;
	return t->esc != REGEX_ESC_QUOTE && t->esc != REGEX_ESC_UNKNOWN;
}

static enum walk_status walk_seq(struct literal_walk *w, struct runs *r,
				 int depth);

/* A group from its '(': only plain and "(?:" groups are understood. */
static enum walk_status walk_group(struct literal_walk *w, struct runs *r,
				   int depth)
{
	struct runs inner = {0};
	enum walk_status st;
	bool min_one, once;
	const struct regex_token *t = &w->tok;

	if (depth > GROUP_DEPTH_MAX)
		return WALK_GIVE_UP;
	if (t->group != REGEX_GROUP_CAPTURE &&
	    !(t->group == REGEX_GROUP_PLAIN && t->len == 3))
		return WALK_GIVE_UP; /* names, options, lookaround... */
	advance(w);
	st = walk_seq(w, &inner, depth + 1);
	if (st == WALK_GIVE_UP || !at(w, REGEX_TOK_GROUP_CLOSE))
		return WALK_GIVE_UP;
	advance(w);
	walk_quantifier(w, &min_one, &once);
	end_run(r);
	end_run(&inner);
	if (st == WALK_OK && min_one)
		take_best(r, &inner.best);
	return WALK_OK;
}

/* One atom that is a single character (or position): adds it to the run
 * when it is a plain character that must appear once. */
static enum walk_status walk_atom(struct literal_walk *w, struct runs *r)
{
	const struct regex_token *t = &w->tok;
	const char *s = w->p + t->start;
	size_t n = t->len;
	bool literal = false, min_one, once;

	switch (t->kind) {
	case REGEX_TOK_ESCAPE:
		if (!walk_escape(w, &s, &n, &literal))
			return WALK_GIVE_UP;
		break;
	case REGEX_TOK_CLASS_OPEN:
		if (!walk_class(w))
			return WALK_GIVE_UP;
		walk_quantifier(w, &min_one, &once);
		end_run(r);
		return WALK_OK;
	case REGEX_TOK_ANY:
	case REGEX_TOK_ANCHOR:
	case REGEX_TOK_BRACE:
		break;
	case REGEX_TOK_CHAR:
		literal = true;
		break;
	default: /* a quantifier with nothing before it, options, verbs */
		return WALK_GIVE_UP;
	}
	advance(w);
	walk_quantifier(w, &min_one, &once);
	bool kept = literal && min_one &&
		    (!w->caseless ||
		     caseless_invariant((const unsigned char *)s, n));
	if (kept)
		run_append(r, s, n);
	if (!kept || !once)
		end_run(r);
	return WALK_OK;
}

/* A sequence up to ')' or the end. */
static enum walk_status walk_seq(struct literal_walk *w, struct runs *r,
				 int depth)
{
	enum walk_status st = WALK_OK, got;

	while (w->more && w->tok.kind != REGEX_TOK_GROUP_CLOSE) {
		if (w->tok.kind == REGEX_TOK_ALT) {
			st = WALK_ALTERNATION;
			end_run(r);
			advance(w);
			continue;
		}
		got = w->tok.kind == REGEX_TOK_GROUP_OPEN
			      ? walk_group(w, r, depth)
			      : walk_atom(w, r);
		if (got == WALK_GIVE_UP)
			return WALK_GIVE_UP;
	}
	end_run(r);
	return st;
}

bool regex_required_literal(const char *pattern, size_t len, bool caseless,
			    struct regex_needle *out)
{
	struct literal_walk w = {.p = pattern, .caseless = caseless};
	struct runs r = {0};
	enum walk_status st;

	regex_tokens_start(&w.tokens, pattern, len);
	advance(&w);
	st = walk_seq(&w, &r, 0);
	out->len = 0;
	if (st != WALK_OK || w.more || r.best.len == 0)
		return false;
	*out = r.best;
	return true;
}
