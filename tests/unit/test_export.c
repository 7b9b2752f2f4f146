/* SPDX-License-Identifier: MIT */
/* test_export - atomic file writing (new, overwrite, refusal, failures that
 * leave nothing behind) and the print pipe (success, failure, timeout). */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "export.h"
#include "status.h"
#include "syserr.h"

#include "check.h"

static char dir[64];
static char err[512];

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	static char buf[65536];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int count_entries(const char *path)
{
	DIR *d = opendir(path);
	int n = 0;
	if (!d)
		return -1;
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

static void test_write_new_and_overwrite(void)
{
	char path[128];
	snprintf(path, sizeof path, "%s/чек-лист.txt", dir);
	const char *text = "Номер заказа: ______\n";
	CHECK(export_write_file(path, text, strlen(text), false, err,
				sizeof err) == HN_OK);
	char *got = slurp(path);
	CHECK(got && strcmp(got, text) == 0);
	struct stat st;
	mode_t mask = umask(0);
	umask(mask);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == (0666 & ~mask));

	CHECK(export_write_file(path, "x", 1, false, err, sizeof err) ==
	      HN_EXISTS);
	CHECK(strstr(err, "уже существует") != NULL);
	got = slurp(path);
	CHECK(got && strcmp(got, text) == 0);

	CHECK(chmod(path, 0640) == 0);
	CHECK(export_write_file(path, "new\n", 4, true, err, sizeof err) ==
	      HN_OK);
	got = slurp(path);
	CHECK(got && strcmp(got, "new\n") == 0);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0640);
	CHECK(count_entries(dir) == 1);

	/* Through a symbolic link: the target changes, the link stays. */
	char link_path[128];
	snprintf(link_path, sizeof link_path, "%s/link.txt", dir);
	CHECK(symlink("чек-лист.txt", link_path) == 0);
	CHECK(export_write_file(link_path, "via link\n", 9, true, err,
				sizeof err) == HN_OK);
	got = slurp(path);
	CHECK(got && strcmp(got, "via link\n") == 0);
	CHECK(lstat(link_path, &st) == 0 && S_ISLNK(st.st_mode));
	unlink(link_path);
	unlink(path);
}

/* A save stopped before its rename leaves the old file and nothing else;
 * an unset flag writes as export_write_file does. */
static void test_write_cancel(void)
{
	char path[128];
	atomic_bool stop = false;
	snprintf(path, sizeof path, "%s/сохранить.txt", dir);
	CHECK(export_write_file_cancel(path, "old\n", 4, true, &stop, err,
				       sizeof err) == HN_OK);
	atomic_store(&stop, true);
	CHECK(export_write_file_cancel(path, "new\n", 4, true, &stop, err,
				       sizeof err) == HN_INVALID);
	CHECK(strstr(err, "остановлена") != NULL);
	char *got = slurp(path);
	CHECK(got && strcmp(got, "old\n") == 0);
	CHECK(count_entries(dir) == 1);
	unlink(path);
	CHECK(export_write_file_cancel(path, "new\n", 4, true, &stop, err,
				       sizeof err) == HN_INVALID);
	CHECK(count_entries(dir) == 0);
}

static void test_write_failures(void)
{
	char path[128];
	snprintf(path, sizeof path, "%s/нет-папки/файл.txt", dir);
	CHECK(export_write_file(path, "x", 1, true, err, sizeof err) == HN_IO);
	CHECK(strstr(err, "не удалось") && strstr(err, syserr_reason(ENOENT)));

	/* A device is refused before it is opened. */
	CHECK(export_write_file("/dev/full", "x", 1, true, err, sizeof err) ==
	      HN_INVALID);
	CHECK(strstr(err, "/dev/full") && strstr(err, "не обычный файл"));

	CHECK(export_write_file(dir, "x", 1, true, err, sizeof err) ==
	      HN_INVALID);
	CHECK(strstr(err, "папка") != NULL);

	/* /proc refuses new files, even for root. */
	CHECK(export_write_file("/proc/version", "x", 1, true, err,
				sizeof err) == HN_IO);
	CHECK(strstr(err, "/proc/version") != NULL);
	CHECK(export_write_file("", "x", 1, true, err, sizeof err) ==
	      HN_INVALID);
	CHECK(count_entries(dir) == 0);

	/* A read-only folder, when permissions apply (not for root). */
	if (geteuid() != 0) {
		snprintf(path, sizeof path, "%s/ro", dir);
		CHECK(mkdir(path, 0555) == 0);
		strcat(path, "/f.txt");
		CHECK(export_write_file(path, "x", 1, true, err, sizeof err) ==
		      HN_IO);
		CHECK(strstr(err, syserr_reason(EACCES)) != NULL);
		snprintf(path, sizeof path, "%s/ro", dir);
		CHECK(count_entries(path) == 0);
		rmdir(path);
	}
}

static long long elapsed_ms(const struct timeval *t0)
{
	struct timeval t1;
	gettimeofday(&t1, NULL);
	return (t1.tv_sec - t0->tv_sec) * 1000LL +
	       (t1.tv_usec - t0->tv_usec) / 1000;
}

static void test_pipe(void)
{
	char path[128], cmd[256];
	snprintf(path, sizeof path, "%s/печать.txt", dir);
	snprintf(cmd, sizeof cmd, "cat > '%s'", path);
	const char *text = "[x] Фото товара\n";
	CHECK(export_pipe_command(cmd, text, strlen(text), 5000, err,
				  sizeof err) == HN_OK);
	char *got = slurp(path);
	CHECK(got && strcmp(got, text) == 0);
	unlink(path);

	/* Bigger than a pipe buffer, to a command that reads it all. */
	size_t big = 1 << 20;
	char *data = malloc(big);
	memset(data, 'a', big);
	snprintf(cmd, sizeof cmd, "wc -c > '%s'", path);
	CHECK(export_pipe_command(cmd, data, big, 10000, err, sizeof err) ==
	      HN_OK);
	got = slurp(path);
	CHECK(got && atol(got) == (long)big);
	unlink(path);

	/* Stops reading at once: EPIPE, but exit 0 counts. */
	CHECK(export_pipe_command("exec 0<&-; exit 0", data, big, 10000, err,
				  sizeof err) == HN_OK);
	CHECK(export_pipe_command("echo 'нет принтера' >&2; exit 3", data, big,
				  10000, err, sizeof err) == HN_IO);
	CHECK(strstr(err, "кодом 3") && strstr(err, "нет принтера"));
	free(data);

	/* The command is shown on one line, shortened. */
	CHECK(export_pipe_command("false\n# a comment that makes this command "
				  "much longer than sixty characters",
				  "x", 1, 5000, err, sizeof err) == HN_IO);
	CHECK(strchr(err, '\n') == NULL && strstr(err, "…") &&
	      !strstr(err, "characters"));
	CHECK(export_pipe_command("no-such-command-helpnav", "x", 1, 5000, err,
				  sizeof err) == HN_IO);
	CHECK(strstr(err, "127") != NULL);
	CHECK(export_pipe_command("kill -TERM $$", "x", 1, 5000, err,
				  sizeof err) == HN_IO);
	CHECK(strstr(err, "сигналом 15") != NULL);

	/* With SIGCHLD ignored by the caller the exit status still counts:
	 * a success is a success and a failure a failure, and the caller's
	 * disposition is given back. */
	signal(SIGCHLD, SIG_IGN);
	CHECK(export_pipe_command("cat >/dev/null", "x", 1, 5000, err,
				  sizeof err) == HN_OK);
	CHECK(export_pipe_command("cat >/dev/null; exit 3", "x", 1, 5000, err,
				  sizeof err) == HN_IO);
	CHECK(strstr(err, "кодом 3") != NULL);
	struct sigaction now;
	CHECK(sigaction(SIGCHLD, NULL, &now) == 0 && now.sa_handler == SIG_IGN);
	signal(SIGCHLD, SIG_DFL);

	struct timeval t0;
	gettimeofday(&t0, NULL);
	CHECK(export_pipe_command("sleep 30", "x", 1, 300, err, sizeof err) ==
	      HN_IO);
	/* Not before the deadline (both clocks count whole milliseconds, so
	 * one may be a millisecond short); that the deadline ended the wait
	 * (and not sleep's end) is the message: no upper bound on a busy
	 * machine. */
	CHECK(elapsed_ms(&t0) >= 299);
	CHECK(strstr(err, "не завершилась") != NULL);

	/* cancelled (by the navigator's Esc, from another thread): the
	 * command is stopped long before its minute and says so */
	atomic_bool stop;
	atomic_init(&stop, true);
	CHECK(export_pipe_command_cancel("sleep 60", "x", 1, 60000, &stop, err,
					 sizeof err) == HN_IO);
	CHECK(strstr(err, "остановлена") != NULL);
	CHECK(strstr(err, "не завершилась") == NULL);
}

static int setup(void)
{
	snprintf(dir, sizeof dir, "/tmp/helpnav-export-XXXXXX");
	return CHECK(mkdtemp(dir) != NULL) ? 0 : 1;
}

static void teardown(void)
{
	rmdir(dir);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_write_new_and_overwrite),
	CHECK_CASE(test_write_failures),
	CHECK_CASE(test_write_cancel),
	CHECK_CASE(test_pipe),
};

CHECK_SUITE(all_cases, setup, teardown);
