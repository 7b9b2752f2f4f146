/* SPDX-License-Identifier: MIT */
/* search.c - compiling a user's pattern and finding every match.
 *
 * е/ё: the pattern is folded (ё->е, Ё->Е) and matched against the folded
 * copy of the text, which has the same byte offsets as the original. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "grow.h"
#include "i18n.h"
#include "corpus_internal.h"
#include "search.h"
#include "search_needle.h"
#include "status.h"
#include "text.h"

/* Per pcre2_match call. A catastrophic pattern stops in a few ms; a sane
 * one never comes near. */
#define MATCH_LIMIT 200000
/* ...and less for a long subject: a step of a pattern like
 * (..*.>*.*!|)*.*x can scan the rest of the subject again, so the limit
 * times the bytes left is held to MATCH_WORK. With MATCH_LIMIT alone one
 * call over a 400-byte field took 0.9 s (the budget is read only between
 * calls); now 0.13 s at most (measured), while patterns as costly as
 * \b\w{5,}\b.*\b\w{5,}\b.*ozon still find what they did. */
#define MATCH_WORK ((size_t)20000000)
#define MATCH_LIMIT_MIN 1000
#define DEPTH_LIMIT 20000
#define HEAP_LIMIT_KIB (32 * 1024)
#define JIT_STACK_MIN ((size_t)32 * 1024)
#define JIT_STACK_MAX ((size_t)1024 * 1024)
/* Room after a copied subject: PCRE2's JIT reads up to a vector past its
 * end (harmless, but memory checkers report it). */
#define JIT_SLACK ((size_t)64)
/* Fields laid out back to back are searched this many bytes at a time. */
#define CHUNK_BYTES ((size_t)4 * 1024)
/* The match limit of one pcre2_match over such a run. A step of a pattern
 * like (.*0)*x can scan the whole run, so this is far below MATCH_LIMIT
 * (a run's limit that grew with its fields made the work grow with their
 * square: 30 s on the built-in pack); a run that reaches it is searched
 * field by field, with the full limit each. */
#define CHUNK_MATCH_LIMIT 2000
/* The budget's clock is a system call: it is read after this many
 * pcre2_match calls or this many bytes gone over by them, whichever comes
 * first (a call that fails scans all the bytes it may start at; one that
 * matches, up to its match's end: counting the bytes left instead made
 * every short match in a long text a system call). */
#define BUDGET_CHECK_CALLS 16u
#define BUDGET_CHECK_BYTES ((size_t)1024)
#define NS_PER_MS 1000000LL
#define NS_PER_US 1000LL

static const char too_complex[] = N_("шаблон слишком сложный");

/* Never changed after search_compile, so that threads share one: what a
 * match needs to write (match data, limits, JIT stack) is a struct matcher
 * of each run's own. */
struct search_query {
	pcre2_code *re;
	bool caseless;
	bool plain; /* searched as plain text (search_is_plain) */
	bool local; /* search_pattern_is_local */
	/* it can match only at the start of a line (.*x): PCRE2 tries no
	 * other position */
	bool startline;
	struct search_needle needle;
};

static void set_error(struct search_error *err, const char *msg, size_t column)
{
	if (!err)
		return;
	snprintf(err->message, sizeof err->message, "%s", msg);
	err->column = column;
}

static void set_pcre_error(struct search_error *err, int code, size_t column)
{
	PCRE2_UCHAR buf[256];
	const char *russian = search_pcre_message(code);

	if (russian)
		snprintf((char *)buf, sizeof buf, "%s", russian);
	else if (pcre2_get_error_message(code, buf, sizeof buf) < 0)
		snprintf((char *)buf, sizeof buf, _("ошибка PCRE2 %d"), code);
	set_error(err, (const char *)buf, column);
}

/* One run's matching state: its match data, and two match contexts that
 * differ only in the match limit, one for a field and one for a run of
 * fields back to back (CHUNK_MATCH_LIMIT). The JIT stack (up to
 * JIT_STACK_MAX) is made only for a match that PCRE2's own 32 KiB stack
 * cannot hold: making one for every search_in_text, which the screen
 * calls for each line it highlights, made a call ten times slower. */
struct matcher {
	struct search_budget *budget;
	pcre2_match_data *md;
	pcre2_match_context *field_ctx;
	pcre2_match_context *chunk_ctx;
	pcre2_jit_stack *jit_stack;
};

static long long cpu_now_ns(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
		return 0; /* no clock: the per-call limits still hold */
	return (long long)ts.tv_sec * 1000 * NS_PER_MS + ts.tv_nsec;
}

void search_budget_start(struct search_budget *b, const struct corpus *k)
{
	long long ns = SEARCH_BUDGET_BASE_MS * NS_PER_MS;

	if (k)
		ns += (long long)(k->strings_len / 1024) *
		      SEARCH_BUDGET_US_PER_KIB * NS_PER_US;
	b->deadline_ns = cpu_now_ns() + ns;
	b->calls = 0;
	b->bytes = 0;
	b->spent = false;
	b->cancel = NULL;
	b->cancelled = false;
}

bool search_budget_cancelled(struct search_budget *b)
{
	if (!b || !b->cancel)
		return false;
	if (!b->cancelled &&
	    atomic_load_explicit(b->cancel, memory_order_relaxed)) {
		b->cancelled = true;
		b->spent = true;
	}
	return b->cancelled;
}

/* Whether b is spent (or cancelled) before the next call. */
static bool budget_spent(struct search_budget *b)
{
	if (b->spent)
		return true;
	if (search_budget_cancelled(b))
		return true;
	if (++b->calls >= BUDGET_CHECK_CALLS ||
	    b->bytes >= BUDGET_CHECK_BYTES) {
		b->spent = cpu_now_ns() > b->deadline_ns;
		b->calls = 0;
		b->bytes = 0;
	}
	return b->spent;
}

/* pcre2_match with the field's or the run's limits, within the run's
 * budget (a spent one reads as PCRE2's match limit); a match that needs
 * more JIT stack than PCRE2's own is run again with a stack of ours. */
/* The match limit of a call over the bytes of a field left to scan.
 * PCRE2's limit holds for each position it starts at, so the positions
 * share MATCH_WORK: every byte, or for a pattern that can only start a
 * line (.*x) each line, which lets it go through a long line: .*.*чат
 * over a line of 2 KB takes 2 million steps from its one start, far over
 * MATCH_LIMIT, and was refused as too complex in a few ms. */
static uint32_t field_limit(const struct search_query *q, const char *s,
			    size_t bytes)
{
	size_t starts = bytes + 1, cap = MATCH_LIMIT;

	if (q->startline) {
		starts = 1;
		for (const char *p = s, *end = s + bytes;
		     (p = memchr(p, '\n', (size_t)(end - p))); p++)
			starts++;
		cap = MATCH_WORK;
	}
	size_t limit = MATCH_WORK / starts;
	if (limit > cap)
		return (uint32_t)cap;
	return limit < MATCH_LIMIT_MIN ? MATCH_LIMIT_MIN : (uint32_t)limit;
}

static int matcher_match(struct matcher *m, const struct search_query *q,
			 bool chunk, const char *subject, size_t len,
			 size_t start, uint32_t opts)
{
	if (!chunk)
		pcre2_set_match_limit(m->field_ctx,
				      field_limit(q, subject + start,
						  len - start));
	for (;;) {
		if (budget_spent(m->budget))
			return PCRE2_ERROR_MATCHLIMIT;
		int rc = pcre2_match(q->re, (PCRE2_SPTR)subject, len, start,
				     opts, m->md,
				     chunk ? m->chunk_ctx : m->field_ctx);
		size_t end = rc > 0 ? pcre2_get_ovector_pointer(m->md)[1] : len;

		m->budget->bytes += end > start ? end - start : 1;

		if (rc != PCRE2_ERROR_JIT_STACKLIMIT || m->jit_stack)
			return rc;
		m->jit_stack = pcre2_jit_stack_create(JIT_STACK_MIN,
						      JIT_STACK_MAX, NULL);
		if (!m->jit_stack)
			return rc;
		pcre2_jit_stack_assign(m->field_ctx, NULL, m->jit_stack);
		pcre2_jit_stack_assign(m->chunk_ctx, NULL, m->jit_stack);
	}
}

static void matcher_free(struct matcher *m)
{
	pcre2_match_data_free(m->md);
	pcre2_match_context_free(m->field_ctx);
	pcre2_match_context_free(m->chunk_ctx);
	pcre2_jit_stack_free(m->jit_stack);
	memset(m, 0, sizeof *m);
}

static int matcher_start(struct matcher *m, const struct search_query *q,
			 struct search_budget *b)
{
	memset(m, 0, sizeof *m);
	m->budget = b;
	m->field_ctx = pcre2_match_context_create(NULL);
	if (!m->field_ctx)
		return HN_NOMEM;
	pcre2_set_match_limit(m->field_ctx, MATCH_LIMIT);
	pcre2_set_depth_limit(m->field_ctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(m->field_ctx, HEAP_LIMIT_KIB);
	m->chunk_ctx = pcre2_match_context_copy(m->field_ctx);
	m->md = pcre2_match_data_create_from_pattern(q->re, NULL);
	if (!m->chunk_ctx || !m->md) {
		matcher_free(m);
		return HN_NOMEM;
	}
	pcre2_set_match_limit(m->chunk_ctx, CHUNK_MATCH_LIMIT);
	return HN_OK;
}

/* The caseless pattern with its letters expanded (see search_expand_case),
 * or NULL; errors are then reported from the plain pattern. */
static pcre2_code *compile_fast(const char *pattern, size_t len,
				uint32_t options)
{
	size_t n;
	char *expanded;
	pcre2_code *re;
	PCRE2_SIZE offset;
	int code;

	if (!(options & PCRE2_CASELESS))
		return NULL;
	expanded = search_expand_case(pattern, len, &n);
	if (!expanded)
		return NULL;
	re = pcre2_compile((PCRE2_SPTR)expanded, n, options, &code, &offset,
			   NULL);
	free(expanded);
	return re;
}

/* Compiles folded (len bytes: pattern of pattern_len, ё-folded, and
 * quoted when plain, so it may be longer) into q->re. HN_OK; HN_INVALID
 * with err set from PCRE2's code and offset, the column counted within
 * pattern; HN_NOMEM. */
static int compile_into(struct search_query *q, const char *pattern,
			size_t pattern_len, const char *folded, size_t len,
			struct search_error *err)
{
	uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C;
	PCRE2_SIZE offset = 0;
	int code = 0;

	q->local = search_pattern_is_local(folded, len);
	search_needle_prepare(&q->needle, folded, len, q->caseless);
	if (q->caseless)
		options |= PCRE2_CASELESS;
	/* a valid pattern is compiled with its repeated ".*" left out; a
	 * fault is reported from the pattern as typed */
	size_t n;
	char *shorter = search_collapse_any(folded, len, &n);
	if (shorter) {
		q->re = compile_fast(shorter, n, options);
		if (!q->re)
			q->re = pcre2_compile((PCRE2_SPTR)shorter, n, options,
					      &code, &offset, NULL);
		free(shorter);
		if (q->re)
			return HN_OK;
	}
	q->re = compile_fast(folded, len, options);
	if (!q->re)
		q->re = pcre2_compile((PCRE2_SPTR)folded, len, options, &code,
				      &offset, NULL);
	if (q->re)
		return HN_OK;
	if (code == PCRE2_ERROR_NOMEMORY)
		return HN_NOMEM;
	set_pcre_error(err, code,
		       utf8_char_count(pattern, offset < pattern_len
							? offset
							: pattern_len) +
			       1);
	return HN_INVALID;
}

/* The pattern, ё-folded, and quoted when it is to be plain text. */
static char *prepare(const char *pattern, size_t len, bool plain,
		     size_t *out_len)
{
	char *folded = plain ? search_quote(pattern, len, out_len)
			     : malloc(len + 1);

	if (!folded)
		return NULL;
	if (!plain) {
		memcpy(folded, pattern, len);
		folded[len] = '\0';
		*out_len = len;
	}
	text_fold_yo(folded, *out_len);
	return folded;
}

/* One attempt: the pattern as a regex, or as plain text; a fault is
 * reported where the pattern as typed has it. A space in it is a space:
 * read as any horizontal space ("\h"), a phrase loses its literal
 * prefilter and costs 3-7 times as much (docs/performance.md), for a
 * no-break space that no text of the built-in pack has. */
static int compile_as(struct search_query *q, const char *pattern, size_t len,
		      bool plain, struct search_error *err)
{
	size_t n;
	char *folded = prepare(pattern, len, plain, &n);
	int rc;

	if (!folded)
		return HN_NOMEM;
	q->plain = plain;
	rc = compile_into(q, pattern, len, folded, n, err);
	free(folded);
	return rc;
}

/* Compiles the normalized pattern (search_normalize) into q, forgiving a
 * bad regex when flags ask; a fault's column is mapped back to the
 * pattern as typed. */
static int compile_normalized(struct search_query *q, const char *pattern,
			      size_t len, unsigned flags,
			      struct search_error *err)
{
	size_t n;
	char *norm = search_normalize(pattern, len, &n);
	int rc;

	if (!norm)
		return HN_NOMEM;
	rc = compile_as(q, norm, n, flags & SEARCH_FIXED, err);
	if (rc == HN_INVALID && (flags & SEARCH_FORGIVE)) {
		/* err keeps the regex's fault: the note names it */
		struct search_error plain_err;

		rc = compile_as(q, norm, n, true, &plain_err);
	}
	free(norm);
	err->column = search_normalized_column(pattern, len, err->column);
	return rc;
}

int search_compile_opts(const char *pattern, size_t len, unsigned flags,
			struct search_query **out, struct search_error *err)
{
	struct search_query *q;
	size_t bad = utf8_first_invalid(pattern, len);
	int rc;

	*out = NULL;
	set_error(err, "", 0);
	if (bad < len) {
		set_error(err, _("некорректный UTF-8 в шаблоне"),
			  utf8_char_count(pattern, bad) + 1);
		return HN_INVALID;
	}
	q = calloc(1, sizeof *q);
	if (!q)
		return HN_NOMEM;
	q->caseless = !(flags & SEARCH_CASE_SENSITIVE);
	rc = compile_normalized(q, pattern, len, flags, err);
	if (rc != HN_OK) {
		free(q);
		return rc;
	}
	/* without JIT, PCRE2's interpreter runs: slower, same results */
	(void)pcre2_jit_compile(q->re, PCRE2_JIT_COMPLETE);
	uint32_t first = 0;
	q->startline = pcre2_pattern_info(q->re, PCRE2_INFO_FIRSTCODETYPE,
					  &first) == 0 &&
		       first == 2;
	*out = q;
	return HN_OK;
}

int search_compile(const char *pattern, size_t len, struct search_query **out,
		   struct search_error *err)
{
	return search_compile_opts(pattern, len, 0, out, err);
}

void search_free(struct search_query *q)
{
	if (!q)
		return;
	pcre2_code_free(q->re);
	free(q);
}

bool search_is_caseless(const struct search_query *q)
{
	return q->caseless;
}

bool search_is_plain(const struct search_query *q)
{
	return q->plain;
}

/* Growable hit array. */
struct hit_list {
	struct search_hit *hits;
	size_t count, cap;
};

static int hit_push(struct hit_list *l, const struct search_hit *h)
{
	struct search_hit *slot =
		grow_room(&l->hits, l->count, &l->cap, sizeof *slot, 64);

	if (!slot)
		return HN_NOMEM;
	*slot = *h;
	l->count++;
	return HN_OK;
}

static int match_error(int rc, struct search_error *err)
{
	switch (rc) {
	case PCRE2_ERROR_MATCHLIMIT:
	case PCRE2_ERROR_DEPTHLIMIT:
	case PCRE2_ERROR_HEAPLIMIT:
	case PCRE2_ERROR_JIT_STACKLIMIT:
		set_error(err, _(too_complex), 0);
		return HN_LIMIT;
	case PCRE2_ERROR_NOMEMORY:
		return HN_NOMEM;
	default:
		set_pcre_error(err, rc, 0);
		return HN_INVALID;
	}
}

struct run {
	const struct search_query *q;
	struct matcher m;
	size_t max; /* 0 = no cap */
	struct hit_list list;
	bool full;  /* list holds max hits */
	bool valid; /* the text is known to be valid UTF-8 */
	struct search_error *err;
};

static bool is_utf_error(int rc)
{
	return rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21;
}

static void add_spans(struct search_hit *h, const char *subject,
		      size_t *byte_pos, size_t *char_pos)
{
	if (h->byte_start < *byte_pos) {
		*byte_pos = 0;
		*char_pos = 0;
	}
	*char_pos += utf8_count_valid(subject + *byte_pos,
				      h->byte_start - *byte_pos);
	h->char_start = *char_pos;
	*char_pos += utf8_count_valid(subject + h->byte_start,
				      h->byte_end - h->byte_start);
	h->char_end = *char_pos;
	*byte_pos = h->byte_end;
}

/* Every match in subject (the folded text), appended to r->list. Only the
 * first pcre2_match call checks UTF-8: later ones would re-check the rest
 * of the subject every time, which is quadratic. */
static int find_all(struct run *r, const char *subject, size_t len, size_t row)
{
	size_t start = 0, char_pos = 0, byte_pos = 0;
	uint32_t opts = r->valid ? PCRE2_NO_UTF_CHECK : 0;

	while (start <= len) {
		PCRE2_SIZE *ov;
		struct search_hit h;
		int rc = matcher_match(&r->m, r->q, false, subject, len, start,
				       opts);

		if (rc == PCRE2_ERROR_NOMATCH)
			return HN_OK;
		if (is_utf_error(rc)) {
			set_error(r->err, _("некорректный UTF-8 в тексте"), 0);
			return HN_INVALID;
		}
		if (rc < 0)
			return match_error(rc, r->err);
		opts = PCRE2_NO_UTF_CHECK;
		ov = pcre2_get_ovector_pointer(r->m.md);
		h.row = row;
		h.byte_start = ov[0] < ov[1] ? ov[0] : ov[1];
		h.byte_end = ov[1];
		add_spans(&h, subject, &byte_pos, &char_pos);
		if (hit_push(&r->list, &h) != HN_OK)
			return HN_NOMEM;
		if (r->max && r->list.count >= r->max) {
			r->full = true;
			return HN_OK;
		}
		if (h.byte_end > h.byte_start && h.byte_end > start) {
			start = h.byte_end;
		} else {
			/* empty: step over one whole character */
			if (h.byte_end > start)
				start = h.byte_end;
			if (start >= len)
				return HN_OK;
			start += utf8_char_len_valid(subject + start,
						     len - start);
		}
	}
	return HN_OK;
}

/* Searches row i on its own; a row without the pattern's needle is
 * skipped: no match can lie in it (PCRE2 skips such a subject itself when
 * it knows a required byte, but only below 5000 bytes, and PCRE2's JIT
 * knows none for a caseless Cyrillic letter). */
static int search_row(struct run *r, const struct corpus *k, size_t i)
{
	const char *subject = corpus_subject(k, i);
	size_t len = corpus_length(k, i);
	const struct search_needle *needle = &r->q->needle;

	if (needle->lit.len && !search_needle_find(needle, subject, len))
		return HN_OK;
	return find_all(r, subject, len, i);
}

/* The end of the run of rows from i (before last) whose searched texts,
 * back to back, fit in limit bytes (at least one row); *bytes is the
 * run's length without the last NUL. */
static size_t chunk_end(const struct corpus *k, size_t i, size_t last,
			size_t limit, size_t *bytes)
{
	const char *base = corpus_subject(k, i);
	size_t j = limit == SIZE_MAX ? last : i + 1;

	while (j < last &&
	       (size_t)(corpus_subject(k, j + 1) - base) <= limit + 1)
		j++;
	*bytes = (size_t)(corpus_subject(k, j) - base) - 1;
	return j;
}

/* The last row in [lo, hi) that starts at or before base + at. */
static size_t row_at(const struct corpus *k, size_t lo, size_t hi,
		     const char *base, size_t at)
{
	/* gallop first: the row is usually a few after lo, and a binary
	 * search over a whole pack's table misses the cache at every step */
	for (size_t step = 1; hi - lo > step; step *= 2) {
		if ((size_t)(corpus_subject(k, lo + step) - base) > at) {
			hi = lo + step;
			break;
		}
		lo += step;
	}
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if ((size_t)(corpus_subject(k, mid) - base) <= at)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Rows [i, end), back to back from base: one pcre2_match call finds the
 * next row with a match (for a local pattern, every row that has one on
 * its own has one here too), and that row is searched on its own, so
 * hits and spans are exactly the per-row ones. A limit hit over the run
 * (CHUNK_MATCH_LIMIT) falls back to the rows one by one, which report
 * "too complex" exactly when they did. */
static int search_chunk(struct run *r, const struct corpus *k, size_t i,
			size_t end, size_t bytes)
{
	const char *base = corpus_subject(k, i);
	int rc = HN_OK;

	while (i < end && !r->full && rc == HN_OK) {
		size_t from = (size_t)(corpus_subject(k, i) - base);
		int m = matcher_match(&r->m, r->q, true, base, bytes, from,
				      PCRE2_NO_UTF_CHECK);

		if (m == PCRE2_ERROR_NOMATCH)
			break;
		if (m < 0) {
			for (; i < end && !r->full && rc == HN_OK; i++)
				rc = search_row(r, k, i);
			return rc;
		}
		i = row_at(k, i, end, base,
			   pcre2_get_ovector_pointer(r->m.md)[0]);
		rc = search_row(r, k, i++);
	}
	return rc;
}

/* Rows [i, end), back to back from base: only those where the needle
 * starts are searched (a needle across a NUL costs one row's search). */
static int needle_chunk(struct run *r, const struct corpus *k, size_t i,
			size_t end, size_t bytes)
{
	const char *base = corpus_subject(k, i);
	int rc = HN_OK;

	while (i < end && !r->full && rc == HN_OK) {
		const char *from = corpus_subject(k, i);
		const char *p = search_needle_find(
			&r->q->needle, from, bytes - (size_t)(from - base));

		if (!p)
			break;
		i = row_at(k, i, end, base, (size_t)(p - base));
		rc = search_row(r, k, i++);
	}
	return rc;
}

int search_run_within(const struct search_query *q, const struct corpus *k,
		      size_t max_hits, struct search_budget *b,
		      struct search_result *out, struct search_error *err)
{
	/* a corpus's texts are valid UTF-8 (content.h): checking them on
	 * every query was half the time of a search over a large pack */
	struct run r = {.q = q, .max = max_hits, .err = err, .valid = true};
	size_t i = 0, last = corpus_count(k);
	bool needle = q->needle.lit.len > 0;
	int rc;

	memset(out, 0, sizeof *out);
	set_error(err, "", 0);
	rc = matcher_start(&r.m, q, b);
	while (i < last && !r.full && rc == HN_OK) {
		size_t bytes = 0, end = i + 1;

		if (needle || q->local)
			end = chunk_end(k, i, last,
					needle ? SIZE_MAX : CHUNK_BYTES,
					&bytes);
		if (end - i > 1 && needle)
			rc = needle_chunk(&r, k, i, end, bytes);
		else if (end - i > 1)
			rc = search_chunk(&r, k, i, end, bytes);
		else
			rc = search_row(&r, k, i);
		i = end;
	}
	matcher_free(&r.m);
	if (rc != HN_OK) {
		free(r.list.hits);
		return rc;
	}
	out->hits = r.list.hits;
	out->count = r.list.count;
	out->truncated = r.full;
	return HN_OK;
}

int search_run(const struct search_query *q, const struct corpus *k,
	       size_t max_hits, struct search_result *out,
	       struct search_error *err)
{
	struct search_budget b;

	search_budget_start(&b, k);
	return search_run_within(q, k, max_hits, &b, out, err);
}

int search_in_text_within(const struct search_query *q, const char *text,
			  size_t len, struct search_budget *b,
			  struct search_hit **hits, size_t *count,
			  struct search_error *err)
{
	struct run r = {.q = q, .err = err};
	char *subject = calloc(1, len + JIT_SLACK);
	int rc;

	*hits = NULL;
	*count = 0;
	set_error(err, "", 0);
	if (!subject)
		return HN_NOMEM;
	memcpy(subject, text, len);
	text_fold_yo(subject, len);
	rc = matcher_start(&r.m, q, b);
	if (rc == HN_OK)
		rc = find_all(&r, subject, len, 0);
	matcher_free(&r.m);
	free(subject);
	if (rc != HN_OK) {
		free(r.list.hits);
		return rc;
	}
	*hits = r.list.hits;
	*count = r.list.count;
	return HN_OK;
}

int search_in_text(const struct search_query *q, const char *text, size_t len,
		   struct search_hit **hits, size_t *count,
		   struct search_error *err)
{
	struct search_budget b;

	search_budget_start(&b, NULL);
	return search_in_text_within(q, text, len, &b, hits, count, err);
}

void search_result_free(struct search_result *r)
{
	if (!r)
		return;
	free(r->hits);
	r->hits = NULL;
	r->count = 0;
	r->truncated = false;
}
