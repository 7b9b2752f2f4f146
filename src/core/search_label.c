/* SPDX-License-Identifier: MIT */
/* search_label.c - breadcrumbs of corpus rows, in Russian. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "i18n.h"
#include "search_label.h"
#include "status.h"

static const char separator[] = " › ";

struct title {
	const char *path, *text;
};

struct search_titles {
	struct title *items; /* sorted by path; the first title of a path */
	size_t count;
};

static int by_path(const void *a, const void *b)
{
	const struct title *x = a, *y = b;

	return strcmp(x->path, y->path);
}

int search_titles_build(const struct corpus *k, struct search_titles **out)
{
	size_t n = corpus_count(k), m = 0;
	struct search_titles *t = calloc(1, sizeof *t);

	*out = NULL;
	if (t)
		t->items = malloc((n ? n : 1) * sizeof *t->items);
	if (!t || !t->items) {
		free(t);
		return HN_NOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		struct text_field f = corpus_field(k, i);

		if (!strcmp(f.field, "title") &&
		    (m == 0 || strcmp(t->items[m - 1].path, f.path)))
			t->items[m++] = (struct title){f.path, f.text};
	}
	/* stable enough: equal paths were merged above when adjacent, and
	 * a path's rows are adjacent in a corpus */
	qsort(t->items, m, sizeof *t->items, by_path);
	t->count = m;
	*out = t;
	return HN_OK;
}

void search_titles_free(struct search_titles *t)
{
	if (!t)
		return;
	free(t->items);
	free(t);
}

static const char *title_of(const struct search_titles *t, const char *path)
{
	struct title key = {path, NULL};
	const struct title *hit =
		bsearch(&key, t->items, t->count, sizeof key, by_path);

	return hit ? hit->text : NULL;
}

/* Path parts that are not nodes with a title of their own. */
static const struct {
	const char *id, *label;
} part_labels[] = {
	{"channels", N_("Каналы связи")},
	{"checklist", N_("Чек-лист")},
	{"sources", N_("Источники")},
};

static const struct {
	const char *field, *label;
} field_labels[] = {
	{"summary", N_("Кратко")},    {"steps", N_("Как связаться")},
	{"hours", N_("Часы работы")}, {"response", N_("Скорость ответа")},
	{"notes", N_("Важно знать")}, {"checklist", N_("Чек-лист")},
	{"body", N_("Текст")},        {"note", N_("Примечание")},
	{"title", N_("Заголовок")},
};

const char *search_field_label(const char *field)
{
	for (size_t i = 0; i < sizeof field_labels / sizeof field_labels[0];
	     i++)
		if (!strcmp(field_labels[i].field, field))
			return _(field_labels[i].label);
	return field;
}

/* The title of the path's first len bytes: its node's title, a channel
 * inside a category by the channel's own title, a known part by name,
 * else the part's id. */
static const char *part_title(const struct search_titles *t, const char *path,
			      size_t len, char *buf, size_t size)
{
	const char *part = path + len, *title;

	while (part > path && part[-1] != '/')
		part--;
	snprintf(buf, size, "%.*s", (int)len, path);
	if ((title = title_of(t, buf)))
		return title;
	snprintf(buf, size, "channels/%.*s", (int)(path + len - part), part);
	if ((title = title_of(t, buf)))
		return title;
	snprintf(buf, size, "%.*s", (int)(path + len - part), part);
	for (size_t i = 0; i < sizeof part_labels / sizeof part_labels[0]; i++)
		if (!strcmp(part_labels[i].id, buf))
			return _(part_labels[i].label);
	return buf;
}

struct str {
	char *s;
	size_t len, cap;
	bool nomem;
};

static void str_add(struct str *b, const char *s)
{
	size_t n = strlen(s);
	char *grown = b->nomem ? NULL
			       : grow_bytes(b->s, &b->cap, b->len + n + 1, 64);

	if (!grown) {
		b->nomem = true;
		return;
	}
	memcpy(grown + b->len, s, n + 1);
	b->s = grown;
	b->len += n;
}

char *search_label(const struct search_titles *t, const struct corpus *k,
		   size_t row)
{
	struct text_field f = corpus_field(k, row);
	size_t plen = strlen(f.path);
	char *buf = malloc(plen + sizeof "channels/");
	struct str b = {0};
	const char *last = NULL;

	if (!buf)
		return NULL;
	for (size_t end = 0; end <= plen; end++) {
		if (end < plen && f.path[end] != '/')
			continue;
		if (b.len)
			str_add(&b, separator);
		last = part_title(t, f.path, end, buf,
				  plen + sizeof "channels/");
		str_add(&b, last);
	}
	/* a title is the node itself; a checklist's items are its text */
	if (strcmp(f.field, "title") &&
	    strcmp(search_field_label(f.field), last)) {
		str_add(&b, separator);
		str_add(&b, search_field_label(f.field));
	}
	free(buf);
	if (b.nomem) {
		free(b.s);
		return NULL;
	}
	return b.s;
}
