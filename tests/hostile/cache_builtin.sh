# SPDX-License-Identifier: MIT
# cache_builtin.sh - the built-in pack is in the binary, in its loaded
# form with its lemma map: the default --list, --search and the search by
# words open no cache file and try none, no file of the pack (*.yaml) and
# no dictionary (strace; skipped when strace is not installed).
source "$(dirname "$0")/../lib/checks.bash"
command -v strace >/dev/null || skip "strace is not installed"
for mode in --list --search=возврат --any-order; do
	args=("$mode")
	[ "$mode" = --any-order ] && args=(--any-order --search 'деньги вернуть')
	strace -f -e trace=open,openat,stat,newfstatat,access -o "$tmp/strace" \
		"$bin" "${args[@]}" >"$tmp/out" 2>"$tmp/err"
	check "built-in $mode: strace saw the run" grep -q 'openat\|open(' "$tmp/strace"
	check "built-in $mode: something found" [ -s "$tmp/out" ]
	check "built-in $mode: nothing in the cache folder opened or tried" \
		bash -c '! grep -qE "$1|builtin\.cache|pack-[0-9a-f]+\.cache" "$2"' \
		_ "$HELPNAV_CACHE_DIR" "$tmp/strace"
	check "built-in $mode: no file of the pack opened or tried" \
		bash -c '! grep -qE "\.yaml|share/helpnav/content|$1/content" "$2"' \
		_ "$src" "$tmp/strace"
	check "built-in $mode: no dictionary opened or tried" \
		bash -c '! grep -qE "ru_RU|share/hunspell" "$1"' _ "$tmp/strace"
done
finish
