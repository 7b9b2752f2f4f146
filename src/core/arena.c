/* SPDX-License-Identifier: MIT */
/* arena.c - chunked bump allocator (see arena.h). */
#include "arena.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Chunks grow from the first size to the last as the arena fills, so a
 * small content costs little and a big one few mallocs. */
enum { FIRST_CHUNK = 16 * 1024, LAST_CHUNK = 1024 * 1024 };

struct chunk {
	struct chunk *next;
	size_t size;
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

/* A block the arena releases when it is freed (arena_adopt). */
struct adopted {
	struct adopted *next;
	void *block;
	size_t size;
	void (*release)(void *block, size_t size);
};

struct arena {
	struct chunk *head;
	struct adopted *adopted;
	size_t total;
	size_t next_chunk;
};

struct arena *arena_new(void)
{
	struct arena *a = calloc(1, sizeof(struct arena));
	if (a)
		a->next_chunk = FIRST_CHUNK;
	return a;
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	for (struct adopted *d = a->adopted; d; d = d->next)
		d->release(d->block, d->size);
	struct chunk *c = a->head;
	while (c) {
		struct chunk *next = c->next;
		free(c);
		c = next;
	}
	free(a);
}

static struct chunk *chunk_new(size_t size)
{
	if (size > SIZE_MAX - sizeof(struct chunk))
		return NULL;
	/* zeroed: what arena_alloc hands out is (and never reused); a large
	 * calloc is fresh zero pages, so this costs nothing there */
	struct chunk *c = calloc(1, sizeof(struct chunk) + size);
	if (!c)
		return NULL;
	c->next = NULL;
	c->size = size;
	c->used = 0;
	return c;
}

/* size bytes (not zeroed) at a multiple of align (a power of two, at
 * most alignof(max_align_t)); the caller has checked size. */
static void *take(struct arena *a, size_t size, size_t align)
{
	struct chunk *c = a->head;
	size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
	if (!c || at > c->size || c->size - at < size) {
		size_t want = a->next_chunk;
		/* Big requests get a chunk of their own behind the current
		 * one, so the space left in the current chunk is not lost. */
		bool own = size > want / 4;
		c = chunk_new(own ? size : want);
		if (!c)
			return NULL;
		if (own && a->head) {
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
			if (a->next_chunk < LAST_CHUNK)
				a->next_chunk *= 2;
		}
		at = 0;
	}
	c->used = at + size;
	a->total += size;
	return c->data + at;
}

void *arena_alloc(struct arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	if (size > SIZE_MAX - align)
		return NULL;
	size = (size + align - 1) & ~(align - 1);
	if (size == 0)
		size = align;
	void *p = take(a, size, align);
	if (p)
		memset(p, 0, size);
	return p;
}

void *arena_calloc(struct arena *a, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		return NULL;
	return arena_alloc(a, count * size);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	if (n >= SIZE_MAX - alignof(max_align_t))
		return NULL;
	/* strings need no alignment: packed back to back */
	char *p = take(a, n + 1, 1);
	if (!p)
		return NULL;
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

bool arena_adopt(struct arena *a, void *block, size_t size,
		 void (*release)(void *block, size_t size))
{
	struct adopted *d = arena_alloc(a, sizeof *d);
	if (!d)
		return false;
	*d = (struct adopted){a->adopted, block, size, release};
	a->adopted = d;
	return true;
}

size_t arena_used(const struct arena *a)
{
	return a->total;
}
