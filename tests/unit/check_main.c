/* SPDX-License-Identifier: MIT
 *
 * check_main.c - the main of every unit test binary (see check.h): runs the
 * cases of the file's CHECK_SUITE, all of them or the ones named.
 *
 *   test_NAME              every case, in order
 *   test_NAME -t CASE ...  only these (-t may repeat; "test_" is optional)
 *   test_NAME --list       the case names, one a line
 *
 * Exit status: 0 when no check failed, 1 when one did, 2 for a bad
 * argument (an unknown case is an error, not an empty pass). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

int check_passed, check_failed;

/* The name shown and matched: the function name without "test_". */
static const char *case_name(const struct check_case *c)
{
	static const char prefix[] = "test_";

	if (!strncmp(c->name, prefix, sizeof prefix - 1))
		return c->name + sizeof prefix - 1;
	return c->name;
}

static const struct check_case *find_case(const char *name)
{
	for (size_t i = 0; i < check_suite.count; i++) {
		const struct check_case *c = &check_suite.cases[i];

		if (!strcmp(name, case_name(c)) || !strcmp(name, c->name))
			return c;
	}
	return NULL;
}

static int usage(const char *prog)
{
	fprintf(stderr, "usage: %s [--list] [-t CASE]...\n", prog);
	return 2;
}

/* Marks in chosen[] the cases named by -t; all of them when none is. */
static int choose(int argc, char **argv, bool *chosen)
{
	bool any = false;

	for (int i = 1; i < argc; i++) {
		const struct check_case *c;

		if (strcmp(argv[i], "-t") || i + 1 == argc)
			return usage(argv[0]);
		c = find_case(argv[++i]);
		if (!c) {
			fprintf(stderr,
				"%s: no case '%s' (--list shows them)\n",
				argv[0], argv[i]);
			return 2;
		}
		chosen[c - check_suite.cases] = true;
		any = true;
	}
	for (size_t i = 0; !any && i < check_suite.count; i++)
		chosen[i] = true;
	return 0;
}

static void run_case(const struct check_case *c)
{
	int failed_before = check_failed;

	c->run();
	if (check_failed != failed_before)
		fprintf(stderr, "case %s: %d failed\n", case_name(c),
			check_failed - failed_before);
}

int main(int argc, char **argv)
{
	bool *chosen = calloc(check_suite.count + 1, sizeof *chosen);
	int status;

	if (!chosen)
		return 2;
	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (size_t i = 0; i < check_suite.count; i++)
			puts(case_name(&check_suite.cases[i]));
		free(chosen);
		return 0;
	}
	status = choose(argc, argv, chosen);
	if (status) {
		free(chosen);
		return status;
	}
	if (!check_suite.setup || check_suite.setup() == 0)
		for (size_t i = 0; i < check_suite.count; i++)
			if (chosen[i])
				run_case(&check_suite.cases[i]);
	if (check_suite.teardown)
		check_suite.teardown();
	free(chosen);
	printf("%d passed, %d failed\n", check_passed, check_failed);
	return check_failed ? 1 : 0;
}
