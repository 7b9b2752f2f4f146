/* SPDX-License-Identifier: MIT */
/* loader_fields.c - content->fields: every searchable text with its node
 * path and field name, in display order (paths as in content.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader_internal.h"
#include "phone.h"
#include "status.h"

/* Two passes over the records: one counts the fields (items NULL), one
 * fills the array allocated for exactly that many. */
struct builder {
	struct content *c;
	struct text_field *items;
	size_t count;
	bool nomem;
};

static void add(struct builder *b, const char *path, const char *field,
		const char *text)
{
	if (!text || b->nomem)
		return;
	if (!b->items) {
		b->count++;
		return;
	}
	b->items[b->count++] = (struct text_field){
		.path = path,
		.field = field,
		.text = text,
		.length = strlen(text),
	};
}

/* A number block is found by its record's line, which carries the
 * number's caveat (phone.h), never by the bare id. */
static const char *block_text(struct builder *b, const struct block *bl)
{
	if (bl->kind != BLOCK_NUMBER)
		return bl->text;
	if (!b->items)
		return ""; /* counting: the line is made in the second pass */
	const struct number_record *r = content_find_number(b->c, bl->text);
	const char *line = r ? phone_record_line(r, b->c->arena, false) : NULL;
	if (!line)
		b->nomem = true;
	return line;
}

static void add_blocks(struct builder *b, const char *path, const char *field,
		       const struct block_list *list)
{
	for (size_t i = 0; i < list->count; i++) {
		const struct block *bl = &list->items[i];
		add(b, path, field, block_text(b, bl));
		for (size_t v = 0; v < bl->version_count; v++)
			add(b, path, field, bl->versions[v].text);
		add(b, path, field, bl->advice);
	}
}

static void add_checklist_fields(struct builder *b, const char *path,
				 const struct check_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		add(b, path, "checklist", list->items[i].text);
}

static const char *make_path(struct builder *b, const char *a, const char *m,
			     const char *z)
{
	if (!b->items)
		return "";
	size_t n = strlen(a) + strlen(m) + strlen(z) + 3;
	char *p = arena_alloc(b->c->arena, n);
	if (!p) {
		b->nomem = true;
		return NULL;
	}
	snprintf(p, n, "%s%s%s%s%s", a, *m ? "/" : "", m, *z ? "/" : "", z);
	return p;
}

static void add_category(struct builder *b, const struct category *cat)
{
	add(b, cat->id, "title", cat->title);
	add(b, cat->id, "summary", cat->summary);
	add_blocks(b, cat->id, "notes", &cat->notes);
	/* Category items are shown (and found) in the checklist of the
	 * category's first channel. */
	if (cat->checklist.count && cat->channel_count) {
		const char *path = make_path(b, cat->id, cat->channels[0]->id,
					     "checklist");
		if (path)
			add_checklist_fields(b, path, &cat->checklist);
	}
}

static void add_channel(struct builder *b, const struct channel *ch, bool first)
{
	const char *path = make_path(b, "channels", ch->id, "");
	const char *list = make_path(b, "channels", ch->id, "checklist");
	if (!path || !list)
		return;
	add(b, path, "title", ch->title);
	add(b, path, "summary", ch->summary);
	add_blocks(b, path, "steps", &ch->steps);
	add_blocks(b, path, "hours", &ch->hours);
	add_blocks(b, path, "response", &ch->response);
	add_blocks(b, path, "notes", &ch->notes);
	if (first)
		add_checklist_fields(b, list, &b->c->general);
	add_checklist_fields(b, list, &ch->checklist);
}

static void add_all(struct builder *b)
{
	const struct content *c = b->c;
	for (size_t i = 0; i < c->category_count; i++)
		add_category(b, &c->categories[i]);
	for (size_t i = 0; i < c->page_count; i++) {
		const struct page *p = &c->pages[i];
		add(b, p->id, "title", p->title);
		add(b, p->id, "summary", p->summary);
		add_blocks(b, p->id, "body", &p->body);
	}
	for (size_t i = 0; i < c->channel_count; i++)
		add_channel(b, &c->channels[i], i == 0);
	for (size_t i = 0; i < c->source_count; i++) {
		add(b, "sources", "title", c->sources[i].title);
		add(b, "sources", "note", c->sources[i].note);
	}
}

int loader_build_fields(struct content *c)
{
	struct builder b = {.c = c};
	add_all(&b);
	if (!b.count)
		return HN_OK;
	b.items = arena_calloc(c->arena, b.count, sizeof *b.items);
	if (!b.items)
		return HN_NOMEM;
	b.count = 0;
	add_all(&b);
	if (b.nomem)
		return HN_NOMEM;
	c->fields = b.items;
	c->field_count = b.count;
	return HN_OK;
}
