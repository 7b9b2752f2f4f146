#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes the template of every translatable message (msgids in Russian) to
# stdout: xgettext over src/ and include/. Usage: bash src/po/extract.sh SRCDIR
# Keywords: _ and N_ (include/i18n.h), dngettext, and the core's message
# sinks, whose format argument diag_vadd looks up in the catalogue.
set -euo pipefail
src=${1:-$(dirname "$0")/../..}
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
common=(--from-code=UTF-8 --language=C --no-location --sort-output
	--package-name=helpnav --keyword=_ --keyword=N_ '--keyword=dngettext:2,3'
	--keyword=diag_add:5 --keyword=loader_report:5 --keyword=report_mark:3
	--keyword=report_node:3 --keyword=report_at:4)
find src include -name '*.[ch]' ! -path 'src/tools/*' |
	LC_ALL=C sort >"$tmp/files"
xgettext "${common[@]}" --files-from="$tmp/files" -o -
