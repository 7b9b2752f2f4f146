/* SPDX-License-Identifier: MIT */
/* path_complete.c - bash's Tab for one path: list the folder, keep the
 * names that start with the last part typed, extend it by what they share. */
#include <dirent.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "export.h"
#include "grow.h"
#include "path_complete.h"
#include "status.h"
#include "text.h"

void path_completion_free(struct path_completion *c)
{
	for (size_t i = 0; i < c->count; i++)
		free(c->names[i]);
	free(c->names);
	free(c->text);
	*c = (struct path_completion){0};
}

/* name, with "/" after it when dir/name is a folder (a link to one too,
 * as bash marks it); malloc'd, or NULL when memory is short. */
static char *entry_name(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	char *full = malloc(dl + nl + 2);
	char *out = malloc(nl + 2);
	struct stat st;

	if (full && out) {
		memcpy(full, dir, dl);
		full[dl] = '/';
		memcpy(full + dl + 1, name, nl + 1);
		memcpy(out, name, nl + 1);
		if (stat(full, &st) == 0 && S_ISDIR(st.st_mode))
			memcpy(out + nl, "/", 2);
	} else {
		free(out);
		out = NULL;
	}
	free(full);
	return out;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir that start with base, into c->names, sorted. */
static int list_matches(const char *dir, const char *base,
			struct path_completion *c)
{
	size_t bl = strlen(base);
	DIR *d = opendir(dir);
	struct dirent *e;
	int rc = HN_OK;

	if (!d)
		return HN_OK; /* no such folder: nothing to offer */
	while (rc == HN_OK && (e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, base, bl) != 0 ||
		    strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0 ||
		    (e->d_name[0] == '.' && base[0] != '.'))
			continue;
		char **slot = grow_room(&c->names, c->count, &c->cap,
					sizeof *slot, 16);
		char *name = slot ? entry_name(dir, e->d_name) : NULL;

		if (!name)
			rc = HN_NOMEM;
		else
			c->names[c->count++] = name;
	}
	closedir(d);
	if (c->count > 1)
		qsort(c->names, c->count, sizeof *c->names, by_name);
	return rc;
}

/* Bytes the names share from the start, never ending inside a
 * character. */
static size_t common_start(char *const *names, size_t count)
{
	size_t n = strlen(names[0]);

	for (size_t i = 1; i < count; i++) {
		size_t k = 0;

		while (k < n && names[i][k] == names[0][k])
			k++;
		n = k;
	}
	return utf8_first_invalid(names[0], n);
}

/* head (typed up to its last "/") then len bytes of name. */
static char *join(const char *head, size_t hl, const char *name, size_t len)
{
	char *s = malloc(hl + len + 1);

	if (s) {
		memcpy(s, head, hl);
		memcpy(s + hl, name, len);
		s[hl + len] = '\0';
	}
	return s;
}

int path_complete(const char *typed, struct path_completion *out)
{
	/* "~" alone names the home folder: complete inside it, as bash
	 * does once the "/" is there */
	const char *t = strcmp(typed, "~") == 0 ? "~/" : typed;
	const char *slash = strrchr(t, '/');
	size_t hl = slash ? (size_t)(slash - t) + 1 : 0;
	size_t size = hl + PATH_MAX;
	char *head = join(t, hl, "", 0), *dir = malloc(size);
	int rc = HN_NOMEM;

	*out = (struct path_completion){0};
	if (head && dir) {
		if (!hl)
			strcpy(dir, ".");
		else if (!export_expand_home(head, dir, size))
			dir[0] = '\0'; /* no HOME: nothing to offer */
		rc = dir[0] ? list_matches(dir, t + hl, out) : HN_OK;
	}
	if (rc == HN_OK) {
		out->text = out->count
				    ? join(head, hl, out->names[0],
					   common_start(out->names, out->count))
				    : join(typed, strlen(typed), "", 0);
		if (!out->text)
			rc = HN_NOMEM;
	}
	free(head);
	free(dir);
	return rc;
}
