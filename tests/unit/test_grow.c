/* SPDX-License-Identifier: MIT */
/* test_grow.c - grow_array and grow_room: the first size, doubling,
 * contents kept, and a refusal on overflow that leaves the array and its
 * capacity alone. */
#include <stdint.h>
#include <stdlib.h>

#include "grow.h"

#include "check.h"

static void test_doubling(void)
{
	size_t cap = 0;
	int *a = grow_array(NULL, &cap, sizeof *a, 4);

	CHECK(a != NULL && cap == 4);
	if (!a)
		return;
	for (int i = 0; i < 4; i++)
		a[i] = i * 10;
	int *b = grow_array(a, &cap, sizeof *b, 4);
	CHECK(b != NULL && cap == 8);
	if (!b) {
		free(a);
		return;
	}
	CHECK(b[0] == 0 && b[3] == 30);
	free(b);
}

static void test_refusals(void)
{
	size_t cap = SIZE_MAX / 2 + 1;
	char one = 0;
	void *p = &one;

	CHECK(grow_array(p, &cap, 1, 16) == NULL);
	CHECK(cap == SIZE_MAX / 2 + 1);
	cap = SIZE_MAX / 64;
	CHECK(grow_array(p, &cap, 64, 16) == NULL && cap == SIZE_MAX / 64);
	cap = 0;
	CHECK(grow_array(NULL, &cap, 8, 0) == NULL && cap == 0);
	CHECK(grow_array(NULL, &cap, 0, 8) == NULL && cap == 0);
}

static void test_grow_bytes(void)
{
	size_t cap = 0;
	char *b = grow_bytes(NULL, &cap, 10, 16);
	CHECK(b && cap == 16);
	char *same = grow_bytes(b, &cap, 16, 16);
	CHECK(same == b && cap == 16);
	b = grow_bytes(same, &cap, 100, 16);
	CHECK(b && cap == 128);
	size_t before = cap;
	CHECK(grow_bytes(b, &cap, SIZE_MAX, 16) == NULL && cap == before);
	free(b);
}

/* Pushing 1000 elements one by one keeps them all, in order, and the
 * array doubles from its first size. */
static void test_grow_room(void)
{
	int *items = NULL;
	size_t count = 0, cap = 0;
	bool ok = true;

	for (int i = 0; i < 1000 && ok; i++) {
		int *slot = grow_room(&items, count, &cap, sizeof *slot, 4);

		ok = slot == items + count;
		if (slot) {
			*slot = i;
			count++;
		}
	}
	CHECK(ok && count == 1000 && cap == 1024);
	for (size_t i = 0; i < count; i++)
		ok = ok && items[i] == (int)i;
	CHECK(ok);
	/* with room left the array stays where it is */
	int *before = items;
	CHECK(grow_room(&items, 1000, &cap, sizeof *items, 4) == before + 1000);
	CHECK(items == before && cap == 1024);
	/* an overflowing size fails and changes nothing */
	char *big = NULL;
	size_t big_cap = 0;
	CHECK(grow_room(&big, 0, &big_cap, SIZE_MAX, 4) == NULL);
	CHECK(big == NULL && big_cap == 0);
	free(items);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_grow_room),
	CHECK_CASE(test_grow_bytes),
	CHECK_CASE(test_doubling),
	CHECK_CASE(test_refusals),
};

CHECK_SUITE(all_cases, NULL, NULL);
