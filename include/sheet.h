/* SPDX-License-Identifier: MIT */
/* sheet.h - the printed checklist: one renderer for print, save, the
 * terminal after exit, --checklist and -o, in plain text or Markdown.
 *
 * Order: a header (what it is for, when printed, helpnav's version and the
 * content pack), the items to prepare, what to write down during and
 * after the contact, how to get in touch (short), what is important and
 * where the sources disagree, the sources with how far each can be
 * trusted; optionally the message draft (draft.h) at the end. Every item
 * has a box; a field's blank is sized for what goes in it (enum
 * blank_shape). Widths are in columns. */
#ifndef HELPNAV_SHEET_H
#define HELPNAV_SHEET_H

#include <stdbool.h>
#include <stddef.h>

#include "checklist.h"
#include "content.h"

enum sheet_format { SHEET_TEXT, SHEET_MARKDOWN };

enum {
	SHEET_WIDTH = 80,      /* columns of a printed page */
	SHEET_PAGE_LINES = 60, /* lines of a printed page */
};

struct sheet_options {
	enum sheet_format format;
	size_t width;      /* columns; 0 means SHEET_WIDTH */
	size_t page_lines; /* text: lines a page, 0 for no pages */
	long long printed; /* the time printed, seconds since the epoch */
	const char *pack;  /* the content pack's name for the header, or
				NULL for the built-in one */
	bool with_draft;   /* the message draft at the end */
};

/* Text, SHEET_WIDTH, SHEET_PAGE_LINES, printed now (sheet_now), built-in
 * pack, no draft. */
void sheet_default_options(struct sheet_options *o);

/* The time a sheet says it was printed: HELPNAV_NOW, else
 * SOURCE_DATE_EPOCH (seconds since the epoch, so tests and reproducible
 * builds can fix it), else the clock. An unusable variable is skipped. */
long long sheet_now(void);

/* SHEET_MARKDOWN for a file name ending in ".md" (any case), else
 * SHEET_TEXT. */
enum sheet_format sheet_format_for_name(const char *name);

/* The sheet of cl as a malloc'd NUL-terminated string the caller frees;
 * NULL when memory runs out. In plain text a short section that would
 * straddle a page break starts on a new page (a form feed). */
char *sheet_render(const struct content *c, const struct checklist *cl,
		   const struct sheet_options *o);

#endif
