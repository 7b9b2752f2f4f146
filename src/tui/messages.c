/* SPDX-License-Identifier: MIT */
/* messages.c - the status message: set, kept in the message log, drawn so
 * that it fits (wrapped onto a second row, or shortened at a word with
 * «…» and the log's key), and the log view that shows each one whole. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "status.h"
#include "text.h"
#include "tui_int.h"
#include "i18n.h"

/* The newest entry, or NULL when the log is empty. */
static struct tui_log_entry *log_newest(struct tui_log *log)
{
	if (!log->count)
		return NULL;
	return &log->e[(log->first + log->count - 1) % TUI_MESSAGE_LOG];
}

/* Appends the message; the same text again counts as a repeat. A message
 * that cannot be copied for want of memory is still shown, not logged. */
static void log_add(struct tui_log *log, const char *text, bool error)
{
	struct tui_log_entry *e = log_newest(log);

	if (e && e->error == error && strcmp(e->text, text) == 0) {
		e->repeat++;
		e->when = time(NULL);
		return;
	}
	char *copy = strdup(text);

	if (!copy)
		return;
	if (log->count == TUI_MESSAGE_LOG) { /* the oldest goes */
		free(log->e[log->first].text);
		log->first = (log->first + 1) % TUI_MESSAGE_LOG;
		log->count--;
	}
	e = &log->e[(log->first + log->count++) % TUI_MESSAGE_LOG];
	e->text = copy;
	e->error = error;
	e->repeat = 1;
	e->when = time(NULL);
}

void tui_log_free(struct tui_log *log)
{
	for (size_t i = 0; i < log->count; i++)
		free(log->e[(log->first + i) % TUI_MESSAGE_LOG].text);
	*log = (struct tui_log){0};
}

void tui_message(struct tui *t, bool error, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(t->message, sizeof t->message, fmt, ap);
	va_end(ap);
	if (n < 0) {
		t->message[0] = '\0';
		return;
	}
	if ((size_t)n >= sizeof t->message) /* never half a character */
		t->message[utf8_first_invalid(t->message, strlen(t->message))] =
			'\0';
	tui_ascii_str(t->message);
	t->message_error = error;
	log_add(&t->log, t->message, error);
}

/* "…  M сообщения": what ends a shortened message, from column x. */
static void draw_cut_tail(struct tui *t, int y, int x)
{
	x = tui_draw_str(y, x, COLS, "…", t->attr[ST_NORMAL]);
	x = tui_draw_str(y, x, COLS, "  ", A_NORMAL);
	x = tui_draw_str(y, x, COLS, tui_action_key(ACT_MESSAGES).s,
			 t->attr[ST_KEY]);
	x = tui_draw_str(y, x, COLS, " ", A_NORMAL);
	tui_draw_str(y, x, COLS, _(tui_actions[ACT_MESSAGES].bar), A_NORMAL);
}

static size_t cut_tail_width(void)
{
	const char *word = _(tui_actions[ACT_MESSAGES].bar);
	struct tui_key_text k = tui_action_key(ACT_MESSAGES);
	char dots[] = "…";

	tui_ascii_str(dots);
	return text_width(dots, strlen(dots)) + 2 +
	       text_width(k.s, strlen(k.s)) + 1 +
	       text_width(word, strlen(word));
}

/* The rest of the message from s on one row, cut at a word boundary
 * (wrap_lines') and ended by the log's key when it does not fit. */
static void draw_last_row(struct tui *t, int y, const char *s, int attr)
{
	size_t len = strlen(s), tail = cut_tail_width();
	struct wrap_line *lines = NULL;

	if (text_fits(s, len, (size_t)COLS) || (size_t)COLS < tail + 8) {
		tui_draw_str(y, 0, COLS, s, attr);
		return;
	}
	size_t n = wrap_lines(s, len, (size_t)COLS - tail, &lines);

	if (n == (size_t)-1 || n == 0) {
		tui_draw_str(y, 0, COLS, s, attr);
	} else {
		int x = tui_draw_text(y, 0, COLS, s + lines[0].start,
				      lines[0].length, attr);

		draw_cut_tail(t, y, x);
	}
	free(lines);
}

int tui_message_rows(const struct tui *t, int max)
{
	size_t len = strlen(t->message);

	if (!len)
		return 0;
	return max > 1 && !text_fits(t->message, len, (size_t)COLS) ? 2 : 1;
}

void tui_message_draw(struct tui *t, int y_last, int rows)
{
	const char *s = t->message;
	int attr = t->attr[t->message_error ? ST_ERROR : ST_NORMAL];
	struct wrap_line *lines = NULL;
	size_t len = strlen(s), n = 0;

	if (rows > 1 && !text_fits(s, len, (size_t)COLS))
		n = wrap_lines(s, len, (size_t)COLS, &lines);
	if (n == (size_t)-1 || n < 2) { /* one row, or no memory to wrap */
		free(lines);
		move(y_last, 0);
		clrtoeol();
		draw_last_row(t, y_last, s, attr);
		return;
	}
	int shown = n < (size_t)rows ? (int)n : rows;
	int y = y_last - shown + 1;

	for (int i = 0; i < shown; i++, y++) {
		move(y, 0);
		clrtoeol();
		if (i + 1 < shown)
			tui_draw_text(y, 0, COLS, s + lines[i].start,
				      lines[i].length, attr);
		else
			draw_last_row(t, y, s + lines[i].start, attr);
	}
	free(lines);
}

/* ---- the log view ---- */

static void add_entry(struct view *v, const struct tui_log_entry *e)
{
	char when[32] = "", prefix[64];
	struct tm tm;

	if (localtime_r(&e->when, &tm))
		strftime(when, sizeof when, "%H:%M:%S", &tm);
	if (e->repeat > 1)
		snprintf(prefix, sizeof prefix, "%s (%u) ", when, e->repeat);
	else
		snprintf(prefix, sizeof prefix, "%s ", when);
	doc_add(&v->doc, e->error ? ST_ERROR : ST_NORMAL, -1, 0, prefix,
		e->text);
}

static int log_open(struct view *v)
{
	struct tui_log *log = &v->t->log;
	char close[200], intro[200];

	snprintf(intro, sizeof intro,
		 _("Последние %d сообщений внизу строки, целиком; новые "
		   "в конце."),
		 TUI_MESSAGE_LOG);
	tui_doc_title(&v->doc, _("Сообщения"), intro);
	snprintf(close, sizeof close, _("%s, %s или %s — закрыть."),
		 tui_action_key(ACT_QUIT).s, tui_action_key(ACT_CANCEL).s,
		 tui_action_key(ACT_BACK).s);
	doc_add(&v->doc, ST_DIM, -1, 0, NULL, close);
	doc_blank(&v->doc);
	if (!log->count)
		doc_add(&v->doc, ST_DIM, -1, 0, NULL,
			_("Сообщений пока не было."));
	for (size_t i = 0; i < log->count; i++)
		add_entry(v, &log->e[(log->first + i) % TUI_MESSAGE_LOG]);
	/* the newest, at the end, on screen: settle brings top back to the
	 * last screenful */
	v->top = (size_t)-1;
	return HN_OK;
}

static bool log_key(struct view *v, enum tui_action a, int key)
{
	(void)key;
	if (a == ACT_MESSAGES) { /* the key that opened it closes it too */
		tui_back(v->t);
		return true;
	}
	return tui_view_close_key(v, a);
}

static const enum tui_action log_bar[] = {ACT_BACK, ACT_HELP, ACT_NONE};

const struct view_ops tui_messages_ops = {
	.open = log_open,
	.draw = tui_doc_draw,
	.key = log_key,
	.bar = log_bar,
};
