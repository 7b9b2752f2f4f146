/* check.h - the assertions every plain-C unit test shares. Each check counts
 * a pass, or counts a failure and prints where and what to stderr;
 * check_done() prints the "N passed, M failed" line and gives main's exit
 * status (0 only when nothing failed). Header-only: each test is one
 * translation unit, so the counters are static. */
#ifndef HELPNAV_TEST_CHECK_H
#define HELPNAV_TEST_CHECK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static int check_passed, check_failed;

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

/* Monotonic seconds, for the tests that bound how long something takes. */
static inline double check_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Prints the summary line; the return value is main's exit status. */
static inline int check_done(void)
{
	printf("%d passed, %d failed\n", check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
