# SPDX-License-Identifier: MIT
# no_screen.sh - where a full screen cannot be drawn (TERM=dumb, an unknown
# terminal) helpnav exits 2 and points to the modes that work without it.
source "$(dirname "$0")/../lib/checks.bash"

for term in dumb no-such-terminal; do
	in_pty "$tmp/out-$term" "TERM=$term '$bin' returns; echo EXIT=\$?"
	check "TERM=$term exits 2" grep -q "EXIT=2" "$tmp/out-$term"
	check "TERM=$term says why" grep -q "не умеет полноэкранный режим" "$tmp/out-$term"
	check "TERM=$term points to --search" grep -q -- "--search" "$tmp/out-$term"
	check "TERM=$term points to --list and --checklist" \
		grep -q -- "--list.*--checklist" "$tmp/out-$term"
done
finish
