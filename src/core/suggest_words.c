/* SPDX-License-Identifier: MIT */
/* suggest_words.c - the pack's vocabulary and the near spelling of a query
 * from it (see suggest_words.h). Words are kept as lowercase code points;
 * a hash table finds a word, and an index by length with a letter mask per
 * word bounds what a lookup compares. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_internal.h"
#include "grow.h"
#include "regex_token.h"
#include "status.h"
#include "suggest_words.h"
#include "text.h"

struct word {
	size_t key;    /* its letters: cps[key, key + len) */
	size_t shown;  /* its lowercase form, ё kept: text + shown, NUL'd */
	size_t count;  /* occurrences in the pack */
	size_t len;    /* letters */
	uint64_t mask; /* bit cp % 64 set for each letter cp */
};

struct suggest_words {
	struct word *words;
	size_t count, cap;
	uint32_t *cps;        /* the words' letters back to back */
	size_t ncps, cap_cps; /* cap_cps in bytes (grow_bytes) */
	char *text;           /* the shown forms, each NUL-terminated */
	size_t ntext, cap_text;
	size_t *slots; /* hash table: word index + 1, 0 for an empty slot */
	size_t nslots; /* a power of two */
	/* word indices by length: by_len[len_start[n], len_start[n + 1])
	 * are the words of n letters */
	size_t *by_len;
	size_t len_start[SUGGEST_MAX_LETTERS + 2];
	/* the words' letters as UTF-8, each word followed by '\n', for
	 * suggest_words_absent; unsure: the pack has a run of letters too
	 * long to be a word here, or a character that a caseless search
	 * pairs with a letter and that lower_letter does not */
	char *joined; /* NUL-terminated */
	size_t njoined;
	bool unsure;
};

enum { FIRST_SLOTS = 1024, FIRST_WORDS = 256, FIRST_LETTERS = 1024 };

/* The lowercase of a letter, or 0 for a character that is no letter of a
 * word: ASCII and Cyrillic letters count. ё is already е in a corpus's
 * searched text and in a folded query (text_fold_yo). */
static uint32_t lower_letter(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if ((c >= 'a' && c <= 'z') || (c >= 0x430 && c <= 0x45F))
		return c;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4FF))
		return c | 1u;
	return 0;
}

static size_t hash_letters(const uint32_t *s, size_t n)
{
	uint64_t h = 1469598103934665603u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211u;
	return (size_t)(h ^ (h >> 29));
}

static uint64_t letter_mask(const uint32_t *s, size_t n)
{
	uint64_t m = 0;

	for (size_t i = 0; i < n; i++)
		m |= 1ull << (s[i] % 64);
	return m;
}

/* The slot of the word s[0, n): where it is, or the empty slot it would
 * take. */
static size_t *find_slot(const struct suggest_words *w, const uint32_t *s,
			 size_t n)
{
	size_t mask = w->nslots - 1, i = hash_letters(s, n) & mask;

	for (;; i = (i + 1) & mask) {
		size_t *slot = &w->slots[i];
		/* a slot holds 0 or the index + 1 of a word */
		const struct word *e = *slot && *slot <= w->count
					       ? &w->words[*slot - 1]
					       : NULL;

		if (!e ||
		    (e->len == n && !memcmp(w->cps + e->key, s, n * sizeof *s)))
			return slot;
	}
}

static int grow_slots(struct suggest_words *w)
{
	size_t n = w->nslots ? w->nslots * 2 : FIRST_SLOTS;
	size_t *old = w->slots;

	w->slots = calloc(n, sizeof *w->slots);
	if (!w->slots) {
		w->slots = old;
		return HN_NOMEM;
	}
	w->nslots = n;
	for (size_t i = 0; i < w->count; i++) {
		const struct word *e = &w->words[i];

		*find_slot(w, w->cps + e->key, e->len) = i + 1;
	}
	free(old);
	return HN_OK;
}

/* Appends the lowercase of the original word shown[0, bytes) to w->text. */
static int add_shown(struct suggest_words *w, const char *shown, size_t bytes)
{
	char *t = grow_bytes(w->text, &w->cap_text, w->ntext + 4 * bytes + 1,
			     4096);

	if (!t)
		return HN_NOMEM;
	w->text = t;
	for (size_t i = 0; i < bytes;) {
		uint32_t cp, lo;

		i += utf8_decode(shown + i, bytes - i, &cp);
		lo = lower_letter(cp);
		w->ntext += utf8_encode(lo ? lo : cp, w->text + w->ntext);
	}
	w->text[w->ntext++] = '\0';
	return HN_OK;
}

/* Counts the word s[0, n) (lowercase letters), shown as shown[0, bytes)
 * in the original text. */
static int add_word(struct suggest_words *w, const uint32_t *s, size_t n,
		    const char *shown, size_t bytes)
{
	if (2 * (w->count + 1) > w->nslots && grow_slots(w) != HN_OK)
		return HN_NOMEM;
	size_t *slot = find_slot(w, s, n);
	if (*slot && *slot <= w->count) {
		w->words[*slot - 1].count++;
		return HN_OK;
	}
	uint32_t *cps = grow_bytes(w->cps, &w->cap_cps,
				   (w->ncps + n) * sizeof *cps,
				   FIRST_LETTERS * sizeof *cps);
	if (!cps)
		return HN_NOMEM;
	w->cps = cps;
	struct word *e =
		grow_room(&w->words, w->count, &w->cap, sizeof *e, FIRST_WORDS);
	if (!e)
		return HN_NOMEM;
	*e = (struct word){w->ncps, w->ntext, 1, n, letter_mask(s, n)};
	if (add_shown(w, shown, bytes) != HN_OK)
		return HN_NOMEM;
	memcpy(w->cps + w->ncps, s, n * sizeof *s);
	w->ncps += n;
	*slot = ++w->count;
	return HN_OK;
}

/* Whether a caseless search pairs c with a letter of lower_letter's (the
 * Kelvin sign with k, ſ with s, the old Cyrillic letter variants). */
static bool odd_case(uint32_t c)
{
	return c == 0x212A || c == 0x17F || (c >= 0x1C80 && c <= 0x1C88);
}

/* The words of row i: runs of letters in the searched (ё-folded) text,
 * shown as the original text has them at the same bytes. */
static int add_row(struct suggest_words *w, const struct corpus *k, size_t i)
{
	const char *s = corpus_subject(k, i);
	const char *orig = corpus_field(k, i).text;
	size_t len = corpus_length(k, i), start = 0, n = 0;
	uint32_t letters[SUGGEST_MAX_LETTERS];
	int rc = HN_OK;

	for (size_t p = 0; p <= len && rc == HN_OK;) {
		uint32_t cp = 0, lo;
		size_t step = p < len ? utf8_decode(s + p, len - p, &cp) : 1;

		lo = lower_letter(cp);
		w->unsure = w->unsure || odd_case(cp);
		if (lo) {
			if (n == 0)
				start = p;
			if (n < SUGGEST_MAX_LETTERS)
				letters[n] = lo;
			n++;
		} else if (n) {
			if (n <= SUGGEST_MAX_LETTERS)
				rc = add_word(w, letters, n, orig + start,
					      p - start);
			else
				w->unsure = true;
			n = 0;
		}
		p += step;
	}
	return rc;
}

/* The index by length, shortest first. */
static int index_by_length(struct suggest_words *w)
{
	size_t at[SUGGEST_MAX_LETTERS + 2] = {0};

	w->by_len = malloc((w->count ? w->count : 1) * sizeof *w->by_len);
	if (!w->by_len)
		return HN_NOMEM;
	memset(w->len_start, 0, sizeof w->len_start);
	for (size_t i = 0; i < w->count; i++)
		w->len_start[w->words[i].len + 1]++;
	for (size_t n = 1; n < SUGGEST_MAX_LETTERS + 2; n++)
		w->len_start[n] += w->len_start[n - 1];
	memcpy(at, w->len_start, sizeof at);
	for (size_t i = 0; i < w->count; i++)
		w->by_len[at[w->words[i].len]++] = i;
	return HN_OK;
}

/* w->joined from the words. */
static int join_words(struct suggest_words *w)
{
	/* a letter is at most 2 bytes of UTF-8 (lower_letter's range) */
	w->joined = malloc(2 * w->ncps + w->count + 1);
	if (!w->joined)
		return HN_NOMEM;
	for (size_t i = 0; i < w->count; i++) {
		const struct word *e = &w->words[i];

		for (size_t j = 0; j < e->len; j++)
			w->njoined += utf8_encode(w->cps[e->key + j],
						  w->joined + w->njoined);
		w->joined[w->njoined++] = '\n';
	}
	w->joined[w->njoined] = '\0';
	return HN_OK;
}

/* An empty vocabulary with room for its first words. */
static int start_words(struct suggest_words *w)
{
	w->words = grow_array(NULL, &w->cap, sizeof *w->words, FIRST_WORDS);
	w->cps = grow_bytes(NULL, &w->cap_cps, FIRST_LETTERS * sizeof *w->cps,
			    FIRST_LETTERS * sizeof *w->cps);
	if (!w->words || !w->cps)
		return HN_NOMEM;
	return grow_slots(w);
}

int suggest_words_build(const struct corpus *k, struct suggest_words **out)
{
	struct suggest_words *w = calloc(1, sizeof *w);
	int rc = w ? start_words(w) : HN_NOMEM;

	for (size_t i = 0; rc == HN_OK && i < corpus_count(k); i++)
		rc = add_row(w, k, i);
	if (rc == HN_OK)
		rc = index_by_length(w);
	if (rc == HN_OK)
		rc = join_words(w);
	if (rc != HN_OK) {
		suggest_words_free(w);
		return rc;
	}
	*out = w;
	return HN_OK;
}

void suggest_words_free(struct suggest_words *w)
{
	if (!w)
		return;
	free(w->words);
	free(w->cps);
	free(w->text);
	free(w->slots);
	free(w->by_len);
	free(w->joined);
	free(w);
}

size_t suggest_words_count(const struct suggest_words *w)
{
	return w->count;
}

/* The capital of a lowercase letter (lower_letter's range), or c. */
static uint32_t upper_letter(uint32_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 0x430 && c <= 0x44F))
		return c - 32;
	if (c >= 0x450 && c <= 0x45F)
		return c - 80;
	if ((c >= 0x461 && c <= 0x481) || (c >= 0x48B && c <= 0x4FF))
		return c & ~1u;
	return c;
}

/* The optimal string alignment distance of a[0, n) and b[0, m) (n, m up
 * to SUGGEST_MAX_LETTERS), or max + 1 as soon as it must be more than
 * max: no later row can be smaller than a row's smallest cell. */
static size_t distance(const uint32_t *a, size_t n, const uint32_t *b, size_t m,
		       size_t max)
{
	size_t rows[3][SUGGEST_MAX_LETTERS + 1];
	size_t *before = rows[0], *prev = rows[1], *cur = rows[2], *spare;

	for (size_t j = 0; j <= m; j++)
		prev[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t least = cur[0] = i;

		for (size_t j = 1; j <= m; j++) {
			size_t d = prev[j - 1] + (a[i - 1] != b[j - 1]);

			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && before[j - 2] + 1 < d)
				d = before[j - 2] + 1;
			cur[j] = d;
			least = d < least ? d : least;
		}
		if (least > max)
			return max + 1;
		spare = before;
		before = prev;
		prev = cur;
		cur = spare;
	}
	return prev[m] > max ? max + 1 : prev[m];
}

struct nearest {
	size_t word;
	size_t dist; /* 0: none found yet */
	bool tie;    /* another word at the same distance */
};

static void consider(const struct suggest_words *w, struct nearest *best,
		     size_t word, size_t d)
{
	if (best->dist && d > best->dist)
		return;
	if (best->dist == d) {
		best->tie = true;
		if (w->words[word].count <= w->words[best->word].count)
			return;
	} else {
		best->tie = false;
	}
	best->word = word;
	best->dist = d;
}

static size_t length_gap(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* The nearest word of w to the letters q[0, n): only the words of a
 * length within reach, and of those only the ones whose letters differ
 * from q's in no more letters than the distance allows. */
static void find_nearest(const struct suggest_words *w, const uint32_t *q,
			 size_t n, struct nearest *best)
{
	uint64_t qm = letter_mask(q, n);
	size_t lo = n > SUGGEST_MAX_DISTANCE ? n - SUGGEST_MAX_DISTANCE : 1;
	size_t hi = n + SUGGEST_MAX_DISTANCE;

	*best = (struct nearest){0, 0, false};
	for (size_t len = lo; len <= hi && len <= SUGGEST_MAX_LETTERS; len++) {
		size_t max = n <= SUGGEST_SHORT_LETTERS ||
					     len <= SUGGEST_SHORT_LETTERS
				     ? 1
				     : SUGGEST_MAX_DISTANCE;

		if (length_gap(len, n) > max)
			continue;
		for (size_t x = w->len_start[len]; x < w->len_start[len + 1];
		     x++) {
			const struct word *e = &w->words[w->by_len[x]];
			size_t d;

			/* each letter only one side has costs an edit */
			if ((size_t)__builtin_popcountll(qm & ~e->mask) > max ||
			    (size_t)__builtin_popcountll(e->mask & ~qm) > max)
				continue;
			d = distance(q, n, w->cps + e->key, len, max);
			if (d <= max)
				consider(w, best, w->by_len[x], d);
		}
	}
}

struct respelling {
	char *s; /* malloc'd, NUL-terminated when done */
	size_t len, cap;
	bool changed, sure;
};

static int put(struct respelling *r, const char *s, size_t n)
{
	char *t = grow_bytes(r->s, &r->cap, r->len + n + 1, 64);

	if (!t)
		return HN_NOMEM;
	r->s = t;
	memcpy(r->s + r->len, s, n);
	r->len += n;
	r->s[r->len] = '\0';
	return HN_OK;
}

/* A word's shown form, with a capital first letter when typed with one. */
static int put_shown(struct respelling *r, const char *shown, bool capital)
{
	uint32_t cp;
	size_t len = strlen(shown), n = utf8_decode(shown, len, &cp);
	char first[4];

	if (!capital)
		return put(r, shown, len);
	if (put(r, first, utf8_encode(upper_letter(cp), first)) != HN_OK)
		return HN_NOMEM;
	return put(r, shown + n, len - n);
}

/* Appends the typed word typed[0, bytes) (its letters q[0, n)) or its
 * near spelling. HN_INVALID when it has none. */
static int respell_word(const struct suggest_words *w, const uint32_t *q,
			size_t n, const char *typed, size_t bytes,
			struct respelling *r)
{
	struct nearest best;
	uint32_t cp;

	if (n < SUGGEST_MIN_LETTERS || n > SUGGEST_MAX_LETTERS ||
	    *find_slot(w, q, n))
		return put(r, typed, bytes);
	find_nearest(w, q, n, &best);
	if (!best.dist)
		return HN_INVALID;
	r->changed = true;
	r->sure = r->sure && !best.tie;
	utf8_decode(typed, bytes, &cp);
	return put_shown(r, w->text + w->words[best.word].shown,
			 lower_letter(cp) != cp);
}

/* Words, digits, spaces and hyphens: what a person types, not a regex. */
static bool plain_words(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;

		i += utf8_decode(s + i, len - i, &cp);
		if (!lower_letter(cp) && cp != ' ' && cp != '-' &&
		    !(cp >= '0' && cp <= '9'))
			return false;
	}
	return true;
}

/* The letters of the word at folded + *p, moved past; *n is how many
 * (those past SUGGEST_MAX_LETTERS are counted, not kept). */
static void read_word(const char *folded, size_t len, size_t *p, uint32_t *q,
		      size_t *n)
{
	*n = 0;
	while (*p < len) {
		uint32_t cp;
		size_t step = utf8_decode(folded + *p, len - *p, &cp);

		if (!lower_letter(cp))
			return;
		if (*n < SUGGEST_MAX_LETTERS)
			q[*n] = lower_letter(cp);
		++*n;
		*p += step;
	}
}

size_t suggest_words_occurrences(const struct suggest_words *w,
				 const char *word, size_t len)
{
	char *folded = malloc(len + 1);
	uint32_t q[SUGGEST_MAX_LETTERS];
	size_t p = 0, n = 0, count = 0;

	if (!folded)
		return 0;
	memcpy(folded, word, len);
	text_fold_yo(folded, len);
	read_word(folded, len, &p, q, &n);
	if (p == len && n > 0 && n <= SUGGEST_MAX_LETTERS) {
		const size_t *slot = find_slot(w, q, n);

		count = *slot && *slot <= w->count ? w->words[*slot - 1].count
						   : 0;
	}
	free(folded);
	return count;
}

/* Whether every character of the pattern stands for itself. */
static bool literal(const char *pattern, size_t len)
{
	struct regex_tokens t;
	struct regex_token tok;

	regex_tokens_start(&t, pattern, len);
	while (regex_token_next(&t, &tok))
		if (tok.kind != REGEX_TOK_CHAR)
			return false;
	return true;
}

/* Whether the letters q[0, n) lie within no word of w. */
static bool in_no_word(const struct suggest_words *w, const uint32_t *q,
		       size_t n)
{
	char run[2 * SUGGEST_MAX_LETTERS + 1];
	size_t len = 0;

	if (n > SUGGEST_MAX_LETTERS)
		return true; /* longer than any run of the pack (not unsure) */
	for (size_t i = 0; i < n; i++)
		len += utf8_encode(q[i], run + len);
	run[len] = '\0';
	return !strstr(w->joined, run);
}

bool suggest_words_absent(const struct suggest_words *w, const char *pattern,
			  size_t len, unsigned flags)
{
	char *folded;
	bool absent = false;

	if (w->unsure || (!(flags & SEARCH_FIXED) && !literal(pattern, len)))
		return false;
	folded = malloc(len + 1);
	if (!folded)
		return false;
	memcpy(folded, pattern, len);
	text_fold_yo(folded, len);
	for (size_t p = 0; p < len && !absent;) {
		uint32_t cp, q[SUGGEST_MAX_LETTERS];
		size_t n;

		read_word(folded, len, &p, q, &n);
		if (n)
			absent = in_no_word(w, q, n);
		else
			p += utf8_decode(folded + p, len - p, &cp);
	}
	free(folded);
	return absent;
}

int suggest_words_near(const struct suggest_words *w, const char *query,
		       size_t len, char **out, bool *sure)
{
	struct respelling r = {NULL, 0, 0, false, true};
	char *folded = plain_words(query, len) ? malloc(len + 1) : NULL;
	int rc = HN_OK;

	*out = NULL;
	*sure = true;
	if (!folded)
		return plain_words(query, len) ? HN_NOMEM : HN_OK;
	memcpy(folded, query, len);
	text_fold_yo(folded, len);
	for (size_t p = 0, step; p < len && rc == HN_OK;) {
		uint32_t cp, q[SUGGEST_MAX_LETTERS];
		size_t start = p, n;

		step = utf8_decode(folded + p, len - p, &cp);
		if (!lower_letter(cp)) {
			rc = put(&r, query + p, step);
			p += step;
			continue;
		}
		read_word(folded, len, &p, q, &n);
		rc = respell_word(w, q, n, query + start, p - start, &r);
	}
	free(folded);
	if (rc == HN_OK && r.changed) {
		*out = r.s;
		*sure = r.sure;
		return HN_OK;
	}
	free(r.s);
	return rc == HN_NOMEM ? HN_NOMEM : HN_OK;
}

/* Whether the other layout's reading of pattern may have hits: its
 * search of the whole pack is skipped when the vocabulary rules it out. */
static bool layout_may_match(const struct suggest_words *w, const char *pattern,
			     unsigned flags)
{
	char *reading = search_layout_reading(pattern);
	bool may = reading &&
		   !suggest_words_absent(w, reading, strlen(reading), flags);

	free(reading);
	return may;
}

int search_suggest(const struct corpus *k, struct suggest_words **w,
		   const char *pattern, unsigned flags, size_t max_hits,
		   struct search_budget *b, struct search_suggestion *out)
{
	struct search_budget own;
	char *near = NULL;
	bool sure = true;
	int rc = HN_OK;

	*out = (struct search_suggestion){NULL, 0, false, false, false};
	if (!b) {
		search_budget_start(&own, k);
		b = &own;
	}
	if (!*w)
		rc = suggest_words_build(k, w);
	if (rc == HN_OK && layout_may_match(*w, pattern, flags))
		out->text = search_layout_suggest(k, pattern, flags, max_hits,
						  b, &out->hits);
	if (out->text) {
		out->layout = out->sure = true;
		out->at_least = max_hits && out->hits >= max_hits;
		return HN_OK;
	}
	if (rc == HN_OK)
		rc = suggest_words_near(*w, pattern, strlen(pattern), &near,
					&sure);
	/* one word the pack has: no search of the whole pack again */
	if (near && !(flags & SEARCH_CASE_SENSITIVE))
		out->hits = suggest_words_occurrences(*w, near, strlen(near));
	if (max_hits && out->hits > max_hits)
		out->hits = max_hits;
	out->at_least = out->hits > 0;
	if (near && !out->hits) {
		out->hits = search_count(k, near, flags, max_hits, b);
		out->at_least = max_hits && out->hits >= max_hits;
	}
	if (out->hits) {
		out->text = near;
		out->sure = sure;
	} else {
		free(near);
	}
	return rc;
}

void search_suggestion_free(struct search_suggestion *s)
{
	free(s->text);
	*s = (struct search_suggestion){NULL, 0, false, false, false};
}
