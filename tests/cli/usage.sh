#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --help, --version, usage errors (exit 2 with "попробуйте --help"), the
# TUI's path check and its refusal without a terminal.
source "$(dirname "$0")/../lib/checks.bash"

golden help 0 --help
golden help 0 -h
"$bin" --help | head -1 | grep -q '^Использование: helpnav ' ||
	fail "--help: first line"
"$bin" --version >"$tmp/v"
rc=$?
[ "$rc" -eq 0 ] && head -1 "$tmp/v" | grep -qE '^helpnav [0-9]+\.[0-9]+\.[0-9]+$' ||
	fail "--version: exit $rc, $(head -1 "$tmp/v")"
cmp -s "$tmp/v" <("$bin" -V) || fail "-V differs from --version"

golden unknown-option 2 --bogus
golden unknown-short-option 2 -lx
golden missing-argument 2 --content "$pack" --search
golden two-modes 2 --list --search x
golden extra-argument 2 --list returns
golden output-without-checklist 2 --list -o x.txt

# The TUI: a wrong path lists near matches; a right one needs a terminal.
golden tui-unknown-path 2 --content "$pack" retruns/chat
golden tui-no-terminal 2 --content "$pack" returns/chat
golden tui-no-terminal 2 --content "$pack"
# stdin a terminal, stdout a pipe: still refused.
in_pty "$tmp/pty" "'$bin' --content '$pack' | cat"
grep -q 'используйте --list' "$tmp/pty" || fail "stdout pipe: $(cat "$tmp/pty")"
# Bad content for the TUI: the errors, exit 2.
mkdir "$tmp/empty"
"$bin" --content "$tmp/empty" --list >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" -eq 2 ] && [ -s "$tmp/err" ] || fail "--content of an empty folder: exit $rc"
# A non-UTF-8 locale falls back to UTF-8 behaviour: same results.
LC_ALL=C "$bin" --content "$pack" --search возврат >"$tmp/c-locale" 2>&1
cmp -s "$tmp/c-locale" "$expected/search-cyrillic.out" ||
	fail "LC_ALL=C: $(cat "$tmp/c-locale")"
finish
