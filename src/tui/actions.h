/* SPDX-License-Identifier: MIT */
/* actions.h - the one table of user actions. Key dispatch, the key bar,
 * the help screen and every message that names a key (tui_action_key) are
 * generated from TUI_ACTIONS, so they cannot drift.
 *
 * Keys are ints: a character (wchar_t value, Cyrillic included) or a curses
 * KEY_* code offset by TUI_KEYCODE so the two ranges never collide. The
 * table lists the QWERTY keys; tui_actions_init adds, right after each,
 * the character the same key types under ЙЦУКЕН (search_layout_key), so
 * that a command works whichever layout is on. */
#ifndef HELPNAV_TUI_ACTIONS_H
#define HELPNAV_TUI_ACTIONS_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "i18n.h"

enum { TUI_KEYCODE = 0x200000 };
#define TUI_KEY(k) ((k) + TUI_KEYCODE)
#define TUI_CTRL(c) ((c)&0x1f)
/* Alt-B and Alt-F, which the line editor takes (input.c makes them); the
 * other keys term_read_key makes are in tui_int.h. */
enum {
	TUI_KEY_ALT_B = TUI_KEY(KEY_MAX + 4),
	TUI_KEY_ALT_F = TUI_KEY(KEY_MAX + 5),
};

enum tui_group { GROUP_MOVE, GROUP_GO, GROUP_SEARCH, GROUP_CHECK, GROUP_APP };

/* X(name, group, key-bar word or NULL, help text, keys...); the words are
 * marked N_() and translated with _() where they are drawn. The first key
 * is the one the key bar and the messages name. A key may serve two
 * actions in different places (Enter opens, and in a checklist field
 * saves): tui_action_for_key gives the first, and the place that takes
 * the key for the other asks tui_action_is. */
#define TUI_ACTIONS(X) \
	X(UP, GROUP_MOVE, NULL, N_("на строку или пункт вверх"), \
	  TUI_KEY(KEY_UP), 'k') \
	X(DOWN, GROUP_MOVE, NULL, N_("на строку или пункт вниз"), \
	  TUI_KEY(KEY_DOWN), 'j') \
	X(PGUP, GROUP_MOVE, NULL, N_("на страницу вверх"), TUI_KEY(KEY_PPAGE), \
	  'b') \
	X(PGDN, GROUP_MOVE, NULL, N_("на страницу вниз"), TUI_KEY(KEY_NPAGE)) \
	X(HOME, GROUP_MOVE, NULL, N_("в начало"), TUI_KEY(KEY_HOME), 'g') \
	X(END, GROUP_MOVE, NULL, N_("в конец"), TUI_KEY(KEY_END), 'G') \
	X(JUMP, GROUP_MOVE, NULL, N_("открыть пункт меню с этим номером"), \
	  '1', '2', '3', '4', '5', '6', '7', '8', '9') \
	X(OPEN, GROUP_GO, N_("открыть"), \
	  N_("открыть выбранное; в чек-листе — заполнить поле"), '\n', '\r', \
	  TUI_KEY(KEY_ENTER), TUI_KEY(KEY_RIGHT), 'l') \
	X(BACK, GROUP_GO, N_("назад"), N_("назад"), TUI_KEY(KEY_LEFT), 'h', \
	  TUI_KEY(KEY_BACKSPACE), 127, 8) \
	X(FORWARD, GROUP_GO, NULL, N_("вперёд (туда, откуда вернулись)"), 'f') \
	X(MENU, GROUP_GO, NULL, N_("главное меню"), 'm') \
	X(CHECKLIST, GROUP_GO, N_("чек-лист"), \
	  N_("чек-лист выбранного канала"), 'c') \
	X(SEARCH, GROUP_SEARCH, N_("поиск"), \
	  N_("поиск по всем текстам (регулярное выражение)"), '/') \
	X(HISTORY, GROUP_SEARCH, NULL, \
	  N_("в строке поиска: прежние запросы, назад и вперёд"), \
	  TUI_KEY(KEY_UP), TUI_KEY(KEY_DOWN)) \
	X(NUMBER, GROUP_SEARCH, N_("номер"), \
	  N_("проверить номер телефона: что о нём пишут источники"), '#') \
	X(NEXT_HIT, GROUP_SEARCH, N_("следующее"), N_("следующее совпадение"), \
	  'n') \
	X(PREV_HIT, GROUP_SEARCH, NULL, N_("предыдущее совпадение"), 'N') \
	X(EDIT_LINE, GROUP_SEARCH, NULL, \
	  N_("в строке ввода и в поле чек-листа: стереть до курсора, " \
	     "стереть слово перед курсором, на слово назад, на слово " \
	     "вперёд (как в bash)"), \
	  TUI_CTRL('u'), TUI_CTRL('w'), TUI_KEY_ALT_B, TUI_KEY_ALT_F) \
	X(LINE_ENDS, GROUP_SEARCH, NULL, \
	  N_("в строке ввода: в начало и в конец"), TUI_KEY(KEY_HOME), \
	  TUI_KEY(KEY_END)) \
	X(SEARCH_CASE, GROUP_SEARCH, NULL, \
	  N_("в строке поиска: различать заглавные и строчные буквы или " \
	     "нет (в строке видно «[Аа]»)"), \
	  TUI_CTRL('t')) \
	X(SUGGEST, GROUP_SEARCH, NULL, \
	  N_("в строке поиска, когда ничего не найдено: взять предложенное " \
	     "(другую раскладку или похожее слово из текстов); единственный " \
	     "вариант берёт и «открыть»"), \
	  '\t') \
	X(TOGGLE, GROUP_CHECK, N_("отметить"), \
	  N_("отметить пункт, и пункт с полем тоже"), ' ') \
	X(PRINT, GROUP_CHECK, N_("печать"), N_("напечатать чек-лист"), 'p') \
	X(SAVE, GROUP_CHECK, N_("сохранить"), N_("сохранить чек-лист в файл"), \
	  's') \
	X(COMPLETE, GROUP_CHECK, NULL, \
	  N_("в строке имени файла: дополнить имя файла или папки, как в " \
	     "bash (подходящие — в строке сообщений)"), \
	  '\t') \
	X(PRINT_EXIT, GROUP_CHECK, NULL, \
	  N_("вывести чек-лист в терминал после выхода"), 'P') \
	X(DRAFT, GROUP_CHECK, N_("черновик"), \
	  N_("черновик обращения в поддержку по этому чек-листу"), 'd') \
	X(COPY, GROUP_CHECK, N_("копировать"), \
	  N_("скопировать черновик в буфер обмена (OSC 52, wl-copy или " \
	     "xclip)"), \
	  'y') \
	X(SHEET_DRAFT, GROUP_CHECK, NULL, \
	  N_("печатать и сохранять чек-лист вместе с черновиком"), 'D') \
	X(FIELD_SAVE, GROUP_CHECK, N_("сохранить"), \
	  N_("в поле чек-листа: сохранить набранное"), '\n', '\r', \
	  TUI_KEY(KEY_ENTER)) \
	X(FIELD_NEXT, GROUP_CHECK, N_("след. поле"), \
	  N_("в поле чек-листа: сохранить и перейти к следующему полю"), '\t') \
	X(FIELD_PREV, GROUP_CHECK, N_("пред. поле"), \
	  N_("в поле чек-листа: сохранить и перейти к предыдущему полю"), \
	  TUI_KEY(KEY_BTAB)) \
	X(CANCEL, GROUP_APP, N_("отменить"), \
	  N_("закрыть строку ввода, поле чек-листа или вопрос; остановить " \
	     "идущий поиск, печать, копирование или сохранение; на " \
	     "странице совпадения — убрать подсветку поиска"), \
	  27) \
	X(MESSAGES, GROUP_APP, N_("сообщения"), \
	  N_("недавние сообщения нижней строки целиком, новые в конце"), 'M') \
	X(REDRAW, GROUP_APP, NULL, N_("перерисовать экран"), TUI_CTRL('l')) \
	X(HELP, GROUP_APP, N_("справка"), N_("эта справка"), '?', \
	  TUI_KEY(KEY_F(1))) \
	X(QUIT, GROUP_APP, N_("выход"), \
	  N_("выход (спросит, если чек-лист не " \
	     "сохранён)"), \
	  'q', TUI_KEY(KEY_F(10))) \
	X(INTERRUPT, GROUP_APP, NULL, \
	  N_("выход (спросит, если чек-лист не сохранён; нажатая " \
	     "ещё раз — выход без вопроса)"), \
	  TUI_CTRL('c'))

enum tui_action {
	ACT_NONE = -1,
#define X(name, ...) ACT_##name,
	TUI_ACTIONS(X)
#undef X
		ACT_COUNT
};

struct tui_action_info {
	enum tui_group group;
	const char *bar;  /* word for the key bar, or NULL */
	const char *help; /* line for the help screen */
	const int *keys;  /* 0-terminated, ЙЦУКЕН twins included */
};

extern const struct tui_action_info tui_actions[ACT_COUNT];
extern const char *const tui_group_titles[];

/* The answers to a yes/no question: a keymap of its own, as y, n, q and
 * Enter mean other actions outside a question. X(name, word, keys...):
 * the word is marked N_(); the hint after a question names, for each
 * answer, its key that types the first letter of the translated word
 * («д/н», "y/n"). ЙЦУКЕН twins are added as for the actions, except one
 * that another answer lists: the key y types н, and н means no. */
#define TUI_ANSWERS(X) \
	X(YES, N_("да"), 'l', 'L', 'y', 'Y', '\n', '\r', TUI_KEY(KEY_ENTER)) \
	X(NO, N_("нет"), L'н', L'Н', 'n', 'N', 'q')

enum tui_answer {
	ANSWER_NONE = -1,
#define X(name, ...) ANSWER_##name,
	TUI_ANSWERS(X)
#undef X
		ANSWER_COUNT
};

/* Adds the ЙЦУКЕН twins to the keys of the actions and the answers; once,
 * before any other call here. */
void tui_actions_init(void);

enum tui_action tui_action_for_key(int key);
/* Whether key is one of the action's keys: for a key that two actions
 * share (↑ moves, and in the search line goes back in the history; Tab
 * completes a file name, and in the search line takes the suggestion),
 * of which tui_action_for_key names the first. */
bool tui_action_is(enum tui_action a, int key);

/* A readable name for a key ("↑", "PgDn", "Enter", "й") into buf. */
void tui_key_label(int key, char *buf, size_t size);

enum { TUI_KEY_LABEL = 32 }; /* bytes for the longest label */
struct tui_key_text {
	char s[TUI_KEY_LABEL];
};

/* The label of the action's first key, for a message that tells which key
 * to press: _("%s — сохранить в файл"), tui_action_key(ACT_SAVE).s. The
 * text lives until the end of the full expression that calls this. */
struct tui_key_text tui_action_key(enum tui_action a);

/* The action's first key that has a ЙЦУКЕН twin: the twin's label into
 * twin and the key's into latin ("й", "q"); false when there is none. */
bool tui_action_twin(enum tui_action a, struct tui_key_text *twin,
		     struct tui_key_text *latin);

/* The answer a key gives to a yes/no question, or ANSWER_NONE. */
enum tui_answer tui_answer_for_key(int key);

/* The keys of the answers for after a question, " (д/н) ", into buf. */
enum { ANSWER_HINT = 2 * TUI_KEY_LABEL + 8 }; /* bytes for the hint */
void tui_answer_hint(char *buf, size_t size);

#endif
