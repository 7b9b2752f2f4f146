#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --number: every number of the built-in pack in several spellings, a
# number in no source, text that is not a number, exit codes; --search
# with a number puts its card first; --check refuses a number in prose
# without a record and a bad record.
source "$(dirname "$0")/../lib/checks.bash"

# One golden verdict of each kind.
golden number-busy 0 --number '8 800 555 34 34'
golden number-office 0 --number '232-10-00'
golden number-unknown 1 --number '+7 (999) 123-45-67'
golden number-unknown-tail 1 --number '765-43-21'
golden number-not-a-number 2 --number 'позвоните мне'
golden number-too-short 2 --number '555-34'
golden number-missing 2 --number
golden number-with-search 2 --number 88005553434 --search x
golden search-number 0 --search '+7 (800) 555-35-35'
golden search-number-unknown 1 --search '8 999 000 00 00'

# Every declared number, spelled the ways people paste it, finds its own
# record (exit 0, its spelling from the sources on screen, the advice).
nbsp=$'\u00a0' nbhyphen=$'\u2011' minus=$'\u2212' emdash=$'\u2014'
numbers=$(sed -n 's/^ *number: "+7\([0-9]\{10\}\)"$/\1/p' "$src/content/numbers.yaml")
[ "$(echo "$numbers" | wc -l)" -ge 8 ] || fail "numbers.yaml: found only: $numbers"
for n in $numbers; do
	before=$fails
	a=${n:0:3} b=${n:3:3} c=${n:6:2} d=${n:8:2}
	written=$(grep -A2 "number: \"+7$n\"" "$src/content/numbers.yaml" |
		sed -n 's/^ *written: \["\(.*\)"\]$/\1/p')
	for spelling in "8$n" "+7$n" "$n" "8 $a $b $c $d" "+7 ($a) $b-$c-$d" \
		"8-$a-$b-$c-$d" "8$nbsp$a$nbsp$b$nbsp$c$nbsp$d" \
		"8 $a $b$nbhyphen$c$nbhyphen$d" "+7 $a $b$minus$c$minus$d" \
		"8 $a $b$emdash$c$emdash$d" "$b-$c-$d" "  $b $c $d  "; do
		"$bin" --number "$spelling" >"$tmp/out" 2>"$tmp/err"
		rc=$?
		[ "$rc" -eq 0 ] || fail "--number '$spelling': exit $rc"
		grep -qF "Номер $written" "$tmp/out" ||
			fail "--number '$spelling': no record «$written»"
		grep -q 'Совет helpnav: Никому не называйте коды' "$tmp/out" ||
			fail "--number '$spelling': no advice"
		[ -s "$tmp/err" ] && fail "--number '$spelling': stderr: $(cat "$tmp/err")"
		"$bin" --search "$spelling" >"$tmp/out" 2>&1 ||
			fail "--search '$spelling': exit $?"
		grep -qF "Номер $written" "$tmp/out" ||
			fail "--search '$spelling': no card first"
	done
	[ "$fails" -ne "$before" ] || ok "+7$n: --number and --search in every spelling"
done

# The numbers no source writes out are in the verdict on an unknown one.
"$bin" --number 9161234567 >"$tmp/out"
check "unknown number: exit 1" [ $? -eq 1 ]
for what in 'временный номер' 'Ozon Банк' 'Ozon Travel'; do
	check "unknown number: «$what»" grep -q "$what" "$tmp/out"
done

# --check: a number in prose with no record, a record whose number is not
# E.164 or whose spelling is another number, an unknown source.
cp -r "$src/content" "$tmp/pack"
sed -i 's/^\(          Семь номеров 8-800\), и ни один/\1, вот ещё 8 (800) 123-45-67, и ни один/' \
	"$tmp/pack/pages.yaml"
sed -i 's/number: "+78006009232"/number: "88006009232"/; s/written: \["8 800 100 0 800"\]/written: ["8 800 100 0 801"]/' \
	"$tmp/pack/numbers.yaml"
sed -i '0,/      - source: "002"/s//      - source: "020"/' "$tmp/pack/numbers.yaml"
golden check-numbers 1 --check "$tmp/pack"

# A number block prints as its record's line with the caveat and what each
# source says, and search finds that line, not a bare number.
cp -r "$pack" "$tmp/small"
python3 - "$tmp/small/20-channels.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
old = """      - text: Звонок с номера 8 800 000-00-00 приходит через несколько минут.
        sources: ["000"]
        status: unconfirmed"""
assert old in s
open(p, "w", encoding="utf-8").write(s.replace(old, "      - number: callback-line"))
PY
golden number-block-print 0 --content "$tmp/small" --checklist channels/callback
golden number-block-search 0 --content "$tmp/small" --search перезванивает

finish
