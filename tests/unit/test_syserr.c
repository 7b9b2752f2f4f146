/* SPDX-License-Identifier: MIT */
/* test_syserr.c - the errno -> Russian table: the codes a read, a write
 * or a print meets read in Russian (under C.UTF-8, where strerror is
 * English), and an unknown code still gets strerror's text. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "check.h"
#include "syserr.h"

/* Whether s has a Cyrillic letter (UTF-8 lead byte 0xD0 or 0xD1). */
static bool russian(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s == 0xD0 || (unsigned char)*s == 0xD1)
			return true;
	return false;
}

static void test_common_codes(void)
{
	static const int codes[] = {ENOENT, EACCES, EPERM,  ENOTDIR, EISDIR,
				    EIO,    ENOSPC, EDQUOT, EROFS,   EPIPE,
				    ENXIO,  EBADF,  ENOMEM, EEXIST,  ELOOP};
	for (size_t i = 0; i < sizeof codes / sizeof *codes; i++) {
		const char *r = syserr_reason(codes[i]);
		CHECK(r && russian(r));
		CHECK(strcmp(r, strerror(codes[i])) != 0);
	}
	CHECK(!strcmp(syserr_reason(ENOSPC), "на диске нет места"));
}

static void test_unknown_code(void)
{
	/* not in the table: strerror's text rather than nothing */
	CHECK(!strcmp(syserr_reason(EPROTONOSUPPORT),
		      strerror(EPROTONOSUPPORT)));
	CHECK(syserr_reason(-1) != NULL);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_common_codes),
	CHECK_CASE(test_unknown_code),
};

CHECK_SUITE(all_cases, NULL, NULL);
