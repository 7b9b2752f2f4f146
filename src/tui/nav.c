/* SPDX-License-Identifier: MIT */
/* nav.c - moving through a view's doc: the selection walks the items that
 * are on screen and the text scrolls when none is (as in lynx or info),
 * so menus and long pages move the same way. Mouse too. */
#include "tui_int.h"

int tui_body_height(void)
{
	return LINES - 2 > 1 ? LINES - 2 : 1;
}

static size_t max_top(const struct view *v)
{
	size_t h = (size_t)tui_body_height();

	return v->doc.nrows > h ? v->doc.nrows - h : 0;
}

static bool item_visible(const struct view *v, int item)
{
	size_t f, l, h = (size_t)tui_body_height();

	if (!doc_item_rows(&v->doc, item, &f, &l))
		return false;
	return l >= v->top && f < v->top + h;
}

/* Scrolls so that the item's rows are on screen, its first row first. */
static void show_item(struct view *v, int item)
{
	size_t f, l, h = (size_t)tui_body_height();

	if (!doc_item_rows(&v->doc, item, &f, &l))
		return;
	if (l >= v->top + h)
		v->top = l + 1 - h;
	if (f < v->top)
		v->top = f;
}

/* After a scroll: keep the selection on screen, or drop it. */
static void sync_sel(struct view *v)
{
	size_t h = (size_t)tui_body_height();

	if (v->sel >= 0 && item_visible(v, v->sel))
		return;
	v->sel = -1;
	for (size_t r = v->top; r < v->top + h && r < v->doc.nrows; r++) {
		int it = doc_row_item(&v->doc, r);

		if (it >= 0 && v->doc.rows[r].first) {
			v->sel = it;
			return;
		}
	}
}

void tui_reveal(struct view *v, size_t row)
{
	size_t h = (size_t)tui_body_height();

	doc_layout(&v->doc, COLS, &v->top);
	if (row < v->top || row + 2 >= v->top + h)
		v->top = row > h / 3 ? row - h / 3 : 0;
	if (v->top > max_top(v))
		v->top = max_top(v);
	v->sel = doc_row_item(&v->doc, row);
	v->has_hit_row = v->sel < 0;
	v->hit_row = row;
}

static void step(struct view *v, int dir)
{
	int next = v->sel + dir;

	if (v->sel < 0)
		next = dir > 0 ? 0 : v->doc.nitems - 1;
	if (next >= 0 && next < v->doc.nitems) {
		size_t f, l, h = (size_t)tui_body_height();

		if (doc_item_rows(&v->doc, next, &f, &l) &&
		    (dir > 0 ? f < v->top + h : l >= v->top)) {
			v->sel = next;
			show_item(v, next);
			return;
		}
	}
	if (dir > 0 && v->top < max_top(v))
		v->top++;
	else if (dir < 0 && v->top > 0)
		v->top--;
	sync_sel(v);
}

static void page(struct view *v, int dir)
{
	size_t h = (size_t)tui_body_height();
	size_t jump = h > 2 ? h - 1 : 1;

	if (dir > 0)
		v->top = v->top + jump < max_top(v) ? v->top + jump
						    : max_top(v);
	else
		v->top = v->top > jump ? v->top - jump : 0;
	v->sel = -1;
	sync_sel(v);
}

/* Movement keys; true when the action was one of them. */
bool tui_nav_action(struct view *v, enum tui_action a)
{
	doc_layout(&v->doc, COLS, &v->top);
	if (a >= ACT_UP && a <= ACT_END)
		v->has_hit_row = false;
	switch (a) {
	case ACT_UP:
		step(v, -1);
		return true;
	case ACT_DOWN:
		step(v, 1);
		return true;
	case ACT_PGUP:
		page(v, -1);
		return true;
	case ACT_PGDN:
		page(v, 1);
		return true;
	case ACT_HOME:
		v->top = 0;
		v->sel = v->doc.nitems ? 0 : -1;
		sync_sel(v);
		return true;
	case ACT_END:
		v->top = max_top(v);
		v->sel = v->doc.nitems - 1;
		if (v->sel >= 0)
			show_item(v, v->sel);
		sync_sel(v);
		return true;
	default:
		return false;
	}
}

/* Selects the item under the mouse; true when there is one to open. */
bool tui_nav_mouse(struct view *v, int *open_item)
{
	MEVENT ev;

	*open_item = -1;
	if (getmouse(&ev) != OK)
		return false;
	if (ev.bstate & BUTTON4_PRESSED) {
		for (int i = 0; i < 3 && v->top > 0; i++)
			v->top--;
		sync_sel(v);
		return false;
	}
	if (ev.bstate & BUTTON5_PRESSED) {
		for (int i = 0; i < 3 && v->top < max_top(v); i++)
			v->top++;
		sync_sel(v);
		return false;
	}
	if (!(ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) || ev.y < 1 ||
	    ev.y > tui_body_height())
		return false;
	int it = doc_row_item(&v->doc, v->top + (size_t)(ev.y - 1));

	if (it < 0)
		return false;
	v->sel = it;
	*open_item = it;
	return true;
}
