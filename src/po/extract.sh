#!/usr/bin/env bash
# Writes the template of every translatable message (msgids in Russian) to
# stdout: xgettext over src/ and include/. Usage: bash src/po/extract.sh SRCDIR
# Keywords: _ and N_ (include/i18n.h), and the core's message sinks whose
# format argument is looked up in the catalogue where it is formatted.
set -euo pipefail
src=${1:-$(dirname "$0")/../..}
cd "$src"
find src include -name '*.[ch]' ! -path 'src/tools/*' | LC_ALL=C sort |
	xgettext --from-code=UTF-8 --language=C --no-location --sort-output \
		--keyword=_ --keyword=N_ --keyword=dngettext:2,3 \
		--package-name=helpnav --files-from=- -o -
