/* SPDX-License-Identifier: MIT */
/* view_menu.c - the menus: the main menu (categories, then info pages and
 * the reference lists), a category's channels (best first), and the list
 * of every channel. */
#include <stdio.h>
#include <stdlib.h>

#include "grow.h"
#include "status.h"
#include "tui_int.h"
#include "i18n.h"

enum { MENU_DIGITS = 9 }; /* items a digit key opens */

struct menu {
	struct node_ref *targets; /* per item */
	size_t count, cap;
	int number_item; /* «Проверить номер», or -1 */
};

static bool add_item(struct view *v, const struct node_ref *target,
		     const char *title, const char *summary)
{
	struct menu *m = v->priv;
	char num[16];
	int item;

	struct node_ref *slot =
		grow_room(&m->targets, m->count, &m->cap, sizeof *slot, 16);

	if (!slot)
		return false;
	item = doc_new_item(&v->doc);
	*slot = *target;
	m->count++;
	/* Digits open items 1-9 at once; later items carry no number
	 * rather than one that two keystrokes would have to race for. */
	if (item < MENU_DIGITS)
		snprintf(num, sizeof num, "%d. ", item + 1);
	else
		snprintf(num, sizeof num, "%s", "•  ");
	struct doc_par *p = doc_add(&v->doc, ST_NORMAL, item, 1, num, title);

	if (!p)
		return false;
	p->src = title;
	if (summary) {
		p = doc_add(&v->doc, ST_DIM, item, 1 + 3, NULL, summary);
		if (p)
			p->src = summary;
	}
	return true;
}

static void build_root(struct view *v)
{
	const struct content *c = v->t->c;
	struct node_ref n = {0};
	char hint[300];

	snprintf(hint, sizeof hint,
		 _("Выберите, с чем нужна помощь: стрелки и %s, или цифра. "
		   "Поиск по всем текстам: %s"),
		 tui_action_key(ACT_OPEN).s, tui_action_key(ACT_SEARCH).s);
	tui_doc_title(&v->doc, _("Чем помочь?"), hint);
	doc_add(&v->doc, ST_HEADING, -1, 0, NULL, _("Проблема"));
	for (size_t i = 0; i < c->category_count; i++) {
		n.kind = NODE_CATEGORY;
		n.category = &c->categories[i];
		add_item(v, &n, n.category->title, n.category->summary);
	}
	doc_blank(&v->doc);
	doc_add(&v->doc, ST_HEADING, -1, 0, NULL,
		_("Вам звонили или дали номер?"));
	((struct menu *)v->priv)->number_item = v->doc.nitems;
	add_item(v, &n, _("Проверить номер"),
		 _("Что пишут источники о номере и что делать"));
	if (c->page_count) {
		doc_blank(&v->doc);
		doc_add(&v->doc, ST_HEADING, -1, 0, NULL, _("Полезно знать"));
	}
	for (size_t i = 0; i < c->page_count; i++) {
		n = (struct node_ref){.kind = NODE_PAGE, .page = &c->pages[i]};
		add_item(v, &n, n.page->title, n.page->summary);
	}
	doc_blank(&v->doc);
	doc_add(&v->doc, ST_HEADING, -1, 0, NULL, _("Справочник"));
	n = (struct node_ref){.kind = NODE_CHANNELS};
	add_item(v, &n, _("Все каналы связи"), NULL);
	n = (struct node_ref){.kind = NODE_SOURCES};
	add_item(v, &n, _("Источники сведений"), NULL);
}

static void build_category(struct view *v)
{
	const struct category *cat = v->node.category;
	struct node_ref n = {.kind = NODE_CHANNEL, .category = cat};

	tui_doc_title(&v->doc, cat->title, cat->summary);
	doc_add(&v->doc, ST_HEADING, -1, 0, NULL,
		_("Куда обращаться (лучший способ первым)"));
	for (size_t i = 0; i < cat->channel_count; i++) {
		n.channel = cat->channels[i];
		add_item(v, &n, n.channel->title, n.channel->summary);
	}
	if (cat->notes.count) {
		doc_blank(&v->doc);
		doc_add(&v->doc, ST_HEADING, -1, 0, NULL, _("Важно знать"));
		tui_doc_blocks(v->t, &v->doc, &cat->notes, false);
	}
}

static void build_channels(struct view *v)
{
	const struct content *c = v->t->c;
	struct node_ref n = {.kind = NODE_CHANNEL};

	tui_doc_title(&v->doc, _("Все каналы связи"),
		      _("Каждый способ связаться с поддержкой, без привязки к "
			"проблеме"));
	for (size_t i = 0; i < c->channel_count; i++) {
		n.channel = &c->channels[i];
		add_item(v, &n, n.channel->title, n.channel->summary);
	}
}

static int menu_open(struct view *v)
{
	if (!v->priv)
		v->priv = calloc(1, sizeof(struct menu));
	if (!v->priv)
		return HN_NOMEM;
	((struct menu *)v->priv)->count = 0;
	((struct menu *)v->priv)->number_item = -1;
	switch (v->node.kind) {
	case NODE_CATEGORY:
		build_category(v);
		break;
	case NODE_CHANNELS:
		build_channels(v);
		break;
	default:
		build_root(v);
		break;
	}
	return HN_OK;
}

static const struct node_ref *selected(const struct view *v)
{
	const struct menu *m = v->priv;

	if (v->sel < 0 || (size_t)v->sel >= m->count)
		return NULL;
	return &m->targets[v->sel];
}

static bool menu_key(struct view *v, enum tui_action a, int key)
{
	const struct node_ref *target = selected(v);
	struct node_ref n;

	(void)key;
	if (a == ACT_CHECKLIST && target && target->kind == NODE_CHANNEL) {
		n = *target;
		n.kind = NODE_CHECKLIST;
		tui_open_node(v->t, &n);
		return true;
	}
	if (a != ACT_OPEN)
		return false;
	if (!target) {
		tui_message(v->t, false, _("Выберите пункт стрелками"));
		return true;
	}
	if (v->sel == ((const struct menu *)v->priv)->number_item) {
		tui_number_start(v->t);
		return true;
	}
	n = *target;
	tui_open_node(v->t, &n);
	return true;
}

/* c is shown when a channel is selected. */
static bool menu_can(const struct view *v, enum tui_action a)
{
	const struct node_ref *target = selected(v);

	if (a == ACT_CHECKLIST)
		return target && target->kind == NODE_CHANNEL;
	if (a == ACT_OPEN)
		return target != NULL;
	return true;
}

static void menu_close(struct view *v)
{
	struct menu *m = v->priv;

	if (m)
		free(m->targets);
	free(m);
}

static const enum tui_action menu_bar[] = {ACT_OPEN,   ACT_CHECKLIST, ACT_BACK,
					   ACT_SEARCH, ACT_HELP,      ACT_QUIT,
					   ACT_NONE};

const struct view_ops tui_menu_ops = {
	.open = menu_open,
	.draw = tui_doc_draw,
	.key = menu_key,
	.close = menu_close,
	.bar = menu_bar,
	.list = true,
	.can = menu_can,
};
