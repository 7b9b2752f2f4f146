/* SPDX-License-Identifier: MIT */
/* loader_dir.c - loader_load_dir: reads every *.yaml of a folder. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "grow.h"
#include "i18n.h"
#include "loader.h"
#include "loader_internal.h"
#include "status.h"
#include "syserr.h"

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_yaml_name(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 5 && !strcmp(name + n - 5, ".yaml");
}

int loader_list_yaml(const char *dir, char ***names, size_t *count,
		     struct diag_list *diags)
{
	*names = NULL;
	*count = 0;
	DIR *d = opendir(dir);
	if (!d) {
		if (diags)
			diag_add(diags, dir, 0, 0,
				 "не удаётся открыть каталог: %s",
				 syserr_reason(errno));
		return HN_IO;
	}
	int status = HN_OK;
	size_t cap = 0;
	struct dirent *e;
	while (status == HN_OK && (e = readdir(d))) {
		if (!is_yaml_name(e->d_name))
			continue;
		if (*count == LOADER_MAX_FILES) {
			if (diags)
				diag_add(diags, dir, 0, 0,
					 "слишком много файлов "
					 "*.yaml: больше %d",
					 LOADER_MAX_FILES);
			status = HN_IO;
			break;
		}
		char **slot = grow_room(names, *count, &cap, sizeof *slot, 16);
		char *copy = slot ? strdup(e->d_name) : NULL;
		if (!copy) {
			status = HN_NOMEM;
			break;
		}
		*slot = copy;
		(*count)++;
	}
	closedir(d);
	if (*count)
		qsort(*names, *count, sizeof **names, compare_names);
	return status;
}

/* Reads path into a malloc'd buffer. HN_LIMIT (reported) for a file over
 * the cap; one that grows while being read is cut at the cap + 1 byte, and
 * the loader reports it. */
static int read_file(const char *path, char **data, size_t *length,
		     struct diag_list *diags)
{
	*data = NULL;
	*length = 0;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		diag_add(diags, path, 0, 0, "не удаётся открыть файл: %s",
			 syserr_reason(errno));
		if (fd >= 0)
			close(fd);
		return HN_IO;
	}
	if (!S_ISREG(st.st_mode)) {
		diag_add(diags, path, 0, 0,
			 S_ISDIR(st.st_mode) ? "это каталог, а не файл"
					     : _("это не обычный файл"));
		close(fd);
		return HN_IO;
	}
	if (st.st_size > LOADER_MAX_FILE_BYTES) {
		diag_add(diags, path, 0, 0,
			 "файл слишком большой: %lld байт, можно не больше %d",
			 (long long)st.st_size, LOADER_MAX_FILE_BYTES);
		close(fd);
		return HN_LIMIT;
	}
	/* The size it has now, plus a byte to see it grow; it may grow up
	 * to the cap + 1. */
	const size_t max = LOADER_MAX_FILE_BYTES + 1;
	size_t cap = (size_t)st.st_size + 1, n = 0;
	char *buf = malloc(cap);
	if (!buf) {
		close(fd);
		return HN_NOMEM;
	}
	while (n < max) {
		if (n == cap) {
			size_t more = cap * 2 < max ? cap * 2 : max;
			char *grown = realloc(buf, more);
			if (!grown) {
				free(buf);
				close(fd);
				return HN_NOMEM;
			}
			buf = grown;
			cap = more;
		}
		ssize_t got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			diag_add(diags, path, 0, 0, "ошибка чтения: %s",
				 syserr_reason(errno));
			free(buf);
			close(fd);
			return HN_IO;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	close(fd);
	*data = buf;
	*length = n;
	return HN_OK;
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	bool slash = n > 0 && dir[n - 1] == '/';
	char *p = malloc(n + strlen(name) + 2);
	if (p)
		sprintf(p, "%s%s%s", dir, slash ? "" : "/", name);
	return p;
}

/* Reads, parses and walks the listed files one at a time, so that only
 * one file's bytes are held at once. The worst status wins: HN_NOMEM,
 * then HN_IO, then HN_LIMIT (a file over the size cap). After a read
 * error the readable files are still checked, so that all problems are
 * reported at once; the content is then dropped. */
static int load_listed(const char *dir, char *const *names, size_t count,
		       struct content **out, struct diag_list *diags)
{
	struct loader L;
	char *pack = NULL; /* the first readable file names the pack */
	int status = HN_OK;
	bool ok = loader_begin(&L, diags);
	for (size_t i = 0; i < count && ok; i++) {
		char *path = join(dir, names[i]);
		char *data = NULL;
		size_t length = 0;
		int st = path ? read_file(path, &data, &length, diags)
			      : HN_NOMEM;
		if (st == HN_OK)
			ok = loader_add_file(
				&L, &(struct content_file){path, data, length});
		free(data);
		if (st == HN_OK && !pack)
			pack = path;
		else
			free(path);
		if (st == HN_NOMEM)
			ok = false;
		if (st == HN_IO || (st == HN_LIMIT && status == HN_OK))
			status = st;
	}
	/* With no file read, there is no pack to link. */
	int st = loader_finish(&L, ok ? pack : NULL, out);
	if (!ok)
		status = HN_NOMEM;
	else if (status == HN_OK)
		status = st;
	if (status != HN_OK && *out) {
		content_free(*out);
		*out = NULL;
	}
	free(pack);
	return status;
}

static void free_names(char **names, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
}

int loader_load_dir(const char *dir, struct content **out,
		    struct diag_list *diags)
{
	*out = NULL;
	char **names;
	size_t count;
	/* Without the whole list, the pack would look incomplete. */
	int status = loader_list_yaml(dir, &names, &count, diags);
	if (status == HN_OK && count == 0) {
		diag_add(diags, dir, 0, 0, "в каталоге нет файлов *.yaml");
		status = HN_INVALID;
	} else if (status == HN_OK) {
		status = load_listed(dir, names, count, out, diags);
	}
	free_names(names, count);
	if (status == HN_LIMIT) /* too big is a content error */
		status = HN_INVALID;
	diag_list_sort(diags);
	return status;
}
