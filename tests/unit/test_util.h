/* SPDX-License-Identifier: MIT */
/* test_util.h - small helpers several unit tests share. Header-only, each
 * test is one translation unit. */
#ifndef HELPNAV_TEST_UTIL_H
#define HELPNAV_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "diag.h"
#include "loader.h"
#include "search.h"
#include "status.h"
#include "text.h"

/* ё -> е, Ё -> Е in place, as the loader and search fold. */
static inline void test_fold_yo(char *s)
{
	text_fold_yo(s, strlen(s));
}

/* The diags as diag_list_print writes them (malloc'd). */
static inline char *test_diags_printed(const struct diag_list *d)
{
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);
	if (!out)
		return NULL;
	diag_list_print(d, out);
	fclose(out);
	return text;
}

/* Hits of pattern (compiled with flags, enum search_flags) in text, or -1
 * on a compile or match error. */
static inline long test_count_in(unsigned flags, const char *pattern,
				 const char *text)
{
	struct search_query *q;
	struct search_error err;
	struct search_hit *hits;
	size_t count;
	int rc;

	if (search_compile_opts(pattern, strlen(pattern), flags, &q, &err) !=
	    HN_OK)
		return -1;
	rc = search_in_text(q, text, strlen(text), &hits, &count, &err);
	search_free(q);
	if (rc != HN_OK)
		return -1;
	free(hits);
	return (long)count;
}

/* The corpus of the n rows (their lengths set from their texts), as a
 * content of those fields alone would have it: HN_OK and *out set (the
 * caller frees it), else a status. */
static inline int test_rows_corpus(struct text_field *rows, size_t n,
				   struct corpus **out)
{
	struct content c;

	memset(&c, 0, sizeof c);
	for (size_t i = 0; i < n; i++)
		rows[i].length = strlen(rows[i].text);
	c.fields = rows;
	c.field_count = n;
	return corpus_build(&c, out);
}

/* The built-in pack and its search corpus, as the navigator has them:
 * HN_OK with both set (the caller frees both), else a status. */
static inline int test_builtin_corpus(struct content **pack,
				      struct corpus **corpus)
{
	struct diag_list d = {0};
	int status = loader_load_builtin(pack, &d);

	diag_list_free(&d);
	if (status == HN_OK)
		status = corpus_build(*pack, corpus);
	return status;
}

#endif
