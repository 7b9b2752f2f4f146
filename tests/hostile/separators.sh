# SPDX-License-Identifier: MIT
# separators.sh - text that does not show what it is. A line or paragraph
# separator (U+2028, U+2029, U+0085) is refused by the loader, raw in the
# file (libyaml counts it as a line break: the place is computed from the
# bytes, so later lines keep their numbers) or from an escape in a quoted
# string (\u2028, \L, \P, \N); invisible characters quoted in a message (a
# byte order mark in a key, a zero-width space) are shown as U+FEFF.
set -u
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"
export LC_ALL=C.UTF-8 HELPNAV_NO_CACHE=1

# pack NAME: the built-in content plus zz.yaml from stdin (printf format).
pack() {
	mkdir -p "$tmp/$1"
	cp "$src"/content/*.yaml "$tmp/$1/"
	cat >"$tmp/$1/zz.yaml"
}
# checked NAME: --check of the pack into $tmp/NAME.out, exit 1 expected.
checked() {
	"$bin" --check="$tmp/$1" >"$tmp/$1.out" 2>&1
	local st=$?
	check "$1: refused, exit 1 (got $st)" [ "$st" = 1 ]
}
has() { # has NAME FIXED-STRING
	check "$1: «$2»" grep -qF -- "$2" "$tmp/$1.out"
}

# Raw: in a title on line 3 (after 4 letters: column 16) and in a note on
# line 6; the rest of the file, parsed with them blanked, has no error.
printf 'pages:\n  - id: zz\n    title: Тест\xe2\x80\xa8 дальше\n    body:\n      - note: раз\n      - note: два\xe2\x80\xa9три\xc2\x85\n' | pack raw
checked raw
has raw "zz.yaml:3:16: невидимый разделитель строк U+2028"
has raw "zz.yaml:6:18: невидимый разделитель строк U+2029"
has raw "zz.yaml:6:22: невидимый разделитель строк U+0085"
check "raw: three messages of zz.yaml" [ "$(grep -c 'zz.yaml:' "$tmp/raw.out")" = 3 ]

# A raw separator does not hide the file's other errors: a comment on
# line 2 of categories.yaml holds one, and the first title on line 9 is
# misspelt. Both are reported, at their places, in the same run.
mkdir -p "$tmp/rest"
cp "$src"/content/*.yaml "$tmp/rest/"
{
	head -n 1 "$src/content/categories.yaml"
	printf '# comment\xe2\x80\xa8more\n'
	tail -n +2 "$src/content/categories.yaml" | sed '0,/title:/s//titel:/'
} >"$tmp/rest/categories.yaml"
checked rest
has rest "categories.yaml:2:10: невидимый разделитель строк U+2028"
has rest 'categories.yaml:9:5: неизвестный ключ "titel"'
has rest 'categories.yaml:8:5: нет обязательного поля "title"'
check "rest: three messages of categories.yaml" \
	[ "$(grep -c 'categories.yaml:' "$tmp/rest.out")" = 3 ]
"$bin" --content="$tmp/rest" --list >"$tmp/rest-list.out" 2>&1
st=$?
check "rest: --list refuses the pack, exit 2 (got $st)" [ "$st" = 2 ]
has rest-list "не удалось загрузить содержимое"
has rest-list "categories.yaml:9:5: неизвестный ключ"

# A separator after the indentation or a dash is dropped, not blanked:
# the keys of the item stay in line (no error but the misspelt key). One
# between two words is a space: a syntax error after it on its own line
# is at its column.
printf 'pages:\n  - \xe2\x80\xa8id: zz\n    titel: Тест\n    body:\n      - note: раз\n' | pack indent
checked indent
has indent "zz.yaml:2:5: невидимый разделитель строк U+2028"
has indent 'zz.yaml:3:5: неизвестный ключ "titel"'
check "indent: no syntax error" bash -c '! grep -q "синтаксиса" "$1"' _ "$tmp/indent.out"
printf 'pages:\n  - id: zz\n    title: Тест\n    body:\n      - note: раз\xe2\x80\xa8два: три\n' | pack same-line
checked same-line
has same-line "zz.yaml:5:18: невидимый разделитель строк U+2028"
has same-line "zz.yaml:5:22: ошибка синтаксиса YAML"

# Escaped, in double-quoted strings: at the string.
printf 'pages:\n  - id: zz\n    title: Тест\n    body:\n      - note: "a\\u2028b"\n      - note: "a\\Pb"\n      - note: "a\\Lb"\n      - note: "a\\Nb"\n' | pack escaped
checked escaped
has escaped "zz.yaml:5:15: недопустимый разделитель строк U+2028 в тексте"
has escaped "zz.yaml:6:15: недопустимый разделитель строк U+2029 в тексте"
has escaped "zz.yaml:7:15: недопустимый разделитель строк U+2028 в тексте"
has escaped "zz.yaml:8:15: недопустимый управляющий символ U+0085 в тексте"

# Invisible characters in a message: a byte order mark and a zero-width
# space in keys.
printf 'pages:\n  - id: zz\n    \xef\xbb\xbftitle: Тест\n    body:\n      - note: раз\n        so\xe2\x80\x8burces: ["000"]\n' | pack invisible
checked invisible
has invisible 'неизвестный ключ "U+FEFFtitle"'
has invisible 'неизвестный ключ "soU+200Burces"'
check "invisible: no raw BOM or ZWSP in the messages" \
	bash -c '! grep -qP "\\x{FEFF}|\\x{200B}" "$1"' _ "$tmp/invisible.out"

finish
