/* SPDX-License-Identifier: MIT */
/* loader_read.c - the loader's entry points: files in memory, a folder
 * of *.yaml files, the built-in pack. */
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "loader_internal.h"
#include "status.h"

static void loader_release(struct loader *L)
{
	free(L->sources.items);
	free(L->channels.items);
	free(L->categories.items);
	free(L->pages.items);
	free(L->general.items);
	free(L->numbers.items);
	free(L->num_refs.items);
	free(L->cat_refs.items);
	free(L->src_refs.items);
	free(L->files.items);
	arena_free(L->scratch);
	arena_free(L->arena);
	*L = (struct loader){0};
}

bool loader_begin(struct loader *L, struct diag_list *diags)
{
	*L = (struct loader){.diags = diags};
	L->arena = arena_new();
	L->scratch = arena_new();
	L->nomem = !L->arena || !L->scratch;
	return !L->nomem;
}

/* Whether f still fits in the pack's cap; the first file that does not
 * is reported, it and the ones after it are skipped. */
static bool within_pack_cap(struct loader *L, const struct content_file *f)
{
	size_t length = f->data ? f->length : 0;
	if (!L->over_pack && length <= LOADER_MAX_PACK_BYTES - L->bytes) {
		L->bytes += length;
		return true;
	}
	if (!L->over_pack)
		loader_report(L, f->name ? f->name : "?", 0, 0,
			      "набор слишком большой: с этим файлом больше %d "
			      "байт; этот файл и следующие не проверены",
			      LOADER_MAX_PACK_BYTES);
	L->over_pack = true;
	return false;
}

bool loader_add_file(struct loader *L, const struct content_file *f)
{
	if (L->nomem)
		return false;
	if (!within_pack_cap(L, f))
		return true;
	L->file = arena_strdup(L->arena, f->name ? f->name : "?");
	struct arena *tree = arena_new();
	const char **slot = loader_push(L, &L->files, sizeof *slot);
	if (slot)
		*slot = L->file;
	if (!L->file || !tree || !slot) {
		arena_free(tree);
		L->nomem = true;
		return false;
	}
	struct ynode *root = NULL;
	int status = loader_read_yaml(L->file, f->data ? f->data : "",
				      f->data ? f->length : 0, tree, L->diags,
				      &L->errors, &L->nodes, &root);
	if (L->nodes > LOADER_MAX_PACK_NODES) {
		loader_report(L, L->file, 0, 0,
			      "набор слишком большой: с этим файлом больше %d "
			      "элементов; этот файл и следующие не проверены",
			      LOADER_MAX_PACK_NODES);
		L->over_pack = true;
	} else if (status == HN_OK && root) {
		loader_walk_file(L, root);
	}
	arena_free(tree);
	if (status != HN_OK)
		L->nomem = true;
	return !L->nomem;
}

int loader_finish(struct loader *L, const char *pack, struct content **out)
{
	*out = NULL;
	int status = L->nomem ? HN_NOMEM
		     : pack   ? loader_link(L, pack, out)
			      : HN_OK;
	struct diag_list *diags = L->diags;
	loader_release(L);
	diag_list_sort(diags);
	return status;
}

static int load_files(const struct content_file *files, size_t count,
		      const char *pack, struct content **out,
		      struct diag_list *diags)
{
	struct loader L;
	*out = NULL;
	for (bool ok = loader_begin(&L, diags); ok && count; count--)
		ok = loader_add_file(&L, files++);
	return loader_finish(&L, pack, out);
}

int loader_load_files(const struct content_file *files, size_t count,
		      struct content **out, struct diag_list *diags)
{
	*out = NULL;
	if (count == 0) {
		diag_add(diags, "content", 0, 0,
			 "нет ни одного файла с содержимым (*.yaml)");
		diag_list_sort(diags);
		return HN_INVALID;
	}
	return load_files(files, count, files[0].name ? files[0].name : "?",
			  out, diags);
}
