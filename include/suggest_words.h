/* SPDX-License-Identifier: MIT */
/* suggest_words.h - what to offer when a search finds nothing: the same
 * keys under the other keyboard layout, or a near spelling from the pack's
 * own vocabulary («вазврат» -> «возврат»).
 *
 * The vocabulary is every word (a run of Latin or Cyrillic letters) of a
 * corpus, lowercased with ё = е, with how often it occurs. It is built once
 * per loaded pack and read-only afterwards. A near spelling is a word of
 * the vocabulary within Damerau-Levenshtein distance (optimal string
 * alignment, on code points) 1 of a query word of up to
 * SUGGEST_SHORT_LETTERS letters, 2 of a longer one. Looking one up reads
 * only the words of a length within that distance whose letters could be
 * that near (a 64-bit letter mask), so a keystroke does not scan the pack.
 *
 * Ownership: a suggest_words owns its copies of the words and does not
 * point into the corpus; suggest_words_free releases it. */
#ifndef HELPNAV_SUGGEST_WORDS_H
#define HELPNAV_SUGGEST_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "corpus.h"
#include "search.h"

enum {
	SUGGEST_MIN_LETTERS = 3,   /* shorter query words are kept as typed */
	SUGGEST_SHORT_LETTERS = 4, /* up to this many letters: distance 1 */
	SUGGEST_MAX_DISTANCE = 2,  /* for longer words */
	/* Longer words are neither collected nor corrected: no Russian or
	 * English word of the guidance is that long. */
	SUGGEST_MAX_LETTERS = 40,
};

struct suggest_words;

/* The vocabulary of k. HN_OK and *out set; HN_NOMEM. */
int suggest_words_build(const struct corpus *k, struct suggest_words **out);
void suggest_words_free(struct suggest_words *w);

/* Distinct words in w. */
size_t suggest_words_count(const struct suggest_words *w);

/* The query (len bytes, valid UTF-8) with each word of at least
 * SUGGEST_MIN_LETTERS letters that w lacks replaced by its nearest word
 * in w (the smallest distance, then the most frequent; a capital first
 * letter kept): a malloc'd string in *out. *out is NULL when the query is
 * not plain words (letters, digits, spaces, hyphens: a regex is not
 * respelled), when a word has no near spelling or when no word changed.
 * *sure is false when some word had two nearest spellings at the same
 * distance. HN_OK; HN_NOMEM. */
int suggest_words_near(const struct suggest_words *w, const char *query,
		       size_t len, char **out, bool *sure);

/* Whether pattern (len bytes, valid UTF-8, as searched with flags, enum
 * search_flags) surely has no hit in the pack: it is literal text (every
 * character stands for itself, or SEARCH_FIXED) and one of its runs of
 * letters is in no word of w (a match's runs of letters lie within the
 * text's, which w holds). False when unsure: regex syntax, or a run of
 * letters in the pack too long for w.
 * Letters are compared as lower_letter folds them (ASCII and Cyrillic);
 * PCRE2's caseless matching also pairs a few rarer characters (the Kelvin
 * sign with k, ſ with s), which this does not see. */
bool suggest_words_absent(const struct suggest_words *w, const char *pattern,
			  size_t len, unsigned flags);

/* Whole-word occurrences of the word (len bytes) in w, as a caseless
 * search with ё = е sees them; 0 when w does not have it. */
size_t suggest_words_occurrences(const struct suggest_words *w,
				 const char *word, size_t len);

struct search_suggestion {
	char *text;  /* malloc'd reading with hits, or NULL when none */
	size_t hits; /* its hit count, up to the max_hits asked for */
	/* hits counts the one word's whole-word occurrences (a caseless
	 * search finds at least these, maybe more inside longer words):
	 * known from the vocabulary, without searching the pack again; or
	 * the count stopped at max_hits */
	bool at_least;
	bool layout; /* the other keyboard layout's reading, else a spelling */
	bool sure;   /* the only reading found: Enter may take it */
};

/* What to offer for a pattern that found nothing in k: its reading under
 * the other keyboard layout when that has hits, else its near spelling
 * from the vocabulary *w (built on first need and kept in *w for the next
 * call; the caller frees it) when that has hits. A caseless one-word
 * spelling is known to occur: its count is the vocabulary's (at_least);
 * any other reading's hits are counted by searching, with
 * flags (enum search_flags), up to max_hits (0 = no cap), within the
 * budget b (NULL: one of its own). HN_OK with out->text NULL when there is
 * nothing to offer or the budget ran out; HN_NOMEM. */
int search_suggest(const struct corpus *k, struct suggest_words **w,
		   const char *pattern, unsigned flags, size_t max_hits,
		   struct search_budget *b, struct search_suggestion *out);
void search_suggestion_free(struct search_suggestion *s);

#endif
