/* print.c - printing a checklist through a command and saving it to a
 * file, with messages the user can act on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "export.h"
#include "status.h"
#include "tui_int.h"
#include "i18n.h"

enum { PRINT_TIMEOUT_MS = 15000 };

static bool in_path(const char *prog)
{
	const char *path = getenv("PATH");
	char buf[4096];

	while (path && *path) {
		size_t n = strcspn(path, ":");

		snprintf(buf, sizeof buf, "%.*s/%s", (int)n, path, prog);
		if (access(buf, X_OK) == 0)
			return true;
		path += n + (path[n] == ':');
	}
	return false;
}

static const char *print_command(const struct tui *t)
{
	const char *env = getenv("HELPNAV_PRINT_COMMAND");

	if (t->opts->print_command && t->opts->print_command[0])
		return t->opts->print_command;
	if (env && env[0])
		return env;
	return in_path("lp") ? "lp" : NULL;
}

void tui_checklist_print(struct tui *t, struct checklist *cl)
{
	const char *cmd = print_command(t);
	char err[400];
	char *text;

	if (!cmd) {
		tui_message(t, true,
			    _("Нет команды печати (lp не найден): задайте "
			      "--print-command или HELPNAV_PRINT_COMMAND; "
			      "s — сохранить в файл"));
		return;
	}
	text = checklist_render(t->c, cl, 80);
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
			    _("Печать не удалась: %s. Чек-лист цел: s — "
			      "сохранить в файл"),
			    err);
	}
	free(text);
}

static void save(struct tui *t, struct checklist *cl, const char *name)
{
	char err[300];
	char *text = checklist_render(t->c, cl, 80);

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

struct save_ctx {
	struct checklist *cl;
	char *name;
};

static struct save_ctx pending;

static void overwrite_answer(struct tui *t, bool yes, const char *text,
			     void *ctx)
{
	(void)text;
	(void)ctx;
	if (yes)
		save(t, pending.cl, pending.name);
	else
		tui_message(t, false, _("Не сохранено"));
}

static void name_answer(struct tui *t, bool ok, const char *text, void *ctx)
{
	char err[300];
	bool exists;

	(void)ctx;
	/* the standard output is the screen helpnav draws on */
	if (!ok || !text[0] || export_is_stdout(text)) {
		tui_message(t, false, _("Не сохранено"));
		return;
	}
	snprintf(pending.name, 1024, "%s", text);
	/* a read-only file, a FIFO and the like are refused before the
	 * question whether to replace them */
	if (export_check_target(text, &exists, err, sizeof err) != HN_OK) {
		tui_message(t, true, _("Не удалось сохранить: %s"), err);
		return;
	}
	if (exists) {
		char q[1200];

		snprintf(q, sizeof q, _("Файл %s уже есть. Заменить?"), text);
		tui_prompt_yesno(t, q, overwrite_answer, NULL);
		return;
	}
	save(t, pending.cl, pending.name);
}

void tui_checklist_save(struct tui *t, struct checklist *cl, char *name,
			size_t size)
{
	if (!name[0])
		checklist_default_filename(cl, name, size);
	pending.cl = cl;
	pending.name = name;
	tui_prompt_line(t, _("Сохранить в файл: "), name, name_answer, NULL);
}
