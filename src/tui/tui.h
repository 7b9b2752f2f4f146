/* SPDX-License-Identifier: MIT */
/* tui.h - the full-screen navigator's entry point, called by main. */
#ifndef HELPNAV_TUI_H
#define HELPNAV_TUI_H

#include <stdbool.h>

#include "content.h"
#include "lemma.h"

struct tui_options {
	const char *start_path; /* node to open first, "" for the main menu */
	const char *print_command; /* what `p` runs, or NULL when there is
				      nothing to run (see cli_print_command) */
	bool print_on_exit;        /* --print-on-exit */
	/* wl-copy or xclip for the draft's copy besides OSC 52, or NULL */
	const char *copy_command;
	const char *pack; /* the content pack's name for printed sheets, or
			     NULL for the built-in one */
	/* the pack's lemmas for the search by words (lemma.h): the built-in
	 * map, one computed for --content, or NULL (words only in the forms
	 * written); not owned */
	const struct lemma_map *lemmas;
	/* why there are no lemmas (no dictionary), shown with that list, or
	 * NULL; not owned */
	const char *lemma_note;
	bool ascii_lines; /* --ascii */
	bool no_color;    /* NO_COLOR set and non-empty, or --no-color */
};

/* What tui_run returns when the terminal cannot show a full screen (an
 * unknown TERM, TERM=dumb): nothing is printed, the caller says why. */
enum { TUI_NO_SCREEN = -1 };

/* Runs until the user quits. Returns the process exit status (0 normally)
 * or TUI_NO_SCREEN. Prints to stderr only after the screen is closed. c
 * must stay alive. The caller has set the locale and checked that
 * start_path resolves and that stdin and stdout are a terminal. */
int tui_run(const struct content *c, const struct tui_options *opts);

#endif
