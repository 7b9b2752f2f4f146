/* SPDX-License-Identifier: MIT */
/* search_words_stop.c - the words a search by words leaves out of a query
 * (search_words.h): Russian function words that a person types around
 * what they look for («как вернуть деньги», «где мой заказ») and that
 * would otherwise make a node match only when it holds them too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "search_words.h"
#include "status.h"

/* Folded (lowercase, ё -> е), sorted by strcmp for bsearch. Only words
 * that carry no subject: prepositions, conjunctions, particles, personal
 * and question pronouns and adverbs. */
static const char *const stop_words[] = {
	"а",    "без", "бы",   "в",     "вам", "вас",    "ведь",   "во",
	"вот",  "вы",  "где",  "да",    "для", "до",     "его",    "ее",
	"ей",   "ему", "если", "еще",   "же",  "за",     "зачем",  "и",
	"из",   "или", "им",   "их",    "к",   "как",    "ко",     "когда",
	"куда", "ли",  "либо", "меня",  "мне", "мной",   "мое",    "мой",
	"мою",  "моя", "мы",   "на",    "нам", "нас",    "не",     "нет",
	"ни",   "но",  "ну",   "о",     "об",  "обо",    "он",     "она",
	"они",  "оно", "от",   "по",    "под", "почему", "при",    "про",
	"с",    "со",  "так",  "там",   "то",  "тоже",   "только", "ты",
	"у",    "уже", "чей",  "через", "что", "чтобы",  "я",
};
enum { STOP_COUNT = sizeof stop_words / sizeof stop_words[0] };

static int by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool search_words_is_stop(const char *folded, size_t n)
{
	/* the longest stop word is 6 letters, 12 bytes */
	char word[16];

	if (n >= sizeof word)
		return false;
	memcpy(word, folded, n);
	word[n] = '\0';
	const char *key = word;
	return bsearch(&key, stop_words, STOP_COUNT, sizeof *stop_words,
		       by_text) != NULL;
}

/* Whether the word query[start, end) is a stop word. */
static bool stop_at(const char *query, size_t start, size_t end)
{
	char word[16];
	size_t n = end - start;

	if (n >= sizeof word)
		return false;
	lemma_fold(query + start, n, word);
	return search_words_is_stop(word, n);
}

bool search_words_drops_stop(const char *query, size_t len)
{
	size_t pos = 0, start, end;

	while (lemma_next_word(query, len, &pos, &start, &end))
		if (!stop_at(query, start, end))
			return true;
	return false;
}

int search_words_ignored(const char *query, size_t len, char **out)
{
	size_t pos = 0, start, end, size = 0;
	char *list = NULL;
	bool first = true;
	FILE *f;

	*out = NULL;
	if (!search_words_drops_stop(query, len))
		return HN_OK;
	f = open_memstream(&list, &size);
	if (!f)
		return HN_NOMEM;
	while (lemma_next_word(query, len, &pos, &start, &end))
		if (stop_at(query, start, end)) {
			fprintf(f, "%s%.*s", first ? "" : ", ",
				(int)(end - start), query + start);
			first = false;
		}
	if (fclose(f)) {
		free(list);
		return HN_NOMEM;
	}
	if (!first)
		*out = list;
	else
		free(list);
	return HN_OK;
}

int search_words_heading(const char *query, size_t len, size_t nodes,
			 bool truncated, char **out)
{
	char *ignored = NULL, *text = NULL;
	size_t size = 0;
	FILE *f;
	int rc = search_words_ignored(query, len, &ignored);

	*out = NULL;
	f = rc == HN_OK ? open_memstream(&text, &size) : NULL;
	if (!f) {
		free(ignored);
		return HN_NOMEM;
	}
	fprintf(f, _("по отдельным словам: %zu"), nodes);
	if (ignored)
		fprintf(f, _(", без слов: %s"), ignored);
	if (truncated)
		fputs(_(" (в списке не все)"), f);
	free(ignored);
	if (fclose(f)) {
		free(text);
		return HN_NOMEM;
	}
	*out = text;
	return HN_OK;
}
