/* SPDX-License-Identifier: MIT */
/* check.h - the assertions and the case table every plain-C unit test
 * shares. Each check counts a pass, or counts a failure and prints where and
 * what to stderr. A test file lists its cases with CHECK_SUITE; the one main,
 * in check_main.c, runs them all or those named with -t, lists them with
 * --list, and prints the "N passed, M failed" line. */
#ifndef HELPNAV_TEST_CHECK_H
#define HELPNAV_TEST_CHECK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* The counters, owned by check_main.c. */
extern int check_passed, check_failed;

/* Counts one result; on failure prints "FILE:LINE: FAILED: " and the
 * printf-style explanation. Returns ok, so a test can stop early. */
static inline bool check_at(bool ok, const char *file, int line,
			    const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static inline bool check_at(bool ok, const char *file, int line,
			    const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		check_passed++;
		return true;
	}
	check_failed++;
	fprintf(stderr, "%s:%d: FAILED: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return false;
}

/* The condition itself is the message. */
#define CHECK(cond) check_at((cond) != 0, __FILE__, __LINE__, "%s", #cond)

/* A printf-style message instead of the condition. */
#define CHECK_MSG(cond, ...) \
	check_at((cond) != 0, __FILE__, __LINE__, __VA_ARGS__)

static inline bool check_eq_str(const char *got, const char *want,
				const char *what, const char *file, int line)
{
	bool ok = got && want ? strcmp(got, want) == 0 : got == want;

	return check_at(ok, file, line, "%s\n--- want:\n%s\n--- got:\n%s\n---",
			what, want ? want : "(null)", got ? got : "(null)");
}

/* Two strings (either may be NULL) are equal; on failure shows both. */
#define CHECK_EQ_STR(got, want) \
	check_eq_str((got), (want), #got " == " #want, __FILE__, __LINE__)

/* The same with a label of one's own instead of the expressions. */
#define CHECK_EQ_STR_MSG(got, want, what) \
	check_eq_str((got), (want), (what), __FILE__, __LINE__)

/* Monotonic seconds, for the deadline of a wait (a file time to tick over),
 * never for an assertion on speed: a busy machine must not fail a test. */
static inline double check_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* One named case: a function that makes its own checks. */
struct check_case {
	const char *name;
	void (*run)(void);
};

/* What each test file defines once, with CHECK_SUITE: its cases in order and
 * optional setup and teardown (NULL when not needed). setup runs before the
 * first case that runs and returns 0, or non-zero when no case can run (it
 * has then made a failed check saying why); teardown runs after the last. */
struct check_suite {
	const struct check_case *cases;
	size_t count;
	int (*setup)(void);
	void (*teardown)(void);
};
extern const struct check_suite check_suite;

/* clang-format off */
/* A case named after its function; the name shown drops "test_". */
#define CHECK_CASE(fn) {#fn, fn}

/* The file's suite: cases is the array of CHECK_CASEs. */
#define CHECK_SUITE(cases, setup, teardown) \
	const struct check_suite check_suite = { \
		(cases), sizeof(cases) / sizeof((cases)[0]), (setup), \
		(teardown)}
/* clang-format on */

#endif
