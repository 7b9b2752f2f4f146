/* SPDX-License-Identifier: MIT */
/* test_util.h - small helpers several unit tests share. Header-only, each
 * test is one translation unit. */
#ifndef HELPNAV_TEST_UTIL_H
#define HELPNAV_TEST_UTIL_H

#include <stdio.h>
#include <string.h>

#include "diag.h"
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

#endif
