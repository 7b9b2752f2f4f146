/* SPDX-License-Identifier: MIT */
/* cli.h - the non-interactive modes of the program (batch.c,
 * batch_search.c) and what main passes them. Each mode prints its output
 * and messages itself and returns the process exit status. */
#ifndef HELPNAV_CLI_H
#define HELPNAV_CLI_H

#include <stdbool.h>

#include "content.h"
#include "corpus.h"
#include "lemma.h"
#include "search.h"

enum {
	CLI_EXIT_OK = 0,
	CLI_EXIT_NONE = 1,  /* --search: no match; --check: content errors;
			       --number: no source names the number */
	CLI_EXIT_ERROR = 2, /* bad usage, bad pattern, unreadable input */
};

/* Prints "helpnav: MESSAGE\n" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Flushes stdout and returns rc, or, when any write to stdout failed (a
 * full disk, /dev/full, a closed stdout), says what failed and why and
 * returns CLI_EXIT_ERROR. Every mode's exit status goes through it, so
 * the modes themselves do not check their output. */
int cli_finish_output(int rc);

/* Loads the pack in dir, or the built-in one when dir is NULL. Prints the
 * problems to stderr and returns NULL when it cannot. */
struct content *cli_load_content(const char *dir);

/* The search corpus of dir, or of the default pack when dir is NULL
 * (see cli_load_default_content), for --search: from the pack cache, only
 * the corpus is read (cache_load_corpus). Prints the problems to stderr
 * and returns NULL when it cannot. */
struct corpus *cli_load_corpus(const char *dir);
/* The search corpus of a loaded content; prints why not to stderr and
 * returns NULL when it cannot be built. */
struct corpus *cli_build_corpus(const struct content *c);

/* Prints heading and "  путь — заголовок" lines to stderr for up to 5
 * paths close to wrong (only checklist paths when checklists_only); prints
 * nothing when there are none. Returns how many were printed. */
int cli_print_suggestions(const struct content *c, const char *wrong,
			  bool checklists_only, const char *heading);

/* Binds the "helpnav" message domain: the catalogue built next to the
 * executable when there is one (a build tree), else the installed one. */
void cli_setup_messages(void);

/* The installed content folder to use instead of the built-in pack: the
 * environment's HELPNAV_DATADIR, else the compiled-in data folder when
 * the executable runs from the install bindir; NULL otherwise (a build
 * tree). Static or environment storage, not to be freed. */
const char *cli_installed_content_dir(void);

/* The content to use when no --content is given: the installed folder
 * when cli_installed_content_dir names one and it loads, else (after a
 * one-line warning to stderr) the built-in pack. NULL as cli_load_content. */
struct content *cli_load_default_content(void);

/* What --check without a folder checks: the installed folder when there
 * is one, else NULL (the built-in pack). */
const char *cli_default_check_dir(void);

/* A relative HELPNAV_CACHE_DIR is an error: says so and returns
 * CLI_EXIT_ERROR; else CLI_EXIT_OK. */
int cli_check_cache_env(void);

/* The command that prints a checklist: option (--print-command) when it
 * is not empty, else $HELPNAV_PRINT_COMMAND when set and not empty, else
 * "lp" when it is on $PATH; NULL when there is none. Not to be freed. */
const char *cli_print_command(const char *option);

/* The clipboard tool the navigator's copy uses besides OSC 52: wl-copy
 * under Wayland, xclip under X, when on $PATH; NULL when there is none.
 * Not to be freed. */
const char *cli_copy_command(void);

int cli_list(const struct content *c);
/* What --checklist, --draft and --fields are given. */
enum cli_sheet_what { CLI_SHEET_CHECKLIST, CLI_SHEET_DRAFT, CLI_SHEET_FIELDS };

struct cli_sheet {
	enum cli_sheet_what what;
	const char *output;        /* -o, or NULL for stdout */
	int format;                /* enum sheet_format, when format_set */
	bool format_set;           /* --format given; else by -o's extension */
	size_t page_lines;         /* --page-lines */
	const char *const *fields; /* --field NAME=VALUE, in argv */
	size_t field_count;
	const char *pack; /* the content pack's name for the header, or NULL */
};

/* --checklist, --draft or --fields of the checklist at path. */
int cli_sheet(const struct content *c, const char *path,
	      const struct cli_sheet *s);
int cli_check(const char *dir);
/* How --search searches. */
struct cli_search_opts {
	unsigned flags; /* enum search_flags: --fixed-strings, --case-sensitive */
	bool any_order; /* --any-order: the words in any order, also when
			   the phrase is found */
	bool ids;       /* --ids: label hits with node paths, for scripts */
	bool color;
};
/* --search: the hits of pattern in k, then, when there are none or
 * any_order asks, the words in any order (cli_words_search) as a second,
 * labelled list. When pattern is a phone number (phone.h), its card from
 * numbers' records comes first; numbers may be NULL when pattern is no
 * number (no card then). */
int cli_search(const struct corpus *k, const struct content *numbers,
	       const char *pattern, const struct cli_search_opts *o);
/* The words of pattern in any order, by lemma (search_words_run), in k.
 * Prints a note on stderr when the dictionary is needed and missing.
 * HN_OK and res, *nodes set; HN_NOMEM; HN_LIMIT. */
int cli_words_search(const struct corpus *k, const char *pattern,
		     struct search_result *res, size_t *nodes);
/* The lemma map the navigator searches words of c with, set in *out: the
 * one that came with c (the built-in image's, or the pack cache's), else one
 * computed now from the dictionary into *own (lemma_map_free releases
 * it), or NULL. Returns
 * the note to show when the dictionary is missing (malloc'd), or NULL. */
char *cli_words_tui_lemmas(const struct content *c, struct lemma_map *own,
			   const struct lemma_map **out);
/* --number: the verdict on text as a phone number (phone.h). 0 when a
 * source names it, 1 when none does, 2 when text is not a number. */
int cli_number(const struct content *c, const char *text);
/* For --search: when pattern is a phone number (*number set), prints its
 * card (phone.h) from c's records before the hits and sets *found when a
 * source names it. HN_OK or HN_NOMEM (nothing printed). */
int cli_number_card(const struct content *c, const char *pattern, bool *found,
		    bool *number);

#endif
