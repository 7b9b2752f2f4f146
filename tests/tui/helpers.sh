#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The tmux helpers of tests/lib/checks.bash test themselves: a wait must
# find what is on the screen and give up, at its deadline, on what is not.
source "$(dirname "$0")/../lib/checks.bash"

absent_times_out() { ! wait_for "нет такого текста" 1; }
start_shell 40 10
tm send-keys -t main "echo ПРИВЕТ\"\"-МИР" Enter
check "wait_for sees Cyrillic output" wait_for "ПРИВЕТ-МИР"
check "wait_for gives up at its deadline" absent_times_out
run "" "--help >/dev/null"
check "run reports the exit status" [ "$(wait_exit)" = 0 ]
finish
