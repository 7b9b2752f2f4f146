/* SPDX-License-Identifier: MIT */
/* loader.h - reads a content pack (YAML, see content/README.md) into a
 * struct content, validating it as it goes.
 *
 * Every problem is appended to diags as FILE:LINE:COL: message; loading
 * continues past errors so that a pack's errors are reported together.
 * On HN_OK, *out is a complete content the caller frees with content_free.
 * On any other status *out is NULL and diags says why. */
#ifndef HELPNAV_LOADER_H
#define HELPNAV_LOADER_H

#include <stddef.h>

#include "content.h"
#include "diag.h"

/* The caps keep a hostile pack's cost bounded: --check stays within 10 s
 * of CPU and 256 MB for any pack within them (tests/hostile/worst.sh).
 * Each is far above what real content needs (the built-in pack is about
 * 200 KB and 40,000 YAML nodes). */
enum {
	LOADER_MAX_FILE_BYTES = 4 * 1024 * 1024, /* per file */
	/* all files together: the 100x benchmark pack (17 MB) fits */
	LOADER_MAX_PACK_BYTES = 64 * 1024 * 1024,
	LOADER_MAX_DEPTH = 16,   /* YAML nesting */
	LOADER_MAX_FILES = 1000, /* *.yaml per folder */
	/* YAML nodes (values, keys, lists, maps) per file: a node costs
	 * about 40 bytes while "n," is two, so a file of tiny items is
	 * refused here rather than grown twentyfold. */
	LOADER_MAX_NODES = 1000 * 1000,
	/* YAML nodes of all files together: nodes, not bytes, are what
	 * reading costs, and the byte cap alone lets through 32 files of
	 * a million. */
	LOADER_MAX_PACK_NODES = 4 * 1000 * 1000,
};

/* One file's bytes; name is what messages show. Not owned by the loader. */
struct content_file {
	const char *name;
	const char *data;
	size_t length;
};

/* HN_OK, HN_INVALID (content errors in diags), HN_NOMEM. */
int loader_load_files(const struct content_file *files, size_t count,
		      struct content **out, struct diag_list *diags);

/* Loads every *.yaml in dir (sorted by name). HN_IO when dir or a file
 * cannot be read (the reason is in diags), else as loader_load_files. */
int loader_load_dir(const char *dir, struct content **out,
		    struct diag_list *diags);

/* The content built into the binary (see embedded.h). */
int loader_load_builtin(struct content **out, struct diag_list *diags);

#endif
