# What `cmake --install` puts where (GNUInstallDirs, so --prefix /usr gives
# Debian's layout): the binary in bin/, the rule sets and the tests beside
# them in share/nytte/rules/ (so `nytte validate /usr/share/nytte/rules` runs
# them), the example citizens two of those tests read in
# share/nytte/examples/citizens/ (where their ../../examples/ paths lead), and
# the docs with the copyright file in share/doc/nytte/. The man pages and
# completions are installed beside their generator (cli/); the tests, the
# benchmarks and the tools are not installed.
install(TARGETS nytte RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/nytte/rules
        FILES_MATCHING PATTERN "*.toml")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/citizens/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/nytte/examples/citizens
        FILES_MATCHING PATTERN "*.toml")

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
