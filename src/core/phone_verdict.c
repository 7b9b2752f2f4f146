/* SPDX-License-Identifier: MIT */
/* phone_verdict.c - what the sources say about a phone number, as blocks
 * (phone.h): the same verdict for --number, search and the navigator. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "grow.h"
#include "i18n.h"
#include "phone.h"
#include "status.h"

/* The verdict under construction: blocks in a growable array, strings
 * in the arena. */
struct verdict {
	const struct content *c;
	struct arena *a;
	struct block *items;
	size_t count, cap;
	bool nomem;
};

static struct block *verdict_add(struct verdict *v, enum block_kind kind)
{
	struct block *b =
		grow_room(&v->items, v->count, &v->cap, sizeof *b, 16);
	if (!b) {
		v->nomem = true;
		return NULL;
	}
	v->count++;
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return b;
}

__attribute__((format(printf, 3, 4))) static struct block *
verdict_addf(struct verdict *v, enum block_kind kind, const char *fmt, ...)
{
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *text = n >= 0 ? arena_alloc(v->a, (size_t)n + 1) : NULL;
	if (text)
		vsnprintf(text, (size_t)n + 1, fmt, again);
	va_end(again);
	struct block *b = text ? verdict_add(v, kind) : NULL;
	if (!b) {
		v->nomem = true;
		return NULL;
	}
	b->text = text;
	return b;
}

/* A list of one source id, in the arena. */
static struct source_list one_source(struct verdict *v, const char *id)
{
	struct source_list l = {0};
	l.ids = arena_calloc(v->a, 1, sizeof *l.ids);
	if (!l.ids) {
		v->nomem = true;
		return l;
	}
	l.ids[0] = id;
	l.count = 1;
	return l;
}

static void add_says(struct verdict *v, const struct number_record *r)
{
	for (size_t i = 0; i < r->say_count; i++) {
		const struct number_claim *s = &r->says[i];
		struct block *b = verdict_addf(
			v, BLOCK_TEXT, _("Источник %s %s"), s->source, s->text);
		if (b)
			b->sources = one_source(v, s->source);
	}
}

static void add_record(struct verdict *v, const struct number_record *r)
{
	verdict_addf(v, BLOCK_HEADING, _("Номер %s"), phone_record_name(r));
	verdict_addf(v, BLOCK_TEXT, _("Что это: %s."), r->title);
	verdict_addf(v, BLOCK_TEXT, _("Статус — %s."),
		     phone_status_label(r->status));
	add_says(v, r);
}

static void add_absent(struct verdict *v, const struct phone_query *q)
{
	verdict_addf(
		v, BLOCK_TEXT,
		q->whole
			? _("Ни один из источников helpnav (их %zu) не называет "
			    "этот номер.")
			: _("Ни один номер из источников helpnav (их %zu) не "
			    "оканчивается на эти цифры."),
		v->c->source_count);
}

/* No source names the number: say so, and what that proves. */
static void add_unknown(struct verdict *v, const struct phone_query *q)
{
	verdict_addf(v, BLOCK_HEADING, _("В источниках этого номера нет"));
	add_absent(v, q);
	verdict_addf(
		v, BLOCK_NOTE,
		_("Это ничего не доказывает ни в ту, ни в другую сторону: "
		  "источники — всего несколько статей, и многие списки в них "
		  "пропали. Номер не становится настоящим оттого, что его нет "
		  "в статьях, и мошенническим — тоже."));
	bool any = false;
	for (size_t i = 0; i < v->c->number_count; i++) {
		const struct number_record *r = &v->c->numbers[i];
		if (r->number)
			continue;
		if (!any)
			verdict_addf(
				v, BLOCK_HEADING,
				_("Номера, которых в статьях нет, но о которых "
				  "они пишут"));
		any = true;
		verdict_addf(v, BLOCK_TEXT, "%s.", r->title);
		add_says(v, r);
	}
}

static void add_advice(struct verdict *v)
{
	verdict_addf(v, BLOCK_HEADING, _("Что делать"));
	verdict_addf(
		v, BLOCK_NOTE,
		_("Пишите в поддержку из чата в приложении Ozon или в личном "
		  "кабинете: туда вы приходите сами, и номер там не нужен."));
	verdict_addf(
		v, BLOCK_NOTE,
		_("Если позвонили «из службы безопасности» или «из поддержки "
		  "Ozon», положите трубку и напишите в чат из приложения."));
	verdict_addf(
		v, BLOCK_NOTE,
		_("Никому не называйте коды из SMS, пароли, CVV и данные карты — "
		  "ни по телефону, ни в переписке."));
}

/* The verdict, or with full false only the card: the records, or the
 * one line that no source names the number. */
static int verdict_build(const struct content *c, const struct phone_query *q,
			 struct arena *a, struct block_list *out, bool *found,
			 bool full)
{
	struct verdict v = {.c = c, .a = a};
	size_t i = 0;
	const struct number_record *r;
	*found = false;
	while ((r = phone_next(c, q, &i)) != NULL) {
		add_record(&v, r);
		*found = true;
	}
	if (!*found && full)
		add_unknown(&v, q);
	else if (!*found)
		add_absent(&v, q);
	if (full)
		add_advice(&v);
	out->items = NULL;
	out->count = 0;
	if (!v.nomem && v.count) {
		out->items = arena_calloc(a, v.count, sizeof *out->items);
		if (out->items) {
			memcpy(out->items, v.items, v.count * sizeof *v.items);
			out->count = v.count;
		}
	}
	free(v.items);
	return out->items ? HN_OK : HN_NOMEM;
}

int phone_verdict(const struct content *c, const struct phone_query *q,
		  struct arena *a, struct block_list *out, bool *found)
{
	return verdict_build(c, q, a, out, found, true);
}

int phone_card(const struct content *c, const struct phone_query *q,
	       struct arena *a, struct block_list *out, bool *found)
{
	return verdict_build(c, q, a, out, found, false);
}
