/* SPDX-License-Identifier: MIT */
/* autosave.c - a checklist's ticks and fields kept on disk (autosave.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "autosave.h"
#include "export.h"
#include "i18n.h"
#include "status.h"
#include "syserr.h"

static const char AUTOSAVE_MAGIC[] = "helpnav-draft 1";
static const char AUTOSAVE_ASIDE[] = "~";

char *autosave_path(const struct checklist *cl)
{
	char *dir = export_user_dir("XDG_STATE_HOME", ".local/state");
	char name[300], *path = NULL;
	size_t n;

	if (!dir)
		return NULL;
	/* "checklist-returns-chat.txt" becomes "draft-returns-chat" */
	checklist_default_filename(cl, name, sizeof name);
	n = strlen(dir) + strlen(name) + sizeof "/draft-";
	path = malloc(n);
	if (path)
		snprintf(path, n, "%s/draft-%.*s", dir,
			 (int)(strlen(name) - strlen("checklist-.txt")),
			 name + strlen("checklist-"));
	free(dir);
	return path;
}

static void put_escaped(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\\\", f);
		else if (*s == '\n')
			fputs("\\n", f);
		else
			fputc(*s, f);
	}
}

/* The draft's text into *out (malloc'd); false when memory is short. */
static bool draft_text(const struct checklist *cl, char **out, size_t *len,
		       bool *empty)
{
	FILE *f = open_memstream(out, len);

	if (!f)
		return false;
	*empty = true;
	fprintf(f, "%s\n", AUTOSAVE_MAGIC);
	for (size_t i = 0; i < cl->count; i++) {
		if (cl->ticked[i]) {
			fprintf(f, "x %s\n", cl->items[i]->id);
			*empty = false;
		}
		if (cl->values[i] && cl->values[i][0]) {
			fprintf(f, "v %s ", cl->items[i]->id);
			put_escaped(f, cl->values[i]);
			fputc('\n', f);
			*empty = false;
		}
	}
	return fclose(f) == 0;
}

int autosave_text(const struct checklist *cl, char **out, size_t *len)
{
	bool empty;

	*out = NULL;
	*len = 0;
	if (!draft_text(cl, out, len, &empty)) {
		free(*out);
		*out = NULL;
		return HN_NOMEM;
	}
	if (empty) {
		free(*out);
		*out = NULL;
		*len = 0;
	}
	return HN_OK;
}

int autosave_store(const char *path, const char *text, size_t len, char *errbuf,
		   size_t errsize)
{
	if (!text) {
		autosave_remove(path);
		return HN_OK;
	}
	if (export_make_parent(path) != HN_OK) {
		snprintf(errbuf, errsize, _("не удалось создать папку для %s"),
			 path);
		return HN_IO;
	}
	return export_write_private(path, text, len, errbuf, errsize);
}

int autosave_write(const struct checklist *cl, const char *path, char *errbuf,
		   size_t errsize)
{
	char *text;
	size_t len;
	int rc = autosave_text(cl, &text, &len);

	if (rc != HN_OK) {
		snprintf(errbuf, errsize, "%s", _("не хватает памяти"));
		return rc;
	}
	rc = autosave_store(path, text, len, errbuf, errsize);
	free(text);
	return rc;
}

bool autosave_exists(const char *path, time_t *when)
{
	struct stat st;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return false;
	*when = st.st_mtime;
	return true;
}

/* The value after "v ID ", unescaped in place. */
static void unescape(char *s)
{
	char *w = s;

	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			if (*s == 'n')
				*w++ = '\n';
			else
				*w++ = *s;
		} else {
			*w++ = *s;
		}
	}
	*w = '\0';
}

static int apply_line(struct checklist *cl, char *line)
{
	char *id = line + 2, *value = NULL;

	if ((line[0] != 'x' && line[0] != 'v') || line[1] != ' ')
		return HN_OK; /* a line of a later version: skipped */
	if (line[0] == 'v') {
		value = strchr(id, ' ');
		if (!value)
			return HN_OK;
		*value++ = '\0';
		unescape(value);
	}
	for (size_t i = 0; i < cl->count; i++) {
		if (strcmp(cl->items[i]->id, id) != 0)
			continue;
		if (!value)
			cl->ticked[i] = true;
		else if (checklist_set_value(cl, i, value) != HN_OK)
			return HN_NOMEM;
	}
	return HN_OK;
}

int autosave_load(struct checklist *cl, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = HN_OK;

	if (!f)
		return HN_IO;
	n = getline(&line, &cap, f);
	if (n < 0 || strncmp(line, AUTOSAVE_MAGIC, strlen(AUTOSAVE_MAGIC)) != 0)
		rc = HN_INVALID;
	while (rc == HN_OK && (n = getline(&line, &cap, f)) >= 0) {
		if (n && line[n - 1] == '\n')
			line[n - 1] = '\0';
		rc = apply_line(cl, line);
	}
	free(line);
	fclose(f);
	if (rc == HN_OK)
		cl->dirty = true;
	return rc;
}

void autosave_remove(const char *path)
{
	unlink(path);
}

/* path~ for n = 1, path~N after it. NULL when memory is short. */
static char *aside_name(const char *path, unsigned n)
{
	size_t size = strlen(path) + sizeof AUTOSAVE_ASIDE + 12;
	char *aside = malloc(size);

	if (!aside)
		return NULL;
	if (n == 1)
		snprintf(aside, size, "%s%s", path, AUTOSAVE_ASIDE);
	else
		snprintf(aside, size, "%s%s%u", path, AUTOSAVE_ASIDE, n);
	return aside;
}

char *autosave_aside_path(const char *path)
{
	struct stat st;

	for (unsigned n = 1;; n++) {
		char *aside = aside_name(path, n);
		if (!aside || lstat(aside, &st) != 0)
			return aside;
		free(aside);
	}
}

int autosave_set_aside(const char *path, char **aside, char *errbuf,
		       size_t errsize)
{
	*aside = NULL;
	for (unsigned n = 1;; n++) {
		char *name = aside_name(path, n);
		if (!name) {
			snprintf(errbuf, errsize, "%s", _("не хватает памяти"));
			return HN_NOMEM;
		}
		/* link() does not replace: a draft set aside before stays */
		if (link(path, name) == 0 && unlink(path) == 0) {
			*aside = name;
			return HN_OK;
		}
		int e = errno;
		free(name);
		if (e == EEXIST)
			continue;
		snprintf(errbuf, errsize, _("%s не переименован: %s"), path,
			 syserr_reason(e));
		return HN_IO;
	}
}
