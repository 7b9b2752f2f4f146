/* SPDX-License-Identifier: MIT */
/* syserr.c - the errno -> Russian table (see syserr.h). */
#include "syserr.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "i18n.h"

/* The codes a read, a write, a folder listing or a print command can meet;
 * the rest are rare enough that strerror's text is better than nothing. */
static const struct {
	int err;
	const char *reason;
} reasons[] = {
	{ENOENT, N_("нет такого файла или каталога")},
	{EACCES, N_("нет прав доступа")},
	{EPERM, N_("нет прав доступа")},
	{ENOTDIR, N_("это не каталог")},
	{EISDIR, N_("это каталог, а не файл")},
	{ELOOP, N_("слишком много символических ссылок")},
	{ENAMETOOLONG, N_("слишком длинное имя файла")},
	{ENOMEM, N_("не хватает памяти")},
	{EMFILE, N_("слишком много открытых файлов")},
	{ENFILE, N_("слишком много открытых файлов")},
	{EIO, N_("ошибка ввода-вывода")},
	{ENOSPC, N_("на диске нет места")},
	{EDQUOT, N_("превышена дисковая квота")},
	{EFBIG, N_("файл слишком большой")},
	{EROFS, N_("файловая система только для чтения")},
	{EEXIST, N_("файл уже существует")},
	{EXDEV, N_("файлы на разных файловых системах")},
	{ETXTBSY, N_("файл занят")},
	{EBUSY, N_("устройство или ресурс заняты")},
	{EPIPE, N_("читающая сторона канала закрыта")},
	{EBADF, N_("файл не открыт")},
	{ENXIO, N_("нет такого устройства")},
	{ENODEV, N_("нет такого устройства")},
	{EAGAIN, N_("ресурс временно недоступен, попробуйте ещё раз")},
	{EINTR, N_("прервано сигналом")},
	{EINVAL, N_("недопустимый аргумент")},
	{ENOEXEC, N_("это не исполняемый файл")},
	{E2BIG, N_("слишком длинная команда")},
	{ECHILD, N_("нет дочернего процесса")},
};

const char *syserr_reason(int err)
{
	for (size_t i = 0; i < sizeof reasons / sizeof *reasons; i++)
		if (reasons[i].err == err)
			return _(reasons[i].reason);
	return strerror(err);
}
