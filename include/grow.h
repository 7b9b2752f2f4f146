/* SPDX-License-Identifier: MIT */
/* grow.h - doubling the capacity of a heap array. */
#ifndef HELPNAV_GROW_H
#define HELPNAV_GROW_H

#include <stddef.h>

/* items (a malloc'd array of *cap elements of size bytes, or NULL with *cap
 * 0) reallocated to twice its capacity, or to first elements when empty;
 * *cap is updated. Returns the new array, which the caller owns in place of
 * items; NULL on failure or overflow, and then items and *cap are as they
 * were. */
void *grow_array(void *items, size_t *cap, size_t size, size_t first);

/* buf (malloc'd, *cap bytes, or NULL with *cap 0) reallocated to the
 * first power-of-two multiple of *cap (or of first, when empty) that holds
 * need bytes; *cap is updated. Returns the new buffer, owned in place of
 * buf; NULL on failure or overflow, and then buf and *cap are as they
 * were. */
void *grow_bytes(void *buf, size_t *cap, size_t need, size_t first);

/* Room for one more element after the count in an array that grows with
 * grow_array: items_p is the address of the array's pointer (T **, the
 * pointer NULL with *cap 0 at first), which is updated when the array
 * moves. Returns the address of element count, for the caller to fill and
 * then count; NULL on failure or overflow, and then nothing changed. */
void *grow_room(void *items_p, size_t count, size_t *cap, size_t size,
		size_t first);

#endif
