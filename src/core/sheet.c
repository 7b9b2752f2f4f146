/* SPDX-License-Identifier: MIT */
/* sheet.c - the layout of the printed sheet (sheet.h): header, items with
 * boxes and blanks sized for what goes in them, the channel in short, the
 * essentials, sources, the draft, and pages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "checklist.h"
#include "draft.h"
#include "i18n.h"
#include "sheet.h"
#include "sheet_internal.h"
#include "text.h"

enum {
	ITEM_INDENT = 6,      /* columns before an item's text: "  [ ] " */
	TEXT_BLANK_LINES = 3, /* ruled lines for free text */
	LINE_BLANK = 40,      /* columns of a one-line answer */
	MAX_SECTIONS = 8,     /* the sections a sheet has (fixed layout) */
};

/* The blank of each shape, as printed (enum blank_shape order); free text
 * is ruled lines instead. */
static const char *const blank_forms[] = {
	[BLANK_LINE] = NULL,
	[BLANK_ORDER] = "№ ________________________",
	[BLANK_DATE] = "___.___.20___",
	[BLANK_DATETIME] = "___.___.20___   ___:___",
	[BLANK_PHONE] = "+7 (_____) _____-___-___",
	[BLANK_AMOUNT] = "______________ руб.",
	[BLANK_CODE] = "________________",
	[BLANK_TEXT] = NULL,
};

void sheet_default_options(struct sheet_options *o)
{
	*o = (struct sheet_options){.format = SHEET_TEXT,
				    .width = SHEET_WIDTH,
				    .page_lines = SHEET_PAGE_LINES,
				    .printed = sheet_now()};
}

static bool epoch_from(const char *name, long long *out)
{
	const char *v = getenv(name);
	char *end;
	if (!v || !*v)
		return false;
	long long t = strtoll(v, &end, 10);
	if (*end || t < 0)
		return false;
	*out = t;
	return true;
}

long long sheet_now(void)
{
	long long t;
	if (epoch_from("HELPNAV_NOW", &t) ||
	    epoch_from("SOURCE_DATE_EPOCH", &t))
		return t;
	return (long long)time(NULL);
}

enum sheet_format sheet_format_for_name(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	return n > 3 && !strcasecmp(name + n - 3, ".md") ? SHEET_MARKDOWN
							 : SHEET_TEXT;
}

/* n copies of s (one column each). */
static void repeat(struct sheet_out *r, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sheet_puts(r, s);
}

static void put_blank(struct sheet_out *r, enum blank_shape shape)
{
	const char *indent = r->md ? "  " : "      ";
	size_t room = r->width > ITEM_INDENT ? r->width - ITEM_INDENT : 1;
	if (r->md) {
		sheet_puts(r, indent);
		sheet_puts(r, "`");
		if (blank_forms[shape])
			sheet_puts(r, blank_forms[shape]);
		else
			repeat(r, "_", shape == BLANK_TEXT ? room : LINE_BLANK);
		sheet_puts(r, "`\n");
		return;
	}
	size_t lines = shape == BLANK_TEXT ? TEXT_BLANK_LINES : 1;
	for (size_t i = 0; i < lines; i++) {
		sheet_puts(r, indent);
		if (blank_forms[shape])
			sheet_puts(r, blank_forms[shape]);
		else
			repeat(r, "_",
			       shape == BLANK_TEXT ? room
			       : LINE_BLANK < room ? LINE_BLANK
						   : room);
		sheet_puts(r, "\n");
	}
}

/* In Markdown, the line just written ends with a hard break, so that what
 * follows stays in the item but on a line of its own. */
static void md_break(struct sheet_out *r)
{
	if (r->md && r->len && r->buf[r->len - 1] == '\n') {
		r->buf[--r->len] = '\0';
		sheet_puts(r, "  \n");
	}
}

static void put_item(struct sheet_out *r, const struct checklist *cl, size_t i)
{
	const struct check_item *it = cl->items[i];
	const char *value = cl->values[i];
	bool done = checklist_item_done(cl, i);
	const char *box = r->md ? (done ? "- [x] " : "- [ ] ")
				: (done ? "  [x] " : "  [ ] ");
	const char *rest = r->md ? "  " : "      ";
	sheet_claim(r, box, rest, it->text, &it->sources, CLAIM_PLAIN);
	if (!it->field)
		return;
	if (!value) {
		md_break(r);
		put_blank(r, it->blank);
		return;
	}
	char *clean = sheet_clean(value, true);
	if (!clean) {
		r->failed = true;
		return;
	}
	md_break(r);
	sheet_wrapped(r, rest, rest, clean);
	free(clean);
}

static void put_items(struct sheet_out *r, const struct checklist *cl,
		      enum check_phase phase, const char *heading)
{
	bool any = false;
	for (size_t i = 0; i < cl->count; i++) {
		if (cl->items[i]->phase != phase)
			continue;
		if (!any)
			sheet_heading(r, heading);
		any = true;
		put_item(r, cl, i);
	}
	if (any)
		sheet_puts(r, "\n");
}

/* «Возврат и обмен — Чат в приложении Ozon», underlined. */
static void put_title(struct sheet_out *r, const struct checklist *cl)
{
	const char *cat = cl->category ? cl->category->title : NULL;
	const char *chan = cl->channel ? cl->channel->title : "";
	size_t len = strlen(chan) + (cat ? strlen(cat) : 0) + 16;
	char *title = malloc(len);
	if (!title) {
		r->failed = true;
		return;
	}
	snprintf(title, len, "%s%s%s%s", r->md ? "# " : "", cat ? cat : "",
		 cat ? " — " : "", chan);
	sheet_wrapped(r, "", "", title);
	size_t w = text_width(title, strlen(title));
	if (!r->md)
		repeat(r, "=", w < r->width ? w : r->width);
	sheet_puts(r, "\n");
	free(title);
}

static void put_header(struct sheet_out *r, const struct checklist *cl,
		       const struct sheet_options *o)
{
	put_title(r, cl);
	char when[64] = "";
	time_t t = (time_t)o->printed;
	struct tm tm;
	if (localtime_r(&t, &tm))
		strftime(when, sizeof when, "%d.%m.%Y %H:%M", &tm);
	char line[512];
	snprintf(line, sizeof line,
		 _("Чек-лист подготовки к обращению. Напечатан %s, helpnav "
		   "%s, содержимое: %s."),
		 when, HELPNAV_VERSION, o->pack ? o->pack : _("встроенное"));
	sheet_wrapped(r, "", "", line);
	sheet_puts(r, "\n");
}

/* How to get in touch, in short: the steps, hours and response time. */
static void put_contact(struct sheet_out *r, const struct channel *ch)
{
	sheet_blocks(r, _("Как связаться"), &ch->steps, true);
	sheet_blocks(r, _("Когда работает"), &ch->hours, false);
	sheet_blocks(r, _("Как быстро отвечают"), &ch->response, false);
}

/* The channel's notes, then where the category's sources disagree. */
static void put_essentials(struct sheet_out *r, const struct checklist *cl)
{
	if (cl->channel)
		sheet_blocks(r, _("Важно знать"), &cl->channel->notes, false);
	if (!cl->category)
		return;
	const struct block_list *notes = &cl->category->notes;
	bool any = false;
	for (size_t i = 0; i < notes->count; i++) {
		if (notes->items[i].kind != BLOCK_DISPUTED)
			continue;
		if (!any)
			sheet_heading(r, _("Где источники расходятся"));
		any = true;
		sheet_disputed(r, r->md ? "- " : "  - ", r->md ? "  " : "    ",
			       &notes->items[i]);
	}
	if (any)
		sheet_puts(r, "\n");
}

static void put_draft(struct sheet_out *r, const struct content *c,
		      const struct checklist *cl)
{
	char *d = draft_compose(c, cl);
	if (!d) {
		r->failed = true;
		return;
	}
	sheet_heading(r, _("Черновик обращения"));
	const char *quote = r->md ? "> " : "  ";
	for (char *p = d, *nl; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p) - 1; /* no last newline: stop */
		else
			*nl = '\0';
		if (*p)
			sheet_wrapped(r, quote, quote, p);
		else
			sheet_puts(r, r->md ? ">\n" : "\n");
	}
	sheet_puts(r, "\n");
	free(d);
}

static size_t count_lines(const char *s, size_t n)
{
	size_t lines = 0;
	for (size_t i = 0; i < n; i++)
		lines += s[i] == '\n';
	return lines;
}

/* Trims the blank lines at the end and frees what only writing needed:
 * the text (the caller's), or NULL when writing failed (r->buf freed). */
static char *sheet_finish(struct sheet_out *r)
{
	free(r->cited);
	r->cited = NULL;
	while (!r->failed && r->len >= 2 && r->buf[r->len - 1] == '\n' &&
	       r->buf[r->len - 2] == '\n')
		r->buf[--r->len] = '\0';
	if (r->failed) {
		free(r->buf);
		r->buf = NULL;
	}
	return r->buf;
}

/* The sections laid on pages: a section that fits on a page but not on
 * what is left of this one starts the next with a form feed. */
static char *paginate(const struct sheet_out *r, const size_t *starts, size_t n,
		      size_t page)
{
	struct sheet_out p = {.width = r->width};
	size_t used = 0;
	for (size_t i = 0; i < n; i++) {
		size_t end = i + 1 < n ? starts[i + 1] : r->len;
		size_t lines = count_lines(r->buf + starts[i], end - starts[i]);
		if (used > 0 && lines <= page && used + lines > page) {
			sheet_puts(&p, "\f");
			used = 0;
		}
		sheet_put(&p, r->buf + starts[i], end - starts[i]);
		used = (used + lines) % page;
	}
	if (p.failed) {
		free(p.buf);
		return NULL;
	}
	return p.buf;
}

char *sheet_render(const struct content *c, const struct checklist *cl,
		   const struct sheet_options *o)
{
	struct sheet_out r = {.c = c,
			      .width = o->width ? o->width : SHEET_WIDTH,
			      .md = o->format == SHEET_MARKDOWN};
	size_t starts[MAX_SECTIONS], n = 0;
	starts[n++] = 0;
	put_header(&r, cl, o);
	put_items(&r, cl, PHASE_BEFORE, _("Подготовьте до обращения"));
	starts[n++] = r.len;
	put_items(&r, cl, PHASE_AFTER,
		  _("Во время и после обращения запишите"));
	starts[n++] = r.len;
	if (cl->channel)
		put_contact(&r, cl->channel);
	starts[n++] = r.len;
	put_essentials(&r, cl);
	starts[n++] = r.len;
	sheet_sources(&r);
	if (o->with_draft) {
		starts[n++] = r.len;
		put_draft(&r, c, cl);
	}
	if (!sheet_finish(&r) || r.md || o->page_lines == 0)
		return r.buf;
	char *out = paginate(&r, starts, n, o->page_lines);
	free(r.buf);
	return out;
}

char *checklist_render_blocks(const struct content *c, const char *title,
			      const struct block_list *bl, size_t width,
			      bool list_sources)
{
	struct sheet_out r = {.c = c, .width = width ? width : SHEET_WIDTH};
	sheet_wrapped(&r, "", "", title);
	if (bl->count)
		sheet_puts(&r, "\n");
	sheet_blocks(&r, NULL, bl, false);
	if (list_sources)
		sheet_sources(&r);
	return sheet_finish(&r);
}
