/* SPDX-License-Identifier: MIT */
/* image - writes the built-in pack's loaded form: the given content files
 * loaded with the real loader, with the lemma map of their words from the
 * Hunspell dictionary ($HELPNAV_DICT_DIR, else the system's), written by
 * the cache's own writer (cache.h) with the built-in key. helpnav-embed
 * then compiles the file into the binary, which reads it through the
 * cache's checked reader.
 * Usage: helpnav-image OUT.cache FILE.yaml...
 * The files are named content/NAME as in the source tree, and nothing of
 * the build machine (time, paths) goes into the image: the same content
 * and dictionary give the same bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "lemma.h"
#include "loader.h"
#include "search_words.h"
#include "status.h"

static char *read_file(const char *path, size_t *len)
{
	FILE *in = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0;
	*len = 0;
	if (!in) {
		perror(path);
		return NULL;
	}
	for (;;) {
		if (*len == cap) {
			char *grown = realloc(buf, cap ? cap * 2 : 65536);
			if (!grown)
				break;
			buf = grown;
			cap = cap ? cap * 2 : 65536;
		}
		size_t n = fread(buf + *len, 1, cap - *len, in);
		*len += n;
		if (n == 0)
			break;
	}
	if (ferror(in) || !buf) {
		perror(path);
		free(buf);
		buf = NULL;
	}
	fclose(in);
	return buf;
}

/* "content/" and the file's own name, as messages show it. */
static char *shown_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	size_t n = sizeof "content/" + strlen(base);
	char *name = malloc(n);
	if (name)
		snprintf(name, n, "content/%s", base);
	return name;
}

/* The content of the n files, reporting what is wrong; own[2 * i] and
 * own[2 * i + 1] get file i's name and bytes (malloc'd). */
static int load(char **paths, char **own, struct content_file *files, size_t n,
		struct content **c)
{
	struct diag_list diags = {0};
	int rc = HN_OK;
	for (size_t i = 0; i < n && rc == HN_OK; i++) {
		files[i].name = own[2 * i] = shown_name(paths[i]);
		files[i].data = own[2 * i + 1] =
			read_file(paths[i], &files[i].length);
		if (!files[i].name || !files[i].data)
			rc = HN_IO;
	}
	if (rc == HN_OK)
		rc = loader_load_files(files, n, c, &diags);
	diag_list_sort(&diags);
	diag_list_print(&diags, stderr);
	diag_list_free(&diags);
	return rc;
}

/* The lemma map of c's words, saying why not. */
static int lemmas(const char *prog, const struct content *c,
		  struct lemma_map *m)
{
	struct lemma_dict *d = NULL;
	int rc = lemma_dict_open(&d);
	if (rc == HN_IO) {
		char *dic = lemma_dict_path();
		fprintf(stderr,
			"%s: no Hunspell dictionary at %s "
			"(install hunspell-ru, or set %s)\n",
			prog, dic ? dic : LEMMA_DICT_NAME, LEMMA_DICT_ENV);
		free(dic);
	}
	if (rc == HN_OK)
		rc = search_words_map_fields(c->fields, c->field_count, d, m);
	lemma_dict_close(d);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: %s OUT.cache FILE.yaml...\n", argv[0]);
		return 2;
	}
	size_t n = (size_t)argc - 2;
	struct content_file *files = calloc(n, sizeof *files);
	char **own = calloc(2 * n, sizeof *own);
	struct content *c = NULL;
	struct lemma_map m = {0};
	int rc = files && own ? load(argv + 2, own, files, n, &c) : HN_NOMEM;
	if (rc == HN_OK)
		rc = lemmas(argv[0], c, &m);
	if (rc == HN_OK)
		rc = cache_write(argv[1], c, &m, CACHE_BUILTIN_KEY);
	if (rc != HN_OK)
		fprintf(stderr, "%s: cannot write %s (status %d)\n", argv[0],
			argv[1], rc);
	lemma_map_free(&m);
	content_free(c);
	for (size_t i = 0; own && i < 2 * n; i++)
		free(own[i]);
	free(own);
	free(files);
	return rc == HN_OK ? 0 : 1;
}
