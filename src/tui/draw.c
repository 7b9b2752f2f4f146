/* SPDX-License-Identifier: MIT */
/* draw.c - UTF-8 text on the screen by display width, and a view's doc
 * with the selection and search matches. */
#include <stdint.h>
#include <string.h>

#include "status.h"
#include "text.h"
#include "tui_int.h"

int tui_draw_text(int y, int x, int maxx, const char *s, size_t len, int attr)
{
	wchar_t buf[256];
	size_t n = 0, i = 0;

	if (x >= maxx)
		return x;
	attrset((attr_t)attr);
	move(y, x);
	while (i < len) {
		uint32_t cp;
		size_t used = utf8_decode(s + i, len - i, &cp);
		int w = text_char_width(cp);

		/* --ascii: a glyph no one made ASCII before is, here */
		const char *a = tui_ascii_for(cp);
		size_t k = a ? strlen(a) : 1;

		if (w < 0) {
			cp = '?';
			w = 1;
		}
		if (a)
			w = (int)k;
		if (x + w > maxx)
			break;
		for (size_t j = 0; j < k; j++) {
			buf[n++] = a ? (wchar_t)a[j] : (wchar_t)cp;
			if (n == sizeof buf / sizeof buf[0]) {
				addnwstr(buf, (int)n);
				n = 0;
			}
		}
		x += w;
		i += used;
	}
	if (n)
		addnwstr(buf, (int)n);
	attrset(A_NORMAL);
	return x;
}

int tui_draw_str(int y, int x, int maxx, const char *s, int attr)
{
	size_t len = 0;

	while (s[len])
		len++;
	return tui_draw_text(y, x, maxx, s, len, attr);
}

/* Match spans of the current search inside [start, end) of text, on a
 * view that shows them. */
static size_t row_matches(struct view *v, struct doc_par *p, size_t start,
			  size_t end, size_t *spans, size_t max)
{
	size_t n = 0;

	if (!tui_search_shows(v))
		return 0;
	tui_par_hits(v->t, p);
	for (size_t i = 0; i < p->nhits && n + 2 <= max; i++) {
		size_t a = p->hits[i].byte_start, b = p->hits[i].byte_end;

		if (b <= start || a >= end || a == b)
			continue;
		spans[n++] = a < start ? start : a;
		spans[n++] = b > end ? end : b;
	}
	return n;
}

static int par_attr(struct tui *t, const struct doc_par *p, bool selected)
{
	int a = t->attr[p->style];

	return selected ? (a & ~(int)A_COLOR) | t->attr[ST_SEL] : a;
}

/* Draws one row of text, splitting it at the matches and the source tail. */
static void draw_row_text(struct view *v, struct doc_par *p,
			  const struct doc_row *w, int y, int x, bool selected)
{
	struct tui *t = v->t;
	size_t spans[64];
	size_t n = row_matches(v, p, w->start, w->start + w->len, spans, 64);
	/* the hit gone to, among the matches of its paragraph */
	bool hit_par = v->search_marked && v->has_hit_par &&
		       v->hit_par == w->par;
	size_t pos = w->start, end = w->start + w->len, k = 0;
	int base = par_attr(t, p, selected);
	int match = selected ? t->attr[ST_SEL] | (int)(A_BOLD | A_UNDERLINE)
			     : t->attr[ST_MATCH];
	int dim = selected ? base : t->attr[ST_DIM];

	while (pos < end) {
		size_t stop = end;
		int attr = base;

		if (k < n && spans[k] <= pos) {
			stop = spans[k + 1];
			attr = match;
			if (hit_par && !selected && spans[k] < v->hit_end &&
			    stop > v->hit_start)
				attr = t->attr[ST_MATCH_CUR];
			k += 2;
		} else if (k < n) {
			stop = spans[k];
		}
		if (pos < p->tail_off && stop > p->tail_off && attr == base)
			stop = p->tail_off;
		if (pos >= p->tail_off && attr == base)
			attr = dim;
		x = tui_draw_text(y, x, COLS, p->text + pos, stop - pos, attr);
		pos = stop;
	}
}

void tui_doc_draw(struct view *v)
{
	struct doc *d = &v->doc;
	int h = tui_body_height();
	bool placed = false;

	tui_nav_settle(v);
	v->t->cur_y = 1;
	v->t->cur_x = 0;
	if (v->has_hit_row && v->hit_row >= v->top &&
	    v->hit_row < v->top + (size_t)h) {
		const struct doc_par *p = &d->pars[d->rows[v->hit_row].par];

		v->t->cur_y = 1 + (int)(v->hit_row - v->top);
		v->t->cur_x = p->indent + p->prefix_width;
	}
	for (int i = 0; i < h && v->top + (size_t)i < d->nrows; i++) {
		const struct doc_row *w = &d->rows[v->top + (size_t)i];
		struct doc_par *p = &d->pars[w->par];
		bool sel = p->item >= 0 && p->item == v->sel;
		int y = 1 + i, x = p->indent;

		if (sel) {
			mvhline(y, 0, ' ' | (chtype)v->t->attr[ST_SEL], COLS);
			if (!placed) {
				v->t->cur_y = y;
				v->t->cur_x = x;
				placed = true;
			}
		}
		if (w->first && p->prefix)
			tui_draw_str(y, x, COLS, p->prefix,
				     par_attr(v->t, p, sel));
		draw_row_text(v, p, w, y, x + p->prefix_width, sel);
	}
}
