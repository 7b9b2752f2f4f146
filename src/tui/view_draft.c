/* SPDX-License-Identifier: MIT */
/* view_draft.c - «Черновик обращения» of the open checklist in a view, and
 * copying it to the clipboard: OSC 52 through the terminal (xterm, kitty,
 * foot, iTerm2, tmux with set-clipboard, over ssh), and wl-copy or xclip
 * too when they are there, since the terminal may ignore OSC 52. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draft.h"
#include "status.h"
#include "tui_int.h"
#include "i18n.h"

/* wl-copy and xclip take the text at once; one that has not by then is
 * killed (a clipboard owner that hangs), and OSC 52 stays. */
enum { COPY_TIMEOUT_MS = 5000 };

/* "y — скопировать …" for action a, from the action table. */
static void hint(enum tui_action a, char *buf, size_t size)
{
	snprintf(buf, size, "%s — %s", tui_action_key(a).s,
		 _(tui_actions[a].help));
}

static int draft_open(struct view *v)
{
	struct checklist *cl = v->priv ? v->priv : v->t->last_list;
	char *text;
	char line[256];

	if (!cl)
		return HN_INVALID;
	v->priv = cl;
	text = draft_compose(v->t->c, cl);
	if (!text)
		return HN_NOMEM;
	tui_doc_title(&v->doc, _("Черновик обращения"),
		      _("Незаполненное — в квадратных скобках: впишите своё "
			"перед отправкой."));
	hint(ACT_COPY, line, sizeof line);
	doc_add(&v->doc, ST_DIM, -1, 0, NULL, line);
	doc_blank(&v->doc);
	for (char *p = text, *nl; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		if (*p)
			doc_add(&v->doc, ST_NORMAL, -1, 1, NULL, p);
		else
			doc_blank(&v->doc);
		if (!nl)
			break;
	}
	free(text);
	return HN_OK;
}

static const char b64[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* OSC 52 "set the clipboard" with the text in base64, written straight to
 * the terminal (curses does not know escape sequences of this kind). */
static void osc52(const char *s, size_t n)
{
	fputs("\033]52;c;", stdout);
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned char)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned char)s[i + 1] << 8;
		if (i + 2 < n)
			v |= (unsigned char)s[i + 2];
		char out[4] = {b64[v >> 18 & 63], b64[v >> 12 & 63], '=', '='};
		if (i + 1 < n)
			out[2] = b64[v >> 6 & 63];
		if (i + 2 < n)
			out[3] = b64[v & 63];
		fwrite(out, 1, 4, stdout);
	}
	fputs("\a", stdout);
	fflush(stdout);
}

/* How the clipboard command went; OSC 52 was sent before it ran. */
static void copy_end(struct tui *t, int rc, const char *command,
		     const char *err, bool stopped)
{
	if (rc == HN_OK)
		tui_message(t, false,
			    _("Черновик скопирован в буфер обмена: %s (и OSC "
			      "52)"),
			    command);
	else if (stopped)
		tui_message(t, false,
			    _("Копирование остановлено: черновик передан "
			      "только через OSC 52"));
	else
		tui_message(t, true,
			    _("Черновик передан через OSC 52, а %s не "
			      "сработал: %s"),
			    command, err);
}

static const struct tui_output_kind copy_kind = {
	.busy = N_("Копирую черновик…"),
	.timeout_ms = COPY_TIMEOUT_MS,
	.end = copy_end,
};

void tui_draft_copy(struct tui *t, const struct checklist *cl)
{
	char *text = cl ? draft_compose(t->c, cl) : NULL;
	const char *cmd = t->opts->copy_command;

	if (!text) {
		tui_message(t, true, _("Не хватает памяти для черновика"));
		return;
	}
	osc52(text, strlen(text));
	if (!cmd) {
		tui_message(t, false,
			    _("Черновик передан терминалу через OSC 52 — "
			      "он попадёт в буфер обмена, если терминал это "
			      "разрешает"));
		free(text);
	} else if (!tui_output_start(t, &t->copy, &copy_kind, cmd, text)) {
		tui_message(t, true, _("Не хватает памяти для черновика"));
	}
}

void tui_draft_open(struct tui *t)
{
	if (!t->last_list) {
		tui_message(t, false, _("Сначала откройте чек-лист"));
		return;
	}
	tui_open_view(t, &tui_draft_ops, _("Черновик обращения"));
}

static bool draft_key(struct view *v, enum tui_action a, int key)
{
	(void)key;
	if (a != ACT_COPY)
		return false;
	tui_draft_copy(v->t, v->priv);
	return true;
}

static const enum tui_action draft_bar[] = {ACT_COPY, ACT_BACK, ACT_HELP,
					    ACT_QUIT, ACT_NONE};

const struct view_ops tui_draft_ops = {
	.open = draft_open,
	.draw = tui_doc_draw,
	.key = draft_key,
	.bar = draft_bar,
};
