/* SPDX-License-Identifier: MIT */
/* regex_token.h - a PCRE2 pattern read as a stream of tokens: characters,
 * escapes, classes and their parts, groups, quantifiers, alternation,
 * anchors, \Q...\E, comments and option settings.
 *
 * The one reader of a pattern's syntax for everything that looks at a
 * pattern before PCRE2 compiles it (smart case, the case expansion, the
 * run-of-fields safety check, the required literal, the layout swap). It
 * never fails: every byte of the pattern lies in exactly one token, in
 * order, and a construct PCRE2 would reject still becomes tokens (a lone
 * '\' at the end is an escape of kind REGEX_ESC_UNKNOWN, an unclosed class
 * simply ends). Extended mode (?x) is not followed: its whitespace and
 * '#' comments are read as characters. */
#ifndef HELPNAV_REGEX_TOKEN_H
#define HELPNAV_REGEX_TOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum regex_token_kind {
	REGEX_TOK_CHAR,        /* a character standing for itself: cp */
	REGEX_TOK_ESCAPE,      /* '\' and what belongs to it: esc */
	REGEX_TOK_CLASS_OPEN,  /* "[" or "[^" (negated) */
	REGEX_TOK_CLASS_CLOSE, /* the ']' that ends a class */
	REGEX_TOK_POSIX,       /* "[:alpha:]" inside a class */
	REGEX_TOK_GROUP_OPEN,  /* "(", "(?:", "(?<name>"...: group */
	REGEX_TOK_GROUP_CLOSE, /* ")" */
	REGEX_TOK_OPTIONS,     /* "(?i)", "(?-m)": has_i */
	REGEX_TOK_COMMENT,     /* "(?#...)" */
	REGEX_TOK_VERB,        /* "(*UTF)", "(*MARK:x)" */
	REGEX_TOK_CALL,        /* "(?R)", "(?1)", "(?&name)", "(?P=name)",
				  "(?C1)": one item through its ')' */
	REGEX_TOK_QUANT,       /* "*", "+?", "{2,5}": min, max */
	REGEX_TOK_BRACE,       /* a '{' that is no plain {n}, {n,} or {n,m}:
				  text in one PCRE2, a quantifier ({,3}) in
				  another; through its '}' when nothing
				  special comes first */
	REGEX_TOK_ALT,         /* "|" */
	REGEX_TOK_ANY,         /* "." */
	REGEX_TOK_ANCHOR,      /* "^" or "$" */
};

enum regex_escape_kind {
	REGEX_ESC_PUNCT,   /* \. \\ \« : the character itself, cp */
	REGEX_ESC_CODE,    /* one character given by code: \x41 \x{41}
			      \o{101} \0 \cA \N{U+41} \n \t \r \f \e \a,
			      and \b in a class */
	REGEX_ESC_TYPE,    /* one of a set: \d \s \w \h \v \R \X \N \p{L},
			      their negations */
	REGEX_ESC_ASSERT,  /* a position: \b \B \A \z \Z \G, and \K, which
			      moves where the match starts */
	REGEX_ESC_REF,     /* another part of the match: \1 \g{1} \k<n> */
	REGEX_ESC_QUOTE,   /* \Q (quote on) or \E (quote off) */
	REGEX_ESC_UNKNOWN, /* \C, an unknown letter, a lone '\' at the end */
};

enum regex_group_kind {
	REGEX_GROUP_CAPTURE, /* "(" */
	REGEX_GROUP_NAMED,   /* "(?<n>", "(?'n'", "(?P<n>" */
	REGEX_GROUP_PLAIN,   /* "(?:", or with options "(?i:" (has_i) */
	REGEX_GROUP_LOOK,    /* lookahead and lookbehind */
	REGEX_GROUP_ATOMIC,  /* "(?>" */
	REGEX_GROUP_COND,    /* "(?(cond)", the condition included */
	REGEX_GROUP_OTHER,   /* "(?|", "(*atomic:" and the rest */
};

struct regex_token {
	enum regex_token_kind kind;
	size_t start, len; /* the token's bytes in the pattern */
	uint32_t cp;       /* CHAR and PUNCT: the character */
	enum regex_escape_kind esc;
	enum regex_group_kind group;
	size_t min, max; /* QUANT; max SIZE_MAX: no bound. min saturates */
	bool negated;    /* CLASS_OPEN "[^" */
	bool has_i;      /* OPTIONS and option groups that mention i */
	bool in_class;   /* the token lies inside [...] */
	bool quoted;     /* a CHAR inside \Q...\E */
};

/* The reader's place in a pattern; fill it with regex_tokens_start. It
 * borrows the pattern, which must outlive it. */
struct regex_tokens {
	const char *p;
	size_t len, pos;
	bool quote;       /* inside \Q...\E */
	bool in_class;    /* inside [...] */
	bool class_start; /* just after "[" or "[^": a ']' is a member */
};

void regex_tokens_start(struct regex_tokens *t, const char *pattern,
			size_t len);

/* The next token into *tok; false (and *tok untouched) at the end. */
bool regex_token_next(struct regex_tokens *t, struct regex_token *tok);

#endif
