/* parts.h - work cut into numbered parts, done on several threads, whose
 * outputs are written in part order as soon as each is ready (--search
 * over a large pack: ripgrep searches on all the processors too). */
#ifndef HELPNAV_PARTS_H
#define HELPNAV_PARTS_H

#include <stddef.h>
#include <stdio.h>

struct parts_worker {
	/* Makes what one thread needs (e.g. its own compiled pattern) from
	 * ctx; NULL means it could not (out of memory). */
	void *(*start)(void *ctx);
	/* Does part k with the thread's state: *out (malloc'd, NULL when
	 * empty) and *len are what to write. Returns HN_OK, or a status
	 * that stops the work: no later part is written. */
	int (*part)(void *state, size_t k, char **out, size_t *len);
	void (*stop)(void *state);
	void *ctx;
};

/* Runs parts 0..count-1 on up to threads threads, writing each part's
 * output to dest in order while later parts are still being done; at
 * most a few parts wait done but unwritten, so memory stays bounded.
 * Returns HN_OK, the first failing part's status (the parts before it
 * are written), HN_NOMEM, or HN_IO when a thread cannot start (nothing
 * is written then, and the caller may do the work itself). */
int parts_run(const struct parts_worker *w, size_t count, size_t threads,
	      FILE *dest);

/* How many threads are worth running here: the processors online, at
 * most max, at least 1. */
size_t parts_threads(size_t max);

#endif
