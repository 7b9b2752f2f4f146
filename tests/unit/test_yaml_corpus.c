/* SPDX-License-Identifier: MIT */
/* test_yaml_corpus - every input of the YAML test suite (tests/data), loaded
 * as a content file, ends in HN_OK or HN_INVALID; hostile inputs (alias
 * expansion, alias cycle, deep nesting, a file over the size cap) are refused
 * with their message. A hang is caught by ctest's timeout, not by a clock
 * here: a busy machine must not fail the test. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "loader.h"
#include "status.h"

#include "check.h"

/* A check whose message is what was tried and why it failed. */
#define check_what(ok, what, detail) CHECK_MSG((ok), "%s: %s", (what), (detail))

/* The inputs in tests/data/yaml-test-suite (see its README). */
#define CORPUS_INPUTS 402

/* Loads data as one content file; returns the status and copies the first
 * messages into first. */
static int load(const char *name, const char *data, size_t length, char *first,
		size_t size)
{
	struct content_file file = {name, data, length};
	struct content *c = NULL;
	struct diag_list d = {0};
	int status = loader_load_files(&file, 1, &c, &d);
	first[0] = '\0';
	for (size_t i = 0; i < d.count && i < 4; i++) {
		size_t used = strlen(first);
		snprintf(first + used, size - used, "%s | ",
			 d.items[i].message);
	}
	if ((status == HN_OK) != (c != NULL))
		status = -1;
	content_free(c);
	diag_list_free(&d);
	return status;
}

static char *read_all(const char *path, size_t *length)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			char *grown = realloc(buf, cap *= 2);
			if (!grown)
				free(buf);
			buf = grown;
		}
	}
	fclose(f);
	*length = n;
	return buf;
}

static int corpus_count;

static void run_file(const char *path)
{
	size_t length;
	char *data = read_all(path, &length);
	if (!data)
		return;
	corpus_count++;
	char first[512];
	int status = load(path, data, length, first, sizeof first);
	check_what(status == HN_OK || status == HN_INVALID, "status OK/INVALID",
		   path);
	free(data);
}

/* The suite has NAME/in.yaml and NAME/NN/in.yaml. */
static void walk(const char *dir, int depth)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(path, &st))
			continue;
		if (S_ISDIR(st.st_mode) && depth < 2)
			walk(path, depth + 1);
		else if (S_ISREG(st.st_mode) && !strcmp(e->d_name, "in.yaml"))
			run_file(path);
	}
	closedir(d);
}

static void expect_refused(const char *what, const char *data, size_t len,
			   const char *message_part)
{
	char first[512];
	int status = load(what, data, len, first, sizeof first);
	check_what(status == HN_INVALID, what, "should be HN_INVALID");
	check_what(strstr(first, message_part) != NULL, what, first);
}

static void test_hostile_inputs(void)
{
	const char *laughs =
		"a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
		"b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
		"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
		"d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
		"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
		"f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
		"g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
	expect_refused("billion laughs", laughs, strlen(laughs),
		       "якоря (&a) не поддерживаются");
	const char *cycle = "a: &a [1, *a]\n";
	expect_refused("alias cycle", cycle, strlen(cycle), "якоря (&a)");

	char deep[512] = "";
	for (int i = 0; i < 100; i++)
		strcat(deep, "[");
	for (int i = 0; i < 100; i++)
		strcat(deep, "]");
	expect_refused("100 levels", deep, strlen(deep),
		       "слишком глубокая вложенность");

	size_t big = 5 * 1024 * 1024;
	char *data = malloc(big);
	if (!data) {
		check_what(0, "5 MB", "no memory");
		return;
	}
	memset(data, '#', big);
	for (size_t i = 79; i < big; i += 80)
		data[i] = '\n';
	expect_refused("5 MB file", data, big, "файл слишком большой");
	free(data);
}

static void test_corpus(void)
{
	const char *dir = HELPNAV_SOURCE_DIR "/tests/data/yaml-test-suite";

	walk(dir, 0);
	check_what(corpus_count == CORPUS_INPUTS,
		   "every input of the corpus read", dir);
	printf("%d corpus files\n", corpus_count);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_corpus),
	CHECK_CASE(test_hostile_inputs),
};

CHECK_SUITE(all_cases, NULL, NULL);
