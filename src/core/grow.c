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
