/* SPDX-License-Identifier: MIT */
/* view_number.c - «Проверить номер»: a prompt at the bottom and, as the
 * user types, what the sources say about the number (phone.h). */
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "i18n.h"
#include "phone.h"
#include "status.h"
#include "tui_int.h"

struct number_view {
	char text[LE_MAX * 4]; /* what the prompt holds */
	struct arena *verdict; /* the blocks shown; rebuilt with the doc */
};

/* phone.h's verdict on text, or the card alone, into d; the blocks live
 * in *a (replaced). Nothing is added when text is not a number. Returns
 * whether it was one. */
bool tui_doc_number(struct tui *t, struct doc *d, const char *text, bool card,
		    struct arena **a)
{
	struct phone_query q;
	struct block_list bl;
	bool found;

	arena_free(*a);
	*a = NULL;
	if (phone_parse(text, &q) != HN_OK)
		return false;
	*a = arena_new();
	int rc = !*a    ? HN_NOMEM
		 : card ? phone_card(t->c, &q, *a, &bl, &found)
			: phone_verdict(t->c, &q, *a, &bl, &found);
	if (rc == HN_OK)
		tui_doc_blocks(t, d, &bl, false);
	else
		doc_add(d, ST_ERROR, -1, 0, NULL, _("не хватает памяти"));
	return true;
}

static int number_open(struct view *v)
{
	if (!v->priv)
		v->priv = calloc(1, sizeof(struct number_view));
	struct number_view *nv = v->priv;
	if (!nv)
		return HN_NOMEM;
	tui_doc_title(&v->doc, _("Проверить номер"),
		      _("Введите номер, который вам звонил или попался в "
			"статье, — как угодно: 8 800…, +7 (800)…, с пробелами "
			"или без, можно последние 7 цифр. Ответ появляется по "
			"мере ввода."));
	if (!tui_doc_number(v->t, &v->doc, nv->text, false, &nv->verdict) &&
	    nv->text[0])
		doc_add(&v->doc, ST_DIM, -1, 0, NULL,
			_("Пока это не номер: нужно не меньше 7 цифр, без "
			  "букв."));
	return HN_OK;
}

static void number_changed(struct tui *t, const char *text, void *ctx)
{
	struct view *v = ctx;
	struct number_view *nv = v->priv;

	(void)t;
	snprintf(nv->text, sizeof nv->text, "%s", text);
	v->stale = true;
	v->top = 0;
	v->sel = -1;
}

static void number_done(struct tui *t, bool ok, const char *text, void *ctx)
{
	if (!ok && !text[0])
		tui_back(t);
	else
		number_changed(t, text, ctx);
}

static void number_prompt(struct tui *t, struct view *v)
{
	struct number_view *nv = v->priv;

	tui_prompt_line(t, _("Номер: "), nv->text, number_done, v);
	t->prompt.change = number_changed;
}

void tui_number_start(struct tui *t)
{
	struct view *v = tui_current(t);

	if (v->ops != &tui_number_ops)
		v = tui_open_view(t, &tui_number_ops, _("Проверить номер"));
	if (v)
		number_prompt(t, v);
}

static bool number_key(struct view *v, enum tui_action a, int key)
{
	(void)key;
	if (a != ACT_NUMBER && a != ACT_OPEN)
		return false;
	number_prompt(v->t, v);
	return true;
}

static void number_close(struct view *v)
{
	struct number_view *nv = v->priv;

	if (nv)
		arena_free(nv->verdict);
	free(nv);
}

static const enum tui_action number_bar[] = {ACT_NUMBER, ACT_BACK, ACT_SEARCH,
					     ACT_HELP,   ACT_QUIT, ACT_NONE};

const struct view_ops tui_number_ops = {
	.open = number_open,
	.draw = tui_doc_draw,
	.key = number_key,
	.close = number_close,
	.bar = number_bar,
};
