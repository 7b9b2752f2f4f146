/* SPDX-License-Identifier: MIT */
/* batch_search.c - the --search mode: one "label: line" per hit (the
 * Russian breadcrumb, or the node path with --ids), ranked, the match
 * highlighted on a terminal, a caret under the fault of a bad pattern. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"
#include "search.h"
#include "search_group.h"
#include "search_label.h"
#include "search_words.h"
#include "status.h"
#include "suggest_words.h"
#include "text.h"

enum { PLAIN_TEXT_COLUMNS = 120, MIN_TEXT_COLUMNS = 40 };

#define SGR_PATH "\033[35m"
#define SGR_MATCH "\033[1;31m"
#define SGR_OFF "\033[m"

/* --search writes hundreds of thousands of short pieces: they are
 * gathered here and written with one fwrite per OUT_SIZE bytes. */
enum { OUT_SIZE = 1 << 16 };

struct out {
	FILE *file;
	size_t len;
	char buf[OUT_SIZE];
};

static void out_write(struct out *o, const char *s, size_t len)
{
	fwrite(s, 1, len, o->file);
}

static void out_flush(struct out *o)
{
	if (o->len)
		out_write(o, o->buf, o->len);
	o->len = 0;
}

static void out_put(struct out *o, const char *s, size_t len)
{
	if (len > OUT_SIZE - o->len) {
		out_flush(o);
		if (len > OUT_SIZE) {
			out_write(o, s, len);
			return;
		}
	}
	memcpy(o->buf + o->len, s, len);
	o->len += len;
}

static void out_str(struct out *o, const char *s)
{
	out_put(o, s, strlen(s));
}

static void out_char(struct out *o, char c)
{
	if (o->len == OUT_SIZE)
		out_flush(o);
	o->buf[o->len++] = c;
}

/* Writes s[0, len) with tabs as spaces and control characters (and bytes
 * that are not UTF-8) as '?', so nothing raw reaches the terminal. */
static void put_clean(const char *s, size_t len, struct out *out)
{
	size_t done = 0; /* s[done, i) is clean and not yet written */
	for (size_t i = 0; i < len;) {
		i += text_plain_prefix(s + i, len - i);
		if (i == len)
			break;
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (cp != '\t' && text_char_inert(cp, n)) {
			i += n;
			continue;
		}
		out_put(out, s + done, i - done);
		out_char(out, cp == '\t' ? ' ' : '?');
		i += n;
		done = i;
	}
	out_put(out, s + done, len - done);
}

/* put_clean when the text may need it: plain text goes as it is. */
static void put_text(const char *s, size_t len, bool plain, struct out *out)
{
	if (plain)
		out_put(out, s, len);
	else
		put_clean(s, len, out);
}

/* Columns of one character as put_clean draws it. */
static size_t char_cols(const char *s, size_t len, size_t *bytes)
{
	uint32_t cp;
	*bytes = utf8_decode(s, len, &cp);
	int w = text_char_width(cp);
	return w < 0 ? 1 : (size_t)w;
}

/* The window [*start, *end) of the line [ls, le) around the match
 * [ms, me), used columns wide, for cols columns: the whole line if it fits,
 * else a window of cols - 2 columns (room for the two "…") with up to a
 * third of the room on the left, the rest on the right, and more on the
 * left if the line ends. */
static void fit_window(const char *t, size_t ls, size_t le, size_t ms,
		       size_t me, size_t used, size_t cols, size_t *start,
		       size_t *end)
{
	size_t room = cols - 2, width = used, w, rest;
	size_t left_room = used < room ? (room - used) / 3 : 0;
	size_t s = ms - text_fit_back(t + ls, ms - ls, left_room, &w);
	width += w;
	size_t e = me + text_fit_width(t + me, le - me, room - width, &w);
	width += w;
	s -= text_fit_back(t + ls, s - ls, room - width, &w);
	width += w;
	*start = ls;
	*end = le;
	if (s == ls && e == le)
		return;
	/* The line is wider than the room: is it wider than cols? Only
	 * what is left on either side needs measuring. */
	rest = cols - width;
	if (text_fit_width(t + ls, s - ls, rest, &w) == s - ls &&
	    text_fit_width(t + e, le - e, rest - w, &w) == le - e)
		return;
	/* Cut at spaces rather than inside words, when there is one. */
	for (size_t i = s; s > ls && t[s - 1] != ' ' && i < ms; i++)
		if (t[i] == ' ') {
			s = i + 1;
			break;
		}
	for (size_t i = e; e < le && t[e] != ' ' && i > me; i--)
		if (t[i - 1] == ' ') {
			e = i - 1;
			break;
		}
	*start = s;
	*end = e;
}

/* The start of the line that holds pos, looking back no further than lo. */
static size_t line_start(const char *t, size_t lo, size_t pos)
{
	while (pos > lo && t[pos - 1] != '\n')
		pos--;
	return pos;
}

static size_t terminal_columns(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) &&
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

/* Prints the line around hits[0] and returns how many hits it showed:
 * later hits of the same field that fall inside the printed window are
 * highlighted on the same line, as grep does, not printed again. */
static size_t print_hits(const struct text_field *f, const char *label,
			 const struct search_hit *hits, size_t count,
			 size_t cols, bool color, struct out *out)
{
	const struct search_hit *h = &hits[0];
	const char *t = f->text;
	/* At most a window of cols columns around the match is shown, so
	 * the line is looked at only that far (4 bytes a column at most):
	 * scanning a whole long line for each of its matches is quadratic. */
	size_t reach = 4 * cols + 4;
	size_t ms = h->byte_start;
	size_t ls = line_start(t, ms > reach ? ms - reach : 0, ms);
	while (ls < ms && ((unsigned char)t[ls] & 0xC0) == 0x80)
		ls++;
	bool cut_left = ls > 0 && t[ls - 1] != '\n';
	size_t lim = f->length - h->byte_end > reach ? h->byte_end + reach
						     : f->length;
	const char *nl = memchr(t + ms, '\n', lim - ms);
	size_t le = nl ? (size_t)(nl - t) : lim;
	while (le > h->byte_end && ((unsigned char)t[le] & 0xC0) == 0x80)
		le--;
	bool cut_right = le < f->length && t[le] != '\n';
	size_t me = h->byte_end < le ? h->byte_end : le;
	size_t start = ls, end = le, used = text_width(t + ms, me - ms);
	if (used > cols - 2) {
		me = ms + text_fit(t + ms, me - ms, cols - 2);
		start = ms;
		end = me;
	} else if (le - ls > cols) { /* else it fits: see text_fits */
		fit_window(t, ls, le, ms, me, used, cols, &start, &end);
	}
	out_str(out, color ? SGR_PATH : "");
	put_clean(label, strlen(label), out);
	out_str(out, color ? SGR_OFF ": " : ": ");
	if (start > ls || cut_left)
		out_str(out, "…");
	size_t shown = 1, pos = start;
	bool plain = text_plain_prefix(t + start, end - start) == end - start;
	/* an empty match (^, \b, x*) gets no colour codes around nothing */
	put_text(t + pos, ms - pos, plain, out);
	out_str(out, color && me > ms ? SGR_MATCH : "");
	put_text(t + ms, me - ms, plain, out);
	out_str(out, color && me > ms ? SGR_OFF : "");
	pos = me;
	while (shown < count && hits[shown].row == h->row &&
	       hits[shown].byte_start >= pos && hits[shown].byte_end <= end) {
		const struct search_hit *next = &hits[shown++];
		bool mark = color && next->byte_end > next->byte_start;
		put_text(t + pos, next->byte_start - pos, plain, out);
		out_str(out, mark ? SGR_MATCH : "");
		put_text(t + next->byte_start,
			 next->byte_end - next->byte_start, plain, out);
		out_str(out, mark ? SGR_OFF : "");
		pos = next->byte_end;
	}
	put_text(t + pos, end - pos, plain, out);
	if (end < le || cut_right)
		out_str(out, "…");
	out_char(out, '\n');
	return shown;
}

/* The pattern as typed (made inert) and a caret under its fault. */
static void print_caret(const char *pattern, const struct search_error *err)
{
	static struct out err_out;
	size_t len = strlen(pattern);

	err_out.file = stderr;
	out_str(&err_out, "  ");
	put_clean(pattern, len, &err_out);
	out_char(&err_out, '\n');
	out_flush(&err_out);
	if (!err->column)
		return;
	size_t cols = 0, chars = 0;
	for (size_t i = 0, n; i < len && chars + 1 < err->column; i += n) {
		cols += char_cols(pattern + i, len - i, &n);
		chars++;
	}
	fprintf(stderr, "  %*s^\n", (int)cols, "");
}

/* A pattern that cannot be searched at all (not UTF-8): where. */
static void report_bad_pattern(const char *pattern,
			       const struct search_error *err)
{
	if (err->column)
		cli_error(_("неверный шаблон: %s (символ %zu)"), err->message,
			  err->column);
	else
		cli_error(_("неверный шаблон: %s"), err->message);
	print_caret(pattern, err);
}

/* A bad regex searched as plain text, as the navigator does: the fault
 * and its column, and why the exit status is still 2. */
static void report_forgiven(const char *pattern, const struct search_error *err)
{
	if (err->column)
		cli_error(_("в шаблоне ошибка: %s (символ %zu) — ищу как "
			    "обычный текст"),
			  err->message, err->column);
	else
		cli_error(_("в шаблоне ошибка: %s — ищу как обычный текст"),
			  err->message);
	print_caret(pattern, err);
	fputs(_("Код возврата 2 — из-за ошибки в шаблоне; с -F "
		"(--fixed-strings) шаблон — обычный текст.\n"),
	      stderr);
}

/* A pattern that finds nothing: the same keys under the other layout
 * ("djpdhfn" -> "возврат"), or a near spelling from the pack's words
 * ("вазврат" -> "возврат"), when that finds something. Sought before the
 * words search, as the navigator does, so that the budget the pattern
 * left is the retry's and not the dictionary's. */
static int suggest(const struct corpus *k, const char *pattern, unsigned flags,
		   struct search_budget *b, struct search_suggestion *s)
{
	struct suggest_words *words = NULL;
	int rc = search_suggest(k, &words, pattern, flags, 1, b, s);

	suggest_words_free(words);
	return rc;
}

/* The suggestion, said on stderr as the navigator says it. */
static void print_suggestion(const struct search_suggestion *s)
{
	if (s->text && s->layout)
		fprintf(stderr,
			_("Ничего не найдено. В другой раскладке это «%s»: "
			  "helpnav --search '%s'\n"),
			s->text, s->text);
	else if (s->text)
		fprintf(stderr,
			_("Ничего не найдено. Может быть, «%s»: "
			  "helpnav --search '%s'\n"),
			s->text, s->text);
}

/* A case-sensitive pattern that finds nothing: whether it would without
 * --case-sensitive, said on stderr (the navigator says it with its key). */
static void say_caseless(const struct corpus *k, const char *pattern,
			 unsigned flags, struct search_budget *b)
{
	size_t n = search_count_caseless(k, pattern, flags, 0, b);

	if (n)
		fprintf(stderr,
			_("Ничего не найдено с учётом регистра; без "
			  "--case-sensitive совпадений: %zu\n"),
			n);
}

/* Each row's hits after its label: the breadcrumb, with its node's count
 * at the first hit of a node with many (counts), or with titles NULL
 * (--ids: the format scripts read stays as it was) the node path; the
 * text gets what the terminal has left. */
static void format_result(const struct corpus *k,
			  const struct search_titles *titles,
			  const struct search_node_count *counts,
			  const struct search_result *res, size_t term,
			  bool color, struct out *out)
{
	for (size_t i = 0; i < res->count;) {
		struct text_field f = corpus_field(k, res->hits[i].row);
		char *crumb = titles ? search_label(titles, k, res->hits[i].row)
				     : NULL;
		char *counted = crumb && counts
					? search_group_label(crumb, &counts[i])
					: NULL;
		const char *label = counted ? counted : crumb ? crumb : f.path;
		size_t cols = PLAIN_TEXT_COLUMNS;
		if (term) {
			size_t pw = text_width(label, strlen(label)) + 2;
			cols = term > pw + MIN_TEXT_COLUMNS ? term - pw
							    : MIN_TEXT_COLUMNS;
		}
		i += print_hits(&f, label, &res->hits[i], res->count - i, cols,
				color, out);
		free(counted);
		free(crumb);
	}
	out_flush(out);
}

/* Every match of q in k, a line each. *hits: how many. */
static int search_lines(const struct corpus *k, const struct search_query *q,
			bool ids, bool color, struct search_budget *b,
			size_t *hits)
{
	struct search_error err = {{0}, 0};
	struct search_result res = {0};
	struct search_titles *titles = NULL;
	struct search_node_count *counts = NULL;
	static struct out out;
	int rc = search_run_within(q, k, 0, b, &res, &err);
	if (rc == HN_OK && !ids)
		rc = search_titles_build(k, &titles);
	if (rc == HN_OK)
		rc = search_rank(k, &res);
	if (rc == HN_OK && !ids)
		rc = search_node_counts(k, &res, &counts);
	if (rc == HN_OK) {
		out.file = stdout;
		format_result(k, titles, counts, &res, terminal_columns(),
			      color, &out);
	}
	free(counts);
	search_titles_free(titles);
	*hits = res.count;
	search_result_free(&res);
	return rc;
}

/* The second list: "по отдельным словам: N" and its hits, when there are
 * any or they were asked for. *hits: how many. */
static int words_lines(const struct corpus *k, const char *pattern,
		       const struct cli_search_opts *o, size_t *hits)
{
	struct search_result res = {0};
	struct search_titles *titles = NULL;
	size_t nodes = 0;
	static struct out out;
	int rc = cli_words_search(k, pattern, &res, &nodes);
	if (rc == HN_OK && !o->ids)
		rc = search_titles_build(k, &titles);
	char *heading = NULL;
	if (rc == HN_OK && (nodes || o->any_order))
		rc = search_words_heading(pattern, strlen(pattern), nodes,
					  false, &heading);
	if (heading) {
		out.file = stdout;
		puts(heading);
		fflush(stdout);
		format_result(k, titles, NULL, &res, terminal_columns(),
			      o->color, &out);
	}
	free(heading);
	search_titles_free(titles);
	*hits = res.count;
	search_result_free(&res);
	return rc;
}

int cli_search(const struct corpus *k, const struct content *numbers,
	       const char *pattern, const struct cli_search_opts *o)
{
	struct search_query *q = NULL;
	struct search_error err = {{0}, 0};
	size_t hits = 0;
	struct search_budget budget;

	/* every line would match: a script's empty variable, not a query */
	if (!pattern[0]) {
		cli_error("%s", _("пустой шаблон: искать нечего"));
		return CLI_EXIT_ERROR;
	}
	int rc = search_compile_opts(pattern, strlen(pattern),
				     o->flags | SEARCH_FORGIVE, &q, &err);
	/* a bad regex searched as text: exit 2 all the same, unless -F */
	bool forgiven = rc == HN_OK && search_is_plain(q) &&
			!(o->flags & SEARCH_FIXED);
	/* A number's record comes before the hits; "+7 ..." is a number
	 * even though it is no pattern. */
	bool card = false, number = false;
	int card_rc = rc == HN_NOMEM ? HN_OK
				     : cli_number_card(numbers, pattern, &card,
						       &number);
	if (card_rc != HN_OK)
		rc = card_rc;
	if ((rc == HN_INVALID || forgiven) && number) {
		search_free(q);
		return card ? CLI_EXIT_OK : CLI_EXIT_NONE;
	}
	search_budget_start(&budget, k);
	if (rc == HN_INVALID) {
		report_bad_pattern(pattern, &err);
		return CLI_EXIT_ERROR;
	}
	if (forgiven)
		report_forgiven(pattern, &err);
	if (rc == HN_OK)
		rc = search_lines(k, q, o->ids, o->color, &budget, &hits);
	search_free(q);
	struct search_suggestion sg = {NULL, 0, false, false, false};
	if (rc == HN_OK && !hits && !card)
		rc = suggest(k, pattern, o->flags, &budget, &sg);
	size_t word_hits = 0;
	size_t len = strlen(pattern);
	if (rc == HN_OK && !card &&
	    (o->any_order ||
	     (!hits && search_words_wanted(pattern, len, o->flags, forgiven))))
		rc = words_lines(k, pattern, o, &word_hits);
	if (rc != HN_OK) {
		search_suggestion_free(&sg);
		fflush(stdout);
		cli_error("%s", rc == HN_LIMIT ? _("шаблон слишком сложный")
					       : _("недостаточно памяти"));
		return CLI_EXIT_ERROR;
	}
	if (!word_hits)
		print_suggestion(&sg);
	search_suggestion_free(&sg);
	if (!hits && !word_hits && !card)
		say_caseless(k, pattern, o->flags, &budget);
	if (forgiven)
		return CLI_EXIT_ERROR;
	return hits || word_hits || card ? CLI_EXIT_OK : CLI_EXIT_NONE;
}
