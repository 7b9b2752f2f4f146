/* SPDX-License-Identifier: MIT */
/* sheet_internal.h - the writing primitives of the printed sheet
 * (sheet_text.c), shared with its layout (sheet.c). Not installed. */
#ifndef HELPNAV_SHEET_INTERNAL_H
#define HELPNAV_SHEET_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

/* A sheet being written: a growing buffer, and the sources cited so far
 * (for the sources section). On allocation failure failed is set and
 * every later call does nothing. */
struct sheet_out {
	const struct content *c;
	size_t width; /* columns */
	bool md;      /* Markdown, not plain text */
	char *buf;
	size_t len, cap;
	bool failed;
	const char **cited; /* source ids in order of first citation */
	size_t cited_count, cited_cap;
};

void sheet_put(struct sheet_out *r, const char *s, size_t n);
void sheet_puts(struct sheet_out *r, const char *s);
void sheet_cite(struct sheet_out *r, const char *id);

/* A malloc'd copy of s with tabs and control characters as spaces; '\n'
 * stays only when keep_newline. NULL when memory runs out. */
char *sheet_clean(const char *s, bool keep_newline);

/* text wrapped to the width: the first line after first, the others after
 * rest. */
void sheet_wrapped(struct sheet_out *r, const char *first, const char *rest,
		   const char *text);

/* A claim with its status mark and "[000, 001]" (cited). */
void sheet_claim(struct sheet_out *r, const char *first, const char *rest,
		 const char *text, const struct source_list *src,
		 enum claim_status st);

/* helpnav's own advice, marked as ours. */
void sheet_note(struct sheet_out *r, const char *first, const char *rest,
		const char *text);

/* A disputed block: the topic and each version with its sources. */
void sheet_disputed(struct sheet_out *r, const char *first, const char *rest,
		    const struct block *b);

/* A section heading: "Heading:" in text, "## Heading" in Markdown. */
void sheet_heading(struct sheet_out *r, const char *text);

/* The blocks of bl under heading (none: nothing), numbered or bulleted;
 * heading NULL continues the current section. */
void sheet_blocks(struct sheet_out *r, const char *heading,
		  const struct block_list *bl, bool numbered);

/* The sources cited, each with its note on how far it can be trusted. */
void sheet_sources(struct sheet_out *r);

#endif
