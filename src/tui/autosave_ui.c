/* SPDX-License-Identifier: MIT */
/* autosave_ui.c - every change to a checklist is written to its draft file at
 * once (the core's autosave.h), so that nothing typed is lost to a closed
 * terminal or a quit; the draft is offered back when the checklist is
 * first opened and removed once the list is printed or saved. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "autosave.h"
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

/* An explicit no: the draft is set aside (autosave_set_aside), not
 * destroyed, so a «н» pressed by mistake can be undone by hand. */
static void decline(struct tui *t, struct tui_list *l)
{
	char *aside = autosave_aside_path(l->draft), err[300];

	if (autosave_set_aside(l->draft, err, sizeof err) != HN_OK) {
		l->draft_waits = true; /* still there: not to be written over */
		tui_message(t, true, _("Черновик не убран: %s"), err);
	} else
		tui_message(
			t, false,
			_("Черновик отклонён; на случай ошибки он сохранён как %s"),
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
 * (draft_waits) and is offered again at the next start. Only the no-keys
 * (н, n) decline it. */
static bool restore_hook(struct tui *t, int key, void *ctx)
{
	(void)ctx;
	if (!tui_action_is(ACT_CANCEL, key) && !tui_action_is(ACT_QUIT, key))
		return false;
	t->prompt.active = false;
	tui_message(t, false,
		    _("Черновик оставлен как был: он будет предложен при "
		      "следующем запуске. Новые отметки в него не "
		      "записываются"));
	return true;
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

void tui_draft_changed(struct tui *t, const struct checklist *cl)
{
	struct tui_list *l = list_of(t, cl);
	char err[300];

	if (l && l->draft && !l->draft_waits &&
	    autosave_write(cl, l->draft, err, sizeof err) != HN_OK)
		tui_message(t, true, _("Черновик не записан: %s"), err);
}

void tui_draft_done(struct tui *t, const struct checklist *cl)
{
	struct tui_list *l = list_of(t, cl);

	if (l && l->draft && !l->draft_waits)
		autosave_remove(l->draft);
}
