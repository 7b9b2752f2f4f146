/* SPDX-License-Identifier: MIT */
/* loader_internal.h - shared between the loader's files (not installed).
 *
 * loader_yaml.c turns one file's bytes into a small tree of ynodes,
 * refusing what content never needs; loader_schema.c walks the trees
 * into a struct content; loader_fields.c builds the search fields. */
#ifndef HELPNAV_LOADER_INTERNAL_H
#define HELPNAV_LOADER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "content.h"
#include "diag.h"
#include "loader.h"

enum ynode_kind {
	YN_SCALAR,
	YN_SEQ,
	YN_MAP,
	YN_BAD, /* an alias: already reported, the walker skips it */
};

/* One node of a file's tree. A file may hold LOADER_MAX_NODES of them
 * ("[n,n,...]" is a node per two bytes), so a node is kept small: a
 * scalar's text lies right behind it in the same arena block, and text
 * and kids share a slot. */
struct ynode {
	unsigned char kind; /* enum ynode_kind */
	bool plain;         /* SCALAR written without quotes */
	unsigned line, col; /* 1-based, col in characters */
	/* A file is at most LOADER_MAX_FILE_BYTES, so these fit. */
	unsigned len;   /* SCALAR: bytes of text */
	unsigned count; /* SEQ: items; MAP: pairs; 0 for a scalar */
	union {
		const char *text;    /* SCALAR: NUL-terminated, no NUL inside */
		struct ynode **kids; /* SEQ: items; MAP: key, value, key... */
	};
};

/* Parses one file. Nodes and their text go to tree (freed by the caller
 * after the walk, which copies what it keeps). Every problem is added to
 * diags and counted in *errors. *root is the document, or NULL when the
 * file cannot be used at all (syntax error, empty...). *pack_nodes, the
 * nodes of the pack's earlier files, gets this file's added; when they
 * would pass LOADER_MAX_PACK_NODES, reading stops there and *pack_nodes
 * is LOADER_MAX_PACK_NODES + 1, left for the caller to report (it knows
 * what is skipped). Returns HN_OK or HN_NOMEM. */
int loader_read_yaml(const char *file, const char *data, size_t length,
		     struct arena *tree, struct diag_list *diags,
		     size_t *errors, size_t *pack_nodes, struct ynode **root);

/* A growable array, moved into the arena when loading ends. */
struct vec {
	void *items;
	size_t count, cap;
};

/* An id as written, for the duplicate and reference checks. */
struct id_ref {
	const char *id;
	struct origin at;
};

/* The channel ids a category lists, resolved when all files are read. */
struct cat_refs {
	struct id_ref *refs;
	size_t count;
};

enum {
	LOADER_SHOW_CHARS = 40,
	LOADER_SHOW_BYTES = LOADER_SHOW_CHARS * 4 + 8, /* "…" and NUL fit */
	LOADER_SHOW_RING = 4,
};

/* Loading state for a whole pack. Files are read and walked one at a
 * time: only the records and the strings they keep outlive a file. */
struct loader {
	struct arena *arena; /* becomes the content's arena */
	/* Strings needed only until the pack is linked (channel ids a
	 * category lists); freed with the loader. */
	struct arena *scratch;
	struct diag_list *diags;
	const char *file; /* the file being walked (in the arena) */
	size_t errors;
	size_t bytes;   /* of the files added so far */
	size_t nodes;   /* YAML nodes of the files added so far */
	bool over_pack; /* a pack cap (bytes, nodes) reached: the rest skipped */
	bool nomem;
	struct vec sources, channels, categories, pages; /* the records */
	struct vec general;  /* struct check_item, top-level checklist */
	struct vec numbers;  /* struct number_record */
	struct vec num_refs; /* struct id_ref: number ids that blocks use */
	struct vec cat_refs; /* struct cat_refs, parallel to categories */
	struct vec src_refs; /* struct id_ref, every source id used */
	struct vec files;    /* const char *: file names in load order */
	char shown[LOADER_SHOW_RING][LOADER_SHOW_BYTES]; /* loader_show */
	unsigned next_shown;
};

/* A zeroed new element at the end of v, or NULL (L->nomem set). */
void *loader_push(struct loader *L, struct vec *v, size_t size);

void loader_report(struct loader *L, const char *file, unsigned line,
		   unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* s made safe and short for a message: newlines and tabs as \n and \t,
 * cut after LOADER_SHOW_CHARS characters with "…", written into buf
 * (LOADER_SHOW_BYTES), which is returned. Nothing is allocated: a hostile
 * file gives millions of messages, and the capped ones cost nothing. */
const char *loader_show_into(char *buf, const char *s);

/* The same into the next of L's LOADER_SHOW_RING buffers: valid until as
 * many more calls, so one message may show a few values. */
const char *loader_show(struct loader *L, const char *s);

/* The streaming form of loader_load_files (loader_read.c): begin, add
 * each file (its bytes may be freed as soon as add returns), then finish,
 * which links the pack named pack (as loader_link) and releases L. begin
 * and add return false when memory runs out; finish must still be called
 * (it returns HN_NOMEM). With pack NULL, finish only releases L. */
bool loader_begin(struct loader *L, struct diag_list *diags);
bool loader_add_file(struct loader *L, const struct content_file *f);
int loader_finish(struct loader *L, const char *pack, struct content **out);

/* Walks one file's tree into L (loader_schema.c). */
void loader_walk_file(struct loader *L, const struct ynode *root);

/* The schema walker's checks, shared with loader_numbers.c. Each reports
 * what is wrong with FILE:LINE:COL. */
struct origin loader_origin(const struct loader *L, const struct ynode *n);
/* Reports the keys of map that are not in keys (NULL-ended); returns how
 * many. */
size_t loader_check_keys(struct loader *L, const struct ynode *map,
			 const char *const *keys);
/* The value of key when present and of the wanted kind (YN_SEQ or
 * YN_SCALAR), else NULL; a missing key reported only when required. */
const struct ynode *loader_want(struct loader *L, const struct ynode *map,
				const char *key, enum ynode_kind kind,
				bool required);
/* v's text copied into a, or NULL when v is NULL (or L->nomem set). */
const char *loader_keep(struct loader *L, struct arena *a,
			const struct ynode *v);
/* The list under key (*list) and a zeroed arena array with room for its
 * items of kind (the others are reported by loader_item_is). */
void *loader_want_items(struct loader *L, const struct ynode *map,
			const char *key, bool required, enum ynode_kind kind,
			size_t size, const struct ynode **list);
/* Whether list item n is of kind; reports it if not. */
bool loader_item_is(struct loader *L, const struct ynode *n, const char *list,
		    enum ynode_kind kind);
/* The record's "id", a checked slug; NULL when missing or malformed. */
const char *loader_want_id(struct loader *L, const struct ynode *map,
			   bool reserved_check);

/* One record of a "numbers" list into L->numbers (loader_numbers.c). */
void loader_read_number(struct loader *L, const struct ynode *map);

/* Reports every phone-number-shaped run in the loaded texts that no
 * record in L->numbers is, and a number two records declare. */
void loader_check_prose_numbers(struct loader *L);

/* Checks ids and references across files and, when there are no errors,
 * moves the records into a new content (loader_link.c). Returns HN_OK,
 * HN_INVALID or HN_NOMEM. pack names the pack for pack-wide messages. */
int loader_link(struct loader *L, const char *pack, struct content **out);

/* Optimal string alignment distance between a and b in characters,
 * or limit + 1 when it is larger than limit. */
size_t loader_edit_distance(const char *a, const char *b, size_t limit);

/* Builds c->fields from the loaded records. HN_OK or HN_NOMEM. */
int loader_build_fields(struct content *c);

/* The sorted *.yaml names of dir (an array of malloc'd strings, the caller
 * frees both, also after a failure), or HN_IO (no such folder, more than
 * LOADER_MAX_FILES files) / HN_NOMEM; the HN_IO causes reported into diags
 * unless it is NULL. No files is HN_OK with *count 0. */
int loader_list_yaml(const char *dir, char ***names, size_t *count,
		     struct diag_list *diags);

#endif
