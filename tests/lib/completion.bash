# shellcheck shell=bash
# SPDX-License-Identifier: MIT
#
# Shared by the completion tests of bash, zsh and fish (sourced after
# checks.bash): a small pack with known ids in $P (where "ret" is the
# prefix of two categories), folders and a file in $S, and checks on the
# candidates of a test-defined complete_words WORD..., which prints them
# sorted on one line, the cursor at the end of the last word.
# shellcheck disable=SC2154 # $tmp and $helpnav are the sourcing test's

P=$tmp/pack
S=$tmp/sel
mkdir -p "$P" "$S/dir-a" "$S/dir-b"
: >"$S/file-a"
cat >"$P/pack.yaml" <<'YAML'
sources:
  - id: "000"
    title: Тестовый источник
channels:
  - id: chat
    title: Чат
    steps:
      - text: Откройте чат.
        sources: ["000"]
  - id: form
    title: Форма
    steps:
      - text: Заполните форму.
        sources: ["000"]
categories:
  - id: returns
    title: Возврат
    channels: [chat, form]
  - id: retail
    title: Розница
    channels: [form]
  - id: delivery
    title: Доставка
    channels: [chat]
pages:
  - id: fraud
    title: Мошенники
    body:
      - note: Осторожно.
YAML
if ! "$helpnav" --check "$P" >/dev/null; then
	echo "FAIL: the test pack does not pass --check; fix the test" >&2
	exit 1
fi

expect() # DESCRIPTION EXPECTED WORD...
{
	local what=$1 want=$2
	shift 2
	local got
	got=$(complete_words "$@")
	if [ "$got" != "$want" ]; then
		fail "$what: helpnav $*<TAB>"
		echo "  expected: «$want»"
		echo "  got:      «$got»"
	fi
}

# The candidates every shell offers for the same words.
expect_common()
{
	expect "checklist paths" "retail/form returns/chat returns/form" \
		--content "$P" --checklist ret
	expect "short -c" "channels/chat channels/form" \
		--content "$P" -c channels/
	expect "unknown prefix" "" --content "$P" --checklist zzz
	expect "checklist: no categories alone" "delivery/chat" \
		--content "$P" --checklist del
	expect "node paths" "retail retail/form returns returns/chat returns/form" \
		--content "$P" re
	expect "checklist node once the channel is typed" \
		"returns/chat returns/chat/checklist" --content "$P" returns/chat
	expect "source ids are not paths" "" --content "$P" 0
	expect "reserved nodes" "channels channels/chat channels/form" \
		--content "$P" ch
	expect "pages" "fraud" --content "$P" f
	expect "a pack that cannot be read" "" --content "$tmp/none" --checklist r
	expect "long options" "--check --checklist" --che
	expect "options after a mode" "--no-color" --list --no
	expect "--content takes folders" "$S/dir-a $S/dir-b" --content "$S/"
	expect "--check takes folders" "$S/dir-a $S/dir-b" --check "$S/d"
	expect "-o takes files" "$S/file-a" --checklist returns/chat -o "$S/f"
	expect "--search takes a pattern, not paths" "" --search re
	expect "--number takes a number, not paths" "" --number re
	expect "--number is an option" "--no-color --number" --n
}

# The built-in content: every --checklist candidate is a checklist the
# program prints, and a prefix narrows them. Sets $count.
expect_builtin()
{
	local all first some path
	all=$(complete_words --checklist "")
	count=$(wc -w <<<"$all")
	if [ "$count" -lt 2 ] || [[ $all != */* ]]; then
		fail "built-in --checklist candidates: «$all»"
	fi
	for path in $all; do
		if ! "$helpnav" --checklist "$path" >/dev/null 2>&1; then
			fail "candidate $path: helpnav --checklist exits non-zero"
		fi
	done
	first=${all%%/*}
	some=$(complete_words --checklist "${first:0:3}")
	for path in $some; do
		[[ $path == "${first:0:3}"* ]] || {
			fail "--checklist ${first:0:3}<TAB> offers $path"
		}
	done
	[ -n "$some" ] || {
		fail "--checklist ${first:0:3}<TAB> offers nothing"
	}
}

# "--opt=value" as one word, the way zsh and fish see it (bash splits it at
# '=' into three words and has cases of its own).
expect_joined()
{
	expect "checklist paths after =" "retail/form returns/chat returns/form" \
		--content="$P" --checklist=ret
	expect "folders after --content=" "$S/dir-a $S/dir-b" --content="$S/"
}

# The end of a completion test: its exit status and a line saying so.
completion_report() # SHELL
{
	if [ $fails -ne 0 ]; then
		echo "$fails completion check(s) failed" >&2
		exit 1
	fi
	echo "completion ($1): all checks passed ($count built-in checklists)"
	exit 0
}
