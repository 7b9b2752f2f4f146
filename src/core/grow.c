/* SPDX-License-Identifier: MIT */
/* grow.c - doubling the capacity of a heap array. */
#include "grow.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void *grow_array(void *items, size_t *cap, size_t size, size_t first)
{
	size_t n = *cap ? *cap : first;

	/* Room to double n elements of size bytes without overflow. */
	if (!n || !size || n > SIZE_MAX / 2 / size)
		return NULL;
	if (*cap)
		n *= 2;
	void *grown = realloc(items, n * size);
	if (grown)
		*cap = n;
	return grown;
}

void *grow_room(void *items_p, size_t count, size_t *cap, size_t size,
		size_t first)
{
	char *items;

	/* items_p points to a T *; every object pointer has one form here */
	memcpy(&items, items_p, sizeof items);
	if (count == *cap) {
		char *grown = grow_array(items, cap, size, first);

		if (!grown)
			return NULL;
		items = grown;
		memcpy(items_p, &items, sizeof items);
	}
	return items + count * size;
}

void *grow_bytes(void *buf, size_t *cap, size_t need, size_t first)
{
	size_t n = *cap ? *cap : first ? first : 1;
	while (n < need) {
		if (n > SIZE_MAX / 2)
			return NULL;
		n *= 2;
	}
	if (n == *cap)
		return buf;
	void *p = realloc(buf, n);
	if (p)
		*cap = n;
	return p;
}
