/* SPDX-License-Identifier: MIT */
/* print.c - printing a checklist through a command and saving it to a
 * file, with messages the user can act on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "sheet.h"
#include "status.h"
#include "tui_int.h"
#include "i18n.h"

enum { PRINT_TIMEOUT_MS = 15000 };

char *tui_sheet_text(const struct tui *t, const struct checklist *cl,
		     const char *file, bool paged)
{
	struct sheet_options o;
	sheet_default_options(&o);
	o.format = sheet_format_for_name(file);
	o.pack = t->opts->pack;
	o.with_draft = t->sheet_draft;
	if (!paged)
		o.page_lines = 0;
	return sheet_render(t->c, cl, &o);
}

void tui_checklist_print(struct tui *t, struct checklist *cl)
{
	const char *cmd = t->opts->print_command;
	char err[400];
	char *text;

	if (!cmd) {
		tui_message(t, true,
			    _("Нет команды печати (lp не найден): задайте "
			      "--print-command или HELPNAV_PRINT_COMMAND; "
			      "%s — сохранить в файл"),
			    tui_action_key(ACT_SAVE).s);
		return;
	}
	text = tui_sheet_text(t, cl, NULL, true);
	if (!text) {
		tui_message(t, true, _("Не хватает памяти для печати"));
		return;
	}
	/* export_pipe_command keeps the command's output off the screen. */
	if (export_pipe_command(cmd, text, strlen(text), PRINT_TIMEOUT_MS, err,
				sizeof err) == HN_OK) {
		cl->dirty = false;
		tui_message(t, false, _("Чек-лист отправлен на печать: %s"),
			    cmd);
	} else {
		tui_message(t, true,
			    _("Печать не удалась: %s. Чек-лист цел: %s — "
			      "сохранить в файл"),
			    err, tui_action_key(ACT_SAVE).s);
	}
	free(text);
}

static void save(struct tui *t, struct checklist *cl, const char *name)
{
	char err[300];
	char *text = tui_sheet_text(t, cl, name, true);

	if (!text) {
		tui_message(t, true, _("Не хватает памяти"));
		return;
	}
	if (export_write_file(name, text, strlen(text), true, err,
			      sizeof err) == HN_OK) {
		cl->dirty = false;
		tui_message(t, false, _("Чек-лист сохранён в %s"), name);
	} else {
		tui_message(t, true, _("Не удалось сохранить: %s"), err);
	}
	free(text);
}

static void overwrite_answer(struct tui *t, bool yes, const char *text,
			     void *ctx)
{
	struct tui_save *sv = ctx;

	(void)text;
	if (yes)
		save(t, sv->cl, sv->name);
	else
		tui_message(t, false, _("Не сохранено"));
}

static void name_answer(struct tui *t, bool ok, const char *text, void *ctx)
{
	struct tui_save *sv = ctx;
	char err[300];
	bool exists;

	/* the standard output is the screen helpnav draws on */
	if (!ok || !text[0] || export_is_stdout(text)) {
		tui_message(t, false, _("Не сохранено"));
		return;
	}
	snprintf(sv->name, sizeof sv->name, "%s", text);
	/* a read-only file, a FIFO and the like are refused before the
	 * question whether to replace them */
	if (export_check_target(text, &exists, err, sizeof err) != HN_OK) {
		tui_message(t, true, _("Не удалось сохранить: %s"), err);
		return;
	}
	if (exists) {
		char q[1200];

		snprintf(q, sizeof q, _("Файл %s уже есть. Заменить?"), text);
		tui_prompt_yesno(t, q, overwrite_answer, sv);
		return;
	}
	save(t, sv->cl, sv->name);
}

void tui_checklist_save(struct tui *t, struct tui_save *sv)
{
	if (!sv->name[0])
		checklist_default_filename(sv->cl, sv->name, sizeof sv->name);
	tui_prompt_line(t, _("Сохранить в файл: "), sv->name, name_answer, sv);
}
