/* SPDX-License-Identifier: MIT */
/* prompt.c - the one-line editor (wide characters, Cyrillic included) and
 * the bottom-line prompts built on it. Prompts are state, not a nested
 * loop, so a resize in the middle of one keeps what was typed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "grow.h"
#include "text.h"
#include "tui_int.h"
#include "i18n.h"

/* Room for need characters; false when there is no memory. */
static bool le_reserve(struct lineedit *le, size_t need)
{
	while (le->cap < need) {
		wchar_t *grown =
			grow_array(le->buf, &le->cap, sizeof *le->buf, 64);

		if (!grown)
			return false;
		le->buf = grown;
	}
	return true;
}

void le_free(struct lineedit *le)
{
	free(le->buf);
	*le = (struct lineedit){0};
}

void le_set(struct lineedit *le, const char *utf8)
{
	size_t len = strlen(utf8), i = 0;

	le->len = 0;
	while (i < len && le->len < LE_MAX && le_reserve(le, le->len + 1)) {
		uint32_t cp;

		i += utf8_decode(utf8 + i, len - i, &cp);
		le->buf[le->len++] = (wchar_t)cp;
	}
	le->cur = le->len;
	le->scroll = 0;
}

void le_get(const struct lineedit *le, char *out, size_t size)
{
	size_t n = 0;
	char tmp[4];

	for (size_t i = 0; i < le->len; i++) {
		size_t k = utf8_encode((uint32_t)le->buf[i], tmp);

		if (n + k + 1 > size)
			break;
		memcpy(out + n, tmp, k);
		n += k;
	}
	if (size)
		out[n] = '\0';
}

/* Word boundaries as readline's: a word is letters and digits. */
static bool le_word_char(wchar_t c)
{
	return iswalnum((wint_t)c) != 0;
}

/* The start of the word before the cursor (Ctrl-W, Alt-B). */
static size_t le_word_back(const struct lineedit *le)
{
	size_t i = le->cur;

	while (i > 0 && !le_word_char(le->buf[i - 1]))
		i--;
	while (i > 0 && le_word_char(le->buf[i - 1]))
		i--;
	return i;
}

/* The end of the word after the cursor (Alt-F). */
static size_t le_word_forward(const struct lineedit *le)
{
	size_t i = le->cur;

	while (i < le->len && !le_word_char(le->buf[i]))
		i++;
	while (i < le->len && le_word_char(le->buf[i]))
		i++;
	return i;
}

/* Ctrl-W: the word before the cursor, and the spaces after it, go. */
static enum le_result le_kill_word(struct lineedit *le)
{
	size_t from = le_word_back(le);

	if (from == le->cur)
		return LE_IGNORED;
	memmove(le->buf + from, le->buf + le->cur,
		(le->len - le->cur) * sizeof le->buf[0]);
	le->len -= le->cur - from;
	le->cur = from;
	return LE_CHANGED;
}

static enum le_result le_edit_key(struct lineedit *le, int key)
{
	switch (key) {
	case TUI_KEY(KEY_BACKSPACE):
	case 127:
	case 8:
		if (le->cur == 0)
			return LE_IGNORED;
		le->cur--;
		/* fall through */
	case TUI_KEY(KEY_DC):
		if (le->cur >= le->len)
			return LE_IGNORED;
		memmove(le->buf + le->cur, le->buf + le->cur + 1,
			(le->len - le->cur - 1) * sizeof le->buf[0]);
		le->len--;
		return LE_CHANGED;
	case TUI_CTRL('u'):
		memmove(le->buf, le->buf + le->cur,
			(le->len - le->cur) * sizeof le->buf[0]);
		le->len -= le->cur;
		le->cur = 0;
		return LE_CHANGED;
	case TUI_CTRL('k'):
		le->len = le->cur;
		return LE_CHANGED;
	case TUI_CTRL('w'):
		return le_kill_word(le);
	}
	return LE_IGNORED;
}

/* Inserts n characters at the cursor, or none when they do not fit. */
static enum le_result le_insert(struct lineedit *le, const wchar_t *chars,
				size_t n)
{
	if (n == 0)
		return LE_IGNORED;
	if (n > LE_MAX - le->len || !le_reserve(le, le->len + n))
		return LE_FULL;
	memmove(le->buf + le->cur + n, le->buf + le->cur,
		(le->len - le->cur) * sizeof le->buf[0]);
	memcpy(le->buf + le->cur, chars, n * sizeof *chars);
	le->cur += n;
	le->len += n;
	return LE_CHANGED;
}

/* The last paste as one line: a line break (CRLF too) or a tab is a
 * space, other controls and bytes that are not UTF-8 are dropped. */
static enum le_result le_paste(struct lineedit *le)
{
	size_t len, n = 0;
	bool too_long;
	const char *s = term_paste(&len, &too_long);
	wchar_t *chars = too_long ? NULL : malloc((len + 1) * sizeof *chars);

	if (!chars)
		return LE_FULL;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, len - i, &cp);
		bool crlf = cp == '\r' && i + 1 < len && s[i + 1] == '\n';

		i += k;
		if (cp == '\n' || cp == '\t' || (cp == '\r' && !crlf))
			chars[n++] = L' ';
		else if (!(cp == 0xFFFD && k == 1) && text_char_width(cp) >= 0)
			chars[n++] = (wchar_t)cp;
	}
	enum le_result r = le_insert(le, chars, n);

	free(chars);
	return r;
}

void le_say_full(struct tui *t, int key)
{
	if (key == TUI_KEY_PASTE)
		tui_message(t, true,
			    _("Вставка слишком длинная: в строке помещается "
			      "не больше %d символов; ничего не вставлено"),
			    LE_MAX);
	else
		tui_message(t, true,
			    _("В строке помещается не больше %d символов"),
			    LE_MAX);
}

bool le_key_is_enter(int key)
{
	return key == '\n' || key == '\r' || key == TUI_KEY(KEY_ENTER);
}

enum le_result le_key(struct lineedit *le, int key)
{
	if (le_key_is_enter(key))
		return LE_ENTER;
	switch (key) {
	case 27:
	case TUI_CTRL('g'):
		return LE_CANCEL;
	case TUI_KEY(KEY_LEFT):
		le->cur -= le->cur > 0;
		return LE_MOVED;
	case TUI_KEY(KEY_RIGHT):
		le->cur += le->cur < le->len;
		return LE_MOVED;
	case TUI_KEY(KEY_HOME):
	case TUI_CTRL('a'):
		le->cur = 0;
		return LE_MOVED;
	case TUI_KEY(KEY_END):
	case TUI_CTRL('e'):
		le->cur = le->len;
		return LE_MOVED;
	case TUI_KEY_ALT_B:
		le->cur = le_word_back(le);
		return LE_MOVED;
	case TUI_KEY_ALT_F:
		le->cur = le_word_forward(le);
		return LE_MOVED;
	}
	if (key == TUI_KEY_PASTE)
		return le_paste(le);
	if (key >= TUI_KEYCODE || key < 32 || key == 127)
		return le_edit_key(le, key);
	if (text_char_width((uint32_t)key) < 0)
		return LE_IGNORED;
	wchar_t c = (wchar_t)key;

	return le_insert(le, &c, 1);
}

static int wcol(wchar_t c)
{
	int w = text_char_width((uint32_t)c);

	return w < 0 ? 1 : w;
}

int le_draw(struct lineedit *le, int y, int x, int width, size_t mark_col)
{
	int used = 0, cx = x;

	if (width < 2)
		width = 2;
	if (le->scroll > le->cur)
		le->scroll = le->cur;
	for (;;) {
		int w = 0;

		for (size_t i = le->scroll; i < le->cur; i++)
			w += wcol(le->buf[i]);
		if (w < width || le->scroll >= le->cur)
			break;
		le->scroll++;
	}
	move(y, x);
	for (size_t i = le->scroll; i <= le->len; i++) {
		bool mark = mark_col && i + 1 == mark_col;
		wchar_t c = i < le->len ? le->buf[i] : L' ';
		int w = wcol(c);

		if (i == le->cur)
			cx = x + used;
		if (used + w > width || (i == le->len && !mark))
			break;
		attrset(mark ? A_REVERSE | A_UNDERLINE : A_NORMAL);
		addnwstr(&c, 1);
		used += w;
	}
	attrset(A_NORMAL);
	return cx;
}

void tui_prompt_line(struct tui *t, const char *label, const char *initial,
		     prompt_done_fn done, void *ctx)
{
	struct prompt *p = &t->prompt;
	struct lineedit le = p->le; /* its buffer serves the next prompt */

	memset(p, 0, sizeof *p);
	p->le = le;
	p->active = true;
	p->kind = PROMPT_LINE;
	snprintf(p->label, sizeof p->label, "%s", label);
	tui_ascii_str(p->label);
	le_set(&p->le, initial ? initial : "");
	p->done = done;
	p->ctx = ctx;
}

void tui_prompt_yesno(struct tui *t, const char *question, prompt_done_fn done,
		      void *ctx)
{
	tui_prompt_line(t, question, "", done, ctx);
	t->prompt.kind = PROMPT_YESNO;
}

void tui_prompt_settle(struct tui *t)
{
	struct prompt *p = &t->prompt;

	if (!p->active || !p->change_pending)
		return;
	p->change_pending = false;
	if (p->change) {
		char text[LE_MAX_BYTES];

		le_get(&p->le, text, sizeof text);
		p->change(t, text, p->ctx);
	}
}

static void prompt_finish(struct tui *t, bool ok)
{
	struct prompt *p = &t->prompt;
	char text[LE_MAX_BYTES];

	tui_prompt_settle(t);
	le_get(&p->le, text, sizeof text);
	p->active = false;
	if (p->done)
		p->done(t, ok, text, p->ctx);
}

/* The answers are the keymap TUI_ANSWERS; the key that closes a prompt
 * says no too. A hook (the quit question's "save first") sees the key
 * first. */
static void yesno_key(struct tui *t, int key)
{
	struct prompt *p = &t->prompt;
	enum tui_answer a = tui_answer_for_key(key);

	if (p->hook && p->hook(t, key, p->ctx))
		return;
	if (a == ANSWER_YES)
		prompt_finish(t, true);
	else if (a == ANSWER_NO || tui_action_is(ACT_CANCEL, key))
		prompt_finish(t, false);
}

void tui_prompt_key(struct tui *t, int key)
{
	struct prompt *p = &t->prompt;

	if (p->kind == PROMPT_YESNO) {
		yesno_key(t, key);
		return;
	}
	if (p->hook && p->hook(t, key, p->ctx))
		return;
	switch (le_key(&p->le, key)) {
	case LE_ENTER:
		prompt_finish(t, true);
		break;
	case LE_CANCEL:
		prompt_finish(t, false);
		break;
	case LE_FULL:
		le_say_full(t, key);
		break;
	case LE_CHANGED:
		p->mark_col = 0;
		p->change_pending = true;
		break;
	default:
		break;
	}
}

/* A question wider than the screen, wrapped over the last lines (its end
 * and the hint kept when even those do not fit). */
static void draw_wrapped_question(struct tui *t, const char *hint)
{
	struct prompt *p = &t->prompt;
	char text[sizeof p->label + ANSWER_HINT];
	struct wrap_line *lines = NULL;

	snprintf(text, sizeof text, "%s%s", p->label, hint);
	size_t n = wrap_lines(text, strlen(text), (size_t)COLS, &lines);

	if (n == (size_t)-1)
		return;
	/* the end of the question (and its hint) on the last lines */
	size_t first = n > (size_t)LINES ? n - (size_t)LINES : 0;
	int y = LINES - (int)(n - first);

	for (size_t i = first; i < n; i++, y++) {
		move(y, 0);
		clrtoeol();
		tui_draw_text(y, 0, COLS, text + lines[i].start,
			      lines[i].length, t->attr[ST_KEY]);
	}
	free(lines);
	t->cur_y = LINES - 1;
	t->cur_x = COLS - 1;
}

void tui_prompt_draw(struct tui *t)
{
	struct prompt *p = &t->prompt;
	int y = LINES - 1;
	int x = tui_draw_str(y, 0, COLS, p->label, t->attr[ST_KEY]);

	if (p->kind == PROMPT_YESNO) {
		char hint[ANSWER_HINT];

		tui_answer_hint(hint, sizeof hint);
		if (text_width(p->label, strlen(p->label)) +
			    text_width(hint, strlen(hint)) >
		    (size_t)COLS) {
			draw_wrapped_question(t, hint);
			return;
		}
		x = tui_draw_str(y, x, COLS, hint, t->attr[ST_KEY]);
		t->cur_y = y;
		t->cur_x = x < COLS ? x : COLS - 1;
		return;
	}
	if (x > COLS / 2)
		x = COLS / 2;
	t->cur_y = y;
	t->cur_x = le_draw(&p->le, y, x, COLS - x - 1, p->mark_col);
}

void tui_prompt_draw_small(struct tui *t)
{
	char hint[ANSWER_HINT];

	if (t->prompt.kind != PROMPT_YESNO) {
		tui_prompt_draw(t);
		return;
	}
	tui_answer_hint(hint, sizeof hint);
	draw_wrapped_question(t, hint);
}
