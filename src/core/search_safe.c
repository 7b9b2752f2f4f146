/* search_safe.c - which patterns may be searched over many fields at once.
 *
 * search_run may run one pcre2_match over fields laid out back to back
 * (each followed by a NUL) and re-run per field only the fields where it
 * finds a match. That finds every field the per-field search would find as
 * long as whether a match starts at a position never depends on what lies
 * outside the field: no anchors (^ $ \A \z \Z \G), no word boundaries, no
 * lookaround, no \K, no verbs or callouts. The check is on the pattern's
 * text and errs on the side of "no": an unknown construct means per field. */
#include <string.h>

#include "search.h"

/* Escapes that match characters and nothing else. */
static bool plain_escape(unsigned char ch)
{
	if (ch >= 0x80 ||
	    !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	      (ch >= '0' && ch <= '9')))
		return true; /* escaped punctuation or a UTF-8 letter */
	return ch != '0' && strchr("sSdDwWpPxhHvVtnrfe", ch) != NULL;
}

/* "(?" followed by option letters and ")" or ":" is an option setting or a
 * non-capturing group; any other "(?" or "(*" is not plain. */
static bool plain_group(const char *p, size_t len, size_t i)
{
	if (i + 1 >= len)
		return true;
	if (p[i + 1] == '*')
		return false;
	if (p[i + 1] != '?')
		return true;
	for (i += 2; i < len; i++) {
		if (p[i] == ')' || p[i] == ':')
			return true;
		if (!strchr("imnsx-", p[i]))
			return false;
	}
	return false;
}

bool search_pattern_is_local(const char *pattern, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		switch (pattern[i]) {
		case '^':
		case '$':
			return false;
		case '\\':
			if (i + 1 >= len ||
			    !plain_escape((unsigned char)pattern[i + 1]))
				return false;
			i++;
			break;
		case '(':
			if (!plain_group(pattern, len, i))
				return false;
			break;
		case ')':
			/* a repeated group ((.*0)*x) can backtrack over the
			 * whole run, whose length its cost grows with */
			if (i + 1 < len && strchr("*+{", pattern[i + 1]))
				return false;
			break;
		default:
			break;
		}
	}
	return true;
}
