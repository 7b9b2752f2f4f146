/* SPDX-License-Identifier: MIT */
/* test_regex_token.c - the pattern tokenizer: the tokens of known
 * patterns (each written as a tag and its text), and that the tokens of
 * broken or half-typed patterns still cover them byte for byte, in order.
 * What the consumers make of the tokens is tested with them (test_search,
 * test_search_chunk, test_regex_literal). */
#include <stdio.h>
#include <string.h>

#include "regex_token.h"

#include "check.h"

/* A short tag per token: the kind, then the escape or group kind. */
static const char *tag(const struct regex_token *t)
{
	static const char *const esc[] = {"Ep", "Ec", "Et", "Ea",
					  "Er", "Eq", "Eu"};
	static const char *const grp[] = {"(c", "(n", "(p", "(l",
					  "(a", "(?", "(o"};

	switch (t->kind) {
	case REGEX_TOK_CHAR:
		return t->quoted ? "Cq" : t->in_class ? "Ck" : "C";
	case REGEX_TOK_ESCAPE:
		return esc[t->esc];
	case REGEX_TOK_CLASS_OPEN:
		return t->negated ? "[^" : "[";
	case REGEX_TOK_CLASS_CLOSE:
		return "]";
	case REGEX_TOK_POSIX:
		return "P";
	case REGEX_TOK_GROUP_OPEN:
		return grp[t->group];
	case REGEX_TOK_GROUP_CLOSE:
		return ")";
	case REGEX_TOK_OPTIONS:
		return t->has_i ? "Oi" : "O";
	case REGEX_TOK_COMMENT:
		return "#";
	case REGEX_TOK_VERB:
		return "V";
	case REGEX_TOK_CALL:
		return "R";
	case REGEX_TOK_QUANT:
		return t->min == 0 ? (t->max == 1 ? "Q01" : "Q0") : "Q1";
	case REGEX_TOK_BRACE:
		return "B";
	case REGEX_TOK_ALT:
		return "|";
	case REGEX_TOK_ANY:
		return ".";
	case REGEX_TOK_ANCHOR:
		return "^";
	}
	return "?";
}

/* "tag:text tag:text ..." for the pattern; false if the tokens do not
 * cover it exactly. */
static bool describe(const char *pattern, char *out, size_t cap)
{
	struct regex_tokens t;
	struct regex_token tok;
	size_t len = strlen(pattern), at = 0, used = 0;

	out[0] = '\0';
	regex_tokens_start(&t, pattern, len);
	while (regex_token_next(&t, &tok)) {
		if (tok.start != at || tok.len == 0)
			return false;
		used += (size_t)snprintf(out + used, cap - used, "%s%s:%.*s",
					 used ? " " : "", tag(&tok),
					 (int)tok.len, pattern + at);
		if (used >= cap)
			return false;
		at += tok.len;
	}
	return at == len;
}

static const struct {
	const char *pattern, *tokens;
} cases[] = {
	{"", ""},
	{"ab", "C:a C:b"},
	{"жук", "C:ж C:у C:к"},
	{"a\\.b\\-c", "C:a Ep:\\. C:b Ep:\\- C:c"},
	{"\\W+\\S\\D\\B", "Et:\\W Q1:+ Et:\\S Et:\\D Ea:\\B"},
	{"\\p{Lu}\\P{Lu}\\pL", "Et:\\p{Lu} Et:\\P{Lu} Et:\\pL"},
	{"\\x{41}\\x41\\xAB", "Ec:\\x{41} Ec:\\x41 Ec:\\xAB"},
	{"\\N{U+0041}\\N", "Ec:\\N{U+0041} Et:\\N"},
	{"\\cA\\0\\012\\o{101}", "Ec:\\cA Ec:\\0 Ec:\\012 Ec:\\o{101}"},
	{"(?<Name>x)\\k<Name>", "(n:(?<Name> C:x ):) Er:\\k<Name>"},
	{"(?P<N>x)(?'n'y)", "(n:(?P<N> C:x ):) (n:(?'n' C:y ):)"},
	{"(abc)\\1\\g{-1}", "(c:( C:a C:b C:c ):) Er:\\1 Er:\\g{-1}"},
	{"(*UTF)x", "V:(*UTF) C:x"},
	{"(*pla:a)", "(o:(*pla: C:a ):)"},
	{"(?i)x", "Oi:(?i) C:x"},
	{"(?-i)ж", "Oi:(?-i) C:ж"},
	{"(?m)ж", "O:(?m) C:ж"},
	{"(?i:ж)", "(p:(?i: C:ж ):)"},
	{"(?:ab)+c", "(p:(?: C:a C:b ):) Q1:+ C:c"},
	{"(?=a)(?!b)(?<=c)(?<!d)",
	 "(l:(?= C:a ):) (l:(?! C:b ):) (l:(?<= C:c ):) "
	 "(l:(?<! C:d ):)"},
	{"(?>а)(?|b)", "(a:(?> C:а ):) (o:(?| C:b ):)"},
	{"(?(1)a|b)", "(?:(?(1) C:a |:| C:b ):)"},
	{"(?#Comment)x", "#:(?#Comment) C:x"},
	{"(?R)(?1)(?&n)(?P=n)(?P>n)(?C1)(?-1)",
	 "R:(?R) R:(?1) R:(?&n) R:(?P=n) R:(?P>n) R:(?C1) R:(?-1)"},
	{"[А-Я]", "[:[ Ck:А Ck:- Ck:Я ]:]"},
	{"[^а]", "[^:[^ Ck:а ]:]"},
	{"[]ж]ж", "[:[ Ck:] Ck:ж ]:] C:ж"},
	{"[^]a]", "[^:[^ Ck:] Ck:a ]:]"},
	{"[[:alpha:]ж]я", "[:[ P:[:alpha:] Ck:ж ]:] C:я"},
	{"[[:<:]]", "[:[ P:[:<:] ]:]"},
	{"[[:a]", "[:[ Ck:[ Ck:: Ck:a ]:]"},
	{"[\\d\\b\\]]", "[:[ Et:\\d Ec:\\b Ep:\\] ]:]"},
	{"[abc", "[:[ Ck:a Ck:b Ck:c"},
	{"\\Qa(b\\E+", "Eq:\\Q Cq:a Cq:( Cq:b Eq:\\E Q1:+"},
	{"\\QA", "Eq:\\Q Cq:A"},
	{"[\\Q]\\E]", "[:[ Eq:\\Q Cq:] Eq:\\E ]:]"},
	{"\\\\A", "Ep:\\\\ C:A"},
	{"x{2}y{2,}z{1,3}?", "C:x Q1:{2} C:y Q1:{2,} C:z Q1:{1,3}?"},
	{"a{0,1}", "C:a Q01:{0,1}"},
	{"a*?b??c++", "C:a Q0:*? C:b Q01:?? C:c Q1:++"},
	{"a{,3}bc", "C:a B:{,3} C:b C:c"},
	{"ab{4", "C:a C:b B:{ C:4"},
	{"x{y}zw", "C:x B:{y} C:z C:w"},
	{"x{a(b}", "C:x B:{ C:a (c:( C:b C:}"},
	{"^a|b$.", "^:^ C:a |:| C:b ^:$ .:."},
	{"*a", "Q0:* C:a"},
	{"abc)", "C:a C:b C:c ):)"},
	{"\\bа\\Aа\\z\\Z\\G\\K", "Ea:\\b C:а Ea:\\A C:а Ea:\\z Ea:\\Z Ea:\\G "
				 "Ea:\\K"},
	{"\\", "Eu:\\"},
	{"\\C\\i", "Eu:\\C Eu:\\i"},
	{"\\Ж\\«", "Ep:\\Ж Ep:\\«"},
	{"djp\\s+\\[", "C:d C:j C:p Et:\\s Q1:+ Ep:\\["},
};

static void test_cases(void)
{
	char got[512];

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		bool covered = describe(cases[i].pattern, got, sizeof got);

		CHECK_MSG(covered, "tokens of %s do not cover it",
			  cases[i].pattern);
		CHECK_EQ_STR_MSG(got, cases[i].tokens, cases[i].pattern);
	}
}

/* Broken and odd input: the tokens still cover every byte. */
static void test_cover(void)
{
	static const char *const odd[] = {
		"(",    "(?",  "(*",       "(?<",   "(?P", "[",
		"[^",   "[]",  "[[:",      "\\x{",  "\\p", "\\g<",
		"\\k'", "{",   "{1,",      "a{1,2", "\\Q", "\\E",
		"(?(",  "(?#", "\xff\xfe", "\xd0",
	};
	char got[512];

	for (size_t i = 0; i < sizeof odd / sizeof *odd; i++)
		CHECK_MSG(describe(odd[i], got, sizeof got), "%s", odd[i]);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_cases),
	CHECK_CASE(test_cover),
};

CHECK_SUITE(all_cases, NULL, NULL);
