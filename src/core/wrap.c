/* SPDX-License-Identifier: MIT */
/* wrap.c - greedy word wrapping by display width, in one pass.
 *
 * A first pass finds the groups whose inner spaces must not break a line
 * («quoted names» and phone numbers); the second pass walks the characters
 * once, remembering the last place a line may end. */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "text.h"

struct group {
	size_t start, end; /* bytes */
	bool fits;         /* the whole group fits one line */
};

struct group_list {
	struct group *items;
	size_t count, cap;
	bool failed;
};

static void group_add(struct group_list *g, const char *text, size_t start,
		      size_t end, size_t width)
{
	struct group *slot =
		grow_room(&g->items, g->count, &g->cap, sizeof *slot, 16);

	if (!slot) {
		g->failed = true;
		return;
	}
	slot->start = start;
	slot->end = end;
	slot->fits = text_width(text + start, end - start) <= width;
	g->count++;
}

/* «...» with nesting; an unclosed quote protects nothing. */
static void find_quotes(const char *text, size_t len, size_t width,
			struct group_list *g)
{
	size_t i, open = 0;
	unsigned depth = 0;

	for (i = 0; i + 1 < len; i++) {
		if (text[i] == '\n') {
			depth = 0;
		} else if (text[i] == '\xC2' && text[i + 1] == '\xAB') {
			if (depth++ == 0)
				open = i;
		} else if (text[i] == '\xC2' && text[i + 1] == '\xBB' &&
			   depth) {
			if (--depth == 0)
				group_add(g, text, open, i + 2, width);
		}
	}
}

static bool is_phone_char(char c)
{
	return (c >= '0' && c <= '9') || c == '+' || c == '(' || c == ')' ||
	       c == '-';
}

/* Classifies the token [s, e): returns its digit count if it can be part of
 * a phone number, else -1. *last is set when trailing punctuation ends the
 * number. */
static int phone_token(const char *s, size_t n, bool first, bool *last)
{
	size_t i, core = n;
	int digits = 0;

	while (core > 0 && strchr(".,;:!?", s[core - 1]))
		core--;
	*last = core < n;
	if (core == 0)
		return -1;
	for (i = 0; i < core; i++) {
		if (!is_phone_char(s[i]) || (s[i] == '+' && (i || !first)))
			return -1;
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
	}
	return digits ? digits : -1;
}

/* Runs of phone tokens joined by single spaces: "+7 495 232-10-00". At
 * most 15 digits (the longest international number). */
static void find_phones(const char *text, size_t len, size_t width,
			struct group_list *g)
{
	size_t i = 0, run_start = 0, run_end = 0;
	int run_digits = 0, tokens = 0;

	while (i <= len) {
		size_t s = i, e = i;
		bool last = false;
		int d;

		while (e < len && text[e] != ' ' && text[e] != '\n')
			e++;
		d = e > s ? phone_token(text + s, e - s, tokens == 0, &last)
			  : -1;
		if (d > 0 && tokens > 0 &&
		    (s != run_end + 1 || run_digits + d > 15)) {
			if (tokens >= 2 && run_digits >= 6)
				group_add(g, text, run_start, run_end, width);
			tokens = 0;
			d = phone_token(text + s, e - s, true, &last);
		}
		if (d > 0) {
			if (tokens == 0) {
				run_start = s;
				run_digits = 0;
			}
			run_digits += d;
			run_end = e;
			tokens++;
		}
		if (d <= 0 || last || e >= len || text[e] == '\n') {
			if (tokens >= 2 && run_digits >= 6)
				group_add(g, text, run_start, run_end, width);
			tokens = 0;
		}
		i = e + 1;
	}
}

struct wrapper {
	const char *text;
	size_t width;
	struct wrap_line *lines;
	size_t count, cap;
	bool failed;
	/* the line being built; widths are relative to its start */
	size_t start, line_w;
	size_t content_end, content_w; /* after the last non-space */
	bool in_spaces, has_cand;
	size_t cand_end, cand_end_w, cand_next, cand_next_w;
};

static void emit(struct wrapper *w, size_t end, size_t width)
{
	struct wrap_line *l =
		grow_room(&w->lines, w->count, &w->cap, sizeof *l, 16);

	if (!l) {
		w->failed = true;
		return;
	}
	l->start = w->start;
	l->length = end - w->start;
	l->width = width;
	w->count++;
}

static void new_line(struct wrapper *w, size_t start)
{
	w->start = start;
	w->line_w = 0;
	w->content_end = start;
	w->content_w = 0;
	w->in_spaces = false;
	w->has_cand = false;
}

static void put_space(struct wrapper *w)
{
	if (!w->in_spaces && w->content_end > w->start) {
		w->cand_end = w->content_end;
		w->cand_end_w = w->content_w;
	}
	w->in_spaces = true;
	w->line_w++;
}

static void put_char(struct wrapper *w, size_t pos, size_t n, size_t cw)
{
	if (w->in_spaces && w->content_end > w->start) {
		w->has_cand = true;
		w->cand_next = pos;
		w->cand_next_w = w->line_w;
	}
	w->in_spaces = false;
	if (w->line_w + cw > w->width && pos > w->start && w->has_cand) {
		size_t shift = w->cand_next_w;

		emit(w, w->cand_end, w->cand_end_w);
		w->start = w->cand_next;
		w->line_w -= shift;
		w->has_cand = false;
		if (w->content_end < w->start) {
			w->content_end = w->start;
			w->content_w = 0;
		} else {
			w->content_w -= shift;
		}
	}
	/* a word wider than the line: split before this character */
	if (w->line_w + cw > w->width && pos > w->start) {
		emit(w, w->content_end, w->content_w);
		new_line(w, pos);
	}
	w->line_w += cw;
	w->content_end = pos + n;
	w->content_w = w->line_w;
}

static bool protected_at(struct group_list *g, size_t *cur, size_t pos)
{
	while (*cur < g->count && g->items[*cur].end <= pos)
		(*cur)++;
	return *cur < g->count && g->items[*cur].start <= pos &&
	       g->items[*cur].fits;
}

static void wrap_pass(struct wrapper *w, size_t len, struct group_list *q,
		      struct group_list *p)
{
	size_t pos = 0, qi = 0, pi = 0;

	new_line(w, 0);
	while (pos < len && !w->failed) {
		const char *s = w->text + pos;
		uint32_t cp;
		size_t n;
		int cw;

		if (*s == '\n') {
			emit(w, w->content_end, w->content_w);
			new_line(w, ++pos);
			continue;
		}
		if ((*s == ' ' || *s == '\t') && !protected_at(q, &qi, pos) &&
		    !protected_at(p, &pi, pos)) {
			put_space(w);
			pos++;
			continue;
		}
		n = utf8_decode(s, len - pos, &cp);
		cw = text_char_width(cp);
		/* a mark on a space stays with the space */
		if (cw == 0 && w->in_spaces) {
			pos += n;
			continue;
		}
		put_char(w, pos, n, cw < 0 ? 1 : (size_t)cw);
		pos += n;
	}
	if (w->start < len)
		emit(w, w->content_end, w->content_w);
}

size_t wrap_lines(const char *text, size_t len, size_t width,
		  struct wrap_line **lines)
{
	struct group_list quotes = {0}, phones = {0};
	struct wrapper w = {0};

	*lines = NULL;
	if (width == 0)
		width = 1;
	w.text = text;
	w.width = width;
	find_quotes(text, len, width, &quotes);
	find_phones(text, len, width, &phones);
	if (!quotes.failed && !phones.failed)
		wrap_pass(&w, len, &quotes, &phones);
	free(quotes.items);
	free(phones.items);
	if (quotes.failed || phones.failed || w.failed) {
		free(w.lines);
		return (size_t)-1;
	}
	*lines = w.lines;
	return w.count;
}
