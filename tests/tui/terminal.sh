# SPDX-License-Identifier: MIT
# terminal.sh - resizing (40x12, 20x6 and back, also inside the search
# prompt), NO_COLOR and --ascii, the mouse, and the terminal restored after
# q and after SIGTERM.
source "$(dirname "$0")/../lib/checks.bash"

start_shell 100 30
run "" "returns/chat"
expect "channel page" "Как связаться"

tm resize-window -t main -x 40 -y 12
expect "40x12 keeps the place" "Чат в приложении Ozon"
check "no line wider than 40 columns" \
	[ "$(screen | wc -L)" -le 40 ]
check "key bar on the last line" grep -q "назад" <<<"$(line 11)"

tm resize-window -t main -x 20 -y 6
expect "20x6 shows the too-small screen" "Окно мало"

tm resize-window -t main -x 100 -y 30
expect "back to 100x30 with the same page" "Возврат и обмен › Чат в приложении Ozon"
expect "page text back" "Как связаться"

# Resize inside the search prompt keeps what was typed.
keys /
type_text "чат"
expect "hits for чат" "«чат»:"
tm resize-window -t main -x 40 -y 12
expect "prompt survives 40x12" "Поиск: чат"
tm resize-window -t main -x 20 -y 6
expect "too small during search" "Окно мало"
tm resize-window -t main -x 100 -y 30
expect "prompt back after resize" "Поиск: чат"
type_text "а"
expect "still editable" "«чата»:"
keys Escape
keys q
st=$(wait_exit)
check "q quits (got $st)" [ "$st" = 0 ]
check "terminal restored after q" terminal_restored

# NO_COLOR: no colour codes at all, the selection in reverse video.
run "NO_COLOR=1" "returns"
expect "category under NO_COLOR" "Куда обращаться"
attrs=$(screen_attr)
check "no colours under NO_COLOR" \
	bash -c '! grep -q -E $'"'"'\e\[(3[0-7]|4[0-7]|9[0-7])m'"'"' <<<"$1"' _ "$attrs"
check "selection in reverse video" \
	grep -q -E $'\e\\[([0-9]+;)*7m(\e\\[[0-9;]*m)* *1\\. Самостоятельно в личном кабинете' <<<"$attrs"
check "hardware cursor on the selected item" \
	[ "$(tm display -p -t main '#{cursor_y}')" = "$(screen | grep -n '1\. Самостоятельно в личном' | cut -d: -f1 | awk '{ print $1 - 1 }')" ]
keys q
wait_exit >/dev/null

# --ascii: no box or arrow glyphs in the page.
run "" "--ascii returns/chat"
expect "page under --ascii" "Как связаться"
check "arrows drawn in ASCII" grep -q -- "-> Чек-лист" <<<"$(screen)"
check "breadcrumb separator in ASCII" grep -q "Возврат и обмен > Чат" <<<"$(screen)"
keys q
wait_exit >/dev/null

# Mouse: a click on an item opens it (X10 encoding: button, x+33, y+33).
run "" ""
expect "menu" "Чем помочь?"
row=$(screen | grep -n "Возврат и обмен" | head -n1 | cut -d: -f1)
tm send-keys -t main -l $'\e[M '"$(printf "\\x$(printf %x 40)")$(printf "\\x$(printf %x $((row + 32)))")"
expect "click opens the item" "Куда обращаться"

# SIGTERM: the handler puts the terminal back before dying.
pid=$(pgrep -P "$(tm display -p -t main '#{pane_pid}')" -x helpnav)
check "helpnav is running" [ -n "$pid" ]
kill -TERM "$pid"
st=$(wait_exit)
check "SIGTERM ends it (got $st)" [ "$st" = 143 ]
check "terminal restored after SIGTERM" terminal_restored
finish
