/* SPDX-License-Identifier: MIT */
/* test_checklist - merging (order, duplicates, no category), state, and the
 * plain-text rendering (sections, marks, 80-column width). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "status.h"
#include "text.h"

#include "check.h"
#include "sheet.h"

/* The sheet in plain text at width columns, without pages, at a fixed
 * time. */
static char *render_at(const struct content *c, const struct checklist *cl,
		       size_t width)
{
	struct sheet_options o = {.width = width, .printed = 0};
	return sheet_render(c, cl, &o);
}

static const char *ids_000[] = {"000"};
static const char *ids_001[] = {"001"};
static const char *ids_both[] = {"000", "001"};
#define SRC(a) \
	{ \
		a, sizeof a / sizeof a[0] \
	}

static struct check_item general_items[] = {
	{"order-number",
	 "Номер заказа",
	 "order",
	 "номер заказа",
	 BLANK_ORDER,
	 PHASE_BEFORE,
	 SRC(ids_000),
	 {0},
	 {0}},
	{"ticket",
	 "Номер обращения",
	 "field",
	 "поле",
	 BLANK_LINE,
	 PHASE_AFTER,
	 SRC(ids_001),
	 {0},
	 {0}},
	{"photos",
	 "Фото товара со всех сторон",
	 NULL,
	 NULL,
	 BLANK_LINE,
	 PHASE_BEFORE,
	 SRC(ids_000),
	 {0},
	 {0}},
};
static struct check_item category_items[] = {
	{"photos",
	 "ДУБЛЬ фото",
	 NULL,
	 NULL,
	 BLANK_LINE,
	 PHASE_BEFORE,
	 SRC(ids_001),
	 {0},
	 {0}},
	{"operator",
	 "Имя оператора",
	 "field",
	 "поле",
	 BLANK_LINE,
	 PHASE_AFTER,
	 SRC(ids_001),
	 {0},
	 {0}},
	{"receipt",
	 "Чек или электронный чек из личного кабинета",
	 NULL,
	 NULL,
	 BLANK_LINE,
	 PHASE_BEFORE,
	 SRC(ids_both),
	 {0},
	 {0}},
};
static struct check_item channel_items[] = {
	{"order-number",
	 "ДУБЛЬ номера заказа",
	 "order",
	 "номер заказа",
	 BLANK_ORDER,
	 PHASE_BEFORE,
	 SRC(ids_000),
	 {0},
	 {0}},
	{"screenshot",
	 "Снимок экрана с ошибкой приложения, если она есть, "
	 "причём этот пункт нарочно длинный, чтобы проверить "
	 "перенос строк по словам на ширине восемьдесят колонок",
	 NULL,
	 NULL,
	 BLANK_LINE,
	 PHASE_BEFORE,
	 SRC(ids_001),
	 {0},
	 {0}},
};

static struct claim_version versions[] = {
	{"Источник 000 пишет, что чат отвечает за несколько минут.",
	 SRC(ids_000),
	 {0}},
	{"Источник 001 пишет, что ответ может занять до суток.",
	 SRC(ids_001),
	 {0}},
};

static struct block steps[] = {
	{BLOCK_TEXT,
	 "Откройте приложение и перейдите в раздел «Профиль».",
	 SRC(ids_000),
	 CLAIM_PLAIN,
	 NULL,
	 0,
	 NULL,
	 {0}},
	{BLOCK_HEADING,
	 "Если заказ уже получен",
	 {0},
	 CLAIM_PLAIN,
	 NULL,
	 0,
	 NULL,
	 {0}},
	{BLOCK_TEXT,
	 "Выберите заказ и нажмите «Вернуть товар»; "
	 "Сверхдлинноеслововкоторомнетпробеловипереносовсовсемникакихвообщеаж "
	 "не должно вылезти за край.",
	 SRC(ids_both),
	 CLAIM_UNCONFIRMED,
	 NULL,
	 0,
	 NULL,
	 {0}},
	{BLOCK_NOTE,
	 "Сохраните номер обращения.",
	 {0},
	 CLAIM_PLAIN,
	 NULL,
	 0,
	 NULL,
	 {0}},
};
static struct block response[] = {
	{BLOCK_DISPUTED,
	 "Как быстро отвечает чат",
	 {0},
	 CLAIM_PLAIN,
	 versions,
	 2,
	 "Ждите ответа в том же чате.",
	 {0}},
};

static struct channel chat = {
	.id = "chat",
	.title = "Чат в приложении Ozon",
	.steps = {steps, 4},
	.response = {response, 1},
	.checklist = {channel_items, 2},
};
static const struct channel *cat_channels[] = {&chat};
static struct category returns = {
	.id = "returns",
	.title = "Возврат и обмен",
	.channels = cat_channels,
	.channel_count = 1,
	.checklist = {category_items, 3},
};
static struct source sources[] = {
	{"000", "Обзор способов связи", NULL, "Противоречит себе", {0}},
	{"001", "Справка Ozon", NULL, NULL, {0}},
	{"002", "Никем не цитируемый источник", NULL, NULL, {0}},
};

static struct content pack = {
	.sources = sources,
	.source_count = 3,
	.channels = &chat,
	.channel_count = 1,
	.categories = &returns,
	.category_count = 1,
	.general = {general_items, 3},
};

static void test_merge(void)
{
	struct checklist cl;
	CHECK(checklist_build(&pack, &returns, &chat, &cl) == HN_OK);
	const struct check_item *want[] = {
		&general_items[0], &general_items[2], &category_items[2],
		&channel_items[1], &general_items[1], &category_items[1],
	};
	CHECK(cl.count == 6);
	for (size_t i = 0; i < 6 && i < cl.count; i++)
		CHECK(cl.items[i] == want[i]);
	CHECK(cl.category == &returns && cl.channel == &chat);
	CHECK(!cl.dirty);
	for (size_t i = 0; i < cl.count; i++)
		CHECK(!cl.ticked[i] && !cl.values[i]);
	checklist_free(&cl);
}

static void test_merge_without_category(void)
{
	struct checklist cl;
	CHECK(checklist_build(&pack, NULL, &chat, &cl) == HN_OK);
	const struct check_item *want[] = {
		&general_items[0],
		&general_items[2],
		&channel_items[1],
		&general_items[1],
	};
	CHECK(cl.count == 4);
	for (size_t i = 0; i < 4 && i < cl.count; i++)
		CHECK(cl.items[i] == want[i]);
	char name[64];
	checklist_default_filename(&cl, name, sizeof name);
	CHECK(strcmp(name, "checklist-chat.txt") == 0);
	checklist_free(&cl);
}

static void test_state(void)
{
	struct checklist cl;
	CHECK(checklist_build(&pack, &returns, &chat, &cl) == HN_OK);
	checklist_toggle(&cl, 1);
	CHECK(cl.ticked[1] && cl.dirty);
	checklist_toggle(&cl, 1);
	CHECK(!cl.ticked[1]);
	checklist_toggle(&cl, 99); /* ignored */
	CHECK(checklist_set_value(&cl, 0, "12345-678") == HN_OK);
	CHECK(cl.values[0] && strcmp(cl.values[0], "12345-678") == 0);
	CHECK(checklist_set_value(&cl, 0, "") == HN_OK && !cl.values[0]);
	CHECK(checklist_set_value(&cl, 0, NULL) == HN_OK && !cl.values[0]);
	CHECK(checklist_set_value(&cl, 6, "x") == HN_INVALID);
	char name[64];
	checklist_default_filename(&cl, name, sizeof name);
	CHECK(strcmp(name, "checklist-returns-chat.txt") == 0);
	checklist_free(&cl);
	CHECK(cl.items == NULL && cl.count == 0);
}

/* Progress counts what the list marks [x]: ticks and filled fields. */
static void test_progress(void)
{
	struct checklist cl;
	CHECK(checklist_build(&pack, &returns, &chat, &cl) == HN_OK);
	CHECK(checklist_done_count(&cl) == 0);
	checklist_toggle(&cl, 1);
	CHECK(checklist_item_done(&cl, 1) && checklist_done_count(&cl) == 1);
	CHECK(checklist_set_value(&cl, 0, "12345") == HN_OK);
	CHECK(checklist_item_done(&cl, 0) && checklist_done_count(&cl) == 2);
	CHECK(checklist_set_value(&cl, 0, "") == HN_OK);
	CHECK(!checklist_item_done(&cl, 0) && checklist_done_count(&cl) == 1);
	CHECK(!checklist_item_done(&cl, 99));
	checklist_free(&cl);
}

static size_t max_line_width(const char *text)
{
	size_t max = 0;
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		size_t w = text_width(p, n);
		if (w > max)
			max = w;
		p += n + (p[n] == '\n');
	}
	return max;
}

static const char *after(const char *hay, const char *needle)
{
	const char *p = hay ? strstr(hay, needle) : NULL;
	if (!p)
		fprintf(stderr, "not found in order: %s\n", needle);
	return p;
}

static void test_render(void)
{
	struct checklist cl;
	CHECK(checklist_build(&pack, &returns, &chat, &cl) == HN_OK);
	checklist_toggle(&cl, 1);
	CHECK(checklist_set_value(&cl, 4, "A-77\033[31m\nвторая") == HN_OK);
	char *text = render_at(&pack, &cl, 80);
	CHECK(text != NULL);
	if (!text)
		return;
	/* What a person needs in hand comes first: the items, then what to
	 * write down, then the channel, then the sources; in this order. */
	static const char *const in_order[] = {
		"Возврат и обмен — Чат в приложении Ozon\n=====",
		"Чек-лист подготовки к обращению. Напечатан ",
		"Подготовьте до обращения:\n",
		"  [ ] Номер заказа [000]\n      № ____",
		"  [x] Фото товара со всех сторон [000]\n",
		"  [ ] Чек или электронный чек",
		"  [ ] Снимок экрана",
		"Во время и после обращения запишите:\n",
		"  [x] Номер обращения [001]\n      A-77 [31m\n"
		"      вторая\n",
		"  [ ] Имя оператора [001]\n      ____",
		"Как связаться:",
		"1. Откройте приложение и перейдите в раздел «Профиль». [000]",
		"Если заказ уже получен",
		"1. Выберите заказ", /* a heading restarts the count */
		"(не подтверждено) [000, 001]",
		"Совет helpnav: Сохраните номер обращения.",
		"Источники расходятся: Как быстро отвечает чат",
		"Источник 000 пишет",
		"Источник 001 пишет",
		"Совет helpnav: Ждите ответа в том же чате.",
		"Источники:\n  [000] Обзор способов связи. Насколько "
		"доверять: Противоречит себе\n  [001] Справка Ozon\n",
	};
	const char *p = text;
	for (size_t i = 0; i < sizeof in_order / sizeof *in_order; i++)
		p = after(p, in_order[i]);
	CHECK(p != NULL);
	CHECK(strstr(text, "ДУБЛЬ") == NULL);
	CHECK(strstr(text, "002") == NULL);
	CHECK(strchr(text, '\033') == NULL);
	CHECK(strstr(text, "\xc2\xa0") == NULL); /* NBSP printed as ' ' */
	CHECK(text[strlen(text) - 1] == '\n');
	CHECK(max_line_width(text) <= 80);
	CHECK(max_line_width(text) > 60);
	free(text);

	/* Markdown from the same renderer: task items, the tick kept. */
	struct sheet_options md = {.format = SHEET_MARKDOWN, .width = 80};
	text = sheet_render(&pack, &cl, &md);
	CHECK(text && !strncmp(text, "# Возврат и обмен — Чат", 28));
	CHECK(text &&
	      strstr(text, "\n- [x] Фото товара со всех сторон [000]\n"));
	CHECK(text && strstr(text, "\n- [ ] Номер заказа [000]  \n  `№ ___"));
	CHECK(text && strstr(text, "\n## Подготовьте до обращения\n"));
	CHECK(text && !strchr(text, '\f'));
	free(text);

	text = render_at(&pack, &cl, 40);
	CHECK(text && max_line_width(text) <= 40);
	CHECK(text && strstr(text, "[ ] Снимок экрана с ошибкой"));
	/* A source mark is never split over two lines. */
	CHECK(text && !strstr(text, "[000,\n") && !strstr(text, "\n      [0"));
	free(text);
	checklist_free(&cl);
}

/* An item with kinds is merged only for a channel of one of them; a gap
 * block prints as its own text, unnumbered, not as our advice. */
static const char *kind_app_chat[] = {"app-chat"};
static struct check_item kind_items[] = {
	{"passport",
	 "Паспорт",
	 NULL,
	 NULL,
	 BLANK_LINE,
	 PHASE_BEFORE,
	 SRC(ids_000),
	 {0},
	 SRC(kind_app_chat)},
	{"order",
	 "Номер заказа",
	 "field",
	 "поле",
	 BLANK_LINE,
	 PHASE_BEFORE,
	 SRC(ids_000),
	 {0},
	 {0}},
};
static struct block gap_steps[] = {
	{BLOCK_GAP,
	 "В источниках не указано: как открыть этот чат.",
	 SRC(ids_001),
	 CLAIM_PLAIN,
	 NULL,
	 0,
	 NULL,
	 {0}},
};

static void test_kinds_and_gap(void)
{
	struct channel app = {.id = "chat",
			      .title = "Чат",
			      .kind = "app-chat",
			      .steps = {gap_steps, 1}};
	struct channel phone = {.id = "hotline",
				.title = "Телефон",
				.kind = "phone",
				.steps = {gap_steps, 1}};
	struct channel plain = {
		.id = "x", .title = "X", .steps = {gap_steps, 1}};
	struct content kpack = {.sources = sources,
				.source_count = 3,
				.general = {kind_items, 2}};
	struct checklist cl;
	CHECK(checklist_build(&kpack, NULL, &app, &cl) == HN_OK);
	CHECK(cl.count == 2 && cl.items[0] == &kind_items[0]);
	char *text = render_at(&kpack, &cl, 80);
	CHECK(text && strstr(text, "  В источниках не указано: как открыть"));
	CHECK(text && !strstr(text, "Совет helpnav"));
	CHECK(text && strstr(text, "Паспорт"));
	free(text);
	checklist_free(&cl);
	CHECK(checklist_build(&kpack, NULL, &phone, &cl) == HN_OK);
	CHECK(cl.count == 1 && cl.items[0] == &kind_items[1]);
	text = render_at(&kpack, &cl, 80);
	CHECK(text && !strstr(text, "Паспорт"));
	free(text);
	checklist_free(&cl);
	CHECK(checklist_build(&kpack, NULL, &plain, &cl) == HN_OK);
	CHECK(cl.count == 1 && cl.items[0] == &kind_items[1]);
	checklist_free(&cl);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_merge),         CHECK_CASE(test_merge_without_category),
	CHECK_CASE(test_state),         CHECK_CASE(test_render),
	CHECK_CASE(test_kinds_and_gap), CHECK_CASE(test_progress),
};

CHECK_SUITE(all_cases, NULL, NULL);
