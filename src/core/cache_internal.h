/* SPDX-License-Identifier: MIT */
/* cache_internal.h - the cache file's layout, shared by cache_write.c,
 * cache_read.c and cache_sum.c (not installed).
 *
 * A file is: the header, the strings (each NUL-terminated, the last byte
 * of the section is a NUL), the row table, the lemma map, then the record
 * stream. The
 * strings and the table are a search corpus as it lies in memory
 * (corpus_internal.h): the strings start with "" and every row's searched
 * text back to back up to subjects_end, and the table has row_count + 1
 * rows of CORPUS_ROW_WORDS 32-bit offsets into the strings. The lemma
 * map (lemma.h) is lemma_count pairs "word\0lemmas\0" in strictly
 * ascending strcmp order of word, then zero bytes up to a 4-byte
 * boundary; has_lemmas is 0 when the dictionary was missing as the cache
 * was written (then the map is empty, and the key, which names the
 * dictionary's files, changes when it appears). The stream is
 * 32-bit words that walk the content's records in the order of
 * cache_records.h; a string in it is its offset + 1, 0 for NULL. Each
 * section has its own checksum, so that --search reads neither the
 * stream nor its checksum; the header's last member is the checksum of
 * the header before it. Native byte order: a cache is only read on the
 * machine that wrote it. */
#ifndef HELPNAV_CACHE_INTERNAL_H
#define HELPNAV_CACHE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "content.h"
#include "corpus_internal.h"
#include "diag.h"
#include "lemma.h"

#define CACHE_MAGIC "HNCACHE"

/* The checksummed sections. */
enum cache_section {
	CACHE_STRINGS,
	CACHE_TABLE,
	CACHE_LEMMAS,
	CACHE_STREAM,
	CACHE_SECTIONS
};

struct cache_header {
	char magic[8]; /* CACHE_MAGIC and a NUL */
	uint32_t version;
	uint32_t header_size;
	uint64_t key;
	uint64_t strings_off, strings_len;
	uint64_t subjects_end; /* strings [1, subjects_end): searched texts */
	uint64_t table_off, row_count;
	uint64_t lemmas_off, lemmas_len, lemma_count, has_lemmas;
	uint64_t stream_off, stream_len; /* stream_len in bytes */
	uint64_t file_size;
	uint64_t sums[CACHE_SECTIONS];
	uint64_t header_sum; /* of the bytes before it, seeded with key */
};

/* Bytes in the row table of h. */
static inline uint64_t cache_table_len(const struct cache_header *h)
{
	return (h->row_count + 1) * CORPUS_ROW_WORDS * sizeof(uint32_t);
}

/* Bytes of zeros after the lemma map of h, up to the stream. */
static inline uint64_t cache_lemmas_pad(const struct cache_header *h)
{
	return (4 - h->lemmas_len % 4) % 4;
}

/* Where section s of h lies in the file: *off and *len in bytes. */
void cache_section(const struct cache_header *h, enum cache_section s,
		   uint64_t *off, uint64_t *len);

/* The checksum of section s of file (the whole cache file, or at least
 * up to the section's end), as h->sums[s] must hold it. */
uint64_t cache_section_sum(const struct cache_header *h, enum cache_section s,
			   const char *file);

/* Sets every checksum of h (whose offsets and lengths are final) from
 * file, the whole cache file as written. */
void cache_seal(struct cache_header *h, const char *file);

/* The same from the file open as fd, read through a small buffer, and
 * the sealed header written at its start. HN_OK, HN_IO or HN_NOMEM. */
int cache_seal_file(int fd, struct cache_header *h);

/* The checksum of the header h, as header_sum must hold it. */
uint64_t cache_header_sum(const struct cache_header *h);

/* Whether st (a cache file or its folder) is the user's own and no one
 * else may write it, as ssh checks ~/.ssh: only then is a cache believed
 * to be what helpnav wrote. */
bool cache_owned(const struct stat *st);

/* The content, or (content NULL) the corpus, of the folder dir through
 * its cache (cache_load_dir, cache_load_corpus). A cache that is not the
 * user's own is ignored with one message in diags. */
int cache_load(const char *dir, struct content **content,
	       struct corpus **corpus, struct diag_list *diags);

/* Gives the lemma map m (lemma.h; what it owns malloc'd) to c, whose
 * arena then owns it: HN_OK and c->lemmas set; HN_NOMEM (m freed). */
int cache_give_lemmas(struct content *c, struct lemma_map *m);

/* A fast 64-bit hash of n bytes (not cryptographic). */
uint64_t cache_checksum(const void *data, size_t n, uint64_t seed);

#endif
