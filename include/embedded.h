/* SPDX-License-Identifier: MIT */
/* embedded.h - the default content pack, compiled into the binary at build
 * time (src/tools/embed.c writes both):
 *   - embedded_image: its loaded form, a cache image (cache.h) that
 *     src/tools/image.c writes from the content folder with the real
 *     loader and the lemma map; every run reads the pack from it;
 *   - embedded_files: the YAML files themselves, for `--check` of the
 *     built-in pack (which reports what the loader says of the source,
 *     line and column) and for the tests that compare the image with a
 *     fresh parse. Nothing else parses them. */
#ifndef HELPNAV_EMBEDDED_H
#define HELPNAV_EMBEDDED_H

#include <stddef.h>

#include "loader.h"

/* Zero bytes after the image (CORPUS_SLACK: PCRE2's JIT may read past a
 * subject's end). */
#define EMBEDDED_IMAGE_SLACK 64

extern const struct content_file embedded_files[];
extern const size_t embedded_file_count;

/* embedded_image_size bytes, 8-byte aligned, then EMBEDDED_IMAGE_SLACK
 * zero bytes. */
extern const char *const embedded_image;
extern const size_t embedded_image_size;

#endif
