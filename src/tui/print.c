/* SPDX-License-Identifier: MIT */
/* print.c - printing a checklist through a command and saving it to a
 * file, with messages the user can act on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "path_complete.h"
#include "sheet.h"
#include "status.h"
#include "text.h"
#include "tui_int.h"
#include "i18n.h"

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

/* The print's outcome said; the checklist is clean (its draft gone) only
 * when the command printed it. */
static void print_end(struct tui *t, int rc, const char *command,
		      const char *err, bool stopped)
{
	struct checklist *cl = t->print.cl;

	t->print.cl = NULL;
	if (rc == HN_OK) {
		cl->dirty = false;
		tui_draft_done(t, cl);
		tui_message(t, false, _("Чек-лист отправлен на печать: %s"),
			    command);
	} else if (stopped) {
		tui_message(t, false,
			    _("Печать отменена. Чек-лист цел: %s — "
			      "сохранить в файл"),
			    tui_action_key(ACT_SAVE).s);
	} else {
		tui_message(t, true,
			    _("Печать не удалась: %s. Чек-лист цел: %s — "
			      "сохранить в файл"),
			    err, tui_action_key(ACT_SAVE).s);
	}
}

static const struct tui_output_kind print_kind = {
	.busy = N_("Печать…"),
	.timeout_ms = TUI_PRINT_TIMEOUT_MS,
	.end = print_end,
};

void tui_checklist_print(struct tui *t, struct checklist *cl)
{
	const char *cmd = t->opts->print_command;

	if (!cmd) {
		tui_message(t, true,
			    _("Нет команды печати (lp не найден): задайте "
			      "--print-command или HELPNAV_PRINT_COMMAND; "
			      "%s — сохранить в файл"),
			    tui_action_key(ACT_SAVE).s);
		return;
	}
	t->print.cl = cl;
	if (!tui_output_start(t, &t->print.out, &print_kind, cmd,
			      tui_sheet_text(t, cl, NULL, true))) {
		t->print.cl = NULL;
		tui_message(t, true, _("Не хватает памяти для печати"));
	}
}

static void ask_overwrite(struct tui *t, struct tui_save *sv);

/* How the save went; after "save first" in the quit question, quitting
 * goes on once it is saved. A file that is there is found by the save's
 * job (so a hung disk cannot hold the screen) and asked about. */
static void save_end(struct tui *t, int rc, const char *name, const char *err,
		     bool stopped)
{
	struct checklist *cl = t->saving.cl;

	t->saving.cl = NULL;
	if (rc == HN_EXISTS && !stopped) {
		ask_overwrite(t, t->saving.sv);
		return;
	}
	if (rc == HN_OK) {
		cl->dirty = false;
		tui_draft_done(t, cl);
		char *full = realpath(name, NULL);

		/* the full path: the user must find the file afterwards */
		tui_message(t, false, _("Чек-лист сохранён в %s"),
			    full ? full : name);
		free(full);
	} else if (stopped) {
		tui_message(t, false,
			    _("Сохранение отменено: файл %s не записан"), name);
	} else {
		tui_message(t, true, _("Не удалось сохранить: %s"), err);
	}
	tui_quit_saved(t, rc == HN_OK);
}

/* The file is looked at and written off the UI thread: a slow disk or a
 * network file system cannot freeze the screen, and Esc stops the save
 * as long as the file is not yet in place. A read-only file, a FIFO and
 * the like are refused before the question whether to replace them. */
static const struct tui_output_kind save_kind = {
	.busy = N_("Сохраняю…"),
	.to_file = true,
	.end = save_end,
};
static const struct tui_output_kind replace_kind = {
	.busy = N_("Сохраняю…"),
	.to_file = true,
	.overwrite = true,
	.end = save_end,
};

static void save(struct tui *t, struct tui_save *sv, bool replace)
{
	t->saving.cl = sv->cl;
	t->saving.sv = sv;
	if (!tui_output_start(t, &t->saving.out,
			      replace ? &replace_kind : &save_kind, sv->name,
			      tui_sheet_text(t, sv->cl, sv->name, true))) {
		t->saving.cl = NULL;
		tui_message(t, true, _("Не хватает памяти"));
		tui_quit_saved(t, false);
	}
}

static void not_saved(struct tui *t)
{
	tui_message(t, false, _("Не сохранено"));
	tui_quit_saved(t, false);
}

static void overwrite_answer(struct tui *t, bool yes, const char *text,
			     void *ctx)
{
	(void)text;
	if (yes)
		save(t, ctx, true);
	else
		not_saved(t);
}

static void ask_overwrite(struct tui *t, struct tui_save *sv)
{
	char q[1200];

	snprintf(q, sizeof q, _("Файл %s уже есть. Заменить?"), sv->name);
	tui_prompt_yesno(t, q, overwrite_answer, sv);
}

static void name_answer(struct tui *t, bool ok, const char *text, void *ctx)
{
	struct tui_save *sv = ctx;

	/* the standard output is the screen helpnav draws on */
	if (!ok || !text[0] || export_is_stdout(text)) {
		not_saved(t);
		return;
	}
	if (!export_expand_home(text, sv->name, sizeof sv->name)) {
		tui_message(t, true,
			    _("Не удалось сохранить: для %s нужна "
			      "переменная HOME, а её нет"),
			    text);
		tui_quit_saved(t, false);
		return;
	}
	save(t, sv, false);
}

/* After a Tab: the names that fit, or that none does. */
static void say_matches(struct tui *t, const struct path_completion *c)
{
	struct sbuf names = {0};

	if (!c->count) {
		beep();
		tui_message(t, false,
			    _("Нет файла или папки, чьё имя так начинается"));
		return;
	}
	if (c->count == 1)
		return;
	for (size_t i = 0; i < c->count; i++) {
		sb_add(&names, i ? "  " : "");
		sb_add(&names, c->names[i]);
	}
	tui_message(t, false, _("Подходят (%zu): %s"), c->count,
		    names.s ? names.s : "");
	sb_free(&names);
}

/* Tab in the file-name prompt completes the name as bash does: the
 * whole line, the cursor then at its end. */
static bool complete_key(struct tui *t, int key, void *ctx)
{
	struct lineedit *le = &t->prompt.le;
	char text[LE_MAX_BYTES];
	struct path_completion c;

	(void)ctx;
	if (!tui_action_is(ACT_COMPLETE, key))
		return false;
	le_get(le, text, sizeof text);
	if (path_complete(text, &c) != HN_OK) {
		tui_message(t, true, _("Не хватает памяти"));
	} else if (utf8_char_count(c.text, strlen(c.text)) > LE_MAX) {
		le_say_full(t, key);
	} else {
		le_set(le, c.text);
		say_matches(t, &c);
	}
	path_completion_free(&c);
	return true;
}

void tui_checklist_save(struct tui *t, struct tui_save *sv)
{
	if (!sv->name[0])
		checklist_default_filename(sv->cl, sv->name, sizeof sv->name);
	tui_prompt_line(t, _("Сохранить в файл: "), sv->name, name_answer, sv);
	t->prompt.hook = complete_key;
}
