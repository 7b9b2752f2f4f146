/* SPDX-License-Identifier: MIT */
/* loader_schema.c - walks one file's ynode tree against the schema in
 * content/README.md and appends its records to the loader. */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "loader_internal.h"
#include "status.h"

__attribute__((format(printf, 3, 4))) static void
report_node(struct loader *L, const struct ynode *n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(L->diags, L->file, n->line, n->col, fmt, ap);
	va_end(ap);
	L->errors++;
}

struct origin loader_origin(const struct loader *L, const struct ynode *n)
{
	return (struct origin){.file = L->file, .line = n->line, .col = n->col};
}

static bool blank(const struct ynode *n)
{
	for (size_t i = 0; i < n->len; i++)
		if (n->text[i] != ' ' && n->text[i] != '\t' &&
		    n->text[i] != '\n')
			return false;
	return true;
}

/* "строкой", "списком"...: for "должно быть X, а не Y". */
static const char *kind_name(const struct ynode *n)
{
	switch (n->kind) {
	case YN_SCALAR:
		return n->plain && n->len == 0 ? _("пустым значением")
					       : _("строкой");
	case YN_SEQ:
		return _("списком");
	case YN_MAP:
		return _("словарём");
	default:
		return _("ссылкой");
	}
}

/* A zeroed arena array of n elements; NULL (and L->nomem set) when out of
 * memory. */
/* A zeroed arena array for the items of list that are of kind: only
 * those become records, and a record is far larger than a wrong item
 * ("n," is two bytes), so a million wrong items cost nothing here. */
static void *alloc_items(struct loader *L, const struct ynode *list,
			 enum ynode_kind kind, size_t size)
{
	size_t n = 0;
	for (size_t i = 0; i < list->count; i++)
		n += list->kids[i]->kind == kind;
	void *items = arena_calloc(L->arena, n ? n : 1, size);
	if (!items)
		L->nomem = true;
	return items;
}

/* Appends a copy of the record rec to v. */
static void append(struct loader *L, struct vec *v, const void *rec,
		   size_t size)
{
	void *slot = loader_push(L, v, size);
	if (slot)
		memcpy(slot, rec, size);
}

static const struct ynode *get(const struct ynode *map, const char *key)
{
	for (size_t i = 0; i < map->count; i++)
		if (!strcmp(map->kids[2 * i]->text, key))
			return map->kids[2 * i + 1];
	return NULL;
}

static bool allowed(const char *key, const char *const *keys)
{
	for (; *keys; keys++)
		if (!strcmp(key, *keys))
			return true;
	return false;
}

static const char *near_miss(const char *word, const char *const *keys)
{
	const char *best = NULL;
	size_t best_d = 3;
	for (; *keys; keys++) {
		size_t d = loader_edit_distance(word, *keys, 2);
		if (d < best_d && d < strlen(*keys)) {
			best = *keys;
			best_d = d;
		}
	}
	return best;
}

/* Reports the keys of map that are not in keys; returns how many. */
size_t loader_check_keys(struct loader *L, const struct ynode *map,
			 const char *const *keys)
{
	size_t unknown = 0;
	for (size_t i = 0; i < map->count; i++) {
		const struct ynode *k = map->kids[2 * i];
		if (allowed(k->text, keys))
			continue;
		const char *hint = near_miss(k->text, keys);
		if (hint)
			report_node(L, k,
				    "неизвестный ключ \"%s\", возможно, "
				    "имелось в виду \"%s\"?",
				    loader_show(L, k->text), hint);
		else
			report_node(L, k, "неизвестный ключ \"%s\"",
				    loader_show(L, k->text));
		unknown++;
	}
	return unknown;
}

/* The value of key if it is present and of the wanted kind, else NULL
 * (the problem reported; a missing key only when required). */
const struct ynode *loader_want(struct loader *L, const struct ynode *map,
				const char *key, enum ynode_kind kind,
				bool required)
{
	const struct ynode *v = get(map, key);
	if (!v) {
		if (required)
			report_node(L, map, "нет обязательного поля \"%s\"",
				    key);
		return NULL;
	}
	if (v->kind == YN_BAD)
		return NULL;
	if (v->kind == YN_SCALAR && v->plain && v->len == 0) {
		report_node(L, v, "поле \"%s\" пустое", key);
		return NULL;
	}
	if (v->kind != kind) {
		report_node(L, v, "поле \"%s\" должно быть %s, а не %s", key,
			    kind == YN_SEQ   ? _("списком")
			    : kind == YN_MAP ? _("словарём")
					     : _("строкой"),
			    kind_name(v));
		return NULL;
	}
	if (kind == YN_SCALAR && blank(v)) {
		report_node(L, v, "поле \"%s\" пустое", key);
		return NULL;
	}
	return v;
}

/* v's text copied into a, to outlive the file's tree; NULL when v is
 * NULL or memory runs out (L->nomem set). */
const char *loader_keep(struct loader *L, struct arena *a,
			const struct ynode *v)
{
	if (!v)
		return NULL;
	const char *s = arena_strndup(a, v->text, v->len);
	if (!s)
		L->nomem = true;
	return s;
}

/* A string of the content (kept in its arena). */
static const char *want_string(struct loader *L, const struct ynode *map,
			       const char *key, bool required)
{
	return loader_keep(L, L->arena,
			   loader_want(L, map, key, YN_SCALAR, required));
}

static const struct ynode *want_list(struct loader *L, const struct ynode *map,
				     const char *key, bool required)
{
	const struct ynode *v = loader_want(L, map, key, YN_SEQ, required);
	if (v && v->count == 0 && required) {
		report_node(L, v, "список \"%s\" пуст", key);
		return NULL;
	}
	return v;
}

/* The list under key (*list) and a zeroed arena array for its items; NULL
 * when the list is missing or wrong (reported) or memory ran out. */
void *loader_want_items(struct loader *L, const struct ynode *map,
			const char *key, bool required, enum ynode_kind kind,
			size_t size, const struct ynode **list)
{
	*list = want_list(L, map, key, required);
	return *list ? alloc_items(L, *list, kind, size) : NULL;
}

/* Whether list item n is of kind; reports it if not. */
bool loader_item_is(struct loader *L, const struct ynode *n, const char *list,
		    enum ynode_kind kind)
{
	if (n->kind == kind && kind == YN_SCALAR && blank(n)) {
		report_node(L, n, "пустой элемент списка \"%s\"", list);
		return false;
	}
	if (n->kind == kind)
		return true;
	if (n->kind != YN_BAD)
		report_node(L, n,
			    "элемент списка \"%s\" должен быть %s, а не %s",
			    list, kind == YN_MAP ? _("словарём") : _("строкой"),
			    kind_name(n));
	return false;
}

static bool slug_ok(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		      *s == '-'))
			return false;
	return true;
}

/* The record's id, checked; NULL when missing or malformed. */
const char *loader_want_id(struct loader *L, const struct ynode *map,
			   bool reserved_check)
{
	const struct ynode *v = loader_want(L, map, "id", YN_SCALAR, true);
	if (!v)
		return NULL;
	if (!slug_ok(v->text)) {
		report_node(L, v,
			    "неверный id \"%s\": можно только строчные "
			    "латинские буквы, цифры и дефис",
			    loader_show(L, v->text));
		return NULL;
	}
	if (reserved_check &&
	    (!strcmp(v->text, "channels") || !strcmp(v->text, "sources"))) {
		report_node(L, v, "id \"%s\" зарезервирован, выберите другой",
			    v->text);
		return NULL;
	}
	return loader_keep(L, L->arena, v);
}

static size_t report_repeats(struct loader *L, struct id_ref *refs, size_t n);

/* The ids of list (reported when wrong or written twice), each once, in
 * a malloc'd array of *count (the caller frees it) with the ids copied
 * into keep. The repeats are dropped before anything is kept: a list of a
 * million "n" costs the pack one id. NULL when memory runs out. */
static struct id_ref *unique_refs(struct loader *L, const struct ynode *v,
				  const char *list, struct arena *keep,
				  size_t *count)
{
	*count = 0;
	struct id_ref *refs = malloc((v->count ? v->count : 1) * sizeof *refs);
	if (!refs) {
		L->nomem = true;
		return NULL;
	}
	size_t n = 0;
	for (size_t i = 0; i < v->count; i++)
		if (loader_item_is(L, v->kids[i], list, YN_SCALAR))
			refs[n++] = (struct id_ref){
				v->kids[i]->text, loader_origin(L, v->kids[i])};
	n = report_repeats(L, refs, n);
	for (size_t i = 0; i < n; i++) {
		refs[i].id = arena_strdup(keep, refs[i].id);
		if (!refs[i].id) {
			L->nomem = true;
			free(refs);
			return NULL;
		}
	}
	*count = n;
	return refs;
}

static struct source_list
want_sources_opt(struct loader *L, const struct ynode *map, bool required)
{
	struct source_list out = {0};
	const struct ynode *v = want_list(L, map, "sources", required);
	size_t n;
	struct id_ref *refs = v ? unique_refs(L, v, "sources", L->arena, &n)
				: NULL;
	out.ids = refs ? arena_calloc(L->arena, n ? n : 1, sizeof *out.ids)
		       : NULL;
	for (size_t i = 0; out.ids && i < n; i++) {
		append(L, &L->src_refs, &refs[i], sizeof refs[i]);
		out.ids[out.count++] = refs[i].id;
	}
	if (refs && !out.ids)
		L->nomem = true;
	free(refs);
	return out;
}

static struct source_list want_sources(struct loader *L,
				       const struct ynode *map)
{
	return want_sources_opt(L, map, true);
}

static const char *const block_kinds[] = {"text", "heading", "note", "disputed",
					  "gap",  "number",  NULL};
static const char *const all_block_keys[] = {"text",     "sources", "status",
					     "heading",  "note",    "disputed",
					     "versions", "advice",  "gap",
					     "number",   NULL};
static const char *const text_keys[] = {"text", "sources", "status", NULL};
static const char *const heading_keys[] = {"heading", NULL};
static const char *const note_keys[] = {"note", NULL};
static const char *const disputed_keys[] = {"disputed", "versions", "advice",
					    NULL};
static const char *const gap_keys[] = {"gap", "sources", NULL};
static const char *const number_keys[] = {"number", NULL};
static const char *const version_keys[] = {"text", "sources", NULL};

static void read_versions(struct loader *L, const struct ynode *map,
			  struct block *b)
{
	const struct ynode *v = want_list(L, map, "versions", true);
	if (!v)
		return;
	if (v->count < 2)
		report_node(L, v,
			    "в \"disputed\" нужно не меньше двух версий, "
			    "а здесь %u",
			    v->count);
	b->versions = alloc_items(L, v, YN_MAP, sizeof *b->versions);
	if (!b->versions)
		return;
	for (size_t i = 0; i < v->count; i++) {
		const struct ynode *n = v->kids[i];
		if (!loader_item_is(L, n, "versions", YN_MAP))
			continue;
		loader_check_keys(L, n, version_keys);
		struct claim_version *cv = &b->versions[b->version_count++];
		cv->text = want_string(L, n, "text", true);
		cv->sources = want_sources(L, n);
		cv->at = loader_origin(L, n);
	}
}

static void read_status(struct loader *L, const struct ynode *map,
			struct block *b)
{
	const struct ynode *v = loader_want(L, map, "status", YN_SCALAR, false);
	if (!v)
		return;
	if (!strcmp(v->text, "unconfirmed"))
		b->status = CLAIM_UNCONFIRMED;
	else if (!strcmp(v->text, "not-for-customers"))
		b->status = CLAIM_NOT_FOR_USERS;
	else
		report_node(L, v,
			    "неверный status \"%s\": можно unconfirmed или "
			    "not-for-customers",
			    loader_show(L, v->text));
}

/* Which of text/heading/note/disputed the block is; -1 if none or more
 * than one (reported). */
static int block_kind(struct loader *L, const struct ynode *map)
{
	int kind = -1, found = 0;
	for (int k = 0; block_kinds[k]; k++)
		if (get(map, block_kinds[k])) {
			kind = k;
			found++;
		}
	if (found > 1) {
		report_node(L, map,
			    "в блоке должно быть только одно из полей text, "
			    "heading, note, disputed, gap, number");
		return -1;
	}
	if (found == 0 && loader_check_keys(L, map, all_block_keys) == 0)
		report_node(L, map,
			    "в блоке должно быть одно из полей text, "
			    "heading, note, disputed, gap, number");
	return kind;
}

/* A gap's text with the words that make it a statement about the sources,
 * so that it reads the same on a page, in print and as a search hit. */
static const char *want_gap(struct loader *L, const struct ynode *map)
{
	static const char prefix[] = "В источниках не указано: ";
	const struct ynode *v = loader_want(L, map, "gap", YN_SCALAR, true);
	if (!v)
		return NULL;
	size_t n = sizeof prefix - 1;
	char *s = malloc(n + v->len + 1);
	const char *out = NULL;
	if (s) {
		memcpy(s, prefix, n);
		memcpy(s + n, v->text, v->len);
		out = arena_strndup(L->arena, s, n + v->len);
	}
	free(s);
	if (!out)
		L->nomem = true;
	return out;
}

/* A number block's record id, checked when the pack is linked. Not a
 * searchable text: search shows the record's line instead. */
static const char *want_number_ref(struct loader *L, const struct ynode *map)
{
	const struct ynode *v = loader_want(L, map, "number", YN_SCALAR, true);
	struct id_ref ref = {loader_keep(L, L->arena, v),
			     v ? loader_origin(L, v) : (struct origin){0}};
	struct id_ref *slot = ref.id ? loader_push(L, &L->num_refs, sizeof ref)
				     : NULL;
	if (slot)
		*slot = ref;
	return ref.id;
}

static bool read_block(struct loader *L, const struct ynode *map,
		       struct block *b)
{
	static const char *const *const keys[] = {text_keys, heading_keys,
						  note_keys, disputed_keys,
						  gap_keys,  number_keys};
	static const enum block_kind kinds[] = {BLOCK_TEXT, BLOCK_HEADING,
						BLOCK_NOTE, BLOCK_DISPUTED,
						BLOCK_GAP,  BLOCK_NUMBER};
	int k = block_kind(L, map);
	if (k < 0)
		return false;
	loader_check_keys(L, map, keys[k]);
	b->kind = kinds[k];
	b->at = loader_origin(L, map);
	b->text = kinds[k] == BLOCK_GAP ? want_gap(L, map)
		  : kinds[k] == BLOCK_NUMBER
			  ? want_number_ref(L, map)
			  : want_string(L, map, block_kinds[k], true);
	if (b->kind == BLOCK_TEXT) {
		b->sources = want_sources(L, map);
		read_status(L, map, b);
	} else if (b->kind == BLOCK_DISPUTED) {
		read_versions(L, map, b);
		b->advice = want_string(L, map, "advice", false);
	} else if (b->kind == BLOCK_GAP) {
		b->sources = want_sources_opt(L, map, false);
	}
	return true;
}

/* What channels, categories and pages begin with: unknown keys reported,
 * then id, title and the optional summary (in that order, as are their
 * messages). */
static void read_head(struct loader *L, const struct ynode *map,
		      const char *const *keys, bool reserved_id,
		      const char **id, const char **title, const char **summary)
{
	loader_check_keys(L, map, keys);
	*id = loader_want_id(L, map, reserved_id);
	*title = want_string(L, map, "title", true);
	*summary = want_string(L, map, "summary", false);
}

static struct block_list want_blocks(struct loader *L, const struct ynode *map,
				     const char *key, bool required)
{
	struct block_list out = {0};
	const struct ynode *v;
	out.items = loader_want_items(L, map, key, required, YN_MAP,
				      sizeof *out.items, &v);
	if (!out.items)
		return out;
	for (size_t i = 0; i < v->count; i++)
		if (loader_item_is(L, v->kids[i], key, YN_MAP) &&
		    read_block(L, v->kids[i], &out.items[out.count]))
			out.count++;
	return out;
}

static const char *const item_keys[] = {"id",      "text",  "field",
					"blank",   "label", "phase",
					"sources", "kinds", NULL};

/* The channel kinds of content/README.md: which checklist items a channel
 * gets (an item's "kinds"). */
static const char *const channel_kinds[] = {
	"app-chat",  "web-chat",  "phone",  "callback", "form",
	"email",     "social",    "self",   "help",     "review",
	"authority", "corporate", "travel", "bank",     NULL};

static const char *want_kind(struct loader *L, const struct ynode *v)
{
	for (size_t k = 0; channel_kinds[k]; k++)
		if (!strcmp(v->text, channel_kinds[k]))
			return channel_kinds[k];
	report_node(L, v,
		    "неизвестный вид канала \"%s\": можно app-chat, web-chat, "
		    "phone, callback, form, email, social, self, help, review, "
		    "authority, corporate, travel, bank",
		    loader_show(L, v->text));
	return NULL;
}

/* An item's optional "kinds": the channel kinds it is printed for. */
static struct source_list want_item_kinds(struct loader *L,
					  const struct ynode *map)
{
	struct source_list out = {0};
	const struct ynode *v;
	out.ids = loader_want_items(L, map, "kinds", false, YN_SCALAR,
				    sizeof *out.ids, &v);
	for (size_t i = 0; out.ids && i < v->count; i++) {
		const struct ynode *n = v->kids[i];
		const char *kind = loader_item_is(L, n, "kinds", YN_SCALAR)
					   ? want_kind(L, n)
					   : NULL;
		if (kind)
			out.ids[out.count++] = kind;
	}
	return out;
}

/* A field's blank shapes (content/README.md), in enum blank_shape order. */
static const char *const blank_names[] = {"line",     "order", "date",
					  "datetime", "phone", "amount",
					  "code",     "text",  NULL};

/* "field: ID", "blank: SHAPE" and "label: WORDS" of a fill-in item. */
static void read_field(struct loader *L, const struct ynode *map,
		       struct check_item *it)
{
	const struct ynode *v = loader_want(L, map, "field", YN_SCALAR, false);
	const struct ynode *b = loader_want(L, map, "blank", YN_SCALAR, false);
	if (v && slug_ok(v->text) && strcmp(v->text, "true") &&
	    strcmp(v->text, "false")) {
		it->field = loader_keep(L, L->arena, v);
		it->label = loader_keep(L, L->arena,
					loader_want(L, map, "label", YN_SCALAR,
						    false));
	} else if (v) {
		report_node(
			L, v,
			"поле \"field\" — это имя поля (order, date, phone, "
			"amount…: строчные латинские буквы, цифры, дефис), а "
			"не \"%s\"",
			loader_show(L, v->text));
	}
	if (!v && (b || get(map, "label")))
		report_node(L, b ? b : get(map, "label"),
			    "\"blank\" и \"label\" бывают только у пункта с "
			    "\"field\"");
	for (size_t k = 0; b && blank_names[k]; k++)
		if (!strcmp(b->text, blank_names[k]))
			it->blank = (enum blank_shape)k;
	if (b && strcmp(b->text, blank_names[it->blank]))
		report_node(
			L, b,
			"неизвестная форма бланка \"%s\": можно line, order, "
			"date, datetime, phone, amount, code, text",
			loader_show(L, b->text));
}

static void read_item(struct loader *L, const struct ynode *map,
		      struct check_item *it)
{
	loader_check_keys(L, map, item_keys);
	it->id = loader_want_id(L, map, false);
	it->text = want_string(L, map, "text", true);
	it->at = loader_origin(L, map);
	read_field(L, map, it);
	const struct ynode *v = loader_want(L, map, "phase", YN_SCALAR, false);
	if (v && !strcmp(v->text, "after"))
		it->phase = PHASE_AFTER;
	else if (v && strcmp(v->text, "before"))
		report_node(L, v,
			    "неверный phase \"%s\": можно before или after",
			    loader_show(L, v->text));
	it->sources = want_sources(L, map);
	it->kinds = want_item_kinds(L, map);
}

/* Whether every "{" of a template opens a "{field-id}". */
static void check_placeholders(struct loader *L, const struct ynode *v)
{
	for (const char *p = v->text; (p = strchr(p, '{')) != NULL; p++) {
		size_t n =
			strspn(p + 1, "abcdefghijklmnopqrstuvwxyz0123456789-");
		if (n == 0 || p[1 + n] != '}') {
			report_node(
				L, v,
				"в шаблоне \"{\" открывает имя поля: {order}, "
				"{date}…");
			return;
		}
	}
}

static const char *want_template(struct loader *L, const struct ynode *map,
				 const char *key, bool required)
{
	const struct ynode *v = loader_want(L, map, key, YN_SCALAR, required);
	if (v)
		check_placeholders(L, v);
	return loader_keep(L, L->arena, v);
}

/* A category's optional "draft:" (content/README.md). */
static struct draft want_draft(struct loader *L, const struct ynode *map)
{
	static const char *const keys[] = {"subject", "happened", "tried",
					   "ask",     "attach",   NULL};
	struct draft d = {0};
	const struct ynode *m = loader_want(L, map, "draft", YN_MAP, false);
	if (!m)
		return d;
	loader_check_keys(L, m, keys);
	d.subject = want_template(L, m, "subject", true);
	d.happened = want_template(L, m, "happened", true);
	d.tried = want_template(L, m, "tried", false);
	d.ask = want_template(L, m, "ask", true);
	const struct ynode *v;
	d.attach.ids = loader_want_items(L, m, "attach", false, YN_SCALAR,
					 sizeof *d.attach.ids, &v);
	for (size_t i = 0; d.attach.ids && i < v->count; i++)
		if (loader_item_is(L, v->kids[i], "attach", YN_SCALAR))
			d.attach.ids[d.attach.count++] =
				loader_keep(L, L->arena, v->kids[i]);
	return d;
}

static int compare_refs(const void *a, const void *b)
{
	const struct id_ref *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (!c && x->at.line != y->at.line)
		c = x->at.line < y->at.line ? -1 : 1;
	if (!c && x->at.col != y->at.col)
		c = x->at.col < y->at.col ? -1 : 1;
	return c;
}

static int compare_ref_ptrs(const void *a, const void *b)
{
	return compare_refs(*(const struct id_ref *const *)a,
			    *(const struct id_ref *const *)b);
}

/* Reports ids written twice in one list (n may be large: sorted) and
 * drops the repeats from refs, so that a wrong id written a million
 * times costs one check later. Returns the count left. */
static size_t report_repeats(struct loader *L, struct id_ref *refs, size_t n)
{
	struct id_ref **sorted = malloc((n ? n : 1) * sizeof *sorted);
	if (!sorted) {
		L->nomem = true;
		return n;
	}
	for (size_t i = 0; i < n; i++)
		sorted[i] = &refs[i];
	qsort(sorted, n, sizeof *sorted, compare_ref_ptrs);
	for (size_t i = 1; i < n; i++) {
		const struct id_ref *first = sorted[i - 1];
		for (; i < n && !strcmp(sorted[i]->id, first->id); i++) {
			loader_report(
				L, L->file, sorted[i]->at.line,
				sorted[i]->at.col,
				"\"%s\" уже есть в этом списке (строка %u)",
				sorted[i]->id, first->at.line);
			sorted[i]->id = NULL;
		}
	}
	free(sorted);
	size_t kept = 0;
	for (size_t i = 0; i < n; i++)
		if (refs[i].id)
			refs[kept++] = refs[i];
	return kept;
}

static void check_item_repeats(struct loader *L, const struct check_list *l)
{
	struct id_ref *refs = malloc((l->count ? l->count : 1) * sizeof *refs);
	size_t n = 0;
	if (!refs) {
		L->nomem = true;
		return;
	}
	for (size_t i = 0; i < l->count; i++)
		if (l->items[i].id)
			refs[n++] =
				(struct id_ref){l->items[i].id, l->items[i].at};
	report_repeats(L, refs, n);
	free(refs);
}

static struct check_list want_checklist(struct loader *L,
					const struct ynode *map)
{
	struct check_list out = {0};
	const struct ynode *v;
	out.items = loader_want_items(L, map, "checklist", false, YN_MAP,
				      sizeof *out.items, &v);
	if (!out.items)
		return out;
	for (size_t i = 0; i < v->count; i++)
		if (loader_item_is(L, v->kids[i], "checklist", YN_MAP))
			read_item(L, v->kids[i], &out.items[out.count++]);
	check_item_repeats(L, &out);
	return out;
}

static void read_source(struct loader *L, const struct ynode *map)
{
	static const char *const keys[] = {"id", "title", "file", "note", NULL};
	struct source s = {0};
	loader_check_keys(L, map, keys);
	s.id = loader_want_id(L, map, false);
	s.title = want_string(L, map, "title", true);
	s.file = loader_keep(L, L->arena,
			     loader_want(L, map, "file", YN_SCALAR, false));
	s.note = want_string(L, map, "note", false);
	s.at = loader_origin(L, map);
	append(L, &L->sources, &s, sizeof s);
}

static void read_channel(struct loader *L, const struct ynode *map)
{
	static const char *const keys[] = {"id",       "title", "summary",
					   "kind",     "steps", "hours",
					   "response", "notes", "checklist",
					   NULL};
	struct channel ch = {0};
	read_head(L, map, keys, false, &ch.id, &ch.title, &ch.summary);
	const struct ynode *kind =
		loader_want(L, map, "kind", YN_SCALAR, false);
	ch.kind = kind ? want_kind(L, kind) : NULL;
	ch.steps = want_blocks(L, map, "steps", true);
	ch.hours = want_blocks(L, map, "hours", false);
	ch.response = want_blocks(L, map, "response", false);
	ch.notes = want_blocks(L, map, "notes", false);
	ch.checklist = want_checklist(L, map);
	ch.at = loader_origin(L, map);
	append(L, &L->channels, &ch, sizeof ch);
}

static struct cat_refs
read_channel_refs(struct loader *L, const struct ynode *map, const char *id)
{
	struct cat_refs out = {0};
	const struct ynode *v = loader_want(L, map, "channels", YN_SEQ, true);
	if (!v)
		return out;
	if (v->count == 0) {
		report_node(L, v, "у категории \"%s\" нет ни одного канала",
			    id ? id : "?");
		return out;
	}
	size_t n;
	struct id_ref *refs = unique_refs(L, v, "channels", L->scratch, &n);
	out.refs = refs ? arena_calloc(L->arena, n ? n : 1, sizeof *out.refs)
			: NULL;
	if (out.refs) {
		memcpy(out.refs, refs, n * sizeof *refs);
		out.count = n;
	} else if (refs) {
		L->nomem = true;
	}
	free(refs);
	return out;
}

static void read_category(struct loader *L, const struct ynode *map)
{
	static const char *const keys[] = {"id",       "title", "summary",
					   "channels", "notes", "checklist",
					   "draft",    NULL};
	struct category cat = {0};
	read_head(L, map, keys, true, &cat.id, &cat.title, &cat.summary);
	struct cat_refs refs = read_channel_refs(L, map, cat.id);
	cat.notes = want_blocks(L, map, "notes", false);
	cat.checklist = want_checklist(L, map);
	cat.draft = want_draft(L, map);
	cat.at = loader_origin(L, map);
	struct category *slot = loader_push(L, &L->categories, sizeof cat);
	struct cat_refs *rslot = loader_push(L, &L->cat_refs, sizeof refs);
	if (slot && rslot) {
		*slot = cat;
		*rslot = refs;
	}
}

static void read_page(struct loader *L, const struct ynode *map)
{
	static const char *const keys[] = {"id", "title", "summary", "body",
					   NULL};
	struct page p = {0};
	read_head(L, map, keys, true, &p.id, &p.title, &p.summary);
	p.body = want_blocks(L, map, "body", true);
	p.at = loader_origin(L, map);
	append(L, &L->pages, &p, sizeof p);
}

static void read_general(struct loader *L, const struct ynode *map)
{
	struct check_item it = {0};
	read_item(L, map, &it);
	append(L, &L->general, &it, sizeof it);
}

void loader_walk_file(struct loader *L, const struct ynode *root)
{
	static const char *const keys[] = {"sources", "channels",  "categories",
					   "pages",   "checklist", "numbers",
					   NULL};
	static void (*const readers[])(struct loader *,
				       const struct ynode *) = {
		read_source, read_channel, read_category,
		read_page,   read_general, loader_read_number};
	if (root->kind != YN_MAP) {
		if (root->kind != YN_BAD)
			report_node(L, root,
				    "файл должен быть словарём с ключами "
				    "sources, channels, categories, pages, "
				    "checklist, numbers, а не %s",
				    kind_name(root));
		return;
	}
	loader_check_keys(L, root, keys);
	for (size_t k = 0; keys[k] && !L->nomem; k++) {
		const struct ynode *v =
			loader_want(L, root, keys[k], YN_SEQ, false);
		for (size_t i = 0; v && i < v->count && !L->nomem; i++)
			if (loader_item_is(L, v->kids[i], keys[k], YN_MAP))
				readers[k](L, v->kids[i]);
	}
}
