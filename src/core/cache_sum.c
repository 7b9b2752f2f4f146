/* SPDX-License-Identifier: MIT */
/* cache_sum.c - the cache file's checksums: the hash, the sections it
 * covers with their seeds, and sealing a file (see cache_internal.h). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache_internal.h"
#include "status.h"

/* Bytes read at a time to checksum the written file (a multiple of 32). */
#define SUM_BUFFER ((size_t)1 << 20)

static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/* Four independent lanes of multiply-rotate, so the CPU overlaps them.
 * Fed 32 bytes at a time, so a file can be summed in pieces (sum_file)
 * with the same result as the whole of it in memory. */
struct sum_state {
	uint64_t a[4];
};

static const uint64_t sum_p1 = 0x9E3779B185EBCA87ull,
		      sum_p2 = 0xC2B2AE3D27D4EB4Full;

static void sum_init(struct sum_state *s, uint64_t seed)
{
	s->a[0] = seed + sum_p1;
	s->a[1] = seed ^ sum_p2;
	s->a[2] = seed - sum_p1;
	s->a[3] = ~seed;
}

/* n is a multiple of 32. */
static void sum_blocks(struct sum_state *s, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 32 <= n; i += 32)
		for (int k = 0; k < 4; k++) {
			uint64_t v;
			memcpy(&v, p + i + 8 * (size_t)k, 8);
			s->a[k] = rotl(s->a[k] + v * sum_p2, 31) * sum_p1;
		}
}

/* tail: the last n % 32 bytes; n: the length of all of it. */
static uint64_t sum_final(const struct sum_state *s, const unsigned char *tail,
			  size_t n)
{
	uint64_t h = rotl(s->a[0], 1) + rotl(s->a[1], 7) + rotl(s->a[2], 12) +
		     rotl(s->a[3], 18) + n;
	for (size_t i = 0; i < n % 32; i++)
		h = rotl(h ^ (tail[i] * sum_p1), 11) * sum_p2;
	h ^= h >> 33;
	h *= sum_p2;
	h ^= h >> 29;
	return h;
}

uint64_t cache_checksum(const void *data, size_t n, uint64_t seed)
{
	const unsigned char *p = data;
	struct sum_state s;
	sum_init(&s, seed);
	sum_blocks(&s, p, n - n % 32);
	return sum_final(&s, p + (n - n % 32), n);
}

/* cache_checksum of len bytes of fd from off, read through a small
 * buffer: mapping the file to sum it made its pages count in the peak
 * memory of the run that writes the cache. */
static int sum_file(int fd, uint64_t off, uint64_t len, uint64_t seed,
		    unsigned char *buf, uint64_t *out)
{
	struct sum_state s;
	uint64_t done = 0;
	sum_init(&s, seed);
	while (done < len) {
		size_t want = len - done < SUM_BUFFER ? (size_t)(len - done)
						      : SUM_BUFFER;
		ssize_t got = pread(fd, buf, want, (off_t)(off + done));
		if (got != (ssize_t)want)
			return HN_IO;
		sum_blocks(&s, buf, want - want % 32);
		done += want;
		if (done == len)
			*out = sum_final(&s, buf + (want - want % 32), len);
	}
	if (len == 0)
		*out = sum_final(&s, buf, 0);
	return HN_OK;
}

void cache_section(const struct cache_header *h, enum cache_section s,
		   uint64_t *off, uint64_t *len)
{
	switch (s) {
	case CACHE_STRINGS:
		*off = h->strings_off;
		*len = h->strings_len;
		break;
	case CACHE_TABLE:
		*off = h->table_off;
		*len = cache_table_len(h);
		break;
	case CACHE_LEMMAS:
		*off = h->lemmas_off;
		*len = h->lemmas_len;
		break;
	default:
		*off = h->stream_off;
		*len = h->stream_len;
		break;
	}
}

/* Each section's sum is seeded with the key and the section, so that a
 * cache of another pack, or one section in another's place, fails. */
static uint64_t section_seed(const struct cache_header *h, enum cache_section s)
{
	return h->key ^ ((uint64_t)s + 1);
}

uint64_t cache_section_sum(const struct cache_header *h, enum cache_section s,
			   const char *file)
{
	uint64_t off, len;

	cache_section(h, s, &off, &len);
	return cache_checksum(file + off, (size_t)len, section_seed(h, s));
}

uint64_t cache_header_sum(const struct cache_header *h)
{
	return cache_checksum(h, offsetof(struct cache_header, header_sum),
			      h->key);
}

void cache_seal(struct cache_header *h, const char *file)
{
	for (int s = 0; s < CACHE_SECTIONS; s++)
		h->sums[s] = cache_section_sum(h, (enum cache_section)s, file);
	h->header_sum = cache_header_sum(h);
}

int cache_seal_file(int fd, struct cache_header *h)
{
	unsigned char *buf = malloc(SUM_BUFFER);
	int rc = buf ? HN_OK : HN_NOMEM;

	for (int s = 0; s < CACHE_SECTIONS && rc == HN_OK; s++) {
		uint64_t off, len;

		cache_section(h, (enum cache_section)s, &off, &len);
		rc = sum_file(fd, off, len, section_seed(h, s), buf,
			      &h->sums[s]);
	}
	free(buf);
	if (rc != HN_OK)
		return rc;
	h->header_sum = cache_header_sum(h);
	if (pwrite(fd, h, sizeof *h, 0) != (ssize_t)sizeof *h)
		return HN_IO;
	return HN_OK;
}
