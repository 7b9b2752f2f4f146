/* SPDX-License-Identifier: MIT */
/* input.c - reading keys: UTF-8 is decoded here, not by curses, so that a
 * stray byte (a KOI8-R terminal, pasted binary) is dropped with a bell and
 * cannot jam what comes after it; bracketed paste arrives as one piece;
 * Esc followed at once by a key is Alt, not Esc. */
#include <stdlib.h>

#include "grow.h"
#include "text.h"
#include "tui_int.h"

/* Curses codes for the bracketed paste marks (define_key). */
enum { PASTE_BEGIN = KEY_MAX + 1, PASTE_END = KEY_MAX + 2 };

enum {
	/* the rest of a character comes with its first byte */
	CONT_WAIT_MS = 50,
	/* a paste whose end mark does not come ends after this pause */
	PASTE_WAIT_MS = 1000,
	/* more than any editor takes (LE_MAX characters of 4 bytes) */
	PASTE_MAX_BYTES = LE_MAX * 4 + 4,
	/* an escape sequence curses does not know is skipped up to this */
	SEQ_MAX_BYTES = 32,
};

static struct {
	char *text;
	size_t len, cap;
	bool too_long;
} paste;

void term_input_start(void)
{
	define_key("\033[200~", PASTE_BEGIN);
	define_key("\033[201~", PASTE_END);
}

void term_input_stop(void)
{
	free(paste.text);
	paste.text = NULL;
	paste.len = paste.cap = 0;
}

/* The next input within ms milliseconds, or ERR. */
static int next_input(int ms)
{
	timeout(ms);
	int c = getch();
	timeout(-1);
	return c;
}

static int utf8_length(int lead)
{
	if (lead >= 0xC2 && lead <= 0xDF)
		return 2;
	if (lead >= 0xE0 && lead <= 0xEF)
		return 3;
	if (lead >= 0xF0 && lead <= 0xF4)
		return 4;
	return 0;
}

/* The character that lead (a byte >= 0x80) starts, or -1 when the bytes
 * are not UTF-8; an input that cannot continue it is put back, to be
 * read as the next key. */
static int read_char(int lead)
{
	int n = utf8_length(lead);
	char b[4] = {(char)lead};

	for (int i = 1; i < n; i++) {
		int c = next_input(CONT_WAIT_MS);

		if (c == ERR)
			return -1;
		if (c > 0xFF || (c & 0xC0) != 0x80) {
			ungetch(c);
			return -1;
		}
		b[i] = (char)c;
	}
	uint32_t cp;

	return n && utf8_decode(b, (size_t)n, &cp) == (size_t)n ? (int)cp : -1;
}

/* The rest of CSI (ESC [ ... final byte) or SS3 (ESC O x). */
static void skip_sequence(int intro)
{
	for (int i = 0; i < SEQ_MAX_BYTES; i++) {
		int d = next_input(0);

		if (d == ERR || intro == 'O' || (d >= 0x40 && d <= 0x7E))
			return;
	}
}

/* After an Esc: Esc alone, Alt with a key, or a sequence curses did not
 * recognise (skipped, so that its letters are not typed). */
static int after_escape(void)
{
	int c = next_input(0);

	if (c == ERR)
		return 27;
	if (c == 27 || c > 0xFF) {
		ungetch(c); /* Esc, then a key of its own */
		return 27;
	}
	if (c == '[' || c == 'O') {
		skip_sequence(c);
		return TUI_KEY_UNKNOWN;
	}
	if (c >= 0x80)
		c = read_char(c);
	/* Alt-B, Alt-F: a word back, forward (readline); и and а are the
	 * same keys under ЙЦУКЕН */
	if (c == 'b' || c == L'и')
		return TUI_KEY_ALT_B;
	if (c == 'f' || c == L'а')
		return TUI_KEY_ALT_F;
	return TUI_KEY_ALT;
}

static void paste_add(int c)
{
	if (paste.len + 1 > PASTE_MAX_BYTES) {
		paste.too_long = true;
		return;
	}
	if (paste.len + 1 > paste.cap) {
		char *grown =
			grow_bytes(paste.text, &paste.cap, paste.len + 1, 256);

		if (!grown) {
			paste.too_long = true;
			return;
		}
		paste.text = grown;
	}
	paste.text[paste.len++] = (char)c;
}

/* Everything up to the end mark, as bytes; keys curses decoded from the
 * pasted bytes are dropped. */
static int read_paste(void)
{
	paste.len = 0;
	paste.too_long = false;
	for (;;) {
		int c = next_input(PASTE_WAIT_MS);

		if (c == ERR || c == PASTE_END)
			break;
		if (c <= 0xFF)
			paste_add(c);
	}
	return TUI_KEY_PASTE;
}

bool term_key_waiting(int ms)
{
	int c = next_input(ms);

	if (c == ERR)
		return false;
	ungetch(c);
	return true;
}

int term_read_key(void)
{
	int c = getch();

	if (c == ERR || c == PASTE_END)
		return TUI_KEY_NONE;
	if (c == PASTE_BEGIN)
		return read_paste();
	if (c > 0xFF)
		return TUI_KEY(c);
	if (c == 27)
		return after_escape();
	if (c < 0x80)
		return c;
	int ch = read_char(c);

	if (ch < 0) {
		beep();
		return TUI_KEY_NONE;
	}
	return ch;
}

const char *term_paste(size_t *len, bool *too_long)
{
	*len = paste.len;
	*too_long = paste.too_long;
	return paste.text ? paste.text : "";
}
