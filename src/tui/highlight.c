/* SPDX-License-Identifier: MIT */
/* highlight.c - which bytes of a paragraph the search's matches cover,
 * found once per search and kept with the paragraph (doc_par.hits).
 *
 * A paragraph showing a content string (doc_par.src) takes the hits the
 * search found in that string (search_hit_index.h): no pattern is run at
 * draw time, and what is painted is what the list counts. Where the
 * results cannot tell - a paragraph with no src (a number's line, a list
 * label, a line the screen composed), or a result cut at TUI_MAX_HITS
 * before the paragraph's string - the pattern is matched once per search,
 * as the list's labels need, all such paragraphs of a search sharing one
 * budget of TUI_DRAW_MATCH_MS of CPU, so that a slow pattern cannot hold
 * the screen; what it cannot search is drawn plain. A page found by words
 * shows the query's words by lemma (search_words_spans), never the
 * phrase's regex. */
#include <stdlib.h>
#include <string.h>

#include "search_hit_index.h"
#include "status.h"
#include "tui_int.h"

/* The search's hits by text, built at the first draw after a search. */
static const struct search_hit_index *hit_index(struct tui_search *s)
{
	struct tui_highlight *hl = &s->hl;

	if (hl->index && hl->index_generation == s->generation)
		return hl->index;
	search_hit_index_free(hl->index);
	hl->index = NULL;
	if (!s->corpus ||
	    search_hit_index_build(s->corpus, &s->res, &hl->index) != HN_OK)
		return NULL;
	hl->index_generation = s->generation;
	return hl->index;
}

void tui_highlight_free(struct tui_search *s)
{
	search_hit_index_free(s->hl.index);
	s->hl.index = NULL;
}

/* Whether the pages of this search show its words (the phrase found
 * nothing, the words did). */
static bool by_words(const struct tui_search *s)
{
	return !s->res.count && s->words_res.count && s->words;
}

/* The search's hits in p's string, moved to p's text and cut where the
 * string's part shown ends (tail_off): false when the results do not
 * tell (see above). */
static bool from_hits(struct tui *t, struct doc_par *p)
{
	const struct search_hit_index *x = hit_index(&t->search);
	const struct search_hit *h;
	size_t n;

	if (!p->src || !x || !search_hit_index_find(x, p->src, &h, &n))
		return false;
	p->hits = malloc((n ? n : 1) * sizeof *p->hits);
	if (!p->hits)
		return true; /* no memory: drawn plain */
	for (size_t i = 0; i < n; i++) {
		if (h[i].byte_start < p->src_from)
			continue;
		size_t a = doc_src_pos(p, h[i].byte_start);
		size_t b = doc_src_pos(p, h[i].byte_end);

		if (a >= p->tail_off)
			break;
		p->hits[p->nhits] = h[i];
		p->hits[p->nhits].byte_start = a;
		p->hits[p->nhits++].byte_end = b < p->tail_off ? b
							       : p->tail_off;
	}
	return true;
}

/* The pattern matched in p's text, within the search's budget for it. */
static void match_once(struct tui *t, struct doc_par *p)
{
	struct tui_search *s = &t->search;
	struct search_error err;

	if (s->hl.budget_generation != s->generation) {
		/* the base budget's clock, cut to the drawing's share */
		search_budget_start(&s->hl.budget, NULL);
		s->hl.budget.deadline_ns -=
			(SEARCH_BUDGET_BASE_MS - TUI_DRAW_MATCH_MS) *
			1000000LL; /* ns in a ms */
		s->hl.budget_generation = s->generation;
	}
	if (search_in_text_within(s->q, p->text, p->len, &s->hl.budget,
				  &p->hits, &p->nhits, &err) != HN_OK) {
		p->hits = NULL;
		p->nhits = 0;
	}
}

/* The query's words in p's string (its whole text when it shows none):
 * the labels and tags around a content string are the screen's own. */
static void words_in(struct tui *t, struct doc_par *p)
{
	const struct tui_search *s = &t->search;
	size_t from = 0, to = p->len;

	if (p->src) {
		from = p->src_off;
		to = doc_src_pos(p, p->src_from + strlen(p->src + p->src_from));
		to = to < p->tail_off ? to : p->tail_off;
	}
	if (from >= to ||
	    search_words_spans(s->words, s->pattern, strlen(s->pattern),
			       p->text + from, to - from, &p->hits,
			       &p->nhits) != HN_OK)
		return;
	for (size_t i = 0; i < p->nhits; i++) {
		p->hits[i].byte_start += from;
		p->hits[i].byte_end += from;
	}
}

void tui_par_hits(struct tui *t, struct doc_par *p)
{
	struct tui_search *s = &t->search;

	if (p->hits_known && p->hits_generation == s->generation)
		return;
	free(p->hits);
	p->hits = NULL;
	p->nhits = 0;
	p->hits_known = true;
	p->hits_generation = s->generation;
	if (p->len == 0)
		return;
	if (by_words(s))
		words_in(t, p);
	else if (s->q && !from_hits(t, p))
		match_once(t, p);
}
