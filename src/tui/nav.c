/* SPDX-License-Identifier: MIT */
/* nav.c - moving through a view's doc: the selection walks the items that
 * are on screen and the text scrolls when none is (as in lynx or info),
 * so menus and long pages move the same way. Mouse too. */
#include <stdio.h>

#include "tui_int.h"
#include "i18n.h"

/* Rows under the body: the key bar, or a message of two rows, or a
 * prompt and the message above it (tui_draw_all sets it each frame). */
static int bottom_rows = 1;

void tui_nav_bottom_rows(int rows)
{
	bottom_rows = rows > 0 ? rows : 1;
}

int tui_body_height(void)
{
	int h = LINES - 1 - bottom_rows;

	return h > 1 ? h : 1;
}

static size_t max_top(const struct view *v)
{
	size_t h = (size_t)tui_body_height();

	return v->doc.nrows > h ? v->doc.nrows - h : 0;
}

/* Whether the item is shown as a selection must be: whole, or from its
 * first row when it is taller than the screen. */
static bool item_shown(const struct view *v, int item)
{
	size_t f, l, h = (size_t)tui_body_height();

	if (!doc_item_rows(&v->doc, item, &f, &l))
		return false;
	if (f < v->top || f >= v->top + h)
		return false;
	return l < v->top + h || l - f >= h;
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

/* After a scroll: keep the selection if it is still shown, else select
 * the first item shown, else none (Enter then does nothing unseen). */
static void sync_sel(struct view *v)
{
	size_t h = (size_t)tui_body_height();

	if (v->sel >= 0 && item_shown(v, v->sel))
		return;
	v->sel = -1;
	for (size_t r = v->top; r < v->top + h && r < v->doc.nrows; r++) {
		int it = doc_row_item(&v->doc, r);

		if (it >= 0 && v->doc.rows[r].first && item_shown(v, it)) {
			v->sel = it;
			return;
		}
	}
}

/* Before a key acts and before a frame is drawn: whatever the size, the
 * text fills the screen and the selection is on it. A resize, back or
 * forward keeps the selection and scrolls to it, so that what Enter and
 * Space act on is what the user sees highlighted. */
void tui_nav_settle(struct view *v)
{
	doc_layout(&v->doc, COLS, &v->top);
	if (v->top > max_top(v))
		v->top = max_top(v);
	if (v->sel >= v->doc.nitems)
		v->sel = v->doc.nitems - 1;
	if (v->sel >= 0 && !item_shown(v, v->sel))
		show_item(v, v->sel);
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

/* Rows of text an arrow key skips to reach the next item: closer items
 * are selected at once (a list moves by items), farther ones are
 * approached a line at a time (a long page is read, not jumped over). */
static size_t near_rows(void)
{
	size_t h = (size_t)tui_body_height();

	return h / 2 > 1 ? h / 2 : 1;
}

static void step(struct view *v, int dir)
{
	int next = v->sel + dir;

	if (v->sel < 0)
		next = dir > 0 ? 0 : v->doc.nitems - 1;
	if (next >= 0 && next < v->doc.nitems) {
		size_t f, l, h = (size_t)tui_body_height();

		if (doc_item_rows(&v->doc, next, &f, &l) &&
		    (dir > 0 ? f < v->top + h + near_rows()
			     : l + near_rows() >= v->top)) {
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

/* A screen at a time; at either end the selection goes to the last
 * (first) item shown, so PgDn always reaches the end of a list. */
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
	if (dir < 0 || v->top != max_top(v))
		return;
	for (int it = v->sel; it >= 0 && it < v->doc.nitems; it++)
		if (item_shown(v, it))
			v->sel = it;
}

void tui_nav_more(const struct view *v, char *buf, size_t size)
{
	size_t h = (size_t)tui_body_height(), end = v->top + h, f, l;
	int below = 0;

	buf[0] = '\0';
	if (end >= v->doc.nrows)
		return;
	for (int it = 0; v->ops->list && it < v->doc.nitems; it++)
		if (doc_item_rows(&v->doc, it, &f, &l) && f >= end)
			below++;
	if (below)
		snprintf(buf, size, _("%s ещё %d"), "↓", below);
	else /* a page: how far down, as less shows it */
		snprintf(buf, size, "%s %zu%%", "↓", end * 100 / v->doc.nrows);
	tui_ascii_str(buf);
}

/* Movement keys; true when the action was one of them. */
bool tui_nav_action(struct view *v, enum tui_action a)
{
	tui_nav_settle(v);
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
