/* SPDX-License-Identifier: MIT */
/* sheet_text.c - writing the printed sheet's text: wrapping to columns,
 * claims with their sources, advice marked as ours, disputes, block lists
 * and the sources section, in plain text or Markdown. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "grow.h"
#include "i18n.h"
#include "phone.h"
#include "sheet_internal.h"
#include "text.h"

#define NBSP "\xc2\xa0"

/* Room for the indent of a sub-item: the paragraph's indent and 2. */
enum { SUB_INDENT_BYTES = 24 };

void sheet_put(struct sheet_out *r, const char *s, size_t n)
{
	if (r->failed)
		return;
	char *p = grow_bytes(r->buf, &r->cap, r->len + n + 1, 1024);
	if (!p) {
		r->failed = true;
		return;
	}
	r->buf = p;
	memcpy(r->buf + r->len, s, n);
	r->len += n;
	r->buf[r->len] = '\0';
}

void sheet_puts(struct sheet_out *r, const char *s)
{
	sheet_put(r, s, strlen(s));
}

static bool was_cited(const struct sheet_out *r, const char *id);

void sheet_cite(struct sheet_out *r, const char *id)
{
	if (was_cited(r, id))
		return;
	const char **slot = grow_room(&r->cited, r->cited_count, &r->cited_cap,
				      sizeof *slot, 16);
	if (!slot) {
		r->failed = true;
		return;
	}
	*slot = id;
	r->cited_count++;
}

/* The sheet's text made inert (text_make_inert): '\n' stays only when
 * keep_newline, where it forces a line break when wrapping. */
char *sheet_clean(const char *s, bool keep_newline)
{
	size_t len = strlen(s);
	char *out = malloc(len + 1);
	if (!out)
		return NULL;
	memcpy(out, s, len);
	out[text_make_inert(out, len, keep_newline ? "\n" : "", ' ')] = '\0';
	return out;
}

/* One wrapped line, its no-break spaces as plain ones, and a newline. */
static void sheet_line(struct sheet_out *r, const char *s, size_t len)
{
	const char *end = s + len;
	while (s < end) {
		const char *nb = s;
		while (nb + 1 < end && memcmp(nb, NBSP, 2) != 0)
			nb++;
		if (nb + 1 >= end) {
			sheet_put(r, s, (size_t)(end - s));
			break;
		}
		sheet_put(r, s, (size_t)(nb - s));
		sheet_puts(r, " ");
		s = nb + 2;
	}
	sheet_puts(r, "\n");
}

/* Writes text wrapped to the render width: the first line after prefix
 * first, the others after prefix rest. */
void sheet_wrapped(struct sheet_out *r, const char *first, const char *rest,
		   const char *text)
{
	size_t pw = text_width(first, strlen(first));
	size_t rw = text_width(rest, strlen(rest));
	size_t indent = pw > rw ? pw : rw;
	size_t avail = r->width > indent + 10 ? r->width - indent : 10;
	char *clean = sheet_clean(text, true);
	struct wrap_line *lines = NULL;
	size_t n = clean ? wrap_lines(clean, strlen(clean), avail, &lines)
			 : (size_t)-1;
	if (n == (size_t)-1) {
		r->failed = true;
		free(clean);
		return;
	}
	if (n == 0) {
		sheet_put(r, first, strlen(first));
		sheet_puts(r, "\n");
	}
	for (size_t i = 0; i < n; i++) {
		sheet_puts(r, i ? rest : first);
		sheet_line(r, clean + lines[i].start, lines[i].length);
	}
	free(lines);
	free(clean);
}

/* The mark after a claim, " (не подтверждено)" (translated) or "", into buf
 * with no-break spaces (NBSP): they keep the mark whole and on the line of
 * the last word; put_wrapped prints them as plain spaces. */
static const char *status_mark(enum claim_status st, char *buf, size_t size)
{
	const char *m = st == CLAIM_UNCONFIRMED ? _("(не подтверждено)")
			: st == CLAIM_NOT_FOR_USERS ? _("(не для покупателей)")
						    : NULL;
	buf[0] = '\0';
	if (!m)
		return buf;
	memcpy(buf, NBSP, 2);
	size_t n = 2;
	for (; *m && n + 3 < size; m++) {
		if (*m == ' ') {
			memcpy(buf + n, NBSP, 2);
			n += 2;
		} else {
			buf[n++] = *m;
		}
	}
	buf[n] = '\0';
	return buf;
}

/* "text (не подтверждено) [000, 001]" into a malloc'd string; cites them. */
static char *claim_text(struct sheet_out *r, const char *text,
			const struct source_list *src, enum claim_status st)
{
	char mark_buf[128];
	const char *mark = status_mark(st, mark_buf, sizeof mark_buf);
	size_t len = strlen(text) + strlen(mark) + 5;
	for (size_t i = 0; i < src->count; i++)
		len += strlen(src->ids[i]) + 3;
	char *out = malloc(len);
	if (!out) {
		r->failed = true;
		return NULL;
	}
	int n = snprintf(out, len, "%s%s", text, mark);
	for (size_t i = 0; i < src->count; i++) {
		n += snprintf(out + n, len - (size_t)n, "%s%s",
			      i ? "," NBSP : NBSP "[", src->ids[i]);
		sheet_cite(r, src->ids[i]);
	}
	if (src->count)
		snprintf(out + n, len - (size_t)n, "]");
	return out;
}

void sheet_claim(struct sheet_out *r, const char *first, const char *rest,
		 const char *text, const struct source_list *src,
		 enum claim_status st)
{
	char *s = claim_text(r, text, src, st);
	if (s)
		sheet_wrapped(r, first, rest, s);
	free(s);
}

/* fmt filled in, malloc'd; NULL (and the sheet failed) without memory. */
__attribute__((format(printf, 2, 3))) static char *
format_text(struct sheet_out *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (!s) {
		r->failed = true;
		return NULL;
	}
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* The indents of the items under a paragraph indented by rest. */
struct sub_indent {
	char first[SUB_INDENT_BYTES], rest[SUB_INDENT_BYTES];
};

static struct sub_indent sub_indent(const char *rest)
{
	struct sub_indent in;

	snprintf(in.first, sizeof in.first, "%s- ", rest);
	snprintf(in.rest, sizeof in.rest, "%s  ", rest);
	return in;
}

/* helpnav's own advice, marked as ours. */
void sheet_note(struct sheet_out *r, const char *first, const char *rest,
		const char *text)
{
	char *s = format_text(r, _("Совет helpnav: %s"), text);
	if (s)
		sheet_wrapped(r, first, rest, s);
	free(s);
}

void sheet_disputed(struct sheet_out *r, const char *first, const char *rest,
		    const struct block *b)
{
	char *topic =
		format_text(r, _("[!] Источники расходятся: %s"), b->text);
	struct sub_indent sub = sub_indent(rest);
	if (!topic)
		return;
	sheet_wrapped(r, first, rest, topic);
	free(topic);
	for (size_t v = 0; v < b->version_count; v++) {
		const struct claim_version *cv = &b->versions[v];
		sheet_claim(r, sub.first, sub.rest, cv->text, &cv->sources,
			    CLAIM_PLAIN);
	}
	if (b->advice)
		sheet_note(r, rest, rest, b->advice);
}

/* A number block: the record's line, then what each source says. Only the
 * number verdict and card carry these, never a checklist's channel. */
static void sheet_number(struct sheet_out *r, const char *first,
			 const char *rest, const struct block *b)
{
	const struct number_record *rec = content_find_number(r->c, b->text);
	struct arena *a = rec ? arena_new() : NULL;
	const char *line = a ? phone_record_line(rec, a, true) : NULL;
	struct sub_indent sub = sub_indent(rest);
	if (!line) {
		r->failed = true;
		arena_free(a);
		return;
	}
	sheet_wrapped(r, first, rest, line);
	arena_free(a);
	for (size_t i = 0; i < rec->say_count; i++) {
		const struct number_claim *s = &rec->says[i];
		const char *id = s->source;
		struct source_list one = {&id, 1};
		char *text =
			format_text(r, _("Источник %s %s"), s->source, s->text);
		if (!text)
			return;
		sheet_claim(r, sub.first, sub.rest, text, &one, CLAIM_PLAIN);
		free(text);
	}
}

static void sheet_subheading(struct sheet_out *r, const char *text)
{
	char *s = format_text(r, r->md ? "**%s:**" : "%s:", text);
	if (!s)
		return;
	sheet_wrapped(r, r->md ? "" : "  ", r->md ? "" : "  ", s);
	free(s);
	if (r->md)
		sheet_puts(r, "\n");
}

void sheet_heading(struct sheet_out *r, const char *text)
{
	sheet_puts(r, r->md ? "## " : "");
	sheet_puts(r, text);
	sheet_puts(r, r->md ? "\n\n" : ":\n");
}

void sheet_blocks(struct sheet_out *r, const char *heading,
		  const struct block_list *bl, bool numbered)
{
	if (bl->count == 0)
		return;
	if (heading)
		sheet_heading(r, heading);
	unsigned number = 0;
	const char *rest = r->md ? "   " : numbered ? "      " : "    ";
	for (size_t i = 0; i < bl->count; i++) {
		const struct block *b = &bl->items[i];
		char first[16];
		snprintf(first, sizeof first, "%s", r->md ? "- " : "  - ");
		if (numbered && b->kind != BLOCK_HEADING &&
		    b->kind != BLOCK_NOTE && b->kind != BLOCK_GAP)
			snprintf(first, sizeof first,
				 r->md ? "%u. " : "  %2u. ", ++number);
		const char *plain = r->md ? "" : "  ";
		switch (b->kind) {
		case BLOCK_TEXT:
			sheet_claim(r, first, rest, b->text, &b->sources,
				    b->status);
			break;
		case BLOCK_HEADING:
			sheet_subheading(r, b->text);
			number = 0; /* another way in, not a next step */
			break;
		case BLOCK_NOTE:
			sheet_note(r, plain, r->md ? "" : rest, b->text);
			break;
		case BLOCK_DISPUTED:
			sheet_disputed(r, first, rest, b);
			break;
		case BLOCK_GAP: /* its text says it is a gap (loader) */
			sheet_claim(r, plain, r->md ? "" : rest, b->text,
				    &b->sources, CLAIM_PLAIN);
			break;
		case BLOCK_NUMBER:
			sheet_number(r, first, rest, b);
			break;
		}
	}
	sheet_puts(r, "\n");
}

static void put_source(struct sheet_out *r, const char *id,
		       const struct source *s)
{
	const char *title = s ? s->title : _("(нет в списке источников)");
	const char *note = s && s->note ? s->note : NULL;
	size_t len =
		strlen(id) + strlen(title) + (note ? strlen(note) : 0) + 64;
	char *line = malloc(len);
	if (!line) {
		r->failed = true;
		return;
	}
	snprintf(line, len, "[%s] %s%s%s", id, title,
		 note ? _(". Насколько доверять: ") : "", note ? note : "");
	sheet_wrapped(r, r->md ? "- " : "  ", r->md ? "  " : "        ", line);
	free(line);
}

static bool was_cited(const struct sheet_out *r, const char *id)
{
	for (size_t i = 0; i < r->cited_count; i++)
		if (strcmp(r->cited[i], id) == 0)
			return true;
	return false;
}

/* The sources cited, in the order of the pack's source list. */
void sheet_sources(struct sheet_out *r)
{
	if (r->cited_count == 0)
		return;
	sheet_heading(r, _("Источники"));
	for (size_t i = 0; i < r->c->source_count; i++)
		if (was_cited(r, r->c->sources[i].id))
			put_source(r, r->c->sources[i].id, &r->c->sources[i]);
	for (size_t i = 0; i < r->cited_count; i++)
		if (!content_find_source(r->c, r->cited[i]))
			put_source(r, r->cited[i], NULL);
}
