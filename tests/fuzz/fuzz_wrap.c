/* SPDX-License-Identifier: MIT */
/* fuzz_wrap.c - libFuzzer target: arbitrary bytes wrapped to a width taken
 * from the first byte, plus the width and fitting helpers.
 *
 * Checked: lines cover the text in order without overlap, each is no wider
 * than the width unless it is a single character wider than the width, and
 * its recorded width is its real width. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_lines(const char *text, size_t len, size_t width,
			const struct wrap_line *lines, size_t n)
{
	size_t pos = 0;

	for (size_t i = 0; i < n; i++) {
		const struct wrap_line *l = &lines[i];
		size_t w;

		if (l->start < pos || l->length > len ||
		    l->start > len - l->length)
			__builtin_trap();
		w = text_width(text + l->start, l->length);
		if (w != l->width)
			__builtin_trap();
		if (w > width &&
		    utf8_char_count(text + l->start, l->length) > 1)
			__builtin_trap();
		pos = l->start + l->length;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct wrap_line *lines = NULL;
	const char *text;
	size_t width, n, fit;
	uint32_t cp;

	if (size < 1)
		return 0;
	width = 1 + data[0] % 100;
	text = (const char *)data + 1;
	size--;
	n = wrap_lines(text, size, width, &lines);
	if (n == (size_t)-1)
		return 0;
	if (size > 0 && n == 0)
		__builtin_trap();
	check_lines(text, size, width, lines, n);
	free(lines);
	fit = text_fit(text, size, width);
	if (fit > size || text_width(text, fit) > width)
		__builtin_trap();
	(void)utf8_valid(text, size);
	for (size_t i = 0; i < size;)
		i += utf8_decode(text + i, size - i, &cp);
	return 0;
}
