/* SPDX-License-Identifier: MIT */
/* slow_fsync.c - an LD_PRELOAD shim for hostile/save_slow.sh: fsync of a
 * file whose path contains $SLOW_FSYNC_MATCH takes $SLOW_FSYNC_MS more
 * milliseconds, and lstat of such a path $SLOW_LSTAT_MS more, as on a
 * slow disk or a network file system. Other files (the checklist drafts)
 * are synced and looked at as usual. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int fsync(int fd);
int lstat(const char *path, struct stat *st);

/* Sleeps the milliseconds the variable name holds, if any. */
static void delay(const char *name)
{
	const char *ms = getenv(name);
	long v = ms ? strtol(ms, NULL, 10) : 0;
	struct timespec d = {v / 1000, (v % 1000) * 1000000L};

	while (v > 0 && nanosleep(&d, &d) != 0 && errno == EINTR)
		;
}

/* Whether fd's path contains the match. */
static int slow_file(int fd)
{
	const char *match = getenv("SLOW_FSYNC_MATCH");
	char link[64], path[PATH_MAX];
	ssize_t n;

	if (!match || !*match)
		return 0;
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	n = readlink(link, path, sizeof path - 1);
	if (n < 0)
		return 0;
	path[n] = '\0';
	return strstr(path, match) != NULL;
}

int fsync(int fd)
{
	int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fsync");

	if (slow_file(fd))
		delay("SLOW_FSYNC_MS");
	return real ? real(fd) : 0;
}

int lstat(const char *path, struct stat *st)
{
	int (*real)(const char *, struct stat *) =
		(int (*)(const char *, struct stat *))dlsym(RTLD_NEXT, "lstat");
	const char *match = getenv("SLOW_FSYNC_MATCH");

	if (match && *match && strstr(path, match))
		delay("SLOW_LSTAT_MS");
	if (!real) {
		errno = ENOSYS;
		return -1;
	}
	return real(path, st);
}
