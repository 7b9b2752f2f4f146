/* SPDX-License-Identifier: MIT */
/* view_page.c - text pages: a channel (how to reach it, hours, response
 * time, notes, each claim with its sources), an info page, the sources. */
#include <stdio.h>
#include <string.h>

#include "status.h"
#include "tui_int.h"
#include "i18n.h"

enum { LINK_CHECKLIST, LINK_SOURCES };

static void section(struct view *v, const char *title,
		    const struct block_list *bl, bool numbered)
{
	if (!bl->count)
		return;
	doc_blank(&v->doc);
	doc_add(&v->doc, ST_HEADING, -1, 0, NULL, title);
	tui_doc_blocks(v->t, &v->doc, bl, numbered);
}

static void link(struct view *v, const char *text)
{
	doc_add(&v->doc, ST_NORMAL, doc_new_item(&v->doc), 0, "→ ", text);
}

static void build_channel(struct view *v)
{
	const struct channel *ch = v->node.channel;

	tui_doc_title(&v->doc, ch->title, ch->summary);
	char text[200];

	snprintf(text, sizeof text,
		 _("Чек-лист: что подготовить и что записать (%s)"),
		 tui_action_key(ACT_CHECKLIST).s);
	link(v, text);
	section(v, _("Как связаться"), &ch->steps, true);
	section(v, _("Когда работает"), &ch->hours, false);
	section(v, _("Как быстро отвечает"), &ch->response, false);
	section(v, _("Важно знать"), &ch->notes, false);
	doc_blank(&v->doc);
	doc_add(&v->doc, ST_DIM, -1, 0, NULL,
		_("[000] и т. п. после утверждения: номер источника. «Совет "
		  "helpnav» — наш совет, а не слова источника."));
	link(v, _("Источники сведений"));
}

static void build_page(struct view *v)
{
	const struct page *pg = v->node.page;

	tui_doc_title(&v->doc, pg->title, pg->summary);
	tui_doc_blocks(v->t, &v->doc, &pg->body, false);
	doc_blank(&v->doc);
	char text[300];

	snprintf(text, sizeof text,
		 _("[000] и т. п.: номер источника (%s — главное меню → "
		   "Источники сведений)."),
		 tui_action_key(ACT_MENU).s);
	doc_add(&v->doc, ST_DIM, -1, 0, NULL, text);
}

static void build_sources(struct view *v)
{
	const struct content *c = v->t->c;
	char tag[64];

	tui_doc_title(&v->doc, _("Источники сведений"),
		      _("Откуда взяты утверждения. Номер в квадратных скобках "
			"после утверждения указывает сюда."));
	for (size_t i = 0; i < c->source_count; i++) {
		const struct source *s = &c->sources[i];
		struct doc_par *p;

		snprintf(tag, sizeof tag, "[%s] ", s->id);
		p = doc_add(&v->doc, ST_HEADING, -1, 0, tag, s->title);
		if (p)
			p->src = s->title;
		if (s->file)
			doc_add(&v->doc, ST_DIM, -1, (int)strlen(tag), NULL,
				s->file);
		if (s->note) {
			p = doc_add(&v->doc, ST_NORMAL, -1, (int)strlen(tag),
				    NULL, s->note);
			if (p)
				p->src = s->note;
		}
		doc_blank(&v->doc);
	}
}

static int page_open(struct view *v)
{
	switch (v->node.kind) {
	case NODE_CHANNEL:
		build_channel(v);
		break;
	case NODE_PAGE:
		build_page(v);
		break;
	default:
		build_sources(v);
		break;
	}
	return HN_OK;
}

static bool page_key(struct view *v, enum tui_action a, int key)
{
	struct node_ref n = v->node;

	(void)key;
	if (a != ACT_OPEN || v->node.kind != NODE_CHANNEL)
		return false;
	if (v->sel == LINK_CHECKLIST) {
		n.kind = NODE_CHECKLIST;
		tui_open_node(v->t, &n);
	} else if (v->sel == LINK_SOURCES) {
		n = (struct node_ref){.kind = NODE_SOURCES};
		tui_open_node(v->t, &n);
	}
	return true;
}

static bool page_can(const struct view *v, enum tui_action a)
{
	return a != ACT_CHECKLIST || v->node.kind == NODE_CHANNEL;
}

static const enum tui_action page_bar[] = {ACT_BACK, ACT_CHECKLIST, ACT_SEARCH,
					   ACT_HELP, ACT_QUIT,      ACT_NONE};

const struct view_ops tui_page_ops = {
	.open = page_open,
	.draw = tui_doc_draw,
	.key = page_key,
	.bar = page_bar,
	.can = page_can,
};
