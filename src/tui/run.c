/* SPDX-License-Identifier: MIT */
/* run.c - tui_run: the start path, the main loop and the actions
 * every view shares; the session's checklists and quitting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "status.h"
#include "tui_int.h"
#include "i18n.h"

struct checklist *tui_checklist_for(struct tui *t, const struct category *cat,
				    const struct channel *chan)
{
	for (size_t i = 0; i < t->nlists; i++) {
		struct tui_list *l = t->lists[i];

		if (l->cl.category == cat && l->cl.channel == chan)
			return &l->cl;
	}
	struct tui_list **slot =
		grow_room(&t->lists, t->nlists, &t->cap_lists, sizeof *slot, 8);
	struct tui_list *l = slot ? calloc(1, sizeof *l) : NULL;

	if (!l || checklist_build(t->c, cat, chan, &l->cl) != HN_OK) {
		free(l);
		tui_message(t, true, _("Не хватает памяти для чек-листа"));
		return NULL;
	}
	*slot = l;
	t->nlists++;
	tui_draft_offer(t, l);
	return &l->cl;
}

static struct checklist *first_dirty(struct tui *t)
{
	for (size_t i = 0; i < t->nlists; i++)
		if (t->lists[i]->cl.dirty)
			return &t->lists[i]->cl;
	return NULL;
}

static void quit_answer(struct tui *t, bool yes, const char *text, void *ctx)
{
	(void)text;
	(void)ctx;
	t->quit_asking = false;
	t->quit = yes;
	/* what was typed in a field is not lost: it goes to the draft */
	if (yes)
		tui_checklist_keep_edit(t);
}

/* "Save first": the file-name prompt replaces the question; once the
 * list is saved the question comes back for the next unsaved one, or
 * helpnav quits (tui_quit_saved). */
static bool quit_hook(struct tui *t, int key, void *ctx)
{
	struct checklist *cl;

	(void)ctx;
	if (tui_action_for_key(key) != ACT_SAVE)
		return false;
	/* what is typed in an open field goes into what is saved */
	tui_checklist_keep_edit(t);
	cl = first_dirty(t);
	if (!cl)
		return false;
	t->quit_asking = false;
	t->quit_after_save = true;
	if (t->quit_save.cl != cl)
		t->quit_save.name[0] = '\0';
	t->quit_save.cl = cl;
	tui_checklist_save(t, &t->quit_save);
	return true;
}

void tui_request_quit(struct tui *t)
{
	char q[300];

	/* a field being typed in is unsaved too, though not yet in the list */
	if (!first_dirty(t) && !t->edit_changed) {
		t->quit = true;
		return;
	}
	if (first_dirty(t))
		snprintf(q, sizeof q,
			 _("Отметки в чек-листе не сохранены и не напечатаны. "
			   "Выйти? %s — сохранить"),
			 tui_action_key(ACT_SAVE).s);
	else
		snprintf(q, sizeof q,
			 _("Набранное в поле не сохранено в файл; оно "
			   "останется в черновике. Выйти? %s — сохранить"),
			 tui_action_key(ACT_SAVE).s);
	tui_prompt_yesno(t, q, quit_answer, NULL);
	t->prompt.hook = quit_hook;
	t->quit_asking = true;
}

void tui_quit_saved(struct tui *t, bool saved)
{
	bool asked = t->quit_after_save;

	t->quit_after_save = false;
	if (asked && saved)
		tui_request_quit(t);
}

/* Ctrl-C asks as q does when something is unsaved; pressed again on the
 * question, it quits. The field being edited stays as it is if the
 * answer is no. */
static void interrupt(struct tui *t)
{
	if (t->quit_asking) {
		t->quit = true;
		tui_checklist_keep_edit(t);
		return;
	}
	tui_request_quit(t);
}

static void jump(struct view *v, int key)
{
	int item = key - '1';

	if (item >= v->doc.nitems) {
		tui_message(v->t, false, _("Нет пункта %d"), item + 1);
		return;
	}
	v->sel = item;
	v->ops->key(v, ACT_OPEN, '\n');
}

static void open_checklist(struct tui *t, struct view *v)
{
	struct node_ref n = v->node;

	if (n.kind != NODE_CHANNEL) {
		tui_message(t, false,
			    _("Чек-лист есть у каждого канала связи: "
			      "сначала выберите канал"));
		return;
	}
	n.kind = NODE_CHECKLIST;
	tui_open_node(t, &n);
}

/* Esc on the page of a search hit: the matches go, the page stays. */
static void leave_search(struct tui *t)
{
	tui_search_unmark(t);
	tui_message(t, false, _("Подсветка совпадений снята; %s — снова к ним"),
		    tui_action_key(ACT_NEXT_HIT).s);
}

static void global_action(struct tui *t, struct view *v, enum tui_action a,
			  int key)
{
	struct node_ref root = {.kind = NODE_ROOT};

	if (tui_nav_action(v, a))
		return;
	switch (a) {
	case ACT_JUMP:
		jump(v, key);
		break;
	case ACT_BACK:
		tui_back(t);
		break;
	case ACT_CANCEL:              /* Esc leaves a page as Backspace does */
		if (v->search_marked) /* ...after it leaves the search */
			leave_search(t);
		else if (t->depth > 1)
			tui_back(t);
		break;
	case ACT_FORWARD:
		tui_forward(t);
		break;
	case ACT_MENU:
		tui_search_unmark(t);
		tui_open_node(t, &root);
		break;
	case ACT_CHECKLIST:
		open_checklist(t, v);
		break;
	case ACT_SEARCH:
		tui_search_start(t);
		break;
	case ACT_NUMBER:
		tui_number_start(t);
		break;
	case ACT_NEXT_HIT:
		tui_search_step(t, 1);
		break;
	case ACT_PREV_HIT:
		tui_search_step(t, -1);
		break;
	case ACT_HELP:
		if (v->ops != &tui_help_ops)
			tui_open_view(t, &tui_help_ops, _("Справка: клавиши"));
		break;
	case ACT_MESSAGES:
		if (v->ops != &tui_messages_ops)
			tui_open_view(t, &tui_messages_ops, _("Сообщения"));
		break;
	case ACT_REDRAW:
		clearok(curscr, TRUE);
		break;
	case ACT_QUIT:
		tui_request_quit(t);
		break;
	case ACT_TOGGLE:
	case ACT_PRINT:
	case ACT_SAVE:
	case ACT_PRINT_EXIT:
		tui_message(t, false,
			    _("Это клавиша чек-листа: откройте канал "
			      "и нажмите %s"),
			    tui_action_key(ACT_CHECKLIST).s);
		break;
	default:
		break;
	}
}

static bool too_small(void)
{
	return COLS < TUI_MIN_COLS || LINES < TUI_MIN_LINES;
}

static void dispatch_key(struct tui *t, int key)
{
	struct view *v = tui_current(t);
	int item;

	t->message[0] = '\0';
	if (tui_action_for_key(key) == ACT_INTERRUPT) {
		interrupt(t);
		return;
	}
	if (t->prompt.active) {
		tui_prompt_key(t, key);
		return;
	}
	tui_nav_settle(v);
	if (key == TUI_KEY(KEY_MOUSE)) {
		if (tui_nav_mouse(v, &item))
			v->ops->key(v, ACT_OPEN, '\n');
		return;
	}
	enum tui_action a = tui_action_for_key(key);

	if (v->ops->key && v->ops->key(v, a, key))
		return;
	if (key == TUI_KEY_PASTE)
		tui_message(t, false,
			    _("Вставить текст можно в строку поиска (%s) или "
			      "в поле чек-листа (%s)"),
			    tui_action_key(ACT_SEARCH).s,
			    tui_action_key(ACT_OPEN).s);
	global_action(t, v, a, key);
}

/* A generous bound on keys kept while the window is too small. */
enum { PENDING_KEYS_MAX = 4096 };

/* Below the minimum size a prompt and a field being edited still take
 * their keys; q quits as the notice says; other keys wait for the window
 * to grow, in order (a paste cannot wait: its text goes with the next
 * key). */
static void handle_small(struct tui *t, int key)
{
	if (t->prompt.active || t->editing ||
	    tui_action_for_key(key) == ACT_INTERRUPT) {
		dispatch_key(t, key);
		return;
	}
	if (!t->pending_count && tui_action_for_key(key) == ACT_QUIT) {
		tui_request_quit(t);
		return;
	}
	if (key == TUI_KEY_PASTE || t->pending_count >= PENDING_KEYS_MAX) {
		beep();
		return;
	}
	if (t->pending_count == t->pending_cap) {
		int *grown = grow_array(t->pending, &t->pending_cap,
					sizeof *grown, 64);

		if (!grown) {
			beep();
			return;
		}
		t->pending = grown;
	}
	t->pending[t->pending_count++] = key;
}

/* The keys typed while the window was too small, now that it is not. */
static void replay_pending(struct tui *t)
{
	size_t n = t->pending_count;

	t->pending_count = 0;
	for (size_t i = 0; i < n && !t->quit; i++) {
		if (too_small()) { /* smaller again: the rest waits */
			memmove(t->pending, t->pending + i,
				(n - i) * sizeof *t->pending);
			t->pending_count = n - i;
			return;
		}
		dispatch_key(t, t->pending[i]);
	}
}

/* Work running off the UI thread (job.c): the search, and a print, a
 * copy to the clipboard or a save (output.c). */
enum { OUTPUTS = 3 };
static void outputs(struct tui *t, struct tui_output *o[OUTPUTS])
{
	o[0] = &t->print.out;
	o[1] = &t->copy;
	o[2] = &t->saving.out;
}

static bool jobs_busy(struct tui *t)
{
	struct tui_output *o[OUTPUTS];

	outputs(t, o);
	for (size_t i = 0; i < OUTPUTS; i++)
		if (tui_output_running(o[i]))
			return true;
	return tui_search_running(t) || tui_autosave_busy(t);
}

/* Whether one of them has just ended (the screen is to change). */
static bool jobs_poll(struct tui *t)
{
	struct tui_output *o[OUTPUTS];
	bool changed = tui_search_poll(t);

	changed |= tui_autosave_poll(t);
	outputs(t, o);
	for (size_t i = 0; i < OUTPUTS; i++)
		changed |= tui_output_poll(t, o[i]);
	return changed;
}

/* A key while an output runs goes to it (Esc stops it). */
static bool output_key(struct tui *t, int key)
{
	struct tui_output *o[OUTPUTS];

	outputs(t, o);
	for (size_t i = 0; i < OUTPUTS; i++)
		if (tui_output_key(t, o[i], key))
			return true;
	return false;
}

static void loop(struct tui *t)
{
	bool changed = true; /* since the screen was last drawn */

	while (!t->quit) {
		if (t->pending_count && !too_small()) {
			replay_pending(t);
			changed = true;
			continue;
		}
		changed |= jobs_poll(t);
		if (t->quit) /* a save asked for by the quit question ended */
			break;
		/* keys already typed go first: the screen and the prompt's
		 * search catch up once they are in */
		if (changed && !term_key_waiting(0)) {
			tui_prompt_settle(t);
			tui_draw_all(t);
			changed = false;
		}
		/* a search or a print running: its end is looked for between
		 * keys, so a key is answered at once all the same; the screen
		 * is drawn again only when something changed (drawing costs
		 * the search's processor time) */
		if (jobs_busy(t) && !term_key_waiting(TUI_JOB_POLL_MS))
			continue;
		int key = term_read_key();

		changed = true;
		if (key == TUI_KEY_NONE || key == TUI_KEY(KEY_RESIZE))
			continue;
		if (output_key(t, key))
			continue;
		if (too_small())
			handle_small(t, key);
		else
			dispatch_key(t, key);
	}
}

/* Root, then every prefix of the path, so that "back" walks up the tree. */
static bool open_start(struct tui *t, const char *path)
{
	struct node_ref n = {.kind = NODE_ROOT};
	char prefix[256];

	if (!tui_open_node(t, &n))
		return false;
	for (size_t i = 0; path[i]; i++) {
		if (path[i + 1] != '/' && path[i + 1] != '\0')
			continue;
		if (i + 1 >= sizeof prefix)
			break;
		memcpy(prefix, path, i + 1);
		prefix[i + 1] = '\0';
		if (content_resolve(t->c, prefix, &n) == HN_OK)
			tui_open_node(t, &n);
	}
	return true;
}

static void finish(struct tui *t)
{
	struct tui_output *o[OUTPUTS];

	if ((t->print_on_exit || t->opts->print_on_exit) && t->last_list) {
		char *text = tui_sheet_text(t, t->last_list, NULL, false);

		if (text) {
			fputs(text, stdout);
			fflush(stdout);
		}
		free(text);
	}
	/* quitting while a command runs: it is killed; a save is waited
	 * for (the terminal is already restored) */
	outputs(t, o);
	for (size_t i = 0; i < OUTPUTS; i++)
		tui_output_stop(t, o[i]);
	tui_autosave_flush(t); /* after the removals the outputs asked for */
	tui_drafts_left(t);
	tui_free_views(t);
	tui_search_free(t);
	le_free(&t->prompt.le);
	tui_log_free(&t->log);
	free(t->pending);
	for (size_t i = 0; i < t->nlists; i++) {
		checklist_free(&t->lists[i]->cl);
		free(t->lists[i]->draft);
		free(t->lists[i]);
	}
	free(t->lists);
}

int tui_run(const struct content *c, const struct tui_options *opts)
{
	static struct tui t;

	tui_actions_init();
	memset(&t, 0, sizeof t);
	t.c = c;
	t.opts = opts;
	tui_glyphs_ascii(opts->ascii_lines);
	if (term_start(&t) != 0)
		return TUI_NO_SCREEN;
	if (open_start(&t, opts->start_path ? opts->start_path : ""))
		loop(&t);
	term_stop();
	finish(&t);
	return 0;
}
