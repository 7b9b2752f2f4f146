/* test_search_range.c - search_run_range over consecutive parts of a pack
 * gives, put together, exactly what search_run gives over all of it (the
 * hits --search collects on several threads), on the parsed built-in pack
 * and on its cache table, for patterns that use every search path: a
 * required literal, one match over many fields, field by field. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "content.h"
#include "loader.h"
#include "search.h"
#include "status.h"

#include "check.h"

static const char *const patterns[] = {
	"возврат", "№",         "[0-9]{3}", "^",    "$",        "\\bчат",
	"е",       "(?s).{40}", "x*",       "Ozon", "[^а-я ]+",
};

static bool same_hit(const struct search_hit *a, const struct search_hit *b)
{
	return a->field == b->field && a->byte_start == b->byte_start &&
	       a->byte_end == b->byte_end && a->char_start == b->char_start &&
	       a->char_end == b->char_end;
}

/* The parts split at cuts[0..n) (ascending, within the field count). */
static void check_parts(const struct content *c, const char *pattern,
			const size_t *cuts, size_t n, const char *what)
{
	struct search_query *q;
	struct search_error err;
	struct search_result all, part;
	size_t at = 0, from = 0;
	bool ok = true;

	if (!CHECK(search_compile(pattern, strlen(pattern), &q, &err) == HN_OK))
		return;
	CHECK(search_run(q, c, 0, &all, &err) == HN_OK);
	for (size_t k = 0; k <= n && ok; k++) {
		size_t to = k < n ? cuts[k] : c->field_count;
		ok = CHECK(search_run_range(q, c, from, to, 0, &part, &err) ==
			   HN_OK);
		for (size_t i = 0; ok && i < part.count; i++)
			ok = at < all.count &&
			     same_hit(&part.hits[i], &all.hits[at++]) &&
			     part.hits[i].field >= from &&
			     part.hits[i].field < to;
		search_result_free(&part);
		from = to;
	}
	CHECK_MSG(ok && at == all.count,
		  "%s: parts of %s give %zu of %zu hits, or other ones", what,
		  pattern, at, all.count);
	search_result_free(&all);
	search_free(q);
}

static void check_content(const struct content *c, const char *what)
{
	size_t n = c->field_count;
	size_t halves[] = {n / 2};
	size_t many[] = {1, 2, n / 7, n / 3, n / 3 + 1, n / 2, n - 1};
	size_t edges[] = {0, 0, n};

	CHECK(n > 100);
	for (size_t p = 0; p < sizeof patterns / sizeof *patterns; p++) {
		check_parts(c, patterns[p], halves, 1, what);
		check_parts(c, patterns[p], many, 7, what);
		check_parts(c, patterns[p], edges, 3, what);
	}
}

static void test_parsed_and_table(void)
{
	struct content *parsed = NULL, *table = NULL;
	struct diag_list d = {0};
	char path[] = "/tmp/helpnav-range-XXXXXX";
	int fd = mkstemp(path);

	CHECK(fd >= 0);
	if (fd >= 0)
		close(fd);
	if (CHECK(loader_load_builtin(&parsed, &d) == HN_OK)) {
		check_content(parsed, "parsed");
		if (CHECK(cache_write(path, parsed, 9) == HN_OK) &&
		    CHECK(cache_read_fields(path, 9, &table) == HN_OK))
			check_content(table, "table");
	}
	unlink(path);
	content_free(parsed);
	content_free(table);
	diag_list_free(&d);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_parsed_and_table),
};

CHECK_SUITE(all_cases, NULL, NULL);
