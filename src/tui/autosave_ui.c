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

static void restore_answer(struct tui *t, bool yes, const char *text, void *ctx)
{
	struct tui_list *l = ctx;

	(void)text;
	if (!yes) {
		autosave_remove(l->draft);
		tui_message(t, false, "%s", _("Черновик удалён"));
		return;
	}
	if (autosave_load(&l->cl, l->draft) != HN_OK)
		tui_message(t, true, _("Не удалось прочитать черновик %s"),
			    l->draft);
	tui_current(t)->stale = true;
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
	tui_prompt_yesno(t, q, restore_answer, l);
}

void tui_draft_changed(struct tui *t, const struct checklist *cl)
{
	struct tui_list *l = list_of(t, cl);
	char err[300];

	if (l && l->draft &&
	    autosave_write(cl, l->draft, err, sizeof err) != HN_OK)
		tui_message(t, true, _("Черновик не записан: %s"), err);
}

void tui_draft_done(struct tui *t, const struct checklist *cl)
{
	struct tui_list *l = list_of(t, cl);

	if (l && l->draft)
		autosave_remove(l->draft);
}
