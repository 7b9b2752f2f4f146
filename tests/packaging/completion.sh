#!/usr/bin/env bash
# Bash completion (src/completion/helpnav.bash): drives _helpnav the way
# bash does (COMP_WORDS, COMP_CWORD) and checks the candidates: options,
# checklist paths from `helpnav --list`, node paths, folders and files.
# Usage: bash completion.sh /path/to/helpnav /path/to/source
set -uo pipefail
helpnav=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0

# shellcheck source=/dev/null
source "$src/src/completion/helpnav.bash" || {
	echo "FAIL: the completion script does not load" >&2
	exit 1
}
spec=$(complete -p helpnav 2>/dev/null)
[[ $spec == *"-F _helpnav"* ]] || {
	echo "FAIL: 'complete -p helpnav' is «$spec»" >&2
	fails=$((fails + 1))
}

# A small pack with known ids: "ret" is the prefix of two categories.
mkdir -p "$tmp/pack" "$tmp/sel/dir-a" "$tmp/sel/dir-b"
: >"$tmp/sel/file-a"
cat >"$tmp/pack/pack.yaml" <<'YAML'
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
if ! "$helpnav" --check "$tmp/pack" >/dev/null; then
	echo "FAIL: the test pack does not pass --check; fix the test" >&2
	exit 1
fi

# complete WORD... : runs _helpnav with the cursor at the end of the last
# word and prints the sorted candidates on one line.
complete_words()
{
	COMP_WORDS=("$helpnav" "$@")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_LINE="${COMP_WORDS[*]}"
	COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_helpnav helpnav "${COMP_WORDS[COMP_CWORD]}" \
		"${COMP_WORDS[COMP_CWORD - 1]}" 2>"$tmp/stderr"
	if [ -s "$tmp/stderr" ]; then
		echo "stderr: $(cat "$tmp/stderr")"
	fi
	printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ' |
		sed 's/ $//'
}

expect() # DESCRIPTION EXPECTED WORD...
{
	local what=$1 want=$2
	shift 2
	local got
	got=$(complete_words "$@")
	if [ "$got" != "$want" ]; then
		echo "FAIL: $what: helpnav $*<TAB>" >&2
		echo "  expected: «$want»" >&2
		echo "  got:      «$got»" >&2
		fails=$((fails + 1))
	fi
}

P=$tmp/pack
expect "checklist paths" "retail/form returns/chat returns/form" \
	--content "$P" --checklist ret
expect "checklist paths after =" "retail/form returns/chat returns/form" \
	--content = "$P" --checklist = ret
all="channels/chat channels/form delivery/chat retail/form"
expect "checklist paths right after =" "$all returns/chat returns/form" \
	--content "$P" --checklist =
expect "short -c" "channels/chat channels/form" --content "$P" -c channels/
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
S=$tmp/sel
expect "--content takes folders" "$S/dir-a $S/dir-b" --content "$S/"
expect "--check takes folders" "$S/dir-a $S/dir-b" --check "$S/d"
expect "-o takes files" "$S/file-a" --checklist returns/chat -o "$S/f"
expect "--search takes a pattern, not paths" "" --search re
expect "--number takes a number, not paths" "" --number re
expect "--number is an option" "--no-color --number" --n

# The built-in content: every candidate is a checklist the program prints.
all=$(complete_words --checklist "")
count=$(wc -w <<<"$all")
if [ "$count" -lt 2 ] || [[ $all != */* ]]; then
	echo "FAIL: built-in --checklist candidates: «$all»" >&2
	fails=$((fails + 1))
fi
for path in $all; do
	if ! "$helpnav" --checklist "$path" >/dev/null 2>&1; then
		echo "FAIL: candidate $path: helpnav --checklist exits non-zero" >&2
		fails=$((fails + 1))
	fi
done
first=${all%%/*}
some=$(complete_words --checklist "${first:0:3}")
for path in $some; do
	[[ $path == "${first:0:3}"* ]] || {
		echo "FAIL: --checklist ${first:0:3}<TAB> offers $path" >&2
		fails=$((fails + 1))
	}
done
[ -n "$some" ] || {
	echo "FAIL: --checklist ${first:0:3}<TAB> offers nothing" >&2
	fails=$((fails + 1))
}

if [ $fails -ne 0 ]; then
	echo "$fails completion check(s) failed" >&2
	exit 1
fi
echo "completion: all checks passed ($count built-in checklists)"
