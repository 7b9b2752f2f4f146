/* SPDX-License-Identifier: MIT */
/* search.h - regex search over every row of a search corpus (PCRE2).
 *
 * Patterns are PCRE2 with UTF and UCP, caseless unless asked otherwise
 * (SEARCH_CASE_SENSITIVE); е and ё match each other in both directions. */
#ifndef HELPNAV_SEARCH_H
#define HELPNAV_SEARCH_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "corpus.h"

struct search_query; /* opaque; owns the compiled pattern; read-only
			 once compiled, so threads may share one */

struct search_error {
	char message[256]; /* PCRE2's message, or "шаблон слишком сложный" */
	size_t column; /* 1-based CHARACTER column of the fault; 0 if none */
};

/* How search_compile_opts reads a pattern (bits, or'ed). */
enum search_flags {
	SEARCH_CASE_SENSITIVE = 1u << 0, /* caseless unless this is set */
	SEARCH_FIXED = 1u << 1,          /* plain text, as grep -F */
	/* A pattern that is not a valid regex is searched as plain text:
	 * HN_OK, with err still describing the fault (message, column) and
	 * search_is_plain true. Invalid UTF-8 is still HN_INVALID. */
	SEARCH_FORGIVE = 1u << 2,
};

/* HN_OK and *out set; HN_INVALID with err filled (in Russian where
 * search_pcre_message has a translation) for a bad pattern, including
 * invalid UTF-8 in it; HN_NOMEM. */
int search_compile_opts(const char *pattern, size_t len, unsigned flags,
			struct search_query **out, struct search_error *err);
/* search_compile_opts with no flags: a caseless regex. */
int search_compile(const char *pattern, size_t len, struct search_query **out,
		   struct search_error *err);
void search_free(struct search_query *q);

bool search_is_caseless(const struct search_query *q);
/* Whether the pattern was searched as plain text (SEARCH_FIXED, or a bad
 * regex under SEARCH_FORGIVE). */
bool search_is_plain(const struct search_query *q);

/* A query as a person means it (search_space.c): the space separators
 * that pasted text carries (U+00A0, U+202F, U+2007 and the other Unicode
 * Zs) become a space, and zero-width characters (U+200B-U+200D, U+2060,
 * U+FEFF) are dropped. search_compile_opts does this to every pattern.
 * Returns a malloc'd string (out_len bytes, NUL-terminated) or NULL when
 * there is no memory. */
char *search_normalize(const char *pattern, size_t len, size_t *out_len);
/* The 1-based character column in pattern (len bytes, as typed) of the
 * character at column in search_normalize's result; 0 stays 0. */
size_t search_normalized_column(const char *pattern, size_t len, size_t column);

/* text as a regex that matches exactly it: a backslash before each ASCII
 * character that is not a letter, digit or space. Returns a malloc'd
 * string and sets *out_len, or NULL when there is no memory. */
char *search_quote(const char *text, size_t len, size_t *out_len);

/* PCRE2's compile error code in Russian (translated by gettext), or NULL
 * for the rare codes not translated. */
const char *search_pcre_message(int code);

/* Helper exposed for tests and the UI: does the pattern contain an
 * uppercase letter outside escapes? */
bool search_pattern_has_upper(const char *pattern, size_t len);

/* Whether a match can be found in fields laid out back to back without
 * changing which fields match: no anchors, word boundaries, lookaround or
 * verbs (see search_safe.c). Conservative: false means "not known". */
bool search_pattern_is_local(const char *pattern, size_t len);

/* The pattern with each ".*" that comes right after ".*" or ".+" left
 * out (".*.*чат" -> ".*чат"): the same matches with the same spans, and a
 * run of them backtracks over a line once instead of once per ".*", which
 * turned such patterns into «шаблон слишком сложный». A new string
 * (*out_len bytes), or NULL when there is nothing to leave out or no
 * memory. */
char *search_collapse_any(const char *pattern, size_t len, size_t *out_len);

/* Speed-up for caseless patterns (used by search_compile): rewrites each
 * plain lowercase letter outside classes and escapes as "(?-i:в|В)", which
 * PCRE2's JIT scans for many times faster than a caseless letter. Returns
 * a malloc'd pattern and sets *out_len, or NULL when there is nothing to
 * rewrite or the pattern sets the i option inline. */
char *search_expand_case(const char *pattern, size_t len, size_t *out_len);

struct search_hit {
	size_t row;        /* the corpus row (corpus_field) */
	size_t byte_start; /* match span in bytes of the row's text */
	size_t byte_end;
	size_t char_start; /* the same span in characters */
	size_t char_end;
};

struct search_result {
	struct search_hit *hits; /* malloc'd; search_result_free releases */
	size_t count;
	bool truncated; /* max_hits was reached */
};

/* The process CPU time one search request may take, counted over the
 * whole run (PCRE2's own match limit restarts at every start position):
 * a base, plus a share per KiB of the corpus, so that a large pack's
 * ordinary searches still fit. The searches of one request (the pattern,
 * then the same keys under the other layout) share one budget. */
#define SEARCH_BUDGET_BASE_MS 500
#define SEARCH_BUDGET_US_PER_KIB 250

struct search_budget {
	long long deadline_ns; /* process CPU time at which searching stops */
	unsigned calls;        /* pcre2_match calls since the clock was read */
	size_t bytes;          /* and the bytes they were given to scan */
	bool spent;            /* the deadline has passed, or cancelled */
	/* Set by another thread (the navigator's, when a key comes) to stop
	 * the search: it is read before every pcre2_match call, so a search
	 * stops within one call's limits. NULL: never. Not owned. */
	const atomic_bool *cancel;
	bool cancelled; /* the search stopped because cancel was set */
};

/* A budget starting now for a search over k (NULL: the base alone), with
 * no cancel flag. */
void search_budget_start(struct search_budget *b, const struct corpus *k);

/* Whether b's cancel flag has been set (b->cancelled and spent then
 * are): for work other than matching that honours the same flag. The
 * clock is not read. NULL: false. */
bool search_budget_cancelled(struct search_budget *b);

/* Finds every match in every row of k, in row order. Empty matches
 * advance by one whole character. HN_OK; HN_LIMIT with err filled
 * ("pattern too complex") when the match limit or the budget is spent,
 * or with b->cancelled set when b's cancel flag stopped it; HN_NOMEM. max_hits 0 = no cap. search_run gives the run a budget of
 * its own. */
int search_run_within(const struct search_query *q, const struct corpus *k,
		      size_t max_hits, struct search_budget *b,
		      struct search_result *out, struct search_error *err);
int search_run(const struct search_query *q, const struct corpus *k,
	       size_t max_hits, struct search_result *out,
	       struct search_error *err);

/* Matches within one string (for highlighting a line the UI shows).
 * Same conventions; spans are relative to text. search_in_text gives the
 * call a base budget of its own. */
int search_in_text_within(const struct search_query *q, const char *text,
			  size_t len, struct search_budget *b,
			  struct search_hit **hits, size_t *count,
			  struct search_error *err);
int search_in_text(const struct search_query *q, const char *text, size_t len,
		   struct search_hit **hits, size_t *count,
		   struct search_error *err);

void search_result_free(struct search_result *r);

/* Compiles pattern (NUL-terminated) with flags and counts its hits in c,
 * up to max_hits (0 = no cap), within the budget b: 0 when it is not a
 * valid pattern, memory ran out or the budget was spent. */
size_t search_count(const struct corpus *c, const char *pattern, unsigned flags,
		    size_t max_hits, struct search_budget *b);

/* For a case-sensitive search that found nothing: its hits without case
 * (search_count), said to the user with the way to turn case off; 0 when
 * flags do not ask for case. */
size_t search_count_caseless(const struct corpus *c, const char *pattern,
			     unsigned flags, size_t max_hits,
			     struct search_budget *b);

/* Maps a string typed under the QWERTY layout to the ЙЦУКЕН letters on the
 * same keys ("djpdhfn" -> "возврат"). Returns a malloc'd string, or NULL
 * when the text has no Latin letters to map. */
char *search_layout_swap(const char *text, size_t len);

/* The other way: Russian letters typed while Latin was meant, mapped to
 * the QWERTY keys they sit on ("щящт" -> "ozon"). NULL when the text has
 * none of the layout's Russian letters, or no memory. */
char *search_layout_swap_back(const char *text, size_t len);

/* The pattern as typed under the other layout: its Latin letters as the
 * ЙЦУКЕН letters on the same keys, or, when it has none, its Russian
 * letters as the QWERTY ones. A malloc'd string; NULL when there is no
 * such letter or no memory. */
char *search_layout_reading(const char *pattern);

/* The reading of a pattern that found nothing as typed under the other
 * layout ("djpdhfn" -> "возврат", or "щящт" -> "ozon" when it has no Latin
 * letter), when that reading, compiled with flags (enum search_flags), is
 * a valid pattern with hits in c: a malloc'd string, *hits set to its hit
 * count (up to max_hits, 0 = no cap). NULL when there is none, memory ran
 * out or the budget b (what is left of the pattern's own search; NULL: a
 * budget of its own) was spent. */
char *search_layout_suggest(const struct corpus *c, const char *pattern,
			    unsigned flags, size_t max_hits,
			    struct search_budget *b, size_t *hits);

/* The character that a key of the QWERTY layout types under ЙЦУКЕН
 * ('q' -> 'й', '/' -> '.'), or 0 for a key not in the map (digits, space,
 * anything but ASCII): the navigator binds it to the key's action. */
uint32_t search_layout_key(uint32_t latin);

#endif
