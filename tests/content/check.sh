#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The shipped content pack validates clean, and --list shows every fixed
# category and info page id. A deliberately broken copy must be refused, so
# that a --check that accepts anything cannot pass this test.
# Usage: bash check.sh /path/to/helpnav /path/to/source
source "$(dirname "$0")/../lib/checks.bash"

# --check DIR: exit 0, nothing on stderr, no diagnostic on stdout (the one
# summary line "Ошибок нет: ..." is allowed).
check_clean() { # LABEL ARGS...
	local label=$1
	shift
	"$bin" "$@" >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	local extra
	extra=$(grep -v '^Ошибок нет' "$tmp/out")
	if [ "$rc" -ne 0 ] || [ -s "$tmp/err" ] || [ -n "$extra" ]; then
		fail "$label: exit $rc, output:"
		cat "$tmp/out" "$tmp/err"
	fi
}
check_clean "--check $src/content" --check "$src/content"
check_clean "--check (built-in)" --check

# A copy of the pack plus zz.yaml holding YAML must fail with a message
# matching PATTERN: a --check that accepts anything cannot pass.
expect_refused() { # LABEL YAML PATTERN
	rm -rf "$tmp/bad"
	mkdir "$tmp/bad"
	cp "$src"/content/*.yaml "$tmp/bad/"
	printf '%s' "$2" >"$tmp/bad/zz.yaml"
	"$bin" --check "$tmp/bad" >"$tmp/out" 2>"$tmp/err"
	local rc=$?
	if [ "$rc" -eq 0 ] || ! grep -q "$3" "$tmp/out" "$tmp/err"; then
		fail "--check accepted $1 (exit $rc)"
		cat "$tmp/out" "$tmp/err"
	fi
}
expect_refused "a page without body" \
	$'pages:\n  - id: zz-broken\n    title: Нет тела\n' 'zz\.yaml:[0-9][0-9]*:'
expect_refused "an unknown channel kind" \
	$'channels:\n  - id: zz-kind\n    title: Т\n    kind: chatt\n    steps:\n      - note: Н\n' \
	'zz\.yaml:4:11: .*"chatt"'

if ! "$bin" --list >"$tmp/list" 2>"$tmp/err"; then
	fail "--list exited non-zero"
	cat "$tmp/err"
fi
for id in orders payment returns tech account unreachable travel bank \
	seller general complaint corporate \
	tips record fraud rejected no-answer faq-answers algorithm ivr \
	where-help legal not-for-customers; do
	if ! grep -Eq "^  $id( |\$)" "$tmp/list"; then
		fail "--list does not show «$id»"
	fi
done
# Every category lists at least one channel (a "  ID/CHANNEL" row under it).
for id in orders payment returns tech account unreachable travel bank \
	seller general complaint corporate; do
	if ! grep -Eq "^    $id/[a-z0-9-]+( |\$)" "$tmp/list"; then
		fail "--list shows no channel under «$id»"
	fi
done

finish
