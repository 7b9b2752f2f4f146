/* SPDX-License-Identifier: MIT */
/* tui_int.h - what the navigator's files share: the document every view
 * draws from (doc.c), the view engine (engine.c), the line editor and
 * prompts (prompt.c), the terminal (term.c) and the views (view_*.c).
 *
 * Screen code only: the model comes from the core headers. */
#ifndef HELPNAV_TUI_INT_H
#define HELPNAV_TUI_INT_H

#include <curses.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <wchar.h>

#include "actions.h"
#include "checklist.h"
#include "content.h"
#include "search.h"
#include "suggest_words.h"
#include "search_label.h"
#include "search_words.h"
#include "tui.h"

enum { TUI_MIN_COLS = 30, TUI_MIN_LINES = 8 };

enum tui_style {
	ST_NORMAL,
	ST_TITLE,
	ST_HEADING,
	ST_DIM,
	ST_NOTE,
	ST_WARN,
	ST_MATCH,
	ST_MATCH_CUR, /* the search hit last gone to, on its page */
	ST_BAR,
	ST_KEY,
	ST_SEL,
	ST_ERROR,
	ST_COUNT
};

/* ---- doc.c: paragraphs wrapped to the screen width ---- */

struct doc_par {
	char *text; /* owned UTF-8 */
	size_t len;
	char *prefix;     /* owned, drawn before the first row, or NULL */
	int prefix_width; /* later rows are indented by this much */
	int indent;
	/* the content string shown from its byte src_from at text+src_off
	 * (src_from: a search list's snippet starts inside its row), or
	 * NULL; it outlives the doc */
	const char *src;
	size_t src_off, src_from;
	size_t tail_off; /* bytes from here are drawn dim (source tags) */
	enum tui_style style;
	int item;        /* selectable item number, or -1 */
	bool nowrap;     /* one row, cut at the edge */
	bool ascii_done; /* text and offsets made ASCII (--ascii) */
	/* the search's matches in text, found at the first draw after a
	 * search (highlight.c), so that a redraw does not match again */
	struct search_hit *hits; /* owned */
	size_t nhits;
	unsigned hits_generation; /* tui_search.generation they are for */
	bool hits_known;
};

struct doc_row {
	size_t par, start, len;
	bool first;
};

struct doc {
	struct doc_par *pars;
	size_t npars, cap_pars;
	struct doc_row *rows;
	size_t nrows, cap_rows;
	int nitems;
	int width; /* width of the last layout, -1 when stale */
};

void doc_init(struct doc *d);
void doc_clear(struct doc *d);
/* Appends a paragraph (text copied); NULL on allocation failure. */
struct doc_par *doc_add(struct doc *d, enum tui_style st, int item, int indent,
			const char *prefix, const char *text);
void doc_blank(struct doc *d);
int doc_new_item(struct doc *d);
/* Wraps for width columns; keeps *top on the same text when re-wrapping. */
void doc_layout(struct doc *d, int width, size_t *top);
bool doc_item_rows(const struct doc *d, int item, size_t *first, size_t *last);
int doc_row_item(const struct doc *d, size_t row);
/* First row showing byte off of the paragraph whose src equals src. */
bool doc_find_src(const struct doc *d, const char *src, size_t off,
		  size_t *row);
/* Where byte off (>= src_from) of p's src is in p's text, its glyphs made
 * ASCII or not. */
size_t doc_src_pos(const struct doc_par *p, size_t off);

/* ---- doc_content.c: the content model as paragraphs ---- */

struct sbuf {
	char *s;
	size_t len, cap;
};
void sb_add(struct sbuf *b, const char *s);
void sb_addf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_free(struct sbuf *b);

struct tui;
void tui_doc_sources(struct sbuf *b, const struct source_list *s);
void tui_doc_blocks(struct tui *t, struct doc *d, const struct block_list *bl,
		    bool numbered);
void tui_doc_title(struct doc *d, const char *title, const char *summary);

/* ---- prompt.c: one-line editor ---- */

/* The most characters one edited line holds (a search pattern, a file
 * name, a checklist field): room for a pasted address or a long note. A
 * key or a paste that would go past it is refused with a message
 * (le_say_full), never cut silently. The buffer grows as text comes. */
enum {
	LE_MAX = 10000,
	LE_MAX_BYTES = LE_MAX * 4 + 1, /* the longest line in UTF-8, its NUL */
};
struct lineedit {
	wchar_t *buf; /* cap characters, malloc'd; le_free releases it */
	size_t cap, len, cur, scroll;
};
enum le_result {
	LE_IGNORED,
	LE_CHANGED,
	LE_MOVED,
	LE_ENTER,
	LE_CANCEL,
	LE_FULL, /* the key or paste would pass LE_MAX: nothing changed */
};

void le_set(struct lineedit *le, const char *utf8);
/* out must hold LE_MAX_BYTES to get every character. */
void le_get(const struct lineedit *le, char *out, size_t size);
/* A key, or TUI_KEY_PASTE: the paste's text (term_paste) is inserted
 * with line breaks and tabs as spaces and other controls dropped. */
enum le_result le_key(struct lineedit *le, int key);
bool le_key_is_enter(int key);
void le_free(struct lineedit *le);
/* Draws at (y, x) within width columns; mark_col (1-based character, 0 for
 * none) is shown in reverse. Returns the cursor's screen column. */
int le_draw(struct lineedit *le, int y, int x, int width, size_t mark_col);

enum prompt_kind { PROMPT_LINE, PROMPT_YESNO };
typedef void (*prompt_done_fn)(struct tui *t, bool ok, const char *text,
			       void *ctx);
typedef void (*prompt_change_fn)(struct tui *t, const char *text, void *ctx);
typedef bool (*prompt_hook_fn)(struct tui *t, int key, void *ctx);

struct prompt {
	bool active;
	enum prompt_kind kind;
	char label[160];
	struct lineedit le;
	size_t mark_col;
	prompt_done_fn done;
	prompt_change_fn change;
	bool change_pending; /* edited since change last ran */
	prompt_hook_fn hook; /* sees keys first; true = consumed */
	void *ctx;
	/* what the work behind the prompt is doing («ищу…»), drawn at the
	 * line's right end while the line has room; "" for nothing */
	char status[64];
};

void tui_prompt_line(struct tui *t, const char *label, const char *initial,
		     prompt_done_fn done, void *ctx);
void tui_prompt_yesno(struct tui *t, const char *question, prompt_done_fn done,
		      void *ctx);
void tui_prompt_key(struct tui *t, int key);
/* Runs the prompt's change callback once for the edits made since it last
 * ran: the main loop calls it when no more keys are waiting, so that a
 * burst of typing costs one search, not one per letter. */
void tui_prompt_settle(struct tui *t);
void tui_prompt_draw(struct tui *t);
/* The prompt in a window below the minimum size, under its notice: a
 * question wrapped so that it can still be read and answered. */
void tui_prompt_draw_small(struct tui *t);
/* Says that key (a character or a paste) did not fit an editor. */
void le_say_full(struct tui *t, int key);

/* ---- views ---- */

struct view;
struct view_ops {
	int (*open)(struct view *v);  /* builds v->doc; HN_OK or error */
	void (*draw)(struct view *v); /* body rows */
	bool (*key)(struct view *v, enum tui_action a, int key); /* consumed? */
	void (*close)(struct view *v); /* frees v->priv */
	const enum tui_action *bar;    /* key bar, ACT_NONE-terminated */
	bool list; /* its items are the content: "↓ ещё N" counts them */
	/* Whether an action of the bar works now (NULL: all of them). */
	bool (*can)(const struct view *v, enum tui_action a);
	/* A few words for the right of the top line (a checklist's
	 * progress) in at most room columns, into buf (NULL: none). */
	void (*status)(const struct view *v, char *buf, size_t size,
		       size_t room);
};

extern const struct view_ops tui_menu_ops, tui_page_ops, tui_checklist_ops,
	tui_search_ops, tui_help_ops, tui_number_ops, tui_draft_ops,
	tui_messages_ops;
/* Quitting: the text typed in a field being edited becomes its value
 * (and so goes into the draft), as Enter would make it. */
void tui_checklist_keep_edit(struct tui *t);

/* ---- view_number.c: «Проверить номер» ---- */

struct arena;
/* Opens the number view (or, on it, its prompt again). */
void tui_number_start(struct tui *t);
/* When text is a phone number: its verdict (phone.h), or with card only
 * its card, appended to d; the blocks live in *a, which is replaced
 * (freed when text is no number). Returns whether text is a number. */
bool tui_doc_number(struct tui *t, struct doc *d, const char *text, bool card,
		    struct arena **a);

struct view {
	const struct view_ops *ops;
	struct tui *t;
	struct node_ref node;
	char path[256];
	char crumb[160]; /* breadcrumbs for views that are not nodes */
	struct doc doc;
	int sel;          /* selected item or -1 */
	size_t top;       /* first row shown */
	bool stale;       /* rebuild the doc before drawing */
	bool has_hit_row; /* cursor on a search hit outside any item */
	size_t hit_row;
	/* The page of the search hit last gone to (tui_search_goto): the
	 * only view beside the search list that shows the search's matches,
	 * until the user leaves the search (tui_search_unmark). That hit is
	 * bytes [hit_start, hit_end) of paragraph hit_par, when shown. */
	bool search_marked;
	bool has_hit_par;
	size_t hit_par, hit_start, hit_end;
	void *priv;
};

/* ---- job.c: work off the UI thread ---- */

/* The work of a job, run in its thread: it reads cancel between bounded
 * steps and stops soon once it is set. */
typedef void (*tui_job_fn)(void *arg, const atomic_bool *cancel);
struct tui_job {
	pthread_t thread;
	bool running;     /* started and not yet joined */
	atomic_bool done; /* the work has returned */
	atomic_bool cancel;
	tui_job_fn work;
	void *arg; /* the work's, not owned */
};
/* Starts work(arg) in a thread; with no thread to be had, does it now. */
void tui_job_start(struct tui_job *j, tui_job_fn work, void *arg);
bool tui_job_busy(const struct tui_job *j);
/* true once, when the work has finished (the thread is then joined). */
bool tui_job_poll(struct tui_job *j);
/* Asks the work to stop and waits for it (one bounded step). */
void tui_job_stop(struct tui_job *j);
/* Asks the work to stop without waiting: tui_job_poll says when it has
 * (for work that may be stuck in the kernel, as a write to a slow disk). */
void tui_job_cancel(struct tui_job *j);
/* How long the main loop waits for a key while a job runs before it
 * looks at the job again. */
enum { TUI_JOB_POLL_MS = 20 };

/* ---- search state (search_nav.c) ---- */

struct search_work;

/* What highlighting a search's matches keeps (highlight.c). */
struct tui_highlight {
	/* the hits by the text they are in (owned), and the search
	 * (tui_search.generation) they are for */
	struct search_hit_index *index;
	unsigned index_generation;
	/* what matching the pattern again at draw time may still spend, for
	 * the paragraphs the hits cannot tell about, and its search */
	unsigned budget_generation;
	struct search_budget budget;
};

/* The history starts with room for TUI_HISTORY_FIRST queries and grows
 * (grow.h). Hits counted for a suggestion: enough to say "many".
 * TUI_MAX_HITS bounds the hits a search keeps, and so the list: every hit
 * kept is a row built and laid out on the UI thread, about 4 us each
 * (docs/performance.md: 5000 rows 21 ms, where the 501 854 hits of «е» in
 * a 100x pack would take 2.7 s and the screen with them). 5000 holds
 * every hit of any one letter in the built-in pack (at most 4883); a
 * query with more says «5000+» and is narrowed by typing on. */
enum {
	TUI_HISTORY_FIRST = 16,
	TUI_MAX_HITS = 5000,
	TUI_MAX_SUGGEST_HITS = 1000
};
/* The CPU all of one search's matching at draw time may take: well
 * under the 100 ms a key may wait. */
enum { TUI_DRAW_MATCH_MS = 50 };
/* The Hunspell dictionary, for a query word the pack's lemmas lack
 * (search_words_ui.c): opened in the search's job at the first such word,
 * never at start-up nor on the screen's thread. */
struct tui_dict {
	struct lemma_dict *d; /* owned, or NULL */
	bool tried;           /* opened or found missing: not tried again */
	bool missing;         /* its files are not there (HN_IO) */
	bool noted;           /* the user was told so, once a session */
};
struct tui_search {
	/* the content's search corpus, built at the first search (owned) */
	struct corpus *corpus;
	struct search_titles *titles; /* the corpus's node titles (owned) */
	char pattern[LE_MAX_BYTES];
	struct search_query *q; /* for highlighting, or NULL */
	struct search_result res;
	size_t current; /* hit last opened */
	bool have_current;
	unsigned generation; /* bumped when res changes */
	/* the queries searched, oldest first (owned, each and the array) */
	char **history;
	size_t history_count, history_cap;
	unsigned flags; /* enum search_flags: SEARCH_CASE_SENSITIVE or not */
	/* the pattern's fault; with plain, the pattern was searched as text
	 * (SEARCH_FORGIVE) and this is a note, not an error */
	char error[300];
	size_t error_col;
	bool plain;
	/* the other layout's reading or a near spelling with hits, or NULL
	 * (search_suggest) */
	char *suggestion;
	size_t suggestion_hits;
	/* a case-sensitive search that found nothing: the hits it has
	 * caseless (at most TUI_MAX_SUGGEST_HITS), said with the key that
	 * turns case off */
	size_t caseless_hits;
	/* the search by words when the phrase finds nothing
	 * (search_words_ui.c): the index, built at the first (owned); the
	 * hits, a second list; how many nodes; its first item on screen */
	struct search_words *words;
	struct search_result words_res;
	size_t words_nodes;
	size_t words_current; /* item last opened (n, N) */
	int words_first_item;
	bool words_have_current;
	bool suggestion_sure;     /* the only one found: Enter takes it */
	bool suggestion_at_least; /* its hits may be more (search_suggest) */
	/* the corpus's words for near spellings, built at the first search
	 * that finds nothing (owned) */
	struct suggest_words *vocab;
	struct tui_dict dict;
	/* the search of pattern runs in job with work (owned) until the main
	 * loop takes its results (tui_search_poll) */
	struct tui_job job;
	struct search_work *work;
	struct tui_highlight hl;
	bool cancelled; /* the last search was stopped (Esc) */
};

void tui_search_start(struct tui *t);
void tui_search_set(struct tui *t, const char *pattern);
/* Flips case-sensitive search and searches the pattern again. */
void tui_search_toggle_case(struct tui *t);
void tui_search_history_add(struct tui *t, const char *pattern);
void tui_search_goto(struct tui *t, size_t hit);
/* Opens the node of h (a hit of the corpus) at its row; false when its
 * node is not found (after saying so). */
bool tui_search_open_hit(struct tui *t, const struct search_hit *h);
/* The line around a hit under a list item (view_search.c). */
void tui_search_snippet(struct view *v, int item, const struct text_field *f,
			const struct search_hit *h);
/* The search by words (search_words_ui.c): run in the search's job after
 * the phrase found nothing (no curses there): the index *words built
 * first when NULL (then the caller's), dict opened when a query word is
 * not in it and dict was not tried, the hits into res and nodes, none
 * when the pattern is no words, the work fails or b's cancel flag stops
 * it (b->cancelled then set). Its list added to the search view; Enter
 * on one of its items (true when sel was one). */
void tui_words_work(struct search_words **words, const struct corpus *k,
		    const struct lemma_map *lemmas, struct tui_dict *dict,
		    const char *pattern, unsigned flags, bool plain,
		    struct search_budget *b, struct search_result *res,
		    size_t *nodes);
void tui_words_clear(struct tui_search *s);
void tui_words_add(struct view *v);
bool tui_words_open(struct tui *t, int sel);
/* The second list's items (one per row, as shown), and item k's hit. */
size_t tui_words_items(const struct tui_search *s);
const struct search_hit *tui_words_item(const struct tui_search *s, size_t k);
/* Opens item k of the second list, as tui_search_goto a hit (n, N). */
void tui_words_goto(struct tui *t, size_t item);
void tui_words_free(struct tui_search *s);
/* Says once a session that the dictionary is missing, when it is. */
void tui_words_note(struct tui *t);
/* The search's matches are no longer shown on any page (the search list
 * keeps them, and n/N go on from the last hit). */
void tui_search_unmark(struct tui *t);
/* Whether v shows the search's matches: the search list, or the page of
 * the last hit gone to. */
bool tui_search_shows(const struct view *v);
void tui_search_step(struct tui *t, int dir);
void tui_search_free(struct tui *t);
/* Whether the search of pattern is still running. */
bool tui_search_running(const struct tui *t);
/* Takes a finished search's results: true when it did (the screen is to
 * be drawn again). */
bool tui_search_poll(struct tui *t);
/* Stops the running search; its results are none (Esc). */
void tui_search_cancel(struct tui *t);
/* view_search.c: the search views rebuilt for the results just taken. */
void tui_search_views_update(struct tui *t);

/* ---- the engine (engine.c) ---- */

/* Saving a checklist to a file: what the file-name prompt and the question
 * "replace?" work on (their ctx). Owned by the view that asks; it lives
 * until they are answered, as a prompt holds every key until then. */
struct tui_save {
	struct checklist *cl;
	char name[LE_MAX_BYTES]; /* the name given last, offered again */
};

/* ---- output.c: a text sent out off the UI thread ---- */

/* Where a text goes: the few words said while it runs («Печать…»,
 * marked with N_); a file (to_file: the target is its name, written
 * atomically, no timeout) or a command (the target; killed after
 * timeout_ms); and end, which says (and does) what the outcome means:
 * rc HN_OK, or the core's error in err (export_pipe_command_cancel,
 * export_write_file_cancel); stopped when Esc or quitting asked it to
 * stop (rc says whether it was done all the same). */
struct tui_output_kind {
	const char *busy;
	bool to_file;
	bool overwrite; /* to_file: an existing file is replaced, else HN_EXISTS */
	int timeout_ms;
	void (*end)(struct tui *t, int rc, const char *target, const char *err,
		    bool stopped);
};
struct output_work;
struct tui_output {
	struct tui_job job;
	struct output_work *work; /* owned; NULL when none runs */
	const struct tui_output_kind *kind;
	bool stopping; /* Esc pressed: its end is awaited */
};
/* Sends text (taken: freed when the run ends) to target in a job,
 * saying kind->busy at once; false (text freed) when memory or text is
 * missing. Only one output runs at a time: every key but Ctrl-C is
 * taken while one runs (tui_output_key). */
bool tui_output_start(struct tui *t, struct tui_output *o,
		      const struct tui_output_kind *kind, const char *target,
		      char *text);
bool tui_output_running(const struct tui_output *o);
/* Says how the finished run went (kind->end): true when it had run. */
bool tui_output_poll(struct tui *t, struct tui_output *o);
/* Stops the run and waits for it (quitting): a command is killed, a
 * file not put in place if it is not yet. */
void tui_output_stop(struct tui *t, struct tui_output *o);
/* A key while o runs: Esc asks it to stop without waiting (its end is
 * said when it comes), other keys say it runs (true: the key was taken);
 * Ctrl-C and prompts work as ever. */
bool tui_output_key(struct tui *t, struct tui_output *o, int key);

/* A print command that has not answered by then is killed: a printer
 * queue takes a sheet in far less; a hung one must not hold the list. */
enum { TUI_PRINT_TIMEOUT_MS = 30000 };
/* The checklists' drafts written off the UI thread (autosave_ui.c): the
 * write running, and the newest write of each other draft waiting
 * (grow.h), oldest first. */
struct autosave_op;
struct autosave_work;
struct tui_autosave {
	struct tui_job job;
	struct autosave_work *work; /* owned, or NULL */
	struct autosave_op *pending;
	size_t npending, cap_pending;
};

/* A checklist sent out: printed, or saved to a file. */
struct tui_print {
	struct tui_output out;
	struct checklist *cl; /* the list sent (one of tui.lists) */
	struct tui_save *sv;  /* a save: what "replace?" is asked for */
};

/* The message log (messages.c): the last TUI_MESSAGE_LOG messages, oldest
 * dropped first as in a terminal's scrollback; a message repeated at once
 * is one entry with a count. A message holds a file name as long as an
 * edited line and the words around it. */
enum { TUI_MESSAGE_LOG = 100, TUI_MESSAGE_BYTES = LE_MAX_BYTES + 1024 };
struct tui_log_entry {
	char *text; /* owned */
	bool error;
	unsigned repeat;
	time_t when;
};
struct tui_log {
	struct tui_log_entry e[TUI_MESSAGE_LOG];
	size_t first, count;
};
void tui_log_free(struct tui_log *log);

/* A checklist of the session: ticks and fields kept while the user goes
 * elsewhere. Each is malloc'd on its own, so that the views, the save
 * prompts and the draft question may point at it while the session's
 * array of them grows. */
struct tui_list {
	struct checklist cl;
	char *draft; /* owned: its draft file's path, or NULL */
	/* the restore question is on screen or was put off (Esc, q): the
	 * draft file is left as it is, neither written nor removed, until
	 * the next start or the list's first change (then set aside) */
	bool draft_waits;
};

struct tui {
	const struct content *c;
	const struct tui_options *opts;
	/* the history, as deep as the user goes (grow.h): back[depth-1] is
	 * on screen, fwd[fwd_depth-1] is where "forward" goes */
	struct view **back;
	size_t depth, cap_back;
	struct view **fwd;
	size_t fwd_depth, cap_fwd;
	bool quit;
	bool quit_asking;     /* the quit question is on screen */
	bool quit_after_save; /* "save first" was chosen in it */
	struct tui_save quit_save;
	bool print_on_exit;
	bool sheet_draft; /* p, s and P put the message draft at the end */
	bool colour;
	char message[TUI_MESSAGE_BYTES]; /* "" when there is none */
	bool message_error;
	struct tui_log log;
	struct prompt prompt;
	struct tui_search search;
	struct tui_print print, saving; /* print.c */
	struct tui_output copy;       /* the clipboard command (view_draft.c) */
	struct tui_autosave autosave; /* autosave_ui.c */
	struct tui_list **lists; /* every checklist opened (grow.h), owned */
	size_t nlists, cap_lists;
	struct checklist *last_list;
	bool editing;      /* a checklist field is being edited */
	bool edit_changed; /* and its text typed differs from its value */
	int *pending;      /* keys typed while the window was too small */
	size_t pending_count, pending_cap;
	int attr[ST_COUNT];
	int cur_y, cur_x; /* where the hardware cursor goes */
};

struct view *tui_current(struct tui *t);
/* Opens node on top of the current view (clears the forward stack). */
struct view *tui_open_node(struct tui *t, const struct node_ref *node);
struct view *tui_open_view(struct tui *t, const struct view_ops *ops,
			   const char *crumb);
void tui_back(struct tui *t);
void tui_forward(struct tui *t);
/* For a view read and left, as help (view_help.c) and the message log: on
 * Enter, Esc or q goes back and returns true. */
bool tui_view_close_key(struct view *v, enum tui_action a);
void tui_draw_all(struct tui *t);
void tui_free_views(struct tui *t);
/* Sets the message (and logs it); cut at a character if it is longer
 * than TUI_MESSAGE_BYTES. */
void tui_message(struct tui *t, bool error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Draws the message on up to rows rows ending at y_last: wrapped at words,
 * its last row shortened with «…» and the log's key when it is longer. */
void tui_message_draw(struct tui *t, int y_last, int rows);
/* The rows tui_message_draw takes for the message with at most max. */
int tui_message_rows(const struct tui *t, int max);
int tui_body_height(void);
/* The rows the bottom of the screen takes this frame (1: the key bar);
 * the body, its scrolling and the selection shown fit above them. */
void tui_nav_bottom_rows(int rows);
bool tui_same_node(const struct node_ref *a, const struct node_ref *b);
void tui_reveal(struct view *v, size_t row);
/* What is below the screen, for the key bar: "↓ ещё 7" (items of a
 * list), "↓ 40%" (how far down a page is), or "" when all is shown. */
void tui_nav_more(const struct view *v, char *buf, size_t size);
/* Lays the doc out for the window and scrolls the selection into view. */
void tui_nav_settle(struct view *v);
bool tui_nav_action(struct view *v, enum tui_action a);
bool tui_nav_mouse(struct view *v, int *open_item);
void tui_doc_draw(struct view *v);
struct checklist *tui_checklist_for(struct tui *t, const struct category *cat,
				    const struct channel *chan);
void tui_request_quit(struct tui *t);
/* autosave_ui.c: asks whether to restore l's draft when there is one (once, as
 * the list is made); writes cl's draft after a change; removes it once cl
 * is printed or saved. The writes and removals run off the UI thread, in
 * the order asked (t->autosave). */
void tui_draft_offer(struct tui *t, struct tui_list *l);
void tui_draft_changed(struct tui *t, const struct checklist *cl);
void tui_draft_done(struct tui *t, const struct checklist *cl);
/* Whether a draft write runs or waits; the next one started and a failed
 * one said (true: a message was set); at exit, every one done (waiting
 * for them, failures to stderr). */
bool tui_autosave_busy(const struct tui *t);
bool tui_autosave_poll(struct tui *t);
void tui_autosave_flush(struct tui *t);
/* After the screen is gone: each checklist quit with unsaved marks, and
 * the draft they are kept in, said on stderr (a stressed user answered
 * "quit" and must know nothing is lost). */
void tui_drafts_left(const struct tui *t);
/* After a save asked for by the quit question: asks again, or quits. */
void tui_quit_saved(struct tui *t, bool saved);
/* Prints cl through the print command off the UI thread (t->print):
 * «Печать…» at once, the outcome said when it ends; stopped, the list is
 * kept. */
void tui_checklist_print(struct tui *t, struct checklist *cl);
/* Copies the message draft of cl to the clipboard: OSC 52 at once, and
 * the clipboard command, when there is one, off the UI thread (t->copy),
 * saying how when it ends (view_draft.c). */
void tui_draft_copy(struct tui *t, const struct checklist *cl);
/* Opens the draft of the current checklist (t->last_list) in a view. */
void tui_draft_open(struct tui *t);
/* The sheet of cl for print, save (Markdown when file ends in .md) or the
 * terminal after exit (not paged: no form feeds); malloc'd, NULL when
 * memory runs out. */
char *tui_sheet_text(const struct tui *t, const struct checklist *cl,
		     const char *file, bool paged);

/* Asks for a file name and saves sv->cl there. */
void tui_checklist_save(struct tui *t, struct tui_save *sv);

/* ---- glyphs.c: --ascii ---- */

/* With on, the drawing glyphs of glyphs.c's table (arrows, «…», bullets,
 * «›», «⚠») are drawn as ASCII; set once, before drawing. */
void tui_glyphs_ascii(bool on);
/* The ASCII stand-in for cp, or NULL when cp is drawn as it is. */
const char *tui_ascii_for(uint32_t cp);
/* Rewrites the glyphs in s[0, len) to ASCII in place (never longer);
 * returns the new length, NUL-terminating when it shrank. */
size_t tui_ascii_inplace(char *s, size_t len);
void tui_ascii_str(char *s);
/* The bytes tui_ascii_inplace saves in s[0, len): to move an offset into
 * the text to the same place in its ASCII copy. */
size_t tui_ascii_saved(const char *s, size_t len);

/* ---- highlight.c: the search's matches on a paragraph ---- */

/* Sets p->hits to the current search's matches in p->text (once per
 * search; a redraw reuses them). */
void tui_par_hits(struct tui *t, struct doc_par *p);
void tui_highlight_free(struct tui_search *s);

/* ---- draw.c ---- */

/* Draws len bytes of UTF-8 at (y, x) up to column maxx (exclusive), control
 * characters as '?'. Returns the column after the text. */
int tui_draw_text(int y, int x, int maxx, const char *s, size_t len, int attr);
int tui_draw_str(int y, int x, int maxx, const char *s, int attr);

/* ---- term.c ---- */

int term_start(struct tui *t);
void term_stop(void);

/* Keys term_read_key makes beyond curses' own; like them, they are at or
 * above TUI_KEYCODE, so an editor ignores what it does not handle. */
enum {
	TUI_KEY_NONE = -1, /* nothing to do (a dropped byte) */
	TUI_KEY_PASTE =
		TUI_KEY(KEY_MAX + 1),       /* a bracketed paste, term_paste */
	TUI_KEY_ALT = TUI_KEY(KEY_MAX + 2), /* Alt with a key */
	TUI_KEY_UNKNOWN = TUI_KEY(KEY_MAX + 3), /* a sequence curses lacks */
};

/* input.c: the paste marks as keys (term_start), the paste's memory
 * (term_stop). */
void term_input_start(void);
void term_input_stop(void);

/* Whether a key is waiting to be read, or comes within ms milliseconds. */
bool term_key_waiting(int ms);

/* Waits for the next key: a character (its code point), TUI_KEY(KEY_*),
 * one of the keys above, or TUI_KEY_NONE. Bytes that are not UTF-8 are
 * dropped with a bell and the next key is read as usual. */
int term_read_key(void);

/* The text of the last TUI_KEY_PASTE (raw bytes, len of them; valid until
 * the next key is read) and whether it was longer than any editor takes
 * (then only its start is kept). */
const char *term_paste(size_t *len, bool *too_long);

#endif
