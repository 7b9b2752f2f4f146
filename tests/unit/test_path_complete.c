/* SPDX-License-Identifier: MIT */
/* test_path_complete.c - Tab in the save prompt, as bash completes: one
 * match fills the name (a folder's with "/"), several extend it to what
 * they share and are listed, none leaves it alone; "~" is the home folder
 * and stays "~" in the text; hidden names only for a typed "."; a common
 * start never ends inside a Cyrillic letter. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "path_complete.h"
#include "status.h"

#include "check.h"

static char dir[64];

static void touch(const char *name)
{
	char path[256];
	int fd;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT, 0600);
	if (CHECK_MSG(fd >= 0, "create %s", path))
		close(fd);
}

/* Completes DIR/typed; the text with DIR/ taken off, into got. */
static size_t complete_in(const char *typed, char *got, size_t size,
			  struct path_completion *c)
{
	char path[256];
	size_t dl = strlen(dir) + 1;

	snprintf(path, sizeof path, "%s/%s", dir, typed);
	got[0] = '\0';
	if (!CHECK(path_complete(path, c) == HN_OK) || !c->text)
		return 0;
	if (CHECK_MSG(strncmp(c->text, path, dl) == 0, "kept: %s", c->text))
		snprintf(got, size, "%s", c->text + dl);
	return c->count;
}

static void test_unique_and_folder(void)
{
	struct path_completion c;
	char got[256];

	CHECK(complete_in("чек", got, sizeof got, &c) == 1);
	CHECK_EQ_STR(got, "чек-лист.txt");
	path_completion_free(&c);
	CHECK(complete_in("па", got, sizeof got, &c) == 1);
	CHECK_EQ_STR(got, "папка/");
	path_completion_free(&c);
	/* and inside the folder, the next Tab goes on */
	CHECK(complete_in("папка/", got, sizeof got, &c) == 1);
	CHECK_EQ_STR(got, "папка/внутри.md");
	path_completion_free(&c);
}

static void test_several(void)
{
	struct path_completion c;
	char got[256];

	CHECK(complete_in("repo", got, sizeof got, &c) == 2);
	CHECK_EQ_STR(got, "report-");
	if (c.count == 2) {
		CHECK_EQ_STR(c.names[0], "report-a.txt");
		CHECK_EQ_STR(c.names[1], "report-b.txt");
	}
	path_completion_free(&c);
	/* «лист-а» and «лист-е» share «лист-», not the byte а and е both
	 * start with in UTF-8 (0xD0) */
	CHECK(complete_in("ли", got, sizeof got, &c) == 2);
	CHECK_EQ_STR(got, "лист-");
	path_completion_free(&c);
}

static void test_none_and_hidden(void)
{
	struct path_completion c;
	char got[256];

	CHECK(complete_in("zzz", got, sizeof got, &c) == 0);
	CHECK_EQ_STR(got, "zzz");
	path_completion_free(&c);
	/* the empty name lists all but the hidden file */
	CHECK(complete_in("", got, sizeof got, &c) == 6);
	path_completion_free(&c);
	CHECK(complete_in(".", got, sizeof got, &c) == 1);
	CHECK_EQ_STR(got, ".скрытый");
	path_completion_free(&c);
	CHECK(path_complete("/nonexistent-helpnav/x", &c) == HN_OK);
	CHECK(c.count == 0 && c.text &&
	      strcmp(c.text, "/nonexistent-helpnav/x") == 0);
	path_completion_free(&c);
}

static void test_home(void)
{
	struct path_completion c;
	char *old = getenv("HOME") ? strdup(getenv("HOME")) : NULL;

	setenv("HOME", dir, 1);
	CHECK(path_complete("~/чек", &c) == HN_OK && c.count == 1);
	CHECK_EQ_STR(c.text, "~/чек-лист.txt");
	path_completion_free(&c);
	CHECK(path_complete("~", &c) == HN_OK && c.count == 6);
	CHECK_EQ_STR(c.text, "~/");
	path_completion_free(&c);
	unsetenv("HOME");
	CHECK(path_complete("~/чек", &c) == HN_OK && c.count == 0);
	CHECK_EQ_STR(c.text, "~/чек");
	path_completion_free(&c);
	if (old)
		setenv("HOME", old, 1);
	free(old);
}

static const char *const files[] = {"чек-лист.txt",   "report-a.txt",
				    "report-b.txt",   "лист-ё",
				    "лист-е",         ".скрытый",
				    "папка/внутри.md"};

static int setup(void)
{
	char path[256];

	snprintf(dir, sizeof dir, "/tmp/helpnav-complete-XXXXXX");
	if (!CHECK(mkdtemp(dir) != NULL))
		return 1;
	snprintf(path, sizeof path, "%s/папка", dir);
	CHECK(mkdir(path, 0700) == 0);
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
		touch(files[i]);
	return 0;
}

static void teardown(void)
{
	char path[256];

	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		unlink(path);
	}
	snprintf(path, sizeof path, "%s/папка", dir);
	rmdir(path);
	rmdir(dir);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_unique_and_folder),
	CHECK_CASE(test_several),
	CHECK_CASE(test_none_and_hidden),
	CHECK_CASE(test_home),
};

CHECK_SUITE(all_cases, setup, teardown);
