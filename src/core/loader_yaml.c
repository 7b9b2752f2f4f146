/* SPDX-License-Identifier: MIT */
/* loader_yaml.c - one file's YAML events into a small tree of ynodes.
 *
 * libyaml accepts much that content never needs and that can hurt (see
 * shared/reference/libraries.md): aliases, deep nesting, duplicate keys,
 * several documents, NUL and control characters from escapes. They are
 * refused here, each with its place in the file. */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "grow.h"
#include "i18n.h"
#include "loader.h"
#include "loader_internal.h"
#include "status.h"
#include "text.h"

struct frame {
	struct ynode *node;
	struct ynode **kids; /* malloc'd while the collection is open */
	size_t n, cap;
};

struct reader {
	const char *file;
	const char *data;
	size_t length;
	struct arena *tree;
	struct diag_list *diags;
	size_t *errors;
	struct frame stack[LOADER_MAX_DEPTH];
	size_t depth;
	struct ynode *root;
	size_t nodes;   /* made so far, at most limit */
	size_t limit;   /* LOADER_MAX_NODES, or less when the pack's are near */
	bool too_many;  /* the node cap was reached: stop reading */
	bool pack_full; /* ... and it was the pack's: the caller says so */
	bool raw_bidi;  /* a bidi control written raw, reported where it is */
	bool nomem;
	char shown[LOADER_SHOW_BYTES]; /* loader_show_into */
};

__attribute__((format(printf, 4, 5))) static void
report_at(struct reader *r, unsigned line, unsigned col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(r->diags, r->file, line, col, fmt, ap);
	va_end(ap);
	(*r->errors)++;
}

#define report_mark(r, m, ...) \
	report_at((r), (unsigned)(m).line + 1, (unsigned)(m).column + 1, \
		  __VA_ARGS__)

/* Line and character column of a byte offset (reader errors carry only
 * the offset). */
static void offset_to_mark(const char *data, size_t length, size_t offset,
			   unsigned *line, unsigned *col)
{
	if (offset > length)
		offset = length;
	unsigned l = 1, c = 1;
	size_t i = 0;
	if (length >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		i = 3; /* a byte order mark is not a column */
	for (; i < offset; i++) {
		unsigned char b = (unsigned char)data[i];
		if (b == '\n') {
			l++;
			c = 1;
		} else if ((b & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}

/* libyaml reports a bad trailing byte at its own offset: step back to the
 * first byte of the character, as the user sees it. */
static size_t char_start(const char *data, size_t length, size_t at)
{
	for (size_t i = at < length ? at : length; i > 0 && at - i < 3;) {
		unsigned char b = (unsigned char)data[--i];
		if (b >= 0xC0)
			return i;
		if ((b & 0xC0) != 0x80)
			break;
	}
	return at;
}

static const char *const problem_ru[][2] = {
	{"did not find expected key",
	 N_("не найден ожидаемый ключ (неверный отступ?)")},
	{"mapping values are not allowed in this context",
	 N_("здесь не может быть двоеточия со значением (неверный отступ или "
	    "двоеточие в тексте без кавычек?)")},
	{"could not find expected ':'", N_("не найдено ожидаемое двоеточие")},
	{"found unexpected end of stream",
	 N_("файл кончился раньше времени (незакрытая кавычка?)")},
	{"did not find expected '-' indicator",
	 N_("не найден ожидаемый «-» (неверный отступ?)")},
	{"found character that cannot start any token",
	 N_("символ, с которого ничего не может начинаться (табуляция в "
	    "отступе?)")},
	{"did not find expected node content", N_("не найдено значение")},
	{"did not find expected ',' or ']'",
	 N_("не найдена ожидаемая «,» или «]»")},
	{"did not find expected ',' or '}'",
	 N_("не найдена ожидаемая «,» или «}»")},
	{"found undefined tag handle", N_("неизвестный тег")},
	{"found unknown escape character",
	 N_("неизвестная escape-последовательность")},
	{"block sequence entries are not allowed in this context",
	 N_("здесь не может начинаться список (неверный отступ?)")},
	{"did not find expected <document start>",
	 N_("после документа есть лишний текст")},
	{"found a tab character that violates indentation",
	 N_("табуляция в отступе: отступы делаются пробелами")},
	{"found a tab character where an indentation space is expected",
	 N_("табуляция в отступе: отступы делаются пробелами")},
	{"mapping keys are not allowed in this context",
	 N_("здесь не может быть ключа (неверный отступ?)")},
	{"did not find expected comment or line break",
	 N_("после значения ожидается конец строки")},
	{"found unexpected document indicator",
	 N_("неожиданный разделитель документов (--- или ...)")},
	{"found invalid Unicode character escape code",
	 N_("неверный код символа в escape-последовательности")},
	{"did not find expected hexdecimal number",
	 N_("ожидается шестнадцатеричное число в escape-последовательности")},
	{"found undefined alias", N_("ссылка на неизвестный якорь")},
	{"found duplicate anchor; first occurrence", N_("якорь повторяется")},
	{"did not find expected alphabetic or numeric character",
	 N_("ожидается буква или цифра (имя якоря, ссылки или тега)")},
	{"found unexpected ':'", N_("неожиданное двоеточие")},
	{"did not find expected whitespace or line break",
	 N_("ожидается пробел или конец строки")},
	{"did not find expected whitespace", N_("ожидается пробел")},
	{"found unknown directive name", N_("неизвестная директива (%...)")},
};

static void report_syntax(struct reader *r, const yaml_parser_t *p)
{
	const char *problem = p->problem ? p->problem : _("неизвестная ошибка");
	for (size_t i = 0; i < sizeof problem_ru / sizeof *problem_ru; i++)
		if (!strcmp(problem, problem_ru[i][0]))
			problem = _(problem_ru[i][1]);
	if (p->error == YAML_READER_ERROR) {
		unsigned line, col;
		size_t at = p->problem_offset;
		if (p->problem && strstr(p->problem, "trailing"))
			at = char_start(r->data, r->length, at);
		offset_to_mark(r->data, r->length, at, &line, &col);
		if (p->problem && strstr(p->problem, "control"))
			diag_add(r->diags, r->file, line, col,
				 "недопустимый управляющий символ U+%04X",
				 (unsigned)p->problem_value);
		else
			diag_add(r->diags, r->file, line, col,
				 "неверная кодировка: файл должен быть в "
				 "UTF-8");
		(*r->errors)++;
		return;
	}
	if (p->context)
		diag_add(r->diags, r->file, (unsigned)p->problem_mark.line + 1,
			 (unsigned)p->problem_mark.column + 1,
			 "ошибка синтаксиса YAML: %s (начало конструкции: "
			 "строка %u, столбец %u)",
			 problem, (unsigned)p->context_mark.line + 1,
			 (unsigned)p->context_mark.column + 1);
	else
		diag_add(r->diags, r->file, (unsigned)p->problem_mark.line + 1,
			 (unsigned)p->problem_mark.column + 1,
			 "ошибка синтаксиса YAML: %s", problem);
	(*r->errors)++;
}

/* A node with extra zeroed bytes behind it (a scalar's text). */
static struct ynode *new_node(struct reader *r, enum ynode_kind kind,
			      yaml_mark_t m, size_t extra)
{
	if (r->nodes == r->limit) {
		if (r->limit < LOADER_MAX_NODES)
			r->pack_full = true;
		else if (!r->too_many)
			report_mark(r, m,
				    "слишком много элементов в файле (больше "
				    "%d): разделите его на несколько файлов",
				    LOADER_MAX_NODES);
		r->too_many = true;
		return NULL;
	}
	r->nodes++;
	struct ynode *n = extra > SIZE_MAX - sizeof *n
				  ? NULL
				  : arena_alloc(r->tree, sizeof *n + extra);
	if (!n) {
		r->nomem = true;
		return NULL;
	}
	n->kind = (unsigned char)kind;
	n->line = (unsigned)m.line + 1;
	n->col = (unsigned)m.column + 1;
	return n;
}

static void attach(struct reader *r, struct ynode *n)
{
	if (!n)
		return;
	if (r->depth == 0) {
		if (!r->root)
			r->root = n;
		return;
	}
	struct frame *f = &r->stack[r->depth - 1];
	struct ynode **slot =
		grow_room(&f->kids, f->n, &f->cap, sizeof *slot, 8);
	if (!slot) {
		r->nomem = true;
		return;
	}
	*slot = n;
	f->n++;
}

/* Anchors and tags are refused; the node itself is still used. */
static void check_props(struct reader *r, yaml_mark_t m,
			const yaml_char_t *anchor, const yaml_char_t *tag)
{
	if (anchor)
		report_mark(r, m, "якоря (&%s) не поддерживаются",
			    (const char *)anchor);
	if (tag)
		report_mark(r, m, "теги (%s) не поддерживаются",
			    (const char *)tag);
}

/* The code of a line or paragraph separator at s (U+0085, U+2028,
 * U+2029), or 0. */
static unsigned separator_at(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (len >= 2 && u[0] == 0xC2 && u[1] == 0x85)
		return 0x85;
	if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
	    (u[2] == 0xA8 || u[2] == 0xA9))
		return u[2] == 0xA8 ? 0x2028 : 0x2029;
	return 0;
}

/* A bidi control reorders what the user sees (a phone number's digits
 * shown reversed), and an editor does not show it either. */
#define BIDI_MESSAGE \
	N_("символ направления текста U+%04X: меняет порядок, в котором " \
	   "видны знаки (например, цифры номера); удалите его")

/* The code of a bidi control at s, or 0. */
static unsigned bidi_at(const char *s, size_t len)
{
	uint32_t cp;
	utf8_decode(s, len, &cp);
	return text_is_bidi_control(cp) ? (unsigned)cp : 0;
}

/* Characters written raw in the file that must not be there, each
 * reported at the place computed from the bytes ('\n' ends a line,
 * columns count characters). A line or paragraph separator is invisible
 * in an editor, and libyaml counts it as a line break, so its positions
 * after it would be wrong: the return is true, and the file is parsed
 * from a copy without them (see without_separators). A bidi control (see
 * BIDI_MESSAGE) leaves the positions right: the file is parsed as is. */
static bool check_raw_chars(struct reader *r)
{
	unsigned line = 1, col = 1;
	bool found = false;
	size_t i = 0;
	if (r->length >= 3 && !memcmp(r->data, "\xEF\xBB\xBF", 3))
		i = 3; /* a byte order mark is not a column */
	for (; i < r->length; i++) {
		unsigned char b = (unsigned char)r->data[i];
		const char *at = r->data + i;
		unsigned sep = b >= 0xC2 ? separator_at(at, r->length - i) : 0;
		unsigned bidi = b >= 0xC2 ? bidi_at(at, r->length - i) : 0;
		if (sep) {
			report_at(r, line, col,
				  "невидимый разделитель строк U+%04X: YAML "
				  "считает его переводом строки; замените его "
				  "обычным переводом строки или пробелом",
				  sep);
			found = true;
		} else if (bidi) {
			report_at(r, line, col, BIDI_MESSAGE, bidi);
			r->raw_bidi = true;
		}
		if (b == '\n') {
			line++;
			col = 1;
		} else if ((b & 0xC0) != 0x80) {
			col++;
		}
	}
	return found;
}

/* A copy of the file in which each raw separator is a space, so that
 * the rest of the file is checked in the same run with its lines where
 * the editor shows them, and columns too (a space is one character, as
 * the separator). Where a blank or the line's start is already before
 * it, the separator is dropped instead: a space there would move the
 * indentation ("- \u2028id:") and report errors that are not in the
 * file; columns after it on that line are then one less. */
static char *without_separators(const char *data, size_t length,
				size_t *out_length)
{
	char *out = malloc(length ? length : 1);
	size_t n = 0;
	if (!out)
		return NULL;
	for (size_t i = 0; i < length; i++) {
		unsigned sep = (unsigned char)data[i] >= 0xC2
				       ? separator_at(data + i, length - i)
				       : 0;
		if (!sep) {
			out[n++] = data[i];
			continue;
		}
		i += sep == 0x85 ? 1 : 2; /* its other bytes */
		char before = '\n';       /* the file's start is a line's */
		if (n > 0)
			before = out[n - 1];
		if (before != ' ' && before != '\t' && before != '\r' &&
		    before != '\n')
			out[n++] = ' ';
	}
	*out_length = n;
	return out;
}

/* NUL, C0 other than tab and newline, DEL and C1 controls; the line and
 * paragraph separators U+2028 and U+2029 (from an escape such as \u2028
 * or \L: a terminal would draw them as a break or a blank, and the
 * widths would be wrong); bidi controls from an escape such as \u202e
 * (raw ones were reported at their place). */
static void check_text(struct reader *r, yaml_mark_t m, const char *s,
		       size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char b = (unsigned char)s[i];
		unsigned cp = b;
		unsigned sep = b == 0xE2 ? separator_at(s + i, len - i) : 0;
		if (sep) {
			report_mark(
				r, m,
				"недопустимый разделитель строк U+%04X в "
				"тексте: используйте обычный перевод строки",
				sep);
			return;
		}
		unsigned bidi =
			b >= 0xC2 && !r->raw_bidi ? bidi_at(s + i, len - i) : 0;
		if (bidi) {
			report_mark(r, m, BIDI_MESSAGE, bidi);
			return;
		}
		if (b == 0xC2 && i + 1 < len &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9F)
			cp = (unsigned char)s[i + 1];
		else if ((b >= 0x20 && b != 0x7F) || b == '\n' || b == '\t')
			continue;
		char code[16];
		snprintf(code, sizeof code, "U+%04X", cp);
		if (cp == 0)
			report_mark(r, m,
				    "недопустимый символ NUL (%s) в тексте",
				    code);
		else
			report_mark(r, m,
				    "недопустимый управляющий символ %s в "
				    "тексте",
				    code);
		return;
	}
}

static void on_scalar(struct reader *r, const yaml_event_t *e)
{
	check_props(r, e->start_mark, e->data.scalar.anchor,
		    e->data.scalar.tag);
	check_text(r, e->start_mark, (const char *)e->data.scalar.value,
		   e->data.scalar.length);
	size_t len = e->data.scalar.length;
	struct ynode *n = new_node(r, YN_SCALAR, e->start_mark, len + 1);
	if (!n)
		return;
	char *text = (char *)(n + 1);
	memcpy(text, e->data.scalar.value, len);
	n->text = text; /* arena memory is zeroed: the NUL is there */
	n->len = (unsigned)len;
	n->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	attach(r, n);
}

/* false when the nesting is too deep: the rest of the file is skipped. */
static bool on_start(struct reader *r, const yaml_event_t *e, bool map)
{
	const yaml_char_t *anchor = map ? e->data.mapping_start.anchor
					: e->data.sequence_start.anchor;
	const yaml_char_t *tag = map ? e->data.mapping_start.tag
				     : e->data.sequence_start.tag;
	check_props(r, e->start_mark, anchor, tag);
	if (r->depth == LOADER_MAX_DEPTH) {
		diag_add(r->diags, r->file, (unsigned)e->start_mark.line + 1,
			 (unsigned)e->start_mark.column + 1,
			 "слишком глубокая вложенность (больше %d уровней)",
			 LOADER_MAX_DEPTH);
		(*r->errors)++;
		return false;
	}
	struct ynode *n = new_node(r, map ? YN_MAP : YN_SEQ, e->start_mark, 0);
	if (!n)
		return true;
	/* The other fields are zero: a frame is zeroed when it closes. */
	r->stack[r->depth++].node = n;
	return true;
}

static int compare_keys(const void *a, const void *b)
{
	const struct ynode *const *x = a, *const *y = b;
	int c = strcmp((*x)->text, (*y)->text);
	if (c)
		return c;
	/* Same text: keep file order, so the first one written wins. */
	if ((*x)->line != (*y)->line)
		return (*x)->line < (*y)->line ? -1 : 1;
	return (*x)->col < (*y)->col ? -1 : (*x)->col > (*y)->col;
}

/* Reports non-string and duplicate keys and drops their pairs. Sorting
 * keeps this O(n log n) for a hostile mapping with many keys. */
static void drop_bad_keys(struct reader *r, struct frame *f)
{
	size_t pairs = f->n / 2, kept = 0;
	struct ynode **keys = malloc((pairs ? pairs : 1) * sizeof *keys);
	if (!keys) {
		r->nomem = true;
		return;
	}
	for (size_t i = 0; i < pairs; i++) {
		struct ynode *k = f->kids[2 * i];
		if (k->kind == YN_SCALAR) {
			keys[kept++] = k;
		} else {
			if (k->kind != YN_BAD)
				report_at(r, k->line, k->col,
					  "ключ должен быть строкой");
			k->kind = YN_BAD;
		}
	}
	qsort(keys, kept, sizeof *keys, compare_keys);
	for (size_t i = 1; i < kept; i++) {
		size_t first = i - 1;
		while (i < kept && !strcmp(keys[i]->text, keys[first]->text)) {
			report_at(
				r, keys[i]->line, keys[i]->col,
				"повторяющийся ключ \"%s\" (первый — в строке "
				"%u)",
				loader_show_into(r->shown, keys[i]->text),
				keys[first]->line);
			keys[i]->kind = YN_BAD;
			i++;
		}
	}
	free(keys);
}

static void on_end(struct reader *r)
{
	if (r->depth == 0) /* libyaml balances events; be safe anyway */
		return;
	struct frame *f = &r->stack[--r->depth];
	struct ynode *n = f->node;
	if (n->kind == YN_MAP && f->n % 2 == 0)
		drop_bad_keys(r, f);
	size_t kept = 0;
	for (size_t i = 0; i < f->n; i++) {
		if (n->kind == YN_MAP && i % 2 == 0 &&
		    f->kids[i]->kind == YN_BAD) {
			i++;
			continue;
		}
		f->kids[kept++] = f->kids[i];
	}
	n->count = (unsigned)(n->kind == YN_MAP ? kept / 2 : kept);
	n->kids = arena_calloc(r->tree, kept ? kept : 1, sizeof *n->kids);
	if (!n->kids)
		r->nomem = true;
	else if (kept)
		memcpy(n->kids, f->kids, kept * sizeof *n->kids);
	free(f->kids);
	*f = (struct frame){0};
	attach(r, n);
}

static void on_alias(struct reader *r, const yaml_event_t *e)
{
	report_mark(r, e->start_mark, "ссылки (*%s) не поддерживаются",
		    (const char *)e->data.alias.anchor);
	attach(r, new_node(r, YN_BAD, e->start_mark, 0));
}

/* One event; false to stop reading the file. */
static bool on_event(struct reader *r, const yaml_event_t *e, int *docs)
{
	switch (e->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++*docs > 1) {
			report_mark(r, e->start_mark,
				    "в файле больше одного "
				    "документа YAML");
			return false;
		}
		return true;
	case YAML_SCALAR_EVENT:
		on_scalar(r, e);
		return true;
	case YAML_SEQUENCE_START_EVENT:
		return on_start(r, e, false);
	case YAML_MAPPING_START_EVENT:
		return on_start(r, e, true);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		on_end(r);
		return true;
	case YAML_ALIAS_EVENT:
		on_alias(r, e);
		return true;
	case YAML_STREAM_END_EVENT:
		return false;
	default:
		return true;
	}
}

static void parse(struct reader *r, bool *fatal)
{
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser)) {
		r->nomem = true;
		return;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)r->data,
				     r->length);
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
	int docs = 0;
	for (;;) {
		yaml_event_t e;
		if (!yaml_parser_parse(&parser, &e)) {
			if (parser.error == YAML_MEMORY_ERROR)
				r->nomem = true;
			else
				report_syntax(r, &parser);
			*fatal = true;
			break;
		}
		bool more = on_event(r, &e, &docs) && !r->nomem && !r->too_many;
		bool stream_end = e.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&e);
		if (!more) {
			*fatal = !stream_end;
			break;
		}
	}
	yaml_parser_delete(&parser);
	if (!*fatal && !r->nomem &&
	    (docs == 0 || !r->root ||
	     (r->root->kind == YN_SCALAR && r->root->plain &&
	      r->root->len == 0))) {
		report_at(r, 0, 0, "файл пуст");
		*fatal = true;
	}
}

int loader_read_yaml(const char *file, const char *data, size_t length,
		     struct arena *tree, struct diag_list *diags,
		     size_t *errors, size_t *pack_nodes, struct ynode **root)
{
	size_t left = *pack_nodes < LOADER_MAX_PACK_NODES
			      ? LOADER_MAX_PACK_NODES - *pack_nodes
			      : 0;
	struct reader r = {
		.file = file,
		.data = data,
		.length = length,
		.tree = tree,
		.diags = diags,
		.errors = errors,
		.limit = left < LOADER_MAX_NODES ? left : LOADER_MAX_NODES,
	};
	*root = NULL;
	if (length > LOADER_MAX_FILE_BYTES) {
		diag_add(diags, file, 0, 0,
			 "файл слишком большой: %zu байт, "
			 "можно не больше %d",
			 length, LOADER_MAX_FILE_BYTES);
		(*errors)++;
		return HN_OK;
	}
	if (length == 0) {
		report_at(&r, 0, 0, "файл пуст");
		return HN_OK;
	}
	char *copy = NULL;
	bool fatal = false;
	if (check_raw_chars(&r)) {
		copy = without_separators(data, length, &r.length);
		r.data = copy;
		r.nomem = !copy;
	}
	if (!r.nomem)
		parse(&r, &fatal);
	free(copy);
	/* Frames are zeroed when they close, so this frees exactly the
	 * ones still open after an early stop. */
	for (size_t i = 0; i < LOADER_MAX_DEPTH; i++)
		free(r.stack[i].kids);
	*pack_nodes = r.pack_full ? (size_t)LOADER_MAX_PACK_NODES + 1
				  : *pack_nodes + r.nodes;
	if (r.nomem)
		return HN_NOMEM;
	if (!fatal)
		*root = r.root;
	return HN_OK;
}
