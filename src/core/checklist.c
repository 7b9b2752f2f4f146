/* SPDX-License-Identifier: MIT */
/* checklist.c - merging the checklist of a (category, channel) pair,
 * keeping its state, and rendering it as plain text for print. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "grow.h"
#include "i18n.h"
#include "checklist.h"
#include "phone.h"
#include "status.h"
#include "text.h"

#define NBSP "\xc2\xa0"

static bool seen_id(const struct check_item **items, size_t count,
		    const char *id)
{
	if (!id)
		return false;
	for (size_t i = 0; i < count; i++)
		if (items[i]->id && strcmp(items[i]->id, id) == 0)
			return true;
	return false;
}

/* Whether an item is printed for chan: an item without kinds fits every
 * channel, one with kinds only a channel of one of them (content/README.md:
 * the passport only for the app chat, no order for an investor e-mail). */
static bool item_fits(const struct check_item *it, const struct channel *chan)
{
	if (it->kinds.count == 0)
		return true;
	if (!chan || !chan->kind)
		return false;
	for (size_t i = 0; i < it->kinds.count; i++)
		if (!strcmp(it->kinds.ids[i], chan->kind))
			return true;
	return false;
}

/* Appends the items of list that fit chan and were not seen yet; the first
 * one written wins. */
static void merge_list(const struct check_list *list,
		       const struct channel *chan,
		       const struct check_item **items, size_t *count)
{
	for (size_t i = 0; i < list->count; i++) {
		const struct check_item *it = &list->items[i];
		if (item_fits(it, chan) && !seen_id(items, *count, it->id))
			items[(*count)++] = it;
	}
}

/* Stable partition: BEFORE items first, then AFTER, each in merge order. */
static void order_by_phase(const struct check_item **items, size_t count,
			   const struct check_item **out)
{
	size_t n = 0;
	for (int pass = 0; pass < 2; pass++) {
		enum check_phase want = pass ? PHASE_AFTER : PHASE_BEFORE;
		for (size_t i = 0; i < count; i++)
			if ((items[i]->phase == PHASE_AFTER) ==
			    (want == PHASE_AFTER))
				out[n++] = items[i];
	}
}

int checklist_build(const struct content *c, const struct category *cat,
		    const struct channel *chan, struct checklist *out)
{
	memset(out, 0, sizeof *out);
	out->category = cat;
	out->channel = chan;
	size_t max = c->general.count + (cat ? cat->checklist.count : 0) +
		     (chan ? chan->checklist.count : 0);
	const struct check_item **merged = calloc(max + 1, sizeof *merged);
	out->items = calloc(max + 1, sizeof *out->items);
	out->ticked = calloc(max + 1, sizeof *out->ticked);
	out->values = calloc(max + 1, sizeof *out->values);
	if (!merged || !out->items || !out->ticked || !out->values) {
		free(merged);
		checklist_free(out);
		return HN_NOMEM;
	}
	size_t count = 0;
	merge_list(&c->general, chan, merged, &count);
	if (cat)
		merge_list(&cat->checklist, chan, merged, &count);
	if (chan)
		merge_list(&chan->checklist, chan, merged, &count);
	order_by_phase(merged, count, out->items);
	out->count = count;
	free(merged);
	return HN_OK;
}

void checklist_free(struct checklist *cl)
{
	if (cl->values)
		for (size_t i = 0; i < cl->count; i++)
			free(cl->values[i]);
	free(cl->values);
	free(cl->ticked);
	free(cl->items);
	memset(cl, 0, sizeof *cl);
}

int checklist_set_value(struct checklist *cl, size_t index, const char *v)
{
	if (index >= cl->count)
		return HN_INVALID;
	char *copy = NULL;
	if (v && *v) {
		copy = strdup(v);
		if (!copy)
			return HN_NOMEM;
	}
	free(cl->values[index]);
	cl->values[index] = copy;
	cl->dirty = true;
	return HN_OK;
}

void checklist_toggle(struct checklist *cl, size_t index)
{
	if (index >= cl->count)
		return;
	cl->ticked[index] = !cl->ticked[index];
	cl->dirty = true;
}

void checklist_default_filename(const struct checklist *cl, char *buf,
				size_t size)
{
	const char *chan = cl->channel ? cl->channel->id : "channel";
	if (cl->category)
		snprintf(buf, size, "checklist-%s-%s.txt", cl->category->id,
			 chan);
	else
		snprintf(buf, size, "checklist-%s.txt", chan);
}

/* ---- rendering ---- */

struct render {
	const struct content *c;
	size_t width;
	char *buf;
	size_t len, cap;
	bool failed;
	const char **cited; /* source ids in order of first citation */
	size_t cited_count, cited_cap;
};

static void render_put(struct render *r, const char *s, size_t n)
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

static void puts_(struct render *r, const char *s)
{
	render_put(r, s, strlen(s));
}

static bool was_cited(const struct render *r, const char *id);

static void cite(struct render *r, const char *id)
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

/* A copy of s with tabs, control characters (and bytes that are not
 * UTF-8, which the loader and the prompt never let in) turned into spaces;
 * '\n' stays only when keep_newline (it forces a line break when
 * wrapping). */
static char *clean_text(const char *s, bool keep_newline)
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
static void put_line(struct render *r, const char *s, size_t len)
{
	const char *end = s + len;
	while (s < end) {
		const char *nb = s;
		while (nb + 1 < end && memcmp(nb, NBSP, 2) != 0)
			nb++;
		if (nb + 1 >= end) {
			render_put(r, s, (size_t)(end - s));
			break;
		}
		render_put(r, s, (size_t)(nb - s));
		puts_(r, " ");
		s = nb + 2;
	}
	puts_(r, "\n");
}

/* Writes text wrapped to the render width: the first line after prefix
 * first, the others after prefix rest. */
static void put_wrapped(struct render *r, const char *first, const char *rest,
			const char *text)
{
	size_t pw = text_width(first, strlen(first));
	size_t rw = text_width(rest, strlen(rest));
	size_t indent = pw > rw ? pw : rw;
	size_t avail = r->width > indent + 10 ? r->width - indent : 10;
	char *clean = clean_text(text, true);
	struct wrap_line *lines = NULL;
	size_t n = clean ? wrap_lines(clean, strlen(clean), avail, &lines)
			 : (size_t)-1;
	if (n == (size_t)-1) {
		r->failed = true;
		free(clean);
		return;
	}
	if (n == 0) {
		render_put(r, first, strlen(first));
		puts_(r, "\n");
	}
	for (size_t i = 0; i < n; i++) {
		puts_(r, i ? rest : first);
		put_line(r, clean + lines[i].start, lines[i].length);
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
static char *claim_text(struct render *r, const char *text,
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
		cite(r, src->ids[i]);
	}
	if (src->count)
		snprintf(out + n, len - (size_t)n, "]");
	return out;
}

static void put_claim(struct render *r, const char *first, const char *rest,
		      const char *text, const struct source_list *src,
		      enum claim_status st)
{
	char *s = claim_text(r, text, src, st);
	if (s)
		put_wrapped(r, first, rest, s);
	free(s);
}

/* helpnav's own advice, marked as ours. */
static void put_note(struct render *r, const char *first, const char *rest,
		     const char *text)
{
	size_t len = strlen(text) + strlen(_("Совет helpnav: %s"));
	char *s = malloc(len);
	if (!s) {
		r->failed = true;
		return;
	}
	snprintf(s, len, _("Совет helpnav: %s"), text);
	put_wrapped(r, first, rest, s);
	free(s);
}

/* Bytes of a list prefix under another ("    - "): a few spaces. */
enum { SUB_PREFIX = 24 };

/* The prefixes of a list under an item indented by rest: "- " for each
 * entry's first line, two spaces for the others. */
static void sub_prefixes(const char *rest, char sub[SUB_PREFIX],
			 char sub_rest[SUB_PREFIX])
{
	snprintf(sub, SUB_PREFIX, "%s- ", rest);
	snprintf(sub_rest, SUB_PREFIX, "%s  ", rest);
}

static void put_disputed(struct render *r, const char *first, const char *rest,
			 const struct block *b)
{
	size_t len =
		strlen(b->text) + strlen(_("[!] Источники расходятся: %s"));
	char *topic = malloc(len);
	char sub[SUB_PREFIX], sub_rest[SUB_PREFIX];
	if (!topic) {
		r->failed = true;
		return;
	}
	snprintf(topic, len, _("[!] Источники расходятся: %s"), b->text);
	put_wrapped(r, first, rest, topic);
	free(topic);
	sub_prefixes(rest, sub, sub_rest);
	for (size_t v = 0; v < b->version_count; v++) {
		const struct claim_version *cv = &b->versions[v];
		put_claim(r, sub, sub_rest, cv->text, &cv->sources,
			  CLAIM_PLAIN);
	}
	if (b->advice)
		put_note(r, rest, rest, b->advice);
}

/* A number block: the record's line, then what each source says. */
static void put_number(struct render *r, const char *first, const char *rest,
		       const struct block *b)
{
	const struct number_record *rec = content_find_number(r->c, b->text);
	struct arena *a = rec ? arena_new() : NULL;
	const char *line = a ? phone_record_line(rec, a, true) : NULL;
	char sub[SUB_PREFIX], sub_rest[SUB_PREFIX];
	if (!line) {
		r->failed = true;
		arena_free(a);
		return;
	}
	put_wrapped(r, first, rest, line);
	arena_free(a);
	sub_prefixes(rest, sub, sub_rest);
	for (size_t i = 0; i < rec->say_count; i++) {
		const struct number_claim *s = &rec->says[i];
		const char *id = s->source;
		struct source_list one = {&id, 1};
		size_t len = strlen(_("Источник %s %s")) + strlen(s->source) +
			     strlen(s->text);
		char *text = malloc(len);
		if (!text) {
			r->failed = true;
			return;
		}
		snprintf(text, len, _("Источник %s %s"), s->source, s->text);
		put_claim(r, sub, sub_rest, text, &one, CLAIM_PLAIN);
		free(text);
	}
}

static void put_heading(struct render *r, const char *text)
{
	size_t len = strlen(text) + 2;
	char *s = malloc(len);
	if (!s) {
		r->failed = true;
		return;
	}
	snprintf(s, len, "%s:", text);
	put_wrapped(r, "  ", "  ", s);
	free(s);
}

static void put_blocks(struct render *r, const char *heading,
		       const struct block_list *bl, bool numbered)
{
	if (bl->count == 0)
		return;
	puts_(r, heading);
	puts_(r, "\n");
	unsigned number = 0;
	for (size_t i = 0; i < bl->count; i++) {
		const struct block *b = &bl->items[i];
		char first[16] = "  - ";
		if (numbered && b->kind != BLOCK_HEADING &&
		    b->kind != BLOCK_NOTE && b->kind != BLOCK_GAP)
			snprintf(first, sizeof first, "  %2u. ", ++number);
		const char *rest = numbered ? "      " : "    ";
		switch (b->kind) {
		case BLOCK_TEXT:
			put_claim(r, first, rest, b->text, &b->sources,
				  b->status);
			break;
		case BLOCK_HEADING:
			put_heading(r, b->text);
			number = 0; /* another way in, not a next step */
			break;
		case BLOCK_NOTE:
			put_note(r, "  ", rest, b->text);
			break;
		case BLOCK_DISPUTED:
			put_disputed(r, first, rest, b);
			break;
		case BLOCK_GAP: /* its text says it is a gap (loader) */
			put_claim(r, "  ", rest, b->text, &b->sources,
				  CLAIM_PLAIN);
			break;
		case BLOCK_NUMBER:
			put_number(r, first, rest, b);
			break;
		}
	}
	puts_(r, "\n");
}

static void put_item(struct render *r, const struct checklist *cl, size_t i)
{
	const struct check_item *it = cl->items[i];
	if (!it->field) {
		put_claim(r, cl->ticked[i] ? "  [x] " : "  [ ] ", "      ",
			  it->text, &it->sources, CLAIM_PLAIN);
		return;
	}
	char *value = cl->values[i] ? clean_text(cl->values[i], false) : NULL;
	const char *shown = value ? value : "______________";
	char *line = malloc(strlen(it->text) + strlen(shown) + 3);
	if (!line) {
		r->failed = true;
	} else {
		sprintf(line, "%s: %s", it->text, shown);
		put_claim(r, "  ", "      ", line, &it->sources, CLAIM_PLAIN);
	}
	free(line);
	free(value);
}

static void put_items(struct render *r, const struct checklist *cl,
		      enum check_phase phase, const char *heading)
{
	bool any = false;
	for (size_t i = 0; i < cl->count; i++) {
		if (cl->items[i]->phase != phase)
			continue;
		if (!any) {
			puts_(r, heading);
			puts_(r, "\n");
			any = true;
		}
		put_item(r, cl, i);
	}
	if (any)
		puts_(r, "\n");
}

static void put_source(struct render *r, const char *id, const struct source *s)
{
	const char *title = s ? s->title : _("(нет в списке источников)");
	const char *note = s && s->note ? s->note : NULL;
	size_t len =
		strlen(id) + strlen(title) + (note ? strlen(note) : 0) + 16;
	char *line = malloc(len);
	if (!line) {
		r->failed = true;
		return;
	}
	snprintf(line, len, "[%s] %s%s%s", id, title, note ? " — " : "",
		 note ? note : "");
	put_wrapped(r, "  ", "        ", line);
	free(line);
}

static bool was_cited(const struct render *r, const char *id)
{
	for (size_t i = 0; i < r->cited_count; i++)
		if (strcmp(r->cited[i], id) == 0)
			return true;
	return false;
}

/* The sources cited, in the order of the pack's source list. */
static void put_sources(struct render *r)
{
	if (r->cited_count == 0)
		return;
	puts_(r, _("Источники:\n"));
	for (size_t i = 0; i < r->c->source_count; i++)
		if (was_cited(r, r->c->sources[i].id))
			put_source(r, r->c->sources[i].id, &r->c->sources[i]);
	for (size_t i = 0; i < r->cited_count; i++)
		if (!content_find_source(r->c, r->cited[i]))
			put_source(r, r->cited[i], NULL);
}

static void put_title(struct render *r, const struct checklist *cl)
{
	const char *cat = cl->category ? cl->category->title : NULL;
	const char *chan = cl->channel ? cl->channel->title : "";
	size_t len = strlen(chan) + (cat ? strlen(cat) : 0) + 32;
	char *title = malloc(len);
	if (!title) {
		r->failed = true;
		return;
	}
	snprintf(title, len, _("Чек-лист: %s%s%s"), cat ? cat : "",
		 cat ? " › " : "", chan);
	put_wrapped(r, "", "", title);
	size_t w = text_width(title, strlen(title));
	if (w > r->width)
		w = r->width;
	for (size_t i = 0; i < w; i++)
		puts_(r, "=");
	puts_(r, "\n\n");
	free(title);
}

/* The rendered text, its run of blank lines at the end cut to one; NULL
 * (everything freed) when something failed. */
static char *finish_render(struct render *r)
{
	free(r->cited);
	if (r->failed || !r->buf) {
		free(r->buf);
		return NULL;
	}
	while (r->len >= 2 && r->buf[r->len - 1] == '\n' &&
	       r->buf[r->len - 2] == '\n')
		r->buf[--r->len] = '\0';
	return r->buf;
}

char *checklist_render_blocks(const struct content *c, const char *title,
			      const struct block_list *bl, size_t width,
			      bool list_sources)
{
	struct render r = {.c = c, .width = width ? width : 80};
	put_wrapped(&r, "", "", title);
	put_blocks(&r, "", bl, false);
	if (list_sources)
		put_sources(&r);
	return finish_render(&r);
}

char *checklist_render(const struct content *c, const struct checklist *cl,
		       size_t width)
{
	struct render r = {.c = c,
			   .width = width ? width : CHECKLIST_PAGE_WIDTH};
	put_title(&r, cl);
	if (cl->channel) {
		const struct channel *ch = cl->channel;
		put_blocks(&r, _("Как связаться:"), &ch->steps, true);
		put_blocks(&r, _("Когда работает:"), &ch->hours, false);
		put_blocks(&r, _("Как быстро отвечают:"), &ch->response, false);
		put_blocks(&r, _("Важно знать:"), &ch->notes, false);
	}
	put_items(&r, cl, PHASE_BEFORE, _("Подготовьте до обращения:"));
	put_items(&r, cl, PHASE_AFTER, _("После обращения запишите:"));
	put_sources(&r);
	return finish_render(&r);
}
