/* SPDX-License-Identifier: MIT */
/* actions.c - lookup and labels for the action table in actions.h. */
#include <stdio.h>
#include <string.h>

#include "actions.h"
#include "search.h"
#include "text.h"
#include "tui_int.h"

/* Room for every key and a twin after each, then the 0. */
#define KEY_LIST(id, ...) \
	static int id[2 * sizeof((int[]){__VA_ARGS__}) / sizeof(int) + 1] = { \
		__VA_ARGS__};
#define X(name, group, bar, help, ...) KEY_LIST(keys_##name, __VA_ARGS__)
TUI_ACTIONS(X)
#undef X
#define X(name, word, ...) KEY_LIST(answer_keys_##name, __VA_ARGS__)
TUI_ANSWERS(X)
#undef X
#undef KEY_LIST

static int *const answer_keys[ANSWER_COUNT] = {
#define X(name, ...) answer_keys_##name,
	TUI_ANSWERS(X)
#undef X
};

static const char *const answer_words[ANSWER_COUNT] = {
#define X(name, word, ...) word,
	TUI_ANSWERS(X)
#undef X
};

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

static bool list_has(const int *keys, int key)
{
	for (; *keys; keys++)
		if (*keys == key)
			return true;
	return false;
}

/* The key's twin unless a list of others has it. */
static int free_twin(int key, int *const *others, size_t n_others)
{
	int twin = twin_of(key);

	for (size_t i = 0; twin && i < n_others; i++)
		if (list_has(others[i], twin))
			twin = 0;
	return twin;
}

/* Inserts each key's twin right after it, from the end, in place; a twin
 * that one of the lists others[] (keys itself skipped) has is left out. */
static void add_twins(int *keys, int *const *others, size_t n_others)
{
	size_t n = 0, twins = 0;

	for (; keys[n]; n++)
		twins += free_twin(keys[n], others, n_others) != 0;
	keys[n + twins] = 0;
	for (size_t i = n; i-- > 0;) {
		int twin = free_twin(keys[i], others, n_others);

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
		add_twins(key_lists[a], NULL, 0);
	for (int a = 0; a < ANSWER_COUNT; a++) {
		int *others[ANSWER_COUNT];
		size_t n = 0;

		for (int b = 0; b < ANSWER_COUNT; b++)
			if (b != a)
				others[n++] = answer_keys[b];
		add_twins(answer_keys[a], others, n);
	}
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

bool tui_action_is(enum tui_action a, int key)
{
	return list_has(tui_actions[a].keys, key);
}

enum tui_answer tui_answer_for_key(int key)
{
	for (int a = 0; a < ANSWER_COUNT; a++)
		if (list_has(answer_keys[a], key))
			return (enum tui_answer)a;
	return ANSWER_NONE;
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

/* The answer's key that types the first letter of its translated word,
 * else its first key. */
static int answer_key(enum tui_answer a)
{
	const char *word = _(answer_words[a]);
	uint32_t first = 0;

	utf8_decode(word, strlen(word), &first);
	for (const int *k = answer_keys[a]; *k; k++)
		if ((uint32_t)*k == first)
			return *k;
	return answer_keys[a][0];
}

void tui_answer_hint(char *buf, size_t size)
{
	struct tui_key_text yes, no;

	tui_key_label(answer_key(ANSWER_YES), yes.s, sizeof yes.s);
	tui_key_label(answer_key(ANSWER_NO), no.s, sizeof no.s);
	snprintf(buf, size, " (%s/%s) ", yes.s, no.s);
}
