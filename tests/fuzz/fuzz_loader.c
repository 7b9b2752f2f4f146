/* SPDX-License-Identifier: MIT */
/* fuzz_loader.c - libFuzzer target: arbitrary bytes as a content pack.
 *
 * The input is split at "\n#8<\n" into up to 8 files, so that a seed made
 * of several content files can exercise references between them. When the
 * pack loads, every checklist it offers is built and rendered and every
 * menu path resolved, since those walk the pointers the loader made. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "sheet.h"
#include "content.h"
#include "diag.h"
#include "loader.h"
#include "status.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_FILES = 8 };

static const char separator[] = "\n#8<\n";

static const char *find_separator(const char *data, size_t size)
{
	size_t sep = sizeof separator - 1;

	for (size_t i = 0; i + sep <= size; i++)
		if (data[i] == '\n' && memcmp(data + i, separator, sep) == 0)
			return data + i;
	return NULL;
}

static size_t split(const char *data, size_t size, struct content_file *files)
{
	static const char *const names[MAX_FILES] = {"a.yaml", "b.yaml",
						     "c.yaml", "d.yaml",
						     "e.yaml", "f.yaml",
						     "g.yaml", "h.yaml"};
	size_t count = 0, sep = sizeof separator - 1;

	while (count < MAX_FILES - 1) {
		const char *end = find_separator(data, size);

		if (!end)
			break;
		files[count].name = names[count];
		files[count].data = data;
		files[count].length = (size_t)(end - data);
		count++;
		size -= (size_t)(end - data) + sep;
		data = end + sep;
	}
	files[count].name = names[count];
	files[count].data = data;
	files[count].length = size;
	return count + 1;
}

static void walk_checklist(const struct content *c, const struct category *cat,
			   const struct channel *chan)
{
	struct checklist cl;
	char name[256];
	char *text;

	if (checklist_build(c, cat, chan, &cl) != HN_OK)
		return;
	if (cl.count > 0) {
		checklist_toggle(&cl, 0);
		checklist_set_value(&cl, cl.count - 1, "12345 «ё»");
	}
	struct sheet_options o = {.width = 1 + (cl.count % 80),
				  .page_lines = cl.count % 7,
				  .format = cl.count % 2 ? SHEET_MARKDOWN
							 : SHEET_TEXT,
				  .with_draft = true};
	text = sheet_render(c, &cl, &o);
	free(text);
	checklist_default_filename(&cl, name, sizeof name);
	checklist_free(&cl);
}

static void walk(const struct content *c)
{
	struct node_ref node;
	char path[512];

	for (size_t i = 0; i < c->category_count; i++) {
		const struct category *cat = &c->categories[i];

		for (size_t j = 0; j < cat->channel_count; j++)
			walk_checklist(c, cat, cat->channels[j]);
		if (content_resolve(c, cat->id, &node) == HN_OK)
			content_node_path(&node, path, sizeof path);
	}
	for (size_t i = 0; i < c->channel_count; i++)
		walk_checklist(c, NULL, &c->channels[i]);
	for (size_t i = 0; i < c->page_count; i++)
		if (content_resolve(c, c->pages[i].id, &node) == HN_OK)
			content_node_path(&node, path, sizeof path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct content_file files[MAX_FILES];
	struct diag_list diags = {0};
	struct content *c = NULL;
	size_t n = split((const char *)data, size, files);
	int st = loader_load_files(files, n, &c, &diags);

	if (st == HN_OK) {
		if (!c || diags.count != 0)
			__builtin_trap(); /* the contract: OK means clean */
		walk(c);
		content_free(c);
	} else if (c || diags.count == 0) {
		__builtin_trap(); /* a failure always says why */
	}
	diag_list_sort(&diags);
	diag_list_free(&diags);
	return 0;
}
