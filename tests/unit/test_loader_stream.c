/* SPDX-License-Identifier: MIT */
/* test_loader_stream - a folder is read and parsed file by file: the
 * result and the messages are those of the same files loaded from memory. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loader.h"
#include "status.h"

#include "check.h"
#include "test_util.h"
#include "same_content.h"

enum { MAX_FILES = 16 };

struct files {
	struct content_file f[MAX_FILES];
	char *name[MAX_FILES], *data[MAX_FILES];
	size_t count;
};

static char *read_all(const char *path, size_t *length)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;
	while (f) {
		if (n == cap) {
			char *grown = realloc(buf, cap = cap * 2 + 4096);
			if (!grown)
				break;
			buf = grown;
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (f)
		fclose(f);
	*length = n;
	return buf;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* dir's *.yaml files in memory, named as loader_load_dir names them. */
static void read_dir(const char *dir, struct files *fs)
{
	char *names[MAX_FILES];
	size_t n = 0;
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d)) && n < MAX_FILES) {
		size_t len = strlen(e->d_name);
		if (e->d_name[0] != '.' && len > 5 &&
		    !strcmp(e->d_name + len - 5, ".yaml"))
			names[n++] = strdup(e->d_name);
	}
	if (d)
		closedir(d);
	qsort(names, n, sizeof *names, by_name);
	fs->count = n;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]) + 2;
		fs->name[i] = malloc(len);
		snprintf(fs->name[i], len, "%s/%s", dir, names[i]);
		free(names[i]);
		size_t length;
		fs->data[i] = read_all(fs->name[i], &length);
		fs->f[i] =
			(struct content_file){fs->name[i], fs->data[i], length};
	}
}

static void free_files(struct files *fs)
{
	for (size_t i = 0; i < fs->count; i++) {
		free(fs->name[i]);
		free(fs->data[i]);
	}
}

static void same(const char *dir, size_t min_fields)
{
	struct files fs;
	read_dir(dir, &fs);
	struct content *a = NULL, *b = NULL;
	struct diag_list da = {0}, db = {0};
	CHECK_MSG(loader_load_dir(dir, &a, &da) == HN_OK, "%s loads", dir);
	CHECK(loader_load_files(fs.f, fs.count, &b, &db) == HN_OK);
	CHECK(da.count == 0 && db.count == 0);
	if (a && b) {
		CHECK_MSG(same_content(a, b), "%s: same content", dir);
		CHECK(a->field_count >= min_fields);
	}
	content_free(a);
	content_free(b);
	diag_list_free(&da);
	diag_list_free(&db);
	free_files(&fs);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

/* The folder test_same_errors and test_sizes write into (setup makes it). */
static char tmp[] = "/tmp/test_loader_stream.XXXXXX";

/* Errors in several files and across them: the same messages, in the
 * same order, as when the files are loaded from memory. */
static void test_same_errors(void)
{
	char path[600];
	static const char *const texts[] = {
		"sources:\n  - id: s1\n    title: A\n  - id: s1\n    title: B\n",
		"channels:\n  - id: chat\n    title: Чат\n    steps:\n"
		"      - text: Шаг\n        sources: [s2]\n",
		"categories:\n  - id: a\n    title: Ёлка\n    channels: "
		"[caht]\n  - id: a\n    title: x\n    channels: [chat]\n",
		"pages: [\n",
		"pages:\n  - id: p\n    titel: T\n    body: []\n",
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		snprintf(path, sizeof path, "%s/%zu.yaml", tmp, i);
		write_file(path, texts[i]);
	}
	struct files fs;
	read_dir(tmp, &fs);
	struct content *a = NULL, *b = NULL;
	struct diag_list da = {0}, db = {0};
	CHECK(loader_load_dir(tmp, &a, &da) == HN_INVALID);
	CHECK(loader_load_files(fs.f, fs.count, &b, &db) == HN_INVALID);
	CHECK(!a && !b);
	char *x = test_diags_printed(&da), *y = test_diags_printed(&db);
	CHECK_EQ_STR(x, y);
	CHECK(da.count >= 6);
	free(x);
	free(y);
	content_free(a);
	content_free(b);
	diag_list_free(&da);
	diag_list_free(&db);
	free_files(&fs);
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		snprintf(path, sizeof path, "%s/%zu.yaml", tmp, i);
		unlink(path);
	}
}

/* A file bigger than the first read buffer of a small one, and one too
 * big: the big one still loads whole, the second is refused as before. */
static void test_sizes(void)
{
	char path[600];
	snprintf(path, sizeof path, "%s/a.yaml", tmp);
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	if (!f)
		return;
	fputs("sources:\n  - id: s\n    title: S\n"
	      "channels:\n  - id: c\n    title: C\n    steps:\n",
	      f);
	for (int i = 0; i < 20000; i++)
		fprintf(f,
			"      - text: \"Шаг номер %d, ещё один\"\n"
			"        sources: [s]\n",
			i);
	fputs("categories:\n  - id: k\n    title: K\n    channels: [c]\n", f);
	fclose(f);
	struct content *c = NULL;
	struct diag_list d = {0};
	CHECK(loader_load_dir(tmp, &c, &d) == HN_OK);
	CHECK(c && c->channel_count == 1 &&
	      c->channels[0].steps.count == 20000);
	if (c && c->channels[0].steps.count == 20000)
		CHECK_EQ_STR(c->channels[0].steps.items[19999].text,
			     "Шаг номер 19999, ещё один");
	content_free(c);
	diag_list_free(&d);
	snprintf(path, sizeof path, "%s/b.yaml", tmp);
	f = fopen(path, "w");
	for (int i = 0; f && i <= LOADER_MAX_FILE_BYTES / 64; i++)
		fprintf(f, "# %61d\n", i);
	if (f)
		fclose(f);
	CHECK(loader_load_dir(tmp, &c, &d) == HN_INVALID);
	CHECK(c == NULL && d.count == 1);
	if (d.count == 1)
		CHECK(strstr(d.items[0].message, "файл слишком большой") &&
		      strstr(d.items[0].file, "/b.yaml"));
	diag_list_free(&d);
	unlink(path);
	snprintf(path, sizeof path, "%s/a.yaml", tmp);
	unlink(path);
}

static void test_same_builtin(void)
{
	same(HELPNAV_SOURCE_DIR "/content", 500);
}

static void test_same_small(void)
{
	same(HELPNAV_SOURCE_DIR "/tests/fixtures/pack-small", 10);
}

static int setup(void)
{
	return CHECK(mkdtemp(tmp) != NULL) ? 0 : 1;
}

static void teardown(void)
{
	rmdir(tmp);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_same_builtin),
	CHECK_CASE(test_same_small),
	CHECK_CASE(test_same_errors),
	CHECK_CASE(test_sizes),
};

CHECK_SUITE(all_cases, setup, teardown);
