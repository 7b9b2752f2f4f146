/* harness.c - in-process timings over the core library, for bench/run.sh.
 *
 *   helpnav-bench load DIR         parse time, cache write and read time
 *   helpnav-bench keys DIR PAT...  per-keystroke search: every prefix of
 *                                  each pattern, as the TUI runs it, the
 *                                  fallbacks included (plain text for a
 *                                  bad regex, the other layout, a near
 *                                  spelling, the search by words), and
 *                                  what the words' lemma map and index
 *                                  cost once
 * DIR "-" is the built-in content. Prints "name value" lines (ms);
 * with HELPNAV_BENCH_EACH=1 in the environment, keys also prints the time
 * of every prefix; HELPNAV_BENCH_PROFILE=1 runs each prefix once, through
 * the cache only (bench/profile.sh counts its instructions). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "content.h"
#include "corpus.h"
#include "loader.h"
#include "search.h"
#include "search_group.h"
#include "search_label.h"
#include "search_words.h"
#include "status.h"
#include "suggest_words.h"

/* Under valgrind --tool=callgrind, HELPNAV_BENCH_PROFILE=1 dumps the
 * instructions of each prefix on its own (bench/profile.sh). */
#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_DUMP_STATS_AT
#define CALLGRIND_DUMP_STATS_AT(name) ((void)(name))
#endif

/* As the TUI's search (src/tui/search_nav.c): capped hits, and on no hit
 * a suggestion counted up to its own cap. */
enum { TUI_MAX_HITS = 5000, LAYOUT_MAX_HITS = 1000 };
/* and the search by words, src/tui/search_words_ui.c */
enum { WORDS_MAX_HITS = 500 };

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static struct content *parse(const char *dir)
{
	struct content *c = NULL;
	struct diag_list d = {0};
	int rc = strcmp(dir, "-") ? loader_load_dir(dir, &c, &d)
				  : loader_load_builtin(&c, &d);
	if (rc != HN_OK) {
		diag_list_print(&d, stderr);
		fprintf(stderr, "helpnav-bench: cannot load %s\n", dir);
	}
	diag_list_free(&d);
	return c;
}

static size_t text_bytes(const struct content *c)
{
	size_t n = 0;
	for (size_t i = 0; i < c->field_count; i++)
		n += c->fields[i].length;
	return n;
}

static int cmd_load(const char *dir)
{
	double best = 1e9;
	struct content *c = NULL;
	for (int i = 0; i < 3; i++) {
		double t0 = now_ms();
		content_free(c);
		c = parse(dir);
		if (!c)
			return 1;
		double t = now_ms() - t0;
		best = t < best ? t : best;
	}
	printf("fields %zu\ntext_bytes %zu\nparse_ms %.3f\n", c->field_count,
	       text_bytes(c), best);
	struct corpus *k = NULL;
	double t0 = now_ms();
	if (corpus_build(c, &k) != HN_OK) {
		fprintf(stderr, "helpnav-bench: corpus_build failed\n");
		return 1;
	}
	printf("corpus_build_ms %.3f\n", now_ms() - t0);
	char path[] = "/tmp/helpnav-bench-XXXXXX";
	int fd = mkstemp(path);
	if (fd >= 0)
		close(fd);
	t0 = now_ms();
	if (fd < 0 || cache_write(path, c, c->lemmas, 1) != HN_OK) {
		fprintf(stderr, "helpnav-bench: cache_write failed\n");
		return 1;
	}
	printf("cache_write_ms %.3f\n", now_ms() - t0);
	best = 1e9;
	for (int i = 0; i < 5; i++) {
		struct content *m = NULL;
		t0 = now_ms();
		int rc = cache_read(path, 1, &m);
		double t = now_ms() - t0;
		content_free(m);
		if (rc != HN_OK)
			return 1;
		best = t < best ? t : best;
	}
	printf("cache_read_ms %.3f\n", best);
	static const char *const pats[] = {"возврат", "щъщъ",
					   "заказ[а-яё]*\\s+№\\s*[0-9]{4,}"};
	for (int p = 0; p < 3; p++) {
		const char *pat = pats[p];
		struct search_query *q;
		struct search_error err;
		struct search_result r = {0};
		if (search_compile(pat, strlen(pat), &q, &err) != HN_OK)
			return 1;
		t0 = now_ms();
		search_run(q, k, 0, &r, &err);
		printf("search_all_ms[%s] %.3f (hits %zu)\n", pat,
		       now_ms() - t0, r.count);
		search_result_free(&r);
		search_free(q);
	}
	unlink(path);
	corpus_free(k);
	content_free(c);
	return 0;
}

/* One keystroke: compile and search what has been typed so far, as the
 * TUI does (src/tui/search_nav.c): a bad regex searched as plain text,
 * the hits ranked and counted per page (view_search.c), and when nothing
 * is found the suggestion (the other layout, then a near spelling from
 * the vocabulary *v, built at the first need), all within one budget,
 * and the words in any order (w), which alone took *words_ms. */
/* not inlined: profiles count it alone (valgrind --toggle-collect) */
__attribute__((noinline)) static double
keystroke(const struct corpus *c, struct suggest_words **v,
	  const struct search_words *w, const char *typed, size_t *hits,
	  double *words_ms)
{
	struct search_query *q;
	struct search_error err;
	struct search_result r = {0};
	struct search_budget b;
	struct search_suggestion s = {0};
	double t0 = now_ms();
	*hits = 0;
	*words_ms = 0;
	if (search_compile_opts(typed, strlen(typed), SEARCH_FORGIVE, &q,
				&err) != HN_OK)
		return now_ms() - t0; /* invalid UTF-8 only */
	search_budget_start(&b, c);
	bool plain = search_is_plain(q);
	struct search_node_count *counts = NULL;
	if (search_run_within(q, c, TUI_MAX_HITS, &b, &r, &err) == HN_OK &&
	    search_rank(c, &r) == HN_OK &&
	    search_node_counts(c, &r, &counts) == HN_OK)
		*hits = r.count;
	free(counts);
	search_result_free(&r);
	search_free(q);
	if (!*hits)
		search_suggest(c, v, typed, 0, LAYOUT_MAX_HITS, &b, &s);
	search_suggestion_free(&s);
	size_t len = strlen(typed), nodes;
	double t1 = now_ms();
	if (!*hits && search_words_wanted(typed, len, 0, plain) &&
	    search_words_run(w, c, typed, len, NULL, WORDS_MAX_HITS, &r,
			     &nodes) == HN_OK) {
		*hits = r.count;
		search_result_free(&r);
	}
	double t2 = now_ms();
	*words_ms = t2 - t1;
	return t2 - t0;
}

/* HELPNAV_BENCH_PROFILE=1: each prefix once, through the cache only, for
 * valgrind --tool=callgrind --toggle-collect=keystroke, whose
 * instruction counts need no repeats and whose set-up is slow. */
static bool profiling(void)
{
	return getenv("HELPNAV_BENCH_PROFILE") != NULL;
}

static int reps(void)
{
	return profiling() ? 1 : 5;
}

/* Worst and mean over every prefix of every pattern, the best of 5 runs
 * of each prefix: what the keystroke costs, without the noise of other
 * processes. Prints with the given name prefix. */
static void keys_over(const struct corpus *c, const struct search_words *w,
		      char **patterns, int count, const char *name)
{
	double worst = 0, sum = 0, words_worst = 0;
	int n = 0;
	/* HELPNAV_BENCH_EACH=1: every prefix's time too */
	bool each = getenv("HELPNAV_BENCH_EACH") != NULL;
	/* built once per pack, as the TUI keeps it: timed on its own */
	struct suggest_words *v = NULL;
	double t0 = now_ms();
	if (suggest_words_build(c, &v) != HN_OK) {
		fprintf(stderr, "helpnav-bench: suggest_words_build failed\n");
		return;
	}
	printf("%s_vocabulary_ms %.3f (words %zu)\n", name, now_ms() - t0,
	       suggest_words_count(v));
	for (int p = 0; p < count; p++) {
		const char *pat = patterns[p];
		size_t len = strlen(pat), hits = 0;
		double pworst = 0;
		for (size_t i = 1; i <= len; i++) {
			if (i < len && ((unsigned char)pat[i] & 0xC0) == 0x80)
				continue; /* inside a character */
			char *typed = strndup(pat, i);
			double best = 1e9, words_best = 1e9, words;
			for (int rep = 0; rep < reps(); rep++) {
				double t = keystroke(c, &v, w, typed, &hits,
						     &words);
				best = t < best ? t : best;
				words_best = words < words_best ? words
								: words_best;
			}
			words_worst = words_best > words_worst ? words_best
							       : words_worst;
			if (profiling())
				CALLGRIND_DUMP_STATS_AT(typed);
			if (each)
				printf("%s_prefix_ms[%s] %.3f (hits %zu)\n",
				       name, typed, best, hits);
			pworst = best > pworst ? best : pworst;
			sum += best;
			n++;
			free(typed);
		}
		printf("%s_worst_ms[%s] %.3f (hits %zu)\n", name, pat, pworst,
		       hits);
		worst = pworst > worst ? pworst : worst;
	}
	printf("%s_mean_ms %.3f\n%s_worst_ms %.3f\n", name, n ? sum / n : 0,
	       name, worst);
	printf("%s_words_worst_ms %.3f\n", name, words_worst);
	suggest_words_free(v);
}

/* The content as the TUI has it on every run after the first: through
 * the pack cache, in a fresh cache folder (the first load writes it). */
static struct content *through_cache(const char *dir, char *cache_dir)
{
	struct content *c = NULL;
	if (!mkdtemp(cache_dir) || setenv("HELPNAV_CACHE_DIR", cache_dir, 1))
		return NULL;
	for (int i = 0; i < 2; i++) {
		struct diag_list d = {0};
		content_free(c);
		c = NULL;
		int rc = strcmp(dir, "-") ? cache_load_dir(dir, &c, &d)
					  : cache_load_builtin(&c, &d);
		diag_list_free(&d);
		if (rc != HN_OK)
			return NULL;
	}
	return c;
}

static void remove_cache_dir(const char *cache_dir)
{
	char cmd[256];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", cache_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "helpnav-bench: cannot remove %s\n", cache_dir);
}

/* The lemma map of c: the one that came with it (built in, or from the
 * pack's cache), or computed as the navigator does for --content before
 * its screen opens when there is none (the dictionary loaded and every
 * word stemmed), which is timed. */
static const struct lemma_map *
lemmas_of(const struct content *c, struct lemma_map *own, const char *name)
{
	struct lemma_dict *d = NULL;
	if (c->lemmas)
		return c->lemmas;
	double t0 = now_ms();
	if (lemma_dict_open(&d) != HN_OK) {
		fprintf(stderr, "helpnav-bench: no dictionary\n");
		return NULL;
	}
	double t1 = now_ms();
	int rc = search_words_map_fields(c->fields, c->field_count, d, own);
	double t2 = now_ms();
	lemma_dict_close(d);
	printf("%s_dict_open_ms %.1f\n%s_lemma_map_ms %.1f (%zu entries)\n",
	       name, t1 - t0, name, t2 - t1, own->count);
	return rc == HN_OK ? own : NULL;
}

/* keys_over the corpus of c (as the TUI builds it at its first search),
 * with the words' index (built at the first search with nothing found),
 * then frees c. */
static int keys_of(struct content *c, char **patterns, int count,
		   const char *name)
{
	struct corpus *k = NULL;
	struct search_words *w = NULL;
	struct lemma_map own = {0};
	const struct lemma_map *map = c ? lemmas_of(c, &own, name) : NULL;
	int rc = map && corpus_build(c, &k) == HN_OK ? HN_OK : HN_INVALID;
	double t0 = now_ms();
	if (rc == HN_OK)
		rc = search_words_build(k, map, &w);
	if (rc == HN_OK) {
		printf("%s_words_index_ms %.1f\n", name, now_ms() - t0);
		keys_over(k, w, patterns, count, name);
	}
	search_words_free(w);
	lemma_map_free(&own);
	corpus_free(k);
	content_free(c);
	return rc == HN_OK ? 0 : 1;
}

/* key_*: through the cache, as the TUI searches on every run after the
 * first; key_parsed_*: a freshly parsed pack, as on the very first run. */
static int cmd_keys(const char *dir, char **patterns, int count)
{
	char cache_dir[] = "/tmp/helpnav-bench-keys-XXXXXX";
	int rc = keys_of(through_cache(dir, cache_dir), patterns, count, "key");
	remove_cache_dir(cache_dir);
	if (rc == 0 && !profiling())
		rc = keys_of(parse(dir), patterns, count, "key_parsed");
	return rc;
}

int main(int argc, char **argv)
{
	if (argc >= 3 && !strcmp(argv[1], "load"))
		return cmd_load(argv[2]);
	if (argc >= 4 && !strcmp(argv[1], "keys"))
		return cmd_keys(argv[2], argv + 3, argc - 3);
	fprintf(stderr,
		"usage: helpnav-bench load DIR | keys DIR PATTERN...\n");
	return 2;
}
