/* SPDX-License-Identifier: MIT */
/* glyphs.c - the one table of drawing glyphs and their ASCII stand-ins for
 * --ascii: arrows, «…», bullets, the breadcrumb and warning signs. Text
 * punctuation (« » —) and the Cyrillic letters stay: they are the
 * words, not the drawing. Each stand-in is no longer in bytes than its
 * glyph, so text is rewritten in place. */
#include <stdint.h>
#include <string.h>

#include "text.h"

#include "tui_int.h"

static const struct {
	uint32_t glyph;
	const char *ascii;
} glyphs[] = {
	{0x2190, "<-"},  /* ← */
	{0x2192, "->"},  /* → */
	{0x2191, "^"},   /* ↑ */
	{0x2193, "v"},   /* ↓ */
	{0x2026, "..."}, /* … */
	{0x2022, "*"},   /* • */
	{0x00B7, "-"},   /* · */
	{0x203A, ">"},   /* › */
	{0x26A0, "!"},   /* ⚠ */
	{0x2013, "-"},   /* –, a bullet of the second level */
	{0x270E, "*"},   /* ✎ */
	{0x25CF, "*"},   /* ●, a checklist's unsaved mark */
};

static bool ascii_on;

void tui_glyphs_ascii(bool on)
{
	ascii_on = on;
}

const char *tui_ascii_for(uint32_t cp)
{
	for (size_t g = 0; ascii_on && g < sizeof glyphs / sizeof glyphs[0];
	     g++)
		if (glyphs[g].glyph == cp)
			return glyphs[g].ascii;
	return NULL;
}

/* The stand-in for the character at s (len bytes left), or NULL; *n is
 * the character's length. */
static const char *glyph_at(const char *s, size_t len, size_t *n)
{
	uint32_t cp;

	*n = utf8_decode(s, len, &cp);
	return (unsigned char)*s < 0x80 ? NULL : tui_ascii_for(cp);
}

size_t tui_ascii_saved(const char *s, size_t len)
{
	size_t saved = 0;

	for (size_t i = 0, n; ascii_on && i < len; i += n) {
		const char *a = glyph_at(s + i, len - i, &n);

		if (a)
			saved += n - strlen(a);
	}
	return saved;
}

size_t tui_ascii_inplace(char *s, size_t len)
{
	size_t in = 0, out = 0;

	if (!ascii_on)
		return len;
	for (size_t n; in < len; in += n) {
		const char *a = glyph_at(s + in, len - in, &n);
		size_t k = a ? strlen(a) : n;

		memmove(s + out, a ? a : s + in, k);
		out += k;
	}
	if (out < len)
		s[out] = '\0';
	return out;
}

void tui_ascii_str(char *s)
{
	tui_ascii_inplace(s, strlen(s));
}
