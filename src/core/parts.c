/* parts.c - parts done on threads, written in order (see parts.h). */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "parts.h"
#include "status.h"

struct slot {
	char *out;
	size_t len;
	int rc;
	bool done;
};

struct parts {
	const struct parts_worker *w;
	struct slot *slots;
	size_t count;
	size_t next;    /* the next part a thread takes */
	size_t written; /* parts before this one are written */
	size_t ahead;   /* how far past written a thread may go */
	bool stop;
	pthread_mutex_t mu;
	pthread_cond_t changed;
};

/* The next part to do, or count when there is none (or all stop). */
static size_t take_part(struct parts *p)
{
	size_t k;
	pthread_mutex_lock(&p->mu);
	while (!p->stop && p->next < p->count &&
	       p->next >= p->written + p->ahead)
		pthread_cond_wait(&p->changed, &p->mu);
	k = p->stop ? p->count : p->next;
	if (k < p->count)
		p->next++;
	pthread_mutex_unlock(&p->mu);
	return k;
}

static void *thread_main(void *arg)
{
	struct parts *p = arg;
	void *state = p->w->start(p->w->ctx);
	size_t k;
	while ((k = take_part(p)) < p->count) {
		char *out = NULL;
		size_t len = 0;
		int rc = state ? p->w->part(state, k, &out, &len) : HN_NOMEM;
		pthread_mutex_lock(&p->mu);
		p->slots[k] = (struct slot){out, len, rc, true};
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->mu);
	}
	if (state)
		p->w->stop(state);
	return NULL;
}

/* Writes the parts in order as they are done; the first failure stops. */
static int write_parts(struct parts *p, FILE *dest)
{
	for (size_t k = 0; k < p->count; k++) {
		pthread_mutex_lock(&p->mu);
		while (!p->slots[k].done)
			pthread_cond_wait(&p->changed, &p->mu);
		pthread_mutex_unlock(&p->mu);
		struct slot *s = &p->slots[k];
		if (s->rc != HN_OK)
			return s->rc;
		/* a failed write shows in ferror(dest), as for one thread */
		if (s->len)
			fwrite(s->out, 1, s->len, dest);
		free(s->out);
		s->out = NULL;
		pthread_mutex_lock(&p->mu);
		p->written = k + 1;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->mu);
	}
	return HN_OK;
}

int parts_run(const struct parts_worker *w, size_t count, size_t threads,
	      FILE *dest)
{
	struct parts p = {.w = w, .count = count, .ahead = 2 * threads};
	pthread_t *ids = calloc(threads, sizeof *ids);
	size_t started = 0;
	int rc;

	p.slots = calloc(count ? count : 1, sizeof *p.slots);
	if (!ids || !p.slots) {
		free(ids);
		free(p.slots);
		return HN_NOMEM;
	}
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.changed, NULL);
	while (started < threads &&
	       pthread_create(&ids[started], NULL, thread_main, &p) == 0)
		started++;
	rc = started ? write_parts(&p, dest) : HN_IO;
	pthread_mutex_lock(&p.mu);
	p.stop = true;
	pthread_cond_broadcast(&p.changed);
	pthread_mutex_unlock(&p.mu);
	for (size_t i = 0; i < started; i++)
		pthread_join(ids[i], NULL);
	for (size_t k = 0; k < count; k++)
		free(p.slots[k].out);
	pthread_cond_destroy(&p.changed);
	pthread_mutex_destroy(&p.mu);
	free(p.slots);
	free(ids);
	return rc;
}

size_t parts_threads(size_t max)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		return 1;
	return (size_t)n < max ? (size_t)n : max;
}
