/* SPDX-License-Identifier: MIT */
/* phone.c - phone numbers: spellings to digits, lookup in the content's
 * number records, and the verdict blocks (phone.h). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "phone.h"
#include "status.h"
#include "text.h"

/* Characters a pasted number may carry between its digits. */
static bool separator(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '-' || cp == '(' || cp == ')' ||
	       cp == '.' || cp == 0x00A0 || cp == 0x2007 || cp == 0x2009 ||
	       cp == 0x202F || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* The digits as E.164 (Russian prefixes made +7) or a tail. */
static int finish_digits(struct phone_query *q, bool plus)
{
	if (q->len < PHONE_TAIL_MIN)
		return HN_INVALID;
	if (plus) {
		q->whole = true;
		return q->digits[0] != '0' ? HN_OK : HN_INVALID;
	}
	if (q->len == 11 && (q->digits[0] == '8' || q->digits[0] == '7')) {
		q->digits[0] = '7';
		q->whole = true;
	} else if (q->len == 10) {
		memmove(q->digits + 1, q->digits, q->len + 1);
		q->digits[0] = '7';
		q->len++;
		q->whole = true;
	} else if (q->len > 10) {
		return HN_INVALID; /* a foreign number needs its '+' */
	}
	return HN_OK;
}

int phone_parse(const char *text, struct phone_query *q)
{
	memset(q, 0, sizeof *q);
	size_t n = strlen(text);
	bool plus = false, seen = false;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t step = utf8_decode(text + i, n - i, &cp);
		i += step;
		if (cp >= '0' && cp <= '9') {
			if (q->len == PHONE_DIGITS_MAX)
				return HN_INVALID;
			q->digits[q->len++] = (char)cp;
			seen = true;
		} else if (cp == '+' && !seen && !plus) {
			plus = true;
		} else if (!separator(cp)) {
			return HN_INVALID;
		}
	}
	return finish_digits(q, plus);
}

bool phone_e164_ok(const char *s)
{
	if (s[0] != '+' || s[1] < '1' || s[1] > '9')
		return false;
	size_t n = 0;
	for (s++; *s; s++, n++)
		if (*s < '0' || *s > '9')
			return false;
	return n >= 8 && n <= PHONE_DIGITS_MAX;
}

bool phone_matches(const struct phone_query *q, const struct number_record *r)
{
	if (!r->number)
		return false;
	const char *digits = r->number + 1;
	size_t n = strlen(digits);
	if (q->whole)
		return n == q->len && !memcmp(digits, q->digits, n);
	return q->len <= n && !memcmp(digits + n - q->len, q->digits, q->len);
}

const struct number_record *phone_next(const struct content *c,
				       const struct phone_query *q, size_t *i)
{
	for (; *i < c->number_count; (*i)++)
		if (phone_matches(q, &c->numbers[*i]))
			return &c->numbers[(*i)++];
	return NULL;
}

static bool digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Bytes of the separator at s (one character), or 0. */
static size_t separator_at(const char *s, size_t len)
{
	uint32_t cp;
	size_t n = utf8_decode(s, len, &cp);
	return separator(cp) && cp != '.' && cp != '\t' ? n : 0;
}

/* The end of the digit run at text[i], separators between digits
 * included; *digits counts them. */
static size_t run_end(const char *text, size_t len, size_t i, size_t *digits)
{
	size_t end = i;
	*digits = 0;
	while (i < len) {
		if (digit(text[i])) {
			(*digits)++;
			end = ++i;
			continue;
		}
		size_t sep = separator_at(text + i, len - i);
		if (!sep)
			break;
		i += sep;
		if (text[i - 1] == ')' || text[i - 1] == '(')
			continue;
		while (i < len && text[i] == ' ')
			i++;
	}
	return end;
}

int phone_find_in_text(const char *text, size_t len, size_t *off, size_t *start,
		       size_t *run_len, struct phone_query *q)
{
	enum { WHOLE_MIN = 10 }; /* shorter runs are times, sums, dates */
	for (size_t i = *off; i < len; i++) {
		if (!digit(text[i]) || (i > 0 && digit(text[i - 1])))
			continue;
		size_t digits, end = run_end(text, len, i, &digits);
		size_t from = i > 0 && text[i - 1] == '+' ? i - 1 : i;
		*off = end;
		if (digits < WHOLE_MIN)
			continue;
		char buf[64];
		size_t n = end - from < sizeof buf ? end - from : 0;
		memcpy(buf, text + from, n);
		buf[n] = '\0';
		if (n == 0 || phone_parse(buf, q) != HN_OK)
			memset(q, 0,
			       sizeof *q); /* shaped like one, but too long */
		*start = from;
		*run_len = end - from;
		return HN_OK;
	}
	*off = len;
	return HN_INVALID;
}

/* In enum number_status order; translated where shown. */
static const char *const status_texts[] = {
	N_("спорный номер: его называет одна статья, а другая пишет, что "
	   "телефона поддержки у Ozon нет"),
	N_("не подтверждён: его называет только одна статья"),
	N_("не для покупателей: это не служба поддержки"),
	N_("временный номер: действует только в одном сеансе чата"),
	N_("для продавцов, и то спорный: другая статья пишет, что телефона "
	   "нет и у продавцов"),
	N_("Ozon Банк: сами номера в источниках не сохранились"),
	N_("Ozon Travel: номер — в вашем электронном билете"),
};

static const char *status_text(enum number_status s, bool translate)
{
	size_t i = (size_t)s;
	if (i >= sizeof status_texts / sizeof *status_texts)
		return "";
	return translate ? _(status_texts[i]) : status_texts[i];
}

const char *phone_status_label(enum number_status s)
{
	return status_text(s, true);
}

const char *phone_record_line(const struct number_record *r, struct arena *a,
			      bool translate)
{
	const char *name = phone_record_name(r);
	const char *status = status_text(r->status, translate);
	size_t len = strlen(name) + strlen(r->title) + strlen(status) + 16;
	char *out = arena_alloc(a, len);
	if (out)
		snprintf(out, len, "%s — %s (%s)", name, r->title, status);
	return out;
}

const char *phone_record_name(const struct number_record *r)
{
	if (r->written.count)
		return r->written.ids[0];
	return r->number ? r->number : r->title;
}
