/* SPDX-License-Identifier: MIT */
/* paths.c - where the running program finds its message catalogue and its
 * installed content, decided from where its executable lives, whether
 * the cache folder the environment names can be used, and the command
 * that prints a checklist. */
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"
#include "i18n.h"
#include "status.h"

/* Set by src/packaging.cmake; these defaults serve a build without it. */
#ifndef HELPNAV_BINDIR
#define HELPNAV_BINDIR "/usr/local/bin"
#endif
#ifndef HELPNAV_DATADIR
#define HELPNAV_DATADIR "/usr/local/share/helpnav"
#endif
#ifndef HELPNAV_LOCALEDIR
#define HELPNAV_LOCALEDIR "/usr/local/share/locale"
#endif

/* The folder of the running executable, symbolic links resolved, into
 * buf; false when /proc is not there. */
static bool exe_dir(char *buf)
{
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
	if (n <= 0)
		return false;
	path[n] = '\0';
	char *real = realpath(path, NULL);
	if (!real)
		return false;
	snprintf(buf, PATH_MAX, "%s", dirname(real));
	free(real);
	return true;
}

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

void cli_setup_messages(void)
{
	char dir[PATH_MAX], built[PATH_MAX + 16];
	const char *where = HELPNAV_LOCALEDIR;
	/* A program run from its build tree uses the catalogue built next
	 * to it (build/locale/en/LC_MESSAGES/helpnav.mo). */
	if (exe_dir(dir)) {
		snprintf(built, sizeof built, "%s/locale", dir);
		if (is_dir(built))
			where = built;
	}
	bindtextdomain(HELPNAV_TEXTDOMAIN, where);
	bind_textdomain_codeset(HELPNAV_TEXTDOMAIN, "UTF-8");
	textdomain(HELPNAV_TEXTDOMAIN);
}

const char *cli_installed_content_dir(void)
{
	const char *env = getenv("HELPNAV_DATADIR");
	if (env && *env)
		return env;
	char dir[PATH_MAX];
	if (!exe_dir(dir))
		return NULL;
	char *bindir = realpath(HELPNAV_BINDIR, NULL);
	bool installed = bindir && strcmp(bindir, dir) == 0;
	free(bindir);
	return installed ? HELPNAV_DATADIR : NULL;
}

struct content *cli_load_default_content(void)
{
	const char *dir = cli_installed_content_dir();
	if (!dir)
		return cli_load_content(NULL);
	struct content *c = NULL;
	struct diag_list diags = {0};
	int rc = cache_load_dir(dir, &c, &diags);
	size_t problems = diag_list_total(&diags);
	if (rc == HN_OK)
		diag_list_print(&diags, stderr); /* a cache not used */
	diag_list_free(&diags);
	if (rc == HN_OK)
		return c;
	cli_error(_("не удалось загрузить содержимое из «%s» (сообщений: "
		    "%zu; подробнее: helpnav --check %s), используется "
		    "встроенное"),
		  dir, problems, dir);
	return cli_load_content(NULL);
}

const char *cli_default_check_dir(void)
{
	const char *dir = cli_installed_content_dir();
	return dir && is_dir(dir) ? dir : NULL;
}

int cli_check_cache_env(void)
{
	const char *v = getenv("HELPNAV_CACHE_DIR");
	if (!v || !*v || *v == '/')
		return CLI_EXIT_OK;
	cli_error(_("HELPNAV_CACHE_DIR должен быть абсолютным путём (от «/»), "
		    "а не «%s»: иначе кэш окажется в том каталоге, откуда "
		    "запущен helpnav"),
		  v);
	return CLI_EXIT_ERROR;
}

/* Whether prog is an executable file in a folder of $PATH. */
static bool in_path(const char *prog)
{
	const char *path = getenv("PATH");
	char buf[PATH_MAX];

	while (path && *path) {
		size_t n = strcspn(path, ":");

		snprintf(buf, sizeof buf, "%.*s/%s", (int)n, path, prog);
		if (access(buf, X_OK) == 0)
			return true;
		path += n + (path[n] == ':');
	}
	return false;
}

const char *cli_print_command(const char *option)
{
	const char *env = getenv("HELPNAV_PRINT_COMMAND");

	if (option && option[0])
		return option;
	if (env && env[0])
		return env;
	return in_path("lp") ? "lp" : NULL;
}

const char *cli_copy_command(void)
{
	const char *wayland = getenv("WAYLAND_DISPLAY");
	const char *x11 = getenv("DISPLAY");

	if (wayland && *wayland && in_path("wl-copy"))
		return "wl-copy";
	if (x11 && *x11 && in_path("xclip"))
		return "xclip -selection clipboard";
	return NULL;
}
