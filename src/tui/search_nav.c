/* SPDX-License-Identifier: MIT */
/* search_nav.c - the session's search: compiling and running the pattern,
 * the wrong-layout suggestion, history, and going to a hit (Enter, n, N). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "status.h"
#include "tui_int.h"
#include "i18n.h"

static void clear_results(struct tui_search *s)
{
	search_free(s->q);
	s->q = NULL;
	search_result_free(&s->res);
	memset(&s->res, 0, sizeof s->res);
	free(s->suggestion);
	s->suggestion = NULL;
	s->suggestion_hits = 0;
	s->suggestion_sure = false;
	s->suggestion_at_least = false;
	s->error[0] = '\0';
	s->error_col = 0;
	s->plain = false;
	s->have_current = false;
	tui_words_clear(s);
	s->generation++;
}

/* Nothing found: the other layout's reading or a near spelling, if one
 * finds something. */
static void suggest(struct tui_search *s, struct search_budget *b)
{
	struct search_suggestion sg;

	if (search_suggest(s->corpus, &s->vocab, s->pattern, s->flags,
			   TUI_MAX_SUGGEST_HITS, b, &sg) != HN_OK) {
		snprintf(s->error, sizeof s->error, _("не хватает памяти"));
		return;
	}
	s->suggestion = sg.text;
	s->suggestion_hits = sg.hits;
	s->suggestion_sure = sg.sure;
	s->suggestion_at_least = sg.at_least;
}

void tui_search_set(struct tui *t, const char *pattern)
{
	struct tui_search *s = &t->search;
	struct search_error err = {{0}, 0};
	struct search_budget budget;
	int rc;

	clear_results(s);
	tui_search_unmark(t); /* a new search: the last one's pages go plain */
	snprintf(s->pattern, sizeof s->pattern, "%s", pattern);
	if (!pattern[0])
		return;
	rc = s->corpus ? HN_OK : corpus_build(t->c, &s->corpus);
	if (rc == HN_OK && !s->titles)
		rc = search_titles_build(s->corpus, &s->titles);
	if (rc == HN_OK)
		rc = search_compile_opts(pattern, strlen(pattern),
					 s->flags | SEARCH_FORGIVE, &s->q,
					 &err);
	if (rc == HN_OK && search_is_plain(s->q)) {
		snprintf(s->error, sizeof s->error, "%s", err.message);
		s->error_col = err.column;
		s->plain = true;
	}
	if (rc == HN_OK) {
		/* the pattern and its other-layout reading share one budget */
		search_budget_start(&budget, s->corpus);
		rc = search_run_within(s->q, s->corpus, TUI_MAX_HITS, &budget,
				       &s->res, &err);
		if (rc == HN_OK)
			rc = search_rank(s->corpus, &s->res);
		if (rc != HN_OK) {
			search_free(s->q);
			s->q = NULL;
		}
	}
	if (rc == HN_NOMEM || !s->corpus || !s->titles) {
		snprintf(s->error, sizeof s->error, _("не хватает памяти"));
	} else if (rc != HN_OK) {
		snprintf(s->error, sizeof s->error, "%s", err.message);
		s->error_col = err.column;
	} else if (s->res.count == 0) {
		suggest(s, &budget);
		tui_words_search(t, pattern);
	}
}

void tui_search_toggle_case(struct tui *t)
{
	char *pattern = strdup(t->search.pattern);

	t->search.flags ^= SEARCH_CASE_SENSITIVE;
	if (pattern)
		tui_search_set(t, pattern);
	free(pattern);
}

void tui_search_history_add(struct tui *t, const char *pattern)
{
	struct tui_search *s = &t->search;
	char *copy;

	if (!pattern[0] || (s->history_count &&
			    !strcmp(s->history[s->history_count - 1], pattern)))
		return;
	copy = strdup(pattern);
	if (!copy)
		return;
	if (s->history_count == TUI_HISTORY) {
		free(s->history[0]);
		memmove(s->history, s->history + 1,
			(TUI_HISTORY - 1) * sizeof s->history[0]);
		s->history_count--;
	}
	s->history[s->history_count++] = copy;
}

bool tui_search_open_hit(struct tui *t, const struct search_hit *h)
{
	struct text_field f = corpus_field(t->search.corpus, h->row);
	struct view *v = tui_current(t);
	struct node_ref n;
	size_t row;

	if (content_resolve(t->c, f.path, &n) != HN_OK) {
		tui_message(t, true, _("Раздел %s не найден"), f.path);
		return false;
	}
	if (v->ops == &tui_search_ops || !tui_same_node(&v->node, &n))
		v = tui_open_node(t, &n);
	if (!v)
		return false;
	tui_search_unmark(t);
	v->search_marked = true;
	v->has_hit_par = false;
	doc_layout(&v->doc, COLS, &v->top);
	if (doc_find_src(&v->doc, f.text, h->byte_start, &row)) {
		const struct doc_par *p = &v->doc.pars[v->doc.rows[row].par];

		v->has_hit_par = true;
		v->hit_par = v->doc.rows[row].par;
		v->hit_start = p->src_off + h->byte_start;
		v->hit_end = p->src_off + h->byte_end;
		tui_reveal(v, row);
	}
	return true;
}

void tui_search_goto(struct tui *t, size_t hit)
{
	struct tui_search *s = &t->search;

	if (!tui_search_open_hit(t, &s->res.hits[hit]))
		return;
	s->current = hit;
	s->have_current = true;
	tui_message(t, false,
		    _("Совпадение %zu из %zu%s: %s — следующее, %s — "
		      "предыдущее"),
		    hit + 1, s->res.count, s->res.truncated ? "+" : "",
		    tui_action_key(ACT_NEXT_HIT).s,
		    tui_action_key(ACT_PREV_HIT).s);
}

static void unmark(struct view *const *views, size_t n)
{
	for (size_t i = 0; i < n; i++)
		views[i]->search_marked = false;
}

void tui_search_unmark(struct tui *t)
{
	unmark(t->back, t->depth);
	unmark(t->fwd, t->fwd_depth);
}

bool tui_search_shows(const struct view *v)
{
	return v->ops == &tui_search_ops || v->search_marked;
}

void tui_search_step(struct tui *t, int dir)
{
	struct tui_search *s = &t->search;
	size_t n = s->res.count, next;
	bool wrapped;

	if (!n) {
		if (s->pattern[0])
			tui_message(t, false, "%s", _("Совпадений нет"));
		else
			tui_message(t, false,
				    _("Сначала найдите что-нибудь: %s"),
				    tui_action_key(ACT_SEARCH).s);
		return;
	}
	if (!s->have_current)
		next = dir > 0 ? 0 : n - 1;
	else
		next = (s->current + n + (size_t)(dir > 0 ? 1 : n - 1)) % n;
	wrapped = s->have_current && n > 1 &&
		  (dir > 0 ? next == 0 : next == n - 1);
	tui_search_goto(t, next);
	if (wrapped)
		tui_message(t, false, _("Поиск продолжен с %s (%zu из %zu)"),
			    dir > 0 ? _("начала") : _("конца"), next + 1, n);
}

void tui_search_free(struct tui *t)
{
	struct tui_search *s = &t->search;

	clear_results(s);
	for (size_t i = 0; i < s->history_count; i++)
		free(s->history[i]);
	s->history_count = 0;
	search_titles_free(s->titles);
	s->titles = NULL;
	tui_words_free(s);
	suggest_words_free(s->vocab);
	s->vocab = NULL;
	corpus_free(s->corpus);
	s->corpus = NULL;
}
