/* cache_internal.h - the cache file's layout, shared by cache_write.c and
 * cache_read.c (not installed).
 *
 * A file is: the header, the strings (each NUL-terminated, the last byte
 * of the section is a NUL), then the record stream: 32-bit words that walk
 * the content in a fixed order (see cache_write.c). A string is written in
 * the stream as its offset + 1, 0 for NULL. Native byte order: a cache is
 * only read on the machine that wrote it. */
#ifndef HELPNAV_CACHE_INTERNAL_H
#define HELPNAV_CACHE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#define CACHE_MAGIC "HNCACHE"

struct cache_header {
	char magic[8]; /* CACHE_MAGIC and a NUL */
	uint32_t version;
	uint32_t header_size;
	uint64_t key;
	uint64_t strings_off, strings_len;
	uint64_t stream_off, stream_len; /* stream_len in bytes */
	uint64_t fields_at; /* the word where the fields' count is */
	uint64_t file_size;
	uint64_t checksum; /* of every byte after the header */
};

/* A fast 64-bit hash of n bytes (not cryptographic). */
uint64_t cache_checksum(const void *data, size_t n, uint64_t seed);

/* The checksum's seed: the key and the header's only unchecked number. */
static inline uint64_t cache_seed(const struct cache_header *h)
{
	return h->key ^ (h->fields_at * 0x9E3779B97F4A7C15ull);
}

#endif
