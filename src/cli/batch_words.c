/* SPDX-License-Identifier: MIT */
/* batch_words.c - the any-order search of --search (search_words.h): the
 * index of the corpus, its lemmas from the map that came with the pack
 * (the built-in image's, or a cache's), else from the dictionary; the
 * dictionary opened only when a word needs it, and its absence said
 * once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "search_words.h"
#include "status.h"

/* The note when the dictionary is missing: a malloc'd string, or NULL
 * when there is no memory. */
static char *no_dict_note(void)
{
	char *path = lemma_dict_path(), *note = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&note, &size);
	if (f) {
		fprintf(f,
			_("нет словаря %s (пакет hunspell-ru): слова ищутся "
			  "только в тех формах, что написаны"),
			path ? path : LEMMA_DICT_NAME);
		if (fclose(f)) {
			free(note);
			note = NULL;
		}
	}
	free(path);
	return note;
}

/* The dictionary, or NULL after saying once why not. */
static struct lemma_dict *open_dict(void)
{
	struct lemma_dict *d = NULL;
	if (lemma_dict_open(&d) == HN_IO) {
		char *note = no_dict_note();
		cli_error("%s", note ? note : LEMMA_DICT_NAME);
		free(note);
	}
	return d;
}

char *cli_words_tui_lemmas(const struct content *c, struct lemma_map *own,
			   const struct lemma_map **out)
{
	struct lemma_dict *d = NULL;
	memset(own, 0, sizeof *own);
	*out = c->lemmas;
	if (*out)
		return NULL;
	int rc = lemma_dict_open(&d);
	if (rc == HN_IO)
		return no_dict_note();
	if (rc == HN_OK &&
	    search_words_map_fields(c->fields, c->field_count, d, own) == HN_OK)
		*out = own;
	lemma_dict_close(d);
	return NULL;
}

/* The index of k: its words' lemmas from the map that came with the pack
 * (the built-in image's, or a cache's), else from the dictionary (*d
 * opened for it; left NULL when it is missing, *tried set either way). */
static int build_index(const struct corpus *k, struct lemma_dict **d,
		       bool *tried, struct search_words **w)
{
	struct lemma_map map = {0};
	const struct lemma_map *known = corpus_lemmas(k);
	int rc = HN_OK;
	*tried = !known;
	if (!known) {
		*d = open_dict();
		if (*d)
			rc = search_words_map(k, *d, &map);
	}
	if (rc == HN_OK)
		rc = search_words_build(k, known ? known : &map, w);
	lemma_map_free(&map);
	return rc;
}

int cli_words_search(const struct corpus *k, const char *pattern,
		     struct search_result *res, size_t *nodes)
{
	struct lemma_dict *d = NULL;
	struct search_words *w = NULL;
	size_t len = strlen(pattern);
	bool tried;
	int rc = build_index(k, &d, &tried, &w);
	/* a map that came with the pack holds its words' lemmas: the
	 * dictionary is for a word the pack does not hold */
	if (rc == HN_OK && !tried && search_words_unknown(w, pattern, len))
		d = open_dict();
	if (rc == HN_OK)
		rc = search_words_run(w, k, pattern, len, d, 0, res, nodes);
	search_words_free(w);
	lemma_dict_close(d);
	return rc;
}
