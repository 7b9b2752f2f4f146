/* SPDX-License-Identifier: MIT */
/* doc.c - a view's text as paragraphs, wrapped by display width. */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "text.h"
#include "tui_int.h"

void doc_init(struct doc *d)
{
	memset(d, 0, sizeof *d);
	d->width = -1;
}

void doc_clear(struct doc *d)
{
	for (size_t i = 0; i < d->npars; i++) {
		free(d->pars[i].text);
		free(d->pars[i].prefix);
		free(d->pars[i].hits);
	}
	free(d->pars);
	free(d->rows);
	doc_init(d);
}

int doc_new_item(struct doc *d)
{
	return d->nitems++;
}

static char *dup_str(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);

	if (p)
		memcpy(p, s, n);
	return p;
}

struct doc_par *doc_add(struct doc *d, enum tui_style st, int item, int indent,
			const char *prefix, const char *text)
{
	struct doc_par *p =
		grow_room(&d->pars, d->npars, &d->cap_pars, sizeof *p, 32);

	if (!p)
		return NULL;
	memset(p, 0, sizeof *p);
	p->text = dup_str(text ? text : "");
	p->prefix = prefix ? dup_str(prefix) : NULL;
	if (!p->text || (prefix && !p->prefix)) {
		free(p->text);
		free(p->prefix);
		return NULL;
	}
	p->len = strlen(p->text);
	p->tail_off = p->len;
	if (p->prefix)
		tui_ascii_str(p->prefix);
	p->prefix_width =
		p->prefix ? (int)text_width(p->prefix, strlen(p->prefix)) : 0;
	p->indent = indent;
	p->style = st;
	p->item = item;
	d->npars++;
	d->width = -1;
	return p;
}

void doc_blank(struct doc *d)
{
	doc_add(d, ST_NORMAL, -1, 0, NULL, "");
}

static bool push_row(struct doc *d, size_t par, size_t start, size_t len,
		     bool first)
{
	struct doc_row *r =
		grow_room(&d->rows, d->nrows, &d->cap_rows, sizeof *r, 64);

	if (!r)
		return false;
	*r = (struct doc_row){par, start, len, first};
	d->nrows++;
	return true;
}

/* --ascii: the text's glyphs to ASCII once, before its first layout (the
 * caller has set the offsets into it by then), the offsets moved along. */
static void par_ascii(struct doc_par *p)
{
	if (p->ascii_done)
		return;
	p->ascii_done = true;
	p->src_off -= tui_ascii_saved(p->text, p->src_off);
	p->tail_off -= tui_ascii_saved(p->text, p->tail_off);
	p->len = tui_ascii_inplace(p->text, p->len);
}

static void layout_par(struct doc *d, size_t i, int width)
{
	const struct doc_par *p = &d->pars[i];
	int avail = width - p->indent - p->prefix_width - 1;
	struct wrap_line *lines = NULL;

	if (avail < 1)
		avail = 1;
	if (p->nowrap || p->len == 0) {
		push_row(d, i, 0, text_fit(p->text, p->len, (size_t)avail),
			 true);
		return;
	}
	size_t n = wrap_lines(p->text, p->len, (size_t)avail, &lines);

	if (n == (size_t)-1 || n == 0) {
		push_row(d, i, 0, text_fit(p->text, p->len, (size_t)avail),
			 true);
	} else {
		for (size_t k = 0; k < n; k++)
			push_row(d, i, lines[k].start, lines[k].length, k == 0);
	}
	free(lines);
}

void doc_layout(struct doc *d, int width, size_t *top)
{
	size_t anchor_par = 0, anchor_byte = 0;
	bool anchored = false;

	if (d->width == width)
		return;
	if (top && *top < d->nrows && d->width > 0) {
		anchor_par = d->rows[*top].par;
		anchor_byte = d->rows[*top].start;
		anchored = true;
	}
	d->nrows = 0;
	for (size_t i = 0; i < d->npars; i++) {
		par_ascii(&d->pars[i]);
		layout_par(d, i, width);
	}
	d->width = width;
	if (!top)
		return;
	if (!anchored) {
		if (*top >= d->nrows)
			*top = d->nrows ? d->nrows - 1 : 0;
		return;
	}
	*top = 0;
	for (size_t r = 0; r < d->nrows; r++) {
		if (d->rows[r].par == anchor_par &&
		    d->rows[r].start <= anchor_byte)
			*top = r;
		if (d->rows[r].par > anchor_par)
			break;
	}
}

bool doc_item_rows(const struct doc *d, int item, size_t *first, size_t *last)
{
	bool found = false;

	if (item < 0)
		return false;
	for (size_t r = 0; r < d->nrows; r++) {
		if (d->pars[d->rows[r].par].item != item)
			continue;
		if (!found)
			*first = r;
		*last = r;
		found = true;
	}
	return found;
}

int doc_row_item(const struct doc *d, size_t row)
{
	return row < d->nrows ? d->pars[d->rows[row].par].item : -1;
}

bool doc_find_src(const struct doc *d, const char *src, size_t off, size_t *row)
{
	for (size_t r = 0; r < d->nrows; r++) {
		const struct doc_par *p = &d->pars[d->rows[r].par];
		const struct doc_row *w = &d->rows[r];
		if (!p->src || strcmp(p->src, src) != 0 || off < p->src_from)
			continue;
		size_t at = doc_src_pos(p, off);

		if (at < w->start + w->len || r + 1 == d->nrows ||
		    d->rows[r + 1].par != w->par) {
			*row = r;
			return true;
		}
	}
	return false;
}

size_t doc_src_pos(const struct doc_par *p, size_t off)
{
	size_t rel = off - p->src_from;

	return p->src_off + rel - tui_ascii_saved(p->src + p->src_from, rel);
}
