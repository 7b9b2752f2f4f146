/* SPDX-License-Identifier: MIT */
/* test_arena - the bump allocator: zeroed aligned blocks, strings packed
 * back to back, big requests, merging two arenas, overflow. */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

#include "check.h"

static bool aligned(const void *p)
{
	return (uintptr_t)p % alignof(max_align_t) == 0;
}

static void test_alloc_after_strings(void)
{
	struct arena *a = arena_new();
	CHECK(a != NULL);
	char *s = arena_strdup(a, "abc");
	unsigned char *p = arena_alloc(a, 40);
	CHECK(p && aligned(p));
	bool zero = true;
	for (size_t i = 0; p && i < 40; i++)
		zero = zero && p[i] == 0;
	CHECK(zero);
	long *n = arena_calloc(a, 7, sizeof *n);
	CHECK(n && aligned(n) && n[6] == 0);
	CHECK_EQ_STR(s, "abc");
	arena_free(a);
}

static void test_strings_packed(void)
{
	struct arena *a = arena_new();
	const char *x = arena_strdup(a, "один");
	const char *y = arena_strndup(a, "дваXYZ", strlen("два"));
	const char *z = arena_strndup(a, "", 0);
	CHECK_EQ_STR(x, "один");
	CHECK_EQ_STR(y, "два");
	CHECK(z && *z == '\0');
	CHECK(y == x + strlen(x) + 1);
	CHECK(z == y + strlen(y) + 1);
	CHECK(arena_used(a) == strlen(x) + 1 + strlen(y) + 1 + 1);
	arena_free(a);
}

/* Many strings across many chunks keep their bytes. */
static void test_many_strings(void)
{
	enum { N = 200000 };
	struct arena *a = arena_new();
	char **s = malloc(N * sizeof *s);
	char buf[32];
	bool ok = s != NULL;
	for (int i = 0; ok && i < N; i++) {
		int n = snprintf(buf, sizeof buf, "строка %d", i);
		s[i] = arena_strndup(a, buf, (size_t)n);
		ok = s[i] != NULL;
	}
	for (int i = 0; ok && i < N; i++) {
		snprintf(buf, sizeof buf, "строка %d", i);
		ok = !strcmp(s[i], buf);
	}
	CHECK(ok);
	free(s);
	arena_free(a);
}

/* A big request gets its own chunk; small ones continue where they were. */
static void test_big(void)
{
	struct arena *a = arena_new();
	const char *x = arena_strdup(a, "x");
	size_t big = 3 * 1024 * 1024;
	unsigned char *p = arena_alloc(a, big);
	CHECK(p && aligned(p) && p[0] == 0 && p[big - 1] == 0);
	if (p)
		memset(p, 0xAB, big);
	const char *y = arena_strdup(a, "y");
	CHECK(y == x + 2);
	CHECK(p && p[big - 1] == 0xAB);
	arena_free(a);
}

static size_t released_size;
static void *released_block;

static void note_release(void *block, size_t size)
{
	released_block = block;
	released_size = size;
}

static void test_adopt(void)
{
	struct arena *a = arena_new();
	char block[8];
	CHECK(a && arena_adopt(a, block, sizeof block, note_release));
	CHECK(released_block == NULL);
	arena_free(a);
	CHECK(released_block == block && released_size == sizeof block);
}

static void test_overflow(void)
{
	struct arena *a = arena_new();
	CHECK(arena_alloc(a, SIZE_MAX) == NULL);
	CHECK(arena_alloc(a, SIZE_MAX - 8) == NULL);
	CHECK(arena_calloc(a, SIZE_MAX / 2, 4) == NULL);
	CHECK(arena_strndup(a, "", SIZE_MAX) == NULL);
	CHECK(arena_alloc(a, 0) != NULL);
	arena_free(a);
	arena_free(NULL);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_alloc_after_strings),
	CHECK_CASE(test_strings_packed),
	CHECK_CASE(test_many_strings),
	CHECK_CASE(test_big),
	CHECK_CASE(test_adopt),
	CHECK_CASE(test_overflow),
};

CHECK_SUITE(all_cases, NULL, NULL);
