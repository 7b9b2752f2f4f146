/* SPDX-License-Identifier: MIT */
/* view_search.c - the search view: the prompt at the bottom and, updated
 * as the user types, the number of hits and a list of them, each with its
 * path and the line around the match. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "phone.h"
#include "search_group.h"
#include "status.h"
#include "text.h"
#include "tui_int.h"
#include "i18n.h"

/* A phone number typed as a pattern shows its card, and "+7 ..." is no
 * pattern error then. */
static bool is_number(const char *pattern)
{
	struct phone_query q;
	return phone_parse(pattern, &q) == HN_OK;
}

enum { SNIPPET_INDENT = 4 };

struct search_view {
	struct arena *card; /* the blocks of a number's card, or NULL */
	/* the history slot shown: history_count is the line being edited,
	 * kept in typed (owned, or NULL) while older queries are shown */
	size_t history_pos;
	char *typed;
	int suggestion_item; /* -1 when none */
	int first_hit_item;
};

static const char *plural(size_t n)
{
	return search_hits_word(n);
}

/* A snippet longer than the line: cut at a whole character, with «…»
 * where it was cut, as at its start. Returns the bytes before that «…». */
static size_t cut_to_width(struct sbuf *b, size_t cols)
{
	size_t len = b->s ? strlen(b->s) : 0;

	if (!len || text_width(b->s, len) <= cols)
		return len;
	b->s[text_fit(b->s, len, cols - 1)] = '\0';
	b->len = strlen(b->s);
	len = b->len;
	sb_add(b, "…");
	return len;
}

/* The field's text from a little before the match, on one line. */
void tui_search_snippet(struct view *v, int item, const struct text_field *f,
			const struct search_hit *h)
{
	size_t start = h->byte_start, back = 0;
	size_t before = COLS / 4 < 25 ? (size_t)(COLS / 4) : 25;
	struct sbuf b = {0};

	while (start > 0 && back < before) {
		start--;
		if (((unsigned char)f->text[start] & 0xC0) != 0x80)
			back++;
	}
	/* Begin at a word, not inside one, when a space allows it. */
	for (size_t i = start; start > 0 && i < h->byte_start; i++)
		if (f->text[i] == ' ') {
			start = i + 1;
			break;
		}
	/* Only what one line can show: a long field is not copied whole. */
	size_t end = h->byte_start + 4 * (size_t)COLS;
	if (end >= f->length)
		end = f->length;
	while (end < f->length && ((unsigned char)f->text[end] & 0xC0) == 0x80)
		end++;
	if (start > 0)
		sb_add(&b, "…");
	sb_addf(&b, "%.*s", (int)(end - start), f->text + start);
	for (char *p = b.s; p && *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	/* the doc keeps its last column free (doc.c, layout_par) */
	size_t shown = cut_to_width(
		&b, COLS > SNIPPET_INDENT + 2 ? COLS - SNIPPET_INDENT - 1 : 1);
	struct doc_par *p = doc_add(&v->doc, ST_NORMAL, item, SNIPPET_INDENT,
				    NULL, b.s ? b.s : "");
	if (p) {
		p->nowrap = true;
		/* its highlights are the row's hits (the corpus outlives the
		 * list); spaces for line breaks keep every offset */
		p->src = f->text;
		p->src_from = start;
		p->src_off = start > 0 ? strlen("…") : 0;
		p->tail_off = shown; /* the «…» of a cut is no text of it */
	}
	sb_free(&b);
}

static void add_hits(struct view *v)
{
	const struct tui_search *s = &v->t->search;
	struct search_view *sv = v->priv;

	struct search_node_count *counts = NULL;

	sv->first_hit_item = v->doc.nitems;
	/* without memory for the counts the labels go without them */
	if (search_node_counts(s->corpus, &s->res, &counts) != HN_OK)
		counts = NULL;
	for (size_t i = 0; i < s->res.count; i++) {
		const struct search_hit *h = &s->res.hits[i];
		struct text_field field = corpus_field(s->corpus, h->row);
		const struct text_field *f = &field;
		int item = doc_new_item(&v->doc);
		char *label = search_label(s->titles, s->corpus, h->row);
		char *counted = search_group_label(label ? label : f->path,
						   counts ? &counts[i] : NULL);

		doc_add(&v->doc, ST_HEADING, item, 1, NULL,
			counted ? counted
			: label ? label
				: f->path);
		free(counted);
		free(label);
		tui_search_snippet(v, item, f, h);
	}
	free(counts);
}

/* The pattern's fault, and where the prompt marks it; a forgiven one
 * (s->plain) says the text is searched as it is. */
static void add_error(struct view *v, const char *what, enum tui_style st)
{
	const struct tui_search *s = &v->t->search;
	char where[100] = "", buf[700];

	if (s->error_col)
		snprintf(where, sizeof where,
			 _(" (символ %zu отмечен в строке поиска)"),
			 s->error_col);
	snprintf(buf, sizeof buf, "%s%s: %s%s", what, where, s->error,
		 s->plain ? _(" — ищу как обычный текст") : "");
	doc_add(&v->doc, st, -1, 0, NULL, buf);
}

static void add_summary(struct view *v)
{
	const struct tui_search *s = &v->t->search;
	struct search_view *sv = v->priv;
	char buf[700];

	sv->suggestion_item = -1;
	if (s->error[0] && !s->plain && is_number(s->pattern))
		return;
	if (s->error[0] && !s->plain) {
		add_error(v, _("Ошибка в шаблоне"), ST_ERROR);
		return;
	}
	if (s->plain && !is_number(s->pattern))
		add_error(v, _("в шаблоне ошибка"), ST_WARN);
	if (!s->pattern[0]) {
		doc_add(&v->doc, ST_DIM, -1, 0, NULL,
			s->flags & SEARCH_CASE_SENSITIVE
				? _("Введите слово или регулярное выражение. "
				    "Заглавные и строчные буквы различаются; "
				    "е и ё — нет.")
				: _("Введите слово или регулярное выражение. "
				    "Регистр не важен; е и ё не различаются."));
		return;
	}
	if (tui_search_running(v->t) || s->cancelled) {
		snprintf(buf, sizeof buf, "«%.300s»: %s", s->pattern,
			 s->cancelled ? _("поиск остановлен") : _("ищу…"));
		doc_add(&v->doc, ST_DIM, -1, 0, NULL, buf);
		return;
	}
	snprintf(buf, sizeof buf, "«%.300s»: %zu%s %s", s->pattern,
		 s->res.count, s->res.truncated ? "+" : "",
		 plural(s->res.count));
	doc_add(&v->doc, ST_TITLE, -1, 0, NULL, buf);
	if (s->caseless_hits) {
		snprintf(buf, sizeof buf,
			 _("Заглавные и строчные сейчас различаются; без этого "
			   "нашлось бы %zu%s %s — %s"),
			 s->caseless_hits,
			 s->caseless_hits >= TUI_MAX_SUGGEST_HITS ? "+" : "",
			 plural(s->caseless_hits),
			 tui_action_key(ACT_SEARCH_CASE).s);
		doc_add(&v->doc, ST_WARN, -1, 0, NULL, buf);
	}
	if (s->suggestion) {
		sv->suggestion_item = doc_new_item(&v->doc);
		struct tui_key_text key = tui_action_key(ACT_SUGGEST);
		const char *more = s->suggestion_at_least ? "+" : "";

		/* Enter takes only the one reading found */
		if (s->suggestion_sure)
			snprintf(buf, sizeof buf,
				 _("Может быть, «%s»? %zu%s %s — %s "
				   "или %s в строке поиска"),
				 s->suggestion, s->suggestion_hits, more,
				 plural(s->suggestion_hits),
				 tui_action_key(ACT_OPEN).s, key.s);
		else
			snprintf(buf, sizeof buf,
				 _("Может быть, «%s»? %zu%s %s — %s в строке "
				   "поиска"),
				 s->suggestion, s->suggestion_hits, more,
				 plural(s->suggestion_hits), key.s);
		doc_add(&v->doc, ST_WARN, sv->suggestion_item, 1, NULL, buf);
	}
}

static int search_open(struct view *v)
{
	if (!v->priv) {
		v->priv = calloc(1, sizeof(struct search_view));
		if (!v->priv)
			return HN_NOMEM;
	}
	struct search_view *sv = v->priv;
	add_summary(v);
	doc_blank(&v->doc);
	if (tui_doc_number(v->t, &v->doc, v->t->search.pattern, true,
			   &sv->card))
		doc_blank(&v->doc);
	add_hits(v);
	tui_words_add(v);
	return HN_OK;
}

static void search_draw(struct view *v)
{
	/* The snippets are cut for the width: a resize rebuilds them. */
	if (v->doc.width > 0 && v->doc.width != COLS) {
		doc_clear(&v->doc);
		search_open(v);
	}
	tui_doc_draw(v);
}

static void use_suggestion(struct tui *t)
{
	struct search_view *sv = tui_current(t)->priv;

	char *s = t->search.suggestion ? strdup(t->search.suggestion) : NULL;

	if (!s)
		return;
	le_set(&t->prompt.le, s);
	tui_search_set(t, s);
	free(s);
	if (sv)
		sv->suggestion_item = -1;
	tui_current(t)->stale = true;
	tui_current(t)->sel = -1;
	tui_current(t)->top = 0;
}

/* After the search changed: the fault marked, the list rebuilt. */
static void on_settled(struct tui *t, struct view *v)
{
	snprintf(t->prompt.status, sizeof t->prompt.status, "%s",
		 tui_search_running(t) ? _("ищу…") : "");
	t->prompt.mark_col = t->search.error_col;
	if ((t->search.error[0] && !t->search.error_col) ||
	    is_number(t->search.pattern))
		t->prompt.mark_col = 0;
	v->stale = true;
	v->top = 0;
	v->sel = -1;
}

static void on_change(struct tui *t, const char *text, void *ctx)
{
	tui_search_set(t, text);
	on_settled(t, ctx);
}

/* The prompt's label says when case matters. */
static void set_label(struct tui *t)
{
	snprintf(t->prompt.label, sizeof t->prompt.label, "%s",
		 t->search.flags & SEARCH_CASE_SENSITIVE ? _("Поиск [Аа]: ")
							 : _("Поиск: "));
}

/* The list rebuilt, its first hit (or the suggestion) selected. */
static void select_first(struct tui *t, struct view *v)
{
	struct search_view *sv = v->priv;

	if (v->stale) { /* items are counted on the rebuilt list */
		v->stale = false;
		doc_clear(&v->doc);
		v->ops->open(v);
	}
	v->sel = t->search.res.count         ? sv->first_hit_item
		 : t->search.words_res.count ? t->search.words_first_item
					     : -1;
	if (sv->suggestion_item >= 0)
		v->sel = sv->suggestion_item;
}

void tui_search_views_update(struct tui *t)
{
	struct view *cur = tui_current(t);

	for (size_t i = 0; i < t->depth + t->fwd_depth; i++) {
		struct view *v = i < t->depth ? t->back[i]
					      : t->fwd[i - t->depth];

		if (v->ops == &tui_search_ops)
			on_settled(t, v);
	}
	/* typed and Enter pressed before the results came */
	if (cur->ops == &tui_search_ops && !t->prompt.active && cur->priv)
		select_first(t, cur);
	snprintf(t->prompt.status, sizeof t->prompt.status, "%s",
		 tui_search_running(t) ? _("ищу…") : "");
}

/* Esc while a search runs stops it; what was typed stays. */
static void cancel_search(struct tui *t)
{
	tui_search_cancel(t);
	tui_message(t, false, _("Поиск остановлен: %s — искать снова"),
		    tui_action_key(ACT_OPEN).s);
}

static void prompt(struct tui *t, struct view *v, const char *initial);

/* A finished search of a query that gave nothing to open: no hits, no
 * words, no suggestion, no fault to read. */
static bool nothing_found(const struct tui *t)
{
	const struct tui_search *s = &t->search;

	return s->pattern[0] && !tui_search_running(t) && !s->cancelled &&
	       !s->res.count && !s->words_res.count && !s->suggestion &&
	       !s->error[0] && !is_number(s->pattern);
}

static void on_done(struct tui *t, bool ok, const char *text, void *ctx)
{
	struct view *v = ctx;
	struct search_view *sv = v->priv;

	if (!ok && !text[0]) {
		tui_back(t);
		return;
	}
	tui_search_history_add(t, text);
	sv->history_pos = t->search.history_count;
	/* nothing at all to go to: the line stays open to be changed, not
	 * closed on an empty list */
	if (ok && nothing_found(t)) {
		prompt(t, v, text);
		on_settled(t, v);
		tui_message(t, false,
			    _("Ничего не найдено: измените запрос; %s — "
			      "закрыть строку"),
			    tui_action_key(ACT_CANCEL).s);
		return;
	}
	select_first(t, v);
	if (t->search.error[0] && !t->search.plain && !is_number(text))
		tui_message(t, true, _("Ошибка в шаблоне: %s (%s — исправить)"),
			    t->search.error, tui_action_key(ACT_SEARCH).s);
}

/* One step back (-1) or forward (1) in the history, as readline does:
 * the line being edited is the newest slot, kept while older queries are
 * shown and brought back past them; at either end nothing changes. */
static void walk_history(struct tui *t, struct view *v, int dir)
{
	struct search_view *sv = v->priv;
	const struct tui_search *s = &t->search;
	size_t n = s->history_count;

	if (dir < 0 ? sv->history_pos == 0 : sv->history_pos >= n)
		return;
	if (sv->history_pos == n) {
		char text[LE_MAX_BYTES];

		le_get(&t->prompt.le, text, sizeof text);
		free(sv->typed);
		sv->typed = strdup(text);
		if (!sv->typed) /* leaving the line would lose it */
			return;
	}
	sv->history_pos = dir < 0 ? sv->history_pos - 1 : sv->history_pos + 1;
	const char *line = sv->history_pos < n ? s->history[sv->history_pos]
					       : sv->typed;

	le_set(&t->prompt.le, line);
	on_change(t, line, v);
}

/* The keys of ACT_HISTORY walk the history (back with the first),
 * ACT_SUGGEST takes the wrong-layout suggestion. */
static bool on_hook(struct tui *t, int key, void *ctx)
{
	struct view *v = ctx;
	struct tui_search *s = &t->search;

	if (tui_action_is(ACT_SUGGEST, key)) {
		use_suggestion(t);
		return true;
	}
	if (tui_action_for_key(key) == ACT_CANCEL && tui_search_running(t)) {
		cancel_search(t);
		return true;
	}
	if (tui_action_for_key(key) == ACT_SEARCH_CASE) {
		tui_search_toggle_case(t);
		set_label(t);
		on_settled(t, v);
		return true;
	}
	/* nothing found, one reading that finds something: Enter takes it */
	if (le_key_is_enter(key)) {
		tui_prompt_settle(t); /* the search of what was typed */
		if (s->cancelled) /* stopped with Esc: Enter searches again */
			on_change(t, s->pattern, v);
		if (!s->res.count && s->suggestion && s->suggestion_sure)
			use_suggestion(t);
		return false; /* and Enter closes the prompt */
	}
	if (!tui_action_is(ACT_HISTORY, key))
		return false;
	walk_history(t, v, key == tui_actions[ACT_HISTORY].keys[0] ? -1 : 1);
	return true;
}

static void prompt(struct tui *t, struct view *v, const char *initial)
{
	struct search_view *sv = v->priv;

	sv->history_pos = t->search.history_count;
	free(sv->typed);
	sv->typed = NULL;
	tui_prompt_line(t, "", initial, on_done, v);
	set_label(t);
	t->prompt.change = on_change;
	t->prompt.hook = on_hook;
	t->prompt.mark_col = t->search.error_col;
}

void tui_search_start(struct tui *t)
{
	struct view *v = tui_current(t);

	/* empty: typing starts a new query (the history brings the last one
	 * back); until then the last search stands, so Esc on the empty
	 * prompt leaves it as it was, its n and N and its highlights */
	if (v->ops == &tui_search_ops) {
		prompt(t, v, "");
		return;
	}
	v = tui_open_view(t, &tui_search_ops, _("Поиск"));
	if (v)
		prompt(t, v, "");
}

static bool search_key(struct view *v, enum tui_action a, int key)
{
	struct search_view *sv = v->priv;
	const struct tui_search *s = &v->t->search;

	(void)key;
	if (a == ACT_CANCEL && tui_search_running(v->t)) {
		cancel_search(v->t);
		return true;
	}
	if (a == ACT_SEARCH) {
		prompt(v->t, v, "");
		return true;
	}
	if (a != ACT_OPEN)
		return false;
	if (v->sel >= 0 && v->sel == sv->suggestion_item) {
		prompt(v->t, v, s->pattern);
		use_suggestion(v->t);
		return true;
	}
	if (tui_words_open(v->t, v->sel))
		return true;
	if (v->sel < sv->first_hit_item || !s->res.count) {
		tui_message(v->t, false, _("Выберите совпадение стрелками"));
		return true;
	}
	tui_search_goto(v->t, (size_t)(v->sel - sv->first_hit_item));
	return true;
}

static void search_close(struct view *v)
{
	struct search_view *sv = v->priv;

	if (sv) {
		arena_free(sv->card);
		free(sv->typed);
	}
	free(sv);
}

static const enum tui_action search_bar[] = {ACT_OPEN, ACT_SEARCH, ACT_NEXT_HIT,
					     ACT_BACK, ACT_HELP,   ACT_QUIT,
					     ACT_NONE};

const struct view_ops tui_search_ops = {
	.open = search_open,
	.draw = search_draw,
	.key = search_key,
	.close = search_close,
	.bar = search_bar,
	.list = true,
};
