# SPDX-License-Identifier: MIT
#
# Install rules and the Debian package (included from the top CMakeLists).
#
#   cmake --install BUILD [--prefix /usr]         plain install, no .desktop
#   cpack --config BUILD/CPackConfig.cmake        helpnav_VERSION_ARCH.deb
#
# A .deb installs under /usr; configure with -DCMAKE_INSTALL_PREFIX=/usr for
# it so that HELPNAV_DATADIR (compiled in) names the packaged content.

set(HELPNAV_DATADIR_REL ${CMAKE_INSTALL_DATADIR}/helpnav)
target_compile_definitions(helpnav PRIVATE
  HELPNAV_DATADIR="${CMAKE_INSTALL_FULL_DATADIR}/helpnav"
  HELPNAV_BINDIR="${CMAKE_INSTALL_FULL_BINDIR}"
  HELPNAV_LOCALEDIR="${CMAKE_INSTALL_FULL_LOCALEDIR}")

install(TARGETS helpnav RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Matched at install time, so content files added later need no reconfigure.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/content/
        DESTINATION ${HELPNAV_DATADIR_REL}
        FILES_MATCHING PATTERN "*.yaml" PATTERN "README.md")

install(FILES ${PROJECT_BINARY_DIR}/locale/en/LC_MESSAGES/helpnav.mo
        DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/en/LC_MESSAGES)

# Maintainer of the .deb: whoever builds a package for others sets it to
# their own name and address. The default names the copyright holder of
# LICENSE at a no-reply address, so that no placeholder domain ships.
set(HELPNAV_MAINTAINER
    "The helpnav authors <helpnav@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package: NAME <EMAIL>")
if(NOT HELPNAV_MAINTAINER MATCHES "^[^<>]+ <[^<> ]+@[^<> ]+>$")
  message(FATAL_ERROR "HELPNAV_MAINTAINER is \"${HELPNAV_MAINTAINER}\"; "
                      "the Debian Maintainer field needs NAME <EMAIL>")
endif()

# The documents Debian requires of every package: the changelog of a
# native package (CHANGELOG.md in the Debian format), the copyright file.
include(${PROJECT_SOURCE_DIR}/src/debian/changelog.cmake)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${PROJECT_SOURCE_DIR}/CHANGELOG.md)
set(HELPNAV_DOC_BUILD ${PROJECT_BINARY_DIR}/doc)
helpnav_debian_changelog(${PROJECT_SOURCE_DIR}/CHANGELOG.md
                         ${PROJECT_BINARY_DIR}/debian-changelog helpnav
                         ${PROJECT_VERSION} "${HELPNAV_MAINTAINER}"
                         HELPNAV_PACKAGE_VERSION)

# Man pages and the changelog are installed gzipped, as Debian wants them:
# -9 for the smallest file, -n for no name or time stamp in the header (a
# reproducible package).
find_program(HELPNAV_GZIP gzip REQUIRED)
set(HELPNAV_GZIPPED)
function(helpnav_gzip input output)
  get_filename_component(dir ${output} DIRECTORY)
  string(REGEX REPLACE "\\.gz$" "" plain ${output})
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${CMAKE_COMMAND} -E copy ${input} ${plain}
    COMMAND ${HELPNAV_GZIP} -9nf ${plain}
    DEPENDS ${input} VERBATIM)
  set(HELPNAV_GZIPPED ${HELPNAV_GZIPPED} ${output} PARENT_SCOPE)
endfunction()
helpnav_gzip(${PROJECT_SOURCE_DIR}/src/man/helpnav.1
             ${PROJECT_BINARY_DIR}/man/man1/helpnav.1.gz)
helpnav_gzip(${PROJECT_SOURCE_DIR}/src/man/ru/helpnav.1
             ${PROJECT_BINARY_DIR}/man/ru/man1/helpnav.1.gz)
helpnav_gzip(${PROJECT_BINARY_DIR}/debian-changelog
             ${HELPNAV_DOC_BUILD}/changelog.gz)
add_custom_target(helpnav-docs ALL DEPENDS ${HELPNAV_GZIPPED})
# Built with the program, so that `cmake --build --target helpnav` is enough
# for `cmake --install`.
add_dependencies(helpnav helpnav-docs)

install(FILES ${PROJECT_BINARY_DIR}/man/man1/helpnav.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_BINARY_DIR}/man/ru/man1/helpnav.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/ru/man1)
install(FILES ${HELPNAV_DOC_BUILD}/changelog.gz
              ${PROJECT_SOURCE_DIR}/src/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Completion, each where its shell looks for a command's file by name.
install(FILES ${PROJECT_SOURCE_DIR}/src/completion/helpnav.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME helpnav)
install(FILES ${PROJECT_SOURCE_DIR}/src/completion/helpnav.zsh
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions
        RENAME _helpnav)
install(FILES ${PROJECT_SOURCE_DIR}/src/completion/helpnav.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME helpnav)
# The newest entry of the changelog: PROJECT_VERSION, or PROJECT_VERSION+
# unreleased while CHANGELOG.md lists changes not released yet.
set(CPACK_PACKAGE_VERSION ${HELPNAV_PACKAGE_VERSION})
set(CPACK_PACKAGE_CONTACT "${HELPNAV_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "terminal navigator for Ozon customer support guidance")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_PACKAGE_NAME helpnav)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description; CPack puts the summary line first and indents
# these lines itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "helpnav is a full-screen terminal program (ncursesw) that walks a customer
through a decision tree: problem category, contact channel, and the
checklist to prepare before contacting support. All guidance text can be
searched with regular expressions (PCRE2), every claim shows its source,
and checklists can be printed or saved. Batch modes (--list, --search,
--checklist, --check) serve scripts. The guidance is in Russian; the
interface is in Russian, or in English under an English locale.")

# dpkg-shlibdeps computes Depends from the libraries the binary links (and
# CPack adds them to the list below); where it is missing, the Debian 12
# runtime packages are listed by hand. The Russian Hunspell dictionary is
# no library: the search by words reads it at run time.
find_program(HELPNAV_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(HELPNAV_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "hunspell-ru")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6 (>= 2.34), libncursesw6 (>= 6), libtinfo6 (>= 6), libyaml-0-2, libpcre2-8-0 (>= 10.32), libhunspell-1.7-0, hunspell-ru")
endif()

include(CPack)
