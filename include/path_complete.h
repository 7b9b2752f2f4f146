/* SPDX-License-Identifier: MIT */
/* path_complete.h - completing a file or folder name as bash's Tab does,
 * for a prompt that asks for a file name. No terminal code: the caller
 * shows the result. */
#ifndef HELPNAV_PATH_COMPLETE_H
#define HELPNAV_PATH_COMPLETE_H

#include <stddef.h>

struct path_completion {
	/* text completed: the longest common start of the names that match
	 * the last part of the path (a folder's name then "/" when it is the
	 * only one); the part before it kept as typed, "~" included.
	 * malloc'd, NUL-terminated. */
	char *text;
	/* the names that match (a folder's with "/"), sorted; malloc'd, each
	 * too. None when nothing matches or the folder cannot be read. */
	char **names;
	size_t count, cap;
};

/* Completes typed, a path ("~" and "~/" name the home folder; without a
 * "/" the name is in the current folder). A name starting with "." is
 * offered only when the typed part starts with one, as in bash. Returns
 * HN_OK (even when nothing matches: then text is typed as it was) or
 * HN_NOMEM; free the result with path_completion_free either way. */
int path_complete(const char *typed, struct path_completion *out);

void path_completion_free(struct path_completion *c);

#endif
