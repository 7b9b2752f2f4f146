/* SPDX-License-Identifier: MIT */
/* i18n.h - message translation through gettext (libintl is part of glibc).
 *
 * The msgids are the Russian messages: Russian is the source language and
 * the default; src/po/en.po gives the English UI. Every module, the core
 * included, looks its messages up in the "helpnav" domain explicitly, so
 * the program's textdomain() does not matter to the library. */
#ifndef HELPNAV_I18N_H
#define HELPNAV_I18N_H

#include <libintl.h>

#define HELPNAV_TEXTDOMAIN "helpnav"

/* A message shown to the user; the result is static, never freed. */
#define _(msgid) dgettext(HELPNAV_TEXTDOMAIN, msgid)
/* Marks a message for extraction where it is stored (tables); it is
 * translated with _() where it is shown. */
#define N_(msgid) msgid

#endif
