/* SPDX-License-Identifier: MIT */
/* export.h - writing output files safely. */
#ifndef HELPNAV_EXPORT_H
#define HELPNAV_EXPORT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

/* Whether path means the standard output: "-" or "/dev/stdout". */
bool export_is_stdout(const char *path);

/* Whether export_write_file may write to path, without writing or opening
 * it: a missing file (its folder is checked when writing), a regular file
 * the user may write in a folder where a file can be made (for the atomic
 * replacement), a symbolic link to such a file, or the standard output.
 * Refused with HN_INVALID and a message in errbuf: a folder, a FIFO, a
 * device or a socket (a write could block for ever or go nowhere), a
 * read-only file (as cp refuses it), a dangling link, and a writable file
 * in a folder the user cannot write (writing it in place would not be
 * atomic: a full disk would leave half a file). HN_IO when path cannot be
 * looked at. *exists says whether the target is there (false for the
 * standard output), for the question "replace it?". */
int export_check_target(const char *path, bool *exists, char *errbuf,
			size_t errsize);

/* Writes data to path atomically: a temporary file in the same folder,
 * fsync, rename; a symbolic link is followed and its target replaced.
 * "-" and "/dev/stdout" mean stdout. Refuses what export_check_target
 * refuses, before anything is opened. With overwrite false an existing
 * target is HN_EXISTS ("файл уже существует"), before anything is
 * written. On failure nothing is left
 * behind and errbuf says why in Russian (syserr_reason). HN_OK / HN_IO /
 * HN_INVALID. */
int export_write_file(const char *path, const char *data, size_t len,
		      bool overwrite, char *errbuf, size_t errsize);
/* The same, run from a thread of its own: once another thread sets
 * *cancel (NULL: never), the file is not put in place: the temporary
 * file is removed and HN_INVALID returned, errbuf saying the write was
 * stopped. A write or fsync under way is not interrupted (the kernel
 * finishes it); a cancel after the rename is too late: HN_OK. */
int export_write_file_cancel(const char *path, const char *data, size_t len,
			     bool overwrite, const atomic_bool *cancel,
			     char *errbuf, size_t errsize);
/* export_write_file with overwrite, the file readable and writable by its
 * owner only (0600) whether it is new or replaced: for what the user
 * typed (the checklist's draft), which may hold an order number. */
int export_write_private(const char *path, const char *data, size_t len,
			 char *errbuf, size_t errsize);

/* Runs command through /bin/sh -c with data on its stdin, waits at most
 * timeout_ms; HN_OK when it exits 0, else HN_IO and errbuf says why (exit
 * status, signal, timeout). The command's stdout and stderr go to a pipe,
 * never to the terminal; on failure errbuf ends with the first line it
 * wrote ("lp: Error - no default destination available."). On timeout the
 * command's whole process group is killed. SIGPIPE is ignored while
 * writing and restored after. */
int export_pipe_command(const char *command, const char *data, size_t len,
			int timeout_ms, char *errbuf, size_t errsize);
/* The same, run from a thread of its own: once another thread sets
 * *cancel (read every 20 ms; NULL: never), the command's process group is
 * killed and HN_IO returned, errbuf saying it was stopped. */
int export_pipe_command_cancel(const char *command, const char *data,
			       size_t len, int timeout_ms,
			       const atomic_bool *cancel, char *errbuf,
			       size_t errsize);

/* The user's helpnav folder of one XDG kind (malloc'd, not made):
 * $xdg_var/helpnav when that is an absolute path, else
 * $HOME/home_tail/helpnav ("XDG_STATE_HOME", ".local/state"). NULL when
 * neither is absolute (a relative one would scatter folders wherever
 * helpnav is started; the XDG spec ignores it too) or memory is short. */
char *export_user_dir(const char *xdg_var, const char *home_tail);

/* path with a leading "~" or "~/" replaced by $HOME (as a shell would)
 * into out; other paths as they are. false when it does not fit in size
 * or HOME is not set for a path that needs it (out then holds path). */
bool export_expand_home(const char *path, char *out, size_t size);

/* mkdir -p of path's folder, private to the user (0700); folders already
 * there are kept as they are. HN_OK or HN_IO. */
int export_make_parent(const char *path);

#endif
