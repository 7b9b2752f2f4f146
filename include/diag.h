/* SPDX-License-Identifier: MIT */
/* diag.h - a list of located messages (FILE:LINE:COL: message).
 *
 * The loader appends every problem it finds; main and the UI print them.
 * A diag_list owns its strings; diag_list_free releases them.
 *
 * A list keeps at most DIAG_MAX_PER_FILE messages of one file and
 * DIAG_MAX_TOTAL in all; the rest are only counted, so that a hostile
 * pack (a 4 MB list of a million wrong items) costs a bounded amount of
 * memory and output, and diag_list_print says how many were left out. */
#ifndef HELPNAV_DIAG_H
#define HELPNAV_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

struct diag {
	char *file;    /* as given by the caller, e.g. "content/returns.yaml" */
	unsigned line; /* 1-based; 0 when the message is about the whole file */
	unsigned col;  /* 1-based, in characters; 0 when unknown */
	char *message; /* Russian, no trailing newline */
};

enum {
	DIAG_MAX_PER_FILE = 100,
	DIAG_MAX_TOTAL = 1000,
};

/* How many messages of one file were kept and left out. */
struct diag_file_tally {
	char *file; /* made inert, as printed */
	char *raw;  /* as given: a capped message is counted without a copy */
	size_t kept;
	size_t over;
};

struct diag_list {
	struct diag *items;
	size_t count;
	size_t capacity;
	size_t dropped; /* messages lost to allocation failure */
	size_t over;    /* messages beyond the caps: counted, not kept */
	struct diag_file_tally *files;
	size_t file_count;
	size_t file_capacity;
};

/* Appends a message; past the caps, or on allocation failure, the message
 * is only counted, so that diag_list_print says so. */
void diag_add(struct diag_list *list, const char *file, unsigned line,
	      unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* The same with a va_list. */
void diag_vadd(struct diag_list *list, const char *file, unsigned line,
	       unsigned col, const char *fmt, va_list ap)
	__attribute__((format(printf, 5, 0)));

/* Sorts by file, line, col (stable for equal positions). */
void diag_list_sort(struct diag_list *list);

/* Writes "FILE:LINE:COL: message\n" per item ("FILE: message" when the
 * line is 0); after a file's last kept item, "FILE: … и ещё ошибок: N"
 * when its messages were capped, and the like for the rest. */
void diag_list_print(const struct diag_list *list, FILE *out);

/* Every message added: the kept ones, the capped and the dropped. */
size_t diag_list_total(const struct diag_list *list);

void diag_list_free(struct diag_list *list);

#endif
