/* SPDX-License-Identifier: MIT */
/* search_layout.c - text typed with the Latin layout on while the user
 * meant Russian: map each key of the QWERTY layout to the ЙЦУКЕН letter on
 * the same key. */
#include <stdlib.h>
#include <string.h>

#include "regex_token.h"
#include "search.h"
#include "status.h"
#include "text.h"

/* Unshifted keys and their Russian letters, then the shifted ones. */
static const char latin_keys[] = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
				 "QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~";
static const char *const russian_keys[] = {
	"й", "ц", "у", "к", "е", "н", "г", "ш", "щ", "з", "х", "ъ", "ф", "ы",
	"в", "а", "п", "р", "о", "л", "д", "ж", "э", "я", "ч", "с", "м", "и",
	"т", "ь", "б", "ю", "ё", "Й", "Ц", "У", "К", "Е", "Н", "Г", "Ш", "Щ",
	"З", "Х", "Ъ", "Ф", "Ы", "В", "А", "П", "Р", "О", "Л", "Д", "Ж", "Э",
	"Я", "Ч", "С", "М", "И", "Т", "Ь", "Б", "Ю", "Ё",
};

static const char *russian_for(char c)
{
	const char *k;

	if (c == '\0')
		return NULL;
	k = strchr(latin_keys, c);
	return k ? russian_keys[k - latin_keys] : NULL;
}

/* Escapes (\s, \d, \[, \p{L}) are regex syntax, not keys typed in the
 * wrong layout: they stay as they are. Everything else is taken as keys,
 * brackets included ("[kt," is "хлеб"). */
static bool token_is_keys(const struct regex_token *tok)
{
	return tok->kind != REGEX_TOK_ESCAPE;
}

static bool has_latin_letter(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z'))
			return true;
	return false;
}

/* Appends the keys s[0..len) as Russian letters to out at *o. */
static void swap_keys(const char *s, size_t len, char *out, size_t *o)
{
	for (size_t i = 0; i < len; i++) {
		const char *r = russian_for(s[i]);

		if (r) {
			while (*r)
				out[(*o)++] = *r++;
		} else {
			out[(*o)++] = s[i];
		}
	}
}

char *search_layout_swap(const char *text, size_t len)
{
	struct regex_tokens t;
	struct regex_token tok;
	bool any_letter = false;
	size_t o = 0;
	char *out;

	regex_tokens_start(&t, text, len);
	while (!any_letter && regex_token_next(&t, &tok))
		any_letter = token_is_keys(&tok) &&
			     has_latin_letter(text + tok.start, tok.len);
	if (!any_letter)
		return NULL;
	/* every mapped byte becomes at most 2 bytes */
	out = malloc(2 * len + 1);
	if (!out)
		return NULL;
	regex_tokens_start(&t, text, len);
	while (regex_token_next(&t, &tok)) {
		if (token_is_keys(&tok))
			swap_keys(text + tok.start, tok.len, out, &o);
		else {
			memcpy(out + o, text + tok.start, tok.len);
			o += tok.len;
		}
	}
	out[o] = '\0';
	return out;
}

/* The QWERTY key of the Russian letter at s (len bytes left, n of them
 * its length), or 0 when it is not one of the layout's letters. */
static char latin_for(const char *s, size_t len, size_t *n)
{
	uint32_t cp;

	*n = utf8_decode(s, len, &cp);
	if (cp < 0x80)
		return 0;
	for (size_t k = 0; k < sizeof russian_keys / sizeof russian_keys[0];
	     k++)
		if (strlen(russian_keys[k]) == *n &&
		    !memcmp(russian_keys[k], s, *n))
			return latin_keys[k];
	return 0;
}

char *search_layout_swap_back(const char *text, size_t len)
{
	struct regex_tokens t;
	struct regex_token tok;
	bool any = false;
	size_t o = 0;
	/* a mapped letter (2 bytes) becomes 1 byte */
	char *out = malloc(len + 1);

	if (!out)
		return NULL;
	regex_tokens_start(&t, text, len);
	while (regex_token_next(&t, &tok)) {
		for (size_t i = tok.start, n; i < tok.start + tok.len; i += n) {
			char key = 0;

			if (token_is_keys(&tok))
				key = latin_for(text + i,
						tok.start + tok.len - i, &n);
			else
				n = tok.start + tok.len - i;
			if (key) {
				out[o++] = key;
				any = true;
			} else {
				memcpy(out + o, text + i, n);
				o += n;
			}
		}
	}
	out[o] = '\0';
	if (!any) {
		free(out);
		return NULL;
	}
	return out;
}

size_t search_count(const struct corpus *c, const char *pattern, unsigned flags,
		    size_t max_hits, struct search_budget *b)
{
	struct search_query *q = NULL;
	struct search_error err = {{0}, 0};
	struct search_result res = {0};
	size_t hits = 0;

	if (search_compile_opts(pattern, strlen(pattern), flags, &q, &err) ==
		    HN_OK &&
	    search_run_within(q, c, max_hits, b, &res, &err) == HN_OK)
		hits = res.count;
	search_result_free(&res);
	search_free(q);
	return hits;
}

size_t search_count_caseless(const struct corpus *c, const char *pattern,
			     unsigned flags, size_t max_hits,
			     struct search_budget *b)
{
	if (!(flags & SEARCH_CASE_SENSITIVE))
		return 0;
	return search_count(c, pattern,
			    flags & ~(unsigned)SEARCH_CASE_SENSITIVE, max_hits,
			    b);
}

char *search_layout_reading(const char *pattern)
{
	char *swapped = search_layout_swap(pattern, strlen(pattern));

	/* no Latin letter: maybe Latin typed under ЙЦУКЕН («щящт») */
	if (!swapped)
		swapped = search_layout_swap_back(pattern, strlen(pattern));
	return swapped;
}

char *search_layout_suggest(const struct corpus *c, const char *pattern,
			    unsigned flags, size_t max_hits,
			    struct search_budget *b, size_t *hits)
{
	struct search_budget own;
	char *swapped = search_layout_reading(pattern);

	*hits = 0;
	if (!b) {
		search_budget_start(&own, c);
		b = &own;
	}
	if (swapped)
		*hits = search_count(c, swapped, flags, max_hits, b);
	if (*hits)
		return swapped;
	free(swapped);
	return NULL;
}

/* Two more keys, for key bindings only: the text swap keeps them, as a
 * '?' or '.' in a pattern is syntax, not a mistyped letter. */
static const char other_keys[] = "/?#";
static const uint32_t other_russian[] = {'.', ',', 0x2116 /* № */};

uint32_t search_layout_key(uint32_t latin)
{
	const char *k, *r;
	uint32_t cp;

	if (latin == 0 || latin > 0x7f)
		return 0;
	k = strchr(other_keys, (int)latin);
	if (k)
		return other_russian[k - other_keys];
	r = russian_for((char)latin);
	if (!r)
		return 0;
	utf8_decode(r, strlen(r), &cp);
	return cp;
}
