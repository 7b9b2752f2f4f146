/* SPDX-License-Identifier: MIT */
/* cache.c - where a pack's cache lives, what it is keyed by, and the load
 * path that uses it (see cache.h). */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "export.h"
#include "cache_internal.h"
#include "loader.h"
#include "loader_internal.h"
#include "search_words.h"
#include "status.h"

/* A file younger than this may still change within its mtime's tick. */
enum { RECENT_SECONDS = 2 };

static bool cache_disabled(void)
{
	const char *v = getenv("HELPNAV_NO_CACHE");
	return v && *v && strcmp(v, "0") != 0;
}

/* The cache folder (malloc'd), or NULL. Only absolute paths: a relative
 * one would put the cache (and make folders) wherever helpnav is started.
 * A relative XDG_CACHE_HOME is ignored, as the XDG spec says; a relative
 * HELPNAV_CACHE_DIR or HOME means no cache. */
static char *cache_dir(void)
{
	const char *v = getenv("HELPNAV_CACHE_DIR");
	if (!v || !*v)
		return export_user_dir("XDG_CACHE_HOME", ".cache");
	if (*v != '/')
		return NULL;
	return strdup(v);
}

char *cache_path_for(const char *dir)
{
	if (cache_disabled())
		return NULL;
	char *real = realpath(dir, NULL);
	char *cdir = real ? cache_dir() : NULL;
	char *path = NULL;
	if (cdir) {
		size_t n = strlen(cdir) + 40;
		/* the folder as written is part of the key (origins name
		 * it), so it names the file too: "pack" and "./pack" get a
		 * cache each instead of rewriting one in turn */
		uint64_t h = cache_checksum(real, strlen(real) + 1, 0);
		h = cache_checksum(dir, strlen(dir), h);
		path = malloc(n);
		if (path)
			snprintf(path, n, "%s/pack-%016llx.cache", cdir,
				 (unsigned long long)h);
	}
	free(real);
	free(cdir);
	return path;
}

/* One file's identity, mixed into *h. */
static int mix_file(const char *dir, const char *name, uint64_t *h,
		    bool *recent)
{
	char path[PATH_MAX];
	struct stat st;
	if (snprintf(path, sizeof path, "%s/%s", dir, name) >= PATH_MAX ||
	    stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return HN_IO;
	uint64_t id[] = {
		(uint64_t)st.st_size,         (uint64_t)st.st_mtim.tv_sec,
		(uint64_t)st.st_mtim.tv_nsec, (uint64_t)st.st_ctim.tv_sec,
		(uint64_t)st.st_ctim.tv_nsec, (uint64_t)st.st_ino,
		(uint64_t)st.st_dev,
	};
	*h = cache_checksum(name, strlen(name) + 1, *h);
	*h = cache_checksum(id, sizeof id, *h);
	time_t now = time(NULL);
	if (st.st_mtim.tv_sec + RECENT_SECONDS >= now ||
	    st.st_ctim.tv_sec + RECENT_SECONDS >= now)
		*recent = true;
	return HN_OK;
}

/* The program's own file: a new build may load packs differently. */
static uint64_t program_identity(void)
{
	struct stat st;
	char v[] = HELPNAV_VERSION;
	uint64_t h = cache_checksum(v, sizeof v, CACHE_VERSION);
	if (stat("/proc/self/exe", &st) == 0) {
		uint64_t id[] = {(uint64_t)st.st_size,
				 (uint64_t)st.st_mtim.tv_sec,
				 (uint64_t)st.st_mtim.tv_nsec,
				 (uint64_t)st.st_ino};
		h = cache_checksum(id, sizeof id, h);
	}
	return h;
}

/* The dictionary's files (lemma.h), or their absence: the cache holds
 * the lemma map computed from them, or none when they were missing. */
static uint64_t dict_identity(uint64_t h)
{
	char *paths[] = {lemma_dict_aff_path(), lemma_dict_path()};
	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
		struct stat st;
		uint64_t id[5] = {0};
		if (paths[i] && stat(paths[i], &st) == 0)
			id[0] = 1, id[1] = (uint64_t)st.st_size,
			id[2] = (uint64_t)st.st_mtim.tv_sec,
			id[3] = (uint64_t)st.st_mtim.tv_nsec,
			id[4] = (uint64_t)st.st_ino;
		if (paths[i])
			h = cache_checksum(paths[i], strlen(paths[i]) + 1, h);
		h = cache_checksum(id, sizeof id, h);
		free(paths[i]);
	}
	return h;
}

int cache_key_for(const char *dir, unsigned long long *key, bool *recent)
{
	char **names;
	size_t count;
	uint64_t h = dict_identity(program_identity());
	*recent = false;
	/* the folder as written: it is in every origin's file name */
	h = cache_checksum(dir, strlen(dir), h);
	int rc = loader_list_yaml(dir, &names, &count, NULL);
	if (rc == HN_OK && count == 0)
		rc = HN_IO; /* the loader reports it */
	for (size_t i = 0; i < count; i++) {
		if (rc == HN_OK)
			rc = mix_file(dir, names[i], &h, recent);
		free(names[i]);
	}
	free(names);
	*key = h;
	return rc;
}

/* Where the cache of dir is and its key; false when there is none to
 * use. */
static bool locate(const char *dir, char **path, uint64_t *key, bool *recent)
{
	unsigned long long k = 0;
	*recent = false;
	*path = cache_path_for(dir);
	if (*path && cache_key_for(dir, &k, recent) != HN_OK) {
		free(*path);
		*path = NULL;
	}
	*key = k;
	return *path != NULL;
}

/* Why a cache that exists is not believed. */
enum distrust {
	TRUSTED,
	FOLDER_NOT_OWN, /* nothing is written there either */
	FILE_NOT_REGULAR,
	FILE_NOT_OWN,
};

/* Whether the cache at path is believed: its folder or the file may be
 * another user's or writable by others (anyone who can put a file there
 * could show the user anything), or the file not a regular file (a FIFO
 * would hang every run). A missing folder or file is no reason. */
static enum distrust distrust(const char *path)
{
	struct stat st;
	char *dir = strdup(path);
	char *slash = dir ? strrchr(dir, '/') : NULL;
	enum distrust why = TRUSTED;

	if (slash && slash != dir)
		*slash = '\0';
	if (dir && stat(dir, &st) == 0 &&
	    (!S_ISDIR(st.st_mode) || !cache_owned(&st)))
		why = FOLDER_NOT_OWN;
	else if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode))
		why = FILE_NOT_REGULAR;
	else if (lstat(path, &st) == 0 && !cache_owned(&st))
		why = FILE_NOT_OWN;
	free(dir);
	return why;
}

/* The one message for a cache that is not believed. */
static void report_distrust(enum distrust why, const char *path,
			    struct diag_list *diags)
{
	if (why == FOLDER_NOT_OWN)
		diag_add(diags, path, 0, 0,
			 "папка кэша принадлежит другому пользователю или "
			 "открыта на запись другим; кэш не используется");
	else if (why == FILE_NOT_REGULAR)
		diag_add(diags, path, 0, 0,
			 "файл кэша — не обычный файл; кэш не используется");
	else if (why == FILE_NOT_OWN)
		diag_add(diags, path, 0, 0,
			 "файл кэша принадлежит другому пользователю или "
			 "открыт на запись другим; кэш не используется");
}

/* The corpus of dir's parsed content c, which it frees: read back from
 * the cache file just written when there is one (path), so that the
 * content and the corpus are never in memory together; else built. */
static int corpus_of(const char *dir, struct content *c, const char *path,
		     uint64_t key, struct corpus **out)
{
	if (path) {
		content_free(c);
		c = NULL;
		if (cache_read_corpus(path, key, out) == HN_OK)
			return HN_OK;
		/* the file changed under us: parse again, quietly (the
		 * first parse reported everything) */
		struct diag_list again = {0};
		int rc = loader_load_dir(dir, &c, &again);
		diag_list_free(&again);
		if (rc != HN_OK)
			return rc;
	}
	int rc = corpus_build(c, out);
	content_free(c);
	return rc;
}

/* The lemma map of c's words from the dictionary: HN_OK and *out
 * filled; HN_IO when the dictionary is missing; HN_NOMEM. */
static int pack_lemmas(const struct content *c, struct lemma_map *out)
{
	struct lemma_dict *d = NULL;
	memset(out, 0, sizeof *out);
	int rc = lemma_dict_open(&d);
	if (rc == HN_OK)
		rc = search_words_map_fields(c->fields, c->field_count, d, out);
	lemma_dict_close(d);
	return rc;
}

/* Writes the cache of the parsed c with its lemma map (none when the
 * dictionary is missing), which c keeps; true when written. Failing
 * (out of memory too) only costs the next run a parse, and c's lemmas
 * are then computed when a search by words needs them. */
static bool write_cache(const char *path, uint64_t key, struct content *c)
{
	struct lemma_map map;
	int rc = pack_lemmas(c, &map);
	if (rc == HN_NOMEM)
		return false;
	export_make_parent(path);
	bool written = cache_write(path, c, rc == HN_OK ? &map : NULL, key) ==
		       HN_OK;
	if (rc == HN_OK)
		(void)cache_give_lemmas(c, &map);
	return written;
}

int cache_load(const char *dir, struct content **content,
	       struct corpus **corpus, struct diag_list *diags)
{
	char *path = NULL;
	uint64_t key = 0;
	bool recent;
	bool cached = locate(dir, &path, &key, &recent);
	enum distrust why = cached ? distrust(path) : TRUSTED;
	report_distrust(why, path, diags);
	if (cached && why == TRUSTED &&
	    (content ? cache_read(path, key, content)
		     : cache_read_corpus(path, key, corpus)) == HN_OK) {
		free(path);
		return HN_OK;
	}
	struct content *c = NULL;
	int rc = loader_load_dir(dir, &c, diags);
	bool written = false;
	if (rc == HN_OK && cached && !recent && why != FOLDER_NOT_OWN)
		written = write_cache(path, key, c);
	if (rc == HN_OK && content)
		*content = c;
	else if (rc == HN_OK)
		rc = corpus_of(dir, c, written ? path : NULL, key, corpus);
	free(path);
	return rc;
}

int cache_load_dir(const char *dir, struct content **out,
		   struct diag_list *diags)
{
	*out = NULL;
	return cache_load(dir, out, NULL, diags);
}
