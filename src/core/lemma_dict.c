/* SPDX-License-Identifier: MIT */
/* lemma_dict.c - the Hunspell dictionary: where it is, opening it, and a
 * word's lemmas from it (lemma.h). */
#include "lemma.h"

#include <hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "grow.h"
#include "status.h"

struct lemma_dict {
	Hunhandle *h;
};

/* DIR/ru_RU.EXT, DIR from the environment when set. */
static char *dict_file(const char *ext)
{
	const char *dir = getenv(LEMMA_DICT_ENV);
	if (!dir || !dir[0])
		dir = LEMMA_DICT_DIR;
	size_t n = strlen(dir) + sizeof "/" LEMMA_DICT_NAME "." + strlen(ext);
	char *path = malloc(n);
	if (path)
		snprintf(path, n, "%s/%s.%s", dir, LEMMA_DICT_NAME, ext);
	return path;
}

char *lemma_dict_path(void)
{
	return dict_file("dic");
}

char *lemma_dict_aff_path(void)
{
	return dict_file("aff");
}

int lemma_dict_open(struct lemma_dict **out)
{
	char *aff = dict_file("aff"), *dic = dict_file("dic");
	struct lemma_dict *d = calloc(1, sizeof *d);
	int rc = aff && dic && d ? HN_OK : HN_NOMEM;
	/* Hunspell_create does not say when a file is missing */
	if (rc == HN_OK && (access(aff, R_OK) || access(dic, R_OK)))
		rc = HN_IO;
	if (rc == HN_OK) {
		d->h = Hunspell_create(aff, dic);
		rc = d->h ? HN_OK : HN_NOMEM;
	}
	free(aff);
	free(dic);
	if (rc != HN_OK) {
		free(d);
		d = NULL;
	}
	*out = d;
	return rc;
}

void lemma_dict_close(struct lemma_dict *d)
{
	if (!d)
		return;
	Hunspell_destroy(d->h);
	free(d);
}

/* Appends the folded lemma s to the space-separated list unless it is
 * there already. */
static int add_lemma(char **list, size_t *len, size_t *cap, const char *s)
{
	size_t n = strlen(s);
	char *folded = malloc(n + 1);
	if (!folded)
		return HN_NOMEM;
	lemma_fold(s, n, folded);
	folded[n] = '\0';
	for (const char *p = *list; p && *p;) {
		size_t w = strcspn(p, " ");
		if (w == n && !memcmp(p, folded, n)) {
			free(folded);
			return HN_OK;
		}
		p += w + (p[w] == ' ');
	}
	char *grown = grow_bytes(*list, cap, *len + n + 2, 32);
	if (grown) {
		if (*len)
			grown[(*len)++] = ' ';
		memcpy(grown + *len, folded, n + 1);
		*len += n;
		*list = grown;
	}
	free(folded);
	return grown ? HN_OK : HN_NOMEM;
}

/* The lemmas Hunspell gives for the NUL-terminated word, added to list. */
static int stem_into(struct lemma_dict *d, const char *word, char **list,
		     size_t *len, size_t *cap)
{
	char **stems = NULL;
	int n = Hunspell_stem(d->h, &stems, word);
	int rc = HN_OK;
	for (int i = 0; i < n && rc == HN_OK; i++)
		rc = add_lemma(list, len, cap, stems[i]);
	if (stems)
		Hunspell_free_list(d->h, &stems, n);
	return rc;
}

int lemma_dict_stem(struct lemma_dict *d, const char *s, size_t len, char **out)
{
	char *word = malloc(len + 1), *list = calloc(1, 1);
	size_t list_len = 0, cap = list ? 1 : 0;
	int rc = word && list ? HN_OK : HN_NOMEM;
	if (rc == HN_OK) {
		memcpy(word, s, len);
		word[len] = '\0';
		rc = stem_into(d, word, &list, &list_len, &cap);
	}
	/* the dictionary knows some words only with ё, others only with е:
	 * the folded form is asked when the word as typed gives nothing */
	if (rc == HN_OK && !list_len) {
		lemma_fold(s, len, word);
		rc = stem_into(d, word, &list, &list_len, &cap);
	}
	free(word);
	if (rc != HN_OK) {
		free(list);
		list = NULL;
	}
	*out = list;
	return rc;
}
