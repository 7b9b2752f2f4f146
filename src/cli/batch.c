/* SPDX-License-Identifier: MIT */
/* batch.c - the non-interactive modes --list, --checklist and --check, and
 * what they share: loading the content and suggesting paths. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "corpus.h"
#include "cli.h"
#include "i18n.h"
#include "loader.h"
#include "status.h"
#include "syserr.h"
#include "text.h"

/* Messages quote what the user gave (paths, patterns): control and bidi
 * characters and bytes that are not UTF-8 are written as '?'. */
void cli_error(const char *fmt, ...)
{
	va_list ap;
	char buf[4096];
	fflush(stdout);
	fputs("helpnav: ", stderr);
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	size_t len = n < 0 ? 0 : (size_t)n;
	if (len >= sizeof buf)
		len = sizeof buf - 1;
	len = text_make_inert(buf, len, "\n", '?');
	fwrite(buf, 1, len, stderr);
	fputc('\n', stderr);
}

/* Why the last write to stdout failed: fflush's errno when something was
 * still buffered; else what an empty write says now (a full device, a
 * closed descriptor); 0 when nothing tells. */
static int stdout_error(void)
{
	errno = 0;
	if (fflush(stdout) != 0 && errno)
		return errno;
	if (write(STDOUT_FILENO, "", 0) < 0)
		return errno;
	return 0;
}

int cli_finish_output(int rc)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return rc;
	int err = stdout_error();
	if (err)
		cli_error(_("ошибка записи в стандартный вывод: %s"),
			  syserr_reason(err));
	else
		cli_error("%s", _("ошибка записи в стандартный вывод"));
	return CLI_EXIT_ERROR;
}

/* What went wrong loading dir (the built-in pack when NULL). */
static void report_load(int rc, const char *dir, struct diag_list *diags)
{
	diag_list_sort(diags);
	diag_list_print(diags, stderr);
	if (rc == HN_NOMEM)
		cli_error("%s", _("недостаточно памяти"));
	else if (dir)
		cli_error(_("не удалось загрузить содержимое из «%s»"), dir);
	else
		cli_error("%s", _("встроенное содержимое повреждено"));
}

struct content *cli_load_content(const char *dir)
{
	struct content *c = NULL;
	struct diag_list diags = {0};
	int rc = dir ? cache_load_dir(dir, &c, &diags)
		     : cache_load_builtin(&c, &diags);
	if (rc != HN_OK)
		report_load(rc, dir, &diags);
	else
		diag_list_print(&diags, stderr); /* a cache not used */
	diag_list_free(&diags);
	return c;
}

struct corpus *cli_build_corpus(const struct content *c)
{
	struct corpus *k = NULL;
	int rc = corpus_build(c, &k);
	if (rc == HN_NOMEM)
		cli_error("%s", _("недостаточно памяти"));
	else if (rc != HN_OK)
		cli_error("%s", _("содержимое слишком велико для поиска"));
	return k;
}

/* The corpus of a loaded content, which it frees. */
static struct corpus *corpus_of(struct content *c)
{
	struct corpus *k = c ? cli_build_corpus(c) : NULL;
	content_free(c);
	return k;
}

struct corpus *cli_load_corpus(const char *dir)
{
	if (!dir && cli_installed_content_dir())
		return corpus_of(cli_load_default_content());
	struct corpus *k = NULL;
	struct diag_list diags = {0};
	int rc = cache_load_corpus(dir, &k, &diags);
	if (rc == HN_LIMIT)
		cli_error("%s", _("содержимое слишком велико для поиска"));
	else if (rc != HN_OK)
		report_load(rc, dir, &diags);
	else
		diag_list_print(&diags, stderr); /* a cache not used */
	diag_list_free(&diags);
	return k;
}

/* A suggestion worth showing: for checklists, the CATEGORY/CHANNEL form
 * only (its ".../checklist" twin says nothing new). */
static bool suggestable(const struct content *c, const char *path,
			bool checklists_only, struct node_ref *ref)
{
	if (content_resolve(c, path, ref) != HN_OK)
		return false;
	return !checklists_only || ref->kind == NODE_CHANNEL;
}

int cli_print_suggestions(const struct content *c, const char *wrong,
			  bool checklists_only, const char *heading)
{
	char *paths[20];
	size_t n = content_suggest_paths(c, wrong, paths, 20);
	int printed = 0;
	for (size_t i = 0; i < n; i++) {
		struct node_ref ref;
		if (printed < 5 &&
		    suggestable(c, paths[i], checklists_only, &ref)) {
			if (printed == 0)
				fprintf(stderr, "%s\n", heading);
			char title[512];
			content_node_title(&ref, " › ", false, title,
					   sizeof title);
			fprintf(stderr, "  %s — %s\n", paths[i], title);
			printed++;
		}
		free(paths[i]);
	}
	return printed;
}

/* ---- --list ---- */

struct outline_row {
	int depth;
	const char *id;
	const char *title;
};

static void print_rows(const struct outline_row *rows, size_t n)
{
	size_t col = 0;
	for (size_t i = 0; i < n; i++) {
		size_t w = 2 * (size_t)rows[i].depth +
			   text_width(rows[i].id, strlen(rows[i].id));
		if (w > col)
			col = w;
	}
	for (size_t i = 0; i < n; i++) {
		size_t w = 2 * (size_t)rows[i].depth +
			   text_width(rows[i].id, strlen(rows[i].id));
		printf("%*s%s", 2 * rows[i].depth, "", rows[i].id);
		if (rows[i].title)
			printf("%*s%s", (int)(col - w + 2), "", rows[i].title);
		putchar('\n');
	}
}

static char *join_path(const char *a, const char *b)
{
	size_t len = strlen(a) + strlen(b) + 2;
	char *p = malloc(len);
	if (p)
		snprintf(p, len, "%s/%s", a, b);
	return p;
}

static size_t outline_rows(const struct content *c, struct outline_row *rows,
			   char **paths)
{
	size_t n = 0, p = 0;
	rows[n++] = (struct outline_row){0, _("Категории:"), NULL};
	for (size_t i = 0; i < c->category_count; i++) {
		const struct category *cat = &c->categories[i];
		rows[n++] = (struct outline_row){1, cat->id, cat->title};
		for (size_t k = 0; k < cat->channel_count; k++) {
			const struct channel *ch = cat->channels[k];
			if (!(paths[p] = join_path(cat->id, ch->id)))
				return (size_t)-1;
			rows[n++] =
				(struct outline_row){2, paths[p++], ch->title};
		}
	}
	rows[n++] = (struct outline_row){0, _("Страницы:"), NULL};
	for (size_t i = 0; i < c->page_count; i++)
		rows[n++] = (struct outline_row){1, c->pages[i].id,
						 c->pages[i].title};
	rows[n++] = (struct outline_row){0, _("Каналы связи:"), NULL};
	for (size_t i = 0; i < c->channel_count; i++) {
		const struct channel *ch = &c->channels[i];
		if (!(paths[p] = join_path("channels", ch->id)))
			return (size_t)-1;
		rows[n++] = (struct outline_row){1, paths[p++], ch->title};
	}
	rows[n++] = (struct outline_row){0, _("Источники (sources):"), NULL};
	for (size_t i = 0; i < c->source_count; i++)
		rows[n++] = (struct outline_row){1, c->sources[i].id,
						 c->sources[i].title};
	return n;
}

int cli_list(const struct content *c)
{
	size_t pairs = 0;
	for (size_t i = 0; i < c->category_count; i++)
		pairs += c->categories[i].channel_count;
	size_t max = 4 + c->category_count + pairs + c->page_count +
		     c->channel_count + c->source_count;
	struct outline_row *rows = calloc(max, sizeof *rows);
	char **paths = calloc(pairs + c->channel_count + 1, sizeof *paths);
	size_t n = rows && paths ? outline_rows(c, rows, paths) : (size_t)-1;
	if (n != (size_t)-1)
		print_rows(rows, n);
	for (size_t i = 0; paths && i < pairs + c->channel_count; i++)
		free(paths[i]);
	free(paths);
	free(rows);
	if (n == (size_t)-1) {
		cli_error("%s", _("недостаточно памяти"));
		return CLI_EXIT_ERROR;
	}
	return CLI_EXIT_OK;
}

/* ---- --check ---- */

int cli_check(const char *dir)
{
	struct content *c = NULL;
	struct diag_list diags = {0};
	int rc = dir ? loader_load_dir(dir, &c, &diags)
		     : loader_load_builtin(&c, &diags);
	diag_list_sort(&diags);
	int exit_code = CLI_EXIT_OK;
	if (rc == HN_OK) {
		diag_list_print(&diags, stdout);
		printf(_("Ошибок нет: категорий %zu, каналов %zu, страниц %zu, "
			 "источников %zu.\n"),
		       c->category_count, c->channel_count, c->page_count,
		       c->source_count);
	} else if (rc == HN_INVALID) {
		diag_list_print(&diags, stdout);
		fflush(stdout);
		cli_error(_("найдено ошибок: %zu"), diag_list_total(&diags));
		exit_code = CLI_EXIT_NONE;
	} else {
		diag_list_print(&diags, stderr);
		cli_error("%s", rc == HN_NOMEM
					? _("недостаточно памяти")
					: _("не удалось прочитать содержимое"));
		exit_code = CLI_EXIT_ERROR;
	}
	if (c)
		content_free(c);
	diag_list_free(&diags);
	return exit_code;
}
