/* cli.h - the non-interactive modes of the program (batch.c,
 * batch_search.c) and what main passes them. Each mode prints its output
 * and messages itself and returns the process exit status. */
#ifndef HELPNAV_CLI_H
#define HELPNAV_CLI_H

#include <stdbool.h>

#include "content.h"

enum {
	CLI_EXIT_OK = 0,
	CLI_EXIT_NONE = 1,  /* --search: no match; --check: content errors */
	CLI_EXIT_ERROR = 2, /* bad usage, bad pattern, unreadable input */
};

/* Prints "helpnav: MESSAGE\n" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Loads the pack in dir, or the built-in one when dir is NULL. Prints the
 * problems to stderr and returns NULL when it cannot. */
struct content *cli_load_content(const char *dir);

/* Prints heading and "  путь — заголовок" lines to stderr for up to 5
 * paths close to wrong (only checklist paths when checklists_only); prints
 * nothing when there are none. Returns how many were printed. */
int cli_print_suggestions(const struct content *c, const char *wrong,
			  bool checklists_only, const char *heading);

int cli_list(const struct content *c);
int cli_checklist(const struct content *c, const char *path,
		  const char *output);
int cli_check(const char *dir);
int cli_search(const struct content *c, const char *pattern, bool color);

#endif
