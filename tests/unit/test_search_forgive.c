/* SPDX-License-Identifier: MIT */
/* test_search_forgive.c - search that forgives: caseless unless asked,
 * plain text for -F and for a pattern that is not a valid regex, and
 * PCRE2's compile errors in Russian. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "test_util.h"
#include "search.h"
#include "status.h"

static long count_with(unsigned flags, const char *pattern, const char *text)
{
	return test_count_in(flags, pattern, text);
}

static void test_case(void)
{
	const char *text = "возврат Возврат ВОЗВРАТ";

	CHECK(count_with(0, "Возврат", text) == 3);
	CHECK(count_with(0, "ВОЗВРАТ", text) == 3);
	CHECK(count_with(SEARCH_CASE_SENSITIVE, "Возврат", text) == 1);
	CHECK(count_with(SEARCH_CASE_SENSITIVE, "возврат", text) == 1);
	/* ё = е either way */
	CHECK(count_with(SEARCH_CASE_SENSITIVE, "Ёж", "Еж ёж Ёж") == 2);
	CHECK(count_with(0, "Ёж", "Еж ёж Ёж") == 3);
}

static void test_fixed(void)
{
	CHECK(count_with(SEARCH_FIXED, "+7 495", "+7 495 и 7 495") == 1);
	CHECK(count_with(SEARCH_FIXED, "a.c", "abc a.c") == 1);
	CHECK(count_with(0, "a.c", "abc a.c") == 2);
	CHECK(count_with(SEARCH_FIXED, "\\d", "1 \\d") == 1);
	CHECK(count_with(SEARCH_FIXED, "ВОЗВРАТ(", "возврат(") == 1);
	CHECK(count_with(SEARCH_FIXED | SEARCH_CASE_SENSITIVE, "ВОЗВРАТ(",
			 "возврат(") == 0);
	CHECK(count_with(SEARCH_FIXED, "ёлка[1]", "елка[1]") == 1);
}

/* A bad regex under SEARCH_FORGIVE: found as text, the fault still
 * described; a good one is still a regex. */
static void test_forgive(void)
{
	struct search_query *q = NULL;
	struct search_error err;

	CHECK(search_compile_opts("возврат(", strlen("возврат("),
				  SEARCH_FORGIVE, &q, &err) == HN_OK);
	if (CHECK(q != NULL)) {
		CHECK(search_is_plain(q));
		CHECK(err.column == 9);
		CHECK(strstr(err.message, "нет закрывающей )") != NULL);
		search_free(q);
	}
	CHECK(count_with(SEARCH_FORGIVE, "*возврат", "*Возврат товара") == 1);
	CHECK(count_with(SEARCH_FORGIVE, "+7 495", "тел. +7 495 000") == 1);
	CHECK(count_with(SEARCH_FORGIVE, "возвр.т", "возврат") == 1);
	CHECK(search_compile_opts("возвр.т", strlen("возвр.т"), SEARCH_FORGIVE,
				  &q, &err) == HN_OK);
	if (CHECK(q != NULL)) {
		CHECK(!search_is_plain(q));
		CHECK(err.message[0] == '\0');
		search_free(q);
	}
	/* without it, a bad regex is an error */
	CHECK(search_compile_opts("+7", 2, 0, &q, &err) == HN_INVALID);
	CHECK(strstr(err.message, "нечего повторять") != NULL);
	/* invalid UTF-8 is not text either */
	CHECK(search_compile_opts("ab\xFF", 3, SEARCH_FORGIVE, &q, &err) ==
	      HN_INVALID);
}

/* Compile error codes PCRE2 10.42 has that stay in English: internal
 * errors, options and features this program never uses. */
static const int untranslated[] = {
	PCRE2_ERROR_INTERNAL_UNEXPECTED_REPEAT,
	PCRE2_ERROR_POSIX_NO_SUPPORT_COLLATING,
	PCRE2_ERROR_NULL_PATTERN,
	PCRE2_ERROR_BAD_OPTIONS,
	PCRE2_ERROR_HEAP_FAILED,
	PCRE2_ERROR_INTERNAL_CODE_OVERFLOW,
	PCRE2_ERROR_ZERO_RELATIVE_REFERENCE,
	PCRE2_ERROR_TOO_MANY_CONDITION_BRANCHES,
	PCRE2_ERROR_CONDITION_ASSERTION_EXPECTED,
	PCRE2_ERROR_BAD_RELATIVE_REFERENCE,
	PCRE2_ERROR_INTERNAL_STUDY_ERROR,
	PCRE2_ERROR_UNICODE_NOT_SUPPORTED,
	PCRE2_ERROR_PARENTHESES_STACK_CHECK,
	PCRE2_ERROR_LOOKBEHIND_TOO_COMPLICATED,
	PCRE2_ERROR_LOOKBEHIND_INVALID_BACKSLASH_C,
	PCRE2_ERROR_CALLOUT_NUMBER_TOO_BIG,
	PCRE2_ERROR_MISSING_CALLOUT_CLOSING,
	PCRE2_ERROR_ESCAPE_INVALID_IN_VERB,
	PCRE2_ERROR_UNRECOGNIZED_AFTER_QUERY_P,
	PCRE2_ERROR_UNICODE_PROPERTIES_UNAVAILABLE,
	PCRE2_ERROR_SUBPATTERN_NAME_TOO_LONG,
	PCRE2_ERROR_TOO_MANY_NAMED_SUBPATTERNS,
	PCRE2_ERROR_OCTAL_BYTE_TOO_BIG,
	PCRE2_ERROR_INTERNAL_OVERRAN_WORKSPACE,
	PCRE2_ERROR_INTERNAL_MISSING_SUBPATTERN,
	PCRE2_ERROR_DEFINE_TOO_MANY_BRANCHES,
	PCRE2_ERROR_BACKSLASH_O_MISSING_BRACE,
	PCRE2_ERROR_INTERNAL_UNKNOWN_NEWLINE,
	PCRE2_ERROR_PARENS_QUERY_R_MISSING_CLOSING,
	PCRE2_ERROR_VERB_ARGUMENT_NOT_ALLOWED,
	PCRE2_ERROR_SUBPATTERN_NUMBER_TOO_BIG,
	PCRE2_ERROR_INTERNAL_PARSED_OVERFLOW,
	PCRE2_ERROR_INVALID_OCTAL,
	PCRE2_ERROR_SUBPATTERN_NAMES_MISMATCH,
	PCRE2_ERROR_MARK_MISSING_ARGUMENT,
	PCRE2_ERROR_BACKSLASH_C_SYNTAX,
	PCRE2_ERROR_INTERNAL_BAD_CODE_LOOKBEHINDS,
	PCRE2_ERROR_BACKSLASH_N_IN_CLASS,
	PCRE2_ERROR_CALLOUT_STRING_TOO_LONG,
	PCRE2_ERROR_UNICODE_DISALLOWED_CODE_POINT,
	PCRE2_ERROR_UTF_IS_DISABLED,
	PCRE2_ERROR_UCP_IS_DISABLED,
	PCRE2_ERROR_VERB_NAME_TOO_LONG,
	PCRE2_ERROR_BACKSLASH_U_CODE_POINT_TOO_BIG,
	PCRE2_ERROR_VERSION_CONDITION_SYNTAX,
	PCRE2_ERROR_INTERNAL_BAD_CODE_AUTO_POSSESS,
	PCRE2_ERROR_CALLOUT_NO_STRING_DELIMITER,
	PCRE2_ERROR_CALLOUT_BAD_STRING_DELIMITER,
	PCRE2_ERROR_QUERY_BARJX_NEST_TOO_DEEP,
	PCRE2_ERROR_BACKSLASH_C_LIBRARY_DISABLED,
	PCRE2_ERROR_PATTERN_STRING_TOO_LONG,
	PCRE2_ERROR_INTERNAL_BAD_CODE,
	PCRE2_ERROR_INTERNAL_BAD_CODE_IN_SKIP,
	PCRE2_ERROR_NO_SURROGATES_IN_UTF16,
	PCRE2_ERROR_BAD_LITERAL_OPTIONS,
	PCRE2_ERROR_SUPPORTED_ONLY_IN_UNICODE,
	PCRE2_ERROR_ALPHA_ASSERTION_UNKNOWN,
	PCRE2_ERROR_SCRIPT_RUN_NOT_AVAILABLE,
	PCRE2_ERROR_TOO_MANY_CAPTURES,
	PCRE2_ERROR_CONDITION_ATOMIC_ASSERTION_EXPECTED,
	PCRE2_ERROR_BACKSLASH_K_IN_LOOKAROUND,
};

static bool is_untranslated(int code)
{
	for (size_t i = 0; i < sizeof untranslated / sizeof untranslated[0];
	     i++)
		if (untranslated[i] == code)
			return true;
	return false;
}

/* Every compile error code PCRE2 has a message for is translated or in
 * the list above; a code added by a newer PCRE2 shows up here. */
/* Pasted text: a no-break or other space separator in the query is a
 * space, a zero-width character is nothing; a space typed matches a
 * no-break space in the text too. A fault's column is the one typed. */
static void test_spaces(void)
{
	struct search_query *q = NULL;
	struct search_error err;
	const char *zw_bad = "\u200bвозврат(";

	CHECK(count_with(0, "возврат\u00a0денег", "возврат денег") == 1);
	CHECK(count_with(0, "возврат\u202fденег", "возврат денег") == 1);
	CHECK(count_with(0, "возврат\u2007денег", "возврат денег") == 1);
	CHECK(count_with(0, "\u200bвозврат", "возврат") == 1);
	CHECK(count_with(0, "воз\u200dврат\ufeff", "возврат") == 1);
	CHECK(count_with(0, "\u2060возврат", "возврат") == 1);
	CHECK(count_with(SEARCH_FIXED, "возврат\u00a0денег(",
			 "возврат денег(") == 1);
	/* a space typed is a space: not the text's no-break space (reading
	 * it as \h costs every phrase its literal prefilter) */
	CHECK(count_with(0, "возврат денег", "возврат\u00a0денег") == 0);
	CHECK(count_with(0, "\\Qвозврат денег\\E", "возврат денег") == 1);
	CHECK(count_with(0, "[ -#]", "a!b") == 1);
	/* not a space: still no match */
	CHECK(count_with(0, "возврат\u00a0денег", "возвратденег") == 0);

	CHECK(search_compile_opts(zw_bad, strlen(zw_bad), SEARCH_FORGIVE, &q,
				  &err) == HN_OK);
	if (CHECK(q != NULL)) {
		CHECK(search_is_plain(q));
		CHECK(err.column == 10);
		search_free(q);
	}
	q = NULL;
	CHECK(search_compile_opts("\u200bа\u200b)б", strlen("\u200bа\u200b)б"),
				  0, &q, &err) == HN_INVALID);
	CHECK(err.column == 4);
	search_free(q);
}

static void test_messages(void)
{
	PCRE2_UCHAR buf[256];

	for (int code = 101; code < 300; code++) {
		if (pcre2_get_error_message(code, buf, sizeof buf) < 0)
			continue;
		const char *ru = search_pcre_message(code);

		CHECK_MSG(ru || is_untranslated(code),
			  "code %d (%s) is neither translated nor listed", code,
			  (const char *)buf);
		CHECK_MSG(!ru || !is_untranslated(code),
			  "code %d is translated and listed as not", code);
	}
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_case),     CHECK_CASE(test_fixed),
	CHECK_CASE(test_forgive),  CHECK_CASE(test_spaces),
	CHECK_CASE(test_messages),
};

CHECK_SUITE(all_cases, NULL, NULL);
