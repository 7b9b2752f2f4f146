/* SPDX-License-Identifier: MIT */
/* test_search_table.c - search over a corpus read from a pack cache
 * (cache_read_corpus) gives exactly what it gives over the corpus of the
 * parsed pack and of the full cache (cache_read), and what searching every
 * field's text
 * on its own gives (search_in_text, which neither runs over many fields
 * nor skips fields without the pattern's required literal): same hits,
 * order, spans, truncation and errors, on the built-in pack and on a pack
 * with empty, long and very long fields. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/core/cache_internal.h"
#include "cache.h"
#include "content.h"
#include "corpus.h"
#include "loader.h"
#include "search.h"
#include "status.h"

#include "check.h"

static const char *patterns[] = {
	"\\s+",
	"[^а]+",
	"$",
	"^",
	"(?s).+",
	"\\b",
	".",
	"а*",
	"",
	"е",
	"ёж",
	"\\S+\\s*",
	"а(?=\\W)",
	"а(?!б)",
	"(?<=\\s)\\w",
	"\\z",
	"(?m)^\\w",
	"[0-9]{4,}",
	"Ё",
	"(?s)в.*?а",
	"\\s*",
	"(?i)ЕЖ",
	"ааа|конец",
	"\\x{0}",
	"возврат",
	"заказ[а-яё]*\\s+№\\s*[0-9]{4,}",
	"№",
	"№\\s*\\d+",
	"^№",
	"№$",
	"\\b№",
	"щъщъ",
	"Заказ № 1",
	"1234",
	"(a+)+b",
	"a{3}b|a",
	"ё",
};

/* Hits of a search, or its status, as text: "st=0 n=3 t=0 f:s-e/c-d;..." */
static char *result_text(int rc, const struct search_result *r)
{
	size_t n = rc == HN_OK ? r->count : 0;
	char *out = malloc(64 + 96 * n), *p = out;

	p += sprintf(p, "st=%d n=%zu t=%d ", rc, n,
		     rc == HN_OK && r->truncated);
	for (size_t i = 0; i < n; i++) {
		const struct search_hit *h = &r->hits[i];
		p += sprintf(p, "%zu:%zu-%zu/%zu-%zu;", h->row, h->byte_start,
			     h->byte_end, h->char_start, h->char_end);
	}
	return out;
}

static char *run(const struct search_query *q, const struct corpus *c,
		 size_t max)
{
	struct search_result r = {0};
	struct search_error err;
	int rc = search_run(q, c, max, &r, &err);
	char *s = result_text(rc, &r);

	if (rc == HN_OK)
		search_result_free(&r);
	return s;
}

/* Every field searched on its own with search_in_text, capped at max. */
static char *one_by_one(const struct search_query *q, const struct content *c,
			size_t max)
{
	struct search_result all = {0};
	size_t cap = 0;
	int rc = HN_OK;

	for (size_t i = 0; i < c->field_count && !all.truncated; i++) {
		const struct text_field *f = &c->fields[i];
		struct search_hit *h;
		size_t n;
		struct search_error err;

		rc = search_in_text(q, f->text, f->length, &h, &n, &err);
		if (rc != HN_OK)
			break;
		for (size_t k = 0; k < n && !all.truncated; k++) {
			if (all.count == cap) {
				cap = cap ? 2 * cap : 64;
				all.hits = realloc(all.hits,
						   cap * sizeof *all.hits);
			}
			all.hits[all.count] = h[k];
			all.hits[all.count++].row = i;
			all.truncated = max && all.count == max;
		}
		free(h);
	}
	char *s = result_text(rc, &all);
	free(all.hits);
	return s;
}

/* The corpora of a pack: built from the parsed content, read from its
 * cache, and built from the content read from its cache. */
struct corpora {
	struct corpus *built, *table, *full;
};

/* The pattern's results through all four ways agree, for a few caps
 * (with want_truth false, the fields one by one are not compared). */
static void compare(const char *pattern, const struct content *parsed,
		    const struct corpora *ks, bool want_truth)
{
	struct search_query *q;
	struct search_error err;
	static const size_t caps[] = {0, 1, 3, 1000};

	if (!CHECK_MSG(search_compile(pattern, strlen(pattern), &q, &err) ==
			       HN_OK,
		       "compile %s", pattern))
		return;
	for (size_t k = 0; k < sizeof caps / sizeof *caps; k++) {
		char *a = run(q, ks->built, caps[k]);
		char *b = run(q, ks->table, caps[k]);
		char *c = run(q, ks->full, caps[k]);
		char *d = want_truth ? one_by_one(q, parsed, caps[k]) : NULL;

		CHECK_MSG(!strcmp(a, b), "%s cap %zu: parsed %.80s table %.80s",
			  pattern, caps[k], a, b);
		CHECK_MSG(!strcmp(a, c), "%s cap %zu: parsed %.80s full %.80s",
			  pattern, caps[k], a, c);
		CHECK_MSG(!d || !strcmp(a, d),
			  "%s cap %zu: parsed %.80s fields %.80s", pattern,
			  caps[k], a, d ? d : "");
		free(a);
		free(b);
		free(c);
		free(d);
	}
	search_free(q);
}

static char tmp_dir[] = "/tmp/helpnav-test-table-XXXXXX";

static void free_corpora(struct corpora *k)
{
	corpus_free(k->built);
	corpus_free(k->table);
	corpus_free(k->full);
}

/* The corpora of parsed, through a cache file written with key. */
static bool through_cache(const struct content *parsed, unsigned key,
			  struct corpora *k)
{
	char path[64];
	struct content *full = NULL;

	snprintf(path, sizeof path, "%s/t%u.cache", tmp_dir, key);
	*k = (struct corpora){0};
	bool ok = CHECK(corpus_build(parsed, &k->built) == HN_OK) &&
		  CHECK(cache_write(path, parsed, NULL, key) == HN_OK) &&
		  CHECK(cache_read_corpus(path, key, &k->table) == HN_OK) &&
		  CHECK(cache_read(path, key, &full) == HN_OK) &&
		  CHECK(corpus_build(full, &k->full) == HN_OK);
	content_free(full);
	unlink(path);
	return ok;
}

static void test_builtin(void)
{
	struct content *parsed = NULL;
	struct corpora k;
	struct diag_list d = {0};

	CHECK(loader_load_builtin(&parsed, &d) == HN_OK);
	diag_list_free(&d);
	if (parsed && through_cache(parsed, 5, &k))
		for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
			compare(patterns[i], parsed, &k, true);
	free_corpora(&k);
	content_free(parsed);
}

/* n copies of unit, then tail. */
static char *repeat(const char *unit, size_t n, const char *tail)
{
	size_t u = strlen(unit), t = strlen(tail);
	char *s = malloc(u * n + t + 1);

	for (size_t i = 0; i < n; i++)
		memcpy(s + i * u, unit, u);
	memcpy(s + u * n, tail, t + 1);
	return s;
}

enum { GEN_FIELDS = 40 };

/* Empty fields, fields of one character, fields of 5 KB and 300 KB (past
 * the 4 KiB window and PCRE2's 5000-byte pre-check), ё, № and numbers. */
static void generated(struct content *c, struct text_field *f, char **texts)
{
	const char *small[] = {"",
			       "а",
			       "Заказ № 12345678, возврат",
			       "ЁЖ ёж",
			       " ",
			       "№",
			       "заказ  №1234",
			       "ааа ббб ааа\n"};
	for (size_t i = 0; i < GEN_FIELDS; i++) {
		if (i % 9 == 4)
			texts[i] = repeat("ёлка возврат ", 400, "№ 98765");
		else if (i % 13 == 7)
			texts[i] = repeat("щ а ", 75000, "щъщъ");
		else if (i == 21)
			texts[i] = repeat("a", 9000, "");
		else
			texts[i] = strdup(small[i % 8]);
	}
	for (size_t i = 0; i < GEN_FIELDS; i++)
		f[i] = (struct text_field){.path = i % 2 ? "p/a" : "q",
					   .field = "body",
					   .text = texts[i],
					   .length = strlen(texts[i])};
	*c = (struct content){.fields = f, .field_count = GEN_FIELDS};
}

/* The one place where the fields one by one differ: a field without the
 * pattern's required literal (№) is not searched, so 9000 a's are not
 * "too complex" for (a+)+№ but simply not a match, in every layout. */
static void required_literal_skips(const struct content *parsed,
				   const struct corpora *k)
{
	const char *pattern = "(a+)+№";
	struct search_query *q;
	struct search_error err;

	if (!CHECK(search_compile(pattern, strlen(pattern), &q, &err) == HN_OK))
		return;
	char *want = one_by_one(q, parsed, 0);
	CHECK_MSG(!strcmp(want, "st=4 n=0 t=0 "), "one by one: %s", want);
	free(want);
	const struct corpus *all[] = {k->built, k->table, k->full};
	for (size_t i = 0; i < 3; i++) {
		char *got = run(q, all[i], 0);
		CHECK_MSG(!strcmp(got, "st=0 n=0 t=0 "), "layout %zu: %s", i,
			  got);
		free(got);
	}
	search_free(q);
}

static void test_generated(void)
{
	struct text_field f[GEN_FIELDS];
	char *texts[GEN_FIELDS];
	struct content parsed;
	struct corpora k;

	generated(&parsed, f, texts);
	if (through_cache(&parsed, 7, &k)) {
		for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
			compare(patterns[i], &parsed, &k, true);
		required_literal_skips(&parsed, &k);
		/* 9000 a's and no b: too complex, however laid out */
		struct search_query *q;
		struct search_error err;
		if (CHECK(search_compile("(a+)+b", 6, &q, &err) == HN_OK)) {
			char *r = run(q, k.table, 0);
			CHECK_MSG(!strcmp(r, "st=4 n=0 t=0 "), "%s", r);
			free(r);
			search_free(q);
		}
	}
	free_corpora(&k);
	for (size_t i = 0; i < GEN_FIELDS; i++)
		free(texts[i]);
}

static void flip_and_read(const char *path, size_t at, bool want_ok)
{
	FILE *f = fopen(path, "r+b");
	unsigned char b = 0;
	struct corpus *c = NULL;

	if (!CHECK(f && fseek(f, (long)at, SEEK_SET) == 0 &&
		   fread(&b, 1, 1, f) == 1))
		goto out;
	b ^= 0x10;
	fseek(f, (long)at, SEEK_SET);
	fwrite(&b, 1, 1, f);
	fflush(f);
	int rc = cache_read_corpus(path, 6, &c);
	CHECK_MSG((rc == HN_OK) == want_ok, "byte %zu: status %d", at, rc);
	corpus_free(c);
	b ^= 0x10;
	fseek(f, (long)at, SEEK_SET);
	fwrite(&b, 1, 1, f);
out:
	if (f)
		fclose(f);
}

/* A pack of 9 MB: its strings are checked on two threads, each half must
 * be whole. */
static void test_big(void)
{
	enum { BIG = 300 };
	static struct text_field f[BIG];
	char *text = repeat("заказ № 4321 возврат ", 1500, "");
	struct content parsed = {.fields = f, .field_count = BIG};
	char path[64];
	struct corpora k = {0};
	struct content *full = NULL;

	for (size_t i = 0; i < BIG; i++)
		f[i] = (struct text_field){.path = "big",
					   .field = "body",
					   .text = text,
					   .length = strlen(text)};
	snprintf(path, sizeof path, "%s/big.cache", tmp_dir);
	CHECK(corpus_build(&parsed, &k.built) == HN_OK);
	CHECK(k.built && cache_write(path, &parsed, NULL, 6) == HN_OK);
	CHECK(cache_read_corpus(path, 6, &k.table) == HN_OK);
	CHECK(cache_read(path, 6, &full) == HN_OK);
	CHECK(full && corpus_build(full, &k.full) == HN_OK);
	if (k.built && k.table && k.full)
		compare("заказ\\s+№\\s*\\d+", &parsed, &k, false);
	free_corpora(&k);
	content_free(full);
	struct cache_header h;
	FILE *hf = fopen(path, "rb");
	if (CHECK(hf && fread(&h, sizeof h, 1, hf) == 1) &&
	    CHECK(h.strings_len > ((size_t)8 << 20))) {
		flip_and_read(path, h.strings_off + h.strings_len / 4, false);
		flip_and_read(path, h.strings_off + h.strings_len * 3 / 4,
			      false);
		flip_and_read(path, h.stream_off, true);
	}
	if (hf)
		fclose(hf);
	unlink(path);
	free(text);
}

static int setup(void)
{
	return CHECK(mkdtemp(tmp_dir) != NULL) ? 0 : 1;
}

static void teardown(void)
{
	rmdir(tmp_dir);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_builtin),
	CHECK_CASE(test_generated),
	CHECK_CASE(test_big),
};

CHECK_SUITE(all_cases, setup, teardown);
