/* cache_internal.h - the cache file's layout, shared by cache_write.c and
 * cache_read.c (not installed).
 *
 * A file is: the header, the strings (each NUL-terminated, the last byte
 * of the section is a NUL), the field table (struct field_table in
 * content.h: field_count + 1 rows of FIELD_ROW_WORDS 32-bit offsets into
 * the strings), then the record stream: 32-bit words that walk the content
 * but its fields in a fixed order (see cache_write.c). The strings start
 * with "" and then every field's searched text, back to back in field
 * order, up to subjects_end. A string is written in the stream as its
 * offset + 1, 0 for NULL. Each section has its own checksum, so that
 * --search reads neither the stream nor its checksum; the header's last
 * member is the checksum of the header before it. Native byte order: a
 * cache is only read on the machine that wrote it. */
#ifndef HELPNAV_CACHE_INTERNAL_H
#define HELPNAV_CACHE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "content.h"

#define CACHE_MAGIC "HNCACHE"

struct cache_header {
	char magic[8]; /* CACHE_MAGIC and a NUL */
	uint32_t version;
	uint32_t header_size;
	uint64_t key;
	uint64_t strings_off, strings_len;
	uint64_t subjects_end; /* strings [1, subjects_end): searched texts */
	uint64_t table_off, field_count;
	uint64_t stream_off, stream_len; /* stream_len in bytes */
	uint64_t file_size;
	uint64_t text_valid; /* content.text_valid: 0 or 1 */
	/* the strings in two halves, split at strings_len / 2: a large
	 * pack's are checked on two threads */
	uint64_t strings_sum[2], table_sum, stream_sum;
	uint64_t header_sum; /* of the bytes before it, seeded with key */
};

/* Bytes in the field table of h. */
static inline uint64_t cache_table_len(const struct cache_header *h)
{
	return (h->field_count + 1) * FIELD_ROW_WORDS * sizeof(uint32_t);
}

/* Sets every checksum of h (whose offsets and lengths are final) from
 * file, the whole cache file as written. */
void cache_seal(struct cache_header *h, const char *file);

/* The checksum of the header h, as header_sum must hold it. */
uint64_t cache_header_sum(const struct cache_header *h);

/* A fast 64-bit hash of n bytes (not cryptographic). */
uint64_t cache_checksum(const void *data, size_t n, uint64_t seed);

#endif
