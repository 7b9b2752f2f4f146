/* SPDX-License-Identifier: MIT */
/* tui.h - the full-screen navigator's entry point, called by main. */
#ifndef HELPNAV_TUI_H
#define HELPNAV_TUI_H

#include <stdbool.h>

#include "content.h"

struct tui_options {
	const char *start_path; /* node to open first, "" for the main menu */
	const char *print_command; /* what `p` runs, or NULL when there is
				      nothing to run (see cli_print_command) */
	bool print_on_exit;        /* --print-on-exit */
	/* wl-copy or xclip for the draft's copy besides OSC 52, or NULL */
	const char *copy_command;
	const char *pack; /* the content pack's name for printed sheets, or
			     NULL for the built-in one */
	bool ascii_lines; /* --ascii */
	bool no_color;    /* NO_COLOR set and non-empty, or --no-color */
};

/* Runs until the user quits. Returns the process exit status (0 normally).
 * Prints to stderr only after the screen is closed. c must stay alive. The
 * caller has set the locale and checked that start_path resolves and that
 * stdin and stdout are a terminal. */
int tui_run(const struct content *c, const struct tui_options *opts);

#endif
