/* SPDX-License-Identifier: MIT */
/* checklist.c - merging the checklist of a (category, channel) pair and
 * keeping its state (ticks, field values); the printed sheet: sheet.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "i18n.h"
#include "checklist.h"
#include "status.h"
#include "text.h"

#define NBSP "\xc2\xa0"

static bool seen_id(const struct check_item **items, size_t count,
		    const char *id)
{
	if (!id)
		return false;
	for (size_t i = 0; i < count; i++)
		if (items[i]->id && strcmp(items[i]->id, id) == 0)
			return true;
	return false;
}

/* Whether an item is printed for chan: an item without kinds fits every
 * channel, one with kinds only a channel of one of them (content/README.md:
 * the passport only for the app chat, no order for an investor e-mail). */
static bool item_fits(const struct check_item *it, const struct channel *chan)
{
	if (it->kinds.count == 0)
		return true;
	if (!chan || !chan->kind)
		return false;
	for (size_t i = 0; i < it->kinds.count; i++)
		if (!strcmp(it->kinds.ids[i], chan->kind))
			return true;
	return false;
}

/* Appends the items of list that fit chan and were not seen yet; the first
 * one written wins. */
static void merge_list(const struct check_list *list,
		       const struct channel *chan,
		       const struct check_item **items, size_t *count)
{
	for (size_t i = 0; i < list->count; i++) {
		const struct check_item *it = &list->items[i];
		if (item_fits(it, chan) && !seen_id(items, *count, it->id))
			items[(*count)++] = it;
	}
}

/* Stable partition: BEFORE items first, then AFTER, each in merge order. */
static void order_by_phase(const struct check_item **items, size_t count,
			   const struct check_item **out)
{
	size_t n = 0;
	for (int pass = 0; pass < 2; pass++) {
		enum check_phase want = pass ? PHASE_AFTER : PHASE_BEFORE;
		for (size_t i = 0; i < count; i++)
			if ((items[i]->phase == PHASE_AFTER) ==
			    (want == PHASE_AFTER))
				out[n++] = items[i];
	}
}

int checklist_build(const struct content *c, const struct category *cat,
		    const struct channel *chan, struct checklist *out)
{
	memset(out, 0, sizeof *out);
	out->category = cat;
	out->channel = chan;
	size_t max = c->general.count + (cat ? cat->checklist.count : 0) +
		     (chan ? chan->checklist.count : 0);
	const struct check_item **merged = calloc(max + 1, sizeof *merged);
	out->items = calloc(max + 1, sizeof *out->items);
	out->ticked = calloc(max + 1, sizeof *out->ticked);
	out->values = calloc(max + 1, sizeof *out->values);
	if (!merged || !out->items || !out->ticked || !out->values) {
		free(merged);
		checklist_free(out);
		return HN_NOMEM;
	}
	size_t count = 0;
	merge_list(&c->general, chan, merged, &count);
	if (cat)
		merge_list(&cat->checklist, chan, merged, &count);
	if (chan)
		merge_list(&chan->checklist, chan, merged, &count);
	order_by_phase(merged, count, out->items);
	out->count = count;
	free(merged);
	return HN_OK;
}

void checklist_free(struct checklist *cl)
{
	if (cl->values)
		for (size_t i = 0; i < cl->count; i++)
			free(cl->values[i]);
	free(cl->values);
	free(cl->ticked);
	free(cl->items);
	memset(cl, 0, sizeof *cl);
}

int checklist_set_value(struct checklist *cl, size_t index, const char *v)
{
	if (index >= cl->count)
		return HN_INVALID;
	char *copy = NULL;
	if (v && *v) {
		copy = strdup(v);
		if (!copy)
			return HN_NOMEM;
	}
	free(cl->values[index]);
	cl->values[index] = copy;
	cl->dirty = true;
	return HN_OK;
}

void checklist_toggle(struct checklist *cl, size_t index)
{
	if (index >= cl->count)
		return;
	cl->ticked[index] = !cl->ticked[index];
	cl->dirty = true;
}

bool checklist_item_done(const struct checklist *cl, size_t index)
{
	if (index >= cl->count)
		return false;
	return cl->ticked[index] ||
	       (cl->items[index]->field && cl->values[index]);
}

size_t checklist_done_count(const struct checklist *cl)
{
	size_t n = 0;

	for (size_t i = 0; i < cl->count; i++)
		n += checklist_item_done(cl, i);
	return n;
}

void checklist_default_filename(const struct checklist *cl, char *buf,
				size_t size)
{
	const char *chan = cl->channel ? cl->channel->id : "channel";
	if (cl->category)
		snprintf(buf, size, "checklist-%s-%s.txt", cl->category->id,
			 chan);
	else
		snprintf(buf, size, "checklist-%s.txt", chan);
}

long checklist_find_field(const struct checklist *cl, const char *name)
{
	for (size_t i = 0; i < cl->count; i++)
		if (cl->items[i]->field && !strcmp(cl->items[i]->field, name))
			return (long)i;
	return -1;
}

const char *checklist_field_value(const struct checklist *cl, const char *name)
{
	long i = checklist_find_field(cl, name);
	return i < 0 ? NULL : cl->values[i];
}
