# Where `cmake --install` puts the completions and man pages under each
# prefix (cli/CMakeLists.txt): zsh's _nytte in share/zsh/vendor-completions
# for /usr only (Debian's zsh reads it; the package's prefix), else in
# share/zsh/site-functions, which zsh's default $fpath holds for
# /usr/local; the man pages gzipped.
#   cmake -DBUILD=BUILD_DIR -DOUT=SCRATCH_DIR -P check_install_dirs.cmake
cmake_minimum_required(VERSION 3.20)
set(failures 0)
foreach(prefix /usr /usr/local /opt/nytte)
  file(REMOVE_RECURSE ${OUT})
  execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${OUT}
                          ${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix}
                  OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(SEND_ERROR "cmake --install --prefix ${prefix} failed: ${err}")
    math(EXPR failures "${failures} + 1")
    continue()
  endif()
  if(prefix STREQUAL "/usr")
    set(want vendor-completions)
    set(not_want site-functions)
  else()
    set(want site-functions)
    set(not_want vendor-completions)
  endif()
  set(root ${OUT}${prefix}/share)
  foreach(check "present;${root}/zsh/${want}/_nytte" "absent;${root}/zsh/${not_want}/_nytte"
                "present;${root}/man/man1/nytte.1.gz" "absent;${root}/man/man1/nytte.1")
    list(GET check 0 how)
    list(GET check 1 file)
    set(there NO)
    if(EXISTS ${file})
      set(there YES)
    endif()
    if((how STREQUAL "present" AND NOT there) OR (how STREQUAL "absent" AND there))
      message(SEND_ERROR "--prefix ${prefix}: ${file} should be ${how}")
      math(EXPR failures "${failures} + 1")
    endif()
  endforeach()
endforeach()
file(REMOVE_RECURSE ${OUT})
if(failures GREATER 0)
  message(FATAL_ERROR "${failures} install checks failed")
endif()
message(STATUS "zsh completion and man pages where each prefix wants them")
