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

install(FILES ${PROJECT_SOURCE_DIR}/src/man/helpnav.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${PROJECT_SOURCE_DIR}/src/completion/helpnav.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME helpnav)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME helpnav)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "helpnav developers <helpnav@example.org>")
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
--checklist, --check) serve scripts. The interface is in Russian.")

# dpkg-shlibdeps computes Depends from the libraries the binary links; where
# it is missing, the Debian 12 runtime packages are listed by hand.
find_program(HELPNAV_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(HELPNAV_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6 (>= 2.34), libncursesw6 (>= 6), libtinfo6 (>= 6), libyaml-0-2, libpcre2-8-0 (>= 10.32)")
endif()

include(CPack)
