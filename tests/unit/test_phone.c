/* SPDX-License-Identifier: MIT */
/* test_phone.c - phone numbers: spellings to digits, lookup in the
 * built-in pack's records, finding numbers in prose, the verdict. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "loader.h"
#include "phone.h"
#include "status.h"

#include "check.h"

/* text parses to digits, whole or a tail. */
static void parses(const char *text, const char *digits, bool whole)
{
	struct phone_query q;
	int rc = phone_parse(text, &q);
	CHECK_MSG(rc == HN_OK, "«%s» is not a number", text);
	if (rc != HN_OK)
		return;
	CHECK_EQ_STR_MSG(q.digits, digits, text);
	CHECK_MSG(q.whole == whole, "«%s»: whole %d", text, q.whole);
}

static void refused(const char *text)
{
	struct phone_query q;
	CHECK_MSG(phone_parse(text, &q) == HN_INVALID, "«%s» taken as a number",
		  text);
}

static void test_spellings(void)
{
	static const char *const same[] = {
		"88005553434",
		"8 800 555 34 34",
		"+7 (800) 555-34-34",
		"8-800-555-34-34",
		"8\xC2\xA0"
		"800\xC2\xA0"
		"555\xC2\xA0"
		"34\xC2\xA0"
		"34", /* NBSP */
		"8 800 555\xE2\x80\x91"
		"34\xE2\x80\x91"
		"34", /* U+2011 */
		"8 800 555\xE2\x88\x92"
		"34\xE2\x88\x92"
		"34", /* U+2212 */
		"8 800 555\xE2\x80\x94"
		"34\xE2\x80\x95"
		"34", /* U+2014/5 */
		"8\xE2\x80\x90"
		"800\xE2\x80\x93"
		"5553434", /* U+2010/3 */
		"  +78005553434  ",
		"8005553434",
		"7 800 555 34 34",
		"8.800.555.34.34",
	};
	for (size_t i = 0; i < sizeof same / sizeof *same; i++)
		parses(same[i], "78005553434", true);
	parses("555-34-34", "5553434", false);
	parses("5553434", "5553434", false);
	parses("(495) 232-10-00", "74952321000", true);
	parses("+44 20 7946 0958", "442079460958", true);
}

static void test_not_numbers(void)
{
	refused("");
	refused("возврат");
	refused("234");
	refused("555-34");
	refused("8 800 555 34 3x");
	refused("8 800 + 555 34 34");
	refused("+0 123 456 789");
	refused("1234567890123456"); /* longer than E.164 */
	refused("123456789012");     /* 12 digits without '+' */
	refused("8\t800\n555");
	refused("\xFF\xFE"
		"5553434");
}

static void test_e164(void)
{
	CHECK(phone_e164_ok("+78005553434"));
	CHECK(phone_e164_ok("+74952321000"));
	CHECK(!phone_e164_ok("78005553434"));
	CHECK(!phone_e164_ok("+7 800 555 34 34"));
	CHECK(!phone_e164_ok("+0800"));
	CHECK(!phone_e164_ok("+7800"));
	CHECK(!phone_e164_ok("+1234567890123456"));
}

/* The id of the one record text names in c, or NULL. */
static const char *lookup(const struct content *c, const char *text)
{
	struct phone_query q;
	size_t i = 0;
	if (phone_parse(text, &q) != HN_OK)
		return NULL;
	const struct number_record *r = phone_next(c, &q, &i);
	CHECK_MSG(!r || !phone_next(c, &q, &i), "«%s»: two records", text);
	return r ? r->id : NULL;
}

static void test_lookup(const struct content *c)
{
	CHECK_EQ_STR(lookup(c, "8 800 555 34 34"), "busy-555-34");
	CHECK_EQ_STR(lookup(c, "555-34-34"), "busy-555-34");
	CHECK_EQ_STR(lookup(c, "+7 495 232 10 00"), "office");
	CHECK_EQ_STR(lookup(c, "2321000"), "office");
	CHECK_EQ_STR(lookup(c, "88006009232"), "sellers-600");
	CHECK_EQ_STR(lookup(c, "8 800 100 0 800"), "app-100");
	CHECK(lookup(c, "8 800 555 34 35") == NULL);
	CHECK(lookup(c, "+380 800 555 34 34") == NULL); /* not a tail */
	/* every record's own spellings find it */
	for (size_t i = 0; i < c->number_count; i++) {
		const struct number_record *r = &c->numbers[i];
		for (size_t k = 0; k < r->written.count; k++)
			CHECK_EQ_STR_MSG(lookup(c, r->written.ids[k]), r->id,
					 r->written.ids[k]);
	}
}

static void test_find_in_text(void)
{
	const char *t = "Звоните с 9:00 до 21:00, 5–15 минут: номер "
			"+7 495 232−10−00 — офис, и 8 (800) 555-34-34.";
	size_t off = 0, start, n;
	struct phone_query q;
	CHECK(phone_find_in_text(t, strlen(t), &off, &start, &n, &q) == HN_OK);
	CHECK(!strncmp(t + start, "+7 495 232", 10));
	CHECK_EQ_STR(q.digits, "74952321000");
	CHECK(phone_find_in_text(t, strlen(t), &off, &start, &n, &q) == HN_OK);
	CHECK(n == strlen("8 (800) 555-34-34"));
	CHECK_EQ_STR(q.digits, "78005553434");
	CHECK(phone_find_in_text(t, strlen(t), &off, &start, &n, &q) ==
	      HN_INVALID);
}

/* Whether some block of bl has text containing s. */
static bool says(const struct block_list *bl, const char *s)
{
	for (size_t i = 0; i < bl->count; i++)
		if (strstr(bl->items[i].text, s))
			return true;
	return false;
}

static void test_verdict(const struct content *c)
{
	struct arena *a = arena_new();
	struct phone_query q;
	struct block_list bl;
	bool found;
	CHECK(a && phone_parse("232-10-00", &q) == HN_OK);
	CHECK(phone_verdict(c, &q, a, &bl, &found) == HN_OK && found);
	CHECK(says(&bl, "не для покупателей"));
	CHECK(says(&bl, "Источник 001"));
	CHECK(says(&bl, "коды из SMS"));
	CHECK(phone_parse("+7 999 000-00-00", &q) == HN_OK);
	CHECK(phone_verdict(c, &q, a, &bl, &found) == HN_OK && !found);
	CHECK(says(&bl, "не называет этот номер"));
	CHECK(says(&bl, "временный номер"));
	CHECK(phone_card(c, &q, a, &bl, &found) == HN_OK && !found);
	CHECK(bl.count == 1);
	arena_free(a);
}

static struct content *builtin;

static int setup(void)
{
	struct diag_list diags = {0};
	int rc = loader_load_builtin(&builtin, &diags);
	CHECK_MSG(rc == HN_OK && builtin != NULL, "loader_load_builtin: %d",
		  rc);
	diag_list_free(&diags);
	return builtin ? 0 : 1;
}

static void teardown(void)
{
	content_free(builtin);
}

static void test_builtin_numbers(void)
{
	CHECK(builtin->number_count >= 8);
}

static void test_builtin_lookup(void)
{
	test_lookup(builtin);
}

static void test_builtin_verdict(void)
{
	test_verdict(builtin);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_spellings),
	CHECK_CASE(test_not_numbers),
	CHECK_CASE(test_e164),
	CHECK_CASE(test_find_in_text),
	CHECK_CASE(test_builtin_numbers),
	CHECK_CASE(test_builtin_lookup),
	CHECK_CASE(test_builtin_verdict),
};

CHECK_SUITE(all_cases, setup, teardown);
