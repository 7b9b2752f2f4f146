/* SPDX-License-Identifier: MIT */
/* actions.c - lookup and labels for the action table in actions.h. */
#include <stdio.h>
#include <string.h>

#include "actions.h"
#include "search.h"
#include "text.h"
#include "tui_int.h"

/* Room for every key and a twin after each, then the 0. */
#define X(name, group, bar, help, ...) \
	static int keys_##name[2 * sizeof((int[]){__VA_ARGS__}) / sizeof(int) + \
			       1] = {__VA_ARGS__};
TUI_ACTIONS(X)
#undef X

static int *const key_lists[ACT_COUNT] = {
#define X(name, ...) keys_##name,
	TUI_ACTIONS(X)
#undef X
};

const struct tui_action_info tui_actions[ACT_COUNT] = {
#define X(name, group, bar, help, ...) {group, bar, help, keys_##name},
	TUI_ACTIONS(X)
#undef X
};

/* The character the key types under ЙЦУКЕН when it is another one. */
static int twin_of(int key)
{
	if (key <= ' ' || key >= 0x7f)
		return 0;
	return (int)search_layout_key((uint32_t)key);
}

/* Inserts each key's twin right after it, from the end, in place. */
static void add_twins(int *keys)
{
	size_t n = 0, twins = 0;

	for (; keys[n]; n++)
		twins += twin_of(keys[n]) != 0;
	keys[n + twins] = 0;
	for (size_t i = n; i-- > 0;) {
		int twin = twin_of(keys[i]);

		if (twin)
			keys[i + twins--] = twin;
		keys[i + twins] = keys[i];
	}
}

void tui_actions_init(void)
{
	static bool done;

	if (done)
		return;
	for (int a = 0; a < ACT_COUNT; a++)
		add_twins(key_lists[a]);
	done = true;
}

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

bool tui_action_has_key(enum tui_action a, int key)
{
	for (const int *k = tui_actions[a].keys; *k; k++)
		if (*k == key)
			return true;
	return false;
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
	{'\t', "Tab"},
	{TUI_KEY(KEY_BTAB), "Shift-Tab"},
	{27, "Esc"},
	{TUI_CTRL('l'), "Ctrl-L"},
	{TUI_CTRL('c'), "Ctrl-C"},
	{TUI_CTRL('t'), "Ctrl-T"},
	{TUI_CTRL('u'), "Ctrl-U"},
	{TUI_CTRL('w'), "Ctrl-W"},
	{TUI_KEY_ALT_B, "Alt-B"},
	{TUI_KEY_ALT_F, "Alt-F"},
};

void tui_key_label(int key, char *buf, size_t size)
{
	for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++) {
		if (key_names[i].key == key) {
			snprintf(buf, size, "%s", _(key_names[i].label));
			tui_ascii_str(buf);
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

struct tui_key_text tui_action_key(enum tui_action a)
{
	struct tui_key_text t = {""};

	tui_key_label(tui_actions[a].keys[0], t.s, sizeof t.s);
	return t;
}

bool tui_action_twin(enum tui_action a, struct tui_key_text *twin,
		     struct tui_key_text *latin)
{
	for (const int *k = tui_actions[a].keys; *k; k++) {
		int other = twin_of(*k);

		if (other) {
			tui_key_label(*k, latin->s, sizeof latin->s);
			tui_key_label(other, twin->s, sizeof twin->s);
			return true;
		}
	}
	return false;
}
