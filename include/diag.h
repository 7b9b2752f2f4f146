/* diag.h - a list of located messages (FILE:LINE:COL: message).
 *
 * The loader appends every problem it finds; main and the UI print them.
 * A diag_list owns its strings; diag_list_free releases them. */
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

struct diag_list {
	struct diag *items;
	size_t count;
	size_t capacity;
	size_t dropped; /* messages lost to allocation failure */
};

/* Appends a message; on allocation failure the message is dropped and
 * the list keeps a flag so that diag_list_print says so. */
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
 * line is 0). */
void diag_list_print(const struct diag_list *list, FILE *out);

void diag_list_free(struct diag_list *list);

#endif
