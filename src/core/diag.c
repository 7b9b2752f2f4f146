/* SPDX-License-Identifier: MIT */
/* diag.c - located messages (see diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "i18n.h"
#include "text.h"

__attribute__((format(printf, 1, 0))) static char *
format_message(const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return NULL;
	char *s = malloc((size_t)n + 1);
	if (s)
		vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

/* Messages quote content (keys, ids, tags) and file names, and end up on
 * a terminal: control characters, bidi controls and bytes that are not
 * UTF-8 become '?' in place. */
static void make_inert(char *s)
{
	s[text_make_inert(s, strlen(s), "", '?')] = '\0';
}

void diag_add(struct diag_list *list, const char *file, unsigned line,
	      unsigned col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(list, file, line, col, fmt, ap);
	va_end(ap);
}

/* The tally of file (an inert name), created on first use; NULL when
 * there is no memory for it. The newest file is looked at first: the
 * loader reports one file at a time. */
static struct diag_file_tally *tally_of(struct diag_list *list,
					const char *file, const char *raw)
{
	for (size_t i = list->file_count; i-- > 0;)
		if (!strcmp(list->files[i].file, file))
			return &list->files[i];
	struct diag_file_tally *slot = grow_room(&list->files, list->file_count,
						 &list->file_capacity,
						 sizeof *slot, 8);
	char *copy = slot ? strdup(file) : NULL;
	char *raw_copy = copy ? strdup(raw) : NULL;
	if (!raw_copy) {
		free(copy);
		return NULL;
	}
	*slot = (struct diag_file_tally){.file = copy, .raw = raw_copy};
	list->file_count++;
	return slot;
}

/* Whether a message of file would only be counted; counts it then. A
 * hostile file gives millions of messages past the cap: this is their
 * whole cost, one comparison with the newest file. */
static bool count_capped(struct diag_list *list, const char *file)
{
	struct diag_file_tally *last =
		list->file_count ? &list->files[list->file_count - 1] : NULL;
	if (!last || strcmp(last->raw, file) != 0 ||
	    (last->kept < DIAG_MAX_PER_FILE && list->count < DIAG_MAX_TOTAL))
		return false;
	last->over++;
	list->over++;
	return true;
}

void diag_vadd(struct diag_list *list, const char *file, unsigned line,
	       unsigned col, const char *fmt, va_list ap)
{
	if (!file)
		file = "";
	if (count_capped(list, file))
		return;
	char *name = strdup(file);
	if (name)
		make_inert(name);
	struct diag_file_tally *tally = name ? tally_of(list, name, file)
					     : NULL;
	if (tally && (tally->kept >= DIAG_MAX_PER_FILE ||
		      list->count >= DIAG_MAX_TOTAL)) {
		free(name);
		tally->over++;
		list->over++;
		return;
	}
	/* The messages are formatted here, so they are translated here:
	 * callers pass the Russian msgid (extracted by src/po/extract.sh). */
	char *message = tally ? format_message(_(fmt), ap) : NULL;
	struct diag *slot = message ? grow_room(&list->items, list->count,
						&list->capacity, sizeof *slot,
						16)
				    : NULL;
	if (!slot) {
		free(message);
		free(name);
		list->dropped++;
		return;
	}
	make_inert(message);
	char *shown = text_show_invisible(message);
	if (shown) {
		free(message);
		message = shown;
	}
	tally->kept++;
	*slot = (struct diag){
		.file = name,
		.line = line,
		.col = col,
		.message = message,
	};
	list->count++;
}

size_t diag_list_total(const struct diag_list *list)
{
	return list->count + list->over + list->dropped;
}

static int compare(const struct diag *a, const struct diag *b)
{
	int c = strcmp(a->file, b->file);
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return 0;
}

static void merge_sort(struct diag *items, struct diag *tmp, size_t n)
{
	if (n < 2)
		return;
	size_t half = n / 2;
	merge_sort(items, tmp, half);
	merge_sort(items + half, tmp, n - half);
	size_t i = 0, j = half, k = 0;
	while (i < half && j < n)
		tmp[k++] = compare(&items[j], &items[i]) < 0 ? items[j++]
							     : items[i++];
	while (i < half)
		tmp[k++] = items[i++];
	while (j < n)
		tmp[k++] = items[j++];
	memcpy(items, tmp, n * sizeof *items);
}

/* Stable; falls back to insertion sort when no memory is left. */
void diag_list_sort(struct diag_list *list)
{
	struct diag *tmp = list->count > 1 ? malloc(list->count * sizeof *tmp)
					   : NULL;
	if (tmp) {
		merge_sort(list->items, tmp, list->count);
		free(tmp);
		return;
	}
	for (size_t i = 1; i < list->count; i++) {
		struct diag item = list->items[i];
		size_t j = i;
		while (j > 0 && compare(&list->items[j - 1], &item) > 0) {
			list->items[j] = list->items[j - 1];
			j--;
		}
		list->items[j] = item;
	}
}

static void print_item(const struct diag *d, FILE *out)
{
	if (d->line == 0)
		fprintf(out, "%s: %s\n", d->file, d->message);
	else if (d->col == 0)
		fprintf(out, "%s:%u: %s\n", d->file, d->line, d->message);
	else
		fprintf(out, "%s:%u:%u: %s\n", d->file, d->line, d->col,
			d->message);
}

/* After the last kept item of a file: how many of its messages the cap
 * left out. Returns that number. */
static size_t print_file_over(const struct diag_list *list, const char *file,
			      FILE *out)
{
	for (size_t i = 0; i < list->file_count; i++) {
		const struct diag_file_tally *t = &list->files[i];
		if (strcmp(t->file, file) != 0 || !t->over)
			continue;
		fprintf(out, _("%s: … и ещё ошибок: %zu\n"), file, t->over);
		return t->over;
	}
	return 0;
}

void diag_list_print(const struct diag_list *list, FILE *out)
{
	size_t shown_over = 0;
	for (size_t i = 0; i < list->count; i++) {
		const struct diag *d = &list->items[i];
		print_item(d, out);
		if (i + 1 == list->count ||
		    strcmp(list->items[i + 1].file, d->file) != 0)
			shown_over += print_file_over(list, d->file, out);
	}
	/* files whose every message came after the total cap */
	if (list->over > shown_over)
		fprintf(out, _("… и ещё ошибок в других файлах: %zu\n"),
			list->over - shown_over);
	if (list->dropped)
		fprintf(out, _("(ещё сообщений: %zu, не хватило памяти)\n"),
			list->dropped);
}

void diag_list_free(struct diag_list *list)
{
	for (size_t i = 0; i < list->count; i++) {
		free(list->items[i].file);
		free(list->items[i].message);
	}
	free(list->items);
	for (size_t i = 0; i < list->file_count; i++) {
		free(list->files[i].file);
		free(list->files[i].raw);
	}
	free(list->files);
	*list = (struct diag_list){0};
}
