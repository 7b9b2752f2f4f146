/* actions.c - lookup and labels for the action table in actions.h. */
#include <stdio.h>
#include <string.h>

#include "actions.h"
#include "text.h"

#define X(name, group, bar, help, ...) \
	static const int keys_##name[] = {__VA_ARGS__, 0};
TUI_ACTIONS(X)
#undef X

const struct tui_action_info tui_actions[ACT_COUNT] = {
#define X(name, group, bar, help, ...) {#name, group, bar, help, keys_##name},
	TUI_ACTIONS(X)
#undef X
};

const char *const tui_group_titles[] = {
	[GROUP_MOVE] = N_("Движение"), [GROUP_GO] = N_("Переходы"),
	[GROUP_SEARCH] = N_("Поиск"),  [GROUP_CHECK] = N_("Чек-лист"),
	[GROUP_APP] = N_("Общее"),
};

enum tui_action tui_action_for_key(int key)
{
	for (int a = 0; a < ACT_COUNT; a++)
		for (const int *k = tui_actions[a].keys; *k; k++)
			if (*k == key)
				return (enum tui_action)a;
	return ACT_NONE;
}

static const struct {
	int key;
	const char *label;
} key_names[] = {
	{TUI_KEY(KEY_UP), "↑"},
	{TUI_KEY(KEY_DOWN), "↓"},
	{TUI_KEY(KEY_LEFT), "←"},
	{TUI_KEY(KEY_RIGHT), "→"},
	{TUI_KEY(KEY_PPAGE), "PgUp"},
	{TUI_KEY(KEY_NPAGE), "PgDn"},
	{TUI_KEY(KEY_HOME), "Home"},
	{TUI_KEY(KEY_END), "End"},
	{TUI_KEY(KEY_ENTER), "Enter"},
	{'\n', "Enter"},
	{TUI_KEY(KEY_BACKSPACE), "Backspace"},
	{TUI_KEY(KEY_F(1)), "F1"},
	{TUI_KEY(KEY_F(10)), "F10"},
	{' ', N_("Пробел")},
	{27, "Esc"},
	{TUI_CTRL('l'), "Ctrl-L"},
};

void tui_key_label(int key, char *buf, size_t size)
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++) {
		if (key_names[i].key == key) {
			snprintf(buf, size, "%s", _(key_names[i].label));
			return;
		}
	}
	if (key > 32 && key != 127 && key < TUI_KEYCODE && size > 4) {
		size_t n = utf8_encode((uint32_t)key, buf);
		buf[n] = '\0';
		return;
	}
	snprintf(buf, size, "%s", "");
}
