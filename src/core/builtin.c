/* SPDX-License-Identifier: MIT */
/* builtin.c - the built-in pack, from what the build compiled into the
 * binary (embedded.h): its loaded form for every run, its YAML for
 * --check. The only file of the core that names the generated data, so
 * that the tool generating it links the rest of the core without it
 * (src/CMakeLists.txt). */
#include "cache.h"
#include "cache_internal.h"
#include "corpus_internal.h"
#include "embedded.h"
#include "loader.h"
#include "status.h"

_Static_assert(EMBEDDED_IMAGE_SLACK >= CORPUS_SLACK,
	       "the image has the zero bytes a corpus's strings need after "
	       "them");

int cache_load_builtin(struct content **out, struct diag_list *diags)
{
	(void)diags; /* a broken image is the build's fault: the status */
	return cache_read_image(embedded_image, embedded_image_size,
				CACHE_BUILTIN_KEY, out);
}

int cache_load_corpus(const char *dir, struct corpus **out,
		      struct diag_list *diags)
{
	*out = NULL;
	if (!dir)
		return cache_read_image_corpus(embedded_image,
					       embedded_image_size,
					       CACHE_BUILTIN_KEY, out);
	return cache_load(dir, NULL, out, diags);
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
