/* SPDX-License-Identifier: MIT */
/* search_safe.c - which patterns may be searched over many fields at once.
 *
 * search_run may run one pcre2_match over fields laid out back to back
 * (each followed by a NUL) and re-run per field only the fields where it
 * finds a match. That finds every field the per-field search would find as
 * long as whether a match starts at a position never depends on what lies
 * outside the field: no anchors (^ $ \A \z \Z \G), no word boundaries, no
 * lookaround, no \K, no verbs or callouts. The check reads the pattern's
 * tokens (regex_token) and errs on the side of "no": an unknown construct
 * means per field. */
#include <stdlib.h>
#include <string.h>

#include "regex_token.h"
#include "search.h"

/* Escapes that match characters and nothing else. */
static bool plain_escape(enum regex_escape_kind esc)
{
	return esc == REGEX_ESC_PUNCT || esc == REGEX_ESC_CODE ||
	       esc == REGEX_ESC_TYPE || esc == REGEX_ESC_QUOTE;
}

static bool plain_group(enum regex_group_kind group)
{
	return group == REGEX_GROUP_CAPTURE || group == REGEX_GROUP_NAMED ||
	       group == REGEX_GROUP_PLAIN;
}

/* One token of pattern p; after_group: it follows a ')'. */
static bool token_is_local(const char *p, const struct regex_token *tok,
			   bool after_group)
{
	switch (tok->kind) {
	case REGEX_TOK_ANCHOR:
	case REGEX_TOK_VERB:
	case REGEX_TOK_CALL:
		return false;
	case REGEX_TOK_ESCAPE:
		return plain_escape(tok->esc);
	case REGEX_TOK_GROUP_OPEN:
		return plain_group(tok->group);
	case REGEX_TOK_CLASS_OPEN:
		/* conservative: a negated class also matches the NUL
		 * between fields, so a match over the run may span two */
		return !tok->negated;
	case REGEX_TOK_POSIX:
		/* [[:<:]] and [[:>:]] are word boundaries */
		return !memchr(p + tok->start, '<', tok->len) &&
		       !memchr(p + tok->start, '>', tok->len);
	case REGEX_TOK_QUANT:
	case REGEX_TOK_BRACE:
		/* a repeated group ((.*0)*x) can backtrack over the whole
		 * run, whose length its cost grows with */
		return !after_group ||
		       (tok->kind == REGEX_TOK_QUANT && tok->max <= 1);
	default:
		return true;
	}
}

bool search_pattern_is_local(const char *pattern, size_t len)
{
	struct regex_tokens t;
	struct regex_token tok;
	bool after_group = false;

	regex_tokens_start(&t, pattern, len);
	while (regex_token_next(&t, &tok)) {
		if (!token_is_local(pattern, &tok, after_group))
			return false;
		after_group = tok.kind == REGEX_TOK_GROUP_CLOSE;
	}
	return true;
}

/* Whether tok is "*" or "+" (min at most min_max), greedy. */
static bool greedy_run(const struct regex_token *tok, size_t min_max)
{
	return tok->kind == REGEX_TOK_QUANT && tok->len == 1 &&
	       tok->max == SIZE_MAX && tok->min <= min_max;
}

char *search_collapse_any(const char *pattern, size_t len, size_t *out_len)
{
	struct regex_tokens t;
	struct regex_token tok, next;
	char *out = malloc(len + 1);
	size_t n = 0;
	bool run = false, dropped = false;
	bool more;

	if (!out)
		return NULL;
	regex_tokens_start(&t, pattern, len);
	more = regex_token_next(&t, &tok);
	while (more) {
		bool have_next = regex_token_next(&t, &next);

		if (tok.kind == REGEX_TOK_ANY && !tok.in_class && have_next &&
		    greedy_run(&next, 1)) {
			/* ".*" right after ".*" or ".+" matches what they
			 * matched, with the same span: it is left out */
			if (run && next.min == 0) {
				dropped = true;
			} else {
				memcpy(out + n, pattern + tok.start,
				       next.start + next.len - tok.start);
				n += next.start + next.len - tok.start;
				run = true;
			}
			more = regex_token_next(&t, &tok);
			continue;
		}
		memcpy(out + n, pattern + tok.start, tok.len);
		n += tok.len;
		run = false;
		tok = next;
		more = have_next;
	}
	out[n] = '\0';
	*out_len = n;
	if (!dropped) {
		free(out);
		return NULL;
	}
	return out;
}
