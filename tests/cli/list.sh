#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --list: the outline of the small test packs (golden).
source "$(dirname "$0")/../lib/checks.bash"

golden list-pack-small 0 --content "$pack" --list
golden list-cli-pack 0 --list --content "$clipack"
golden list-short-option 0 -l --content="$pack"
# Every checklist path --list shows is accepted by --checklist.
"$bin" --content "$pack" --list >"$tmp/list"
n=0
for path in $(grep -oE '^    [a-z0-9-]+/[a-z0-9-]+' "$tmp/list"); do
	"$bin" --content "$pack" --checklist "$path" >/dev/null ||
		fail "--checklist $path from --list"
	n=$((n + 1))
done
[ "$n" -ge 3 ] || fail "--list showed only $n category/channel pairs"
finish
