#compdef helpnav
# SPDX-License-Identifier: MIT
#
# zsh completion for helpnav(1), installed as
# share/zsh/vendor-completions/_helpnav. Options; checklist paths after
# --checklist and node paths for the navigator, both read from
# `helpnav --list` (of the --content pack given on the same line); folders
# after --content and --check; files after -o. The same candidates as the
# bash completion (helpnav.bash) and the fish one (helpnav.fish).

# Adds the paths of `helpnav --list`: the first word of every indented line,
# skipping the sources section (its ids are not paths). $1: "checklists" for
# CATEGORY/CHANNEL paths only, "nodes" for all (a checklist node only once
# the word typed so far names its channel).
_helpnav_paths() {
  local kind=$1 cmd=${(Q)words[1]} content= line word i skip=0 expl
  local -a args found
  for ((i = 2; i < CURRENT; i++)); do
    case ${words[i]} in
      (--content) content=${(Q)words[i + 1]} ;;
      (--content=*) content=${(Q)words[i]#--content=} ;;
    esac
  done
  # As typed, a leading ~/ is not expanded yet.
  cmd=${cmd/#\~\//$HOME/}
  content=${content/#\~\//$HOME/}
  args=(--list)
  [[ -n $content ]] && args=(--content "$content" --list)

  for line in "${(@f)$(LC_ALL=C.UTF-8 $cmd $args 2>/dev/null)}"; do
    if [[ $line != [[:space:]]* ]]; then
      # A section heading such as "Источники (sources):".
      [[ $line == *'(sources)'* ]] && skip=1 || skip=0
      continue
    fi
    (( skip )) && continue
    word=${${=line}[1]}
    [[ -z $word || $word == *[^a-z0-9/-]* ]] && continue
    if [[ $kind == checklists ]]; then
      [[ $word == */* ]] && found+=($word)
    else
      found+=($word)
      [[ $word == */* && $PREFIX == $word* ]] && found+=($word/checklist)
    fi
  done
  [[ $kind == nodes ]] && found+=(channels sources)
  if [[ $kind == checklists ]]; then
    _wanted paths expl 'категория/канал' compadd -a found
  else
    _wanted paths expl 'путь' compadd -a found
  fi
}

_helpnav_checklists() { _helpnav_paths checklists }
_helpnav_nodes() { _helpnav_paths nodes }

_helpnav() {
  _arguments -s -S \
    '(-l --list -s --search -c --checklist --check --draft --fields --number)'{-l,--list}'[дерево разделов: пути и заголовки]' \
    '(-l --list -s --search -c --checklist --check --draft --fields --number)'{-s+,--search=}'[строки с совпадениями (PCRE2)]:шаблон: ' \
    '(-F --fixed-strings)'{-F,--fixed-strings}'[для --search: шаблон - обычный текст]' \
    '--case-sensitive[для --search: различать регистр]' \
    '--ids[для --search: пути разделов вместо названий]' \
    '--any-order[для --search: и слова по отдельности, в любой форме]' \
    '(-l --list -s --search -c --checklist --check --draft --fields --number)'{-c+,--checklist=}'[чек-лист для печати]:категория/канал:_helpnav_checklists' \
    '(-o --output)'{-o+,--output=}'[записать чек-лист в файл]:файл:_files' \
    '(-l --list -s --search -c --checklist --check --draft --fields --number)--draft=[черновик обращения в поддержку]:категория/канал:_helpnav_checklists' \
    '(-l --list -s --search -c --checklist --check --draft --fields --number)--fields=[имена полей чек-листа]:категория/канал:_helpnav_checklists' \
    '*--field=[заполнить поле ИМЯ=ЗНАЧЕНИЕ]:имя=значение: ' \
    '--format=[вид чек-листа]:вид:(text markdown)' \
    '--page-lines=[строк на странице (0 - без страниц)]:число: ' \
    '(-l --list -s --search -c --checklist --check --draft --fields --number)--check=[проверить файлы содержимого]::папка:_files -/' \
    '(-l --list -s --search -c --checklist --check --draft --fields --number)--number=[что источники пишут о номере телефона]:номер: ' \
    '--content=[читать содержимое из *.yaml в папке]:папка:_files -/' \
    '--print-command=[команда печати чек-листа]:команда:_command_names -e' \
    '--print-on-exit[после выхода вывести чек-лист в терминал]' \
    '--ascii[рисовать линии символами ASCII]' \
    '--no-color[без цвета]' \
    '(- *)'{-h,--help}'[показать справку и выйти]' \
    '(- *)'{-V,--version}'[показать версию и выйти]' \
    '1::путь:_helpnav_nodes'
}

_helpnav "$@"
