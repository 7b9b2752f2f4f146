/* SPDX-License-Identifier: MIT */
/* batch_sheet.c - the batch modes around one checklist: --checklist (the
 * printed sheet), --draft (the message to support) and --fields (the ids
 * --field can fill). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "cli.h"
#include "draft.h"
#include "export.h"
#include "i18n.h"
#include "sheet.h"
#include "status.h"

static void print_all_checklists(const struct content *c)
{
	fputs(_("Все чек-листы:\n"), stderr);
	for (size_t i = 0; i < c->category_count; i++) {
		const struct category *cat = &c->categories[i];
		for (size_t k = 0; k < cat->channel_count; k++)
			fprintf(stderr, "  %s/%s — %s › %s\n", cat->id,
				cat->channels[k]->id, cat->title,
				cat->channels[k]->title);
	}
	fputs(_("а также channels/КАНАЛ для канала без категории.\n"), stderr);
}

/* The checklist at path into *cl; CLI_EXIT_OK, or the exit status after
 * telling the user what went wrong. */
static int open_checklist(const struct content *c, const char *path,
			  struct checklist *cl)
{
	struct node_ref ref;
	if (content_resolve(c, path, &ref) != HN_OK ||
	    (ref.kind != NODE_CHANNEL && ref.kind != NODE_CHECKLIST)) {
		cli_error(_("нет такого чек-листа: «%s»"), path);
		fputs(_("Чек-лист задаётся как КАТЕГОРИЯ/КАНАЛ.\n"), stderr);
		cli_print_suggestions(c, path, true,
				      _("Возможно, вы имели в виду:"));
		print_all_checklists(c);
		return CLI_EXIT_ERROR;
	}
	if (checklist_build(c, ref.category, ref.channel, cl) != HN_OK) {
		cli_error("%s", _("недостаточно памяти"));
		return CLI_EXIT_ERROR;
	}
	return CLI_EXIT_OK;
}

static void list_fields(const struct checklist *cl, FILE *to)
{
	for (size_t i = 0; i < cl->count; i++)
		if (cl->items[i]->field)
			fprintf(to, "  %s — %s\n", cl->items[i]->field,
				cl->items[i]->text);
}

/* Fills the --field NAME=VALUE settings; a wrong one is reported with the
 * valid names. */
static int fill_fields(struct checklist *cl, const struct cli_sheet *s,
		       const char *path)
{
	for (size_t i = 0; i < s->field_count; i++) {
		const char *arg = s->fields[i];
		const char *eq = strchr(arg, '=');
		char name[128];
		snprintf(name, sizeof name, "%.*s",
			 eq ? (int)(eq - arg) : (int)strlen(arg), arg);
		long at = eq ? checklist_find_field(cl, name) : -1;
		if (at < 0) {
			if (eq)
				cli_error(_("в чек-листе «%s» нет поля «%s»"),
					  path, name);
			else
				cli_error(_("--field ожидает ИМЯ=ЗНАЧЕНИЕ, а "
					    "не «%s»"),
					  arg);
			fprintf(stderr, _("Поля этого чек-листа:\n"));
			list_fields(cl, stderr);
			return CLI_EXIT_ERROR;
		}
		if (checklist_set_value(cl, (size_t)at, eq + 1) != HN_OK) {
			cli_error("%s", _("недостаточно памяти"));
			return CLI_EXIT_ERROR;
		}
	}
	return CLI_EXIT_OK;
}

static int write_text(char *text, const char *output)
{
	char err[512];
	int rc = CLI_EXIT_OK;
	if (!text) {
		cli_error("%s", _("недостаточно памяти"));
		return CLI_EXIT_ERROR;
	}
	if (export_write_file(output ? output : "-", text, strlen(text), true,
			      err, sizeof err) != HN_OK) {
		cli_error("%s", err);
		rc = CLI_EXIT_ERROR;
	}
	free(text);
	return rc;
}

int cli_sheet(const struct content *c, const char *path,
	      const struct cli_sheet *s)
{
	struct checklist cl;
	int rc = open_checklist(c, path, &cl);
	if (rc != CLI_EXIT_OK)
		return rc;
	rc = fill_fields(&cl, s, path);
	if (rc == CLI_EXIT_OK && s->what == CLI_SHEET_FIELDS) {
		list_fields(&cl, stdout);
		rc = fflush(stdout) ? CLI_EXIT_ERROR : CLI_EXIT_OK;
	} else if (rc == CLI_EXIT_OK && s->what == CLI_SHEET_DRAFT) {
		rc = write_text(draft_compose(c, &cl), s->output);
	} else if (rc == CLI_EXIT_OK) {
		struct sheet_options o;
		sheet_default_options(&o);
		o.format = s->format_set ? (enum sheet_format)s->format
					 : sheet_format_for_name(s->output);
		o.page_lines = s->page_lines;
		o.pack = s->pack;
		rc = write_text(sheet_render(c, &cl, &o), s->output);
	}
	checklist_free(&cl);
	return rc;
}
