/* SPDX-License-Identifier: MIT */
/* regex_literal.h - a piece of literal text that every match of a pattern
 * must contain, so that text without it can be skipped before PCRE2 runs
 * (what grep and ripgrep do with a pattern's "required literal"). */
#ifndef HELPNAV_REGEX_LITERAL_H
#define HELPNAV_REGEX_LITERAL_H

#include <stdbool.h>
#include <stddef.h>

enum { REGEX_NEEDLE_MAX = 64 };

struct regex_needle {
	char bytes[REGEX_NEEDLE_MAX];
	size_t len; /* >= 1 when found; whole UTF-8 characters */
};

/* The longest run of plain characters that every match of pattern (as
 * PCRE2 compiles it, with UTF) must contain. With caseless, only
 * characters that have no other case count (digits, punctuation, №...),
 * so the bytes can be looked for as they are. Returns false, meaning "no
 * filter", when there is none or the pattern has anything this does not
 * understand: inline options, \Q, named groups, lookaround, conditionals. */
bool regex_required_literal(const char *pattern, size_t len, bool caseless,
			    struct regex_needle *out);

#endif
