/* test_search_table.c - search over a pack cache's field table
 * (cache_read_fields) gives exactly what it gives over the parsed pack and
 * over the full cache (cache_read), and what searching every field's text
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
#include "loader.h"
#include "search.h"
#include "status.h"

#include "check.h"
#include "test_util.h"

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
		p += sprintf(p, "%zu:%zu-%zu/%zu-%zu;", h->field, h->byte_start,
			     h->byte_end, h->char_start, h->char_end);
	}
	return out;
}

static char *run(const struct search_query *q, const struct content *c,
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
			all.hits[all.count++].field = i;
			all.truncated = max && all.count == max;
		}
		free(h);
	}
	char *s = result_text(rc, &all);
	free(all.hits);
	return s;
}

/* The pattern's results through all four ways agree, for a few caps
 * (with want_truth false, the fields one by one are not compared). */
static void compare(const char *pattern, const struct content *parsed,
		    const struct content *table, const struct content *full,
		    bool want_truth)
{
	struct search_query *q;
	struct search_error err;
	static const size_t caps[] = {0, 1, 3, 1000};

	if (!CHECK_MSG(search_compile(pattern, strlen(pattern), &q, &err) ==
			       HN_OK,
		       "compile %s", pattern))
		return;
	for (size_t k = 0; k < sizeof caps / sizeof *caps; k++) {
		char *a = run(q, parsed, caps[k]);
		char *b = run(q, table, caps[k]);
		char *c = run(q, full, caps[k]);
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

/* parsed through a cache file into *table (fields only) and *full. */
static bool through_cache(const struct content *parsed, struct content **table,
			  struct content **full)
{
	char path[64];

	snprintf(path, sizeof path, "%s/t.cache", tmp_dir);
	*table = *full = NULL;
	bool ok = CHECK(cache_write(path, parsed, 5) == HN_OK) &&
		  CHECK(cache_read_fields(path, 5, table) == HN_OK) &&
		  CHECK(cache_read(path, 5, full) == HN_OK);
	unlink(path);
	return ok && CHECK((*table)->table.rows && !(*table)->fields) &&
	       CHECK(!(*full)->table.rows && (*full)->fields);
}

static void test_builtin(void)
{
	struct content *parsed = NULL, *table = NULL, *full = NULL;
	struct diag_list d = {0};

	CHECK(loader_load_builtin(&parsed, &d) == HN_OK);
	diag_list_free(&d);
	if (parsed && through_cache(parsed, &table, &full))
		for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
			compare(patterns[i], parsed, table, full, true);
	content_free(table);
	content_free(full);
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
static void generated(struct content *c, struct text_field *f, char **texts,
		      char **folded)
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
	for (size_t i = 0; i < GEN_FIELDS; i++) {
		folded[i] = strdup(texts[i]);
		test_fold_yo(folded[i]);
		f[i] = (struct text_field){.path = i % 2 ? "p/a" : "q",
					   .field = "body",
					   .text = texts[i],
					   .folded = folded[i],
					   .length = strlen(texts[i])};
	}
	*c = (struct content){
		.fields = f, .field_count = GEN_FIELDS, .text_valid = true};
}

/* The one place where the fields one by one differ: a field without the
 * pattern's required literal (№) is not searched, so 9000 a's are not
 * "too complex" for (a+)+№ but simply not a match, in every layout. */
static void required_literal_skips(const struct content *parsed,
				   const struct content *table,
				   const struct content *full)
{
	const char *pattern = "(a+)+№";
	struct search_query *q;
	struct search_error err;

	if (!CHECK(search_compile(pattern, strlen(pattern), &q, &err) == HN_OK))
		return;
	char *want = one_by_one(q, parsed, 0);
	CHECK_MSG(!strcmp(want, "st=4 n=0 t=0 "), "one by one: %s", want);
	free(want);
	const struct content *all[] = {parsed, table, full};
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
	char *texts[GEN_FIELDS], *folded[GEN_FIELDS];
	struct content parsed, *table = NULL, *full = NULL;

	generated(&parsed, f, texts, folded);
	if (through_cache(&parsed, &table, &full)) {
		for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
			compare(patterns[i], &parsed, table, full, true);
		required_literal_skips(&parsed, table, full);
		/* 9000 a's and no b: too complex, however laid out */
		struct search_query *q;
		struct search_error err;
		if (CHECK(search_compile("(a+)+b", 6, &q, &err) == HN_OK)) {
			char *r = run(q, table, 0);
			CHECK_MSG(!strcmp(r, "st=4 n=0 t=0 "), "%s", r);
			free(r);
			search_free(q);
		}
	}
	content_free(table);
	content_free(full);
	for (size_t i = 0; i < GEN_FIELDS; i++) {
		free(folded[i]);
		free(texts[i]);
	}
}

static void flip_and_read(const char *path, size_t at, bool want_ok)
{
	FILE *f = fopen(path, "r+b");
	unsigned char b = 0;
	struct content *c = NULL;

	if (!CHECK(f && fseek(f, (long)at, SEEK_SET) == 0 &&
		   fread(&b, 1, 1, f) == 1))
		goto out;
	b ^= 0x10;
	fseek(f, (long)at, SEEK_SET);
	fwrite(&b, 1, 1, f);
	fflush(f);
	int rc = cache_read_fields(path, 6, &c);
	CHECK_MSG((rc == HN_OK) == want_ok, "byte %zu: status %d", at, rc);
	content_free(c);
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
	struct content parsed = {
		.fields = f, .field_count = BIG, .text_valid = true};
	char path[64];
	struct content *table = NULL, *full = NULL;

	for (size_t i = 0; i < BIG; i++)
		f[i] = (struct text_field){.path = "big",
					   .field = "body",
					   .text = text,
					   .folded = text,
					   .length = strlen(text)};
	snprintf(path, sizeof path, "%s/big.cache", tmp_dir);
	CHECK(cache_write(path, &parsed, 6) == HN_OK);
	CHECK(cache_read_fields(path, 6, &table) == HN_OK);
	CHECK(cache_read(path, 6, &full) == HN_OK);
	if (table && full)
		compare("заказ\\s+№\\s*\\d+", &parsed, table, full, false);
	content_free(table);
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
