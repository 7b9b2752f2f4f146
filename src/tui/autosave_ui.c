/* SPDX-License-Identifier: MIT */
/* autosave_ui.c - every change to a checklist is written to its draft file at
 * once (the core's autosave.h), so that nothing typed is lost to a closed
 * terminal or a quit; the draft is offered back when the checklist is
 * first opened and removed once the list is printed or saved. The text is
 * made on the screen's thread and written in a job of its own: a slow
 * disk (a home folder on a network) cannot hold a tick. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "autosave.h"
#include "grow.h"
#include "status.h"
#include "tui_int.h"
#include "i18n.h"

static struct tui_list *list_of(struct tui *t, const struct checklist *cl)
{
	for (size_t i = 0; i < t->nlists; i++)
		if (&t->lists[i]->cl == cl)
			return t->lists[i];
	return NULL;
}

/* The draft renamed to draft~, or draft~2... (autosave_set_aside), not
 * destroyed, so that it can be taken back by hand; its new name in *aside
 * (the caller frees it). On failure it stays where it is, not to be
 * written over. */
static int set_aside(struct tui_list *l, char **aside, char *err, size_t size)
{
	int rc = autosave_set_aside(l->draft, aside, err, size);

	l->draft_waits = rc != HN_OK;
	return rc;
}

/* An explicit no: a «н» pressed by mistake can be undone by hand. */
static void decline(struct tui *t, struct tui_list *l)
{
	char *aside, err[300];

	if (set_aside(l, &aside, err, sizeof err) != HN_OK)
		tui_message(t, true, _("Черновик не убран: %s"), err);
	else
		tui_message(
			t, false,
			_("Черновик отклонён; на случай ошибки он сохранён как %s"),
			aside ? aside : l->draft);
	free(aside);
}

/* The first change after the question was put off: what the user does
 * now must be kept too, so the old draft makes room as a no would make
 * it (the next start offers the new one). A draft gone meanwhile has
 * nothing to keep. */
static void make_room(struct tui *t, struct tui_list *l)
{
	char *aside, err[300];
	time_t when;

	if (!autosave_exists(l->draft, &when)) {
		l->draft_waits = false;
		return;
	}
	if (set_aside(l, &aside, err, sizeof err) != HN_OK)
		tui_message(t, true,
			    _("Изменения не записаны в черновик: %s. "
			      "Сохраните чек-лист в файл (%s)"),
			    err, tui_action_key(ACT_SAVE).s);
	else
		tui_message(t, false,
			    _("Старый черновик отложен как %s; изменения "
			      "пишутся в новый"),
			    aside ? aside : l->draft);
	free(aside);
}

static void restore_answer(struct tui *t, bool yes, const char *text, void *ctx)
{
	struct tui_list *l = ctx;

	(void)text;
	l->draft_waits = false;
	if (!yes) { /* an explicit no: the Esc and q keys never get here */
		decline(t, l);
		return;
	}
	if (autosave_load(&l->cl, l->draft) != HN_OK)
		tui_message(t, true, _("Не удалось прочитать черновик %s"),
			    l->draft);
	tui_current(t)->stale = true;
}

/* Esc or q is no answer: the question goes, the draft stays as it is
 * (draft_waits) and is offered again at the next start, unless the list
 * is changed (make_room). Only the no-keys (н, n) decline it. */
static bool restore_hook(struct tui *t, int key, void *ctx)
{
	struct tui_list *l = ctx;
	char *aside;
	const char *name;

	if (!tui_action_is(ACT_CANCEL, key) && !tui_action_is(ACT_QUIT, key))
		return false;
	t->prompt.active = false;
	aside = autosave_aside_path(l->draft);
	name = aside && strrchr(aside, '/') ? strrchr(aside, '/') + 1 : aside;
	tui_message(t, false,
		    _("Черновик будет предложен снова; если что-то изменить, "
		      "он будет отложен как %s"),
		    name ? name : "…~");
	free(aside);
	return true;
}

/* The question about l's draft is on screen, not answered yet. */
static bool asking(const struct tui *t, const struct tui_list *l)
{
	return t->prompt.active && t->prompt.done == restore_answer &&
	       t->prompt.ctx == l;
}

void tui_draft_offer(struct tui *t, struct tui_list *l)
{
	char when[64], q[200];
	time_t mtime;
	struct tm tm;

	l->draft = autosave_path(&l->cl);
	if (!l->draft || !autosave_exists(l->draft, &mtime))
		return;
	if (!localtime_r(&mtime, &tm) ||
	    !strftime(when, sizeof when, "%d.%m.%Y %H:%M", &tm))
		when[0] = '\0';
	snprintf(q, sizeof q, _("Восстановить черновик от %s?"), when);
	/* until answered, nothing is written over the draft or removes it,
	 * whatever closes the question (Esc, q, Ctrl-C's quit question) */
	l->draft_waits = true;
	tui_prompt_yesno(t, q, restore_answer, l);
	t->prompt.hook = restore_hook;
}

/* One write of a draft: its file and text (NULL: remove the file). */
struct autosave_op {
	char *path; /* owned */
	char *text; /* owned */
	size_t len;
};

struct autosave_work {
	struct autosave_op op;
	int rc;
	char err[300];
};

static void op_free(struct autosave_op *op)
{
	free(op->path);
	free(op->text);
}

static void write_run(void *arg, const atomic_bool *cancel)
{
	struct autosave_work *w = arg;

	(void)cancel; /* a draft is a few lines: it is written whole */
	w->rc = autosave_store(w->op.path, w->op.text, w->op.len, w->err,
			       sizeof w->err);
}

/* The oldest waiting write started when none runs (no memory for it:
 * tried again at the next poll). */
static void kick(struct tui_autosave *a)
{
	struct autosave_work *w;

	if (a->work || !a->npending || !(w = calloc(1, sizeof *w)))
		return;
	w->op = a->pending[0];
	a->npending--;
	memmove(a->pending, a->pending + 1, a->npending * sizeof *a->pending);
	a->work = w;
	tui_job_start(&a->job, write_run, w);
}

static void say_not_written(struct tui *t, const char *why)
{
	tui_message(t, true, _("Черновик не записан: %s"), why);
}

/* The newest text of the draft at path waits for its turn: one write of
 * a draft waits at most, so a burst of changes costs two writes and a
 * write never overtakes an older one of the same file. text is taken. */
static void queue(struct tui *t, const char *path, char *text, size_t len)
{
	struct tui_autosave *a = &t->autosave;
	struct autosave_op *op = NULL;

	for (size_t i = 0; i < a->npending && !op; i++)
		if (!strcmp(a->pending[i].path, path))
			op = &a->pending[i];
	if (op) {
		free(op->text);
	} else {
		char *copy = strdup(path);

		op = copy ? grow_room(&a->pending, a->npending, &a->cap_pending,
				      sizeof *op, 4)
			  : NULL;
		if (!op) {
			free(copy);
			free(text);
			say_not_written(t, _("не хватает памяти"));
			return;
		}
		op->path = copy;
		a->npending++;
	}
	op->text = text;
	op->len = len;
	kick(a);
}

void tui_draft_changed(struct tui *t, const struct checklist *cl)
{
	struct tui_list *l = list_of(t, cl);
	char *text;
	size_t len;

	if (!l || !l->draft)
		return;
	if (l->draft_waits && !asking(t, l))
		make_room(t, l);
	if (l->draft_waits)
		return;
	if (autosave_text(cl, &text, &len) != HN_OK)
		say_not_written(t, _("не хватает памяти"));
	else
		queue(t, l->draft, text, len);
}

bool tui_autosave_busy(const struct tui *t)
{
	return t->autosave.work || t->autosave.npending;
}

bool tui_autosave_poll(struct tui *t)
{
	struct tui_autosave *a = &t->autosave;
	bool said = false;

	if (a->work && tui_job_poll(&a->job)) {
		if (a->work->rc != HN_OK) {
			say_not_written(t, a->work->err);
			said = true;
		}
		op_free(&a->work->op);
		free(a->work);
		a->work = NULL;
	}
	kick(a);
	return said;
}

void tui_autosave_flush(struct tui *t)
{
	struct tui_autosave *a = &t->autosave;
	char err[300];

	if (a->work) { /* the write reads no flag: this waits for its end */
		tui_job_stop(&a->job);
		op_free(&a->work->op);
		free(a->work);
		a->work = NULL;
	}
	for (size_t i = 0; i < a->npending; i++) {
		struct autosave_op *op = &a->pending[i];

		if (autosave_store(op->path, op->text, op->len, err,
				   sizeof err) != HN_OK)
			fprintf(stderr, _("helpnav: черновик не записан: %s\n"),
				err);
		op_free(op);
	}
	free(a->pending);
	a->pending = NULL;
	a->npending = a->cap_pending = 0;
}

void tui_drafts_left(const struct tui *t)
{
	for (size_t i = 0; i < t->nlists; i++) {
		const struct tui_list *l = t->lists[i];
		time_t when;

		/* a draft whose write failed was said so by the flush */
		if (!l->cl.dirty || !l->draft || l->draft_waits ||
		    !autosave_exists(l->draft, &when))
			continue;
		fprintf(stderr,
			_("helpnav: чек-лист «%s: %s» не сохранён в файл; "
			  "отметки остались в черновике %s и будут "
			  "предложены, когда вы снова его откроете\n"),
			l->cl.channel->title, l->cl.category->title, l->draft);
	}
}

void tui_draft_done(struct tui *t, const struct checklist *cl)
{
	struct tui_list *l = list_of(t, cl);

	/* after the writes before it, as they were asked for */
	if (l && l->draft && !l->draft_waits)
		queue(t, l->draft, NULL, 0);
}
