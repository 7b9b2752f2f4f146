/* SPDX-License-Identifier: MIT */
/* content.c - look-ups and node paths over a loaded content. */
#include "content.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "loader_internal.h"
#include "status.h"

void content_free(struct content *content)
{
	if (!content)
		return;
	arena_free(content->arena);
	free(content);
}

/* The record of records (count of size bytes each) whose id, a string at
 * id_offset in each, is id; or NULL. */
static const void *find_by_id(const void *records, size_t count, size_t size,
			      size_t id_offset, const char *id)
{
	const char *r = records;
	for (size_t i = 0; i < count; i++, r += size) {
		const char *rid;
		memcpy(&rid, r + id_offset, sizeof rid);
		if (!strcmp(rid, id))
			return r;
	}
	return NULL;
}

const struct source *content_find_source(const struct content *c,
					 const char *id)
{
	return find_by_id(c->sources, c->source_count, sizeof *c->sources,
			  offsetof(struct source, id), id);
}

const struct channel *content_find_channel(const struct content *c,
					   const char *id)
{
	return find_by_id(c->channels, c->channel_count, sizeof *c->channels,
			  offsetof(struct channel, id), id);
}

const struct category *content_find_category(const struct content *c,
					     const char *id)
{
	return find_by_id(c->categories, c->category_count,
			  sizeof *c->categories, offsetof(struct category, id),
			  id);
}

const struct page *content_find_page(const struct content *c, const char *id)
{
	return find_by_id(c->pages, c->page_count, sizeof *c->pages,
			  offsetof(struct page, id), id);
}

const struct number_record *content_find_number(const struct content *c,
						const char *id)
{
	for (size_t i = 0; i < c->number_count; i++)
		if (!strcmp(c->numbers[i].id, id))
			return &c->numbers[i];
	return NULL;
}

enum { SEGMENTS = 3, SEGMENT_BYTES = 128 };

/* Splits path at '/' into at most SEGMENTS parts; -1 if it has more,
 * an empty part or a part that is too long. */
static int split(const char *path, char seg[SEGMENTS][SEGMENT_BYTES])
{
	size_t len = strlen(path);
	if (len && path[len - 1] == '/')
		len--;
	if (len == 0)
		return 0;
	int n = 0;
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && path[i] != '/')
			continue;
		size_t part = i - start;
		if (n == SEGMENTS || part == 0 || part >= SEGMENT_BYTES)
			return -1;
		memcpy(seg[n], path + start, part);
		seg[n][part] = '\0';
		n++;
		start = i + 1;
	}
	return n;
}

static const struct channel *category_channel(const struct category *cat,
					      const char *id)
{
	for (size_t i = 0; i < cat->channel_count; i++)
		if (!strcmp(cat->channels[i]->id, id))
			return cat->channels[i];
	return NULL;
}

/* "channels", "channels/ID", "channels/ID/checklist". */
static int resolve_channels(const struct content *c, int n,
			    char seg[SEGMENTS][SEGMENT_BYTES],
			    struct node_ref *out)
{
	if (n == 1) {
		out->kind = NODE_CHANNELS;
		return HN_OK;
	}
	out->channel = content_find_channel(c, seg[1]);
	if (!out->channel || (n == 3 && strcmp(seg[2], "checklist")))
		return HN_INVALID;
	out->kind = n == 3 ? NODE_CHECKLIST : NODE_CHANNEL;
	return HN_OK;
}

/* "ID" (category or page), "CATEGORY/CH", "CATEGORY/CH/checklist". */
static int resolve_tree(const struct content *c, int n,
			char seg[SEGMENTS][SEGMENT_BYTES], struct node_ref *out)
{
	out->category = content_find_category(c, seg[0]);
	if (!out->category) {
		out->page = n == 1 ? content_find_page(c, seg[0]) : NULL;
		out->kind = NODE_PAGE;
		return out->page ? HN_OK : HN_INVALID;
	}
	if (n == 1) {
		out->kind = NODE_CATEGORY;
		return HN_OK;
	}
	out->channel = category_channel(out->category, seg[1]);
	if (!out->channel || (n == 3 && strcmp(seg[2], "checklist")))
		return HN_INVALID;
	out->kind = n == 3 ? NODE_CHECKLIST : NODE_CHANNEL;
	return HN_OK;
}

int content_resolve(const struct content *c, const char *path,
		    struct node_ref *out)
{
	char seg[SEGMENTS][SEGMENT_BYTES];
	struct node_ref r = {.kind = NODE_ROOT};
	int n = split(path, seg);
	int status = HN_OK;
	if (n < 0) {
		status = HN_INVALID;
	} else if (n >= 1 && !strcmp(seg[0], "channels")) {
		status = resolve_channels(c, n, seg, &r);
	} else if (n >= 1 && !strcmp(seg[0], "sources")) {
		r.kind = NODE_SOURCES;
		status = n == 1 ? HN_OK : HN_INVALID;
	} else if (n >= 1) {
		status = resolve_tree(c, n, seg, &r);
	}
	if (status == HN_OK)
		*out = r;
	return status;
}

void content_node_path(const struct node_ref *node, char *buf, size_t size)
{
	if (!size)
		return;
	const char *owner = node->category ? node->category->id : "channels";
	const char *ch = node->channel ? node->channel->id : "";
	switch (node->kind) {
	case NODE_CATEGORY:
		snprintf(buf, size, "%s", node->category ? owner : "");
		break;
	case NODE_CHANNEL:
		snprintf(buf, size, "%s/%s", owner, ch);
		break;
	case NODE_CHECKLIST:
		snprintf(buf, size, "%s/%s/checklist", owner, ch);
		break;
	case NODE_PAGE:
		snprintf(buf, size, "%s", node->page ? node->page->id : "");
		break;
	case NODE_CHANNELS:
		snprintf(buf, size, "channels");
		break;
	case NODE_SOURCES:
		snprintf(buf, size, "sources");
		break;
	default:
		buf[0] = '\0';
	}
}

/* "Возврат и обмен › Чат в приложении", with "› Чек-лист" for a checklist. */
static void channel_title(const struct node_ref *node, const char *sep,
			  bool under_channels, char *buf, size_t size)
{
	const char *owner = node->category   ? node->category->title
			    : under_channels ? _("Все каналы связи")
					     : NULL;

	snprintf(buf, size, "%s%s%s", owner ? owner : "", owner ? sep : "",
		 node->channel->title);
	if (node->kind == NODE_CHECKLIST) {
		size_t len = strlen(buf);

		snprintf(buf + len, size - len, "%s%s", sep, _("Чек-лист"));
	}
}

void content_node_title(const struct node_ref *node, const char *sep,
			bool under_channels, char *buf, size_t size)
{
	if (!size)
		return;
	switch (node->kind) {
	case NODE_CATEGORY:
		snprintf(buf, size, "%s", node->category->title);
		break;
	case NODE_CHANNEL:
	case NODE_CHECKLIST:
		channel_title(node, sep, under_channels, buf, size);
		break;
	case NODE_PAGE:
		snprintf(buf, size, "%s", node->page->title);
		break;
	case NODE_CHANNELS:
		snprintf(buf, size, "%s", _("Все каналы связи"));
		break;
	case NODE_SOURCES:
		snprintf(buf, size, "%s", _("Источники"));
		break;
	default:
		snprintf(buf, size, "%s", _("helpnav: помощь покупателю Ozon"));
		break;
	}
}

struct candidate {
	char *path;
	size_t tier, distance, order;
};

static int compare_candidates(const void *a, const void *b)
{
	const struct candidate *x = a, *y = b;
	if (x->tier != y->tier)
		return x->tier < y->tier ? -1 : 1;
	if (x->distance != y->distance)
		return x->distance < y->distance ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static size_t segments(const char *s)
{
	size_t n = *s ? 1 : 0;
	for (; *s; s++)
		n += *s == '/';
	return n;
}

/* 0: close by edit distance; 1: the wrong path is a prefix; 2: same first
 * segment and depth (a wrong child of a right parent); 3: unrelated. */
static void rank(struct candidate *cand, const char *wrong, size_t limit)
{
	size_t n = strlen(wrong);
	const char *slash = strchr(wrong, '/');
	size_t head = slash ? (size_t)(slash - wrong) : n;
	cand->distance = loader_edit_distance(wrong, cand->path, limit);
	if (cand->distance <= limit)
		cand->tier = 0;
	else if (n && !strncmp(cand->path, wrong, n))
		cand->tier = 1;
	else if (slash && !strncmp(cand->path, wrong, head + 1) &&
		 segments(cand->path) == segments(wrong))
		cand->tier = 2;
	else
		cand->tier = 3;
}

static void push_candidate(struct candidate *list, size_t *n, size_t cap,
			   const char *a, const char *b, const char *z)
{
	if (*n == cap)
		return;
	size_t len = strlen(a) + strlen(b) + strlen(z) + 3;
	char *p = malloc(len);
	if (!p)
		return;
	snprintf(p, len, "%s%s%s%s%s", a, *b ? "/" : "", b, *z ? "/" : "", z);
	list[*n] = (struct candidate){.path = p, .order = *n};
	(*n)++;
}

static size_t collect_paths(const struct content *c, struct candidate *list,
			    size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < c->category_count; i++) {
		const struct category *cat = &c->categories[i];
		push_candidate(list, &n, cap, cat->id, "", "");
		for (size_t j = 0; j < cat->channel_count; j++) {
			const char *ch = cat->channels[j]->id;
			push_candidate(list, &n, cap, cat->id, ch, "");
			push_candidate(list, &n, cap, cat->id, ch, "checklist");
		}
	}
	for (size_t i = 0; i < c->page_count; i++)
		push_candidate(list, &n, cap, c->pages[i].id, "", "");
	push_candidate(list, &n, cap, "channels", "", "");
	for (size_t i = 0; i < c->channel_count; i++) {
		push_candidate(list, &n, cap, "channels", c->channels[i].id,
			       "");
		push_candidate(list, &n, cap, "channels", c->channels[i].id,
			       "checklist");
	}
	push_candidate(list, &n, cap, "sources", "", "");
	return n;
}

size_t content_suggest_paths(const struct content *c, const char *wrong,
			     char **out, size_t max)
{
	size_t cap = 2;
	for (size_t i = 0; i < c->category_count; i++)
		cap += 1 + 2 * c->categories[i].channel_count;
	cap += c->page_count + 2 * c->channel_count + 1;
	struct candidate *list = calloc(cap, sizeof *list);
	if (!list)
		return 0;
	size_t n = collect_paths(c, list, cap);
	char trimmed[256];
	snprintf(trimmed, sizeof trimmed, "%s", wrong);
	size_t len = strlen(trimmed);
	if (len && trimmed[len - 1] == '/')
		trimmed[--len] = '\0';
	size_t limit = len / 3 > 2 ? len / 3 : 2;
	for (size_t i = 0; i < n; i++)
		rank(&list[i], trimmed, limit);
	qsort(list, n, sizeof *list, compare_candidates);
	size_t written = 0;
	for (size_t i = 0; i < n; i++) {
		if (written < max && list[i].tier < 3)
			out[written++] = list[i].path;
		else
			free(list[i].path);
	}
	free(list);
	return written;
}
