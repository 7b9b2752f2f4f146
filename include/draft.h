/* SPDX-License-Identifier: MIT */
/* draft.h - «Черновик обращения»: the message to support composed from the
 * category's draft template (content/README.md), the channel's kind and
 * the fields filled in the checklist. No curses, no output. */
#ifndef HELPNAV_DRAFT_H
#define HELPNAV_DRAFT_H

#include "checklist.h"
#include "content.h"

/* The channel kind decides the shape: a short message for a chat, a
 * subject line and a fuller letter for a form or an e-mail, numbered
 * talking points for a call. */
enum draft_shape { DRAFT_CHAT, DRAFT_LETTER, DRAFT_CALL };

enum draft_shape draft_shape_for(const struct channel *chan);

/* The draft for cl as a malloc'd string the caller frees, or NULL when
 * memory runs out. Lines end in '\n' and are not wrapped (a chat wraps
 * them itself). A {field} of the template is the value filled in, or its
 * label in brackets («[номер заказа]»): never an invented value. */
char *draft_compose(const struct content *c, const struct checklist *cl);

#endif
