/* search_layout.c - text typed with the Latin layout on while the user
 * meant Russian: map each key of the QWERTY layout to the ЙЦУКЕН letter on
 * the same key. */
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "text.h"

/* Unshifted keys and their Russian letters, then the shifted ones. */
static const char latin_keys[] = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
				 "QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~";
static const char *const russian_keys[] = {
	"й", "ц", "у", "к", "е", "н", "г", "ш", "щ", "з", "х", "ъ", "ф", "ы",
	"в", "а", "п", "р", "о", "л", "д", "ж", "э", "я", "ч", "с", "м", "и",
	"т", "ь", "б", "ю", "ё", "Й", "Ц", "У", "К", "Е", "Н", "Г", "Ш", "Щ",
	"З", "Х", "Ъ", "Ф", "Ы", "В", "А", "П", "Р", "О", "Л", "Д", "Ж", "Э",
	"Я", "Ч", "С", "М", "И", "Т", "Ь", "Б", "Ю", "Ё",
};

static const char *russian_for(char c)
{
	const char *k;

	if (c == '\0')
		return NULL;
	k = strchr(latin_keys, c);
	return k ? russian_keys[k - latin_keys] : NULL;
}

char *search_layout_swap(const char *text, size_t len)
{
	bool any_letter = false;
	size_t i, o = 0;
	char *out;

	/* a backslash and what follows are regex syntax (\s, \d, \[), not
	 * keys typed in the wrong layout: they stay as they are */
	for (i = 0; i < len; i++) {
		char c = text[i];

		if (c == '\\')
			i++;
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			any_letter = true;
	}
	if (!any_letter)
		return NULL;
	/* every mapped byte becomes at most 2 bytes */
	out = malloc(2 * len + 1);
	if (!out)
		return NULL;
	for (i = 0; i < len; i++) {
		const char *r = russian_for(text[i]);

		if (text[i] == '\\' && i + 1 < len) {
			out[o++] = text[i++];
			out[o++] = text[i];
		} else if (r) {
			memcpy(out + o, r, strlen(r));
			o += strlen(r);
		} else {
			out[o++] = text[i];
		}
	}
	out[o] = '\0';
	return out;
}
