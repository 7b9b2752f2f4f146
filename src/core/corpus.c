/* corpus.c - building a search corpus from a content, and reading its
 * rows (see corpus.h and corpus_internal.h for the layout). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "corpus_internal.h"
#include "grow.h"
#include "status.h"
#include "text.h"

/* The strings of a corpus being built, in one growing block. */
struct builder {
	char *buf;
	size_t len, cap;
	int status;
};

/* Appends s (len bytes) and a NUL; returns its offset (0 on failure,
 * with b->status set). */
static uint32_t append(struct builder *b, const char *s, size_t len)
{
	size_t need = b->len + len + 1 + CORPUS_SLACK;

	if (b->status != HN_OK)
		return 0;
	if (need >= UINT32_MAX) {
		b->status = HN_LIMIT;
		return 0;
	}
	char *n = grow_bytes(b->buf, &b->cap, need, need);
	if (!n) {
		b->status = HN_NOMEM;
		return 0;
	}
	b->buf = n;
	memcpy(b->buf + b->len, s, len);
	b->buf[b->len + len] = '\0';
	uint32_t off = (uint32_t)b->len;
	b->len += len + 1;
	return off;
}

/* Every field's folded text, back to back from offset 1. */
static void add_subjects(struct builder *b, const struct content *c,
			 uint32_t *rows)
{
	append(b, "", 0);
	for (size_t i = 0; i < c->field_count; i++) {
		const struct text_field *f = &c->fields[i];
		uint32_t off = append(b, f->text, f->length);

		if (b->status != HN_OK)
			break;
		text_fold_yo(b->buf + off, f->length);
		rows[i * CORPUS_ROW_WORDS + CORPUS_ROW_SUBJECT] = off;
	}
	rows[c->field_count * CORPUS_ROW_WORDS + CORPUS_ROW_SUBJECT] =
		(uint32_t)b->len;
}

/* The rest of each row: the text where folding changed it, the path and
 * the name (stored once for a run of rows that share them). */
static void add_names(struct builder *b, const struct content *c,
		      uint32_t *rows)
{
	for (size_t i = 0; i < c->field_count && b->status == HN_OK; i++) {
		const struct text_field *f = &c->fields[i], *prev = f - 1;
		uint32_t *r = rows + i * CORPUS_ROW_WORDS;
		uint32_t *pr = r - CORPUS_ROW_WORDS;

		r[CORPUS_ROW_TEXT] = r[CORPUS_ROW_SUBJECT];
		if (memcmp(b->buf + r[CORPUS_ROW_SUBJECT], f->text, f->length))
			r[CORPUS_ROW_TEXT] = append(b, f->text, f->length);
		r[CORPUS_ROW_PATH] =
			i && prev->path == f->path
				? pr[CORPUS_ROW_PATH]
				: append(b, f->path, strlen(f->path));
		r[CORPUS_ROW_NAME] =
			i && prev->field == f->field
				? pr[CORPUS_ROW_NAME]
				: append(b, f->field, strlen(f->field));
	}
}

int corpus_build(const struct content *c, struct corpus **out)
{
	struct builder b = {.status = HN_OK};
	struct corpus *k = calloc(1, sizeof *k);
	uint32_t *rows =
		calloc(c->field_count + 1, CORPUS_ROW_WORDS * sizeof *rows);

	*out = NULL;
	if (!k || !rows || c->field_count >= UINT32_MAX / CORPUS_ROW_WORDS) {
		free(k);
		free(rows);
		return k && rows ? HN_LIMIT : HN_NOMEM;
	}
	add_subjects(&b, c, rows);
	k->subjects_end = b.len;
	add_names(&b, c, rows);
	if (b.status != HN_OK) {
		free(b.buf);
		free(rows);
		free(k);
		return b.status;
	}
	memset(b.buf + b.len, 0, CORPUS_SLACK);
	k->strings = k->own_strings = b.buf;
	k->strings_len = b.len;
	k->rows = k->own_rows = rows;
	k->count = c->field_count;
	*out = k;
	return HN_OK;
}

struct corpus *corpus_from_mapping(void *mapping, size_t mapping_size,
				   const char *strings, size_t strings_len,
				   size_t subjects_end, const uint32_t *rows,
				   size_t count)
{
	struct corpus *k = calloc(1, sizeof *k);

	if (!k)
		return NULL;
	*k = (struct corpus){
		.strings = strings,
		.strings_len = strings_len,
		.subjects_end = subjects_end,
		.rows = rows,
		.count = count,
		.mapping = mapping,
		.mapping_size = mapping_size,
	};
	return k;
}

void corpus_free(struct corpus *k)
{
	if (!k)
		return;
	free(k->own_strings);
	free(k->own_rows);
	if (k->mapping)
		munmap(k->mapping, k->mapping_size);
	free(k);
}

size_t corpus_count(const struct corpus *k)
{
	return k->count;
}

struct text_field corpus_field(const struct corpus *k, size_t i)
{
	const uint32_t *r = k->rows + i * CORPUS_ROW_WORDS;

	return (struct text_field){
		.path = k->strings + r[CORPUS_ROW_PATH],
		.field = k->strings + r[CORPUS_ROW_NAME],
		.text = k->strings + r[CORPUS_ROW_TEXT],
		.length = corpus_length(k, i),
	};
}
