/* SPDX-License-Identifier: MIT */
/* test_text_scan_portable.c - test_text_scan.c against text.c built
 * without SSE2, as on machines that do not have it: the byte-by-byte
 * classification of 16-byte blocks must give the same answers. */
#define TEXT_NO_SIMD 1
#include "../../src/core/text.c"

#include "test_text_scan.c"
