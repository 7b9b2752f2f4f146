# SPDX-License-Identifier: MIT
#
# fish completion for helpnav(1), installed as
# share/fish/vendor_completions.d/helpnav.fish. Options; checklist paths
# after --checklist and node paths for the navigator, both read from
# `helpnav --list` (of the --content pack given on the same line); folders
# after --content and --check; files after -o. The same candidates as the
# bash completion (helpnav.bash) and the zsh one (helpnav.zsh).

# Prints the paths of `helpnav --list` with their titles: the first word of
# every indented line, skipping the sources section (its ids are not paths). $kind:
# "checklists" for CATEGORY/CHANNEL paths only, "nodes" for all (a
# checklist node only once the word typed so far names its channel).
function __helpnav_paths --argument-names kind
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l args --list
    for i in (seq 2 (count $tokens))
        switch $tokens[$i]
            case --content
                set -l next (math $i + 1)
                set -q tokens[$next]; and set args --content $tokens[$next] --list
            case '--content=*'
                set args --content (string replace -- --content= '' $tokens[$i]) --list
        end
    end
    set -l skip 0
    for line in (env LC_ALL=C.UTF-8 $tokens[1] $args 2>/dev/null)
        if not string match -qr '^\s' -- $line
            # A section heading such as "Источники (sources):".
            if string match -q '*(sources)*' -- $line
                set skip 1
            else
                set skip 0
            end
            continue
        end
        test $skip -eq 1; and continue
        set -l word (string split -n ' ' -- (string trim -- $line))[1]
        string match -qr '^[a-z0-9/-]+$' -- $word; or continue
        # The title, shown next to the path.
        set -l title (string replace -r '^\s*\S+\s*' '' -- $line)
        if test "$kind" = checklists
            string match -q '*/*' -- $word; and printf '%s\t%s\n' $word $title
        else
            printf '%s\t%s\n' $word $title
            if string match -q '*/*' -- $word; and string match -q -- "$word*" $cur
                printf '%s\t%s\n' $word/checklist $title
            end
        end
    end
    test "$kind" = nodes; and printf '%s\n' channels sources
end

complete -c helpnav -f
complete -c helpnav -s l -l list -d 'дерево разделов: пути и заголовки'
complete -c helpnav -s s -l search -x -d 'строки с совпадениями (PCRE2)'
complete -c helpnav -s F -l fixed-strings -d 'для --search: шаблон - обычный текст'
complete -c helpnav -l case-sensitive -d 'для --search: различать регистр'
complete -c helpnav -l ids -d 'для --search: пути разделов вместо названий'
complete -c helpnav -l any-order -d 'для --search: и слова по отдельности, в любой форме'
complete -c helpnav -s c -l checklist -x -a '(__helpnav_paths checklists)' \
    -d 'чек-лист для печати'
complete -c helpnav -l number -x -d 'что источники пишут о номере телефона'
complete -c helpnav -s o -l output -r -F -d 'записать чек-лист в файл'
complete -c helpnav -l draft -x -a '(__helpnav_paths checklists)' \
    -d 'черновик обращения в поддержку'
complete -c helpnav -l fields -x -a '(__helpnav_paths checklists)' \
    -d 'имена полей чек-листа'
complete -c helpnav -l field -x -d 'заполнить поле ИМЯ=ЗНАЧЕНИЕ'
complete -c helpnav -l format -x -a 'text markdown' -d 'вид чек-листа'
complete -c helpnav -l page-lines -x -d 'строк на странице (0 - без страниц)'
complete -c helpnav -l check -x -a '(__fish_complete_directories (commandline -ct))' \
    -d 'проверить файлы содержимого'
complete -c helpnav -l content -x \
    -a '(__fish_complete_directories (commandline -ct))' \
    -d 'читать содержимое из *.yaml в папке'
complete -c helpnav -l print-command -x -a '(__fish_complete_command)' \
    -d 'команда печати чек-листа'
complete -c helpnav -l print-on-exit -d 'после выхода вывести чек-лист в терминал'
complete -c helpnav -l ascii -d 'рисовать линии символами ASCII'
complete -c helpnav -l no-color -d 'без цвета'
complete -c helpnav -s h -l help -d 'показать справку и выйти'
complete -c helpnav -s V -l version -d 'показать версию и выйти'
complete -c helpnav -a '(__helpnav_paths nodes)'
