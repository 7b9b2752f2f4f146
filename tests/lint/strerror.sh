#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# System error reasons reach the user in Russian: no code the user runs
# (src/core, src/cli, src/tui) calls strerror, strerror_r, perror or
# prints %m, whose texts are English under C.UTF-8; they go through the
# one errno -> Russian table, syserr_reason (src/core/syserr.c, the only
# place that may call strerror, for codes the table does not have).
# src/tools are build-time programs, whose messages only a developer sees.
# Usage: bash strerror.sh /path/to/build/helpnav /path/to/source
set -uo pipefail
src=$(cd "$2" && pwd)
cd "$src" || exit 1

mapfile -t files < <(find src/core src/cli src/tui -name '*.[ch]' \
	! -path src/core/syserr.c | sort)
[ "${#files[@]}" -gt 10 ] || { echo "FAIL: no sources found under $src" >&2; exit 1; }
# calls, and %m in a format (not strftime's %d.%m.%Y)
hits=$(grep -nE '\b(strerror|strerror_r|perror)[[:space:]]*\(|"[^"]*%m([^a-zA-Z."][^"]*)?"' \
	"${files[@]}" | grep -v 'strftime')
if [ -n "$hits" ]; then
	echo "FAIL: system error texts that bypass syserr_reason:" >&2
	echo "$hits" >&2
	exit 1
fi
echo "strerror: ${#files[@]} files, every reason through syserr_reason"
