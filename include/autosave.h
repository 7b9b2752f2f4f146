/* SPDX-License-Identifier: MIT */
/* autosave.h - a checklist's ticks and filled fields kept on disk while the
 * user works, so that a closed terminal, a crash or a quit without saving
 * loses nothing: one small file per checklist under the user's state
 * folder ($XDG_STATE_HOME/helpnav, else ~/.local/state/helpnav), written
 * atomically on every change and offered back when the checklist opens.
 *
 * The file is text: the line "helpnav-draft 1", then "x ID" for a ticked
 * item and "v ID VALUE" for a filled field, items named by their ids so a
 * draft survives items added or moved in the content (an id no longer
 * there is skipped). In VALUE a backslash is "\\" and a line break "\n". */
#ifndef HELPNAV_AUTOSAVE_H
#define HELPNAV_AUTOSAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "checklist.h"

/* The draft file of cl (malloc'd), or NULL when there is no state folder
 * (see export_user_dir) or memory is short. */
char *autosave_path(const struct checklist *cl);

/* Writes cl's ticks and values to path, atomically, making the folder;
 * a checklist with nothing ticked or filled removes the file instead.
 * HN_OK, HN_IO or HN_NOMEM; errbuf says why in Russian. */
int autosave_write(const struct checklist *cl, const char *path, char *errbuf,
		   size_t errsize);
/* The same in two steps, so that the writing may run in another thread:
 * cl's draft as text (malloc'd into *out; NULL when nothing is ticked or
 * filled), HN_OK or HN_NOMEM; then that text stored at path (NULL
 * removes the file), HN_OK or HN_IO with errbuf saying why. */
int autosave_text(const struct checklist *cl, char **out, size_t *len);
int autosave_store(const char *path, const char *text, size_t len, char *errbuf,
		   size_t errsize);

/* Whether a draft is at path; *when gets the time it was last written. */
bool autosave_exists(const char *path, time_t *when);

/* Ticks and fills cl from the draft at path (on top of what cl holds) and
 * marks it changed. HN_OK, HN_IO (unreadable), HN_INVALID (not a draft:
 * cl untouched) or HN_NOMEM. */
int autosave_load(struct checklist *cl, const char *path);

/* Removes the draft at path; a missing one is fine. */
void autosave_remove(const char *path);

/* Where a draft set aside would go now: path with "~" after it, as
 * editors keep a backup, or path~2, path~3... when that is taken
 * (malloc'd), or NULL when memory is short. */
char *autosave_aside_path(const char *path);

/* Moves the draft at path to the first free name of autosave_aside_path,
 * never over a draft set aside before, so that one declined by mistake
 * can be renamed back; *aside gets the name used (malloc'd, NULL on
 * failure). HN_OK, HN_IO (not moved) or HN_NOMEM; errbuf says why in
 * Russian. */
int autosave_set_aside(const char *path, char **aside, char *errbuf,
		       size_t errsize);

#endif
