/* SPDX-License-Identifier: MIT */
/* same_content.h - whether two loaded content packs hold the same records
 * (every field, origin and list, compared by value), for the tests that
 * check a second way of loading against the loader. Header-only, like
 * check.h: one test includes it. */
#ifndef HELPNAV_TEST_SAME_CONTENT_H
#define HELPNAV_TEST_SAME_CONTENT_H

#include <stdbool.h>
#include <string.h>

#include "content.h"

static bool same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

static bool same_origin(const struct origin *a, const struct origin *b)
{
	return same_str(a->file, b->file) && a->line == b->line &&
	       a->col == b->col;
}

static bool same_sources(const struct source_list *a,
			 const struct source_list *b)
{
	if (a->count != b->count)
		return false;
	for (size_t i = 0; i < a->count; i++)
		if (!same_str(a->ids[i], b->ids[i]))
			return false;
	return true;
}

static bool same_blocks(const struct block_list *a, const struct block_list *b)
{
	if (a->count != b->count)
		return false;
	for (size_t i = 0; i < a->count; i++) {
		const struct block *x = &a->items[i], *y = &b->items[i];
		if (x->kind != y->kind || !same_str(x->text, y->text) ||
		    !same_sources(&x->sources, &y->sources) ||
		    x->status != y->status ||
		    x->version_count != y->version_count ||
		    !same_str(x->advice, y->advice) ||
		    !same_origin(&x->at, &y->at))
			return false;
		for (size_t v = 0; v < x->version_count; v++)
			if (!same_str(x->versions[v].text,
				      y->versions[v].text) ||
			    !same_sources(&x->versions[v].sources,
					  &y->versions[v].sources) ||
			    !same_origin(&x->versions[v].at,
					 &y->versions[v].at))
				return false;
	}
	return true;
}

static bool same_checks(const struct check_list *a, const struct check_list *b)
{
	if (a->count != b->count)
		return false;
	for (size_t i = 0; i < a->count; i++) {
		const struct check_item *x = &a->items[i], *y = &b->items[i];
		if (!same_str(x->id, y->id) || !same_str(x->text, y->text) ||
		    !same_str(x->field, y->field) ||
		    !same_str(x->label, y->label) || x->blank != y->blank ||
		    x->phase != y->phase ||
		    !same_sources(&x->sources, &y->sources) ||
		    !same_origin(&x->at, &y->at) ||
		    !same_sources(&x->kinds, &y->kinds))
			return false;
	}
	return true;
}

static bool same_channels(const struct content *a, const struct content *b)
{
	if (a->channel_count != b->channel_count)
		return false;
	for (size_t i = 0; i < a->channel_count; i++) {
		const struct channel *x = &a->channels[i], *y = &b->channels[i];
		if (!same_str(x->id, y->id) || !same_str(x->title, y->title) ||
		    !same_str(x->summary, y->summary) ||
		    !same_str(x->kind, y->kind) ||
		    !same_blocks(&x->steps, &y->steps) ||
		    !same_blocks(&x->hours, &y->hours) ||
		    !same_blocks(&x->response, &y->response) ||
		    !same_blocks(&x->notes, &y->notes) ||
		    !same_checks(&x->checklist, &y->checklist) ||
		    !same_origin(&x->at, &y->at))
			return false;
	}
	return true;
}

static bool same_draft(const struct draft *a, const struct draft *b)
{
	return same_str(a->subject, b->subject) &&
	       same_str(a->happened, b->happened) &&
	       same_str(a->tried, b->tried) && same_str(a->ask, b->ask) &&
	       same_sources(&a->attach, &b->attach);
}

static bool same_categories(const struct content *a, const struct content *b)
{
	if (a->category_count != b->category_count)
		return false;
	for (size_t i = 0; i < a->category_count; i++) {
		const struct category *x = &a->categories[i];
		const struct category *y = &b->categories[i];
		if (!same_str(x->id, y->id) || !same_str(x->title, y->title) ||
		    !same_str(x->summary, y->summary) ||
		    x->channel_count != y->channel_count ||
		    !same_blocks(&x->notes, &y->notes) ||
		    !same_checks(&x->checklist, &y->checklist) ||
		    !same_draft(&x->draft, &y->draft) ||
		    !same_origin(&x->at, &y->at))
			return false;
		for (size_t k = 0; k < x->channel_count; k++)
			if (x->channels[k] - a->channels !=
			    y->channels[k] - b->channels)
				return false;
	}
	return true;
}

static bool same_rest(const struct content *a, const struct content *b)
{
	if (a->source_count != b->source_count ||
	    a->page_count != b->page_count ||
	    a->field_count != b->field_count ||
	    !same_checks(&a->general, &b->general))
		return false;
	for (size_t i = 0; i < a->source_count; i++) {
		const struct source *x = &a->sources[i], *y = &b->sources[i];
		if (!same_str(x->id, y->id) || !same_str(x->title, y->title) ||
		    !same_str(x->file, y->file) ||
		    !same_str(x->note, y->note) || !same_origin(&x->at, &y->at))
			return false;
	}
	for (size_t i = 0; i < a->page_count; i++) {
		const struct page *x = &a->pages[i], *y = &b->pages[i];
		if (!same_str(x->id, y->id) || !same_str(x->title, y->title) ||
		    !same_str(x->summary, y->summary) ||
		    !same_blocks(&x->body, &y->body) ||
		    !same_origin(&x->at, &y->at))
			return false;
	}
	for (size_t i = 0; i < a->field_count; i++) {
		const struct text_field *x = &a->fields[i], *y = &b->fields[i];
		if (!same_str(x->path, y->path) ||
		    !same_str(x->field, y->field) ||
		    !same_str(x->text, y->text) || x->length != y->length)
			return false;
	}
	return true;
}

static bool same_numbers(const struct content *a, const struct content *b)
{
	if (a->number_count != b->number_count)
		return false;
	for (size_t i = 0; i < a->number_count; i++) {
		const struct number_record *x = &a->numbers[i];
		const struct number_record *y = &b->numbers[i];
		if (!same_str(x->id, y->id) ||
		    !same_str(x->number, y->number) ||
		    !same_sources(&x->written, &y->written) ||
		    x->status != y->status || !same_str(x->title, y->title) ||
		    x->say_count != y->say_count ||
		    !same_origin(&x->at, &y->at))
			return false;
		for (size_t s = 0; s < x->say_count; s++)
			if (!same_str(x->says[s].source, y->says[s].source) ||
			    !same_str(x->says[s].text, y->says[s].text) ||
			    !same_origin(&x->says[s].at, &y->says[s].at))
				return false;
	}
	return true;
}

static bool same_content(const struct content *a, const struct content *b)
{
	return same_channels(a, b) && same_categories(a, b) &&
	       same_rest(a, b) && same_numbers(a, b);
}

#endif
