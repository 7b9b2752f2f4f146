#!/usr/bin/env bash
# Writes the template of every translatable message (msgids in Russian) to
# stdout: xgettext over src/ and include/. Usage: bash src/po/extract.sh SRCDIR
# Keywords: _ and N_ (include/i18n.h), dngettext, and the core's message
# sinks, whose format argument diag_vadd looks up in the catalogue. The two
# loaders' static report() differ in where the format is, hence two passes.
set -euo pipefail
src=${1:-$(dirname "$0")/../..}
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
common=(--from-code=UTF-8 --language=C --no-location --sort-output
	--package-name=helpnav --keyword=_ --keyword=N_ '--keyword=dngettext:2,3'
	--keyword=diag_add:5 --keyword=loader_report:5 --keyword=report_mark:3)
yaml=src/core/loader_yaml.c
find src include -name '*.[ch]' ! -path 'src/tools/*' ! -path "$yaml" |
	LC_ALL=C sort >"$tmp/files"
xgettext "${common[@]}" --keyword=report:3 --files-from="$tmp/files" \
	-o "$tmp/a.pot"
xgettext "${common[@]}" --keyword=report:4 "$yaml" -o "$tmp/b.pot"
msgcat --sort-output --use-first "$tmp/a.pot" "$tmp/b.pot" -o -
