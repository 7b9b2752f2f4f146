/* SPDX-License-Identifier: MIT */
/* export.c - writing a file atomically (temporary file, fsync, rename) and
 * piping text to a command (the print command). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "export.h"
#include "status.h"
#include "syserr.h"
#include "text.h"

static int write_fd_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

static int write_stdout(const char *data, size_t len, char *errbuf,
			size_t errsize)
{
	/* Straight to the descriptor: the error is this write's, and stdio
	 * keeps no error flag behind for the caller to report again. */
	if (fflush(stdout) != 0 ||
	    write_fd_all(STDOUT_FILENO, data, len) != 0) {
		snprintf(errbuf, errsize,
			 _("не удалось записать в стандартный вывод: %s"),
			 syserr_reason(errno));
		return HN_IO;
	}
	return HN_OK;
}

/* "dir/.name.XXXXXX" for the temporary file next to path. */
static int temp_template(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	int n;
	if (slash)
		n = snprintf(buf, size, "%.*s/.%s.XXXXXX", (int)(slash - path),
			     path, slash + 1);
	else
		n = snprintf(buf, size, ".%s.XXXXXX", path);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

/* Puts tmp in place of path. Without overwrite, link() refuses an existing
 * target atomically; a file system without hard links falls back to a
 * second existence check and rename. */
static int install_temp(const char *tmp, const char *path, bool overwrite)
{
	if (!overwrite) {
		if (link(tmp, path) == 0)
			return unlink(tmp);
		if (errno == EEXIST)
			return -1;
		if (access(path, F_OK) == 0) {
			errno = EEXIST;
			return -1;
		}
	}
	return rename(tmp, path);
}

static int write_atomic(const char *path, mode_t mode, const char *data,
			size_t len, bool overwrite, const atomic_bool *cancel,
			char *errbuf, size_t errsize)
{
	char tmp[PATH_MAX];
	if (temp_template(path, tmp, sizeof tmp) != 0) {
		snprintf(errbuf, errsize, _("слишком длинное имя файла: «%s»"),
			 path);
		return HN_INVALID;
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		const char *slash = strrchr(path, '/');
		int dirlen = slash ? (int)(slash - path) : 1;
		snprintf(errbuf, errsize,
			 _("не удалось записать «%s»: нельзя создать файл в "
			   "папке «%.*s»: %s"),
			 path, slash == path ? 1 : dirlen, slash ? path : ".",
			 syserr_reason(errno));
		return HN_IO;
	}
	const char *step = _("ошибка записи в");
	int failed = write_fd_all(fd, data, len);
	if (!failed && (failed = fchmod(fd, mode)) != 0)
		step = _("не удалось задать права файла");
	if (!failed && (failed = fsync(fd)) != 0)
		step = _("ошибка записи на диск для");
	int saved = errno;
	if (close(fd) != 0 && !failed) {
		failed = -1;
		saved = errno;
	}
	/* the last moment a stop leaves nothing behind */
	if (!failed && cancel && atomic_load(cancel)) {
		unlink(tmp);
		snprintf(errbuf, errsize, _("запись «%s» остановлена"), path);
		return HN_INVALID;
	}
	if (!failed && install_temp(tmp, path, overwrite) != 0) {
		failed = -1;
		saved = errno;
		step = _("не удалось сохранить");
	}
	if (failed) {
		unlink(tmp);
		if (saved == EEXIST)
			snprintf(errbuf, errsize,
				 _("файл уже существует: «%s»"), path);
		else
			snprintf(errbuf, errsize, _("%s «%s»: %s"), step, path,
				 syserr_reason(saved));
		return saved == EEXIST ? HN_EXISTS : HN_IO;
	}
	return HN_OK;
}

char *export_user_dir(const char *xdg_var, const char *home_tail)
{
	const char *v = getenv(xdg_var);
	char *d;
	size_t n;

	if (v && *v == '/')
		home_tail = NULL;
	else
		v = getenv("HOME");
	if (!v || *v != '/')
		return NULL;
	n = strlen(v) + (home_tail ? strlen(home_tail) : 0) +
	    sizeof "//helpnav";
	d = malloc(n);
	if (d)
		snprintf(d, n, "%s%s%s/helpnav", v, home_tail ? "/" : "",
			 home_tail ? home_tail : "");
	return d;
}

bool export_expand_home(const char *path, char *out, size_t size)
{
	const char *home = getenv("HOME");
	bool tilde = path[0] == '~' && (path[1] == '\0' || path[1] == '/');
	bool have_home = home && *home;
	int n;

	if (tilde && have_home)
		n = snprintf(out, size, "%s%s", home, path + 1);
	else
		n = snprintf(out, size, "%s", path);
	return n >= 0 && (size_t)n < size && (!tilde || have_home);
}

int export_make_parent(const char *path)
{
	char *p = strdup(path);
	char *slash = p ? strrchr(p, '/') : NULL;
	struct stat st;
	int rc = HN_OK;

	if (!p)
		return HN_NOMEM;
	if (slash && slash != p) {
		*slash = '\0';
		for (char *s = p + 1; *s; s++) {
			if (*s != '/')
				continue;
			*s = '\0';
			mkdir(p, 0700);
			*s = '/';
		}
		if (mkdir(p, 0700) != 0 &&
		    (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)))
			rc = HN_IO;
	}
	free(p);
	return rc;
}

bool export_is_stdout(const char *path)
{
	return !strcmp(path, "-") || !strcmp(path, "/dev/stdout");
}

/* The folder of path ("." when it has none), into buf. */
static void folder_of(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		snprintf(buf, size, ".");
	else if (slash == path)
		snprintf(buf, size, "/");
	else
		snprintf(buf, size, "%.*s", (int)(slash - path), path);
}

/* An existing target (st from stat, links followed): a regular file the
 * user may write, in a folder where the temporary file can be made. */
static int check_existing(const char *path, const struct stat *st, char *errbuf,
			  size_t errsize)
{
	if (S_ISDIR(st->st_mode)) {
		snprintf(errbuf, errsize, _("«%s» — это папка, а не файл"),
			 path);
		return HN_INVALID;
	}
	if (!S_ISREG(st->st_mode)) {
		snprintf(errbuf, errsize,
			 _("«%s» — не обычный файл (канал, устройство или "
			   "сокет): туда helpnav не пишет"),
			 path);
		return HN_INVALID;
	}
	if (access(path, W_OK) != 0 && errno == EACCES) {
		snprintf(errbuf, errsize, _("«%s» — файл только для чтения"),
			 path);
		return HN_INVALID;
	}
	if (access(path, W_OK) != 0) {
		snprintf(errbuf, errsize, _("в «%s» нельзя писать: %s"), path,
			 syserr_reason(errno));
		return HN_INVALID;
	}
	char real[PATH_MAX], dir[PATH_MAX];
	folder_of(realpath(path, real) ? real : path, dir, sizeof dir);
	if (access(dir, W_OK | X_OK) != 0) {
		snprintf(errbuf, errsize,
			 _("«%s» можно изменить, но в папке «%s» нельзя "
			   "создавать файлы, а без этого запись не атомарна: "
			   "сохраните в другой файл"),
			 path, dir);
		return HN_INVALID;
	}
	return HN_OK;
}

int export_check_target(const char *path, bool *exists, char *errbuf,
			size_t errsize)
{
	struct stat st;
	*exists = false;
	if (errsize)
		errbuf[0] = '\0';
	if (export_is_stdout(path))
		return HN_OK;
	if (*path == '\0') {
		snprintf(errbuf, errsize, _("не указано имя файла"));
		return HN_INVALID;
	}
	if (lstat(path, &st) != 0) {
		if (errno == ENOENT)
			return HN_OK;
		snprintf(errbuf, errsize, _("не удалось открыть «%s»: %s"),
			 path, syserr_reason(errno));
		return HN_IO;
	}
	if (S_ISLNK(st.st_mode) && stat(path, &st) != 0) {
		if (errno == ENOENT) {
			snprintf(errbuf, errsize,
				 _("«%s» — ссылка на файл, которого нет"),
				 path);
			return HN_INVALID;
		}
		snprintf(errbuf, errsize, _("не удалось открыть «%s»: %s"),
			 path, syserr_reason(errno));
		return HN_IO;
	}
	*exists = true;
	return check_existing(path, &st, errbuf, errsize);
}

int export_write_file(const char *path, const char *data, size_t len,
		      bool overwrite, char *errbuf, size_t errsize)
{
	return export_write_file_cancel(path, data, len, overwrite, NULL,
					errbuf, errsize);
}

/* The write behind the three entry points; mode 0: a new file gets the
 * umask's mode and a replaced one keeps its own. */
static int write_target(const char *path, const char *data, size_t len,
			bool overwrite, mode_t mode, const atomic_bool *cancel,
			char *errbuf, size_t errsize)
{
	bool exists;
	int rc = export_check_target(path, &exists, errbuf, errsize);
	if (rc != HN_OK)
		return rc;
	if (export_is_stdout(path))
		return write_stdout(data, len, errbuf, errsize);
	if (exists && !overwrite) {
		snprintf(errbuf, errsize, _("файл уже существует: «%s»"), path);
		return HN_EXISTS;
	}
	struct stat st;
	if (!exists || stat(path, &st) != 0) {
		mode_t mask = umask(0);
		umask(mask);
		/* without overwrite: a file made meanwhile is not replaced */
		return write_atomic(path, mode ? mode : 0666 & ~mask, data, len,
				    false, cancel, errbuf, errsize);
	}
	/* Replace the file a symbolic link points to, not the link. */
	char real[PATH_MAX];
	const char *target = realpath(path, real) ? real : path;
	return write_atomic(target, mode ? mode : st.st_mode & 07777, data, len,
			    true, cancel, errbuf, errsize);
}

int export_write_file_cancel(const char *path, const char *data, size_t len,
			     bool overwrite, const atomic_bool *cancel,
			     char *errbuf, size_t errsize)
{
	return write_target(path, data, len, overwrite, 0, cancel, errbuf,
			    errsize);
}

int export_write_private(const char *path, const char *data, size_t len,
			 char *errbuf, size_t errsize)
{
	return write_target(path, data, len, true, S_IRUSR | S_IWUSR, NULL,
			    errbuf, errsize);
}

/* ---- the print pipe ---- */

struct pipe_run {
	pid_t pid;
	int in_fd;        /* the command's stdin, -1 once closed */
	int out_fd;       /* its stdout and stderr together, -1 at EOF */
	char output[256]; /* the start of what it wrote, for messages */
	size_t output_len;
};

/* How often a running command's exit and the cancel flag are looked at:
 * a cancel is answered within it. */
enum { PIPE_LOOK_MS = 20 };

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* Starts /bin/sh -c command in its own process group, so that a timeout
 * can stop whatever it started, with pipes on stdin and stdout+stderr. */
static int pipe_start(struct pipe_run *run, const char *command)
{
	int in[2], out[2];
	if (pipe(in) != 0)
		return -1;
	if (pipe(out) != 0) {
		close(in[0]);
		close(in[1]);
		return -1;
	}
	pid_t pid = fork();
	if (pid == 0) {
		sigset_t none;
		sigemptyset(&none);
		/* a thread that blocks signals (the navigator's) may start
		 * it: the command gets them as usual */
		sigprocmask(SIG_SETMASK, &none, NULL);
		setpgid(0, 0);
		dup2(in[0], 0);
		dup2(out[1], 1);
		dup2(out[1], 2);
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		signal(SIGPIPE, SIG_DFL);
		execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		_exit(127);
	}
	int saved = errno;
	close(in[0]);
	close(out[1]);
	if (pid < 0) {
		close(in[1]);
		close(out[0]);
		errno = saved;
		return -1;
	}
	setpgid(pid, pid);
	run->pid = pid;
	run->in_fd = in[1];
	run->out_fd = out[0];
	fcntl(run->in_fd, F_SETFL, O_NONBLOCK);
	fcntl(run->in_fd, F_SETFD, FD_CLOEXEC);
	fcntl(run->out_fd, F_SETFD, FD_CLOEXEC);
	return 0;
}

static void pipe_read_output(struct pipe_run *run)
{
	char buf[4096];
	ssize_t n = read(run->out_fd, buf, sizeof buf);
	if (n < 0 && errno == EINTR)
		return;
	if (n <= 0) {
		close_fd(&run->out_fd);
		return;
	}
	size_t room = sizeof run->output - 1 - run->output_len;
	size_t keep = (size_t)n < room ? (size_t)n : room;
	memcpy(run->output + run->output_len, buf, keep);
	run->output_len += keep;
	run->output[run->output_len] = '\0';
}

/* After the exit: what is already in the pipe, without waiting for
 * anything the command left running. */
static void pipe_drain(struct pipe_run *run)
{
	if (run->out_fd < 0)
		return;
	fcntl(run->out_fd, F_SETFL, O_NONBLOCK);
	for (int i = 0; i < 16 && run->out_fd >= 0; i++) {
		struct pollfd p = {run->out_fd, POLLIN, 0};
		if (poll(&p, 1, 0) <= 0)
			break;
		pipe_read_output(run);
	}
}

/* Feeds data and collects output until the command exits, the deadline
 * passes or cancel is set. Returns 0 with *status set, -1 on timeout, -2
 * when cancelled. */
static int pipe_pump(struct pipe_run *run, const char *data, size_t len,
		     long long deadline, const atomic_bool *cancel, int *status)
{
	size_t done = 0;
	if (len == 0)
		close_fd(&run->in_fd);
	for (;;) {
		pid_t w = waitpid(run->pid, status, WNOHANG);
		/* ECHILD: someone else reaped it and its status is lost (the
		 * caller's SIGCHLD is reset while it runs, so this is not
		 * expected): not known to have worked, so a failure. */
		if (w < 0 && errno == ECHILD)
			*status = -1;
		if (w == run->pid || (w < 0 && errno == ECHILD)) {
			pipe_drain(run);
			return 0;
		}
		if (cancel && atomic_load(cancel))
			return -2;
		long long left = deadline - now_ms();
		if (left <= 0)
			return -1;
		struct pollfd fds[2] = {{run->in_fd, POLLOUT, 0},
					{run->out_fd, POLLIN, 0}};
		/* The command may exit while something it started keeps the
		 * output pipe open, or the user may cancel: look again every
		 * PIPE_LOOK_MS. */
		int r = poll(fds, 2,
			     left < PIPE_LOOK_MS ? (int)left : PIPE_LOOK_MS);
		if (r < 0 && errno != EINTR)
			return -1;
		if (r <= 0)
			continue;
		if (fds[1].revents)
			pipe_read_output(run);
		if (fds[0].revents & (POLLERR | POLLHUP)) {
			close_fd(&run->in_fd);
		} else if (fds[0].revents & POLLOUT) {
			ssize_t n = write(run->in_fd, data + done, len - done);
			if (n > 0)
				done += (size_t)n;
			/* EPIPE: the command stopped reading; its exit status
			 * says whether that was a failure. */
			if ((n < 0 && errno != EAGAIN && errno != EINTR) ||
			    done == len)
				close_fd(&run->in_fd);
		}
	}
}

/* After a timeout: the command's whole process group is stopped. */
static void pipe_kill(struct pipe_run *run, int *status)
{
	kill(-run->pid, SIGKILL);
	kill(run->pid, SIGKILL);
	while (waitpid(run->pid, status, 0) < 0 && errno == EINTR)
		;
}

/* First line of the command's output, for the message, made inert with
 * spaces; "" if none. */
static const char *first_line(struct pipe_run *run)
{
	char *nl = strchr(run->output, '\n');
	if (nl)
		*nl = '\0';
	size_t len = strlen(run->output);
	run->output[text_make_inert(run->output, len, "", ' ')] = '\0';
	return run->output;
}

/* The command as messages show it: one line, at most ~60 columns. */
static void shown_command(const char *command, char *buf, size_t size)
{
	size_t o = 0;
	for (const char *p = command; *p && o + 4 < size; p++) {
		bool lead = ((unsigned char)*p & 0xC0) != 0x80;
		if (lead && o >= 60) {
			memcpy(buf + o, "…", 3);
			o += 3;
			break;
		}
		char c = *p;
		if ((unsigned char)c < 0x20)
			c = ' ';
		buf[o++] = c;
	}
	buf[o] = '\0';
}

static void pipe_report(struct pipe_run *run, const char *full_command,
			int status, char *errbuf, size_t errsize)
{
	char command[80];
	shown_command(full_command, command, sizeof command);
	const char *out = first_line(run);
	const char *sep = *out ? ": " : "";
	if (status == -1) /* reaped by someone else: not known to work */
		snprintf(errbuf, errsize,
			 _("не удалось узнать, как завершилась команда «%s»"),
			 command);
	else if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
		snprintf(errbuf, errsize,
			 _("команда «%s» не найдена (код 127)%s%s"), command,
			 sep, out);
	else if (WIFEXITED(status))
		snprintf(errbuf, errsize,
			 _("команда «%s» завершилась с кодом %d%s%s"), command,
			 WEXITSTATUS(status), sep, out);
	else if (WIFSIGNALED(status))
		snprintf(errbuf, errsize,
			 _("команда «%s» прервана сигналом %d (%s)%s%s"),
			 command, WTERMSIG(status), strsignal(WTERMSIG(status)),
			 sep, out);
	else
		snprintf(errbuf, errsize,
			 _("команда «%s» завершилась с ошибкой"), command);
}

int export_pipe_command(const char *command, const char *data, size_t len,
			int timeout_ms, char *errbuf, size_t errsize)
{
	return export_pipe_command_cancel(command, data, len, timeout_ms, NULL,
					  errbuf, errsize);
}

/* Why the command failed, or HN_OK; status and how pipe_pump ended. */
static int pipe_outcome(struct pipe_run *run, const char *command, int status,
			int pumped, int timeout_ms, char *errbuf,
			size_t errsize)
{
	char shown[80];

	shown_command(command, shown, sizeof shown);
	if (pumped == -2) {
		snprintf(errbuf, errsize, _("команда «%s» остановлена"), shown);
		return HN_IO;
	}
	if (pumped == -1) {
		snprintf(
			errbuf, errsize,
			_("команда «%s» не завершилась за %d мс и остановлена"),
			shown, timeout_ms);
		return HN_IO;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return HN_OK;
	pipe_report(run, command, status, errbuf, errsize);
	return HN_IO;
}

int export_pipe_command_cancel(const char *command, const char *data,
			       size_t len, int timeout_ms,
			       const atomic_bool *cancel, char *errbuf,
			       size_t errsize)
{
	if (errsize)
		errbuf[0] = '\0';
	struct pipe_run run = {.in_fd = -1, .out_fd = -1};
	/* SIGCHLD ignored (inherited through exec: a parent can run us so)
	 * makes the kernel reap the command and lose its exit status. */
	struct sigaction ign = {.sa_handler = SIG_IGN}, dfl = {0}, old_pipe,
			 old_chld;
	sigemptyset(&ign.sa_mask);
	sigemptyset(&dfl.sa_mask);
	dfl.sa_handler = SIG_DFL;
	sigaction(SIGPIPE, &ign, &old_pipe);
	sigaction(SIGCHLD, &dfl, &old_chld);
	int status = -1, pumped = 0;
	bool started = pipe_start(&run, command) == 0;
	int saved = errno;
	if (started) {
		long long deadline =
			now_ms() + (timeout_ms > 0 ? timeout_ms : 0);
		pumped = pipe_pump(&run, data, len, deadline, cancel, &status);
		close_fd(&run.in_fd);
		close_fd(&run.out_fd);
		if (pumped)
			pipe_kill(&run, &status);
	}
	sigaction(SIGPIPE, &old_pipe, NULL);
	sigaction(SIGCHLD, &old_chld, NULL);
	if (!started) {
		snprintf(errbuf, errsize, _("не удалось запустить /bin/sh: %s"),
			 syserr_reason(saved));
		return HN_IO;
	}
	return pipe_outcome(&run, command, status, pumped, timeout_ms, errbuf,
			    errsize);
}
