/* grow.c - doubling the capacity of a heap array. */
#include "grow.h"

#include <stdint.h>
#include <stdlib.h>

void *grow_array(void *items, size_t *cap, size_t size, size_t first)
{
	size_t n = *cap ? *cap : first;

	if (*cap && n > SIZE_MAX / 2)
		return NULL;
	if (*cap)
		n *= 2;
	if (size && n > SIZE_MAX / size)
		return NULL;
	void *grown = realloc(items, n * size);
	if (grown)
		*cap = n;
	return grown;
}
