/* SPDX-License-Identifier: MIT */
/* view_checklist.c - the checklist of a (category, channel) pair: ticks,
 * fill-in fields edited in place, printing and saving. The ticks live in
 * the session (tui_checklist_for), not in the view, so leaving the view
 * and coming back keeps them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "export.h"
#include "status.h"
#include "text.h"
#include "tui_int.h"
#include "i18n.h"

struct cl_view {
	struct checklist *cl;
	int editing; /* item being edited, or -1 */
	bool edited; /* its text changed since the editor opened */
	struct lineedit le;
	struct tui_save save; /* the file name asked last */
};

/* Columns the editor's line is indented by: under the label's text. */
enum { EDIT_INDENT = 5 };

/* The field being edited: its whole label, wrapped, and under it the
 * editor's row, which alone is the item, so that the selection (and so
 * the scrolling) keeps the row typed in on screen. */
static void add_editor(struct view *v, size_t i, const struct check_item *it)
{
	struct sbuf b = {0};

	sb_addf(&b, "%s:", it->text);
	doc_add(&v->doc, ST_HEADING, -1, 1, "[✎] ", b.s ? b.s : "");
	doc_add(&v->doc, ST_NORMAL, (int)i, EDIT_INDENT, NULL, "");
	sb_free(&b);
}

static void add_items(struct view *v, enum check_phase phase)
{
	struct cl_view *cv = v->priv;
	const struct checklist *cl = cv->cl;

	for (size_t i = 0; i < cl->count; i++) {
		const struct check_item *it = cl->items[i];
		const char *val = cl->values[i];
		bool done = checklist_item_done(cl, i);
		struct sbuf b = {0};
		struct doc_par *p;

		if (it->phase != phase)
			continue;
		if ((int)i == cv->editing) {
			add_editor(v, i, it);
			continue;
		}
		sb_add(&b, it->text);
		if (it->field)
			sb_addf(&b, ": %s", val && val[0] ? val : "________");
		size_t tail = b.len;

		tui_doc_sources(&b, &it->sources);
		p = doc_add(&v->doc, ST_NORMAL, (int)i, 1,
			    done ? "[x] " : "[ ] ", b.s ? b.s : "");
		if (p) {
			p->src = it->text;
			p->tail_off = tail;
		}
		sb_free(&b);
	}
}

static bool has_phase(const struct checklist *cl, enum check_phase ph)
{
	for (size_t i = 0; i < cl->count; i++)
		if (cl->items[i]->phase == ph)
			return true;
	return false;
}

static int cl_open(struct view *v)
{
	struct cl_view *cv = v->priv;
	const struct node_ref *n = &v->node;
	char sub[300], hint[300];

	if (!cv) {
		cv = calloc(1, sizeof *cv);
		if (!cv)
			return HN_NOMEM;
		cv->editing = -1;
		v->priv = cv;
		cv->cl = tui_checklist_for(v->t, n->category, n->channel);
		if (!cv->cl)
			return HN_NOMEM;
		cv->save.cl = cv->cl;
	}
	v->t->last_list = cv->cl;
	v->doc.nitems = (int)cv->cl->count;
	snprintf(sub, sizeof sub, "%s%s%s", n->channel->title,
		 n->category ? ": " : "",
		 n->category ? n->category->title : "");
	tui_doc_title(&v->doc, _("Чек-лист"), sub);
	snprintf(hint, sizeof hint,
		 _("%s — отметить, %s — заполнить поле, %s — напечатать, "
		   "%s — сохранить в файл"),
		 tui_action_key(ACT_TOGGLE).s, tui_action_key(ACT_OPEN).s,
		 tui_action_key(ACT_PRINT).s, tui_action_key(ACT_SAVE).s);
	doc_add(&v->doc, ST_DIM, -1, 0, NULL, hint);
	doc_blank(&v->doc);
	doc_add(&v->doc, ST_HEADING, -1, 0, NULL,
		_("Подготовьте до обращения"));
	add_items(v, PHASE_BEFORE);
	if (has_phase(cv->cl, PHASE_AFTER)) {
		doc_blank(&v->doc);
		doc_add(&v->doc, ST_HEADING, -1, 0, NULL,
			_("Запишите после обращения"));
		add_items(v, PHASE_AFTER);
	}
	return HN_OK;
}

/* The first row of the label, the paragraph before the editor's row. */
static size_t label_first(const struct doc *d, size_t editor_row)
{
	size_t r = editor_row;

	while (r > 0 && d->rows[r - 1].par + 1 == d->rows[editor_row].par)
		r--;
	return r;
}

/* The editor's row is on screen (it is the selection); its label too
 * when both fit. */
static void show_label(struct view *v, int item)
{
	size_t first, last, label, h = (size_t)tui_body_height();

	tui_nav_settle(v);
	if (!doc_item_rows(&v->doc, item, &first, &last))
		return;
	label = label_first(&v->doc, first);
	if (label < v->top && last - label < h)
		v->top = label;
}

static void cl_draw(struct view *v)
{
	struct cl_view *cv = v->priv;
	size_t first, last;

	if (cv->editing >= 0)
		show_label(v, cv->editing);
	tui_doc_draw(v);
	if (cv->editing < 0 ||
	    !doc_item_rows(&v->doc, cv->editing, &first, &last) ||
	    first < v->top || first >= v->top + (size_t)tui_body_height())
		return;
	int y = 1 + (int)(first - v->top);

	mvhline(y, 0, ' ', COLS);
	v->t->cur_y = y;
	v->t->cur_x =
		le_draw(&cv->le, y, EDIT_INDENT, COLS - EDIT_INDENT - 1, 0);
}

static void start_edit(struct view *v, struct cl_view *cv)
{
	const char *val = cv->cl->values[v->sel];

	cv->editing = v->sel;
	cv->edited = v->t->edit_changed = false;
	v->t->editing = true;
	v->stale = true;
	le_set(&cv->le, val ? val : "");
}

static void stop_edit(struct view *v, struct cl_view *cv)
{
	cv->editing = -1;
	v->t->editing = v->t->edit_changed = false;
	v->stale = true;
}

/* The text typed becomes the field's value; an editor opened and left
 * unchanged changes nothing (nothing new to save). */
static void save_edit(struct view *v, struct cl_view *cv)
{
	char text[LE_MAX_BYTES];

	if (!cv->edited)
		return;
	le_get(&cv->le, text, sizeof text);
	if (checklist_set_value(cv->cl, (size_t)cv->editing, text) != HN_OK)
		tui_message(v->t, true, _("Не хватает памяти"));
	tui_draft_changed(v->t, cv->cl);
	cv->edited = v->t->edit_changed = false;
	v->stale = true;
}

/* The next (dir 1) or previous (-1) field item after item, or -1. */
static int next_field(const struct checklist *cl, int item, int dir)
{
	for (int i = item + dir; i >= 0 && (size_t)i < cl->count; i += dir)
		if (cl->items[i]->field)
			return i;
	return -1;
}

/* Tab and Shift-Tab: the field is saved and the next one is edited; at
 * either end the editor stays where it is and says so, so a Tab too
 * many neither wraps round to a field filled long ago nor closes. */
static void edit_step(struct view *v, struct cl_view *cv, int dir)
{
	int to = next_field(cv->cl, cv->editing, dir);

	save_edit(v, cv);
	if (to < 0) {
		tui_message(v->t, false, "%s",
			    dir > 0 ? _("Это последнее поле чек-листа")
				    : _("Это первое поле чек-листа"));
		return;
	}
	v->sel = to;
	start_edit(v, cv);
}

static bool edit_key(struct view *v, struct cl_view *cv, int key)
{
	bool next = tui_action_is(ACT_FIELD_NEXT, key);

	if (next || tui_action_is(ACT_FIELD_PREV, key)) {
		edit_step(v, cv, next ? 1 : -1);
		return true;
	}
	switch (le_key(&cv->le, key)) {
	case LE_ENTER:
		save_edit(v, cv);
		stop_edit(v, cv);
		break;
	case LE_CANCEL:
		stop_edit(v, cv);
		break;
	case LE_FULL:
		le_say_full(v->t, key);
		break;
	case LE_CHANGED:
		cv->edited = v->t->edit_changed = true;
		break;
	default:
		break;
	}
	return true;
}

/* Space ticks every item, as the hint above the list says; Enter fills
 * a field in (and ticks an item without one). A field filled in is done
 * by its value: its tick goes only with the value, never by a stray key. */
static void toggle(struct view *v, struct cl_view *cv, bool open)
{
	if (v->sel < 0 || (size_t)v->sel >= cv->cl->count) {
		tui_message(v->t, false, _("Выберите пункт стрелками"));
		return;
	}
	if (cv->cl->items[v->sel]->field && open) {
		start_edit(v, cv);
		return;
	}
	const char *value = cv->cl->values[v->sel];
	if (value && value[0]) {
		tui_message(v->t, false,
			    _("Поле заполнено, поэтому отмечено: %s — "
			      "изменить или очистить"),
			    tui_action_key(ACT_OPEN).s);
		return;
	}
	checklist_toggle(cv->cl, (size_t)v->sel);
	tui_draft_changed(v->t, cv->cl);
	v->stale = true;
}

static bool cl_key(struct view *v, enum tui_action a, int key)
{
	struct cl_view *cv = v->priv;

	if (cv->editing >= 0)
		return edit_key(v, cv, key);
	switch (a) {
	case ACT_JUMP: /* the items carry no numbers to jump to */
		tui_message(v->t, false, "%s",
			    _("У пунктов чек-листа нет номеров: выберите "
			      "пункт стрелками"));
		return true;
	case ACT_TOGGLE:
	case ACT_OPEN:
		toggle(v, cv, a == ACT_OPEN);
		return true;
	case ACT_PRINT:
		tui_checklist_print(v->t, cv->cl);
		return true;
	case ACT_SAVE:
		tui_checklist_save(v->t, &cv->save);
		return true;
	case ACT_DRAFT:
		tui_draft_open(v->t);
		return true;
	case ACT_COPY:
		tui_draft_copy(v->t, cv->cl);
		return true;
	case ACT_SHEET_DRAFT:
		v->t->sheet_draft = !v->t->sheet_draft;
		tui_message(v->t, false,
			    v->t->sheet_draft
				    ? _("Черновик будет в конце печати и файла")
				    : _("Печать и файл — без черновика"));
		return true;
	case ACT_PRINT_EXIT:
		v->t->print_on_exit = !v->t->print_on_exit;
		if (v->t->print_on_exit)
			tui_message(v->t, false,
				    _("Чек-лист будет выведен в терминал после "
				      "выхода (%s — отменить)"),
				    tui_action_key(ACT_PRINT_EXIT).s);
		else
			tui_message(v->t, false, "%s",
				    _("Вывод в терминал после выхода отменён"));
		return true;
	default:
		return false;
	}
}

static void cl_close(struct view *v)
{
	struct cl_view *cv = v->priv;

	if (cv) {
		if (cv->editing >= 0)
			v->t->editing = v->t->edit_changed = false;
		le_free(&cv->le);
	}
	free(cv);
}

/* «отмечено 3 из 25 · ● не сохранено»: items done (checklist_item_done)
 * of all, and whether something is not yet printed or saved (text typed
 * into the open editor too); the longest form that fits in room. */
static void cl_status(const struct view *v, char *buf, size_t size, size_t room)
{
	const struct cl_view *cv = v->priv;
	char count[80];

	buf[0] = '\0';
	if (!cv || !cv->cl)
		return;
	size_t done = checklist_done_count(cv->cl), all = cv->cl->count;
	bool unsaved = cv->cl->dirty || (cv->editing >= 0 && cv->edited);
	for (int form = 0; form < 3; form++) {
		snprintf(count, sizeof count,
			 form == 0 ? _("отмечено %zu из %zu") : _("%zu из %zu"),
			 done, all);
		if (!unsaved)
			snprintf(buf, size, "%s", count);
		else if (form < 2)
			snprintf(buf, size, "%s · ● %s", count,
				 _("не сохранено"));
		else
			snprintf(buf, size, "%s ●", count);
		if (text_width(buf, strlen(buf)) <= room)
			return;
	}
}

/* The field editor's keys while it is open, the list's keys otherwise:
 * the editor takes every key, so nothing else works then. */
static bool cl_can(const struct view *v, enum tui_action a)
{
	const struct cl_view *cv = v->priv;
	bool editor_key = a == ACT_FIELD_SAVE || a == ACT_FIELD_NEXT ||
			  a == ACT_FIELD_PREV || a == ACT_CANCEL;

	return (cv && cv->editing >= 0) == editor_key;
}

static const enum tui_action cl_bar[] = {
	ACT_FIELD_SAVE, ACT_CANCEL, ACT_FIELD_NEXT, ACT_FIELD_PREV, ACT_TOGGLE,
	ACT_PRINT,      ACT_SAVE,   ACT_DRAFT,      ACT_COPY,       ACT_BACK,
	ACT_HELP,       ACT_QUIT,   ACT_NONE};

void tui_checklist_keep_edit(struct tui *t)
{
	struct view *v = tui_current(t);
	struct cl_view *cv = v && v->ops == &tui_checklist_ops ? v->priv : NULL;

	if (cv && cv->editing >= 0) {
		save_edit(v, cv);
		stop_edit(v, cv);
	}
}

const struct view_ops tui_checklist_ops = {
	.open = cl_open,
	.draw = cl_draw,
	.key = cl_key,
	.close = cl_close,
	.bar = cl_bar,
	.list = true,
	.can = cl_can,
	.status = cl_status,
};
