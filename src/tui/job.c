/* SPDX-License-Identifier: MIT */
/* job.c - work off the UI thread: a search or a print runs in a thread of
 * its own while the main loop keeps reading keys and polls it (run.c). The
 * thread gets no signals (they stay with the main thread, whose handlers
 * restore the terminal) and touches no curses. */
#include <pthread.h>
#include <signal.h>

#include "tui_int.h"

static void *job_main(void *arg)
{
	struct tui_job *j = arg;

	j->work(j->arg, &j->cancel);
	atomic_store(&j->done, true);
	return NULL;
}

void tui_job_start(struct tui_job *j, tui_job_fn work, void *arg)
{
	sigset_t all, old;

	j->work = work;
	j->arg = arg;
	atomic_init(&j->cancel, false);
	atomic_init(&j->done, false);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	j->running = pthread_create(&j->thread, NULL, job_main, j) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!j->running) { /* no thread: the work is done here, late but done */
		work(arg, &j->cancel);
		atomic_store(&j->done, true);
	}
}

bool tui_job_busy(const struct tui_job *j)
{
	return j->running;
}

bool tui_job_poll(struct tui_job *j)
{
	if (!atomic_load(&j->done))
		return false;
	if (j->running)
		pthread_join(j->thread, NULL);
	j->running = false;
	atomic_store(&j->done, false);
	return true;
}

void tui_job_cancel(struct tui_job *j)
{
	atomic_store(&j->cancel, true);
}

void tui_job_stop(struct tui_job *j)
{
	if (!j->running)
		return;
	/* the work reads the flag between bounded steps: the wait is short */
	atomic_store(&j->cancel, true);
	pthread_join(j->thread, NULL);
	j->running = false;
	atomic_store(&j->done, false);
}
