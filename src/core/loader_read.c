/* loader_read.c - the loader's entry points: files in memory, a folder
 * of *.yaml files, the built-in pack. */
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
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
	free(L->cat_refs.items);
	free(L->src_refs.items);
	free(L->files.items);
	arena_free(L->arena);
}

/* Reads one file into L; false on allocation failure. */
static bool load_one(struct loader *L, const struct content_file *f)
{
	L->file = arena_strdup(L->arena, f->name ? f->name : "?");
	struct arena *tree = arena_new();
	const char **slot = loader_push(L, &L->files, sizeof *slot);
	if (slot)
		*slot = L->file;
	if (!L->file || !tree || !slot) {
		arena_free(tree);
		return false;
	}
	struct ynode *root = NULL;
	int status = yaml_read_tree(L->file, f->data ? f->data : "",
				    f->data ? f->length : 0, tree, L->arena,
				    L->diags, &L->errors, &root);
	if (status == HN_OK && root)
		loader_walk_file(L, root);
	arena_free(tree);
	return status == HN_OK && !L->nomem;
}

static int load_files(const struct content_file *files, size_t count,
		      const char *pack, size_t prior_errors,
		      struct content **out, struct diag_list *diags)
{
	*out = NULL;
	struct loader L = {.diags = diags, .errors = prior_errors};
	L.arena = arena_new();
	int status = L.arena ? HN_OK : HN_NOMEM;
	for (size_t i = 0; i < count && status == HN_OK; i++)
		if (!load_one(&L, &files[i]))
			status = HN_NOMEM;
	if (status == HN_OK)
		status = loader_link(&L, pack, out);
	/* libyaml refuses invalid UTF-8, so every text is valid */
	if (status == HN_OK && *out)
		(*out)->text_valid = true;
	loader_release(&L);
	diag_list_sort(diags);
	return status;
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
	return load_files(files, count, files[0].name ? files[0].name : "?", 0,
			  out, diags);
}

int loader_load_builtin(struct content **out, struct diag_list *diags)
{
	*out = NULL;
	if (embedded_file_count == 0) {
		diag_add(diags, "content", 0, 0,
			 "встроенный набор пуст: при "
			 "сборке в content/ не было файлов *.yaml");
		return HN_INVALID;
	}
	return loader_load_files(embedded_files, embedded_file_count, out,
				 diags);
}
