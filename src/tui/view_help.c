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
	char keys[160] = "", label[32];
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

static int help_open(struct view *v)
{
	tui_doc_title(&v->doc, _("Клавиши"),
		      _("Буквенные команды работают и в русской раскладке "
			"(й = q, о = j, л = k, р = h, д = l). Мышь: щелчок "
			"открывает, колесо прокручивает."));
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
		tui_glyph(v->t,
			  _("⚠ Источники расходятся — показаны все версии "
			    "с их источниками."),
			  _("! Источники расходятся — показаны все версии с их "
			    "источниками.")));
	doc_add(&v->doc, ST_NORMAL, -1, 1, NULL,
		_("«Совет helpnav» — наш совет, а не слова источника."));
	return HN_OK;
}

static bool help_key(struct view *v, enum tui_action a, int key)
{
	(void)key;
	if (a == ACT_OPEN || a == ACT_CANCEL) {
		tui_back(v->t);
		return true;
	}
	return false;
}

static const enum tui_action help_bar[] = {ACT_BACK, ACT_SEARCH, ACT_QUIT,
					   ACT_NONE};

const struct view_ops tui_help_ops = {
	.name = "help",
	.open = help_open,
	.draw = tui_doc_draw,
	.key = help_key,
	.bar = help_bar,
};
