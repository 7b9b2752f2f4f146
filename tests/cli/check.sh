#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --check: 0 for a clean pack, 1 with FILE:LINE:COL messages, 2 when the
# pack cannot be read.
source "$(dirname "$0")/../lib/checks.bash"

golden check-pack-small 0 --check "$pack"
golden check-pack-small 0 --check="$pack"
golden check-pack-small 0 --content "$pack" --check
golden check-cli-pack 0 --check "$clipack"

mkdir "$tmp/bad"
cat >"$tmp/bad/a.yaml" <<'YAML'
sources:
  - id: "000"
    titel: Источник
channels:
  - id: chat
    title: Чат
    steps:
      - text: Откройте чат.
        sources: ["999"]
categories:
  - id: returns
    title: Возврат
    channels: [chat, nope]
YAML
printf 'pages:\n  - id: empty\n    title: Пустая\n' >"$tmp/bad/b.yaml"
golden check-bad 1 --check "$tmp/bad"
grep -cE '^TMP/bad/[ab]\.yaml:[0-9]+:[0-9]+: ' "$expected/check-bad.out" >/dev/null ||
	fail "check-bad: no FILE:LINE:COL lines"

golden check-missing 2 --check "$tmp/no-such-folder"
mkdir "$tmp/dir.yaml.d" "$tmp/unreadable" && mkdir "$tmp/unreadable/x.yaml"
"$bin" --check "$tmp/unreadable" >/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "a *.yaml that cannot be read: exit $rc"
finish
