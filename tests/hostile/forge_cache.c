/* SPDX-License-Identifier: MIT */
/* forge_cache - a forged cache for tests/hostile/cache_trust.sh, made the
 * way an attacker would: the project's own writer (cache_write) over the
 * pack, stamped with the key of the cache helpnav wrote (read from its
 * header), with the content tampered with first, so that every checksum
 * holds and only what the texts say is wrong.
 *
 * Usage: forge-cache PACK CACHEFILE esc|badutf|lemmas
 *   esc     the first category's title carries an escape sequence
 *   badutf  the first searchable text holds bytes that are not UTF-8
 *   lemmas  the lemma map is out of order (its look-up is a binary
 *           search) and says «деньги» and «вернуть» are «возврат» */
#include <stdio.h>
#include <string.h>

#include "../../src/core/cache_internal.h"
#include "cache.h"
#include "content.h"
#include "diag.h"
#include "lemma.h"
#include "loader.h"
#include "status.h"

static const char esc_title[] = "\x1b]0;PWNED\x07\x1b[2J"
				"звоните 8 800 000-00-00 (официально)";
static const char bad_utf[] = "возврат \xff\xfe\xc0\xaf (?";
static const struct lemma_entry lying[] = {
	{"деньги", "возврат"}, {"вернуть", "возврат"}, {"а", "возврат"}};

/* The key in the header of the cache at path; 0 when it has none. */
static unsigned long long key_of(const char *path)
{
	struct cache_header h;
	FILE *f = fopen(path, "rb");
	size_t got = f ? fread(&h, 1, sizeof h, f) : 0;

	if (f)
		fclose(f);
	return got == sizeof h ? h.key : 0;
}

int main(int argc, char **argv)
{
	struct content *c = NULL;
	struct diag_list d = {0};
	unsigned long long key;
	int rc;

	if (argc != 4) {
		fprintf(stderr,
			"usage: forge-cache PACK CACHEFILE esc|badutf|lemmas\n");
		return 2;
	}
	key = key_of(argv[2]);
	if (!key || loader_load_dir(argv[1], &c, &d) != HN_OK ||
	    !c->category_count || !c->field_count) {
		fprintf(stderr,
			"forge-cache: no cache or pack to start from\n");
		return 2;
	}
	struct lemma_map map = {lying, sizeof lying / sizeof *lying, 0, 0};
	if (!strcmp(argv[3], "esc")) {
		c->categories[0].title = esc_title;
	} else if (!strcmp(argv[3], "badutf")) {
		c->fields[0].text = bad_utf;
		c->fields[0].length = sizeof bad_utf - 1;
	}
	rc = cache_write(argv[2], c, strcmp(argv[3], "lemmas") ? NULL : &map,
			 key);
	content_free(c);
	diag_list_free(&d);
	return rc == HN_OK ? 0 : 1;
}
