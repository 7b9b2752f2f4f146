/* SPDX-License-Identifier: MIT */
/* main.c - the command line: options, the locale, and the choice between
 * the full-screen navigator and the batch modes. */
#include <getopt.h>
#include <limits.h>
#include <langinfo.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "sheet.h"
#include "i18n.h"
#include "phone.h"
#include "search.h"
#include "status.h"
#include "tui.h"

enum mode {
	MODE_TUI,
	MODE_LIST,
	MODE_SEARCH,
	MODE_CHECKLIST,
	MODE_DRAFT,
	MODE_FIELDS,
	MODE_CHECK,
	MODE_NUMBER
};

struct args {
	enum mode mode;
	const char *mode_name;  /* the option that chose the mode */
	const char *argument;   /* pattern, checklist path, or check folder */
	struct cli_sheet sheet; /* --checklist, --draft, --fields */
	const char **fields;    /* sheet.fields, writable */
	const char *content_dir;
	unsigned search_flags; /* enum search_flags, for --search */
	bool ids;              /* --ids: --search labels hits with paths */
	bool any_order;        /* --any-order: --search's words in any order */
	const char *path;      /* the TUI's start node */
	struct tui_options tui;
};

enum {
	OPT_CHECK = 256,
	OPT_CONTENT,
	OPT_PRINT_COMMAND,
	OPT_PRINT_ON_EXIT,
	OPT_ASCII,
	OPT_NO_COLOR,
	OPT_CASE_SENSITIVE,
	OPT_IDS,
	OPT_DRAFT,
	OPT_FIELDS,
	OPT_FIELD,
	OPT_FORMAT,
	OPT_PAGE_LINES,
	OPT_NUMBER,
	OPT_ANY_ORDER,
};

static const struct option long_options[] = {
	{"list", no_argument, NULL, 'l'},
	{"search", required_argument, NULL, 's'},
	{"fixed-strings", no_argument, NULL, 'F'},
	{"case-sensitive", no_argument, NULL, OPT_CASE_SENSITIVE},
	{"ids", no_argument, NULL, OPT_IDS},
	{"any-order", no_argument, NULL, OPT_ANY_ORDER},
	{"checklist", required_argument, NULL, 'c'},
	{"output", required_argument, NULL, 'o'},
	{"draft", required_argument, NULL, OPT_DRAFT},
	{"fields", required_argument, NULL, OPT_FIELDS},
	{"field", required_argument, NULL, OPT_FIELD},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"page-lines", required_argument, NULL, OPT_PAGE_LINES},
	{"check", optional_argument, NULL, OPT_CHECK},
	{"number", required_argument, NULL, OPT_NUMBER},
	{"content", required_argument, NULL, OPT_CONTENT},
	{"print-command", required_argument, NULL, OPT_PRINT_COMMAND},
	{"print-on-exit", no_argument, NULL, OPT_PRINT_ON_EXIT},
	{"ascii", no_argument, NULL, OPT_ASCII},
	{"no-color", no_argument, NULL, OPT_NO_COLOR},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

static const char usage_text[] = N_(
	"Использование: helpnav [ПАРАМЕТР]... [ПУТЬ]\n"
	"Навигатор по поддержке Ozon: куда обратиться с проблемой, как дойти до\n"
	"канала связи и что подготовить заранее; поиск по всем советам.\n"
	"\n"
	"  helpnav                          полноэкранный навигатор\n"
	"  helpnav returns/chat             открыть навигатор на разделе\n"
	"  helpnav --search возврат         найти текст во всех разделах\n"
	"  helpnav --checklist returns/chat -o чек-лист.txt\n"
	"  helpnav --number \"8 800 555-34-34\"  что источники пишут о номере\n"
	"\n"
	"Режимы без полноэкранного интерфейса:\n"
	"  -l, --list                   дерево разделов: пути и заголовки\n"
	"  -s, --search=ШАБЛОН          строки с совпадениями (регулярное выражение\n"
	"                               PCRE2; регистр не учитывается; е = ё)\n"
	"  -F, --fixed-strings          для --search: ШАБЛОН - обычный текст, а не\n"
	"                               регулярное выражение\n"
	"      --case-sensitive         для --search: различать заглавные и\n"
	"                               строчные буквы\n"
	"      --ids                    для --search: вместо названий разделов\n"
	"                               их пути (для скриптов)\n"
	"      --any-order              для --search: искать и слова ШАБЛОНА по\n"
	"                               отдельности, в любом порядке и в любой\n"
	"                               форме (вернёт = вернуть), даже когда\n"
	"                               фраза найдена; без него - только когда\n"
	"                               фраза не найдена\n"
	"  -c, --checklist=КАТЕГОРИЯ/КАНАЛ\n"
	"                               чек-лист подготовки к обращению для печати\n"
	"  -o, --output=ФАЙЛ            записать чек-лист в ФАЙЛ (- = стандартный\n"
	"                               вывод); запись атомарная; *.md - Markdown\n"
	"      --format=text|markdown   вид чек-листа: текст для печати или Markdown\n"
	"      --page-lines=N           строк на странице (по умолчанию 60, 0 - без\n"
	"                               страниц); время печати - из HELPNAV_NOW или\n"
	"                               SOURCE_DATE_EPOCH (секунды), иначе текущее\n"
	"      --draft=КАТЕГОРИЯ/КАНАЛ  черновик обращения в поддержку\n"
	"      --fields=КАТЕГОРИЯ/КАНАЛ имена полей чек-листа для --field\n"
	"      --field=ИМЯ=ЗНАЧЕНИЕ     заполнить поле для --checklist и --draft\n"
	"                               (можно повторять)\n"
	"      --number=НОМЕР           проверить номер телефона: какие источники\n"
	"                               его называют, что о нём пишут и что\n"
	"                               делать; любая запись: 88005553434,\n"
	"                               +7 (800) 555-34-34, 555-34-34\n"
	"      --check[=ПАПКА]          проверить файлы содержимого (по умолчанию\n"
	"                               встроенные или из --content)\n"
	"\n"
	"Параметры:\n"
	"      --content=ПАПКА          читать содержимое из *.yaml в ПАПКЕ вместо\n"
	"                               встроенного\n"
	"      --print-command=КОМАНДА  команда печати чек-листа (через /bin/sh -c,\n"
	"                               текст на стандартном входе); по умолчанию\n"
	"                               $HELPNAV_PRINT_COMMAND или lp\n"
	"      --print-on-exit          после выхода из навигатора вывести\n"
	"                               открытый чек-лист в терминал\n"
	"      --ascii                  рисовать линии символами ASCII\n"
	"      --no-color               без цвета (также при непустом NO_COLOR)\n"
	"  -h, --help                   показать эту справку и выйти\n"
	"  -V, --version                показать версию и выйти\n"
	"\n"
	"Пути: КАТЕГОРИЯ, КАТЕГОРИЯ/КАНАЛ, КАТЕГОРИЯ/КАНАЛ/checklist, СТРАНИЦА,\n"
	"channels, channels/КАНАЛ, sources. Список путей: helpnav --list.\n"
	"\n"
	"Коды возврата: 0 - успех (для --search: найдено, для --number: номер\n"
	"есть в источниках); 1 - для --search: ничего не найдено, для --number:\n"
	"номера нет в источниках, для --check: в содержимом есть ошибки;\n"
	"2 - неверный вызов, неверный шаблон, не номер телефона или другая\n"
	"ошибка.\n");

static void usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static void usage_error(const char *fmt, ...)
{
	va_list ap;
	fputs("helpnav: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fputs(_("Попробуйте «helpnav --help» для получения дополнительной "
		"информации.\n"),
	      stderr);
}

/* getopt's ':' (missing argument) or '?' (unknown option); word is the
 * argument getopt stopped at, e.g. "--serch" or "-lx". */
static void bad_option(int opt, const char *word)
{
	char shown[3] = {'-', (char)optopt, '\0'};
	if (optopt && strncmp(word, "--", 2) != 0)
		word = shown;
	if (opt == ':')
		usage_error(_("параметру «%s» нужен аргумент"), word);
	else
		usage_error(_("неизвестный параметр «%s»"), word);
}

static void print_version(void)
{
	printf("helpnav %s\n", HELPNAV_VERSION);
	fputs("Copyright (C) 2026 The helpnav authors\n", stdout);
	fputs(_("Лицензия MIT: <https://opensource.org/licenses/MIT>.\n"
		"Это свободное ПО: его можно изменять и распространять.\n"
		"НИКАКИХ ГАРАНТИЙ не предоставляется, насколько это допускает "
		"закон.\n"),
	      stdout);
	fputs(_("Библиотеки: ncursesw, libyaml, PCRE2.\n"), stdout);
}

static int set_mode(struct args *a, enum mode m, const char *name,
		    const char *argument)
{
	if (a->mode != MODE_TUI && a->mode != m) {
		usage_error(_("нельзя сочетать %s и %s"), a->mode_name, name);
		return -1;
	}
	a->mode = m;
	a->mode_name = name;
	a->argument = argument;
	return 0;
}

static int set_format(struct args *a, const char *name)
{
	a->sheet.format_set = true;
	if (!strcmp(name, "text") || !strcmp(name, "markdown")) {
		a->sheet.format = *name == 't' ? SHEET_TEXT : SHEET_MARKDOWN;
		return -1;
	}
	usage_error(_("неизвестный вид «%s»: можно text или markdown"), name);
	return 2;
}

static int set_page_lines(struct args *a, const char *n)
{
	char *end;
	long v = strtol(n, &end, 10);
	if (*n < '0' || *n > '9' || *end || v < 0 || v > INT_MAX) {
		usage_error(_("--page-lines ожидает число строк (0 - без "
			      "страниц), а не «%s»"),
			    n);
		return 2;
	}
	a->sheet.page_lines = (size_t)v;
	return -1;
}

/* Returns -1 to go on, or the exit status. */
static int parse_option(struct args *a, int opt, char **argv)
{
	switch (opt) {
	case 'l':
		return set_mode(a, MODE_LIST, "--list", NULL) ? 2 : -1;
	case 's':
		return set_mode(a, MODE_SEARCH, "--search", optarg) ? 2 : -1;
	case 'c':
		return set_mode(a, MODE_CHECKLIST, "--checklist", optarg) ? 2
									  : -1;
	case OPT_CHECK:
		return set_mode(a, MODE_CHECK, "--check", optarg) ? 2 : -1;
	case OPT_NUMBER:
		return set_mode(a, MODE_NUMBER, "--number", optarg) ? 2 : -1;
	case 'o':
		a->sheet.output = optarg;
		return -1;
	case 'F':
		a->search_flags |= SEARCH_FIXED;
		return -1;
	case OPT_CASE_SENSITIVE:
		a->search_flags |= SEARCH_CASE_SENSITIVE;
		return -1;
	case OPT_IDS:
		a->ids = true;
		return -1;
	case OPT_ANY_ORDER:
		a->any_order = true;
		return -1;
	case OPT_DRAFT:
		return set_mode(a, MODE_DRAFT, "--draft", optarg) ? 2 : -1;
	case OPT_FIELDS:
		return set_mode(a, MODE_FIELDS, "--fields", optarg) ? 2 : -1;
	case OPT_FIELD:
		a->fields[a->sheet.field_count++] = optarg;
		return -1;
	case OPT_FORMAT:
		return set_format(a, optarg);
	case OPT_PAGE_LINES:
		return set_page_lines(a, optarg);
	case OPT_CONTENT:
		a->content_dir = optarg;
		return -1;
	case OPT_PRINT_COMMAND:
		a->tui.print_command = optarg;
		return -1;
	case OPT_PRINT_ON_EXIT:
		a->tui.print_on_exit = true;
		return -1;
	case OPT_ASCII:
		a->tui.ascii_lines = true;
		return -1;
	case OPT_NO_COLOR:
		a->tui.no_color = true;
		return -1;
	case 'h':
		fputs(_(usage_text), stdout);
		return 0;
	case 'V':
		print_version();
		return 0;
	default:
		bad_option(opt, argv[optind - 1]);
		return 2;
	}
}

/* The words after the options: the TUI's PATH or --check's folder. */
static int take_operands(struct args *a, int argc, char **argv)
{
	int left = argc - optind;
	bool wants = a->mode == MODE_TUI ||
		     (a->mode == MODE_CHECK && !a->argument);
	if (left > (wants ? 1 : 0)) {
		usage_error(_("лишний аргумент «%s»"), argv[argc - 1]);
		return 2;
	}
	if (left == 1 && a->mode == MODE_TUI)
		a->path = argv[optind];
	else if (left == 1)
		a->argument = argv[optind];
	bool sheet = a->mode == MODE_CHECKLIST || a->mode == MODE_DRAFT;
	if (a->sheet.output && !sheet) {
		usage_error(_("%s используется только с --checklist и --draft"),
			    "-o");
		return 2;
	}
	if (a->sheet.field_count && !sheet) {
		usage_error(_("%s используется только с --checklist и --draft"),
			    "--field");
		return 2;
	}
	return -1;
}

static int parse_args(struct args *a, int argc, char **argv)
{
	opterr = 0;
	int opt;
	while ((opt = getopt_long(argc, argv, ":ls:c:o:FhV", long_options,
				  NULL)) != -1) {
		int rc = parse_option(a, opt, argv);
		if (rc >= 0)
			return rc;
	}
	return take_operands(a, argc, argv);
}

static void setup_locale(void)
{
	const char *ok = setlocale(LC_ALL, "");
	if (!ok || strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	cli_setup_messages();
}

static bool env_set(const char *name)
{
	const char *v = getenv(name);
	return v && *v;
}

/* Where to turn without a full screen; the exit status of that case. */
static int no_screen_hint(void)
{
	fputs(_("Без терминала используйте --list, --search ШАБЛОН или "
		"--checklist КАТЕГОРИЯ/КАНАЛ\n(подробнее: helpnav "
		"--help).\n"),
	      stderr);
	return CLI_EXIT_ERROR;
}

static int run_tui(const struct content *c, struct args *a)
{
	struct node_ref ref;
	if (a->path && content_resolve(c, a->path, &ref) != HN_OK) {
		cli_error(_("нет такого раздела: «%s»"), a->path);
		if (!cli_print_suggestions(c, a->path, false,
					   _("Возможно, вы имели в виду:")))
			fputs(_("Список разделов: helpnav --list\n"), stderr);
		return CLI_EXIT_ERROR;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cli_error(_("полноэкранному режиму нужен терминал на входе и "
			    "выходе."));
		return no_screen_hint();
	}
	a->tui.start_path = a->path ? a->path : "";
	a->tui.pack = a->content_dir ? a->content_dir
				     : cli_installed_content_dir();
	a->tui.print_command = cli_print_command(a->tui.print_command);
	a->tui.copy_command = cli_copy_command();
	a->tui.no_color = a->tui.no_color || env_set("NO_COLOR");
	/* the pack's lemmas come with it (built in, or in its cache); else
	 * they are computed before the screen opens, never while typing */
	struct lemma_map own;
	char *note = cli_words_tui_lemmas(c, &own, &a->tui.lemmas);
	a->tui.lemma_note = note;
	int rc = tui_run(c, &a->tui);
	lemma_map_free(&own);
	free(note);

	if (rc != TUI_NO_SCREEN)
		return rc;
	cli_error(_("терминал «%s» не умеет полноэкранный режим."),
		  getenv("TERM") ? getenv("TERM") : "");
	return no_screen_hint();
}

static int run_mode(struct args *a)
{
	if (a->mode == MODE_CHECK)
		return cli_check(a->argument      ? a->argument
				 : a->content_dir ? a->content_dir
						  : cli_default_check_dir());
	if (cli_check_cache_env() != CLI_EXIT_OK)
		return CLI_EXIT_ERROR;
	if (a->mode == MODE_SEARCH) {
		/* A number searched for shows its record, which only the
		 * content has: then the corpus is built from the content;
		 * any other pattern needs the corpus alone. */
		struct phone_query q;
		struct content *numbers = NULL;
		struct corpus *k;
		if (phone_parse(a->argument, &q) == HN_OK) {
			numbers = a->content_dir
					  ? cli_load_content(a->content_dir)
					  : cli_load_default_content();
			k = numbers ? cli_build_corpus(numbers) : NULL;
		} else {
			k = cli_load_corpus(a->content_dir);
		}
		int rc = CLI_EXIT_ERROR;
		struct cli_search_opts o = {
			a->search_flags, a->any_order, a->ids,
			isatty(STDOUT_FILENO) && !a->tui.no_color &&
				!env_set("NO_COLOR")};
		if (k)
			rc = cli_search(k, numbers, a->argument, &o);
		corpus_free(k);
		content_free(numbers);
		return rc;
	}
	struct content *c = a->content_dir ? cli_load_content(a->content_dir)
					   : cli_load_default_content();
	if (!c)
		return CLI_EXIT_ERROR;
	int rc;
	switch (a->mode) {
	case MODE_LIST:
		rc = cli_list(c);
		break;
	case MODE_CHECKLIST:
	case MODE_DRAFT:
	case MODE_FIELDS:
		a->sheet.what = a->mode == MODE_DRAFT    ? CLI_SHEET_DRAFT
				: a->mode == MODE_FIELDS ? CLI_SHEET_FIELDS
							 : CLI_SHEET_CHECKLIST;
		a->sheet.pack = a->content_dir ? a->content_dir
					       : cli_installed_content_dir();
		rc = cli_sheet(c, a->argument, &a->sheet);
		break;
	case MODE_NUMBER:
		rc = cli_number(c, a->argument);
		break;
	default:
		rc = run_tui(c, a);
		break;
	}
	content_free(c);
	return rc;
}

int main(int argc, char **argv)
{
	setup_locale();
	struct args a = {.mode = MODE_TUI};
	/* --field settings: at most one per word of the command line. */
	a.fields = calloc((size_t)argc + 1, sizeof *a.fields);
	if (!a.fields) {
		cli_error("%s", _("недостаточно памяти"));
		return CLI_EXIT_ERROR;
	}
	a.sheet.fields = a.fields;
	a.sheet.page_lines = SHEET_PAGE_LINES;
	int rc = parse_args(&a, argc, argv);
	if (rc < 0)
		rc = run_mode(&a);
	free(a.fields);
	return cli_finish_output(rc);
}
