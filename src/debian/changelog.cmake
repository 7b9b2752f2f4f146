# SPDX-License-Identifier: MIT
#
# CHANGELOG.md (Keep a Changelog) -> a Debian changelog, which is what
# lintian and dpkg-parsechangelog read in /usr/share/doc/PACKAGE/changelog.gz
# of a native package. Included from src/packaging.cmake at configure time.
#
#   ## [0.1.0] - 2026-11-22   ->  helpnav (0.1.0) unstable; urgency=medium
#   ## [Unreleased]           ->  helpnav (VERSION+unreleased) UNRELEASED; ...
#   ### Added                 ->    Added:
#   - an entry                ->    * an entry
#     continued               ->      continued
#
# The unreleased entry is dated by string(TIMESTAMP), which follows
# SOURCE_DATE_EPOCH for reproducible builds.

# Days since 1970-01-01 of a proleptic Gregorian date (the "days from
# civil" algorithm: March-based years make February the last month).
function(_helpnav_days_from_civil out y m d)
  if(m LESS_EQUAL 2)
    math(EXPR y "${y} - 1")
    math(EXPR mp "${m} + 9")
  else()
    math(EXPR mp "${m} - 3")
  endif()
  math(EXPR era "${y} / 400")
  math(EXPR yoe "${y} - ${era} * 400")
  math(EXPR doy "(153 * ${mp} + 2) / 5 + ${d} - 1")
  math(EXPR doe "${yoe} * 365 + ${yoe} / 4 - ${yoe} / 100 + ${doy}")
  math(EXPR days "${era} * 146097 + ${doe} - 719468")
  set(${out} ${days} PARENT_SCOPE)
endfunction()

# An RFC 5322 date ("Sun, 22 Nov 2026 00:00:00 +0000") for YYYY-MM-DD, or
# for the build time when the date is empty.
function(_helpnav_rfc_date out iso)
  set(fmt "%a, %d %b %Y %H:%M:%S +0000")
  if(iso STREQUAL "")
    string(TIMESTAMP stamp "${fmt}" UTC)
  else()
    string(REGEX MATCH "^([0-9]+)-0?([0-9]+)-0?([0-9]+)$" _ "${iso}")
    _helpnav_days_from_civil(days ${CMAKE_MATCH_1} ${CMAKE_MATCH_2}
                             ${CMAKE_MATCH_3})
    # TIMESTAMP formats SOURCE_DATE_EPOCH when it is set: borrow it.
    set(saved "$ENV{SOURCE_DATE_EPOCH}")
    math(EXPR epoch "${days} * 86400")
    set(ENV{SOURCE_DATE_EPOCH} ${epoch})
    string(TIMESTAMP stamp "${fmt}" UTC)
    set(ENV{SOURCE_DATE_EPOCH} "${saved}")
  endif()
  set(${out} "${stamp}" PARENT_SCOPE)
endfunction()

# Writes the Debian changelog of CHANGELOG.md to OUT; sets VERSION_OUT to
# the version of its newest entry (the package's version). The newest
# release must be the project's VERSION; changes above it are VERSION+
# unreleased, which Debian orders after VERSION.
function(helpnav_debian_changelog md out package version maintainer
         version_out)
  file(STRINGS "${md}" lines ENCODING UTF-8)
  set(text "")
  set(top "")
  set(trailer "")
  set(date "")
  set(first_group TRUE)
  set(released "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^## \\[([^]]+)\\]( - ([0-9-]+))?$")
      string(APPEND text "${trailer}")
      set(date "${CMAKE_MATCH_3}")
      if(CMAKE_MATCH_1 STREQUAL "Unreleased")
        set(v "${version}+unreleased")
        set(dist UNRELEASED)
      else()
        set(v "${CMAKE_MATCH_1}")
        set(dist unstable)
        if(NOT released AND NOT v STREQUAL version)
          message(FATAL_ERROR "${md}: the newest release is ${v}, the project "
                  "is ${version}: release both together (rename "
                  "[Unreleased] and raise project(VERSION))")
        endif()
        set(released "${v}")
        if(date STREQUAL "")
          message(FATAL_ERROR "${md}: ## [${v}] has no date (- YYYY-MM-DD)")
        endif()
      endif()
      if(top STREQUAL "")
        set(top "${v}")
      endif()
      string(APPEND text "${package} (${v}) ${dist}; urgency=medium\n\n")
      set(first_group TRUE)
      _helpnav_rfc_date(stamp "${date}")
      set(trailer "\n -- ${maintainer}  ${stamp}\n\n")
    elseif(top STREQUAL "")
      # The preamble before the first version is not a changelog entry.
    elseif(line MATCHES "^### (.+)$")
      if(NOT first_group)
        string(APPEND text "\n")
      endif()
      set(first_group FALSE)
      string(APPEND text "  ${CMAKE_MATCH_1}:\n")
    elseif(line MATCHES "^- (.+)$")
      string(APPEND text "  * ${CMAKE_MATCH_1}\n")
    elseif(line MATCHES "^  (.+)$")
      string(APPEND text "    ${CMAKE_MATCH_1}\n")
    endif()
  endforeach()
  if(top STREQUAL "")
    message(FATAL_ERROR "${md}: no ## [VERSION] heading")
  endif()
  string(APPEND text "${trailer}")
  string(REGEX REPLACE "\n\n$" "\n" text "${text}")
  file(WRITE "${out}" "${text}")
  set(${version_out} "${top}" PARENT_SCOPE)
endfunction()
