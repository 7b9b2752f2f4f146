/* SPDX-License-Identifier: MIT */
/* lemma.h - words and their dictionary forms (lemmas), so that a search by
 * words finds «вернёт» for «вернуть» and «верните».
 *
 * A word is a run of letters and digits (Latin, Cyrillic, Latin-1 and
 * Latin Extended-A letters); anything else separates words, a hyphen too.
 * Words are compared folded: lowercase, ё -> е (lemma_fold).
 *
 * A lemma map gives, for each folded word of a pack, its folded lemmas
 * («вернет» -> «вернуть», «деньги» -> «деньги деньга»). A word the map
 * does not hold is its own lemma. A pack's map is computed from the
 * Hunspell dictionary (lemma_map_build) when the pack is compiled: the
 * built-in pack's at build time (src/tools/image.c), another pack's when
 * its cache is written; both hold it (cache.h), so start-up never loads
 * the dictionary.
 *
 * The dictionary is Hunspell's ru_RU (Debian's hunspell-ru), looked for
 * in $HELPNAV_DICT_DIR, else LEMMA_DICT_DIR. Loading it takes ~120 ms:
 * it is opened only when a word needs it, at most once per process. */
#ifndef HELPNAV_LEMMA_H
#define HELPNAV_LEMMA_H

#include <stdbool.h>
#include <stddef.h>

#define LEMMA_DICT_DIR "/usr/share/hunspell"
#define LEMMA_DICT_NAME "ru_RU"
#define LEMMA_DICT_ENV "HELPNAV_DICT_DIR"

/* Finds the next word in s[*pos, len): HN-free, never fails. Returns
 * true and sets *start and *end (bytes) and moves *pos past it; false at
 * the end. s must be valid UTF-8. */
bool lemma_next_word(const char *s, size_t len, size_t *pos, size_t *start,
		     size_t *end);

/* Writes the folded form of s[0, len) (lowercase, ё -> е) to out, which
 * has room for len bytes (folding never changes the length). */
void lemma_fold(const char *s, size_t len, char *out);

/* One word and its lemmas, all folded; lemmas are separated by one
 * space and never hold the word itself only. */
struct lemma_entry {
	const char *word;
	const char *lemmas;
};

/* Entries sorted by strcmp of word. A built map owns its entries and
 * their strings (block); one read from a cache owns its entries only. */
struct lemma_map {
	const struct lemma_entry *entries;
	size_t count;
	void *own_entries;
	char *own_block;
};

/* The lemmas of a folded word (a NUL-terminated string), or NULL when
 * the map does not hold it. Points into m. */
const char *lemma_map_find(const struct lemma_map *m, const char *word);

struct lemma_dict; /* an open Hunspell dictionary (owned, opaque) */

/* The dictionary's .dic path as it would be opened: a malloc'd string,
 * or NULL when there is no memory. */
char *lemma_dict_path(void);
/* The same for its .aff file (stemming depends on both). */
char *lemma_dict_aff_path(void);

/* Opens the dictionary. HN_OK and *out set; HN_IO when its files are
 * missing or unreadable (nothing printed: the caller says so once);
 * HN_NOMEM. */
int lemma_dict_open(struct lemma_dict **out);
void lemma_dict_close(struct lemma_dict *d);

/* The folded lemmas of the word s[0, len) (any case, ё or е), separated
 * by one space, without repeats: a malloc'd string, "" when the
 * dictionary knows none. HN_OK and *out set; HN_NOMEM. */
int lemma_dict_stem(struct lemma_dict *d, const char *s, size_t len,
		    char **out);

/* A map of every word of the n texts texts[i] (lengths lens[i], valid
 * UTF-8) from the dictionary d: HN_OK and *out filled; HN_NOMEM. */
int lemma_map_build(struct lemma_dict *d, const char *const *texts,
		    const size_t *lens, size_t n, struct lemma_map *out);
void lemma_map_free(struct lemma_map *m);

/* A copy of the map from that owns everything: HN_OK and *out filled;
 * HN_NOMEM (from must be sorted, as every map is). */
int lemma_map_copy(const struct lemma_map *from, struct lemma_map *out);

/* The map of count pairs "word\0lemmas\0" lying back to back in
 * block[0, len) (as a cache holds them): HN_OK and *out filled, its
 * entries pointing into block, which stays the caller's and must outlive
 * it (lemma_map_free frees the entries only); HN_INVALID when a pair
 * lacks its NUL, a word is empty, the words are not in strictly
 * ascending strcmp order (the look-up relies on it) or bytes are left
 * over; HN_NOMEM. The texts' encoding is the caller's to check. */
int lemma_map_index(const char *block, size_t len, size_t count,
		    struct lemma_map *out);

#endif
