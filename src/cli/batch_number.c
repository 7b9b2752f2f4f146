/* SPDX-License-Identifier: MIT */
/* batch_number.c - the --number mode: what the sources say about a phone
 * number (phone.h), as plain text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "checklist.h"
#include "cli.h"
#include "i18n.h"
#include "phone.h"
#include "status.h"

enum { NUMBER_TEXT_COLUMNS = 80 };

/* The verdict (or, for search, the card) on q rendered under a title
 * naming text; NULL when out of memory. */
static char *render(const struct content *c, const char *text,
		    const struct phone_query *q, bool card, bool *found)
{
	struct arena *a = arena_new();
	struct block_list bl;
	char *out = NULL;
	int rc = !a     ? HN_NOMEM
		 : card ? phone_card(c, q, a, &bl, found)
			: phone_verdict(c, q, a, &bl, found);
	size_t len = strlen(text) + 128;
	char *title = rc == HN_OK ? malloc(len) : NULL;
	if (title) {
		snprintf(title, len,
			 card ? _("Номер %s (подробнее: helpnav --number):")
			      : _("Номер %s: что говорят источники"),
			 text);
		out = checklist_render_blocks(c, title, &bl,
					      NUMBER_TEXT_COLUMNS, !card);
	}
	free(title);
	arena_free(a);
	return out;
}

static int print_verdict(const struct content *c, const char *text,
			 const struct phone_query *q, bool *found)
{
	char *out = render(c, text, q, false, found);
	if (!out) {
		cli_error("%s", _("недостаточно памяти"));
		return CLI_EXIT_ERROR;
	}
	fputs(out, stdout); /* a failed write: cli_finish_output */
	fputc('\n', stdout);
	free(out);
	return CLI_EXIT_OK;
}

int cli_number(const struct content *c, const char *text)
{
	struct phone_query q;
	if (phone_parse(text, &q) != HN_OK) {
		cli_error("%s", _("это не номер телефона: нужно не меньше 7 "
				  "цифр; пробелы, скобки, дефисы и «+» в "
				  "начале можно, буквы нельзя."));
		fputs(_("Например: helpnav --number \"8 800 555-34-34\"\n"),
		      stderr);
		return CLI_EXIT_ERROR;
	}
	bool found = false;
	int rc = print_verdict(c, text, &q, &found);
	if (rc != CLI_EXIT_OK)
		return rc;
	return found ? CLI_EXIT_OK : CLI_EXIT_NONE;
}

int cli_number_card(const struct content *c, const char *pattern, bool *found,
		    bool *number)
{
	struct phone_query q;
	*found = false;
	*number = phone_parse(pattern, &q) == HN_OK;
	if (!*number || !c)
		return HN_OK;
	char *out = render(c, pattern, &q, true, found);
	if (!out)
		return HN_NOMEM;
	fputs(out, stdout);
	fputs("\n", stdout);
	free(out);
	return HN_OK;
}
