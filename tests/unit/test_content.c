/* SPDX-License-Identifier: MIT */
/* test_content - paths over the small test pack: content_resolve,
 * content_node_path, content_node_title and content_suggest_paths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "status.h"

#include "check.h"

static struct content *c;

static int resolve(const char *path, struct node_ref *out)
{
	return content_resolve(c, path, out);
}

static void test_resolve_kinds(void)
{
	struct node_ref r;
	CHECK(resolve("", &r) == HN_OK && r.kind == NODE_ROOT);
	CHECK(resolve("returns", &r) == HN_OK && r.kind == NODE_CATEGORY &&
	      r.category == content_find_category(c, "returns") && !r.channel &&
	      !r.page);
	CHECK(resolve("returns/", &r) == HN_OK && r.kind == NODE_CATEGORY);
	CHECK(resolve("returns/form", &r) == HN_OK && r.kind == NODE_CHANNEL &&
	      r.category == &c->categories[1] &&
	      r.channel == content_find_channel(c, "form"));
	CHECK(resolve("returns/chat/checklist", &r) == HN_OK &&
	      r.kind == NODE_CHECKLIST && r.category == &c->categories[1] &&
	      r.channel == content_find_channel(c, "chat"));
	CHECK(resolve("fraud", &r) == HN_OK && r.kind == NODE_PAGE &&
	      r.page == content_find_page(c, "fraud") && !r.category);
	CHECK(resolve("channels", &r) == HN_OK && r.kind == NODE_CHANNELS);
	CHECK(resolve("channels/callback", &r) == HN_OK &&
	      r.kind == NODE_CHANNEL && !r.category &&
	      r.channel == content_find_channel(c, "callback"));
	CHECK(resolve("channels/callback/checklist/", &r) == HN_OK &&
	      r.kind == NODE_CHECKLIST && !r.category);
	CHECK(resolve("sources", &r) == HN_OK && r.kind == NODE_SOURCES);
}

static void test_resolve_invalid(void)
{
	static const char *const bad[] = {"returns/callback",
					  "fraud/chat",
					  "sources/000",
					  "nothing",
					  "returns/chat/checklist/x",
					  "returns//chat",
					  "/returns",
					  "returns/chat/steps",
					  "channels/nothing",
					  "channels/chat/x",
					  "Returns",
					  "returns//",
					  "channels/",
					  NULL};
	/* "channels/" is "channels" with the trailing slash ignored. */
	for (int i = 0; bad[i]; i++) {
		struct node_ref r = {.kind = NODE_SOURCES};
		int status = resolve(bad[i], &r);
		if (!strcmp(bad[i], "channels/")) {
			CHECK(status == HN_OK && r.kind == NODE_CHANNELS);
			continue;
		}
		if (!CHECK_MSG(status == HN_INVALID, "%s", bad[i]))
			continue;
		CHECK(r.kind == NODE_SOURCES); /* untouched */
	}
}

static void round_trip(const char *path)
{
	struct node_ref r;
	char buf[128];
	if (!CHECK_MSG(resolve(path, &r) == HN_OK, "%s", path))
		return;
	content_node_path(&r, buf, sizeof buf);
	CHECK_EQ_STR_MSG(buf, path, path);
}

static void test_node_path(void)
{
	static const char *const paths[] = {"",
					    "orders",
					    "orders/callback",
					    "orders/callback/checklist",
					    "escalation",
					    "channels",
					    "channels/form",
					    "channels/form/checklist",
					    "sources",
					    NULL};
	for (int i = 0; paths[i]; i++)
		round_trip(paths[i]);
	struct node_ref r;
	char small[8];
	resolve("returns/chat/checklist", &r);
	content_node_path(&r, small, sizeof small);
	CHECK(!strcmp(small, "returns"));
	content_node_path(&r, small, 0); /* writes nothing */
	CHECK(!strcmp(small, "returns"));
}

static void check_title(const char *path, const char *sep, bool channels,
			const char *want)
{
	struct node_ref r;
	char buf[256];

	if (!CHECK_MSG(resolve(path, &r) == HN_OK, "%s", path))
		return;
	content_node_title(&r, sep, channels, buf, sizeof buf);
	CHECK_EQ_STR_MSG(buf, want, path);
}

static void test_node_title(void)
{
	check_title("", " › ", true, "helpnav: помощь покупателю Ozon");
	check_title("returns", " › ", true, "Возврат и обмен");
	check_title("returns/chat", " › ", true,
		    "Возврат и обмен › Чат в приложении");
	check_title("returns/chat/checklist", " > ", false,
		    "Возврат и обмен > Чат в приложении > Чек-лист");
	check_title("channels/form", " › ", true,
		    "Все каналы связи › Форма обратной связи на сайте");
	check_title("channels/form", " › ", false,
		    "Форма обратной связи на сайте");
	check_title("channels/chat/checklist", " › ", false,
		    "Чат в приложении › Чек-лист");
	check_title("fraud", " › ", false, "Как не попасть к мошенникам");
	check_title("channels", " › ", false, "Все каналы связи");
	check_title("sources", " › ", false, "Источники");

	struct node_ref r;
	char small[8];
	resolve("returns/chat", &r);
	content_node_title(&r, " › ", true, small, sizeof small);
	CHECK(strlen(small) < sizeof small);           /* cut, still a string */
	content_node_title(&r, " › ", true, small, 0); /* writes nothing */
}

static size_t suggest(const char *wrong, char **out, size_t max)
{
	size_t n = content_suggest_paths(c, wrong, out, max);
	return n;
}

static void free_all(char **out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(out[i]);
}

static void test_suggest(void)
{
	char *out[8];
	size_t n = suggest("returns/caht", out, 8);
	CHECK(n >= 1 && !strcmp(out[0], "returns/chat"));
	free_all(out, n);
	n = suggest("retruns", out, 8);
	CHECK(n >= 1 && !strcmp(out[0], "returns"));
	free_all(out, n);
	n = suggest("returns/chat/check", out, 8);
	CHECK(n >= 1 && !strcmp(out[0], "returns/chat/checklist"));
	free_all(out, n);
	n = suggest("returns/xyz", out, 8);
	CHECK(n == 2 && !strcmp(out[0], "returns/chat") &&
	      !strcmp(out[1], "returns/form"));
	free_all(out, n);
	n = suggest("chan", out, 3);
	CHECK(n == 3 && !strcmp(out[0], "channels") &&
	      !strcmp(out[1], "channels/chat"));
	free_all(out, n);
	n = suggest("zzzzzzzzzzzz", out, 8);
	CHECK(n == 0);
	n = suggest("frad/", out, 1);
	CHECK(n == 1 && !strcmp(out[0], "fraud"));
	free_all(out, n);
}

static int setup(void)
{
	struct diag_list d = {0};
	int status = loader_load_dir(
		HELPNAV_SOURCE_DIR "/tests/fixtures/pack-small", &c, &d);

	if (!CHECK_MSG(status == HN_OK, "pack-small loads"))
		diag_list_print(&d, stdout);
	diag_list_free(&d);
	return status == HN_OK ? 0 : 1;
}

static void teardown(void)
{
	content_free(c);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_resolve_kinds), CHECK_CASE(test_resolve_invalid),
	CHECK_CASE(test_node_path),     CHECK_CASE(test_node_title),
	CHECK_CASE(test_suggest),
};

CHECK_SUITE(all_cases, setup, teardown);
