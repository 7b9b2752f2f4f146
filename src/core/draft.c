/* SPDX-License-Identifier: MIT */
/* draft.c - composing «Черновик обращения» from a template with {field}
 * placeholders, shaped by the kind of channel it goes to. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draft.h"
#include "i18n.h"
#include "sheet_internal.h"
#include "text.h"

/* The parts a category without a template gets: placeholders only. */
#define GENERIC_HAPPENED N_("[что случилось и когда]")
#define GENERIC_TRIED N_("[что уже сделали]")
#define GENERIC_ASK N_("[чего просите]")

enum draft_shape draft_shape_for(const struct channel *chan)
{
	static const char *const letters[] = {"form", "email", "authority",
					      "corporate", NULL};
	static const char *const calls[] = {"phone", "callback", NULL};
	const char *kind = chan && chan->kind ? chan->kind : "";
	for (size_t i = 0; letters[i]; i++)
		if (!strcmp(kind, letters[i]))
			return DRAFT_LETTER;
	for (size_t i = 0; calls[i]; i++)
		if (!strcmp(kind, calls[i]))
			return DRAFT_CALL;
	return DRAFT_CHAT;
}

static const struct check_item *find_in(const struct check_list *l,
					const char *name)
{
	for (size_t i = 0; i < l->count; i++)
		if (l->items[i].field && !strcmp(l->items[i].field, name))
			return &l->items[i];
	return NULL;
}

/* The words for a placeholder: the field's label, from this checklist or,
 * for a field this channel does not ask for, from wherever the pack
 * defines it; the id itself as the last resort. */
static const char *label_of(const struct content *c, const struct checklist *cl,
			    const char *name)
{
	long i = checklist_find_field(cl, name);
	const struct check_item *it = i >= 0 ? cl->items[i] : NULL;
	if (!it)
		it = find_in(&c->general, name);
	for (size_t k = 0; !it && k < c->category_count; k++)
		it = find_in(&c->categories[k].checklist, name);
	for (size_t k = 0; !it && k < c->channel_count; k++)
		it = find_in(&c->channels[k].checklist, name);
	return it && it->label ? it->label : name;
}

/* A filled value on one line, made inert: newlines and controls as
 * spaces. */
static void add_value(struct sheet_out *o, const char *v)
{
	char *clean = sheet_clean(v, false);
	if (!clean) {
		o->failed = true;
		return;
	}
	sheet_puts(o, clean);
	free(clean);
}

/* tmpl with every {name} replaced by its value or «[label]». */
static void fill(struct sheet_out *o, const struct content *c,
		 const struct checklist *cl, const char *tmpl)
{
	const char *p = tmpl;
	for (const char *open; (open = strchr(p, '{')) != NULL;) {
		const char *close = strchr(open, '}');
		if (!close)
			break;
		sheet_put(o, p, (size_t)(open - p));
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(close - open - 1),
			 open + 1);
		const char *v = checklist_field_value(cl, name);
		if (v) {
			add_value(o, v);
		} else {
			sheet_puts(o, "[");
			sheet_puts(o, label_of(c, cl, name));
			sheet_puts(o, "]");
		}
		p = close + 1;
	}
	/* Folded YAML text ends without a newline; a template never holds
	 * one in the middle that the message should keep. */
	for (; *p; p++)
		sheet_put(o, *p == '\n' ? " " : p, 1);
}

static void line(struct sheet_out *o, const struct content *c,
		 const struct checklist *cl, const char *prefix,
		 const char *tmpl)
{
	sheet_puts(o, prefix);
	fill(o, c, cl, tmpl);
	sheet_puts(o, "\n");
}

/* "а, б, в." of the attachments. */
static void attachments_inline(struct sheet_out *o, const struct draft *d)
{
	for (size_t i = 0; i < d->attach.count; i++) {
		sheet_puts(o, i ? ", " : "");
		sheet_puts(o, d->attach.ids[i]);
	}
	sheet_puts(o, ".\n");
}

/* Whether the message needs its own order number line: the checklist
 * asks for one and the story does not already name it. */
static bool order_line(const struct checklist *cl, const struct draft *d)
{
	return checklist_find_field(cl, "order") >= 0 &&
	       !strstr(d->happened, "{order}");
}

static void compose_chat(struct sheet_out *o, const struct content *c,
			 const struct checklist *cl, const struct draft *d)
{
	sheet_puts(o, _("Здравствуйте!\n"));
	if (order_line(cl, d))
		line(o, c, cl, _("Номер заказа: "), "{order}");
	line(o, c, cl, "", d->happened);
	line(o, c, cl, _("Уже сделано: "), d->tried);
	line(o, c, cl, "", d->ask);
	if (d->attach.count) {
		sheet_puts(o, _("Прикладываю: "));
		attachments_inline(o, d);
	}
}

/* A contact for the answer: the phone or e-mail fields this channel asks
 * for. */
static void reply_contacts(struct sheet_out *o, const struct content *c,
			   const struct checklist *cl)
{
	bool any = false;
	static const char *const names[] = {"phone", "email", "callback-phone",
					    NULL};
	for (size_t i = 0; names[i]; i++)
		if (checklist_find_field(cl, names[i]) >= 0) {
			char tmpl[32];
			snprintf(tmpl, sizeof tmpl, "{%s}", names[i]);
			line(o, c, cl, _("Для ответа: "), tmpl);
			any = true;
		}
	if (any)
		sheet_puts(o, "\n");
}

static void compose_letter(struct sheet_out *o, const struct content *c,
			   const struct checklist *cl, const struct draft *d)
{
	line(o, c, cl, _("Тема: "), d->subject);
	sheet_puts(o, _("\nЗдравствуйте!\n\n"));
	if (order_line(cl, d))
		line(o, c, cl, _("Номер заказа: "), "{order}");
	line(o, c, cl, "", d->happened);
	sheet_puts(o, "\n");
	line(o, c, cl, _("Что уже сделано: "), d->tried);
	sheet_puts(o, "\n");
	line(o, c, cl, "", d->ask);
	if (d->attach.count) {
		sheet_puts(o, _("\nПриложения:\n"));
		for (size_t i = 0; i < d->attach.count; i++) {
			sheet_puts(o, "- ");
			sheet_puts(o, d->attach.ids[i]);
			sheet_puts(o, "\n");
		}
	}
	sheet_puts(o, "\n");
	reply_contacts(o, c, cl);
	sheet_puts(o, _("С уважением,\n[ваше имя]\n"));
}

static void compose_call(struct sheet_out *o, const struct content *c,
			 const struct checklist *cl, const struct draft *d)
{
	unsigned n = 0;
	char num[16];
	sheet_puts(o, _("Что сказать оператору:\n"));
	if (checklist_find_field(cl, "order") >= 0) {
		snprintf(num, sizeof num, "%u. ", ++n);
		sheet_puts(o, num);
		line(o, c, cl, _("Номер заказа: "), "{order}");
	}
	const char *parts[][2] = {{_("Что случилось: "), d->happened},
				  {_("Что уже сделано: "), d->tried},
				  {_("Что прошу: "), d->ask}};
	for (size_t i = 0; i < 3; i++) {
		snprintf(num, sizeof num, "%u. ", ++n);
		sheet_puts(o, num);
		line(o, c, cl, parts[i][0], parts[i][1]);
	}
	if (d->attach.count) {
		snprintf(num, sizeof num, "%u. ", ++n);
		sheet_puts(o, num);
		sheet_puts(o, _("Что могу прислать: "));
		attachments_inline(o, d);
	}
}

char *draft_compose(const struct content *c, const struct checklist *cl)
{
	struct draft d = {0};
	if (cl->category && cl->category->draft.happened)
		d = cl->category->draft;
	if (!d.happened)
		d.happened = _(GENERIC_HAPPENED);
	if (!d.subject)
		d.subject = d.happened;
	if (!d.tried)
		d.tried = _(GENERIC_TRIED);
	if (!d.ask)
		d.ask = _(GENERIC_ASK);
	struct sheet_out o = {0};
	switch (draft_shape_for(cl->channel)) {
	case DRAFT_LETTER:
		compose_letter(&o, c, cl, &d);
		break;
	case DRAFT_CALL:
		compose_call(&o, c, cl, &d);
		break;
	default:
		compose_chat(&o, c, cl, &d);
		break;
	}
	if (o.failed) {
		free(o.buf);
		return NULL;
	}
	return o.buf;
}
