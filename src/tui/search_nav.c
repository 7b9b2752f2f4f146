/* SPDX-License-Identifier: MIT */
/* search_nav.c - the session's search: compiling and running the pattern,
 * the wrong-layout suggestion, history, and going to a hit (Enter, n, N). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
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
	s->caseless_hits = 0;
	s->error[0] = '\0';
	s->error_col = 0;
	s->plain = false;
	s->cancelled = false;
	s->have_current = false;
	tui_words_clear(s);
	s->generation++;
}

/* One search, done off the UI thread (job.c). It reads the content and
 * the corpus, which nothing changes while it runs, and its own pattern;
 * what it makes is its own until tui_search_poll takes it. */
struct search_work {
	const struct content *c;
	char *pattern; /* owned */
	unsigned flags;
	/* the session's, or built here when NULL (then owned until taken) */
	struct corpus *corpus;
	struct search_titles *titles;
	struct suggest_words *vocab;
	struct search_words *words;
	const struct lemma_map *lemmas; /* the session's, not owned */
	/* the session's, or opened here (then owned until taken); only one
	 * job runs at a time, so one thread at a time uses it */
	struct tui_dict dict;
	int rc;
	struct search_error err, note; /* note: a forgiven pattern's fault */
	struct search_query *q;
	struct search_result res;
	bool plain, cancelled;
	struct search_suggestion sg;
	size_t caseless_hits;
	struct search_result words_res; /* the search by words */
	size_t words_nodes;
};

/* The pattern over the corpus, and when it finds nothing its
 * other-layout reading and its words in any order: all within one
 * budget, which the job's flag cancels. */
static void work_search(struct search_work *w, const atomic_bool *cancel)
{
	struct search_budget budget;

	search_budget_start(&budget, w->corpus);
	budget.cancel = cancel;
	w->rc = search_run_within(w->q, w->corpus, TUI_MAX_HITS, &budget,
				  &w->res, &w->err);
	if (w->rc == HN_OK)
		w->rc = search_rank(w->corpus, &w->res);
	/* nothing found with case: how much without */
	if (w->rc == HN_OK && w->res.count == 0)
		w->caseless_hits =
			search_count_caseless(w->corpus, w->pattern, w->flags,
					      TUI_MAX_SUGGEST_HITS, &budget);
	/* nothing found: the other layout's reading or a near spelling */
	if (w->rc == HN_OK && w->res.count == 0)
		w->rc = search_suggest(w->corpus, &w->vocab, w->pattern,
				       w->flags, TUI_MAX_SUGGEST_HITS, &budget,
				       &w->sg);
	if (w->rc == HN_OK && w->res.count == 0)
		tui_words_work(&w->words, w->corpus, w->lemmas, &w->dict,
			       w->pattern, w->flags, w->plain, &budget,
			       &w->words_res, &w->words_nodes);
	w->cancelled = budget.cancelled;
	if (w->rc != HN_OK) {
		search_free(w->q);
		w->q = NULL;
	}
}

static void work_run(void *arg, const atomic_bool *cancel)
{
	struct search_work *w = arg;

	w->rc = w->corpus ? HN_OK : corpus_build(w->c, &w->corpus);
	if (w->rc == HN_OK && !w->titles)
		w->rc = search_titles_build(w->corpus, &w->titles);
	if (w->rc == HN_OK)
		w->rc = search_compile_opts(w->pattern, strlen(w->pattern),
					    w->flags | SEARCH_FORGIVE, &w->q,
					    &w->err);
	/* a forgiven pattern: the regex's fault, as a note */
	w->plain = w->rc == HN_OK && search_is_plain(w->q);
	if (w->plain)
		w->note = w->err;
	if (w->rc == HN_OK)
		work_search(w, cancel);
}

/* The corpus, titles, vocabulary, words index and dictionary a search
 * built or opened are the session's from now on; the rest of w is
 * freed. */
static void work_free(struct tui_search *s, struct search_work *w)
{
	if (!s->corpus)
		s->corpus = w->corpus;
	else if (w->corpus != s->corpus)
		corpus_free(w->corpus);
	if (!s->titles)
		s->titles = w->titles;
	else if (w->titles != s->titles)
		search_titles_free(w->titles);
	if (!s->vocab)
		s->vocab = w->vocab;
	else if (w->vocab != s->vocab)
		suggest_words_free(w->vocab);
	if (!s->words)
		s->words = w->words;
	else if (w->words != s->words)
		search_words_free(w->words);
	if (!s->dict.tried) /* tried here, or not at all: the same */
		s->dict = w->dict;
	search_free(w->q);
	search_result_free(&w->words_res);
	search_result_free(&w->res);
	search_suggestion_free(&w->sg);
	free(w->pattern);
	free(w);
}

/* What a finished search found, or why it found nothing. */
static void take_results(struct tui_search *s, struct search_work *w)
{
	s->cancelled = w->cancelled;
	if (w->rc == HN_NOMEM || !w->corpus || !w->titles) {
		snprintf(s->error, sizeof s->error, _("не хватает памяти"));
		return;
	}
	if (w->cancelled)
		return;
	s->plain = w->plain && w->rc == HN_OK;
	snprintf(s->error, sizeof s->error, "%s",
		 s->plain ? w->note.message : w->err.message);
	s->error_col = s->plain ? w->note.column : w->err.column;
	s->q = w->q;
	w->q = NULL;
	s->res = w->res;
	memset(&w->res, 0, sizeof w->res);
	s->suggestion = w->sg.text;
	w->sg.text = NULL;
	s->suggestion_hits = w->sg.hits;
	s->suggestion_sure = w->sg.sure;
	s->suggestion_at_least = w->sg.at_least;
	s->caseless_hits = w->caseless_hits;
	s->words_res = w->words_res;
	memset(&w->words_res, 0, sizeof w->words_res);
	s->words_nodes = w->words_nodes;
}

bool tui_search_poll(struct tui *t)
{
	struct tui_search *s = &t->search;

	if (!s->work || !tui_job_poll(&s->job))
		return false;
	take_results(s, s->work);
	work_free(s, s->work);
	s->work = NULL;
	s->generation++;
	tui_search_views_update(t);
	tui_words_note(t);
	return true;
}

bool tui_search_running(const struct tui *t)
{
	return t->search.work != NULL;
}

/* The running search stopped, what it built kept; no results. The job
 * is joined (tui_job_stop, or tui_job_poll once done) before w is freed
 * and before any new job starts, so the session's corpus, index and
 * dictionary are never used by two threads at once. */
static void stop_work(struct tui_search *s)
{
	if (!s->work)
		return;
	tui_job_stop(&s->job);
	tui_job_poll(&s->job);
	work_free(s, s->work);
	s->work = NULL;
}

void tui_search_cancel(struct tui *t)
{
	if (!tui_search_running(t))
		return;
	stop_work(&t->search);
	t->search.cancelled = true;
	t->search.generation++;
	tui_search_views_update(t);
}

/* Starts the search of pattern off the UI thread; the search running
 * before it is stopped. Results come with tui_search_poll. */
void tui_search_set(struct tui *t, const char *pattern)
{
	struct tui_search *s = &t->search;
	struct search_work *w;

	stop_work(s);
	clear_results(s);
	tui_search_unmark(t); /* a new search: the last one's pages go plain */
	if (pattern != s->pattern) /* Enter after Esc searches it again */
		snprintf(s->pattern, sizeof s->pattern, "%s", pattern);
	if (!s->pattern[0])
		return;
	w = calloc(1, sizeof *w);
	if (w)
		w->pattern = strdup(s->pattern);
	if (!w || !w->pattern) {
		free(w);
		snprintf(s->error, sizeof s->error, _("не хватает памяти"));
		return;
	}
	w->c = t->c;
	w->flags = s->flags;
	w->corpus = s->corpus;
	w->titles = s->titles;
	w->vocab = s->vocab;
	w->words = s->words;
	w->lemmas = t->opts->lemmas;
	w->dict = s->dict;
	/* no lemmas for lack of the dictionary: said with the list already */
	w->dict.tried = w->dict.tried || t->opts->lemma_note;
	s->work = w;
	tui_job_start(&s->job, work_run, w);
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
	char **slot = grow_room(&s->history, s->history_count, &s->history_cap,
				sizeof *slot, TUI_HISTORY_FIRST);
	/* without memory the query is not remembered; nothing else is lost */
	copy = slot ? strdup(pattern) : NULL;
	if (!copy)
		return;
	*slot = copy;
	s->history_count++;
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
		v->hit_start = doc_src_pos(p, h->byte_start);
		v->hit_end = doc_src_pos(p, h->byte_end);
		tui_reveal(v, row);
	}
	return true;
}

/* Opens h, hit k of a list of n (more: the list was cut), and says so. */
static bool goto_hit(struct tui *t, const struct search_hit *h, size_t k,
		     size_t n, bool more)
{
	if (!tui_search_open_hit(t, h))
		return false;
	tui_message(t, false,
		    _("Совпадение %zu из %zu%s: %s — следующее, %s — "
		      "предыдущее"),
		    k + 1, n, more ? "+" : "", tui_action_key(ACT_NEXT_HIT).s,
		    tui_action_key(ACT_PREV_HIT).s);
	return true;
}

void tui_search_goto(struct tui *t, size_t hit)
{
	struct tui_search *s = &t->search;

	if (!goto_hit(t, &s->res.hits[hit], hit, s->res.count,
		      s->res.truncated))
		return;
	s->current = hit;
	s->have_current = true;
}

void tui_words_goto(struct tui *t, size_t item)
{
	struct tui_search *s = &t->search;

	if (!goto_hit(t, tui_words_item(s, item), item, tui_words_items(s),
		      s->words_res.truncated))
		return;
	s->words_current = item;
	s->words_have_current = true;
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
	/* the phrase found nothing: n and N walk the list by words */
	bool words = !s->res.count && tui_words_items(s);
	size_t n = words ? tui_words_items(s) : s->res.count, next;
	size_t current = words ? s->words_current : s->current;
	bool have_current = words ? s->words_have_current : s->have_current;
	bool wrapped;

	if (!n) {
		if (tui_search_running(t))
			tui_message(t, false, "%s", _("Поиск ещё идёт"));
		else if (s->pattern[0])
			tui_message(t, false, "%s", _("Совпадений нет"));
		else
			tui_message(t, false,
				    _("Сначала найдите что-нибудь: %s"),
				    tui_action_key(ACT_SEARCH).s);
		return;
	}
	if (!have_current)
		next = dir > 0 ? 0 : n - 1;
	else
		next = (current + n + (size_t)(dir > 0 ? 1 : n - 1)) % n;
	wrapped = have_current && n > 1 &&
		  (dir > 0 ? next == 0 : next == n - 1);
	if (words)
		tui_words_goto(t, next);
	else
		tui_search_goto(t, next);
	if (wrapped)
		tui_message(t, false, _("Поиск продолжен с %s (%zu из %zu)"),
			    dir > 0 ? _("начала") : _("конца"), next + 1, n);
}

void tui_search_free(struct tui *t)
{
	struct tui_search *s = &t->search;

	stop_work(s);
	clear_results(s);
	tui_highlight_free(s); /* before the corpus it points into */
	for (size_t i = 0; i < s->history_count; i++)
		free(s->history[i]);
	free(s->history);
	s->history = NULL;
	s->history_count = s->history_cap = 0;
	search_titles_free(s->titles);
	s->titles = NULL;
	tui_words_free(s);
	suggest_words_free(s->vocab);
	s->vocab = NULL;
	corpus_free(s->corpus);
	s->corpus = NULL;
}
