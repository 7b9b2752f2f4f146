/* SPDX-License-Identifier: MIT */
/* syserr.h - why a system call failed, in Russian, for messages.
 *
 * strerror's texts are English under C.UTF-8 (the only locales a machine
 * may have), and a Russian message with an English reason in it is half
 * understood. Every reason shown to the user goes through this one table
 * (lint/strerror checks that nothing calls strerror or perror besides it). */
#ifndef HELPNAV_SYSERR_H
#define HELPNAV_SYSERR_H

/* The reason for errno err: a static Russian string (translated by the
 * catalogue), or strerror's text for a code the table does not have.
 * Valid until the next call; not thread-safe for unknown codes. */
const char *syserr_reason(int err);

#endif
