/* SPDX-License-Identifier: MIT */
/* fuzz_search.c - libFuzzer target: arbitrary bytes as a search pattern,
 * run over the built-in content and over the pattern's own bytes.
 *
 * Checked on every input: a compiled pattern's hits lie inside their
 * field, on character boundaries, in order, with consistent character
 * offsets; a rejected pattern has a message and a column inside it; the
 * pattern's tokens cover it byte for byte, in order. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "corpus.h"
#include "diag.h"
#include "loader.h"
#include "regex_token.h"
#include "search.h"
#include "status.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_HITS = 2000 };
/* The search's budget here, far below a real one (search.h): what this
 * target looks for is work the budget does not bound, which then stands
 * out against run.sh's -timeout=2 even on a busy machine, and not the
 * budget's own length. */
enum { FUZZ_BUDGET_MS = 100 };
#define NS_PER_MS 1000000LL

/* The built-in content's search corpus. */
static struct corpus *builtin(void)
{
	static struct corpus *k;
	struct content *c = NULL;
	struct diag_list diags = {0};

	if (!k && (loader_load_builtin(&c, &diags) != HN_OK ||
		   corpus_build(c, &k) != HN_OK))
		__builtin_trap();
	content_free(c);
	diag_list_free(&diags);
	return k;
}

static bool on_boundary(const char *s, size_t len, size_t at)
{
	return at == 0 || at == len || ((unsigned char)s[at] & 0xC0) != 0x80;
}

static void check_hits(const struct corpus *k, const struct search_result *r)
{
	size_t prev_field = 0, prev_start = 0;

	for (size_t i = 0; i < r->count; i++) {
		const struct search_hit *h = &r->hits[i];
		struct text_field field;
		const struct text_field *f = &field;

		if (h->row >= corpus_count(k))
			__builtin_trap();
		field = corpus_field(k, h->row);
		if (h->byte_start > h->byte_end || h->byte_end > f->length ||
		    !on_boundary(f->text, f->length, h->byte_start) ||
		    !on_boundary(f->text, f->length, h->byte_end))
			__builtin_trap();
		if (utf8_char_count(f->text, h->byte_start) != h->char_start ||
		    utf8_char_count(f->text, h->byte_end) != h->char_end)
			__builtin_trap();
		if (i > 0 &&
		    (h->row < prev_field ||
		     (h->row == prev_field && h->byte_start < prev_start)))
			__builtin_trap();
		prev_field = h->row;
		prev_start = h->byte_start;
	}
}

static void in_text(const struct search_query *q, const char *text, size_t len,
		    struct search_budget *b)
{
	struct search_hit *hits = NULL;
	struct search_error err;
	size_t n = 0;

	if (search_in_text_within(q, text, len, b, &hits, &n, &err) == HN_OK)
		for (size_t i = 0; i < n; i++)
			if (hits[i].byte_start > hits[i].byte_end ||
			    hits[i].byte_end > len)
				__builtin_trap();
	free(hits);
}

static void check_tokens(const char *pattern, size_t size)
{
	struct regex_tokens t;
	struct regex_token tok;
	size_t at = 0;

	regex_tokens_start(&t, pattern, size);
	while (regex_token_next(&t, &tok)) {
		if (tok.start != at || tok.len == 0)
			__builtin_trap();
		at += tok.len;
	}
	if (at != size)
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *pattern = (const char *)data;
	const struct corpus *k = builtin();
	struct text_field first = corpus_field(k, 0);
	struct search_query *q = NULL;
	struct search_error err;
	struct search_result r = {0};
	struct search_budget b;
	size_t n;
	char *s;

	check_tokens(pattern, size);
	(void)search_pattern_has_upper(pattern, size);
	free(search_layout_swap(pattern, size));
	s = search_expand_case(pattern, size, &n);
	free(s);
	if (search_compile(pattern, size, &q, &err) != HN_OK) {
		if (q || !err.message[0] ||
		    err.column > utf8_char_count(pattern, size) + 1)
			__builtin_trap();
		return 0;
	}
	(void)search_is_caseless(q);
	/* one budget for the three, as for one search in the navigator: an
	 * input that takes longer than -timeout=2 is a find (run.sh) */
	search_budget_start(&b, NULL);
	b.deadline_ns -= (SEARCH_BUDGET_BASE_MS - FUZZ_BUDGET_MS) * NS_PER_MS;
	if (search_run_within(q, k, MAX_HITS, &b, &r, &err) == HN_OK)
		check_hits(k, &r);
	search_result_free(&r);
	if (utf8_valid(pattern, size))
		in_text(q, pattern, size, &b);
	in_text(q, first.text, first.length, &b);
	search_free(q);
	return 0;
}
