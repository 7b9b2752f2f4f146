/* SPDX-License-Identifier: MIT */
/* cache.h - a compiled form of a content pack, so that a large pack is not
 * parsed again on every run (what man-db and locate do).
 *
 * The cache of a folder is one file in $HELPNAV_CACHE_DIR, else
 * $XDG_CACHE_HOME/helpnav, else ~/.cache/helpnav; only absolute paths
 * count (a relative one means no cache). It holds the pack's lemma map
 * (lemma.h), computed from the dictionary as the cache is written, so
 * that a run reading it never loads the dictionary for the pack's own
 * words. It is keyed by the folder's *.yaml files (names, sizes, mtimes,
 * ctimes, inodes), the program's own file and the dictionary's files
 * (the same, or their absence: a cache written without the dictionary
 * holds no map, and is written again with one once the dictionary is
 * installed, or updated), written atomically (temporary file + rename), and
 * read into memory on use. It is believed only when the folder and the
 * file are the user's own and no one else may write them (else it is
 * ignored with one message in diags, and nothing is written to such a
 * folder); it is opened never through a link and never waiting, and its
 * header, lengths, checksums, every offset and every string (UTF-8, no
 * controls) are checked; a missing, stale, corrupt or unwritable cache
 * only means the pack is parsed as usual. HELPNAV_NO_CACHE=1 turns the
 * cache off. */
#ifndef HELPNAV_CACHE_H
#define HELPNAV_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"
#include "corpus.h"
#include "diag.h"
#include "lemma.h"

enum {
	CACHE_VERSION = 9,
};

/* The key of the built-in pack's image (embedded.h): it is part of the
 * binary, so nothing of the build machine (a file's time, a path) keys
 * it, and the same content gives the same image. */
#define CACHE_BUILTIN_KEY 0x68656c706e617669ull

/* Like loader_load_dir (same statuses, same diags), through the cache:
 * a valid cache is used, else the folder is parsed and, on success, the
 * cache is (re)written; failing to write it is not an error. */
int cache_load_dir(const char *dir, struct content **out,
		   struct diag_list *diags);

/* The built-in pack: its loaded form compiled into the binary at build
 * time (embedded.h), with its lemma map, read through the same checks as
 * a cache file, so the default run reads nothing from disk but the
 * program (no cache file, no YAML, no dictionary). HN_OK; HN_INVALID
 * when the image does not check out (a broken build); HN_NOMEM. */
int cache_load_builtin(struct content **out, struct diag_list *diags);

/* The search corpus of dir (of the built-in pack when dir is NULL),
 * through the same cache: from a valid cache only the strings and the
 * row table are mapped and checked, and the corpus uses them in place
 * (rebuilding the records is most of what a large cached pack costs);
 * else the pack is parsed and the cache written as above. For --search,
 * which reads nothing else. Statuses and diags as cache_load_dir. */
int cache_load_corpus(const char *dir, struct corpus **out,
		      struct diag_list *diags);

/* The parts, for tests and the benchmark. */

/* The cache file's path for dir (malloc'd), or NULL when caching is off
 * or there is no cache folder (no HOME). */
char *cache_path_for(const char *dir);

/* Writes c, its corpus and the lemma map of its words (NULL: none, the
 * dictionary is missing) to path atomically, stamped with key. HN_OK,
 * HN_IO, HN_NOMEM, HN_LIMIT (too big for the format's 32-bit offsets). */
int cache_write(const char *path, const struct content *c,
		const struct lemma_map *lemmas, unsigned long long key);

/* Reads path and builds a content from it when its header says key and
 * everything checks out; the content owns what was read. HN_OK and *out
 * set; HN_IO (no file), HN_INVALID (stale or corrupt), HN_NOMEM. */
int cache_read(const char *path, unsigned long long key, struct content **out);

/* The same, the corpus only (see cache_load_corpus). */
int cache_read_corpus(const char *path, unsigned long long key,
		      struct corpus **out);

/* cache_read and cache_read_corpus of a cache image in memory (size
 * bytes, 8-byte aligned, CORPUS_SLACK readable zero bytes after them),
 * which must outlive what is read from it. HN_OK, HN_INVALID, HN_NOMEM. */
int cache_read_image(const char *image, size_t size, unsigned long long key,
		     struct content **out);
int cache_read_image_corpus(const char *image, size_t size,
			    unsigned long long key, struct corpus **out);

/* The identity of dir's *.yaml files, of the program and of the
 * dictionary, hashed. *recent
 * is set when a file changed in the last seconds: file times are coarse,
 * so a second change within the same tick would not show (git's "racily
 * clean" problem); such a pack is not cached yet. HN_OK, or HN_IO when the
 * folder cannot be listed the way the loader would. */
int cache_key_for(const char *dir, unsigned long long *key, bool *recent);

#endif
