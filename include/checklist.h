/* SPDX-License-Identifier: MIT */
/* checklist.h - the merged preparation checklist of one (category, channel)
 * pair, its state (ticks and filled fields), and its plain-text rendering.
 *
 * Merge order: general items, then the category's, then the channel's; an
 * id seen earlier is skipped. cat may be NULL (a channel reached from the
 * channel list): then the general and channel items only. BEFORE items come before AFTER items. */
#ifndef HELPNAV_CHECKLIST_H
#define HELPNAV_CHECKLIST_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

struct checklist {
	const struct category *category;
	const struct channel *channel;
	const struct check_item **items; /* into the content */
	size_t count;
	bool *ticked;  /* per item */
	char **values; /* per item: the filled-in text (malloc'd) or NULL */
	bool dirty;    /* ticks or values changed since last print/save */
};

/* HN_OK or HN_NOMEM. The checklist borrows from c, which must outlive it. */
int checklist_build(const struct content *c, const struct category *cat,
		    const struct channel *chan, struct checklist *out);
void checklist_free(struct checklist *cl);

/* Sets the value of a field item (copied); NULL or "" clears it. */
int checklist_set_value(struct checklist *cl, size_t index, const char *v);
void checklist_toggle(struct checklist *cl, size_t index);

/* Whether item index is done, as the list and the printed sheet mark it
 * [x]: ticked, or a field with a value filled in. */
bool checklist_item_done(const struct checklist *cl, size_t index);
/* How many of the cl->count items are done. */
size_t checklist_done_count(const struct checklist *cl);

/* The index of the item whose field id is name, or -1. */
long checklist_find_field(const struct checklist *cl, const char *name);

/* The value filled in for field name, or NULL (no such field, or empty). */
const char *checklist_field_value(const struct checklist *cl, const char *name);

/* title, then the blocks bl as the printed sheet (sheet.c) prints a
 * channel's notes (claims with their sources, «Совет helpnav: …»), then,
 * when list_sources, the sources cited; for the verdict on a phone number.
 * Defined in sheet.c. Returns a malloc'd string, or NULL when out of memory. */
char *checklist_render_blocks(const struct content *c, const char *title,
			      const struct block_list *bl, size_t width,
			      bool list_sources);

/* "checklist-returns-chat.txt" into buf. */
void checklist_default_filename(const struct checklist *cl, char *buf,
				size_t size);

#endif
