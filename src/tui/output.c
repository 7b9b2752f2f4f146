/* SPDX-License-Identifier: MIT */
/* output.c - a text sent out off the UI thread (job.c): piped to the
 * print command (print.c) or the clipboard's (view_draft.c), or saved to
 * a file (print.c). A command runs through the core's
 * export_pipe_command_cancel: its output kept off the screen, its whole
 * process group killed at the timeout or on Esc within 20 ms, its exit
 * status known even when helpnav was started with SIGCHLD ignored. A
 * file is looked at and written by export_write_file_cancel, both in the
 * job: a hung network file system cannot hold the screen. Esc only asks the work to
 * stop and the screen goes on: a write the kernel is still doing (a slow
 * disk, a network file system) ends in its own time, and the outcome is
 * said then. */
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "status.h"
#include "tui_int.h"
#include "i18n.h"

/* One run: the text and the target are its own; the outcome is read
 * once the job is done. */
struct output_work {
	const struct tui_output_kind *kind;
	char *text;   /* owned */
	char *target; /* owned: the command or the file name */
	int rc;
	char err[400];
};

static void output_run(void *arg, const atomic_bool *cancel)
{
	struct output_work *w = arg;
	size_t len = strlen(w->text);

	if (w->kind->to_file)
		w->rc = export_write_file_cancel(w->target, w->text, len,
						 w->kind->overwrite, cancel,
						 w->err, sizeof w->err);
	else
		w->rc = export_pipe_command_cancel(w->target, w->text, len,
						   w->kind->timeout_ms, cancel,
						   w->err, sizeof w->err);
}

bool tui_output_running(const struct tui_output *o)
{
	return o->work != NULL;
}

static void say_busy(struct tui *t, const struct tui_output *o)
{
	if (o->stopping)
		tui_message(t, false, "%s", _("Останавливаю…"));
	else
		tui_message(t, false, _("%s %s — отменить"), _(o->kind->busy),
			    tui_action_key(ACT_CANCEL).s);
}

bool tui_output_start(struct tui *t, struct tui_output *o,
		      const struct tui_output_kind *kind, const char *target,
		      char *text)
{
	struct output_work *w = text ? calloc(1, sizeof *w) : NULL;

	if (w)
		w->target = strdup(target);
	if (!w || !w->target) {
		free(w);
		free(text);
		return false;
	}
	w->kind = kind;
	w->text = text;
	o->kind = kind;
	o->stopping = false;
	o->work = w;
	say_busy(t, o);
	tui_job_start(&o->job, output_run, w);
	return true;
}

/* The outcome said (kind->end), the run freed. */
static void output_end(struct tui *t, struct tui_output *o)
{
	struct output_work *w = o->work;

	o->work = NULL;
	o->kind->end(t, w->rc, w->target, w->err, o->stopping);
	free(w->text);
	free(w->target);
	free(w);
}

bool tui_output_poll(struct tui *t, struct tui_output *o)
{
	if (!o->work || !tui_job_poll(&o->job))
		return false;
	output_end(t, o);
	return true;
}

void tui_output_stop(struct tui *t, struct tui_output *o)
{
	if (!o->work)
		return;
	o->stopping = true;
	tui_job_stop(&o->job);
	output_end(t, o);
}

bool tui_output_key(struct tui *t, struct tui_output *o, int key)
{
	enum tui_action a = tui_action_for_key(key);

	/* Ctrl-C and the quit question it asks work as always */
	if (!o->work || a == ACT_INTERRUPT || t->prompt.active)
		return false;
	if (a == ACT_CANCEL && !o->stopping) {
		o->stopping = true;
		tui_job_cancel(&o->job);
	}
	say_busy(t, o);
	return true;
}
