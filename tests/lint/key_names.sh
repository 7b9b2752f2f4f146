#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# No UI string of the navigator names a key by hand: a key shown on screen
# comes from the action table (src/tui/actions.h, tui_action_key), so it
# cannot drift from the key that works. Every message marked _() or N_()
# in src/tui is checked for the key names the table can produce: the
# labels of src/tui/actions.c («Enter», «Esc», «Tab», «Ctrl-L», «Пробел»,
# arrows...), the Latin letters of the actions and the yes/no answers
# standing alone («q выход»), and two letters in the shape of an answer
# hint («д/н»). Not checked, as they are prose characters too: digits,
# punctuation keys (/ ? #), a Cyrillic letter standing alone (в, с, и are
# words; «е и ё — нет» is about letters), a letter after ": ", which
# stands for a value («по отдельным словам: N»), and an arrow followed by
# a capital, which is a menu path («главное меню → Источники сведений»).
# Usage: bash key_names.sh /path/to/build/helpnav /path/to/source
set -uo pipefail
# shellcheck source=tests/lib/checks.bash
source "$(dirname "$0")/../lib/checks.bash"

for tool in xgettext msgen msgexec perl; do
	command -v "$tool" >/dev/null ||
		{ echo "FAIL: $tool missing (bash tests/deps.sh)" >&2; exit 1; }
done

# The labels: the strings of the key_names table in actions.c.
mapfile -t labels < <(perl -CSD -ne \
	'print "$1\n" if /^\s*\{[^"]*?,\s*(?:N_\()?"([^"]+)"\)?\s*\},/' \
	"$src/src/tui/actions.c")
# The letter keys: single Latin characters in the two keymaps.
letters=$(grep -oE "'[a-zA-Z]'" "$src/src/tui/actions.h" | tr -d "'\n")
check "labels read from actions.c (${#labels[@]})" [ "${#labels[@]}" -ge 10 ]
check "letter keys read from actions.h ($letters)" [ "${#letters}" -ge 10 ]

printf '%s\n' "${labels[@]}" >"$tmp/labels"

# Prints each line of stdin (one message a line) that names a key, with
# what it names: exit status 1 when there is one, 0 when there is none
# (anything else: the check itself broke).
named_keys() {
	perl -CSDA -Mutf8 -e '
		my ($labels, $letters) = @ARGV;
		open my $fh, "<", $labels or die "$labels: $!";
		chomp(my @labels = <$fh>);
		my %label = map { $_ => 1 } @labels;
		my @arrows = grep { /^[←→↑↓]$/ } @labels;
		my $words = join "|", map { quotemeta } grep { !/^[←→↑↓]$/ } @labels;
		my $arrows = join "", @arrows;
		die "no labels" unless $words && $arrows && $letters;
		my $bad = 0;
		while (<STDIN>) {
			chomp;
			next if $label{$_};    # a label itself, in the table
			my @hits;
			push @hits, $1
			    while /(?<![\p{L}\p{N}-])($words)(?![\p{L}\p{N}])/g;
			push @hits, $1 while /([$arrows])(?! \p{Lu})/g;
			push @hits, $1
			    while /(?<![\p{L}\p{N}%\\-])(?<!: )([$letters])(?![\p{L}\p{N}-])/g;
			push @hits, $1
			    while /(?<![\p{L}\p{N}])(\p{L}\/\p{L})(?![\p{L}\p{N}])/g;
			next unless @hits;
			print "$_    <- @hits\n";
			$bad = 1;
		}
		exit $bad;' "$tmp/labels" "$letters"
}

# The check itself must catch what it is for.
for sample in "Выйти? (д/н)" "q выход" "Нажмите Enter" "↑/↓ — история" \
	"Ctrl-L перерисует"; do
	printf '%s\n' "$sample" | named_keys >/dev/null
	check "the check catches a key in «$sample»" [ $? -eq 1 ]
done
for sample in "главное меню → Источники сведений" "в строке (%s)" \
	"OSC 52, wl-copy или xclip" "с пробелами или без" "е и ё — нет" \
	"«по отдельным словам: N»"; do
	printf '%s\n' "$sample" | named_keys >/dev/null
	check "prose passes: «$sample»" [ $? -eq 0 ]
done

(cd "$src" && xgettext --from-code=UTF-8 --language=C --keyword=_ \
	--keyword=N_ --no-location -o "$tmp/tui.pot" src/tui/*.[ch]) ||
	fail "xgettext over src/tui"
# One message a line: msgen copies each msgid into its msgstr, which
# msgexec hands to the command.
msgen "$tmp/tui.pot" | msgexec sh -c 'tr "\n" " "; echo' \
	>"$tmp/messages" 2>"$tmp/msgexec" || fail "msgexec: $(cat "$tmp/msgexec")"
sed -i "/^Project-Id-Version:/d" "$tmp/messages" # the header
count=$(grep -c . "$tmp/messages")
check "messages extracted from src/tui ($count)" [ "$count" -ge 50 ]
named_keys <"$tmp/messages" >"$tmp/named"
status=$?
check "the check ran (status $status)" [ $status -le 1 ]
if [ $status -eq 0 ]; then
	ok "no message in src/tui names a key by hand"
elif [ $status -eq 1 ]; then
	fail "messages that name a key by hand (take it from the action table, tui_action_key):"
	cat "$tmp/named" >&2
fi
finish
