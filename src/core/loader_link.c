/* SPDX-License-Identifier: MIT */
/* loader_link.c - the checks that need the whole pack (duplicate ids,
 * references between records) and the move of the records into a
 * struct content. */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "grow.h"
#include "i18n.h"
#include "loader_internal.h"
#include "status.h"

void *loader_push(struct loader *L, struct vec *v, size_t size)
{
	void *slot = grow_room(&v->items, v->count, &v->cap, size, 16);
	if (!slot) {
		L->nomem = true;
		return NULL;
	}
	v->count++;
	memset(slot, 0, size);
	return slot;
}

void loader_report(struct loader *L, const char *file, unsigned line,
		   unsigned col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(L->diags, file, line, col, fmt, ap);
	va_end(ap);
	L->errors++;
}

const char *loader_show_into(char *out, const char *s)
{
	size_t n = 0, chars = 0;
	for (const char *p = s; *p; p++) {
		unsigned char b = (unsigned char)*p;
		if ((b & 0xC0) != 0x80 && chars++ == LOADER_SHOW_CHARS) {
			memcpy(out + n, "…", strlen("…"));
			n += strlen("…");
			break;
		}
		if (b == '\n' || b == '\t') {
			out[n++] = '\\';
			out[n++] = b == '\n' ? 'n' : 't';
		} else {
			out[n++] = (char)b;
		}
	}
	out[n] = '\0';
	return out;
}

const char *loader_show(struct loader *L, const char *s)
{
	char *buf = L->shown[L->next_shown++ % LOADER_SHOW_RING];
	return loader_show_into(buf, s);
}

enum { DISTANCE_MAX_CHARS = 128 };

static size_t decode(const char *s, uint32_t *out)
{
	size_t n = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p && n < DISTANCE_MAX_CHARS + 1) {
		uint32_t c = *p++;
		if (c >= 0xC0) {
			int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
			c &= 0x3F >> more;
			while (more-- && (*p & 0xC0) == 0x80)
				c = c << 6 | (*p++ & 0x3F);
		}
		out[n++] = c;
	}
	return n;
}

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;
	return m < c ? m : c;
}

size_t loader_edit_distance(const char *a, const char *b, size_t limit)
{
	uint32_t x[DISTANCE_MAX_CHARS + 1], y[DISTANCE_MAX_CHARS + 1];
	size_t n = decode(a, x), m = decode(b, y);
	if (n > DISTANCE_MAX_CHARS || m > DISTANCE_MAX_CHARS)
		return strcmp(a, b) ? limit + 1 : 0;
	if ((n > m ? n - m : m - n) > limit)
		return limit + 1;
	size_t rows[3][DISTANCE_MAX_CHARS + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= m; j++)
		prev[j] = j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t cost = x[i - 1] != y[j - 1];
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1,
				      prev[j - 1] + cost);
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] &&
			    x[i - 2] == y[j - 1] && prev2[j - 2] + 1 < cur[j])
				cur[j] = prev2[j - 2] + 1;
		}
		size_t *t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[m] > limit ? limit + 1 : prev[m];
}

/* A sorted index of ids for duplicate checks and look-ups. */
struct keyed {
	const char *id;
	const struct origin *at;
	size_t index;   /* position in the record array */
	size_t file_no; /* the file's place in the load order */
};

/* By id, then by where it was written. */
static int compare_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (!c && x->file_no != y->file_no)
		c = x->file_no < y->file_no ? -1 : 1;
	if (!c && x->at->line != y->at->line)
		c = x->at->line < y->at->line ? -1 : 1;
	if (!c && x->at->col != y->at->col)
		c = x->at->col < y->at->col ? -1 : 1;
	return c;
}

/* Sorts idx (n entries) and reports every id after its first use. */
static void check_duplicates(struct loader *L, struct keyed *idx, size_t n)
{
	qsort(idx, n, sizeof *idx, compare_keyed);
	for (size_t i = 1; i < n; i++) {
		size_t first = i - 1;
		while (i < n && !strcmp(idx[i].id, idx[first].id)) {
			loader_report(L, idx[i].at->file, idx[i].at->line,
				      idx[i].at->col,
				      "повторяющийся id \"%s\" "
				      "(первый — в %s:%u:%u)",
				      idx[i].id, idx[first].at->file,
				      idx[first].at->line, idx[first].at->col);
			i++;
		}
	}
}

/* Index of records whose struct starts with "const char *id" and holds
 * a struct origin at offset at_off. Records without an id are left out. */
static struct keyed *index_ids(struct loader *L, const struct vec *v,
			       size_t size, size_t at_off, size_t base,
			       struct keyed *idx, size_t *n)
{
	const char *const *files = L->files.items;
	size_t file = 0;
	for (size_t i = 0; i < v->count; i++) {
		const char *rec = (const char *)v->items + i * size;
		const char *id = *(const char *const *)(const void *)rec;
		if (!id)
			continue;
		const struct origin *at =
			(const struct origin *)(const void *)(rec + at_off);
		/* Records of a vec are in load order, so the file
		 * number only moves forward. */
		while (file + 1 < L->files.count && files[file] != at->file)
			file++;
		idx[(*n)++] = (struct keyed){id, at, base + i, file};
	}
	return idx;
}

static const struct keyed *lookup(const struct keyed *idx, size_t n,
				  const char *id)
{
	struct keyed key = {.id = id, .index = 0};
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(idx[mid].id, key.id);
		if (c == 0)
			return &idx[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The nearest id within distance 2, for "did you mean"; NULL if none or
 * the index is too big to scan. */
static const char *nearest(const struct keyed *idx, size_t n, const char *id)
{
	const char *best = NULL;
	size_t best_d = 3;
	for (size_t i = 0; i < n && n <= 1000; i++) {
		size_t d = loader_edit_distance(id, idx[i].id, 2);
		if (d < best_d && d < strlen(idx[i].id)) {
			best = idx[i].id;
			best_d = d;
		}
	}
	return best;
}

static void report_missing(struct loader *L, const struct id_ref *ref,
			   const char *what, const struct keyed *idx, size_t n)
{
	const char *hint = nearest(idx, n, ref->id);
	if (hint)
		loader_report(L, ref->at.file, ref->at.line, ref->at.col,
			      "нет %s с id \"%s\", возможно, имелось в виду "
			      "\"%s\"?",
			      what, loader_show(L, ref->id), hint);
	else
		loader_report(L, ref->at.file, ref->at.line, ref->at.col,
			      "нет %s с id \"%s\"", what,
			      loader_show(L, ref->id));
}

/* The last index entry of each id is dropped from lookups by
 * check_duplicates' sort order: lookup finds one of equal ids, and the
 * pack is rejected anyway when there are duplicates. */
struct indexes {
	struct keyed *sources, *channels, *nodes, *general, *numbers;
	size_t source_n, channel_n, node_n, general_n, number_n;
};

static int build_indexes(struct loader *L, struct indexes *x)
{
	x->sources = malloc((L->sources.count + 1) * sizeof *x->sources);
	x->channels = malloc((L->channels.count + 1) * sizeof *x->channels);
	x->nodes = malloc((L->categories.count + L->pages.count + 1) *
			  sizeof *x->nodes);
	x->general = malloc((L->general.count + 1) * sizeof *x->general);
	x->numbers = malloc((L->numbers.count + 1) * sizeof *x->numbers);
	if (!x->sources || !x->channels || !x->nodes || !x->general ||
	    !x->numbers)
		return HN_NOMEM;
	index_ids(L, &L->numbers, sizeof(struct number_record),
		  offsetof(struct number_record, at), 0, x->numbers,
		  &x->number_n);
	check_duplicates(L, x->numbers, x->number_n);
	index_ids(L, &L->general, sizeof(struct check_item),
		  offsetof(struct check_item, at), 0, x->general,
		  &x->general_n);
	index_ids(L, &L->sources, sizeof(struct source),
		  offsetof(struct source, at), 0, x->sources, &x->source_n);
	index_ids(L, &L->channels, sizeof(struct channel),
		  offsetof(struct channel, at), 0, x->channels, &x->channel_n);
	index_ids(L, &L->categories, sizeof(struct category),
		  offsetof(struct category, at), 0, x->nodes, &x->node_n);
	index_ids(L, &L->pages, sizeof(struct page), offsetof(struct page, at),
		  L->categories.count, x->nodes, &x->node_n);
	check_duplicates(L, x->sources, x->source_n);
	check_duplicates(L, x->channels, x->channel_n);
	check_duplicates(L, x->nodes, x->node_n);
	check_duplicates(L, x->general, x->general_n);
	return HN_OK;
}

static void free_indexes(struct indexes *x)
{
	free(x->sources);
	free(x->channels);
	free(x->nodes);
	free(x->general);
	free(x->numbers);
}

static void check_references(struct loader *L, const struct indexes *x)
{
	const struct id_ref *src = L->src_refs.items;
	for (size_t i = 0; i < L->src_refs.count; i++)
		if (!lookup(x->sources, x->source_n, src[i].id))
			report_missing(L, &src[i], _("источника"), x->sources,
				       x->source_n);
	const struct cat_refs *cats = L->cat_refs.items;
	for (size_t i = 0; i < L->cat_refs.count; i++)
		for (size_t j = 0; j < cats[i].count; j++)
			if (!lookup(x->channels, x->channel_n,
				    cats[i].refs[j].id))
				report_missing(L, &cats[i].refs[j], _("канала"),
					       x->channels, x->channel_n);
	const struct id_ref *nums = L->num_refs.items;
	for (size_t i = 0; i < L->num_refs.count; i++)
		if (!lookup(x->numbers, x->number_n, nums[i].id))
			report_missing(L, &nums[i], _("номера"), x->numbers,
				       x->number_n);
	loader_check_prose_numbers(L);
}

/* Copies v's items into the arena (NULL when v is empty); clears *ok on
 * allocation failure. */
static void *move_vec(struct loader *L, struct vec *v, size_t size,
		      size_t *count, bool *ok)
{
	*count = v->count;
	if (!v->count)
		return NULL;
	void *items = arena_calloc(L->arena, v->count, size);
	if (!items) {
		*ok = false;
		return NULL;
	}
	memcpy(items, v->items, v->count * size);
	return items;
}

static int assemble(struct loader *L, const struct indexes *x,
		    struct content *c)
{
	bool ok = true;
	c->arena = L->arena;
	c->sources = move_vec(L, &L->sources, sizeof *c->sources,
			      &c->source_count, &ok);
	c->channels = move_vec(L, &L->channels, sizeof *c->channels,
			       &c->channel_count, &ok);
	c->categories = move_vec(L, &L->categories, sizeof *c->categories,
				 &c->category_count, &ok);
	c->pages =
		move_vec(L, &L->pages, sizeof *c->pages, &c->page_count, &ok);
	c->general.items = move_vec(L, &L->general, sizeof *c->general.items,
				    &c->general.count, &ok);
	c->numbers = move_vec(L, &L->numbers, sizeof *c->numbers,
			      &c->number_count, &ok);
	if (!ok)
		return HN_NOMEM;
	const struct cat_refs *cats = L->cat_refs.items;
	for (size_t i = 0; i < c->category_count; i++) {
		struct category *cat = &c->categories[i];
		const struct channel **list =
			arena_calloc(L->arena, cats[i].count, sizeof *list);
		if (!list)
			return HN_NOMEM;
		for (size_t j = 0; j < cats[i].count; j++)
			list[j] = &c->channels[lookup(x->channels, x->channel_n,
						      cats[i].refs[j].id)
						       ->index];
		cat->channels = list;
		cat->channel_count = cats[i].count;
	}
	return loader_build_fields(c);
}

/* Reports the later of two items of cl with one field id, once per item
 * (*done lists those reported). */
static void report_field_pairs(struct loader *L, const struct checklist *cl,
			       const struct check_item ***done, size_t *n,
			       size_t *cap)
{
	for (size_t b = 0; b < cl->count; b++) {
		const struct check_item *it = cl->items[b];
		bool seen = false;
		for (size_t k = 0; k < *n && !seen; k++)
			seen = (*done)[k] == it;
		for (size_t a = 0; a < b && it->field && !seen; a++) {
			const struct check_item *first = cl->items[a];
			if (!first->field || strcmp(first->field, it->field))
				continue;
			if (*n == *cap) {
				void *p = grow_array(*done, cap, sizeof **done,
						     16);
				if (!p) {
					L->nomem = true;
					return;
				}
				*done = p;
			}
			(*done)[(*n)++] = it;
			loader_report(L, it->at.file, it->at.line, it->at.col,
				      "поле \"%s\" уже есть в чек-листе %s/%s "
				      "(%s:%u): у полей одного чек-листа "
				      "разные имена",
				      it->field,
				      cl->category ? cl->category->id
						   : "channels",
				      cl->channel->id, first->at.file,
				      first->at.line);
			seen = true;
		}
	}
}

/* Every printed checklist (each category's channels and each channel
 * alone) names its fields apart: --field and the draft find them by id. */
static void check_field_repeats(struct loader *L, const struct content *c)
{
	const struct check_item **done = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i <= c->category_count && !L->nomem; i++) {
		const struct category *cat =
			i < c->category_count ? &c->categories[i] : NULL;
		size_t chans = cat ? cat->channel_count : c->channel_count;
		for (size_t k = 0; k < chans && !L->nomem; k++) {
			struct checklist cl;
			if (checklist_build(c, cat,
					    cat ? cat->channels[k]
						: &c->channels[k],
					    &cl) != HN_OK) {
				L->nomem = true;
				break;
			}
			report_field_pairs(L, &cl, &done, &n, &cap);
			checklist_free(&cl);
		}
	}
	free(done);
}

int loader_link(struct loader *L, const char *pack, struct content **out)
{
	*out = NULL;
	if (L->nomem)
		return HN_NOMEM;
	if (L->categories.count == 0 && L->errors == 0)
		loader_report(L, pack, 0, 0, "в наборе нет ни одной категории");
	struct indexes x = {0};
	int status = build_indexes(L, &x);
	if (status == HN_OK) {
		check_references(L, &x);
		status = L->nomem ? HN_NOMEM : L->errors ? HN_INVALID : HN_OK;
	}
	struct content *c = NULL;
	if (status == HN_OK) {
		c = calloc(1, sizeof *c);
		status = c ? assemble(L, &x, c) : HN_NOMEM;
	}
	if (status == HN_OK) {
		check_field_repeats(L, c);
		status = L->nomem ? HN_NOMEM : L->errors ? HN_INVALID : HN_OK;
		if (status != HN_OK) {
			L->arena = NULL; /* c owns it now */
			content_free(c);
			c = NULL;
		}
	}
	free_indexes(&x);
	if (status != HN_OK) {
		free(c);
		return status;
	}
	L->arena = NULL;
	*out = c;
	return HN_OK;
}
