/* SPDX-License-Identifier: MIT */
/* embedded.h - the default content pack, compiled into the binary from
 * the content folder's YAML files at build time (src/tools/embed.c writes the table). */
#ifndef HELPNAV_EMBEDDED_H
#define HELPNAV_EMBEDDED_H

#include <stddef.h>

#include "loader.h"

extern const struct content_file embedded_files[];
extern const size_t embedded_file_count;

#endif
