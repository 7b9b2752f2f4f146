/* SPDX-License-Identifier: MIT */
/* term.c - starting curses, the styles, and putting the terminal back on
 * every way out: normal exit, SIGINT/SIGTERM/SIGHUP and crash signals. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

#include "status.h"
#include "tui_int.h"

static struct termios saved_tio;
static bool have_tio;
static char restore_seq[256]; /* rmcup, cnorm, sgr0, rmkx, mouse off */
static size_t restore_len;
static volatile sig_atomic_t active;

static const int fatal_signals[] = {SIGINT,  SIGTERM, SIGHUP, SIGQUIT, SIGSEGV,
				    SIGABRT, SIGBUS,  SIGFPE, SIGILL};

/* restore_seq is written with write(), not as a string; the NUL copied
 * along only keeps it printable in a debugger. */
static void add_raw(const char *s)
{
	size_t n = strlen(s);

	if (restore_len + n + 1 <= sizeof restore_seq) {
		memcpy(restore_seq + restore_len, s, n + 1);
		restore_len += n;
	}
}

static void add_cap(const char *name)
{
	char *s = tigetstr(name);

	if (s && s != (char *)-1)
		add_raw(s);
}

/* Async-signal-safe: only tcsetattr, write, signal and raise. */
static void on_signal(int sig)
{
	if (active) {
		active = 0;
		if (restore_len &&
		    write(STDOUT_FILENO, restore_seq, restore_len) < 0) {
			/* nothing more can be done in a handler */
		}
		if (have_tio)
			tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tio);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install_handlers(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0];
	     i++)
		sigaction(fatal_signals[i], &sa, NULL);
}

/* Ctrl-C comes as a key, not as SIGINT, so that it can ask before
 * unsaved ticks are lost (ACT_INTERRUPT); a SIGINT sent from elsewhere
 * still restores the terminal. curses keeps the changed mode as its own
 * (def_prog_mode), so a return from Ctrl-Z keeps it too. */
static void keep_ctrl_c(void)
{
	struct termios tio;

	if (tcgetattr(STDIN_FILENO, &tio) != 0)
		return;
	tio.c_cc[VINTR] = _POSIX_VDISABLE;
	if (tcsetattr(STDIN_FILENO, TCSANOW, &tio) == 0)
		def_prog_mode();
}

static void set_styles(struct tui *t)
{
	int *a = t->attr;

	for (int i = 0; i < ST_COUNT; i++)
		a[i] = A_NORMAL;
	a[ST_TITLE] = A_BOLD;
	a[ST_HEADING] = A_BOLD;
	a[ST_DIM] = A_DIM;
	a[ST_WARN] = A_BOLD;
	/* the current hit in reverse video, the other matches underlined */
	a[ST_MATCH] = A_UNDERLINE | A_BOLD;
	a[ST_MATCH_CUR] = A_REVERSE | A_BOLD;
	a[ST_BAR] = A_BOLD;
	a[ST_KEY] = A_BOLD;
	a[ST_SEL] = A_REVERSE;
	a[ST_ERROR] = A_BOLD;
	t->colour = !t->opts->no_color && has_colors();
	if (!t->colour)
		return;
	start_color();
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_BLACK, COLOR_YELLOW);
	init_pair(3, COLOR_RED, -1);
	init_pair(4, COLOR_CYAN, -1);
	init_pair(5, COLOR_GREEN, -1);
	a[ST_BAR] = A_BOLD | (int)COLOR_PAIR(1);
	a[ST_MATCH] = A_BOLD | (int)COLOR_PAIR(2);
	a[ST_WARN] = A_BOLD | (int)COLOR_PAIR(3);
	a[ST_ERROR] = A_BOLD | (int)COLOR_PAIR(3);
	a[ST_TITLE] = A_BOLD | (int)COLOR_PAIR(4);
	a[ST_NOTE] = (int)COLOR_PAIR(5);
}

/* Whether TERM names a terminal with cursor addressing (not TERM=dumb),
 * asked before curses starts: initscr would exit with an English message
 * on an unknown TERM, and a newterm that fails keeps the screen it
 * allocated. setupterm with an error pointer only answers, and
 * del_curterm gives its description back. */
static bool term_full_screen(void)
{
	int err = 0;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	char *cup = tigetstr("cup");
	bool ok = cup && cup != (char *)-1;

	del_curterm(cur_term);
	return ok;
}

int term_start(struct tui *t)
{
	have_tio = tcgetattr(STDIN_FILENO, &saved_tio) == 0;
	if (!term_full_screen())
		return HN_IO;
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	if (!newterm(NULL, stdout, stdin))
		return HN_IO;
	restore_len = 0;
	add_raw("\033[?1000l\033[?1002l\033[?1006l\033[?2004l");
	add_cap("rmcup");
	add_cap("cnorm");
	add_cap("sgr0");
	add_cap("rmkx");
	active = 1;
	install_handlers();
	cbreak();
	keep_ctrl_c();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(1);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED |
			  BUTTON5_PRESSED,
		  NULL);
	mouseinterval(0);
	/* Bracketed paste: a paste comes as one piece between these marks,
	 * so its newlines and letters are text, not commands. */
	term_input_start();
	putp("\033[?2004h");
	fflush(stdout); /* putp writes through stdio, curses does not */
	set_styles(t);
	return 0;
}

void term_stop(void)
{
	putp("\033[?2004l");
	fflush(stdout);
	mousemask(0, NULL);
	curs_set(1);
	endwin();
	active = 0;
	for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0];
	     i++)
		signal(fatal_signals[i], SIG_DFL);
	term_input_stop();
}
