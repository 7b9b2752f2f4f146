/* SPDX-License-Identifier: MIT */
/* content.h - the content model: sources, channels, categories, pages and
 * checklist items, as loaded from a content pack (see content/README.md).
 *
 * Ownership: a struct content owns every string and array reachable from it
 * (they live in its arena); nothing is freed separately. content_free
 * releases it all. Pointers between records (a category's channels) point
 * into the same content. */
#ifndef HELPNAV_CONTENT_H
#define HELPNAV_CONTENT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct lemma_map;

/* Where a record or claim was written, for messages. */
struct origin {
	const char *file;
	unsigned line, col;
};

struct source_list {
	const char **ids; /* source ids, e.g. "000" */
	size_t count;
};

enum claim_status {
	CLAIM_PLAIN = 0,
	CLAIM_UNCONFIRMED,   /* status: unconfirmed */
	CLAIM_NOT_FOR_USERS, /* status: not-for-customers (corporate addresses) */
};

struct claim_version {
	const char *text;
	struct source_list sources;
	struct origin at;
};

enum block_kind {
	BLOCK_TEXT,     /* a claim: text + sources (+ status) */
	BLOCK_HEADING,  /* a sub-heading inside a page; no sources */
	BLOCK_NOTE,     /* helpnav's own advice; shown as ours, no sources */
	BLOCK_DISPUTED, /* the sources disagree: topic + versions side by side */
	BLOCK_GAP,      /* what the sources leave out, never advice: the loader
		      makes its text «В источниках не указано: …»; sources
		      optional */
	BLOCK_NUMBER,   /* a phone number's record shown in place: text is
			   the record's id (content_find_number) */
};

struct block {
	enum block_kind kind;
	/* TEXT: the claim; HEADING, NOTE: the text; DISPUTED: the topic
	 * ("Есть ли горячая линия") */
	const char *text;
	struct source_list sources;     /* TEXT; GAP: optional */
	enum claim_status status;       /* TEXT only */
	struct claim_version *versions; /* DISPUTED only, count >= 2 */
	size_t version_count;
	const char *advice; /* DISPUTED: optional helpnav advice, else NULL */
	struct origin at;
};

struct block_list {
	struct block *items;
	size_t count;
};

enum check_phase {
	PHASE_BEFORE = 0, /* have it ready before contacting support */
	PHASE_AFTER,      /* record it after the contact */
};

/* What a field's blank on paper is sized for (content/README.md). */
enum blank_shape {
	BLANK_LINE = 0, /* a short answer on one line (the default) */
	BLANK_ORDER,    /* an order number */
	BLANK_DATE,
	BLANK_DATETIME,
	BLANK_PHONE,
	BLANK_AMOUNT, /* a sum of money */
	BLANK_CODE,   /* a short code: card digits, an article */
	BLANK_TEXT,   /* free text: several full-width ruled lines */
	BLANK_SHAPES
};

struct check_item {
	const char *id;   /* slug, unique in a merged checklist */
	const char *text; /* "Номер заказа" */
	/* A fill-in blank's stable field id ("order", "date"; --field
	 * order=...), or NULL for an item that is only ticked. */
	const char *field;
	const char *label;      /* field: the draft's placeholder words */
	enum blank_shape blank; /* field: the blank's shape */
	enum check_phase phase;
	struct source_list sources;
	struct origin at;
	/* The channel kinds ("app-chat", "phone"...) the item applies to;
	 * none: every channel. Same shape as a source list. */
	struct source_list kinds;
};

struct check_list {
	struct check_item *items;
	size_t count;
};

struct source {
	const char *id;    /* "000" */
	const char *title; /* short human title */
	const char *file;  /* the seed file name, or NULL */
	const char *note;  /* reliability note, or NULL */
	struct origin at;
};

/* A phone number the sources name, declared once (content/README.md,
 * "numbers"); phone.h looks numbers up in these. */
enum number_status {
	NUMBER_DISPUTED,          /* a support line one source gives and
				     another denies exists */
	NUMBER_UNCONFIRMED,       /* one source, nobody contradicts it */
	NUMBER_NOT_FOR_CUSTOMERS, /* real, but not support (the office) */
	NUMBER_TEMPORARY,         /* made for one chat session */
	NUMBER_SELLERS,           /* said to be for sellers */
	NUMBER_BANK,              /* Ozon Bank */
	NUMBER_TRAVEL,            /* Ozon Travel */
};

struct number_claim {
	const char *source; /* source id */
	const char *text;   /* what that source says about the number */
	struct origin at;
};

struct number_record {
	const char *id;     /* slug */
	const char *number; /* E.164 "+78005553434", or NULL for a number no
			       source writes out (the chat's temporary one) */
	struct source_list written; /* as the sources write it (same shape as
				       a source list) */
	enum number_status status;
	const char *title; /* what it is said to be, one line */
	struct number_claim *says;
	size_t say_count;
	struct origin at;
};

struct channel {
	const char *id;      /* "chat" */
	const char *title;   /* "Чат в приложении Ozon" */
	const char *summary; /* one line for menus, or NULL */
	const char *kind;    /* "app-chat", "phone"... (content/README.md), or
			     NULL: only items without kinds apply */
	struct block_list steps;    /* how to reach it, in order */
	struct block_list hours;    /* when it works (claims) */
	struct block_list response; /* how fast it answers (claims) */
	struct block_list notes;
	struct check_list checklist; /* channel-specific items */
	struct origin at;
};

/* A category's message template (content/README.md): texts with {field}
 * placeholders; subject is NULL when the category has no draft. */
struct draft {
	const char *subject;       /* for a form or an e-mail */
	const char *happened;      /* what happened and when */
	const char *tried;         /* what was already done, or NULL */
	const char *ask;           /* what is asked for */
	struct source_list attach; /* what to attach (texts) */
};

struct category {
	const char *id;
	const char *title;
	const char *summary;
	const struct channel **channels; /* best first, count >= 1 */
	size_t channel_count;
	struct block_list notes;
	struct check_list checklist; /* category-specific items */
	struct draft draft;
	struct origin at;
};

struct page {
	const char *id;
	const char *title;
	const char *summary;
	struct block_list body;
	struct origin at;
};

/* One searchable piece of text, e.g. the 3rd step of channel "chat" as
 * reached from category "returns". Built by the loader, in display order;
 * search runs over a corpus made of them (corpus.h). */
struct text_field {
	const char *path;  /* node path: "returns", "returns/chat", "fraud" */
	const char *field; /* "title", "steps", "checklist", "body"... */
	const char *text;  /* the original UTF-8 text */
	size_t length;     /* bytes in text */
};

/* Every string of a content is valid UTF-8 (libyaml refuses anything
 * else; a content made by hand must keep to it): search trusts it. */
struct content {
	struct source *sources;
	size_t source_count;
	struct channel *channels;
	size_t channel_count;
	struct category *categories; /* in menu order */
	size_t category_count;
	struct page *pages; /* in menu order */
	size_t page_count;
	struct check_list general;     /* items for every (category, channel) */
	struct number_record *numbers; /* in file order */
	size_t number_count;
	struct text_field *fields; /* everything searchable */
	size_t field_count;
	/* Owns every string and array; a content read from a cache also
	 * owns the file as read, which its strings point into
	 * (arena_adopt). */
	struct arena *arena;
	bool from_cache; /* read from a cache file (cache.h) */
	/* The lemma map of the pack's words (lemma.h), in the arena, when it
	 * came with the pack (a cache or the built-in image holds it); NULL
	 * when it must be computed from the dictionary. */
	const struct lemma_map *lemmas;
};

void content_free(struct content *content);

const struct source *content_find_source(const struct content *c,
					 const char *id);
const struct channel *content_find_channel(const struct content *c,
					   const char *id);
const struct category *content_find_category(const struct content *c,
					     const char *id);
const struct page *content_find_page(const struct content *c, const char *id);
const struct number_record *content_find_number(const struct content *c,
						const char *id);

/* A place in the tree. Paths:
 *   ""                        NODE_ROOT: the main menu
 *   "returns"                 NODE_CATEGORY
 *   "returns/chat"            NODE_CHANNEL under a category
 *   "returns/chat/checklist"  NODE_CHECKLIST of that pair
 *   "fraud"                   NODE_PAGE (info page)
 *   "channels"                NODE_CHANNELS: every channel, in file order
 *   "channels/chat"           NODE_CHANNEL with category NULL
 *   "channels/chat/checklist" NODE_CHECKLIST with category NULL
 *   "sources"                 NODE_SOURCES: the source documents
 * "channels" and "sources" are reserved: no category or page may use them.
 * Search fields use these paths: a channel's own text is found once, under
 * "channels/ID"; a category's under "ID"; general checklist items under
 * "channels/ID/checklist" of the first channel; sources under "sources".
 * A channel's own checklist items are under "channels/ID/checklist", a
 * category's under "CATEGORY/CH/checklist" with CH its first channel (where
 * they are shown). The field name is the list a text is in ("title",
 * "summary", "steps", "hours", "response", "notes", "body", "checklist",
 * "note" for a source's note); a disputed block's topic, versions and
 * advice all carry the field of their list. */
enum node_kind {
	NODE_ROOT,
	NODE_CATEGORY,
	NODE_CHANNEL,
	NODE_CHECKLIST,
	NODE_PAGE,
	NODE_CHANNELS,
	NODE_SOURCES
};

struct node_ref {
	enum node_kind kind;
	const struct category *category; /* CATEGORY; CHANNEL and CHECKLIST
					    under a category, else NULL */
	const struct channel *channel;   /* CHANNEL, CHECKLIST */
	const struct page *page;         /* PAGE */
};

/* HN_OK and *out set, or HN_INVALID when the path names nothing. A trailing
 * '/' is ignored. A channel the category does not list is HN_INVALID. */
int content_resolve(const struct content *c, const char *path,
		    struct node_ref *out);

/* Writes the path of node into buf (always NUL-terminated). */
void content_node_path(const struct node_ref *node, char *buf, size_t size);

/* Writes the title of node for people into buf (always NUL-terminated),
 * translated: "Возврат и обмен › Чат в приложении › Чек-лист", the parts
 * joined by sep (" › ", or " > " where only ASCII is drawn); the root is
 * the program's title. A channel of no category is under «Все каналы
 * связи» when under_channels (the navigator's breadcrumbs), else alone
 * (the batch modes print it after its path, which says channels/). */
void content_node_title(const struct node_ref *node, const char *sep,
			bool under_channels, char *buf, size_t size);

/* Up to max valid paths closest to a wrong one (edit distance on the path,
 * then prefix matches), best first; returns how many were written.
 * The strings are owned by the caller (free each). */
size_t content_suggest_paths(const struct content *c, const char *wrong,
			     char **out, size_t max);

#endif
