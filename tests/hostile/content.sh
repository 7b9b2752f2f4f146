# SPDX-License-Identifier: MIT
# content.sh - hostile text in a content pack: control characters are
# refused by the loader with FILE:LINE:COL; bidi overrides, zero-width and
# combining characters, very long words and lines load, and nothing from
# the content reaches the terminal as a control sequence: not in --check
# messages, not in --search output to a terminal, not in the TUI.
source "$(dirname "$0")/../lib/checks.bash"

# pack DIR TEXT: a one-channel pack whose step is TEXT (a YAML "" string).
pack() {
	mkdir -p "$tmp/$1"
	cat >"$tmp/$1/pack.yaml" <<YAML
sources:
  - id: "000"
    title: Источник
channels:
  - id: chat
    title: Чат
    steps:
      - text: "$2"
        sources: ["000"]
categories:
  - id: returns
    title: Возврат
    channels: [chat]
YAML
}

# Raw control bytes (C0 but tab/newline, DEL, C1 in UTF-8) or bidi
# controls in a file?
has_controls() {
	LC_ALL=C grep -q -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c' "$1"
}
# The same, but our own SGR colour codes (\e[35m, \e[1;31m, \e[m) allowed.
has_foreign_controls() {
	# (the pty turns \n into \r\n)
	sed -E $'s/\e\\[[0-9;]*m//g; s/\r$//' "$1" >"$1.nosgr"
	has_controls "$1.nosgr"
}

# 1. Control characters are refused, with the place and the code point.
for c in 'esc:\e[31mКРАСНЫЙ\e]2;PWNED\a:U+001B' 'bel:звонок\a:U+0007' \
	'bs:назад\b:U+0008' 'cr:возврат\rкаретки:U+000D' \
	'csi:C1 \u009b31m:U+009B' 'del:удалить\x7f:U+007F' \
	'nul:ноль\0:U+0000' 'nel:строка\u0085:U+0085'; do
	IFS=: read -r name text code <<<"$c"
	pack "$name" "Перед $text конец"
	"$bin" --check="$tmp/$name" >"$tmp/err" 2>&1
	st=$?
	check "$name: --check fails (exit $st)" [ "$st" = 1 ]
	check "$name: located message with $code" \
		grep -q "pack.yaml:8:[0-9]*: .*$code" "$tmp/err"
	check "$name: no raw control in the message" \
		bash -c '! '"$(declare -f has_controls)"'; ! has_controls "$1"' _ "$tmp/err"
done
# Raw ESC bytes in a plain scalar (not an escape): a reader error, located.
mkdir -p "$tmp/raw"
printf 'sources:\n  - id: "000"\n    title: Ист\033]2;PWNED\007очник\n' >"$tmp/raw/pack.yaml"
"$bin" --check="$tmp/raw" >"$tmp/err" 2>&1
check "raw ESC: located (pack.yaml:3:)" grep -q "pack.yaml:3:[0-9]*: .*U+001B" "$tmp/err"
check "raw ESC: message inert" bash -c '! grep -q $'"'"'\e'"'"' "$1"' _ "$tmp/err"

# 2. Errors that quote content (a tag, a key, a reference) or a file name
# carry no control characters either.
mkdir -p "$tmp/quote"
printf 'sources:\n  - id: "000"\n    title: !<%%1B]2;PWNED%%07> И\n    "\\e[31mkey": 1\nchannels:\n  - id: chat\n    title: Ч\n    steps:\n      - text: a\n        sources: ["\\u202e\\e[2J"]\n' \
	>"$tmp/quote/pack.yaml"
cp "$tmp/quote/pack.yaml" "$tmp/quote/"$'\e]2;PWNED\a.yaml'
"$bin" --check="$tmp/quote" >"$tmp/err" 2>&1
check "quoted content: errors reported" grep -q "PWNED" "$tmp/err"
check "quoted content: no control sequence in messages" \
	bash -c "$(declare -f has_controls)"'; ! has_controls "$1"' _ "$tmp/err"
"$bin" --content=$'/nonexistent/\e]2;PWNED\a' --list 2>"$tmp/err"
check "a path from the command line is quoted inertly" \
	bash -c "$(declare -f has_controls)"'; grep -q PWNED "$1" && ! has_controls "$1"' _ "$tmp/err"

# 3. Bidi override, zero-width and combining characters, a 3000-letter
# word and a 60 KB line: a correct load.
word=$(printf 'оченьдлинноеслово%.0s' $(seq 180))
line=$(printf 'обычные слова в длинной строке %.0s' $(seq 2000))
pack odd "Право \u202eналево\u202c, ноль\u200bширины\u200d, й\u0306 и \u2066изоляция\u2069 $word $line"
"$bin" --check="$tmp/odd" >"$tmp/out" 2>&1
check "odd text loads (--check)" grep -q "Ошибок нет" "$tmp/out"

# --search to a terminal (script gives it a pty, so colours are on).
COLUMNS=80 script -qec "'$bin' --content='$tmp/odd' --search='налево|ширины|длинной|слово'" \
	/dev/null >"$tmp/tty.out" 2>&1
check "--search on a tty finds the text" grep -q "налево" "$tmp/tty.out"
check "--search on a tty uses colour (the test sees a tty)" \
	grep -q $'\e\\[' "$tmp/tty.out"
check "--search on a tty: only our SGR codes, no bidi, no C0/C1" \
	bash -c "$(declare -f has_controls has_foreign_controls)"'; ! has_foreign_controls "$1"' _ "$tmp/tty.out"
check "--search: the override is a visible placeholder" \
	grep -q "Право ?налево?" "$tmp/tty.out.nosgr"
check "--search: combining й kept" grep -q "й"$'\xcc\x86' "$tmp/tty.out"
"$bin" --content="$tmp/odd" --search='налево' >"$tmp/pipe.out"
check "--search to a pipe: no bidi controls either" \
	bash -c "$(declare -f has_controls)"'; ! has_controls "$1"' _ "$tmp/pipe.out"

# 4. The TUI: everything it writes to the terminal is recorded by script;
# none of it is a bidi control, an OSC or a C1 control, and no screen line
# is wider than the pane.
start_shell 80 24
title_before=$(tm display -p -t main '#{pane_title}')
tm send-keys -t main "clear; script -qfc \"'$bin' --content='$tmp/odd' returns/chat\" '$tmp/tui.log'; echo \"EXIT\"\"=\$?\"" Enter
expect "TUI shows the odd step" "налево"
check "TUI: the override drawn as a placeholder" grep -q "Право ?налево?" <<<"$(screen)"
check "TUI: no line wider than 80 columns" [ "$(screen | wc -L)" -le 80 ]
for k in NPage NPage NPage End Home; do keys "$k"; done
check "TUI: still no line wider than 80 after scrolling" [ "$(screen | wc -L)" -le 80 ]
keys /
type_text "длинной"
expect "TUI search over the long line" "«длинной»"
keys Escape
# q only once Esc has closed the prompt: an Esc and a q read together
# are one Alt-q, which an edit ignores
expect "Esc closes the search prompt" "справка" 10
keys q
st=$(wait_exit)
check "TUI exits cleanly (got $st)" [ "$st" = 0 ]
check "TUI output: no bidi or C1 control reached the terminal" \
	bash -c '! LC_ALL=C grep -q -P "\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]" "$1"' _ "$tmp/tui.log"
check "TUI output: no OSC (title) sequence" \
	bash -c '! grep -q $'"'"'\e\]'"'"' "$1"' _ "$tmp/tui.log"
check "pane title unchanged" [ "$(tm display -p -t main '#{pane_title}')" = "$title_before" ]
finish
