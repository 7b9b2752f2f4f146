# SPDX-License-Identifier: MIT
# cache_builtin.sh - the built-in pack is in the binary: the default
# --list and --search open no cache file and try none (strace; skipped
# when strace is not installed).
source "$(dirname "$0")/../lib/checks.bash"
command -v strace >/dev/null || skip "strace is not installed"
for mode in --list --search=возврат; do
	strace -f -e trace=open,openat -o "$tmp/strace" "$bin" "$mode" >/dev/null 2>&1
	check "built-in $mode: strace saw the run" grep -q 'openat\|open(' "$tmp/strace"
	check "built-in $mode: nothing in the cache folder opened or tried" \
		bash -c '! grep -qE "$1|builtin\.cache|pack-[0-9a-f]+\.cache" "$2"' \
		_ "$HELPNAV_CACHE_DIR" "$tmp/strace"
done
finish
