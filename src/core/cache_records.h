/* SPDX-License-Identifier: MIT */
/* cache_records.h - the record stream of a cache file, described once
 * (not installed). cache_write.c expands these lists into its writer and
 * cache_read.c into its reader, so adding a member to a record is one
 * line here (and a CACHE_VERSION bump).
 *
 * Each list names a record's members in stream order: F(KIND, member)
 * for one value, A(KIND, items, count) for a count and then count values
 * of items[]. A KIND is how a value is stored:
 *   STR, STR_REQ   a string (offset + 1, 0 for NULL); STR_REQ may not be
 *                  NULL (the loader always sets it)
 *   U32            a number
 *   BLOCK_KIND, CLAIM_STATUS, NUMBER_STATUS, PHASE, BLANK   an enum,
 *                  checked against its range
 *   CHANNEL_REF    a pointer to one of the content's channels, as its
 *                  index (channels come before categories)
 *   ORIGIN, SOURCE_LIST, VERSION, BLOCK, BLOCK_LIST, CHECK, CHECK_LIST,
 *   SOURCE, CHANNEL, DRAFT, CATEGORY, PAGE, NUMBER_CLAIM, NUMBER   a record
 *                  of the list below */
#ifndef HELPNAV_CACHE_RECORDS_H
#define HELPNAV_CACHE_RECORDS_H

#define CACHE_ORIGIN(F, A) F(STR, file) F(U32, line) F(U32, col)

#define CACHE_SOURCE_LIST(F, A) A(STR_REQ, ids, count)

#define CACHE_VERSION_REC(F, A) \
	F(STR_REQ, text) F(SOURCE_LIST, sources) F(ORIGIN, at)

#define CACHE_BLOCK(F, A) \
	F(BLOCK_KIND, kind) \
	F(STR_REQ, text) \
	F(SOURCE_LIST, sources) \
	F(CLAIM_STATUS, status) \
	A(VERSION, versions, version_count) \
	F(STR, advice) \
	F(ORIGIN, at)

#define CACHE_BLOCK_LIST(F, A) A(BLOCK, items, count)

#define CACHE_CHECK(F, A) \
	F(STR_REQ, id) \
	F(STR_REQ, text) \
	F(STR, field) \
	F(STR, label) \
	F(BLANK, blank) \
	F(PHASE, phase) \
	F(SOURCE_LIST, sources) \
	F(ORIGIN, at) \
	F(SOURCE_LIST, kinds)

#define CACHE_CHECK_LIST(F, A) A(CHECK, items, count)

#define CACHE_SOURCE(F, A) \
	F(STR_REQ, id) \
	F(STR_REQ, title) \
	F(STR, file) \
	F(STR, note) \
	F(ORIGIN, at)

#define CACHE_CHANNEL(F, A) \
	F(STR_REQ, id) \
	F(STR_REQ, title) \
	F(STR, summary) \
	F(STR, kind) \
	F(BLOCK_LIST, steps) \
	F(BLOCK_LIST, hours) \
	F(BLOCK_LIST, response) \
	F(BLOCK_LIST, notes) \
	F(CHECK_LIST, checklist) \
	F(ORIGIN, at)

#define CACHE_DRAFT(F, A) \
	F(STR, subject) \
	F(STR, happened) \
	F(STR, tried) \
	F(STR, ask) \
	F(SOURCE_LIST, attach)

#define CACHE_CATEGORY(F, A) \
	F(STR_REQ, id) \
	F(STR_REQ, title) \
	F(STR, summary) \
	A(CHANNEL_REF, channels, channel_count) \
	F(BLOCK_LIST, notes) \
	F(CHECK_LIST, checklist) \
	F(DRAFT, draft) \
	F(ORIGIN, at)

#define CACHE_PAGE(F, A) \
	F(STR_REQ, id) \
	F(STR_REQ, title) \
	F(STR, summary) \
	F(BLOCK_LIST, body) \
	F(ORIGIN, at)

#define CACHE_NUMBER_CLAIM(F, A) \
	F(STR_REQ, source) F(STR_REQ, text) F(ORIGIN, at)

#define CACHE_NUMBER(F, A) \
	F(STR_REQ, id) \
	F(STR, number) \
	F(SOURCE_LIST, written) \
	F(NUMBER_STATUS, status) \
	F(STR_REQ, title) \
	A(NUMBER_CLAIM, says, say_count) \
	F(ORIGIN, at)

/* The whole content but its fields, which are the corpus's rows. */
#define CACHE_CONTENT(F, A) \
	A(SOURCE, sources, source_count) \
	A(CHANNEL, channels, channel_count) \
	A(CATEGORY, categories, category_count) \
	A(PAGE, pages, page_count) \
	F(CHECK_LIST, general) \
	A(NUMBER, numbers, number_count)

/* Every record: X(KIND, its struct's tag, its list), inner records
 * first. */
#define CACHE_RECORDS(X) \
	X(ORIGIN, origin, CACHE_ORIGIN) \
	X(SOURCE_LIST, source_list, CACHE_SOURCE_LIST) \
	X(VERSION, claim_version, CACHE_VERSION_REC) \
	X(BLOCK, block, CACHE_BLOCK) \
	X(BLOCK_LIST, block_list, CACHE_BLOCK_LIST) \
	X(CHECK, check_item, CACHE_CHECK) \
	X(CHECK_LIST, check_list, CACHE_CHECK_LIST) \
	X(SOURCE, source, CACHE_SOURCE) \
	X(CHANNEL, channel, CACHE_CHANNEL) \
	X(DRAFT, draft, CACHE_DRAFT) \
	X(CATEGORY, category, CACHE_CATEGORY) \
	X(PAGE, page, CACHE_PAGE) \
	X(NUMBER_CLAIM, number_claim, CACHE_NUMBER_CLAIM) \
	X(NUMBER, number_record, CACHE_NUMBER) \
	X(CONTENT, content, CACHE_CONTENT)

#endif
