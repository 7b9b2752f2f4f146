/* grow.c - doubling the capacity of a heap array. */
#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

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
