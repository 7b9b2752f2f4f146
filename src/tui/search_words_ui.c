/* SPDX-License-Identifier: MIT */
/* search_words_ui.c - the navigator's search by words: when the phrase
 * finds nothing, its words in any order and any form (search_words.h),
 * shown as a second list under its own heading, never mixed with the
 * hits of the phrase. It runs in the search's job (search_nav.c), off
 * the screen's thread. Lemmas come from the map the pack brought
 * (tui_options.lemmas); the dictionary is opened there, once, only for a
 * query word that map lacks, and its absence is said once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "status.h"
#include "tui_int.h"

/* Hits of the second list kept for the screen: a person reads a few
 * dozen; the heading counts every section all the same. */
enum { WORDS_MAX_HITS = 500 };

void tui_words_clear(struct tui_search *s)
{
	search_result_free(&s->words_res);
	memset(&s->words_res, 0, sizeof s->words_res);
	s->words_nodes = 0;
	s->words_first_item = -1;
	s->words_have_current = false;
}

void tui_words_free(struct tui_search *s)
{
	tui_words_clear(s);
	search_words_free(s->words);
	s->words = NULL;
	lemma_dict_close(s->dict.d);
	memset(&s->dict, 0, sizeof s->dict);
}

void tui_words_note(struct tui *t)
{
	struct tui_dict *dict = &t->search.dict;
	char *note;

	if (!dict->missing || dict->noted)
		return;
	dict->noted = true;
	note = lemma_dict_missing_note();
	tui_message(t, false, "%s", note ? note : LEMMA_DICT_NAME);
	free(note);
}

/* Opens the dictionary when a word of the pattern is not in the index
 * and it was not tried before: ~120 ms, here in the job, once. */
static void open_dict(const struct search_words *w, struct tui_dict *dict,
		      const char *pattern, size_t len)
{
	if (dict->tried || !search_words_unknown(w, pattern, len))
		return;
	dict->tried = true;
	dict->missing = lemma_dict_open(&dict->d) == HN_IO;
}

void tui_words_work(struct search_words **words, const struct corpus *k,
		    const struct lemma_map *lemmas, struct tui_dict *dict,
		    const char *pattern, unsigned flags, bool plain,
		    struct search_budget *b, struct search_result *res,
		    size_t *nodes)
{
	size_t len = strlen(pattern);
	int rc = HN_OK;

	if (!search_words_wanted(pattern, len, flags, plain))
		return;
	/* built once, at the first search that needs it */
	if (!*words)
		rc = search_words_build_within(k, lemmas, b, words);
	if (rc == HN_OK && !search_budget_cancelled(b))
		open_dict(*words, dict, pattern, len);
	if (rc == HN_OK)
		rc = search_words_run_within(*words, k, pattern, len, dict->d,
					     WORDS_MAX_HITS, b, res, nodes);
	if (rc != HN_OK) { /* it costs the second list only */
		search_result_free(res);
		memset(res, 0, sizeof *res);
		*nodes = 0;
	}
}

/* A row's first hit stands for the row: one item per row, not per word. */
static bool row_repeats(const struct search_result *r, size_t i)
{
	return i > 0 && r->hits[i].row == r->hits[i - 1].row;
}

void tui_words_add(struct view *v)
{
	struct tui_search *s = &v->t->search;
	char *heading = NULL;

	s->words_first_item = -1;
	if (!s->words_nodes)
		return;
	if (s->res.count)
		doc_blank(&v->doc);
	if (search_words_heading(s->pattern, strlen(s->pattern), s->words_nodes,
				 s->words_res.truncated, &heading) == HN_OK)
		doc_add(&v->doc, ST_TITLE, -1, 0, NULL, heading);
	free(heading);
	if (v->t->opts->lemma_note)
		doc_add(&v->doc, ST_DIM, -1, 0, NULL, v->t->opts->lemma_note);
	for (size_t i = 0; i < s->words_res.count; i++) {
		const struct search_hit *h = &s->words_res.hits[i];
		if (row_repeats(&s->words_res, i))
			continue;
		struct text_field f = corpus_field(s->corpus, h->row);
		int item = doc_new_item(&v->doc);
		char *label = search_label(s->titles, s->corpus, h->row);

		if (s->words_first_item < 0)
			s->words_first_item = item;
		doc_add(&v->doc, ST_HEADING, item, 1, NULL,
			label ? label : f.path);
		free(label);
		tui_search_snippet(v, item, &f, h);
	}
}

size_t tui_words_items(const struct tui_search *s)
{
	size_t n = 0;

	for (size_t i = 0; i < s->words_res.count; i++)
		n += !row_repeats(&s->words_res, i);
	return n;
}

const struct search_hit *tui_words_item(const struct tui_search *s, size_t k)
{
	for (size_t i = 0; i < s->words_res.count; i++)
		if (!row_repeats(&s->words_res, i) && !k--)
			return &s->words_res.hits[i];
	return NULL;
}

bool tui_words_open(struct tui *t, int sel)
{
	struct tui_search *s = &t->search;
	int first = s->words_first_item;

	if (first < 0 || sel < first ||
	    (size_t)(sel - first) >= tui_words_items(s))
		return false;
	tui_words_goto(t, (size_t)(sel - first));
	return true;
}
