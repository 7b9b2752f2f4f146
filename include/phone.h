/* SPDX-License-Identifier: MIT */
/* phone.h - phone numbers: any spelling to digits, the content's number
 * records (content.h) looked up by digits, and the verdict «what the
 * sources say about this number», which --number, search and the
 * navigator all show.
 *
 * A spelling is digits with any of: spaces, no-break and thin spaces,
 * '-', the dashes U+2010-U+2015 and U+2212, '(', ')', '.', and one
 * leading '+'. 8XXXXXXXXXX, 7XXXXXXXXXX and ten digits are a Russian
 * number (+7...); 7 to 9 digits are the tail of one (555-34-34). */
#ifndef HELPNAV_PHONE_H
#define HELPNAV_PHONE_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

struct arena;

enum {
	PHONE_TAIL_MIN = 7,   /* fewer digits are not a number */
	PHONE_DIGITS_MAX = 15 /* E.164's longest number */
};

struct phone_query {
	/* E.164 digits without '+' ("78005553434"), or a tail's digits */
	char digits[PHONE_DIGITS_MAX + 1];
	size_t len;
	bool whole; /* a whole number, not just its tail */
};

/* text as a phone number: HN_OK and *q set, or HN_INVALID when it is not
 * one (letters, too few or too many digits, a '+' inside). */
int phone_parse(const char *text, struct phone_query *q);

/* Whether s is an E.164 number: '+', then 8 to 15 digits, not from 0. */
bool phone_e164_ok(const char *s);

/* Whether record r is the number q (all of it, or q's tail of it). A
 * record with no number matches nothing. */
bool phone_matches(const struct phone_query *q, const struct number_record *r);

/* The first record of c after index *i that q matches, or NULL; *i is
 * then its index + 1. Start with *i = 0. */
const struct number_record *phone_next(const struct content *c,
				       const struct phone_query *q, size_t *i);

/* The next phone-number-shaped run (ten digits or more) in text[0..len),
 * from *off: HN_OK with *start and *run_len set and *off past it, or
 * HN_INVALID when there is none. For the check that prose names no number
 * without a record. */
int phone_find_in_text(const char *text, size_t len, size_t *off, size_t *start,
		       size_t *run_len, struct phone_query *q);

/* The status as a short Russian phrase, "спорный номер" (translated). */
const char *phone_status_label(enum number_status s);

/* The verdict on q as blocks (content.h), allocated in a: for each record
 * q matches, what it is said to be, its status and what each source says;
 * for none, that no source names it and what that does and does not mean,
 * with the records no source writes out (the chat's temporary number...);
 * then helpnav's advice. *found is set when a record matched. HN_OK or
 * HN_NOMEM. The blocks point into c and a. */
int phone_verdict(const struct content *c, const struct phone_query *q,
		  struct arena *a, struct block_list *out, bool *found);

/* The card search shows first: phone_verdict without the advice and
 * without the explanation of an unknown number (one line says no source
 * names it). */
int phone_card(const struct content *c, const struct phone_query *q,
	       struct arena *a, struct block_list *out, bool *found);

/* "8 800 555-34-34 — <title> (<status>)" in a, or NULL when out of
 * memory: a number block's line on a page, in print and in search. The
 * status is translated unless translate is false (the search fields,
 * which a pack cache keeps whatever the language). */
const char *phone_record_line(const struct number_record *r, struct arena *a,
			      bool translate);

/* "8 800 555-34-34": how the first source writes r's number, else its
 * E.164 form, else its title. */
const char *phone_record_name(const struct number_record *r);

#endif
