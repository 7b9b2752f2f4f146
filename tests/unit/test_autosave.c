/* SPDX-License-Identifier: MIT */
/* test_autosave - a checklist's draft: where it lives, written and read back
 * by item id (a value with a line break and a backslash, an id the content
 * no longer has), removed when nothing is ticked, refused when the file is
 * not a draft, set aside when declined. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "checklist.h"
#include "autosave.h"
#include "status.h"

#include "check.h"

static const struct check_item item_order = {
	.id = "order", .text = "Номер заказа", .field = "order"};
static const struct check_item item_photo = {.id = "photo",
					     .text = "Фото товара"};
static const struct check_item item_name = {
	.id = "name", .text = "Имя сотрудника", .field = "name"};
static const struct channel chat = {.id = "chat", .title = "Чат"};
static const struct category returns = {.id = "returns", .title = "Возврат"};

/* The state folder of the whole run (setup makes it, teardown removes). */
static char state[] = "/tmp/helpnav-draft-XXXXXX";

/* A checklist by hand: count items of the three above. */
static void make(struct checklist *cl, const struct check_item **items,
		 size_t count)
{
	memset(cl, 0, sizeof *cl);
	cl->category = &returns;
	cl->channel = &chat;
	cl->items = items;
	cl->count = count;
	cl->ticked = calloc(count, sizeof *cl->ticked);
	cl->values = calloc(count, sizeof *cl->values);
}

/* checklist_free would free items, which are not malloc'd here. */
static void unmake(struct checklist *cl)
{
	for (size_t i = 0; i < cl->count; i++)
		free(cl->values[i]);
	free(cl->values);
	free(cl->ticked);
}

static bool file_has(const char *path, const char *text)
{
	char buf[512];
	FILE *f = fopen(path, "r");
	size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;

	if (f)
		fclose(f);
	buf[n] = '\0';
	return strstr(buf, text) != NULL;
}

static void test_path(void)
{
	const struct check_item *items[] = {&item_order};
	struct checklist cl;
	char want[600];

	make(&cl, items, 1);
	char *path = autosave_path(&cl);

	snprintf(want, sizeof want, "%s/helpnav/draft-returns-chat", state);
	CHECK_EQ_STR(path, want);
	free(path);
	setenv("XDG_STATE_HOME", "relative/state", 1);
	setenv("HOME", "/home/someone", 1);
	path = autosave_path(&cl);
	CHECK_EQ_STR(path,
		     "/home/someone/.local/state/helpnav/draft-returns-chat");
	free(path);
	setenv("HOME", "also-relative", 1);
	CHECK(autosave_path(&cl) == NULL);
	setenv("XDG_STATE_HOME", state, 1);
	unmake(&cl);
}

static void test_round_trip(void)
{
	const struct check_item *items[] = {&item_order, &item_photo,
					    &item_name};
	const struct check_item *fewer[] = {&item_photo, &item_order};
	struct checklist cl, back;
	char err[300], path[600];
	time_t when;

	snprintf(path, sizeof path, "%s/helpnav/draft-returns-chat", state);
	make(&cl, items, 3);
	CHECK(checklist_set_value(&cl, 0, "A-1 \\ две\nстроки") == HN_OK);
	cl.ticked[1] = true;
	CHECK(checklist_set_value(&cl, 2, "Ирина") == HN_OK);
	CHECK(autosave_write(&cl, path, err, sizeof err) == HN_OK);
	CHECK(autosave_exists(path, &when));
	CHECK(file_has(path, "v order A-1 \\\\ две\\nстроки\n"));

	/* read into a list that lacks "name" and has the others swapped */
	make(&back, fewer, 2);
	CHECK(autosave_load(&back, path) == HN_OK);
	CHECK(back.ticked[0] && !back.ticked[1]);
	CHECK_EQ_STR(back.values[1], "A-1 \\ две\nстроки");
	CHECK(back.dirty);
	unmake(&back);

	/* nothing ticked or filled: no draft */
	for (size_t i = 0; i < cl.count; i++) {
		cl.ticked[i] = false;
		CHECK(checklist_set_value(&cl, i, NULL) == HN_OK);
	}
	CHECK(autosave_write(&cl, path, err, sizeof err) == HN_OK);
	CHECK(!autosave_exists(path, &when));
	unmake(&cl);
}

static void test_not_a_draft(void)
{
	const struct check_item *items[] = {&item_order};
	struct checklist cl;
	char path[600];
	FILE *f;

	snprintf(path, sizeof path, "%s/helpnav/other", state);
	f = fopen(path, "w");
	if (!CHECK(f != NULL))
		return;
	fputs("x order\n", f);
	fclose(f);
	make(&cl, items, 1);
	CHECK(autosave_load(&cl, path) == HN_INVALID);
	CHECK(!cl.ticked[0] && !cl.dirty);
	autosave_remove(path);
	CHECK(access(path, F_OK) != 0);
	CHECK(autosave_load(&cl, path) == HN_IO);
	unmake(&cl);
}

/* A declined draft is moved to path~, and the next one to path~2: a draft
 * set aside before is never replaced; a missing draft is an error with a
 * reason. */
static void test_set_aside(void)
{
	const struct check_item *items[] = {&item_photo};
	struct checklist cl;
	char err[300], path[600];
	char *aside, *used[2] = {NULL, NULL};
	time_t when;

	snprintf(path, sizeof path, "%s/helpnav/draft-returns-chat", state);
	aside = autosave_aside_path(path);
	if (!CHECK(aside != NULL))
		return;
	CHECK(strlen(aside) == strlen(path) + 1 && aside[strlen(path)] == '~');
	make(&cl, items, 1);
	for (int round = 0; round < 2; round++) {
		cl.ticked[0] = true;
		cl.dirty = true;
		CHECK(autosave_write(&cl, path, err, sizeof err) == HN_OK);
		CHECK(autosave_set_aside(path, &used[round], err, sizeof err) ==
		      HN_OK);
		CHECK(!autosave_exists(path, &when));
	}
	CHECK(used[0] && !strcmp(used[0], aside));
	CHECK(used[1] && strlen(used[1]) == strlen(aside) + 1 &&
	      used[1][strlen(aside)] == '2');
	CHECK(used[0] && file_has(used[0], "x photo\n"));
	err[0] = '\0';
	char *none = NULL;
	CHECK(autosave_set_aside(path, &none, err, sizeof err) == HN_IO);
	CHECK(!none && strstr(err, "draft-returns-chat") != NULL);
	for (int i = 0; i < 2; i++) {
		if (used[i])
			autosave_remove(used[i]);
		free(used[i]);
	}
	free(aside);
	unmake(&cl);
}

static int setup(void)
{
	if (!CHECK_MSG(mkdtemp(state) != NULL, "mkdtemp %s", state))
		return 1;
	setenv("XDG_STATE_HOME", state, 1);
	return 0;
}

static void teardown(void)
{
	char cmd[100];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", state);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", state);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_path),
	CHECK_CASE(test_round_trip),
	CHECK_CASE(test_not_a_draft),
	CHECK_CASE(test_set_aside),
};

CHECK_SUITE(all_cases, setup, teardown);
