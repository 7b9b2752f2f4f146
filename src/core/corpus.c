/* SPDX-License-Identifier: MIT */
/* corpus.c - building a search corpus from a content, and reading its
 * rows (see corpus.h and corpus_internal.h for the layout). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_internal.h"
#include "grow.h"
#include "status.h"
#include "text.h"

/* The offset of row i's path or name (word) when the row before has the
 * same string, else 0 (offset 0 is "", never a path or a name). */
static uint32_t shared(const struct content *c, const uint32_t *rows, size_t i,
		       int word)
{
	const struct text_field *f = &c->fields[i];
	if (i == 0)
		return 0;
	const struct text_field *prev = &c->fields[i - 1];
	bool same = word == CORPUS_ROW_PATH ? prev->path == f->path
					    : prev->field == f->field;
	return same ? rows[(i - 1) * CORPUS_ROW_WORDS + word] : 0;
}

void corpus_lay_out(const struct content *c, struct corpus_sink *sink,
		    uint32_t *rows)
{
	size_t n = c->field_count;
	uint32_t end = sink->put(sink, "", 0, false, NULL) + 1;

	/* the searched texts; TEXT holds for now whether folding changed
	 * the text, which is then stored apart */
	for (size_t i = 0; i < n && sink->status == HN_OK; i++) {
		const struct text_field *f = &c->fields[i];
		uint32_t *r = rows + i * CORPUS_ROW_WORDS;
		bool changed = false;

		r[CORPUS_ROW_SUBJECT] =
			sink->put(sink, f->text, f->length, true, &changed);
		r[CORPUS_ROW_TEXT] = changed;
		end = r[CORPUS_ROW_SUBJECT] + (uint32_t)f->length + 1;
	}
	rows[n * CORPUS_ROW_WORDS + CORPUS_ROW_SUBJECT] = end;
	/* a path or name shared by a run of rows is stored once */
	for (size_t i = 0; i < n && sink->status == HN_OK; i++) {
		const struct text_field *f = &c->fields[i];
		uint32_t *r = rows + i * CORPUS_ROW_WORDS;

		if (r[CORPUS_ROW_TEXT])
			r[CORPUS_ROW_TEXT] = sink->put(sink, f->text, f->length,
						       false, NULL);
		else
			r[CORPUS_ROW_TEXT] = r[CORPUS_ROW_SUBJECT];
		r[CORPUS_ROW_PATH] = shared(c, rows, i, CORPUS_ROW_PATH);
		if (!r[CORPUS_ROW_PATH])
			r[CORPUS_ROW_PATH] = sink->put(
				sink, f->path, strlen(f->path), false, NULL);
		r[CORPUS_ROW_NAME] = shared(c, rows, i, CORPUS_ROW_NAME);
		if (!r[CORPUS_ROW_NAME])
			r[CORPUS_ROW_NAME] = sink->put(
				sink, f->field, strlen(f->field), false, NULL);
	}
}

/* A sink into one growing block of memory. */
struct mem_sink {
	struct corpus_sink base;
	char *buf;
	size_t len, cap;
};

static uint32_t mem_put(struct corpus_sink *sink, const char *s, size_t len,
			bool fold, bool *changed)
{
	struct mem_sink *m = (struct mem_sink *)sink;
	size_t need = m->len + len + 1 + CORPUS_SLACK;

	if (need >= UINT32_MAX) {
		sink->status = HN_LIMIT;
		return 0;
	}
	char *n = grow_bytes(m->buf, &m->cap, need, need);
	if (!n) {
		sink->status = HN_NOMEM;
		return 0;
	}
	m->buf = n;
	memcpy(m->buf + m->len, s, len);
	m->buf[m->len + len] = '\0';
	if (fold)
		*changed = text_fold_yo(m->buf + m->len, len);
	uint32_t off = (uint32_t)m->len;
	m->len += len + 1;
	return off;
}

int corpus_build(const struct content *c, struct corpus **out)
{
	struct mem_sink m = {.base = {mem_put, HN_OK}};
	struct corpus *k = calloc(1, sizeof *k);
	uint32_t *rows =
		calloc(c->field_count + 1, CORPUS_ROW_WORDS * sizeof *rows);

	*out = NULL;
	if (!k || !rows || c->field_count >= UINT32_MAX / CORPUS_ROW_WORDS) {
		free(k);
		free(rows);
		return k && rows ? HN_LIMIT : HN_NOMEM;
	}
	corpus_lay_out(c, &m.base, rows);
	if (m.base.status != HN_OK) {
		free(m.buf);
		free(rows);
		free(k);
		return m.base.status;
	}
	/* the pack's lemma map comes along (the installed pack's corpus is
	 * built from its content) */
	if (c->lemmas && lemma_map_copy(c->lemmas, &k->lemmas) != HN_OK) {
		free(m.buf);
		free(rows);
		free(k);
		return HN_NOMEM;
	}
	k->has_lemmas = c->lemmas != NULL;
	memset(m.buf + m.len, 0, CORPUS_SLACK);
	k->strings = k->own_strings = m.buf;
	k->strings_len = m.len;
	k->subjects_end = rows[c->field_count * CORPUS_ROW_WORDS];
	k->rows = k->own_rows = rows;
	k->count = c->field_count;
	*out = k;
	return HN_OK;
}

struct corpus *corpus_from_block(void *block, const char *strings,
				 size_t strings_len, size_t subjects_end,
				 const uint32_t *rows, size_t count)
{
	struct corpus *k = calloc(1, sizeof *k);

	if (!k) {
		free(block);
		return NULL;
	}
	*k = (struct corpus){
		.strings = strings,
		.strings_len = strings_len,
		.subjects_end = subjects_end,
		.rows = rows,
		.count = count,
		.own_block = block,
	};
	return k;
}

void corpus_free(struct corpus *k)
{
	if (!k)
		return;
	free(k->own_strings);
	free(k->own_rows);
	free(k->own_block);
	lemma_map_free(&k->lemmas);
	free(k);
}

const struct lemma_map *corpus_lemmas(const struct corpus *k)
{
	return k->has_lemmas ? &k->lemmas : NULL;
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
