/* SPDX-License-Identifier: MIT */
/* arena.h - a bump allocator: many small allocations, one free.
 *
 * Everything allocated from an arena lives until arena_free. Memory from
 * arena_alloc and arena_calloc is zeroed and aligned for any type; strings
 * are packed back to back, unaligned. */
#ifndef HELPNAV_ARENA_H
#define HELPNAV_ARENA_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/* NULL on allocation failure. */
struct arena *arena_new(void);

/* Releases the arena and everything allocated from it; NULL is fine. */
void arena_free(struct arena *a);

/* size zeroed bytes, or NULL on failure (also when size overflows). */
void *arena_alloc(struct arena *a, size_t size);

/* count * size zeroed bytes; NULL on failure or overflow. */
void *arena_calloc(struct arena *a, size_t count, size_t size);

/* Copies n bytes of s and a terminating NUL; consecutive copies lie back
 * to back (each right after the previous one's NUL) unless a new chunk
 * was needed. */
char *arena_strndup(struct arena *a, const char *s, size_t n);

char *arena_strdup(struct arena *a, const char *s);

/* Gives block to a (size bytes, e.g. a mapped file its strings point
 * into): arena_free calls release(block, size) first. false when out of
 * memory, and then block is still the caller's. */
bool arena_adopt(struct arena *a, void *block, size_t size,
		 void (*release)(void *block, size_t size));

/* Bytes handed out so far (for tests and limits). */
size_t arena_used(const struct arena *a);

#endif
