/* SPDX-License-Identifier: MIT */
/* engine.c - the view engine: the back and forward stacks, the top line
 * (breadcrumbs) and the bottom line (keys, messages, prompts), the main
 * loop and the actions every view shares. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "text.h"
#include "tui_int.h"
#include "i18n.h"

/* Room for this many views at first; the history doubles as it deepens. */
enum { HISTORY_FIRST = 16 };

struct view *tui_current(struct tui *t)
{
	return t->depth ? t->back[t->depth - 1] : NULL;
}

bool tui_same_node(const struct node_ref *a, const struct node_ref *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case NODE_CHANNEL:
	case NODE_CHECKLIST:
		return a->channel == b->channel;
	case NODE_CATEGORY:
		return a->category == b->category;
	case NODE_PAGE:
		return a->page == b->page;
	default:
		return true;
	}
}

static void view_free(struct view *v)
{
	if (!v)
		return;
	if (v->ops->close)
		v->ops->close(v);
	doc_clear(&v->doc);
	free(v);
}

static void clear_forward(struct tui *t)
{
	while (t->fwd_depth)
		view_free(t->fwd[--t->fwd_depth]);
}

/* Puts v on the back stack; false (and a message) when memory runs out. */
static bool push(struct tui *t, struct view *v)
{
	struct view **slot = grow_room(&t->back, t->depth, &t->cap_back,
				       sizeof *slot, HISTORY_FIRST);

	if (!slot) {
		tui_message(t, true, _("Не хватает памяти"));
		return false;
	}
	*slot = v;
	t->depth++;
	return true;
}

static struct view *view_new(struct tui *t, const struct view_ops *ops,
			     const struct node_ref *node, const char *crumb)
{
	struct view *v = calloc(1, sizeof *v);

	if (!v) {
		tui_message(t, true, _("Не хватает памяти"));
		return NULL;
	}
	v->ops = ops;
	v->t = t;
	v->sel = -1;
	doc_init(&v->doc);
	if (node) {
		v->node = *node;
		content_node_path(node, v->path, sizeof v->path);
	}
	snprintf(v->crumb, sizeof v->crumb, "%s", crumb ? crumb : "");
	if (ops->open(v) != 0) {
		view_free(v);
		return NULL;
	}
	if (v->sel < 0 && v->doc.nitems > 0)
		v->sel = 0;
	clear_forward(t);
	if (!push(t, v)) {
		view_free(v);
		return NULL;
	}
	return v;
}

static const struct view_ops *ops_for(enum node_kind k)
{
	switch (k) {
	case NODE_ROOT:
	case NODE_CATEGORY:
	case NODE_CHANNELS:
		return &tui_menu_ops;
	case NODE_CHECKLIST:
		return &tui_checklist_ops;
	default:
		return &tui_page_ops;
	}
}

struct view *tui_open_node(struct tui *t, const struct node_ref *node)
{
	return view_new(t, ops_for(node->kind), node, NULL);
}

struct view *tui_open_view(struct tui *t, const struct view_ops *ops,
			   const char *crumb)
{
	return view_new(t, ops, NULL, crumb);
}

void tui_back(struct tui *t)
{
	if (t->depth <= 1) {
		tui_message(t, false, _("Это начало: назад идти некуда"));
		return;
	}
	struct view **slot = grow_room(&t->fwd, t->fwd_depth, &t->cap_fwd,
				       sizeof *slot, HISTORY_FIRST);

	if (!slot) {
		tui_message(t, true, _("Не хватает памяти"));
		return;
	}
	*slot = t->back[--t->depth];
	t->fwd_depth++;
	tui_current(t)->stale = true;
}

bool tui_view_close_key(struct view *v, enum tui_action a)
{
	/* q closes as in less and man; q again quits */
	if (a != ACT_OPEN && a != ACT_CANCEL && a != ACT_QUIT)
		return false;
	tui_back(v->t);
	return true;
}

void tui_forward(struct tui *t)
{
	if (!t->fwd_depth) {
		tui_message(t, false, _("Вперёд идти некуда"));
		return;
	}
	if (!push(t, t->fwd[t->fwd_depth - 1]))
		return;
	t->fwd_depth--;
	tui_current(t)->stale = true;
}

static void crumbs(const struct view *v, char *buf, size_t size)
{
	if (v->crumb[0])
		snprintf(buf, size, "%s", v->crumb);
	else
		content_node_title(&v->node, " › ", true, buf, size);
}

/* The breadcrumbs s (w columns wide) in the first room columns. */
static void draw_crumbs(struct tui *t, const char *s, size_t w, int room)
{
	char dots[] = "…";
	size_t dw;

	tui_ascii_str(dots);
	dw = text_width(dots, strlen(dots));
	if (room < (int)dw + 2)
		return;
	if (w > (size_t)room - 1) {
		/* Keep the end of the path: it says where the user is. */
		size_t drop = w - ((size_t)room - 1 - dw), dropped = 0;

		while (*s && dropped < drop) {
			uint32_t cp;
			size_t k = utf8_decode(s, strlen(s), &cp);

			dropped += text_width(s, k);
			s += k;
		}
		tui_draw_str(0, 0, room, dots, t->attr[ST_BAR]);
		tui_draw_str(0, (int)dw, room, s, t->attr[ST_BAR]);
		return;
	}
	tui_draw_str(0, 0, room, s, t->attr[ST_BAR]);
}

/* Columns the breadcrumbs keep beside a view's status («…› Чек-лист»). */
enum { CRUMBS_MIN = 12 };

static void draw_top(struct tui *t, struct view *v)
{
	char buf[600], status[200] = "";
	size_t w, status_w = 0;

	crumbs(v, buf, sizeof buf);
	tui_ascii_str(buf);
	w = text_width(buf, strlen(buf));
	mvhline(0, 0, ' ' | (chtype)t->attr[ST_BAR], COLS);
	if (v->ops->status) {
		size_t keep = w < CRUMBS_MIN ? w : CRUMBS_MIN;

		if ((size_t)COLS > keep + 2)
			v->ops->status(v, status, sizeof status,
				       (size_t)COLS - keep - 2);
		tui_ascii_str(status);
		status_w = text_width(status, strlen(status));
	}
	if (status_w && status_w < (size_t)COLS) {
		tui_draw_str(0, COLS - (int)status_w, COLS, status,
			     t->attr[ST_BAR] | (int)A_BOLD);
		draw_crumbs(t, buf, w, COLS - (int)status_w - 1);
		return;
	}
	draw_crumbs(t, buf, w, COLS);
}

/* Whether the key bar offers a: it works on this screen now. */
static bool bar_shows(const struct tui *t, const struct view *v,
		      enum tui_action a)
{
	if (!tui_actions[a].bar)
		return false;
	if (a == ACT_BACK && t->depth <= 1)
		return false;
	return !v->ops->can || v->ops->can(v, a);
}

static size_t bar_entry_width(enum tui_action a)
{
	const char *word = _(tui_actions[a].bar);
	struct tui_key_text k = tui_action_key(a);

	return text_width(k.s, strlen(k.s)) + 1 +
	       text_width(word, strlen(word));
}

/* The bar's entries that fit in the width, in order: help and quit always,
 * the others dropped from the end of the bar (its least needed) first. */
static size_t bar_fit(const struct tui *t, const struct view *v,
		      enum tui_action *out, size_t cap, size_t room)
{
	size_t n = 0, width = 0;

	for (const enum tui_action *a = v->ops->bar; a && *a != ACT_NONE; a++)
		if (n < cap && bar_shows(t, v, *a)) {
			out[n++] = *a;
			width += bar_entry_width(*a) + (width ? 2 : 0);
		}
	for (size_t i = n; width > room && i-- > 0;) {
		if (out[i] == ACT_HELP || out[i] == ACT_QUIT)
			continue;
		width -= bar_entry_width(out[i]) + 2;
		memmove(out + i, out + i + 1, (n - i - 1) * sizeof *out);
		n--;
	}
	return n;
}

/* The keys at the left, what is below the screen at the right. */
static void draw_bar(struct tui *t, struct view *v, int y)
{
	enum tui_action shown[ACT_COUNT];
	char more[64];
	size_t more_w, n;
	int x = 0;

	tui_nav_more(v, more, sizeof more);
	more_w = text_width(more, strlen(more));
	n = bar_fit(t, v, shown, ACT_COUNT,
		    (size_t)COLS > more_w + 2 ? (size_t)COLS - more_w - 2 : 0);
	for (size_t i = 0; i < n; i++) {
		enum tui_action a = shown[i];

		if (x)
			x = tui_draw_str(y, x, COLS, "  ", A_NORMAL);
		x = tui_draw_str(y, x, COLS, tui_action_key(a).s,
				 t->attr[ST_KEY]);
		x = tui_draw_str(y, x, COLS, " ", A_NORMAL);
		x = tui_draw_str(y, x, COLS, _(tui_actions[a].bar), A_NORMAL);
	}
	if (more_w && x + 2 + (int)more_w <= COLS)
		tui_draw_str(y, COLS - (int)more_w, COLS, more,
			     t->attr[ST_KEY]);
}

/* The rows a message may take above a prompt. */
static int prompt_message_max(void)
{
	return LINES > 3 ? 2 : 1;
}

/* The rows of the key bar, message and prompt: what the body gives up. */
static int bottom_rows(const struct tui *t)
{
	if (!t->prompt.active)
		return t->message[0] ? tui_message_rows(t, 2) : 1;
	return 1 + (LINES > 2 ? tui_message_rows(t, prompt_message_max()) : 0);
}

static void draw_bottom(struct tui *t, struct view *v)
{
	int y = LINES - 1;

	if (t->prompt.active) {
		/* a message about the prompt (a paste too long) above it */
		if (t->message[0] && LINES > 2)
			tui_message_draw(t, y - 1, prompt_message_max());
		tui_prompt_draw(t);
		return;
	}
	if (t->message[0]) { /* the body gives up a row when it needs two */
		tui_message_draw(t, y, 2);
		return;
	}
	draw_bar(t, v, y);
}

static void draw_small(void)
{
	char buf[80];

	snprintf(buf, sizeof buf, _("нужно %dx%d"), TUI_MIN_COLS,
		 TUI_MIN_LINES);
	tui_draw_str(0, 0, COLS, _("Окно мало"), A_BOLD);
	if (LINES > 1)
		tui_draw_str(1, 0, COLS, buf, A_NORMAL);
	snprintf(buf, sizeof buf, _("%s - выход"), tui_action_key(ACT_QUIT).s);
	if (LINES > 2)
		tui_draw_str(2, 0, COLS, buf, A_NORMAL);
	move(0, 0);
}

void tui_draw_all(struct tui *t)
{
	struct view *v = tui_current(t);

	erase();
	if (COLS < TUI_MIN_COLS || LINES < TUI_MIN_LINES) {
		draw_small();
		if (t->prompt.active) {
			tui_prompt_draw_small(t);
			move(t->cur_y, t->cur_x);
		}
		refresh();
		return;
	}
	if (v->stale) {
		v->stale = false;
		doc_clear(&v->doc);
		v->ops->open(v);
	}
	tui_nav_bottom_rows(bottom_rows(t));
	draw_top(t, v);
	v->ops->draw(v);
	draw_bottom(t, v);
	move(t->cur_y, t->cur_x);
	refresh();
}

void tui_free_views(struct tui *t)
{
	clear_forward(t);
	while (t->depth)
		view_free(t->back[--t->depth]);
	free(t->back);
	free(t->fwd);
	t->back = t->fwd = NULL;
	t->cap_back = t->cap_fwd = 0;
}
