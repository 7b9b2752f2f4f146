/* test_parts.c - parts done on threads are written in part order, whatever
 * order they finish in; a failing part stops the output before it; a
 * thread that cannot get its state fails its parts; threads never run more
 * than the allowed few parts ahead of what is written. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parts.h"
#include "status.h"

#include "check.h"

struct job {
	size_t fail_at; /* this part fails (HN_LIMIT); SIZE_MAX: none */
	bool no_state;
	atomic_size_t started; /* parts begun */
	atomic_size_t max_ahead;
	FILE *dest;
};

static void *start(void *ctx)
{
	struct job *j = ctx;
	return j->no_state ? NULL : j;
}

static void nap(size_t k)
{
	/* parts finish out of order: a later part is often quicker, and
	 * the first is slow enough for the others to run ahead if they may */
	struct timespec t = {0, k == 0 ? 30000000L
				       : (long)((k * 7919) % 5) * 200000};
	nanosleep(&t, NULL);
}

static int part(void *state, size_t k, char **out, size_t *len)
{
	struct job *j = state;
	long written = ftell(j->dest);
	size_t done = written > 0 ? (size_t)written / 6 : 0;
	size_t ahead = k > done ? k - done : 0;
	size_t seen = atomic_load(&j->max_ahead);
	while (ahead > seen &&
	       !atomic_compare_exchange_weak(&j->max_ahead, &seen, ahead))
		;
	atomic_fetch_add(&j->started, 1);
	nap(k);
	if (k == j->fail_at)
		return HN_LIMIT;
	*out = malloc(8);
	if (!*out)
		return HN_NOMEM;
	*len = (size_t)snprintf(*out, 8, "%05zu\n", k);
	return HN_OK;
}

static void stop(void *state)
{
	(void)state;
}

static char *run(struct job *j, size_t count, size_t threads, int *rc)
{
	char *text = NULL;
	size_t size = 0;
	struct parts_worker w = {start, part, stop, j};
	j->dest = open_memstream(&text, &size);
	*rc = parts_run(&w, count, threads, j->dest);
	fclose(j->dest);
	return text;
}

static void order(size_t threads)
{
	struct job j = {.fail_at = SIZE_MAX};
	int rc;
	char *text = run(&j, 200, threads, &rc);
	bool ok = rc == HN_OK && strlen(text) == 200 * 6;
	for (size_t k = 0; ok && k < 200; k++) {
		char want[8];
		snprintf(want, sizeof want, "%05zu\n", k);
		ok = !memcmp(text + 6 * k, want, 6);
	}
	CHECK_MSG(ok, "%zu threads: 200 parts not written in order", threads);
	/* memstream position is read unlocked: allow a little slack */
	CHECK_MSG(atomic_load(&j.max_ahead) <= 2 * threads + 1,
		  "%zu threads ran %zu parts ahead", threads,
		  atomic_load(&j.max_ahead));
	free(text);
}

static void test_failure(void)
{
	struct job j = {.fail_at = 37};
	int rc;
	char *text = run(&j, 200, 3, &rc);
	CHECK(rc == HN_LIMIT);
	CHECK_MSG(strlen(text) == 37 * 6, "wrote %zu bytes before part 37",
		  strlen(text));
	CHECK(atomic_load(&j.started) < 200);
	free(text);
}

static void test_no_state(void)
{
	struct job j = {.fail_at = SIZE_MAX, .no_state = true};
	int rc;
	char *text = run(&j, 10, 2, &rc);
	CHECK(rc == HN_NOMEM);
	CHECK(strlen(text) == 0);
	free(text);
}

static void test_empty(void)
{
	struct job j = {.fail_at = SIZE_MAX};
	int rc;
	char *text = run(&j, 0, 2, &rc);
	CHECK(rc == HN_OK && strlen(text) == 0);
	free(text);
}

/* On one thread, on two, and on more threads than parts. */
static void test_order(void)
{
	order(1);
	order(2);
	order(5);
}

static void test_threads(void)
{
	CHECK(parts_threads(1) == 1);
	CHECK(parts_threads(64) >= 1);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_order),    CHECK_CASE(test_failure),
	CHECK_CASE(test_no_state), CHECK_CASE(test_empty),
	CHECK_CASE(test_threads),
};

CHECK_SUITE(all_cases, NULL, NULL);
