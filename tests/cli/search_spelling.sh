#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --search on a query that finds nothing: a near spelling from the pack's
# own words, or the other keyboard layout, is suggested on stderr (exit
# status 1 still: nothing was found); nothing for text with no near word.
source "$(dirname "$0")/../lib/checks.bash"

golden search-spelling 1 --content "$pack" --search 'вазврат'
golden search-spelling-capital 1 --content "$pack" --search 'Вазврат'
# the built-in pack's own words
golden search-spelling-builtin 1 --search 'претензыя'
golden search-spelling-phrase 1 --search 'вазврат денег'
golden search-spelling-layout 1 --search 'щящт'
golden search-spelling-none 1 --search 'кщжфывпт'
# a regex is not respelled
golden search-spelling-regex 1 --search 'вазвр.т'
finish
