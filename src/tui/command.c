/* SPDX-License-Identifier: MIT */
/* command.c - a command fed a text, run off the UI thread (job.c): the
 * print command (print.c) and the clipboard's (view_draft.c). The core's
 * export_pipe_command_cancel runs it: its output kept off the screen, its
 * whole process group killed at the timeout or on Esc, its exit status
 * known even when helpnav was started with SIGCHLD ignored. */
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "status.h"
#include "tui_int.h"
#include "i18n.h"

/* One run: the text and the command are its own; the outcome is read
 * once the job is done. */
struct command_work {
	char *text;    /* owned */
	char *command; /* owned */
	int timeout_ms;
	int rc;
	char err[400];
};

static void command_run(void *arg, const atomic_bool *cancel)
{
	struct command_work *w = arg;

	w->rc = export_pipe_command_cancel(w->command, w->text, strlen(w->text),
					   w->timeout_ms, cancel, w->err,
					   sizeof w->err);
}

bool tui_command_running(const struct tui_command *c)
{
	return c->work != NULL;
}

static void say_busy(struct tui *t, const struct tui_command *c)
{
	tui_message(t, false, _("%s %s — отменить"), _(c->kind->busy),
		    tui_action_key(ACT_CANCEL).s);
}

bool tui_command_start(struct tui *t, struct tui_command *c,
		       const struct tui_command_kind *kind, const char *command,
		       char *text)
{
	struct command_work *w = text ? calloc(1, sizeof *w) : NULL;

	if (w)
		w->command = strdup(command);
	if (!w || !w->command) {
		free(w);
		free(text);
		return false;
	}
	w->text = text;
	w->timeout_ms = kind->timeout_ms;
	c->kind = kind;
	c->work = w;
	say_busy(t, c);
	tui_job_start(&c->job, command_run, w);
	return true;
}

/* The outcome said (kind->end), the run freed. */
static void command_end(struct tui *t, struct tui_command *c, bool cancelled)
{
	struct command_work *w = c->work;

	c->work = NULL;
	c->kind->end(t, w->rc, w->command, w->err, cancelled);
	free(w->text);
	free(w->command);
	free(w);
}

bool tui_command_poll(struct tui *t, struct tui_command *c)
{
	if (!c->work || !tui_job_poll(&c->job))
		return false;
	command_end(t, c, false);
	return true;
}

void tui_command_stop(struct tui *t, struct tui_command *c)
{
	if (!c->work)
		return;
	tui_job_stop(&c->job);
	command_end(t, c, true);
}

bool tui_command_key(struct tui *t, struct tui_command *c, int key)
{
	enum tui_action a = tui_action_for_key(key);

	/* Ctrl-C and the quit question it asks work as always */
	if (!c->work || a == ACT_INTERRUPT || t->prompt.active)
		return false;
	if (a == ACT_CANCEL)
		tui_command_stop(t, c);
	else
		say_busy(t, c);
	return true;
}
