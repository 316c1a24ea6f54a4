# The Debian package (`cpack -G DEB` in the build folder, or the `package`
# target): what `cmake --install` installs, under /usr. fmt and toml++ are
# shared libraries in Debian (libfmt9, libtomlplusplus3) with no static
# archive to link, so the package depends on them: dpkg-shlibdeps (dpkg-dev)
# reads the binary and writes the Depends line.
set(NYTTE_DEB_MAINTAINER "nytte maintainers <nytte@example.org>"
    CACHE STRING "The Maintainer field of the Debian package")
set(NYTTE_HOMEPAGE "" CACHE STRING "The Homepage field of the Debian package (none if empty)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nytte)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "${NYTTE_DEB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "eligibility, packages and hours of the Danish work obligation")
set(CPACK_PACKAGE_DESCRIPTION
    "A command-line toolkit for Danish job centres: who is in the target group
for nytteindsats and the 37-hour work obligation (arbejdspligt) and why,
which track a person follows, and how many hours a week they must take
part; weekly packages of offers, hours week by week, population reports,
and `nytte validate` for rule files in CI. The national 2025 rules are built
in; the municipal rule sets are in /usr/share/nytte/rules.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(NYTTE_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${NYTTE_HOMEPAGE}")
endif()
include(CPack)
