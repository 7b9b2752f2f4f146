/* SPDX-License-Identifier: MIT */
/* search_plain.c - what makes a pattern forgiving: the text of a pattern
 * as a regex that matches it literally (grep -F, or a pattern that is not
 * a valid regex), and PCRE2's compile errors in Russian. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "search.h"

/* PCRE2 reads a backslash before any ASCII character that is not a letter
 * or digit as that character itself; letters must not be escaped (\d). */
static bool needs_backslash(unsigned char c)
{
	return c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
	       !(c >= '0' && c <= '9') && c != ' ';
}

char *search_quote(const char *text, size_t len, size_t *out_len)
{
	char *out = malloc(2 * len + 1);
	size_t o = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		if (needs_backslash((unsigned char)text[i]))
			out[o++] = '\\';
		out[o++] = text[i];
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}

/* The compile errors a person typing Russian words is likely to meet
 * (an unpaired bracket, a lone *, +, ?, a backslash at the end), and the
 * rarer ones that still read well in Russian. The rest, internal errors
 * and options this program never sets, stay in PCRE2's English (the list
 * is in tests/unit/test_search_forgive.c). */
static const struct {
	int code;
	const char *text;
} messages[] = {
	{PCRE2_ERROR_END_BACKSLASH, N_("\\ в конце шаблона")},
	{PCRE2_ERROR_END_BACKSLASH_C, N_("\\c в конце шаблона")},
	{PCRE2_ERROR_UNKNOWN_ESCAPE, N_("неизвестный символ после \\")},
	{PCRE2_ERROR_QUANTIFIER_OUT_OF_ORDER,
	 N_("в {} первое число больше второго")},
	{PCRE2_ERROR_QUANTIFIER_TOO_BIG, N_("слишком большое число в {}")},
	{PCRE2_ERROR_MISSING_SQUARE_BRACKET, N_("нет закрывающей ]")},
	{PCRE2_ERROR_ESCAPE_INVALID_IN_CLASS,
	 N_("такой символ с \\ нельзя писать внутри [ ]")},
	{PCRE2_ERROR_CLASS_RANGE_ORDER,
	 N_("в диапазоне внутри [ ] начало больше конца")},
	{PCRE2_ERROR_QUANTIFIER_INVALID,
	 N_("*, + или ? стоят там, где нечего повторять")},
	{PCRE2_ERROR_INVALID_AFTER_PARENS_QUERY,
	 N_("непонятный символ после (?")},
	{PCRE2_ERROR_POSIX_CLASS_NOT_IN_CLASS,
	 N_("класс [:...:] можно писать только внутри [ ]")},
	{PCRE2_ERROR_MISSING_CLOSING_PARENTHESIS, N_("нет закрывающей )")},
	{PCRE2_ERROR_BAD_SUBPATTERN_REFERENCE,
	 N_("ссылка на группу, которой нет")},
	{PCRE2_ERROR_MISSING_COMMENT_CLOSING,
	 N_("нет ) после комментария (?#")},
	{PCRE2_ERROR_PARENTHESES_NEST_TOO_DEEP,
	 N_("слишком много вложенных скобок")},
	{PCRE2_ERROR_PATTERN_TOO_LARGE, N_("шаблон слишком большой")},
	{PCRE2_ERROR_UNMATCHED_CLOSING_PARENTHESIS, N_("лишняя закрывающая )")},
	{PCRE2_ERROR_MISSING_CONDITION_CLOSING, N_("нет ) после условия")},
	{PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH,
	 N_("проверка назад (?<=...) должна быть постоянной длины")},
	{PCRE2_ERROR_UNKNOWN_POSIX_CLASS, N_("неизвестный класс [:...:]")},
	{PCRE2_ERROR_CODE_POINT_TOO_BIG,
	 N_("слишком большой код символа в \\x{} или \\o{}")},
	{PCRE2_ERROR_UNSUPPORTED_ESCAPE_SEQUENCE,
	 N_("\\F, \\L, \\l, \\N{имя}, \\U и \\u не поддерживаются")},
	{PCRE2_ERROR_MALFORMED_UNICODE_PROPERTY,
	 N_("неправильная запись \\p или \\P")},
	{PCRE2_ERROR_UNKNOWN_UNICODE_PROPERTY,
	 N_("неизвестное свойство после \\p или \\P")},
	{PCRE2_ERROR_CLASS_INVALID_RANGE,
	 N_("неправильный диапазон внутри [ ]")},
	{PCRE2_ERROR_BACKSLASH_G_SYNTAX, N_("после \\g нужен номер или имя")},
	{PCRE2_ERROR_BACKSLASH_K_SYNTAX, N_("после \\k нужно имя")},
	{PCRE2_ERROR_INVALID_HEXADECIMAL,
	 N_("не шестнадцатеричная цифра в \\x{} (нет закрывающей }?)")},
	{PCRE2_ERROR_MISSING_OCTAL_OR_HEX_DIGITS,
	 N_("нет цифр в \\x{} или \\o{}")},
	{PCRE2_ERROR_BACKSLASH_C_CALLER_DISABLED, N_("\\C не поддерживается")},
	{PCRE2_ERROR_PATTERN_TOO_COMPLICATED, N_("шаблон слишком сложный")},
	{PCRE2_ERROR_LOOKBEHIND_TOO_LONG,
	 N_("проверка назад (?<=...) слишком длинная")},
	{PCRE2_ERROR_VERB_UNKNOWN, N_("неизвестная команда (*...)")},
	{PCRE2_ERROR_SUBPATTERN_NAME_EXPECTED, N_("нужно имя группы")},
	{PCRE2_ERROR_MISSING_NAME_TERMINATOR,
	 N_("имя группы не закончено (нет > или ')")},
	{PCRE2_ERROR_INVALID_SUBPATTERN_NAME,
	 N_("имя группы не может начинаться с цифры")},
	{PCRE2_ERROR_DUPLICATE_SUBPATTERN_NAME,
	 N_("две группы с одним именем")},
	{PCRE2_ERROR_INVALID_HYPHEN_IN_OPTIONS,
	 N_("лишний дефис в настройках (?...)")},
};

const char *search_pcre_message(int code)
{
	for (size_t i = 0; i < sizeof messages / sizeof messages[0]; i++)
		if (messages[i].code == code)
			return _(messages[i].text);
	return NULL;
}
