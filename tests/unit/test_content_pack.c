/* SPDX-License-Identifier: MIT */
/* test_content_pack.c - the built-in content pack, checked as data: it loads
 * clean, the fixed ids exist, every (category, channel) checklist is usable,
 * every claim cites a known source, and a phone number appears only in a
 * disputed version or a claim whose own text says what the number is, and
 * never in a checklist item or a channel's text (printed in checklists). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "checklist.h"
#include "content.h"
#include "diag.h"
#include "loader.h"
#include "status.h"
#include "text.h"

#include "check.h"

static const char *const category_ids[] = {
	"orders", "payment", "returns", "tech",    "account",   "unreachable",
	"travel", "bank",    "seller",  "general", "complaint", "corporate",
};

static const char *const page_ids[] = {
	"tips",
	"record",
	"fraud",
	"rejected",
	"no-answer",
	"faq-answers",
	"algorithm",
	"ivr",
	"where-help",
	"legal",
	"not-for-customers",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* +7 or 8, then ten digits with spaces, hyphens of any kind, minus signs
 * or brackets between them: "8 800 100 0 800", "+7 495 232-10-00",
 * "8‑800‑555‑35‑35" (U+2011). */
static const char phone_pattern[] =
	"(?<!\\d)(?:\\+7|8)(?:[\\s\\-\\x{2010}-\\x{2015}\\x{2212}()]*\\d){10}"
	"|(?<!\\d)\\d(?:[\\s\\-\\x{2010}-\\x{2015}\\x{2212}()]*\\d){9,}";

/* What a text with a number must say about it, in its own words (search
 * and print show a text without its status label): unconfirmed and which
 * source gives it, not for customers, or a temporary number from the chat. */
static const char caveat_pattern[] =
	"(?i)источник\\w*\\s+\\d{3}.*не\\s+подтвержд"
	"|(?i)не\\s+подтвержд.*источник\\w*\\s+\\d{3}"
	"|(?i)не\\s+для\\s+покупателей|(?i)временн";

static pcre2_code *phone_re, *caveat_re;
static pcre2_match_data *phone_md, *caveat_md;

/* The built-in pack, loaded by setup. */
static struct content *builtin_pack;

static pcre2_code *compile(const char *pattern)
{
	int code;
	PCRE2_SIZE off;
	return pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
			     PCRE2_UTF | PCRE2_UCP | PCRE2_DOTALL, &code, &off,
			     NULL);
}

static bool phone_compile(void)
{
	phone_re = compile(phone_pattern);
	caveat_re = compile(caveat_pattern);
	if (!phone_re || !caveat_re)
		return false;
	phone_md = pcre2_match_data_create_from_pattern(phone_re, NULL);
	caveat_md = pcre2_match_data_create_from_pattern(caveat_re, NULL);
	return phone_md && caveat_md;
}

static bool has_phone(const char *s)
{
	if (!s)
		return false;
	return pcre2_match(phone_re, (PCRE2_SPTR)s, strlen(s), 0, 0, phone_md,
			   NULL) >= 0;
}

static bool has_caveat(const char *s)
{
	return pcre2_match(caveat_re, (PCRE2_SPTR)s, strlen(s), 0, 0, caveat_md,
			   NULL) >= 0;
}

static void test_phone_pattern(void)
{
	CHECK_MSG(has_phone("звоните 8 800 100 0 800"), "8 800 100 0 800");
	CHECK_MSG(has_phone("офис: +7 495 232-10-00."), "+7 495 232-10-00");
	CHECK_MSG(has_phone("8\u2011800\u2011555\u201135\u201135"), "U+2011");
	CHECK_MSG(has_phone("+7 495 232\u221210\u221200"), "U+2212");
	CHECK_MSG(has_phone("8 (800) 555-34-34"), "brackets");
	CHECK_MSG(has_phone("88005553535"), "no separators");
	CHECK_MSG(!has_phone("Обычно за 1–3 рабочих дня"), "1–3 дня");
	CHECK_MSG(!has_phone("с 9:00 до 21:00, сб с 10:00 до 18:00"), "hours");
	CHECK_MSG(!has_phone("номера 8-800 из статей"), "bare 8-800");
	CHECK_MSG(!has_phone("5–15 минут, 15–30 минут, до 24 часов"), "times");
	CHECK_MSG(has_phone("+7 (495) 232 10 00"), "+7 with brackets");
	CHECK_MSG(has_phone("звоните 495 232-10-00"), "ten digits, no prefix");
	CHECK_MSG(has_caveat("Источник 002: 8-800-234-55-66. Не подтверждён."),
		  "caveat: source and unconfirmed");
	CHECK_MSG(!has_caveat("8-800-234-55-66, круглосуточно (источник 002)"),
		  "no caveat: a source alone");
	CHECK_MSG(has_caveat("+7 495 232-10-00 — не для покупателей"),
		  "caveat: not for customers");
}

static const char *where(const struct origin *at, char *buf, size_t size)
{
	snprintf(buf, size, "%s:%u:%u", at->file ? at->file : "?", at->line,
		 at->col);
	return buf;
}

static void check_no_phone(const char *s, const char *what,
			   const struct origin *at)
{
	char pos[300];
	CHECK_MSG(!has_phone(s),
		  "%s: phone number in %s, which is never a "
		  "claim: «%s»",
		  where(at, pos, sizeof pos), what, s ? s : "");
	CHECK_MSG(!s || !strstr(s, "email protected"),
		  "%s: the mangled address placeholder in %s",
		  where(at, pos, sizeof pos), what);
}

/* A number in a text that may carry one: its own words must say what it
 * is. printed: the text is printed in checklists (a channel's parts),
 * where no number may be at all. */
static void check_number(const char *s, bool printed, const struct origin *at)
{
	char pos[300];
	CHECK_MSG(!strstr(s, "email protected"),
		  "%s: the mangled address placeholder in a claim",
		  where(at, pos, sizeof pos));
	if (!has_phone(s))
		return;
	CHECK_MSG(!printed,
		  "%s: phone number in a channel's text, which every "
		  "checklist of the channel prints: «%s»",
		  where(at, pos, sizeof pos), s);
	CHECK_MSG(has_caveat(s),
		  "%s: phone number without its caveat in the same text "
		  "(source and «не подтверждено», «не для покупателей» or "
		  "«временный»): «%s»",
		  where(at, pos, sizeof pos), s);
}

static void check_sources(const struct content *c, const struct source_list *sl,
			  const struct origin *at, const char *what)
{
	char pos[300];
	CHECK_MSG(sl->count >= 1, "%s: %s cites no source",
		  where(at, pos, sizeof pos), what);
	for (size_t i = 0; i < sl->count; i++)
		CHECK_MSG(content_find_source(c, sl->ids[i]) != NULL,
			  "%s: %s cites unknown source «%s»",
			  where(at, pos, sizeof pos), what, sl->ids[i]);
}

static void check_blocks(const struct content *c, const struct block_list *bl,
			 bool printed)
{
	char pos[300];
	for (size_t i = 0; i < bl->count; i++) {
		const struct block *b = &bl->items[i];
		CHECK_MSG(b->text && *b->text, "%s: empty block",
			  where(&b->at, pos, sizeof pos));
		switch (b->kind) {
		case BLOCK_TEXT:
			check_sources(c, &b->sources, &b->at, "claim");
			check_number(b->text, printed, &b->at);
			break;
		case BLOCK_GAP:
			check_no_phone(b->text, "a gap", &b->at);
			break;
		case BLOCK_HEADING:
			check_no_phone(b->text, "a heading", &b->at);
			break;
		case BLOCK_NOTE:
			check_no_phone(b->text, "a note", &b->at);
			break;
		case BLOCK_NUMBER:
			CHECK_MSG(content_find_number(c, b->text) != NULL,
				  "%s: no number record «%s»",
				  where(&b->at, pos, sizeof pos), b->text);
			CHECK_MSG(!printed, "%s: a number in a printed list",
				  where(&b->at, pos, sizeof pos));
			break;
		case BLOCK_DISPUTED:
			check_no_phone(b->text, "a disputed topic", &b->at);
			check_no_phone(b->advice, "disputed advice", &b->at);
			CHECK_MSG(b->version_count >= 2,
				  "%s: disputed with %zu "
				  "version(s)",
				  where(&b->at, pos, sizeof pos),
				  b->version_count);
			for (size_t v = 0; v < b->version_count; v++) {
				check_sources(c, &b->versions[v].sources,
					      &b->versions[v].at, "version");
				check_number(b->versions[v].text, printed,
					     &b->versions[v].at);
			}
			break;
		}
	}
}

static void check_items(const struct content *c, const struct check_list *cl)
{
	for (size_t i = 0; i < cl->count; i++) {
		check_no_phone(cl->items[i].text, "a checklist item",
			       &cl->items[i].at);
		check_sources(c, &cl->items[i].sources, &cl->items[i].at,
			      "checklist item");
	}
}

static void test_walk_model(void)
{
	const struct content *c = builtin_pack;
	for (size_t i = 0; i < c->source_count; i++) {
		check_no_phone(c->sources[i].title, "a source title",
			       &c->sources[i].at);
		check_no_phone(c->sources[i].note, "a source note",
			       &c->sources[i].at);
	}
	for (size_t i = 0; i < c->channel_count; i++) {
		const struct channel *ch = &c->channels[i];
		check_no_phone(ch->title, "a channel title", &ch->at);
		check_no_phone(ch->summary, "a channel summary", &ch->at);
		check_blocks(c, &ch->steps, true);
		check_blocks(c, &ch->hours, true);
		check_blocks(c, &ch->response, true);
		check_blocks(c, &ch->notes, true);
		check_items(c, &ch->checklist);
	}
	for (size_t i = 0; i < c->category_count; i++) {
		const struct category *cat = &c->categories[i];
		check_no_phone(cat->title, "a category title", &cat->at);
		check_no_phone(cat->summary, "a category summary", &cat->at);
		check_blocks(c, &cat->notes, false);
		check_items(c, &cat->checklist);
	}
	for (size_t i = 0; i < c->page_count; i++) {
		const struct page *p = &c->pages[i];
		check_no_phone(p->title, "a page title", &p->at);
		check_no_phone(p->summary, "a page summary", &p->at);
		check_blocks(c, &p->body, false);
	}
	check_items(c, &c->general);
}

static void test_fixed_ids(void)
{
	const struct content *c = builtin_pack;
	for (size_t i = 0; i < COUNT(category_ids); i++)
		CHECK_MSG(content_find_category(c, category_ids[i]) != NULL,
			  "category «%s» missing", category_ids[i]);
	for (size_t i = 0; i < COUNT(page_ids); i++)
		CHECK_MSG(content_find_page(c, page_ids[i]) != NULL,
			  "page «%s» missing", page_ids[i]);
	static const char *const sources[] = {"000", "001", "002", "003"};
	for (size_t i = 0; i < COUNT(sources); i++)
		CHECK_MSG(content_find_source(c, sources[i]) != NULL,
			  "source «%s» missing", sources[i]);
}

/* No two items with the same id or the same text. */
static void check_unique(const struct checklist *cl, const char *path)
{
	for (size_t i = 0; i < cl->count; i++)
		for (size_t k = i + 1; k < cl->count; k++) {
			CHECK_MSG(strcmp(cl->items[i]->id, cl->items[k]->id) !=
					  0,
				  "%s: item id «%s» twice", path,
				  cl->items[i]->id);
			CHECK_MSG(strcmp(cl->items[i]->text,
					 cl->items[k]->text) != 0,
				  "%s: item text «%s» twice (ids %s, %s)", path,
				  cl->items[i]->text, cl->items[i]->id,
				  cl->items[k]->id);
		}
}

static void test_checklists(void)
{
	const struct content *c = builtin_pack;
	char path[200];
	for (size_t i = 0; i < c->category_count; i++) {
		const struct category *cat = &c->categories[i];
		CHECK_MSG(cat->channel_count >= 1, "%s: no channel", cat->id);
		for (size_t k = 0; k < cat->channel_count; k++) {
			struct checklist cl;
			snprintf(path, sizeof path, "%s/%s", cat->id,
				 cat->channels[k]->id);
			int rc = checklist_build(c, cat, cat->channels[k], &cl);
			CHECK_MSG(rc == HN_OK, "%s: checklist_build %d", path,
				  rc);
			if (rc != HN_OK)
				continue;
			CHECK_MSG(cl.count > 0, "%s: empty checklist", path);
			check_unique(&cl, path);
			checklist_free(&cl);
		}
	}
	for (size_t i = 0; i < c->channel_count; i++) {
		struct checklist cl;
		snprintf(path, sizeof path, "channels/%s", c->channels[i].id);
		int rc = checklist_build(c, NULL, &c->channels[i], &cl);
		CHECK_MSG(rc == HN_OK, "%s: checklist_build %d", path, rc);
		if (rc != HN_OK)
			continue;
		check_unique(&cl, path);
		checklist_free(&cl);
	}
}

static void test_pages_and_channels(void)
{
	const struct content *c = builtin_pack;
	for (size_t i = 0; i < c->page_count; i++) {
		const struct page *p = &c->pages[i];
		CHECK_MSG(p->body.count > 0, "page %s: empty body", p->id);
		size_t w = text_width(p->title, strlen(p->title));
		CHECK_MSG(w <= 40, "page %s: title %zu columns wide", p->id, w);
	}
	for (size_t i = 0; i < c->channel_count; i++)
		CHECK_MSG(c->channels[i].steps.count > 0,
			  "channel %s: no steps", c->channels[i].id);
}

static int setup(void)
{
	struct diag_list diags = {0};
	int rc;

	if (!CHECK_MSG(phone_compile(), "the phone pattern compiles"))
		return 1;
	rc = loader_load_builtin(&builtin_pack, &diags);
	CHECK_MSG(rc == HN_OK && builtin_pack != NULL,
		  "loader_load_builtin: %d", rc);
	CHECK_MSG(diags.count == 0, "built-in content: %zu message(s)",
		  diags.count);
	diag_list_print(&diags, stderr);
	diag_list_free(&diags);
	return builtin_pack ? 0 : 1;
}

static void teardown(void)
{
	content_free(builtin_pack);
	pcre2_match_data_free(phone_md);
	pcre2_code_free(phone_re);
	pcre2_match_data_free(caveat_md);
	pcre2_code_free(caveat_re);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_phone_pattern),      CHECK_CASE(test_fixed_ids),
	CHECK_CASE(test_pages_and_channels), CHECK_CASE(test_checklists),
	CHECK_CASE(test_walk_model),
};

CHECK_SUITE(all_cases, setup, teardown);
