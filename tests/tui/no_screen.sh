# SPDX-License-Identifier: MIT
# no_screen.sh - where a full screen cannot be drawn (TERM=dumb, an unknown
# terminal, stdin or stdout not a terminal) helpnav exits 2 and points to
# the modes that work without it.
source "$(dirname "$0")/../lib/checks.bash"

for term in dumb no-such-terminal; do
	in_pty "$tmp/out-$term" "TERM=$term '$bin' returns; echo EXIT=\$?"
	check "TERM=$term exits 2" grep -q "EXIT=2" "$tmp/out-$term"
	check "TERM=$term says why" grep -q "не умеет полноэкранный режим" "$tmp/out-$term"
	check "TERM=$term points to --search" grep -q -- "--search" "$tmp/out-$term"
	check "TERM=$term points to --list and --checklist" \
		grep -q -- "--list.*--checklist" "$tmp/out-$term"
done
# Inside a terminal, but with the input or the output elsewhere (a pipe, a
# file): the message goes to stderr, which is still the terminal, and so
# does the exit status.
for redirect in "</dev/null" ">'$tmp/stdout'" "| cat >'$tmp/piped'"; do
	in_pty "$tmp/out" "{ '$bin' returns; echo EXIT=\$? >&2; } $redirect"
	check "$redirect: exits 2" grep -q "EXIT=2" "$tmp/out"
	check "$redirect: says a terminal is needed" \
		grep -q "нужен терминал на входе и выходе" "$tmp/out"
	check "$redirect: points to --list, --search and --checklist" \
		grep -q -- "--list, --search .* --checklist" "$tmp/out"
done
finish
