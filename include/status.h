/* SPDX-License-Identifier: MIT */
/* status.h - the status codes every fallible core function returns. */
#ifndef HELPNAV_STATUS_H
#define HELPNAV_STATUS_H

enum hn_status {
	HN_OK = 0,
	/* bad input: content errors, bad pattern, unknown path */
	HN_INVALID = 1,
	HN_IO = 2, /* a file could not be read or written */
	HN_NOMEM = 3,
	HN_LIMIT = 4,  /* a bound was hit: pattern too complex, file too big */
	HN_EXISTS = 5, /* the target is there and was not to be replaced */
};

#endif
