/* export.h - writing output files safely. */
#ifndef HELPNAV_EXPORT_H
#define HELPNAV_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

/* Writes data to path atomically: a temporary file in the same folder,
 * fsync, rename. "-" means stdout. With overwrite false an existing target
 * is HN_INVALID ("файл уже существует"). On failure nothing is left behind
 * and errbuf says why in Russian (with strerror). HN_OK / HN_IO / HN_INVALID. */
int export_write_file(const char *path, const char *data, size_t len,
		      bool overwrite, char *errbuf, size_t errsize);

/* Runs command through /bin/sh -c with data on its stdin, waits at most
 * timeout_ms; HN_OK when it exits 0, else HN_IO and errbuf says why (exit
 * status, signal, timeout). The command's stdout and stderr go to a pipe,
 * never to the terminal; on failure errbuf ends with the first line it
 * wrote ("lp: Error - no default destination available."). On timeout the
 * command's whole process group is killed. SIGPIPE is ignored while
 * writing and restored after. */
int export_pipe_command(const char *command, const char *data, size_t len,
			int timeout_ms, char *errbuf, size_t errsize);

#endif
