/* SPDX-License-Identifier: MIT */
/* text.h - UTF-8 decoding, display width in terminal columns, and word
 * wrapping. Independent of the C locale: widths come from our own tables
 * (Unicode East Asian Wide/Fullwidth = 2, combining marks and zero-width
 * characters = 0, C0/C1 controls and bidi controls such as U+202E = -1). */
#ifndef HELPNAV_TEXT_H
#define HELPNAV_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one character at s (at most len bytes). Returns the number of
 * bytes used (1-4) and sets *cp; on invalid or truncated UTF-8 returns 1 and
 * sets *cp to U+FFFD. len must be > 0. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encodes cp into out (4 bytes room); returns the byte count. */
size_t utf8_encode(uint32_t cp, char *out);

bool utf8_valid(const char *s, size_t len);

/* Byte offset of the first invalid sequence, or len when s is valid. */
size_t utf8_first_invalid(const char *s, size_t len);

/* Number of characters (code points) in the first len bytes. */
size_t utf8_char_count(const char *s, size_t len);

/* For text known to be valid UTF-8 (PCRE2 or the loader checked it):
 * the characters in s[0, len), counted by their lead bytes, and the byte
 * length of the character s starts with (len > 0). */
size_t utf8_count_valid(const char *s, size_t len);
size_t utf8_char_len_valid(const char *s, size_t len);

/* е and ё are one letter to a search: the texts searched and the pattern
 * are folded ё -> е, Ё -> Е in place. Both pairs are 2 bytes in UTF-8, so
 * byte offsets into the folded copy are offsets into the original. */
bool text_has_yo(const char *s, size_t len);
/* Returns whether anything changed. */
bool text_fold_yo(char *s, size_t len);

/* Whether the character cp, decoded from n bytes, may be written to a
 * terminal as it is: not a control or bidi control character, and not a
 * byte that is not UTF-8. */
bool text_char_inert(uint32_t cp, size_t n);

/* Makes s[0, len) safe to write to a terminal, in place: each character
 * that is not inert becomes the byte `with`, except the ASCII controls
 * listed in keep ("\n", or "" for none). Returns the new length (never
 * more than len); s is not NUL-terminated by it. */
size_t text_make_inert(char *s, size_t len, const char *keep, char with);

/* Whether cp shows as nothing on a terminal though it is not a control:
 * format characters (U+FEFF, U+200B), fillers, the line and paragraph
 * separators U+2028/U+2029. Combining marks are not: they show on their
 * letter. */
bool text_is_invisible(uint32_t cp);

/* A copy of s (NUL-terminated, valid or not) in which every invisible
 * character is written as its code, "U+FEFF", so that a message quoting
 * a key with a byte order mark in it shows where it is. malloc'd, the
 * caller frees it; NULL when out of memory. */
char *text_show_invisible(const char *s);

/* Whether cp is a bidi control (U+061C, U+200E/F, U+202A-U+202E,
 * U+2066-U+2069): it reorders what a terminal shows (Trojan Source). */
bool text_is_bidi_control(uint32_t cp);

/* Columns of one code point: 0, 1 or 2; -1 for control characters. */
int text_char_width(uint32_t cp);

/* Columns of a string; control characters count as 1 (drawn as a
 * placeholder), invalid bytes as 1. */
size_t text_width(const char *s, size_t len);

/* Byte length of the longest prefix of s that fits in cols columns. */
size_t text_fit(const char *s, size_t len, size_t cols);

/* Whether text_width(s, len) <= cols; stops reading s as soon as the
 * answer is known (at most about cols characters), so that asking it of a
 * long line costs what fits, not the whole line. */
bool text_fits(const char *s, size_t len, size_t cols);

/* text_fit that also sets *width to the columns of that prefix. */
size_t text_fit_width(const char *s, size_t len, size_t cols, size_t *width);

/* Byte length of the longest suffix of s that fits in cols columns, taken
 * character by character from the end (s must start a character); *width
 * is its width. */
size_t text_fit_back(const char *s, size_t len, size_t cols, size_t *width);

/* Byte length of the longest prefix of s made only of printable ASCII
 * (0x20-0x7E) and Cyrillic letters (U+0400-U+047F): valid characters of
 * one column each that are safe to send to a terminal as they are. */
size_t text_plain_prefix(const char *s, size_t len);

/* A wrapped line: bytes [start, start+length) of the text, width columns. */
struct wrap_line {
	size_t start;
	size_t length;
	size_t width;
};

/* Wraps text at word boundaries (spaces) to at most width columns per line
 * (width >= 1). '\n' forces a break. A word is split only when it alone is
 * wider than the line; a non-breaking space (U+00A0) and the spaces inside
 * «...» and inside a phone number like "8 800 555-35-35" keep their words
 * together when the whole group fits a line. Trailing spaces are not part
 * of a line. Returns the line count (>= 1 for non-empty text, 0 for empty)
 * and sets *lines to a malloc'd array the caller frees, or returns
 * (size_t)-1 on allocation failure. */
size_t wrap_lines(const char *text, size_t len, size_t width,
		  struct wrap_line **lines);

#endif
