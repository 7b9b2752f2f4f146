/* SPDX-License-Identifier: MIT */
/* view_help.c - the help screen, generated from the action table. */
#include <stdio.h>
#include <string.h>

#include "status.h"
#include "text.h"
#include "tui_int.h"
#include "i18n.h"

enum { KEY_COLUMN = 24 };

static void add_action(struct view *v, const struct tui_action_info *ai)
{
	char keys[160] = "", label[TUI_KEY_LABEL];
	size_t len = 0;

	for (const int *k = ai->keys; *k; k++) {
		tui_key_label(*k, label, sizeof label);
		if (!label[0] || strstr(keys, label))
			continue;
		len += (size_t)snprintf(keys + len, sizeof keys - len, "%s%s",
					len ? " " : "", label);
		if (len >= sizeof keys)
			break;
	}
	/* Pad the keys to one column so the descriptions line up. */
	size_t w = text_width(keys, strlen(keys));

	while (w < KEY_COLUMN && strlen(keys) + 1 < sizeof keys) {
		strcat(keys, " ");
		w++;
	}
	if (w >= KEY_COLUMN && strlen(keys) + 1 < sizeof keys)
		strcat(keys, " ");
	doc_add(&v->doc, ST_NORMAL, -1, 1, keys, _(ai->help));
}

/* The commands whose ЙЦУКЕН twins the help names as examples. */
static const enum tui_action twin_examples[] = {ACT_QUIT, ACT_DOWN, ACT_UP,
						ACT_BACK, ACT_OPEN};

/* "й = q, о = j, ..." into buf. */
static void twin_list(char *buf, size_t size)
{
	struct tui_key_text twin, latin;
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof twin_examples / sizeof twin_examples[0];
	     i++) {
		if (!tui_action_twin(twin_examples[i], &twin, &latin) ||
		    len >= size)
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s = %s",
					len ? ", " : "", twin.s, latin.s);
	}
}

/* What the checklist's top line says (view_checklist.c, cl_status). */
static void add_marks(struct view *v)
{
	doc_add(&v->doc, ST_NORMAL, -1, 1, NULL,
		_("«отмечено 3 из 25» справа вверху чек-листа — пункты с "
		  "отметкой и заполненные поля из всех пунктов. «● не "
		  "сохранено» (в узком окне — только ●) — изменения ещё не "
		  "напечатаны и не сохранены в файл."));
}

static int help_open(struct view *v)
{
	char twins[200], intro[400], close[200];

	twin_list(twins, sizeof twins);
	snprintf(intro, sizeof intro,
		 _("Буквенные команды работают и в русской раскладке (%s). "
		   "Мышь: щелчок открывает, колесо прокручивает."),
		 twins);
	tui_doc_title(&v->doc, _("Клавиши"), intro);
	snprintf(close, sizeof close, _("%s, %s или %s — закрыть справку."),
		 tui_action_key(ACT_QUIT).s, tui_action_key(ACT_CANCEL).s,
		 tui_action_key(ACT_BACK).s);
	doc_add(&v->doc, ST_NORMAL, -1, 0, NULL, close);
	for (int g = GROUP_MOVE; g <= GROUP_APP; g++) {
		doc_add(&v->doc, ST_HEADING, -1, 0, NULL,
			_(tui_group_titles[g]));
		for (int a = 0; a < ACT_COUNT; a++)
			if ((int)tui_actions[a].group == g)
				add_action(v, &tui_actions[a]);
		doc_blank(&v->doc);
	}
	doc_add(&v->doc, ST_HEADING, -1, 0, NULL, _("Обозначения"));
	doc_add(&v->doc, ST_NORMAL, -1, 1, NULL,
		_("[000] — номер источника утверждения (список: главное меню → "
		  "Источники сведений)."));
	doc_add(&v->doc, ST_NORMAL, -1, 1, NULL,
		_("⚠ Источники расходятся — показаны все версии с их "
		  "источниками."));
	doc_add(&v->doc, ST_NORMAL, -1, 1, NULL,
		_("«Совет helpnav» — наш совет, а не слова источника."));
	doc_add(&v->doc, ST_NORMAL, -1, 1, NULL,
		_("«по отдельным словам: N» — в поиске, когда фраза не "
		  "найдена: разделы, где есть все её слова в любом порядке и "
		  "в любой форме («деньги вернуть» находит «вернёт деньги»); "
		  "на странице они подсвечены, и по этому списку идут "
		  "клавиши следующего и предыдущего совпадения."));
	add_marks(v);
	return HN_OK;
}

static bool help_key(struct view *v, enum tui_action a, int key)
{
	(void)key;
	return tui_view_close_key(v, a);
}

/* No "q выход" here: q closes help (said in its first lines). */
static const enum tui_action help_bar[] = {ACT_BACK, ACT_SEARCH, ACT_NONE};

const struct view_ops tui_help_ops = {
	.open = help_open,
	.draw = tui_doc_draw,
	.key = help_key,
	.bar = help_bar,
};
