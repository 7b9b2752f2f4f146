/* SPDX-License-Identifier: MIT */
/* search_words_ui.c - the navigator's search by words: when the phrase
 * finds nothing, its words in any order and any form (search_words.h),
 * shown as a second list under its own heading, never mixed with the
 * hits of the phrase. Lemmas come only from the map the pack brought
 * (tui_options.lemmas): no dictionary is read while the user types. */
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
}

void tui_words_search(struct tui *t, const char *pattern)
{
	struct tui_search *s = &t->search;
	size_t len = strlen(pattern);
	int rc = HN_OK;

	if (!s->corpus || !search_words_wanted(pattern, len, s->flags))
		return;
	/* built once, at the first search that needs it */
	if (!s->words)
		rc = search_words_build(s->corpus, t->opts->lemmas, &s->words);
	if (rc == HN_OK)
		rc = search_words_run(s->words, s->corpus, pattern, len, NULL,
				      WORDS_MAX_HITS, &s->words_res,
				      &s->words_nodes);
	if (rc != HN_OK)
		tui_words_clear(s);
}

/* A row's first hit stands for the row: one item per row, not per word. */
static bool row_repeats(const struct search_result *r, size_t i)
{
	return i > 0 && r->hits[i].row == r->hits[i - 1].row;
}

void tui_words_add(struct view *v)
{
	struct tui_search *s = &v->t->search;
	char buf[200];

	s->words_first_item = -1;
	if (!s->words_nodes)
		return;
	if (s->res.count)
		doc_blank(&v->doc);
	snprintf(buf, sizeof buf, _("по отдельным словам: %zu"),
		 s->words_nodes);
	if (s->words_res.truncated)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s",
			 _(" (в списке не все)"));
	doc_add(&v->doc, ST_TITLE, -1, 0, NULL, buf);
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
