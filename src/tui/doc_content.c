/* SPDX-License-Identifier: MIT */
/* doc_content.c - claims, notes and disputes of the content model as doc
 * paragraphs: sources as [000] after each claim, disputes marked, our own
 * notes labelled as ours. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "grow.h"
#include "i18n.h"
#include "phone.h"
#include "tui_int.h"

/* A string buffer's first size; it doubles from there. */
#define SB_FIRST 256

void sb_add(struct sbuf *b, const char *s)
{
	size_t n = strlen(s);

	char *p = grow_bytes(b->s, &b->cap, b->len + n + 1, SB_FIRST);

	if (!p)
		return;
	b->s = p;
	memcpy(b->s + b->len, s, n + 1);
	b->len += n;
}

void sb_addf(struct sbuf *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	sb_add(b, tmp);
}

void sb_free(struct sbuf *b)
{
	free(b->s);
	memset(b, 0, sizeof *b);
}

void tui_doc_sources(struct sbuf *b, const struct source_list *s)
{
	for (size_t i = 0; i < s->count; i++)
		sb_addf(b, " [%s]", s->ids[i]);
}

/* A claim: optional label, the text, then its source tags drawn dim.
 * Returns its paragraph, or NULL when out of memory. */
static struct doc_par *add_claim(struct doc *d, int indent, const char *prefix,
				 const char *label, const char *text,
				 const struct source_list *src,
				 enum tui_style st)
{
	struct sbuf b = {0};
	size_t off;

	sb_add(&b, label ? label : "");
	off = b.len;
	sb_add(&b, text);
	size_t tail = b.len;

	if (src)
		tui_doc_sources(&b, src);
	struct doc_par *p = doc_add(d, st, -1, indent, prefix, b.s ? b.s : "");

	if (p) {
		p->src = text;
		p->src_off = off;
		p->tail_off = tail;
	}
	sb_free(&b);
	return p;
}

static const char *status_label(enum claim_status s)
{
	switch (s) {
	case CLAIM_UNCONFIRMED:
		return _("(не подтверждено) ");
	case CLAIM_NOT_FOR_USERS:
		return _("(не для покупателей) ");
	default:
		return NULL;
	}
}

static void add_disputed(struct doc *d, const struct block *b)
{
	char head[64];

	snprintf(head, sizeof head, "%s ", _("⚠ Источники расходятся:"));
	add_claim(d, 0, NULL, head, b->text, NULL, ST_WARN);
	for (size_t i = 0; i < b->version_count; i++) {
		const struct claim_version *cv = &b->versions[i];

		add_claim(d, 2, "• ", NULL, cv->text, &cv->sources, ST_NORMAL);
	}
	if (b->advice)
		add_claim(d, 2, NULL, _("Совет helpnav: "), b->advice, NULL,
			  ST_NOTE);
}

/* A number block: the record's line (with its caveat), then what each
 * source says, each with its tag. */
static void add_number(struct tui *t, struct doc *d, const char *bullet,
		       const struct block *b)
{
	const struct number_record *r = content_find_number(t->c, b->text);
	struct arena *a = r ? arena_new() : NULL;
	const char *line = a ? phone_record_line(r, a, true) : NULL;

	struct doc_par *p =
		line ? add_claim(d, 0, bullet, NULL, line, NULL, ST_NORMAL)
		     : NULL;
	if (p)
		p->src = NULL; /* the line dies with a, the copy stays */
	arena_free(a);
	for (size_t i = 0; r && i < r->say_count; i++) {
		const struct number_claim *s = &r->says[i];
		const char *id = s->source;
		const struct source_list one = {&id, 1};
		char label[64];

		snprintf(label, sizeof label, _("Источник %s "), s->source);
		add_claim(d, 2, "– ", label, s->text, &one, ST_NORMAL);
	}
}

void tui_doc_blocks(struct tui *t, struct doc *d, const struct block_list *bl,
		    bool numbered)
{
	unsigned n = 0;
	char num[16];

	for (size_t i = 0; i < bl->count; i++) {
		const struct block *b = &bl->items[i];

		switch (b->kind) {
		case BLOCK_HEADING:
			if (i > 0)
				doc_blank(d);
			add_claim(d, 0, NULL, NULL, b->text, NULL, ST_HEADING);
			n = 0; /* a heading starts another way, not step n+1 */
			break;
		case BLOCK_NOTE:
			add_claim(d, 0, NULL, _("Совет helpnav: "), b->text,
				  NULL, ST_NOTE);
			break;
		case BLOCK_DISPUTED:
			add_disputed(d, b);
			break;
		case BLOCK_GAP:
			add_claim(d, 0, NULL, NULL, b->text, &b->sources,
				  ST_DIM);
			break;
		case BLOCK_NUMBER:
			add_number(t, d, "• ", b);
			break;
		case BLOCK_TEXT:
			snprintf(num, sizeof num, "%u. ", ++n);
			add_claim(d, 0, numbered ? num : "• ",
				  status_label(b->status), b->text, &b->sources,
				  ST_NORMAL);
			break;
		}
	}
}

void tui_doc_title(struct doc *d, const char *title, const char *summary)
{
	struct doc_par *p = doc_add(d, ST_TITLE, -1, 0, NULL, title);

	if (p)
		p->src = title;
	if (summary) {
		p = doc_add(d, ST_DIM, -1, 0, NULL, summary);
		if (p)
			p->src = summary;
	}
	doc_blank(d);
}
