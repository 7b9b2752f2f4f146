/* SPDX-License-Identifier: MIT */
/* loader_numbers.c - the "numbers" records (content/README.md): each phone
 * number the sources name, once; and the check that prose names no number
 * without a record. */
#include <string.h>

#include "loader_internal.h"
#include "phone.h"
#include "status.h"

/* In enum number_status order. */
static const char *const statuses[] = {
	"disputed",  "unconfirmed", "not-for-customers",
	"temporary", "sellers",     "bank",
	"travel",    NULL};

static void read_number_status(struct loader *L, const struct ynode *map,
			       struct number_record *r)
{
	const struct ynode *v = loader_want(L, map, "status", YN_SCALAR, true);
	for (size_t k = 0; v && statuses[k]; k++)
		if (!strcmp(v->text, statuses[k])) {
			r->status = (enum number_status)k;
			return;
		}
	if (v)
		loader_report(L, L->file, v->line, v->col,
			      "неверный status \"%s\": можно disputed, "
			      "unconfirmed, not-for-customers, temporary, "
			      "sellers, bank, travel",
			      loader_show(L, v->text));
}

/* The E.164 number and how the sources write it: every spelling must be
 * that number. A record with no number writes none. */
static void read_number_spellings(struct loader *L, const struct ynode *map,
				  struct number_record *r)
{
	const struct ynode *n = loader_want(L, map, "number", YN_SCALAR, false);
	if (n && !phone_e164_ok(n->text))
		loader_report(L, L->file, n->line, n->col,
			      "номер \"%s\" не в виде E.164: нужен «+», код "
			      "страны и цифры без пробелов, например "
			      "+78005553434",
			      loader_show(L, n->text));
	else
		r->number = loader_keep(L, L->arena, n);
	const struct ynode *w;
	r->written.ids = loader_want_items(L, map, "written", n != NULL,
					   YN_SCALAR, sizeof *r->written.ids,
					   &w);
	for (size_t i = 0; r->written.ids && i < w->count; i++) {
		const struct ynode *s = w->kids[i];
		if (!loader_item_is(L, s, "written", YN_SCALAR))
			continue;
		struct phone_query q;
		if (r->number && (phone_parse(s->text, &q) != HN_OK ||
				  !q.whole || strcmp(q.digits, r->number + 1)))
			loader_report(L, L->file, s->line, s->col,
				      "\"%s\" — не номер %s",
				      loader_show(L, s->text), r->number);
		r->written.ids[r->written.count++] =
			loader_keep(L, L->arena, s);
	}
}

static void read_says(struct loader *L, const struct ynode *map,
		      struct number_record *r)
{
	static const char *const keys[] = {"source", "text", NULL};
	const struct ynode *list;
	r->says = loader_want_items(L, map, "says", true, YN_MAP,
				    sizeof *r->says, &list);
	for (size_t i = 0; r->says && i < list->count; i++) {
		const struct ynode *m = list->kids[i];
		if (!loader_item_is(L, m, "says", YN_MAP))
			continue;
		loader_check_keys(L, m, keys);
		struct number_claim *s = &r->says[r->say_count++];
		const struct ynode *src =
			loader_want(L, m, "source", YN_SCALAR, true);
		s->source = loader_keep(L, L->arena, src);
		s->text =
			loader_keep(L, L->arena,
				    loader_want(L, m, "text", YN_SCALAR, true));
		s->at = loader_origin(L, m);
		struct id_ref ref = {s->source,
				     loader_origin(L, src ? src : m)};
		struct id_ref *slot =
			s->source ? loader_push(L, &L->src_refs, sizeof ref)
				  : NULL;
		if (slot)
			*slot = ref;
	}
}

void loader_read_number(struct loader *L, const struct ynode *map)
{
	static const char *const keys[] = {
		"id", "number", "written", "status", "title", "says", NULL};
	struct number_record r = {0};
	loader_check_keys(L, map, keys);
	r.id = loader_want_id(L, map, false);
	read_number_spellings(L, map, &r);
	read_number_status(L, map, &r);
	r.title = loader_keep(L, L->arena,
			      loader_want(L, map, "title", YN_SCALAR, true));
	read_says(L, map, &r);
	r.at = loader_origin(L, map);
	struct number_record *slot = loader_push(L, &L->numbers, sizeof r);
	if (slot)
		*slot = r;
}

static bool declared(const struct loader *L, const struct phone_query *q)
{
	const struct number_record *r = L->numbers.items;
	for (size_t i = 0; i < L->numbers.count; i++)
		if (q->whole && phone_matches(q, &r[i]))
			return true;
	return false;
}

static void check_prose_text(struct loader *L, const char *text,
			     const struct origin *at)
{
	size_t len = text ? strlen(text) : 0, off = 0, start, n;
	struct phone_query q;
	while (phone_find_in_text(text, len, &off, &start, &n, &q) == HN_OK)
		if (!declared(L, &q))
			loader_report(
				L, at->file, at->line, at->col,
				"номер \"%.*s\" не объявлен в numbers: "
				"добавьте запись о нём (content/README.md)",
				(int)n, text + start);
}

static void check_blocks(struct loader *L, const struct block_list *bl)
{
	for (size_t i = 0; i < bl->count; i++) {
		const struct block *b = &bl->items[i];
		if (b->kind != BLOCK_NUMBER)
			check_prose_text(L, b->text, &b->at);
		for (size_t v = 0; v < b->version_count; v++)
			check_prose_text(L, b->versions[v].text,
					 &b->versions[v].at);
		check_prose_text(L, b->advice, &b->at);
	}
}

static void check_items(struct loader *L, const struct check_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		check_prose_text(L, l->items[i].text, &l->items[i].at);
}

static void check_duplicate_numbers(struct loader *L)
{
	const struct number_record *r = L->numbers.items;
	for (size_t i = 0; i < L->numbers.count; i++)
		for (size_t j = 0; j < i && r[i].number; j++)
			if (r[j].number && !strcmp(r[i].number, r[j].number))
				loader_report(L, r[i].at.file, r[i].at.line,
					      r[i].at.col,
					      "номер %s уже объявлен в %s:%u",
					      r[i].number, r[j].at.file,
					      r[j].at.line);
}

void loader_check_prose_numbers(struct loader *L)
{
	const struct channel *ch = L->channels.items;
	for (size_t i = 0; i < L->channels.count; i++) {
		check_blocks(L, &ch[i].steps);
		check_blocks(L, &ch[i].hours);
		check_blocks(L, &ch[i].response);
		check_blocks(L, &ch[i].notes);
		check_items(L, &ch[i].checklist);
	}
	const struct category *cat = L->categories.items;
	for (size_t i = 0; i < L->categories.count; i++) {
		check_blocks(L, &cat[i].notes);
		check_items(L, &cat[i].checklist);
	}
	const struct page *p = L->pages.items;
	for (size_t i = 0; i < L->pages.count; i++)
		check_blocks(L, &p[i].body);
	const struct check_list general = {L->general.items, L->general.count};
	check_items(L, &general);
	check_duplicate_numbers(L);
}
