/* SPDX-License-Identifier: MIT */
/* test_loader - the loader on a valid pack and on every kind of bad input,
 * with the exact messages and their line:column. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "loader.h"
#include "search.h"
#include "status.h"

#include "check.h"
#include "test_util.h"

#define FIXTURES HELPNAV_SOURCE_DIR "/tests/fixtures"

static char *read_all(const char *path, size_t *length)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = malloc(1 << 20);
	*length = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
	if (buf)
		buf[*length] = '\0';
	fclose(f);
	return buf;
}

static const char *const base_names[] = {"10-sources.yaml", "20-channels.yaml",
					 "30-categories.yaml", "40-pages.yaml",
					 "50-numbers.yaml"};
enum { BASE = 5 };

struct pack {
	struct content_file files[BASE + 4];
	char names[BASE + 4][128];
	char *data[BASE + 4];
	size_t count;
};

static void pack_add(struct pack *p, const char *dir, const char *name)
{
	char path[512];
	snprintf(path, sizeof path, FIXTURES "/%s/%s", dir, name);
	size_t i = p->count++;
	snprintf(p->names[i], sizeof p->names[i], "%s/%s", dir, name);
	p->data[i] = read_all(path, &p->files[i].length);
	p->files[i].name = p->names[i];
	p->files[i].data = p->data[i];
	if (!p->data[i])
		printf("cannot read %s\n", path);
}

static void pack_base(struct pack *p)
{
	p->count = 0;
	for (int i = 0; i < BASE; i++)
		pack_add(p, "pack-small", base_names[i]);
}

static void pack_free(struct pack *p)
{
	for (size_t i = 0; i < p->count; i++)
		free(p->data[i]);
}

/* The base pack plus one bad file: exactly the expected messages. */
static void test_bad_fixture(const char *name)
{
	struct pack p;
	pack_base(&p);
	pack_add(&p, "loader/bad", name);
	char expect_path[512];
	snprintf(expect_path, sizeof expect_path,
		 FIXTURES "/loader/bad/%.*s"
			  ".expect",
		 (int)(strlen(name) - 5), name);
	size_t n;
	char *want = read_all(expect_path, &n);
	struct content *c = (struct content *)&p;
	struct diag_list d = {0};
	int status = loader_load_files(p.files, p.count, &c, &d);
	CHECK(status == HN_INVALID);
	CHECK(c == NULL);
	char *got = test_diags_printed(&d);
	CHECK_EQ_STR_MSG(got, want ? want : "(no .expect file)\n", name);
	free(got);
	free(want);
	diag_list_free(&d);
	pack_free(&p);
}

static void test_bad_fixtures(void)
{
	DIR *dir = opendir(FIXTURES "/loader/bad");
	CHECK(dir != NULL);
	int count = 0;
	struct dirent *e;
	while (dir && (e = readdir(dir))) {
		size_t n = strlen(e->d_name);
		if (n > 5 && !strcmp(e->d_name + n - 5, ".yaml")) {
			test_bad_fixture(e->d_name);
			count++;
		}
	}
	if (dir)
		closedir(dir);
	CHECK(count >= 19);
}

/* One in-memory file after the base pack; returns its printed diags. */
static char *load_extra(const char *text, size_t length, int *status)
{
	struct pack p;
	pack_base(&p);
	size_t i = p.count++;
	p.files[i] = (struct content_file){"x.yaml", text, length};
	p.data[i] = NULL;
	struct content *c = NULL;
	struct diag_list d = {0};
	*status = loader_load_files(p.files, p.count, &c, &d);
	char *got = test_diags_printed(&d);
	content_free(c);
	diag_list_free(&d);
	pack_free(&p);
	return got;
}

static void expect_extra(const char *text, size_t length, const char *want)
{
	int status;
	char *got = load_extra(text, length, &status);
	CHECK(status == HN_INVALID);
	CHECK_EQ_STR_MSG(got, want, want);
	free(got);
}

#define EXPECT(lit, want) expect_extra((lit), sizeof(lit) - 1, (want))

static void test_bytes(void)
{
	EXPECT("", "x.yaml: файл пуст\n");
	EXPECT("pages:\n  - id: tips\n    title: Сов\xff\n",
	       "x.yaml:3:15: неверная кодировка: файл должен быть в UTF-8\n");
	EXPECT("pages:\n  - id: tips\n    title: Сов\x01ты\n",
	       "x.yaml:3:15: недопустимый управляющий символ U+0001\n");
	EXPECT("pages:\n  - id: tips\n    title: \"Сов\\0ты\"\n"
	       "    body: [{note: x}]\n",
	       "x.yaml:3:12: недопустимый символ NUL (U+0000) в тексте\n");
	EXPECT("pages:\n  - id: tips\n    title: \"\\e[31mКрасный\"\n"
	       "    body: [{note: x}]\n",
	       "x.yaml:3:12: недопустимый управляющий символ U+001B в "
	       "тексте\n");
	EXPECT("pages:\n  - id: tips\n    title: \"\\u0085Сов\\u009bты\"\n"
	       "    body: [{note: x}]\n",
	       "x.yaml:3:12: недопустимый управляющий символ U+0085 в "
	       "тексте\n");
	EXPECT("pages:\n  - id: \"a\\nb\"\n    title: Т\n"
	       "    body: [{note: x}]\n",
	       "x.yaml:2:9: неверный id \"a\\nb\": можно только строчные "
	       "латинские буквы, цифры и дефис\n");
	EXPECT("pages:\n  - id: tips\n    title: Т\n    body: [{note: x}]\n"
	       "    \"с\\tтабуляцией\": 1\n",
	       "x.yaml:5:5: неизвестный ключ \"с\\tтабуляцией\"\n");
	EXPECT("\xEF\xBB\xBFpages:\r\n  - id: tips\r\n    title: \xC0\r\n",
	       "x.yaml:3:12: неверная кодировка: файл должен быть в UTF-8\n");
	EXPECT("pages: [\xC3\xC3]\n",
	       "x.yaml:1:9: неверная кодировка: файл должен быть в UTF-8\n");
	EXPECT("pages: [\xE2\x82]\n",
	       "x.yaml:1:9: неверная кодировка: файл должен быть в UTF-8\n");
	EXPECT("\xFF\xFEp\0a\0",
	       "x.yaml:1:1: неверная кодировка: файл должен быть в UTF-8\n");
	/* A tab and a newline are fine in text. */
	int status;
	const char *ok = "pages:\n  - id: tips\n    title: \"a\\tb\"\n"
			 "    body: [{note: \"x\\ny\"}]\n";
	char *got = load_extra(ok, strlen(ok), &status);
	CHECK(status == HN_OK);
	CHECK_EQ_STR_MSG(got, "", "tab and newline");
	free(got);
	ok = "\xEF\xBB\xBFpages:\r\n  - id: tips\r\n    title: Т\r\n"
	     "    body: [{note: x}]\r\n";
	got = load_extra(ok, strlen(ok), &status);
	CHECK(status == HN_OK);
	CHECK_EQ_STR_MSG(got, "", "byte order mark and CRLF");
	free(got);
}

static void test_too_big(void)
{
	size_t big = LOADER_MAX_FILE_BYTES + 1;
	char *data = malloc(big);
	memset(data, '#', big);
	int status;
	char *got = load_extra(data, big, &status);
	CHECK(status == HN_INVALID);
	CHECK_EQ_STR_MSG(got,
			 "x.yaml: файл слишком большой: 4194305 байт, можно "
			 "не больше 4194304\n",
			 "too big");
	free(got);
	free(data);
}

/* A syntax error stops its own file only. */
static void test_errors_in_several_files(void)
{
	struct pack p;
	pack_base(&p);
	pack_add(&p, "loader/bad", "syntax-error.yaml");
	pack_add(&p, "loader/bad", "no-channel.yaml");
	struct content *c = NULL;
	struct diag_list d = {0};
	CHECK(loader_load_files(p.files, p.count, &c, &d) == HN_INVALID);
	CHECK(d.count == 2);
	CHECK(d.count == 2 && strstr(d.items[0].file, "no-channel"));
	CHECK(d.count == 2 && strstr(d.items[1].file, "syntax-error"));
	diag_list_free(&d);
	pack_free(&p);
}

static void test_no_files(void)
{
	struct content *c = NULL;
	struct diag_list d = {0};
	CHECK(loader_load_files(NULL, 0, &c, &d) == HN_INVALID);
	char *got = test_diags_printed(&d);
	CHECK_EQ_STR_MSG(got,
			 "content: нет ни одного файла с содержимым (*.yaml)\n",
			 "no files");
	free(got);
	diag_list_free(&d);
	struct content_file only = {"a.yaml", "pages: []\n", 10};
	CHECK(loader_load_files(&only, 1, &c, &d) == HN_INVALID);
	got = test_diags_printed(&d);
	CHECK_EQ_STR_MSG(got, "a.yaml: в наборе нет ни одной категории\n",
			 "no categories");
	free(got);
	diag_list_free(&d);
}

static const struct text_field *find_field(const struct content *c,
					   const char *path, const char *text)
{
	for (size_t i = 0; i < c->field_count; i++)
		if (!strcmp(c->fields[i].path, path) &&
		    !strcmp(c->fields[i].text, text))
			return &c->fields[i];
	return NULL;
}

static void check_records(const struct content *c)
{
	CHECK(c->source_count == 2 && c->channel_count == 3);
	CHECK(c->category_count == 3 && c->page_count == 2);
	CHECK(c->general.count == 3);
	CHECK(!strcmp(c->sources[0].id, "000"));
	CHECK(!strcmp(c->sources[0].file, "000_test.txt"));
	CHECK(c->sources[1].note == NULL && c->sources[1].file == NULL);
	const struct category *r = content_find_category(c, "returns");
	CHECK(r && r == &c->categories[1]);
	CHECK(r && r->channel_count == 2 &&
	      r->channels[0] == content_find_channel(c, "chat") &&
	      r->channels[1] == content_find_channel(c, "form"));
	CHECK(r && r->checklist.count == 2 && r->notes.count == 1);
	CHECK(r && r->at.line == 7 && r->at.col == 5 &&
	      !strcmp(r->at.file, "pack-small/30-categories.yaml"));
	CHECK(c->categories[2].summary == NULL);
	CHECK(c->general.items[0].field && !c->general.items[1].field);
	CHECK(c->general.items[2].phase == PHASE_AFTER);
	CHECK(c->general.items[0].sources.count == 2 &&
	      !strcmp(c->general.items[0].sources.ids[1], "001"));
	CHECK(content_find_source(c, "001") == &c->sources[1]);
	CHECK(content_find_page(c, "escalation") == &c->pages[1]);
	CHECK(content_find_page(c, "returns") == NULL);
	CHECK(content_find_channel(c, "returns") == NULL);
}

static void check_blocks(const struct content *c)
{
	const struct channel *chat = content_find_channel(c, "chat");
	CHECK(chat->steps.count == 3 &&
	      chat->steps.items[2].kind == BLOCK_NOTE);
	const struct block *d = &chat->response.items[0];
	CHECK(d->kind == BLOCK_DISPUTED && d->version_count == 2);
	CHECK(!strcmp(d->text, "Как быстро отвечает оператор"));
	CHECK(!strcmp(d->versions[1].sources.ids[0], "001"));
	CHECK(d->versions[1].at.line == 19 && d->versions[1].at.col == 13);
	CHECK(!strcmp(d->advice, "Рассчитывайте на четверть часа."));
	const struct channel *cb = content_find_channel(c, "callback");
	CHECK(cb->steps.items[0].kind == BLOCK_HEADING);
	CHECK(cb->notes.items[0].status == CLAIM_UNCONFIRMED);
	CHECK(cb->steps.items[1].status == CLAIM_PLAIN);
	CHECK(cb->checklist.count == 2 &&
	      cb->checklist.items[1].phase == PHASE_AFTER);
	const struct page *fraud = content_find_page(c, "fraud");
	CHECK(fraud->body.count == 3 &&
	      fraud->body.items[2].kind == BLOCK_DISPUTED);
}

/* Whether pattern matches, in c's search corpus, the row of text (ё is
 * folded there, not in the content). */
static bool found_in(const struct content *c, const char *pattern,
		     const char *text)
{
	struct corpus *k = NULL;
	struct search_query *q = NULL;
	struct search_error err;
	struct search_result r = {0};
	bool found = false;
	if (corpus_build(c, &k) == HN_OK &&
	    search_compile(pattern, strlen(pattern), &q, &err) == HN_OK &&
	    search_run(q, k, 0, &r, &err) == HN_OK)
		for (size_t i = 0; i < r.count && !found; i++)
			found = !strcmp(corpus_field(k, r.hits[i].row).text,
					text);
	search_result_free(&r);
	search_free(q);
	corpus_free(k);
	return found;
}

static void check_fields(const struct content *c)
{
	CHECK(c->field_count == 46);
	CHECK(!strcmp(c->fields[0].path, "orders") &&
	      !strcmp(c->fields[0].field, "title"));
	const struct text_field *f =
		find_field(c, "channels/chat", "Работает круглосуточно.");
	CHECK(f && !strcmp(f->field, "hours"));
	f = find_field(c, "channels/chat", "Ответ приходит почти сразу.");
	CHECK(f && !strcmp(f->field, "response"));
	f = find_field(c, "channels/chat/checklist", "Номер заказа");
	CHECK(f && !strcmp(f->field, "checklist"));
	f = find_field(c, "returns/chat/checklist", "Фото товара и упаковки");
	CHECK(f && !strcmp(f->field, "checklist"));
	f = find_field(c, "sources", "Короткая справка о чате поддержки");
	CHECK(f && !strcmp(f->field, "title"));
	f = find_field(c, "fraud", "Главное правило");
	CHECK(f && !strcmp(f->field, "body"));
	f = find_field(c, "escalation", "Если вопрос не решён");
	CHECK(f && found_in(c, "решен", f->text));
	f = find_field(c, "escalation",
		       "Ёлки-палки: ещё раз опишите проблему и приложите её "
		       "номер.");
	CHECK(f && f->length == strlen(f->text) &&
	      found_in(c,
		       "^Елки-палки: еще раз опишите проблему и "
		       "приложите ее номер\\.$",
		       f->text));
	CHECK(find_field(c, "channels/form", "Форма обратной связи на сайте") !=
	      NULL);
	/* A channel's own text is found once, under channels/ID. */
	CHECK(!find_field(c, "returns/chat", "Работает круглосуточно."));
}

static void test_valid_pack(void)
{
	struct content *c = NULL;
	struct diag_list d = {0};
	int status = loader_load_dir(FIXTURES "/pack-small", &c, &d);
	CHECK(status == HN_OK);
	CHECK(d.count == 0);
	if (d.count)
		diag_list_print(&d, stdout);
	diag_list_free(&d);
	if (!c)
		return;
	content_free(c);
	struct pack p;
	pack_base(&p);
	status = loader_load_files(p.files, p.count, &c, &d);
	CHECK(status == HN_OK && c != NULL);
	if (c) {
		check_records(c);
		check_blocks(c);
		check_fields(c);
	}
	content_free(c);
	diag_list_free(&d);
	pack_free(&p);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static char *dir_load(const char *dir, int want_status)
{
	struct content *c = NULL;
	struct diag_list d = {0};
	int status = loader_load_dir(dir, &c, &d);
	if (!CHECK_MSG(status == want_status, "dir status"))
		printf("  %s: status %d, want %d\n", dir, status, want_status);
	CHECK((c != NULL) == (status == HN_OK));
	char *got = test_diags_printed(&d);
	content_free(c);
	diag_list_free(&d);
	return got;
}

static void test_dir_special(const char *tmp)
{
	char path[600], want[1400];
	snprintf(path, sizeof path, "%s/z.yaml", tmp);
	CHECK(mkdir(path, 0700) == 0);
	snprintf(path, sizeof path, "%s/y.yaml", tmp);
	CHECK(mkfifo(path, 0600) == 0);
	char *got = dir_load(tmp, HN_IO);
	snprintf(want, sizeof want,
		 "%s/y.yaml: это не обычный файл\n"
		 "%s/z.yaml: это каталог, а не файл\n",
		 tmp, tmp);
	CHECK_EQ_STR_MSG(got, want, "fifo and directory");
	free(got);
	unlink(path);
	snprintf(path, sizeof path, "%s/z.yaml", tmp);
	rmdir(path);
}

static void test_dir_many(const char *tmp)
{
	char path[600], want[700];
	for (int i = 0; i <= LOADER_MAX_FILES; i++) {
		snprintf(path, sizeof path, "%s/%04d.yaml", tmp, i);
		write_file(path, "pages: []\n");
	}
	char *got = dir_load(tmp, HN_IO);
	snprintf(want, sizeof want,
		 "%s: слишком много файлов *.yaml: больше "
		 "1000\n",
		 tmp);
	CHECK_EQ_STR_MSG(got, want, "too many files");
	free(got);
	for (int i = 0; i <= LOADER_MAX_FILES; i++) {
		snprintf(path, sizeof path, "%s/%04d.yaml", tmp, i);
		unlink(path);
	}
}

/* A file over the cap is not read; the other files are still checked. */
static void test_dir_big(const char *tmp)
{
	char path[600], want[1400];
	snprintf(path, sizeof path, "%s/a.yaml", tmp);
	int fd = open(path, O_WRONLY | O_CREAT, 0600);
	CHECK(fd >= 0 && ftruncate(fd, 5 * 1024 * 1024) == 0);
	if (fd >= 0)
		close(fd);
	snprintf(path, sizeof path, "%s/b.yaml", tmp);
	write_file(path, "pages:\n  - id: x\n");
	char *got = dir_load(tmp, HN_INVALID);
	snprintf(want, sizeof want,
		 "%s/a.yaml: файл слишком большой: 5242880 байт, можно не "
		 "больше 4194304\n"
		 "%s/b.yaml:2:5: нет обязательного поля \"title\"\n"
		 "%s/b.yaml:2:5: нет обязательного поля \"body\"\n",
		 tmp, tmp, tmp);
	CHECK_EQ_STR_MSG(got, want, "big file");
	free(got);
	unlink(path);
	snprintf(path, sizeof path, "%s/a.yaml", tmp);
	unlink(path);
}

static void test_dir_errors(void)
{
	char *got = dir_load("/nonexistent-helpnav", HN_IO);
	CHECK_EQ_STR_MSG(
		got,
		"/nonexistent-helpnav: не удаётся открыть каталог: нет "
		"такого файла или каталога\n",
		"missing dir");
	free(got);
	char tmp[] = "/tmp/test_loader.XXXXXX";
	if (!CHECK_MSG(mkdtemp(tmp) != NULL, "mkdtemp"))
		return;
	char want[700], path[600];
	got = dir_load(tmp, HN_INVALID);
	snprintf(want, sizeof want, "%s: в каталоге нет файлов *.yaml\n", tmp);
	CHECK_EQ_STR_MSG(got, want, "empty dir");
	free(got);
	snprintf(path, sizeof path, "%s/notes.txt", tmp);
	write_file(path, "не YAML");
	snprintf(path, sizeof path, "%s/.hidden.yaml", tmp);
	write_file(path, "{{{");
	got = dir_load(tmp, HN_INVALID);
	CHECK_EQ_STR_MSG(got, want, "only other files");
	free(got);
	unlink(path);
	snprintf(path, sizeof path, "%s/notes.txt", tmp);
	unlink(path);
	test_dir_special(tmp);
	test_dir_big(tmp);
	test_dir_many(tmp);
	CHECK(rmdir(tmp) == 0);
}

/* The built-in pack is being written: it must load or give errors, never
 * crash, and an error always comes with a message. */
static void test_builtin(void)
{
	struct content *c = NULL;
	struct diag_list d = {0};
	int status = loader_load_builtin(&c, &d);
	CHECK(status == HN_OK || status == HN_INVALID);
	CHECK((status == HN_OK) == (c != NULL));
	CHECK(status == HN_OK || d.count > 0);
	content_free(c);
	diag_list_free(&d);
}

/* A channel's kind, an item's kinds and a gap, as the loader gives them:
 * a gap's text says it is one, so it reads the same when searched. */
static void test_kinds_and_gap(void)
{
	static const char text[] =
		"channels:\n  - id: zz\n    title: Т\n    kind: phone\n"
		"    steps:\n      - gap: адрес.\n"
		"checklist:\n  - id: zz-item\n    text: П\n"
		"    sources: [\"000\"]\n    kinds: [phone, app-chat]\n";
	struct pack p;
	pack_base(&p);
	size_t i = p.count++;
	p.files[i] = (struct content_file){"x.yaml", text, sizeof text - 1};
	p.data[i] = NULL;
	struct content *c = NULL;
	struct diag_list d = {0};
	CHECK(loader_load_files(p.files, p.count, &c, &d) == HN_OK);
	const struct channel *ch = c ? content_find_channel(c, "zz") : NULL;
	CHECK(ch && ch->kind && strcmp(ch->kind, "phone") == 0);
	CHECK(ch && ch->steps.count == 1 &&
	      ch->steps.items[0].kind == BLOCK_GAP &&
	      strcmp(ch->steps.items[0].text,
		     "В источниках не указано: адрес.") == 0 &&
	      ch->steps.items[0].sources.count == 0);
	const struct check_item *it =
		c ? &c->general.items[c->general.count - 1] : NULL;
	CHECK(it && strcmp(it->id, "zz-item") == 0 && it->kinds.count == 2 &&
	      strcmp(it->kinds.ids[1], "app-chat") == 0);
	content_free(c);
	diag_list_free(&d);
	pack_free(&p);
}

static const struct check_case all_cases[] = {
	CHECK_CASE(test_valid_pack),
	CHECK_CASE(test_bad_fixtures),
	CHECK_CASE(test_bytes),
	CHECK_CASE(test_too_big),
	CHECK_CASE(test_errors_in_several_files),
	CHECK_CASE(test_no_files),
	CHECK_CASE(test_dir_errors),
	CHECK_CASE(test_builtin),
	CHECK_CASE(test_kinds_and_gap),
};

CHECK_SUITE(all_cases, NULL, NULL);
